"""Benchmark databases: a million tickets and millions of interactions in a few minutes.

The demo's users and campaigns go in through the ORM (same sign-in accounts); the bulk goes
through the raw sqlite3 connection with executemany, formatted exactly as SQLAlchemy stores
it (UUIDs as 32 hex digits, naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff', enum values, JSON text).
Secondary indexes are dropped during the load and rebuilt once at the end, which is several
times faster than maintaining them row by row. Ticket 1 is the heavy ticket the benchmarks open.

    python -m sagicc_desktop.demo.scale --db PATH --tickets N --interactions N [--customers N]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from array import array
from pathlib import Path

from ..store.database import open_database, sqlite_url
from ..store.types import utcnow
from .catalog import build_reference
from .scale_rows import RowMaker, Sink
from .seed import DEMO_USERS, TICKET_COUNTER

BULK_TABLES = ("customers", "contact_points", "accounts", "tickets", "interactions",
               "task_records", "agenda_entries")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _spread(rng: random.Random, total: int, slots: int) -> array:
    """`slots` counts summing exactly to `total`: at least one each when possible, skewed."""
    counts = array("I", bytes(4 * slots))
    if slots == 0:
        return counts
    base = 1 if total >= slots else 0
    rest = total - base * slots
    weights = [rng.expovariate(1.0) ** 1.5 for _ in range(slots)]
    scale = rest / (sum(weights) or 1.0)
    given = 0
    for i, w in enumerate(weights):
        extra = int(w * scale)
        counts[i] = base + extra
        given += extra
    missing = rest - given  # 0 <= missing < slots: each floor lost less than one
    for i in rng.sample(range(slots), max(0, missing)):
        counts[i] += 1
    if missing < 0:  # only through float rounding; take the excess from the largest
        counts[max(range(slots), key=counts.__getitem__)] += missing
    return counts


def _check_target(path: Path) -> None:
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} exists and is not empty; refusing to overwrite it")
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def generate(path: Path, *, tickets: int, interactions: int, customers: int | None = None,
             heavy_ticket_interactions: int = 10_000, seed: int = 1) -> dict:
    """Create a SQLite benchmark database at `path`; returns counts and timings."""
    path = Path(path)
    if tickets < 1:
        raise ValueError("at least one ticket (the heavy ticket number 1)")
    if not 0 <= heavy_ticket_interactions <= interactions:
        raise ValueError("the heavy ticket cannot have more interactions than the total")
    if tickets == 1 and interactions != heavy_ticket_interactions:
        raise ValueError("with one ticket every interaction belongs to the heavy ticket")
    customers = customers if customers is not None else max(1, tickets // 4)
    if customers < 1:
        raise ValueError("at least one customer")
    _check_target(path)
    started = time.perf_counter()
    rng = random.Random(seed)
    now = utcnow()
    try:
        db = open_database(sqlite_url(path))
        try:
            with db.sessions() as session:
                ref = build_reference(session, rng, now, DEMO_USERS)
                session.commit()
        finally:
            db.dispose()
        summary = _bulk(path, rng, now, ref, tickets, interactions, customers,
                        heavy_ticket_interactions)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    summary["seconds"] = round(time.perf_counter() - started, 1)
    summary["size_bytes"] = path.stat().st_size
    return summary


def _bulk(path: Path, rng: random.Random, now, ref, tickets: int, interactions: int,
          customers: int, heavy: int) -> dict:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "foreign_keys=OFF",
                       "locking_mode=EXCLUSIVE", "cache_size=-1000000", "temp_store=MEMORY"):
            con.execute(f"PRAGMA {pragma}")
        marks = ", ".join("?" * len(BULK_TABLES))
        indexes = con.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})", BULK_TABLES).fetchall()
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        t0 = time.perf_counter()
        con.execute("BEGIN")
        sink = Sink(con)
        maker = RowMaker(rng, now, ref, sink)
        try:
            maker.customers(customers)
            _progress(f"customers {customers:,} in {time.perf_counter() - t0:.0f}s")
            counts = _spread(rng, interactions - heavy, tickets - 1)
            maker.tickets(tickets, heavy, counts, _progress)
            maker.finish_customers()  # closes the sink: the connection is ours again
        except BaseException:
            sink.abort()
            raise
        con.execute("INSERT INTO counters (name, value) VALUES (?, ?)", (TICKET_COUNTER, tickets))
        con.execute("COMMIT")
        t1 = time.perf_counter()
        _progress(f"rows written in {t1 - t0:.0f}s; building {len(indexes)} indexes")
        for name, sql in indexes:
            con.execute(sql)
        t2 = time.perf_counter()
        _progress(f"indexes built in {t2 - t1:.0f}s")
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()
    return {"path": str(path), "tickets": tickets, "interactions": maker.interaction_count,
            "customers": customers, "heavy_ticket_number": 1, "heavy_ticket_interactions": heavy,
            "next_actions": maker.next_action_count, "load_seconds": round(t1 - t0, 1),
            "index_seconds": round(t2 - t1, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Create a SQLite benchmark database.")
    parser.add_argument("--db", required=True, type=Path, help="path of the new database file")
    parser.add_argument("--tickets", required=True, type=int)
    parser.add_argument("--interactions", required=True, type=int)
    parser.add_argument("--customers", type=int, default=None)
    parser.add_argument("--heavy", type=int, default=10_000,
                        help="interactions of ticket number 1 (default 10,000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    heavy = min(args.heavy, args.interactions)
    summary = generate(args.db, tickets=args.tickets, interactions=args.interactions,
                       customers=args.customers, heavy_ticket_interactions=heavy, seed=args.seed)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
