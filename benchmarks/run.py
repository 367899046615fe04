"""Speed and memory figures, each beside its bare limit measured in the same run.

python -m benchmarks.run [--tickets N] [--interactions N] [--repeat N] [--data DIR] [--only GROUP ...]
The database is generated once into the data folder (bench-data/ by default) and reused.
Groups: startup, lists, ticket-view, memory (the 1,000,000-ticket database), conversation (a
ticket of 100,000 interactions), recording (voice notes through PulseAudio), imap (ingesting
--imap-messages e-mails from a Dovecot the benchmark starts).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

ROOT = Path(__file__).resolve().parent.parent


from benchmarks.ticket_view_figures import ticket_view_figures  # noqa: E402


def fill_visible_tabs(app, panel) -> None:
    """Let the tabs on screen load: the panel fills the Ticket tab at once and the others right
    after the first frame (panel._load_on_top)."""
    from sagicc_desktop.views.ticket.simple_tabs import LazyTab

    def pending() -> bool:
        return any(isinstance(w, LazyTab) and not w.loaded for k, w in panel.tabs.items()
                   if not panel.docks[k].visibleRegion().isEmpty()) or any(
            k not in panel.tabs for k, d in panel.docks.items() if not d.visibleRegion().isEmpty())

    for _ in range(20):
        app.processEvents()
        if not pending():
            return


def ms(seconds: float) -> float:
    return seconds * 1000.0


def median_time(fn, repeat: int, setup=None) -> float:
    samples = []
    for _ in range(repeat):
        if setup:
            setup()
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def child_seconds(args: list[str], expect: str) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.probes", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    line, seen = "", []
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.append(line)
        if line.startswith(expect):
            break
    elapsed = time.perf_counter() - t0
    seen.append(proc.stdout.read())
    proc.wait()
    if not line.startswith(expect):
        raise RuntimeError(f"probe {args} failed: {''.join(seen)!r}")
    return elapsed, "".join(seen)


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, name: str, ours: float, bare: float | None, unit: str, target: str) -> None:
        ratio = f"{ours / bare:.2f}x" if bare else "-"
        fmt = (lambda v: f"{v:,.1f} {unit}")
        self.rows.append((name, fmt(ours), fmt(bare) if bare is not None else "-", ratio, target))
        print(f"  {name}: {fmt(ours)}  (bare {fmt(bare) if bare is not None else '-'}, {ratio}; target {target})",
              flush=True)

    def print(self) -> None:
        headers = ("figure", "Sagicc Desktop", "bare limit", "ratio", "target")
        widths = [max(len(h), *(len(r[i]) for r in self.rows)) for i, h in enumerate(headers)]
        line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
        print("\n" + line + "\n" + "-" * len(line))
        for r in self.rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)))


def ensure_database(folder: Path, tickets: int, interactions: int) -> Path:
    from sagicc_desktop.demo.scale import generate

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{tickets}-{interactions}.db"
    if not path.exists():
        print(f"generating {tickets:,} tickets and {interactions:,} interactions into {path} ...", flush=True)
        summary = generate(path, tickets=tickets, interactions=interactions,
                           heavy_ticket_interactions=min(10_000, interactions))
        print(f"generated in {summary['seconds']} s", flush=True)
    return path


PLAIN_COLUMNS = """t.id, t.number, t.status, t.priority, t.ticket_type, t.subject, c.first_name, c.last_name,
    k.name, u.display_name, t.created_at, t.updated_at, t.next_action_at"""
PLAIN_FROM = """FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
    LEFT JOIN campaigns k ON k.id = t.campaign_id LEFT JOIN users u ON u.id = t.assignee_id"""


def page_sql(tail: str) -> str:
    """The plain query for one page: pick the tickets on their index, then join the names."""
    order = tail[tail.index("ORDER BY"):tail.index(" LIMIT")]
    return (f"SELECT {PLAIN_COLUMNS} {PLAIN_FROM} WHERE t.id IN (SELECT t.id FROM tickets t "
            f"WHERE t.deleted_at IS NULL {tail}) {order}")


def list_figures(report: Report, db_path: Path, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop.services import auth
    from sagicc_desktop.services.ticket_list import SortKey, TicketFilter, TicketListQuery
    from sagicc_desktop.startup import open_data
    from sagicc_desktop.store.enums import TicketStatus
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.ticket.view import TicketView
    from sagicc_desktop.views.tickets_page import TicketsPage

    app = QApplication.instance() or QApplication([])
    data = open_data(db_path.parent, f"sqlite:///{db_path}")
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=db_path.parent)
    ctx.actor = auth.sign_in(data.db, "admin", "admin")
    page = TicketsPage(ctx)
    page.resize(1360, 800)
    page.show()
    app.processEvents()
    table, model = page.table, page.model
    plain = sqlite3.connect(db_path)
    while not model.count_known:
        app.processEvents()
    total = model.rowCount()
    print(f"tickets visible to the administrator: {total:,}")

    def wait_count() -> None:
        while not model.count_known:
            app.processEvents()

    def first_page() -> None:
        model.set_query(TicketListQuery(ctx.db, ctx.user, TicketFilter(), SortKey.CREATED, True), count_later=True)
        table.scrollToTop()
        table.viewport().repaint()

    def plain_first() -> None:
        plain.execute(page_sql("ORDER BY t.created_at DESC, t.number DESC LIMIT 100")).fetchall()

    report.add("Tickets: first page (rows + paint; the count follows)", ms(median_time(first_page, repeat,
               setup=wait_count)), ms(median_time(plain_first, repeat)), "ms", "< 30 ms")
    wait_count()

    def count_known() -> None:
        first_page()
        wait_count()

    def plain_count() -> None:
        plain.execute("SELECT count(*) FROM tickets WHERE deleted_at IS NULL").fetchall()

    report.add("Tickets: full count known (off the GUI thread)", ms(median_time(count_known, repeat)),
               ms(median_time(plain_count, repeat)), "ms", "(no target)")

    def jump_last() -> None:
        table.scrollToBottom()
        table.viewport().repaint()

    def plain_last() -> None:
        n = total % 100 or 100
        plain.execute(page_sql(f"ORDER BY t.created_at ASC, t.number ASC LIMIT {n}")).fetchall()

    def reset_top() -> None:
        count_known()

    report.add("Tickets: jump to the last row", ms(median_time(jump_last, repeat, setup=reset_top)),
               ms(median_time(plain_last, repeat)), "ms", "< 30 ms")

    campaign_id = plain.execute("SELECT campaign_id FROM tickets WHERE number = 2").fetchone()[0]
    import uuid as _uuid

    statuses = TicketStatus.open_statuses()
    flt = TicketFilter(statuses=statuses, campaign_id=_uuid.UUID(hex=campaign_id))

    def filtered() -> None:
        model.set_query(TicketListQuery(ctx.db, ctx.user, flt, SortKey.PRIORITY, False), count_later=True)
        table.scrollToTop()
        table.viewport().repaint()

    def plain_filtered() -> None:
        plain.execute(page_sql("AND t.status IN (?, ?, ?) AND t.campaign_id = ? "
                               "ORDER BY t.priority ASC, t.number ASC LIMIT 100"),
                      (*[s.value for s in statuses], campaign_id)).fetchall()

    report.add("Tickets: filtered (open, one campaign) sorted by priority",
               ms(median_time(filtered, repeat, setup=wait_count)), ms(median_time(plain_filtered, repeat)),
               "ms", "< 30 ms")
    wait_count()

    # Free text: a customer's surname (normalised) or a word of the subject, through the text
    # indexes (trigrams of subjects, words of names); the bare limit is the same query by hand.
    needle = "quintero"
    text_flt = TicketFilter(text=needle)

    def searched() -> None:
        model.set_query(TicketListQuery(ctx.db, ctx.user, text_flt, SortKey.CREATED, True), count_later=True)
        table.scrollToTop()
        table.viewport().repaint()

    def plain_searched() -> None:
        plain.execute(page_sql(
            "AND (t.number IN (SELECT rowid FROM ticket_subject_fts WHERE ticket_subject_fts MATCH ?) "
            "OR EXISTS (SELECT 1 FROM customer_name_words w WHERE w.customer_id = t.customer_id AND w.word IN "
            "(SELECT word FROM customer_name_vocab WHERE id IN "
            "(SELECT rowid FROM customer_vocab_fts WHERE customer_vocab_fts MATCH ?)))) "
            "ORDER BY t.created_at DESC, t.number DESC LIMIT 100"), (f'"{needle}"', f'"{needle}"')).fetchall()

    report.add(f"Tickets: free-text search ({needle!r}) newest first",
               ms(median_time(searched, repeat, setup=wait_count)), ms(median_time(plain_searched, repeat)),
               "ms", "< 30 ms")
    wait_count()

    heavy_id = _uuid.UUID(hex=plain.execute("SELECT id FROM tickets WHERE number = 1").fetchone()[0])
    heavy_count = plain.execute("SELECT count(*) FROM interactions WHERE ticket_id = ?", (heavy_id.hex,)).fetchone()[0]
    views = []

    def open_ticket() -> None:
        view = TicketView(ctx, heavy_id)
        view.resize(1360, 800)
        view.show()
        view.repaint()  # header and every visible tab, Ticket tab included
        views.append(view)

    def close_views() -> None:
        while views:
            v = views.pop()
            v.leave()
            v.close()
            v.deleteLater()
        app.processEvents()

    def plain_open() -> None:
        plain.execute(f"SELECT {PLAIN_COLUMNS} {PLAIN_FROM} WHERE t.id = ?", (heavy_id.hex,)).fetchall()
        plain.execute("SELECT * FROM interactions WHERE ticket_id = ? ORDER BY occurred_at DESC LIMIT 200",
                      (heavy_id.hex,)).fetchall()

    report.add(f"Open a ticket with {heavy_count:,} interactions (header + Ticket tab painted)",
               ms(median_time(open_ticket, repeat, setup=close_views)), ms(median_time(plain_open, repeat)),
               "ms", "< 50 ms")

    def open_ticket_filled() -> None:
        open_ticket()
        fill_visible_tabs(app, views[-1].panel)
        views[-1].repaint()

    report.add(f"Open a ticket with {heavy_count:,} interactions (every visible tab filled and painted)",
               ms(median_time(open_ticket_filled, repeat, setup=close_views)), ms(median_time(plain_open, repeat)),
               "ms", "(no target)")
    close_views()
    page.close()
    data.db.dispose()
    plain.close()


def child_marks(args: list[str], marks: tuple[str, ...]) -> dict[str, float]:
    """Seconds from starting a probe process to each of the lines it prints in `marks`."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.probes", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split()[0] if line.strip() else ""
        if word in marks:
            seen[word] = time.perf_counter() - t0
        if len(seen) == len(marks):
            break
    proc.stdout.read()
    proc.wait()
    if len(seen) != len(marks):
        raise RuntimeError(f"probe {args} printed only {sorted(seen)}")
    return seen


