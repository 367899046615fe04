"""Issue figure for C5: merging two customers with 1,000 tickets each (their interactions too),
through the service with its progress callback, beside the same UPDATEs by plain sqlite3.

Each run takes a fresh pair: two customers of the benchmark database are given 1,000 tickets
each (taken from other customers) before the clock starts, since a merge cannot be repeated.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

TICKETS = 1_000


def _pair(plain: sqlite3.Connection, offset: int) -> tuple[str, str]:
    """Two live customers, each now holding TICKETS tickets (and those tickets' interactions)."""
    a, b = (r[0] for r in plain.execute(
        "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY rowid DESC LIMIT 2 OFFSET ?", (offset * 2,)))
    for customer, start in ((a, offset * 2 * TICKETS), (b, (offset * 2 + 1) * TICKETS)):
        numbers = (start + 1, start + TICKETS)
        plain.execute("UPDATE tickets SET customer_id = ? WHERE number BETWEEN ? AND ?", (customer, *numbers))
        plain.execute("UPDATE interactions SET customer_id = ? WHERE ticket_id IN "
                      "(SELECT id FROM tickets WHERE number BETWEEN ? AND ?)", (customer, *numbers))
    plain.commit()
    return a, b


def merge_figures(report, db_path: Path, repeat: int, ms, median_time) -> None:
    from sagicc_desktop.services import auth
    from sagicc_desktop.services.customer_merge import merge_customers
    from sagicc_desktop.store.database import open_database, sqlite_url

    db = open_database(sqlite_url(db_path))
    admin = auth.sign_in(db, "admin", "admin")
    plain = sqlite3.connect(db_path)
    runs = iter(range(10, 10 + 2 * repeat + 2))
    pair: list[str] = []
    steps: list[tuple[int, int]] = []

    def setup() -> None:
        pair[:] = _pair(plain, next(runs))

    def merge() -> None:
        steps.clear()
        result = merge_customers(db, admin, uuid.UUID(hex=pair[0]), uuid.UUID(hex=pair[1]),
                                 progress=lambda done, total: steps.append((done, total)))
        assert result.tickets_moved == TICKETS, result

    def plain_merge() -> None:
        survivor, other = pair
        plain.execute("UPDATE contact_points SET customer_id = ? WHERE customer_id = ?", (survivor, other))
        plain.execute("UPDATE accounts SET customer_id = ? WHERE customer_id = ?", (survivor, other))
        plain.execute("UPDATE tickets SET customer_id = ? WHERE customer_id = ?", (survivor, other))
        plain.execute("UPDATE interactions SET customer_id = ? WHERE customer_id = ?", (survivor, other))
        plain.execute("UPDATE customers SET deleted_at = datetime('now'), merged_into_id = ? WHERE id = ?",
                      (survivor, other))
        plain.commit()

    ours = median_time(merge, repeat, setup=setup)
    print(f"  progress reported {len(steps)} times, ending at {steps[-1] if steps else None}")
    bare = median_time(plain_merge, repeat, setup=setup)
    report.add(f"Merge two customers with {TICKETS:,} tickets each (interactions, change log, sync records)",
               ms(ours), ms(bare), "ms", "< 2,000 ms, with progress")
    plain.close()
    db.dispose()
