"""Drafts of the task form and the composer, kept as the user types (decision 7).

One draft per user, ticket and kind. Drafts are the user's own scratch paper: they are not
part of the ticket's management, so they write no change-log rows. Generic over DraftKind so
the conversation composer uses the same three calls as the task form.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Draft
from ..store.enums import DraftKind
from ..store.types import utcnow
from .actor import Actor
from .errors import ValidationError
from .permissions import visible_ticket, writable_ticket
from .unit_of_work import read_only, unit_of_work

# A draft holds what fits in the forms (observations, a composed message) with room to spare;
# a runaway paste is refused instead of written four times a second.
MAX_DRAFT_CHARS = 1_000_000


def _size(payload: dict) -> int:
    return len(json.dumps(payload, ensure_ascii=False, default=str))


def save(db: Database, actor: Actor, ticket_id: uuid.UUID, kind: DraftKind, payload: dict) -> None:
    """Create or replace the user's draft; an empty payload drops it instead."""
    if not payload:
        drop(db, actor, ticket_id, kind)
        return
    if _size(payload) > MAX_DRAFT_CHARS:
        raise ValidationError("draft_too_large", limit=MAX_DRAFT_CHARS)
    with unit_of_work(db) as session:
        writable_ticket(session, actor, ticket_id)
        draft = _find(session, actor, ticket_id, kind)
        if draft is None:
            session.add(Draft(user_id=actor.user_id, ticket_id=ticket_id, kind=kind, payload=dict(payload)))
        elif draft.payload != payload:
            draft.payload = dict(payload)
            draft.updated_at = utcnow()


def load(db: Database, actor: Actor, ticket_id: uuid.UUID, kind: DraftKind) -> dict | None:
    """The user's draft for this ticket, or None."""
    with read_only(db) as session:
        visible_ticket(session, actor, ticket_id)
        draft = _find(session, actor, ticket_id, kind)
        return dict(draft.payload) if draft is not None else None


def drop(db: Database, actor: Actor, ticket_id: uuid.UUID, kind: DraftKind) -> bool:
    """Forget the draft (Clear, or the work was saved); True when there was one."""
    with unit_of_work(db) as session:
        return drop_in(session, actor, ticket_id, kind)


def drop_in(session: Session, actor: Actor, ticket_id: uuid.UUID, kind: DraftKind) -> bool:
    """drop() inside the caller's transaction (saving a task drops its draft atomically)."""
    table = Draft.__table__  # a plain DELETE: the ORM's bulk-delete bookkeeping costs more than the statement
    result = session.connection().execute(
        delete(table).where(table.c.user_id == actor.user_id, table.c.ticket_id == ticket_id,
                            table.c.kind == kind.value)
    )
    return bool(result.rowcount)


def _find(session: Session, actor: Actor, ticket_id: uuid.UUID, kind: DraftKind) -> Draft | None:
    return session.scalar(
        select(Draft).where(Draft.user_id == actor.user_id, Draft.ticket_id == ticket_id, Draft.kind == kind)
    )