def startup_figures(report: Report, db_path: Path, repeat: int) -> None:
    """The application's own start with the credentials on its command line: the sign-in
    window paints before the database layer is loaded (which happens while the user types),
    and the main window after the sign-in."""
    bare = statistics.median(child_seconds(["startup-bare"], "PAINTED")[0] for _ in range(repeat))
    runs = [child_marks(["startup-real", str(db_path)], ("SIGN_IN_PAINTED", "SUBMITTED", "PAINTED"))
            for _ in range(repeat)]
    first = statistics.median(r["SIGN_IN_PAINTED"] for r in runs)
    after = statistics.median(r["PAINTED"] - r["SUBMITTED"] for r in runs)
    total = statistics.median(r["PAINTED"] for r in runs)
    print(f"  (start to the main window without any typing, the database opening in between: {ms(total):.0f} ms)")
    report.add("Start-up to the first window painted (sign-in; the database opens meanwhile)",
               ms(first), ms(bare), "ms", "< 500 ms and < 4x")
    report.add("Sign-in accepted to the main window's first paint (includes the password check)",
               ms(after), ms(bare), "ms", "< 500 ms")


def memory_figures(report: Report, db_path: Path) -> None:
    _, out_bare = child_seconds(["memory-bare"], "MAXRSS_KB")
    t0 = time.perf_counter()
    _, out_app = child_seconds(["memory-app", str(db_path)], "MAXRSS_KB")
    seconds = time.perf_counter() - t0

    def kb(text: str) -> int:
        return int(next(l for l in text.splitlines() if l.startswith("MAXRSS_KB")).split()[1])

    rows = next((l.split()[1] for l in out_app.splitlines() if l.startswith("ROWS")), "?")
    print(f"  scrolled through {int(rows):,} rows, every page read and painted, in {seconds:.0f} s")
    report.add("Peak memory after scrolling the whole list", kb(out_app) / 1024, kb(out_bare) / 1024, "MB",
               "< 250 MB")


