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


@dataclass(frozen=True)
class AdminChangeRow(ChangeRow):
    """A change outside any ticket: users, campaigns, channels, templates, settings..."""

    entity_name: str = ""


def _entity_names(session: Session, entries) -> dict[uuid.UUID, str]:
    from ..store.entities import Campaign, Channel, MessageTemplate, Survey, TemplateCategory

    tables = {"user": (User, User.display_name), "campaign": (Campaign, Campaign.name),
              "channel": (Channel, Channel.name), "message_template": (MessageTemplate, MessageTemplate.name),
              "template_category": (TemplateCategory, TemplateCategory.name), "survey": (Survey, Survey.name)}
    wanted: dict[str, set[uuid.UUID]] = {}
    for e in entries:
        if e.entity_type in tables:
            wanted.setdefault(e.entity_type, set()).add(e.entity_id)
    names: dict[uuid.UUID, str] = {}
    for kind, ids in wanted.items():
        entity, column = tables[kind]
        names.update(session.execute(select(entity.id, column).where(entity.id.in_(ids))).all())
    return names


def administration_changes(db, actor: Actor, limit: int = 1000) -> list[AdminChangeRow]:
    """Every change made outside a ticket (administration, customers, settings), newest first;
    administrators only. The record's name is today's (a renamed campaign shows its new name)."""
    from .unit_of_work import read_only

    if not actor.is_admin:
        raise PermissionDenied("change log is for administrators")
    with read_only(db) as session:
        rows = session.execute(
            select(ChangeLogEntry, User.display_name)
            .outerjoin(User, User.id == ChangeLogEntry.user_id)
            .where(ChangeLogEntry.ticket_id.is_(None))
            .order_by(ChangeLogEntry.at.desc(), ChangeLogEntry.id.desc())
            .limit(limit)
        ).all()
        names = _entity_names(session, [e for e, _n in rows])
        return [AdminChangeRow(e.at, name or "", e.action.value, e.entity_type, e.field, e.old_value, e.new_value,
                               names.get(e.entity_id, "")) for e, name in rows]
