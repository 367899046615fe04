"""Issue figures for the conversation (T5): a ticket of 100,000 interactions opened on its
newest page, a jump to the oldest, and memory while scrolling through all of it; each beside
the plain sqlite3 query for one page.

    python -m benchmarks.conversation_figures [--repeat N] [--data DIR]

The database (one ticket, every interaction on it, channels and directions mixed, an e-mail
subject on e-mails) is written once into the data folder with executemany and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sqlite3
import statistics
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

ROOT = Path(__file__).resolve().parent.parent
INTERACTIONS = 100_000
PAGE_COLUMNS = ("id, ticket_id, occurred_at, channel_kind, direction, status, is_read, is_public, sender, "
                "preview, subject, is_voice_note, call_duration_s, call_outcome")
USER, PASSWORD = "bench", "bench"


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def ensure_database(folder: Path, count: int = INTERACTIONS) -> Path:
    """One ticket with `count` interactions (made once; later runs reuse the file)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"conversation-{count}.db"
    if path.exists():
        return path
    from sagicc_desktop.services.passwords import hash_password
    from sagicc_desktop.services.text import search_name
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.database import open_database, sqlite_url
    from sagicc_desktop.store.entities import Campaign, Customer, Interaction, Ticket, User
    from sagicc_desktop.store.enums import Role

    print(f"generating a ticket with {count:,} interactions into {path} ...", flush=True)
    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    db = open_database(sqlite_url(tmp))
    with unit_of_work(db) as s:
        user = User(username=USER, display_name="Bench Agent", role=Role.ADMINISTRATOR,
                    password_hash=hash_password(PASSWORD))
        campaign = Campaign(name="Benchmark")
        customer = Customer(first_name="Ana", last_name="Pérez", search_name=search_name("Ana", "Pérez"))
        s.add_all([user, campaign, customer])
        s.flush()
        ticket = Ticket(number=1, campaign_id=campaign.id, customer_id=customer.id, subject="A long story",
                        assignee_id=user.id)
        s.add(ticket)
        s.flush()
        ids = (ticket.id.hex, customer.id.hex, user.id.hex)
    columns = [c.name for c in Interaction.__table__.columns]
    db.dispose()

    rng = random.Random(1)
    kinds = ("email", "whatsapp", "chat", "sms", "phone")
    start = dt.datetime(2015, 1, 1, tzinfo=dt.timezone.utc)
    ticket_hex, customer_hex, user_hex = ids

    def rows():
        for i in range(count):
            out = rng.random() < 0.5
            kind = kinds[rng.randrange(len(kinds))]
            when = _ts(start + dt.timedelta(minutes=50 * i + rng.randrange(40)))
            text = f"Message {i}: " + ("thanks, we are looking into it" if out else "my invoice is wrong again")
            values = {
                "id": uuid.uuid4().hex, "created_at": when, "updated_at": when, "version": 1,
                "ticket_id": ticket_hex, "customer_id": customer_hex, "channel_kind": kind,
                "direction": "out" if out else "in", "status": "sent" if out else "read",
                "is_read": 1, "is_public": 1, "occurred_at": when, "user_id": user_hex if out else None,
                "sender": "Help Desk <help@desk.example>" if out and kind == "email" else (
                    "Ana Pérez <ana@example.com>" if kind == "email" else ("Bench Agent" if out else "Ana Pérez")),
                "recipients": "", "cc": "", "bcc": "", "subject": "Invoice question [#1]" if kind == "email" else "",
                "body_text": text, "preview": text, "headers": "[]", "is_voice_note": 0,
            }
            yield tuple(values.get(c) for c in columns)

    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    marks = ", ".join("?" * len(columns))
    names = ", ".join(f'"{c}"' for c in columns)
    con.executemany(f"INSERT INTO interactions ({names}) VALUES ({marks})", rows())
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    tmp.rename(path)
    print(f"generated in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def _rss_kb() -> int:
    """Resident memory now (not the peak), in KB."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except OSError:  # not Linux: the peak is the best there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _median_ms(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000.0


def conversation_figures(report, repeat: int, data: Path | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop.models.timeline_model import TimelineModel
    from sagicc_desktop.services import auth
    from sagicc_desktop.startup import open_data
    from sagicc_desktop.store.entities import Ticket
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.ticket.conversation.tab import ConversationTab

    folder = data or ROOT / "bench-data"
    path = ensure_database(folder)
    app = QApplication.instance() or QApplication([])
    opened = open_data(folder, f"sqlite:///{path}")
    ctx = AppContext(db=opened.db, blobs=opened.blobs, data_dir=folder)
    ctx.actor = auth.sign_in(opened.db, USER, PASSWORD)
    with opened.db.sessions() as s:
        ticket_id = s.query(Ticket.id).filter(Ticket.number == 1).scalar()
    page = TimelineModel.PAGE
    bare = sqlite3.connect(path)
    newest_sql = (f"SELECT {PAGE_COLUMNS} FROM interactions WHERE ticket_id = ? AND deleted_at IS NULL "
                  f"ORDER BY occurred_at DESC, id DESC LIMIT {page}")
    oldest_sql = newest_sql.replace("DESC", "ASC")
    key = (ticket_id.hex,)

    tabs: list = []

    def open_tab():
        tab = ConversationTab(ctx, ticket_id)
        tab.resize(640, 800)
        tab.show()
        tab.ensure_loaded()
        tab.repaint()  # the newest page painted
        tabs.append(tab)

    open_tab()  # warm: imports, icons, fonts
    for t in tabs:
        t.close()
        t.deleteLater()
    tabs.clear()
    app.processEvents()
    ours = _median_ms(open_tab, repeat)
    plain = _median_ms(lambda: bare.execute(newest_sql, key).fetchall(), repeat)
    report.add("conversation of 100,000: newest page painted", ours, plain, "ms", "< 50 ms")
    tab = tabs[-1]
    for t in tabs[:-1]:
        t.close()
        t.deleteLater()
    app.processEvents()

    def jump():
        tab.jump_to_start()
        tab.repaint()

    def back():
        tab.jump_to_end()
        app.processEvents()

    samples = []
    for _ in range(repeat):
        back()
        t0 = time.perf_counter()
        jump()
        samples.append(time.perf_counter() - t0)
    ours = statistics.median(samples) * 1000.0
    plain = _median_ms(lambda: bare.execute(oldest_sql, key).fetchall(), repeat)
    report.add("conversation of 100,000: jump to the oldest", ours, plain, "ms", "< 100 ms")

    # Scroll from the oldest to the newest, as a user dragging the scroll bar down would; twice:
    # the first pass warms the caches (allocator, fonts, statements), the second shows that
    # memory no longer grows however far the user scrolls.
    bar = tab.view.verticalScrollBar()

    def scroll_all() -> tuple[float, int, float]:
        tab.jump_to_start()
        app.processEvents()
        before = peak = _rss_kb()
        pages = 0
        t0 = time.perf_counter()
        while not tab.model.at_end:
            bar.setValue(bar.maximum())
            app.processEvents()
            if bar.value() == bar.maximum() and not tab.model.at_end:
                tab.model.fetchMore()
            pages += 1
            if pages % 50 == 0:
                peak = max(peak, _rss_kb())
                tab.repaint()
        return time.perf_counter() - t0, pages, (max(peak, _rss_kb()) - before) / 1024.0

    elapsed, pages, first = scroll_all()
    _elapsed, _pages, second = scroll_all()
    held = tab.model.rowCount()
    report.add(f"scrolling all 100,000 ({held} rows held): RSS growth, first pass", first, None, "MB",
               "bounded (< 50 MB)")
    report.add("scrolling all 100,000 again: RSS growth", second, None, "MB", "~0 (flat)")
    per_page = elapsed * 1000.0 / max(1, pages)
    cursor_sql = (f"SELECT {PAGE_COLUMNS} FROM interactions WHERE ticket_id = ? AND deleted_at IS NULL "
                  f"AND occurred_at >= ? AND (occurred_at > ? OR id > ?) ORDER BY occurred_at, id LIMIT {page}")
    middle = bare.execute(f"SELECT occurred_at, id FROM interactions WHERE ticket_id = ? ORDER BY occurred_at "
                          f"LIMIT 1 OFFSET {INTERACTIONS // 2}", key).fetchone()
    plain = _median_ms(lambda: bare.execute(cursor_sql, (*key, middle[0], middle[0], middle[1])).fetchall(),
                       repeat)
    report.add("scrolling: each next page fetched and laid out", per_page, plain, "ms", "-")
    tab.close()
    bare.close()
    opened.db.dispose()


def main(argv: list[str] | None = None) -> int:
    from benchmarks.run import Report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT / "bench-data")
    args = parser.parse_args(argv)
    report = Report()
    conversation_figures(report, args.repeat, args.data)
    report.print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