GROUPS = ("startup", "lists", "ticket-view", "memory", "conversation", "recording", "imap", "customers", "import")
# The customers figures need a million customers: a database of their own, lighter on tickets.
CUSTOMERS_DB = dict(tickets=100_000, interactions=300_000, customers=1_000_000)


def ensure_customers_database(folder: Path) -> Path:
    from sagicc_desktop.demo.scale import generate

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench-customers-{customers}.db".format(**CUSTOMERS_DB)
    if not path.exists():
        print(f"generating {CUSTOMERS_DB['customers']:,} customers into {path} ...", flush=True)
        summary = generate(path, heavy_ticket_interactions=10_000, **CUSTOMERS_DB)
        print(f"generated in {summary['seconds']} s", flush=True)
    return path


def customer_figures(report: Report, folder: Path, repeat: int) -> None:
    """Issue 5: similar customers and their matching quality, the Customers module search, the
    profile with its dashboard, merging two customers."""
    from benchmarks.customer_merge_figures import merge_figures
    from benchmarks.customer_profile_figures import profile_figures
    from benchmarks.customer_profile_view_figures import profile_view_figures
    from benchmarks.customer_similarity_figures import similarity_figures

    db_path = ensure_customers_database(folder)
    print(f"customers database: {db_path} ({db_path.stat().st_size / 1e9:.2f} GB)")
    similarity_figures(report, db_path, repeat, ms, median_time)
    profile_figures(report, db_path, repeat, ms, median_time)
    profile_view_figures(report, db_path, repeat, ms, median_time)
    merge_figures(report, db_path, repeat, ms, median_time)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--interactions", type=int, default=5_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT / "bench-data")
    parser.add_argument("--skip-memory", action="store_true", help="skip the long whole-list scroll")
    parser.add_argument("--only", choices=GROUPS, action="append",
                        help="run only these groups of figures (repeatable)")
    parser.add_argument("--imap-messages", type=int, default=10_000,
                        help="messages put in the IMAP server for the ingest figure")
    args = parser.parse_args(argv)
    groups = set(args.only or GROUPS)
    if args.skip_memory:
        groups.discard("memory")
    db_path = ensure_database(args.data, args.tickets, args.interactions)
    report = Report()
    print(f"database: {db_path} ({db_path.stat().st_size / 1e9:.2f} GB)")
    if "startup" in groups:
        startup_figures(report, db_path, args.repeat)
    if "lists" in groups:
        list_figures(report, db_path, args.repeat)
    if "ticket-view" in groups:
        ticket_view_figures(report, db_path, args.repeat, ms, median_time)
    if "memory" in groups:
        memory_figures(report, db_path)
    if "conversation" in groups:
        from benchmarks.conversation_figures import conversation_figures

        conversation_figures(report, args.repeat, args.data)
    if "recording" in groups:
        from benchmarks.recording_figures import recording_figures

        recording_figures(report, args.repeat)
    if "imap" in groups:
        from benchmarks.imap_figures import imap_figures

        imap_figures(report, 1, messages=args.imap_messages)
    if "customers" in groups:
        customer_figures(report, args.data, args.repeat)
    if "import" in groups:
        from benchmarks.csv_import_figures import csv_import_figures

        csv_import_figures(report, args.data, args.repeat, ms, median_time)
    report.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
