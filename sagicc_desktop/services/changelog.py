"""Writing and reading the change log; always inside the caller's transaction (decision 3)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.entities import ChangeLogEntry, SyncChange, User
from ..store.enums import ChangeAction
from .actor import Actor
from .errors import PermissionDenied


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def record(
    session: Session,
    actor: Actor | None,
    entity_type: str,
    entity_id: uuid.UUID,
    action: ChangeAction,
    *,
    field: str | None = None,
    old=None,
    new=None,
    ticket_id: uuid.UUID | None = None,
) -> ChangeLogEntry:
    entry = ChangeLogEntry(
        user_id=actor.user_id if actor else None,
        entity_type=entity_type,
        entity_id=entity_id,
        ticket_id=ticket_id,
        action=action,
        field=field,
        old_value=_text(old),
        new_value=_text(new),
    )
    session.add(entry)
    session.add(
        SyncChange(table_name=entity_type, row_id=entity_id.hex, operation=action.value)
    )
    return entry


def apply_changes(
    session: Session,
    actor: Actor,
    obj,
    changes: dict,
    *,
    entity_type: str,
    ticket_id: uuid.UUID | None = None,
) -> list[str]:
    """Set attributes on obj and log one row per field that really changed."""
    changed: list[str] = []
    for name, new in changes.items():
        old = getattr(obj, name)
        if old == new:
            continue
        setattr(obj, name, new)
        record(
            session, actor, entity_type, obj.id, ChangeAction.UPDATE,
            field=name, old=old, new=new, ticket_id=ticket_id,
        )
        changed.append(name)
    return changed


@dataclass(frozen=True)
class ChangeRow:
    at: dt.datetime
    user_name: str
    action: str
    entity_type: str
    field: str | None
    old_value: str | None
    new_value: str | None


def ticket_history(session: Session, actor: Actor, ticket_id: uuid.UUID) -> list[ChangeRow]:
    """O7: the ticket's change log, newest first; administrators only."""
    if not actor.is_admin:
        raise PermissionDenied("change log is for administrators")
    rows = session.execute(
        select(ChangeLogEntry, User.display_name)
        .outerjoin(User, User.id == ChangeLogEntry.user_id)
        .where(ChangeLogEntry.ticket_id == ticket_id)
        .order_by(ChangeLogEntry.at.desc(), ChangeLogEntry.id.desc())
    ).all()
    return [
        ChangeRow(e.at, name or "", e.action.value, e.entity_type, e.field, e.old_value, e.new_value)
        for e, name in rows
    ]


def ticket_changes(db, actor: Actor, ticket_id: uuid.UUID) -> list[ChangeRow]:
    """ticket_history in its own read-only transaction, for the views."""
    from .unit_of_work import read_only

    with read_only(db) as session:
        return ticket_history(session, actor, ticket_id)
