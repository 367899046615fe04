"""O3: related tickets. A relation is stored once and shown from both tickets; removing one
leaves a tombstone, and relating the same pair again revives it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Ticket, TicketRelation
from ..store.enums import ChangeAction, TicketStatus
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, ValidationError
from .permissions import ticket_visibility, visible_ticket, writable_ticket
from .ticket_actions import ticket_by_number
from .unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class RelatedTicket:
    relation_id: uuid.UUID
    ticket_id: uuid.UUID
    number: int
    subject: str
    status: TicketStatus


def _pair(a: uuid.UUID, b: uuid.UUID):
    return or_(
        and_(TicketRelation.ticket_id == a, TicketRelation.related_ticket_id == b),
        and_(TicketRelation.ticket_id == b, TicketRelation.related_ticket_id == a),
    )


def related(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[RelatedTicket]:
    """Both directions, live tickets the actor may see, by number."""
    with read_only(db) as session:
        visible_ticket(session, actor, ticket_id)
        other = Ticket.id
        rows = session.execute(
            select(TicketRelation.id, Ticket.id, Ticket.number, Ticket.subject, Ticket.status)
            .join(Ticket, or_(
                and_(TicketRelation.ticket_id == ticket_id, TicketRelation.related_ticket_id == other),
                and_(TicketRelation.related_ticket_id == ticket_id, TicketRelation.ticket_id == other),
            ))
            .where(TicketRelation.deleted_at.is_(None), Ticket.deleted_at.is_(None),
                   ticket_visibility(session, actor))
            .order_by(Ticket.number)
        ).all()
        return [RelatedTicket(*r) for r in rows]


def add(db: Database, actor: Actor, ticket_id: uuid.UUID, number: int) -> uuid.UUID:
    """Relate this ticket to the one with `number`; the other may be closed, this one not."""
    with unit_of_work(db) as session:
        t = writable_ticket(session, actor, ticket_id)
        other = ticket_by_number(session, actor, number)
        if other.id == t.id:
            raise ValidationError("relate_to_itself", value=number)
        row = session.scalar(select(TicketRelation).where(_pair(t.id, other.id)))
        if row is not None and row.deleted_at is None:
            raise ValidationError("already_related", value=number)
        if row is None:
            row = TicketRelation(ticket_id=t.id, related_ticket_id=other.id)
            session.add(row)
            session.flush()
        else:
            row.deleted_at = None
        _log(session, actor, t, other, row.id, added=True)
        return row.id


def remove(db: Database, actor: Actor, ticket_id: uuid.UUID, relation_id: uuid.UUID) -> None:
    with unit_of_work(db) as session:
        t = writable_ticket(session, actor, ticket_id)
        row = session.get(TicketRelation, relation_id)
        if row is None or row.deleted_at is not None or t.id not in (row.ticket_id, row.related_ticket_id):
            raise NotFound("relation")
        row.deleted_at = utcnow()
        other = session.get(Ticket, row.related_ticket_id if row.ticket_id == t.id else row.ticket_id)
        _log(session, actor, t, other, row.id, added=False)


def _log(session: Session, actor: Actor, t: Ticket, other: Ticket, relation_id: uuid.UUID, *, added: bool) -> None:
    """One change-log row on each ticket, so both histories tell it."""
    action = ChangeAction.RELATE if added else ChangeAction.DELETE
    for here, there in ((t, other), (other, t)):
        record(session, actor, "ticket_relation", relation_id, action, field="related_ticket",
               old=None if added else f"#{there.number}", new=f"#{there.number}" if added else None,
               ticket_id=here.id)
