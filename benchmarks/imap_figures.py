"""Issue figures for receiving e-mail (H1): messages per second through the real path (IMAP fetch,
parse, store into a fresh SQLite database with the cursor) beside a bare imaplib fetch of the
same messages from the same Dovecot.

python -m benchmarks.imap_figures [--messages N] [--repeat N] [--batch N]
The benchmark starts its own Dovecot (like the tests), APPENDs N small generated messages
(many senders, a fifth of them replies to earlier ones) and stops it at the end. The database
is created and migrated before the clock starts; the clock covers one poll of the worker
(connect, fetch, parse, store, commit). Parsing alone is timed too, to show its share.
"""

from __future__ import annotations

import argparse
import imaplib
import random
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import datetime as dt

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIRST = ["Ana", "Carlos", "Lucía", "Pedro", "Marta", "John", "Emma", "Luis", "Sofía", "David"]
LAST = ["Pérez", "Gómez", "Ruiz", "Smith", "Díaz", "Brown", "López", "Martín", "Torres", "Wilson"]
SUBJECTS = ["Invoice twice", "Router does not start", "Change my plan", "No signal", "Refund",
            "Factura duplicada", "Sin servicio", "Cambio de plan"]


def generate(count: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    senders = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"customer{i}@mail{i % 37}.example") for i in range(count // 8 + 1)]
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    out, ids = [], []
    for i in range(count):
        name, address = rng.choice(senders)
        msg = EmailMessage()
        msg["From"] = f"{name} <{address}>"
        msg["To"] = "support@sagicc.example"
        message_id = f"<bench.{i}.{rng.getrandbits(32):08x}@{address.split('@')[1]}>"
        msg["Message-ID"] = message_id
        msg["Date"] = format_datetime(start + dt.timedelta(minutes=i))
        if ids and rng.random() < 0.2:
            parent = rng.choice(ids)
            msg["Subject"] = "Re: " + rng.choice(SUBJECTS)
            msg["In-Reply-To"] = parent
            msg["References"] = parent
        else:
            msg["Subject"] = rng.choice(SUBJECTS)
        msg.set_content(f"Hello,\n\nmessage number {i}: " + "the service is down again. " * rng.randint(1, 12))
        ids.append(message_id)
        out.append(msg.as_bytes())
    return out


def bare_fetch(server, batch: int = 50) -> int:
    """imaplib alone: log in, open read-only, search by UID, fetch every body in batches."""
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    conn.select("INBOX", readonly=True)
    _typ, data = conn.uid("SEARCH", None, "UID 1:*")
    uids = data[0].split()
    fetched = 0
    for start in range(0, len(uids), batch):
        _typ, items = conn.uid("FETCH", b",".join(uids[start:start + batch]).decode(), "(UID BODY.PEEK[])")
        fetched += sum(1 for item in items if isinstance(item, tuple))
    conn.logout()
    return fetched


def ingest(server, folder: Path, batch: int | None = None) -> tuple[int, float]:
    """The product's path into a fresh database: one poll of the worker; (stored, seconds)."""
    import logging

    from tests.channels.imap_server import make_email_channel

    from sagicc_desktop.channels.imap_worker import ImapWorker
    from sagicc_desktop.store.blobs import BlobStore
    from sagicc_desktop.store.database import open_database, sqlite_url

    logging.getLogger("sagicc_desktop").setLevel(logging.WARNING)
    db = open_database(sqlite_url(folder / "inbound.db"))
    try:
        make_email_channel(db, server.config)
        options = {"batch": batch} if batch else {}
        worker = ImapWorker(db, BlobStore(folder / "blobs"), password_for=lambda _c: server.password, **options)
        t0 = time.perf_counter()
        outcomes = worker.poll_once()
        seconds = time.perf_counter() - t0
        return sum(1 for o in outcomes if o.result.kind != "rejected"), seconds
    finally:
        db.dispose()


def parse_rate(raws: list[bytes]) -> float:
    """Messages per second through parse_message alone (a share of the path above)."""
    from sagicc_desktop.channels.email_parse import parse_message

    t0 = time.perf_counter()
    for raw in raws:
        parse_message(raw)
    return len(raws) / (time.perf_counter() - t0)


def imap_figures(report, repeat: int, messages: int = 10_000, batch: int | None = None) -> None:
    from tests.channels.imap_server import DovecotServer

    with tempfile.TemporaryDirectory(prefix="sagicc-imap-bench-") as tmp:
        tmp_path = Path(tmp)
        server = DovecotServer(tmp_path / "dovecot").start()
        try:
            raws = generate(messages)
            t0 = time.perf_counter()
            conn = server.client()
            for raw in raws:
                conn.append("INBOX", None, None, raw)
            conn.logout()
            print(f"  appended {messages:,} messages in {time.perf_counter() - t0:.1f} s", flush=True)
            bare, ours = [], []
            for run in range(max(1, repeat)):
                t0 = time.perf_counter()
                assert bare_fetch(server) == messages
                bare.append(messages / (time.perf_counter() - t0))
                folder = tmp_path / f"run{run}"
                folder.mkdir()
                stored, seconds = ingest(server, folder, batch)
                ours.append(messages / seconds)
                if stored != messages:
                    raise RuntimeError(f"stored {stored} of {messages} messages")
            print(f"  parse_message alone: {parse_rate(raws[:2000]):,.0f} msg/s", flush=True)
            report.add(f"IMAP ingest of {messages:,} messages (fetch + parse + store, SQLite)",
                       statistics.median(ours), statistics.median(bare), "msg/s", "beside bare imaplib fetch")
        finally:
            server.remove()


def main(argv: list[str] | None = None) -> None:
    from benchmarks.run import Report

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch", type=int, default=None, help="messages per fetch and transaction")
    args = parser.parse_args(argv)
    report = Report()
    imap_figures(report, args.repeat, messages=args.messages, batch=args.batch)
    report.print()


if __name__ == "__main__":
    main()
