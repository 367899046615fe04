"""Set-based moves of child rows from one parent to another (ticket and customer merges).

One UPDATE ... RETURNING per table, however many rows move, then one multi-row INSERT of the
sync records: merging a customer with a thousand tickets costs a handful of statements.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, insert, update
from sqlalchemy.orm import Session

from ..store.entities import SyncChange
from ..store.enums import ChangeAction
from ..store.types import new_id, utcnow


def move_rows(
    session: Session, entity, column, old: uuid.UUID, new: uuid.UUID, *extra: ColumnElement[bool]
) -> list[uuid.UUID]:
    """Point `column` of every row holding `old` at `new`; bumps version and updated_at (the
    optimistic-concurrency counter) and returns the moved ids."""
    return touch_rows(session, entity, (column == old, *extra), {column.key: new})


def touch_rows(session: Session, entity, where: tuple, values: dict) -> list[uuid.UUID]:
    """UPDATE entity SET values (+ version, updated_at) WHERE where; sync records for each row."""
    stmt = (
        update(entity)
        .where(*where)
        .values(**values, version=entity.version + 1, updated_at=utcnow())
        .returning(entity.id)
        .execution_options(synchronize_session=False)
    )
    ids = list(session.execute(stmt).scalars())  # autoflushes pending ORM changes first
    for obj in list(session.identity_map.values()):
        if isinstance(obj, entity):
            session.expire(obj)  # its version moved on: reload before the ORM writes it again
    sync_records(session, entity.__tablename__, ids)
    return ids


def sync_records(session: Session, table: str, ids: list[uuid.UUID]) -> None:
    if ids:
        now = utcnow()
        session.execute(insert(SyncChange), [
            {"id": new_id(), "at": now, "table_name": table, "row_id": i.hex,
             "operation": ChangeAction.UPDATE.value} for i in ids
        ])
