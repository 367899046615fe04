"""Link rows that are tombstoned instead of deleted (a campaign's members): a link taken off gets
deleted_at, a link put back revives its old row (the pair is unique), and each change is written
to the change log, so the Users and Campaigns screens keep memberships the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ..store.enums import ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import record

K = TypeVar("K")


def follow(session: Session, actor: Actor, rows: Mapping[K, Any], wanted: Iterable[K], new_row: Callable[[K], Any],
           entity: str, field: str, shown: Callable[[K], object]) -> bool:
    """Make the live `rows` (key -> row, tombstoned ones included) exactly the `wanted` keys, in
    the order given; new_row(key) builds a missing row, shown(key) is what the change log says.
    Whether anything changed."""
    wanted = list(wanted)
    keep = set(wanted)
    changed = False
    now = utcnow()
    for key, row in rows.items():
        if row.deleted_at is None and key not in keep:
            row.deleted_at = now
            record(session, actor, entity, row.id, ChangeAction.DELETE, field=field, old=shown(key))
            changed = True
    for key in wanted:
        row = rows.get(key)
        if row is not None and row.deleted_at is None:
            continue
        if row is None:
            row = new_row(key)
            session.add(row)
            session.flush()
        else:
            row.deleted_at = None
        record(session, actor, entity, row.id, ChangeAction.CREATE, field=field, new=shown(key))
        changed = True
    return changed
