"""O2: merge this ticket into another one, chosen by number.

As in the manual, one ticket ends Closed and the other keeps its state: the current ticket is
merged INTO the chosen one. Its conversation, task records, agenda entries, attachments, notes,
survey requests, tags and relations move to the survivor; the merged ticket is closed with
merged_into_id set. Optionally the two customers are merged too (C5), keeping the one chosen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from ..store.database import Database
from ..store.entities import (
    AgendaEntry, Attachment, Customer, Interaction, Note, SurveyRequest, TaskRecord, Ticket,
    TicketRelation, TicketTag,
)
from ..store.enums import ChangeAction, TicketStatus
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .customer_merge import Progress, merge_in_session
from .errors import ValidationError
from .permissions import writable_ticket
from .row_moves import move_rows, touch_rows
from .ticket_actions import close_in_session, ticket_by_number
from .unit_of_work import read_only, unit_of_work

MOVED = (Interaction, TaskRecord, AgendaEntry, Attachment, Note, SurveyRequest)


@dataclass(frozen=True)
class CustomerChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class MergePreview:
    """What the dialog shows before the user confirms."""

    source_number: int
    target_id: uuid.UUID
    target_number: int
    target_subject: str
    target_status: TicketStatus
    source_customer: CustomerChoice | None
    target_customer: CustomerChoice | None

    @property
    def customers_differ(self) -> bool:
        return (self.source_customer is not None and self.target_customer is not None
                and self.source_customer.id != self.target_customer.id)


def _target(session: Session, actor: Actor, source: Ticket, number: int) -> Ticket:
    target = ticket_by_number(session, actor, number)
    if target.id == source.id:
        raise ValidationError("merge_into_itself", value=number)
    if target.status is TicketStatus.CLOSED:
        raise ValidationError("merge_target_closed", value=number)
    return target


def _customer(session: Session, customer_id: uuid.UUID | None) -> CustomerChoice | None:
    c = session.get(Customer, customer_id) if customer_id else None
    return CustomerChoice(c.id, c.full_name) if c is not None and c.deleted_at is None else None


def preview(db: Database, actor: Actor, ticket_id: uuid.UUID, number: int) -> MergePreview:
    """Checks everything merge() checks, without changing anything."""
    with read_only(db) as session:
        source = writable_ticket(session, actor, ticket_id)
        target = _target(session, actor, source, number)
        return MergePreview(source.number, target.id, target.number, target.subject, target.status,
                            _customer(session, source.customer_id), _customer(session, target.customer_id))


def merge(
    db: Database, actor: Actor, ticket_id: uuid.UUID, number: int, *,
    merge_customers: bool = False, keep_customer_id: uuid.UUID | None = None,
    progress: Progress | None = None,
) -> uuid.UUID:
    """Merge ticket_id into ticket `number`; returns the surviving ticket's id. Irreversible."""
    with unit_of_work(db) as session:
        source = writable_ticket(session, actor, ticket_id)
        target = _target(session, actor, source, number)
        customers = (source.customer_id, target.customer_id)
        if merge_customers and None not in customers and customers[0] != customers[1]:
            if keep_customer_id not in customers:
                raise ValidationError("keep_customer_invalid")
        else:
            merge_customers = False
        moved = {e.__tablename__: len(move_rows(session, e, e.ticket_id, source.id, target.id)) for e in MOVED}
        moved["relations"] = _move_relations(session, source.id, target.id)
        _merge_tags(session, source.id, target.id)
        target = session.get(Ticket, target.id)
        source = session.get(Ticket, source.id)
        now = utcnow()
        target.last_interaction_at = max((d for d in (source.last_interaction_at, target.last_interaction_at) if d),
                                         default=None)
        target.next_action_at = min((d for d in (source.next_action_at, target.next_action_at) if d), default=None)
        target.updated_at = now
        source.merged_into_id = target.id
        close_in_session(session, actor, source)
        summary = ", ".join(f"{k} {v}" for k, v in moved.items() if v)
        record(session, actor, "ticket", source.id, ChangeAction.MERGE, field="merged_into",
               new=f"#{target.number}", ticket_id=source.id)
        record(session, actor, "ticket", target.id, ChangeAction.MERGE, field="merged_from",
               new=f"#{source.number}" + (f" ({summary})" if summary else ""), ticket_id=target.id)
        target_id = target.id
        if merge_customers:
            other = customers[1] if keep_customer_id == customers[0] else customers[0]
            merge_in_session(session, actor, keep_customer_id, other, progress=progress)
        return target_id


def _move_relations(session: Session, source_id: uuid.UUID, target_id: uuid.UUID) -> int:
    """Relations of the merged ticket move to the survivor, except those the survivor already
    has (either direction) or that would relate it to itself: those are tombstoned."""
    count = 0
    for mine, theirs in ((TicketRelation.ticket_id, TicketRelation.related_ticket_id),
                         (TicketRelation.related_ticket_id, TicketRelation.ticket_id)):
        kept = aliased(TicketRelation)
        clash = select(kept.id).where(or_(
            and_(kept.ticket_id == target_id, kept.related_ticket_id == theirs),
            and_(kept.related_ticket_id == target_id, kept.ticket_id == theirs),
        )).exists()
        live = (mine == source_id, TicketRelation.deleted_at.is_(None))
        touch_rows(session, TicketRelation, (*live, clash | (theirs == target_id)), {"deleted_at": utcnow()})
        count += len(move_rows(session, TicketRelation, mine, source_id, target_id, live[1]))
    return count


def _merge_tags(session: Session, source_id: uuid.UUID, target_id: uuid.UUID) -> None:
    have = set(session.scalars(select(TicketTag.tag_id).where(TicketTag.ticket_id == target_id)))
    for tag in session.scalars(select(TicketTag.tag_id).where(TicketTag.ticket_id == source_id)).all():
        if tag not in have:
            session.add(TicketTag(ticket_id=target_id, tag_id=tag))
