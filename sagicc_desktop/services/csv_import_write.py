"""Writing validated import rows: batches of executemany inserts inside the caller's one
transaction, with the change log and sync records the other services write row by row.

Rows go through SQLAlchemy Core (insert with a list of dicts: one executemany per table and
batch), not the ORM unit of work, which would cost an object per row. Cancelling between two
batches raises ImportCancelled, so the unit of work rolls back and nothing stays written.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..store.entities import ChangeLogEntry, SyncChange
from ..store.enums import ChangeAction
from ..store.types import new_id

BATCH = 2_000
Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """Raised inside the transaction when the caller's cancel event is set: rolls it back."""


class Steps:
    """progress(done, total) over both phases: each data row is checked once, then written or
    skipped once, so `total` is twice the number of data rows and the last call is (total, total)."""

    def __init__(self, rows: int, progress: Progress | None, cancel: threading.Event | None) -> None:
        self.total, self.done = 2 * rows, 0
        self._progress, self._cancel = progress, cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise ImportCancelled()

    def advance(self, rows: int) -> None:
        self.done = min(self.total, self.done + rows)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        if self.done < self.total:
            self.advance(self.total - self.done)


def batches(items: Sequence, size: int = BATCH) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def log_created(actor_id: uuid.UUID | None, entity_type: str, entity_id: uuid.UUID, now, new: str | None,
                ticket_id: uuid.UUID | None = None) -> dict:
    """A change-log row as changelog.record writes it (action CREATE)."""
    return {"id": new_id(), "at": now, "user_id": actor_id, "entity_type": entity_type, "entity_id": entity_id,
            "ticket_id": ticket_id, "action": ChangeAction.CREATE, "field": None, "old_value": None,
            "new_value": new}


def sync_created(entity_type: str, entity_id: uuid.UUID, now) -> dict:
    """A sync record as changelog.record writes it, for team mode to push the new row."""
    return {"id": new_id(), "at": now, "table_name": entity_type, "row_id": entity_id.hex,
            "operation": ChangeAction.CREATE.value, "row_version": None, "pushed_at": None}


def insert_rows(session: Session, entity, rows: list[dict]) -> None:
    """One executemany of `rows` into the entity's table (nothing when empty)."""
    if rows:
        session.execute(insert(entity.__table__), rows)


def insert_audit(session: Session, log: list[dict], sync: list[dict]) -> None:
    insert_rows(session, ChangeLogEntry, log)
    insert_rows(session, SyncChange, sync)
