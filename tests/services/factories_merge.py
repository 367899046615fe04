"""Builders for the ticket-action and merge tests: the rows that hang off a ticket or a customer."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy import func, select

from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    Account, AgendaEntry, Attachment, Blob, ContactPoint, Customer, CustomerAssignment, CustomerRelation,
    Interaction, Note, TaskRecord, TicketRelation,
)
from sagicc_desktop.store.enums import AttachmentSource, ChannelKind, ContactKind, Direction, InteractionStatus
from sagicc_desktop.store.types import utcnow


def add(db, *rows) -> list[uuid.UUID]:
    with unit_of_work(db) as session:
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def interaction(ticket_id: uuid.UUID, customer_id: uuid.UUID | None = None, text: str = "hello") -> Interaction:
    return Interaction(ticket_id=ticket_id, customer_id=customer_id, channel_kind=ChannelKind.EMAIL,
                       direction=Direction.INCOMING, status=InteractionStatus.RECEIVED, body_text=text)


def note(ticket_id: uuid.UUID, text: str = "private") -> Note:
    return Note(ticket_id=ticket_id, text=text)


def task(ticket_id: uuid.UUID) -> TaskRecord:
    return TaskRecord(ticket_id=ticket_id, values={"outcome": "called"})


def agenda(ticket_id: uuid.UUID, user_id: uuid.UUID, title: str = "Call back") -> AgendaEntry:
    return AgendaEntry(ticket_id=ticket_id, user_id=user_id, title=title,
                       due_at=utcnow() + dt.timedelta(days=1))


def attachment(db, ticket_id: uuid.UUID, name: str = "a.txt") -> Attachment:
    sha = hashlib.sha256(name.encode() + uuid.uuid4().bytes).hexdigest()
    with unit_of_work(db) as session:
        session.add(Blob(sha256=sha, size=1))
    return Attachment(ticket_id=ticket_id, blob_sha256=sha, filename=name, size=1, source=AttachmentSource.MANUAL)


def relation(a: uuid.UUID, b: uuid.UUID) -> TicketRelation:
    return TicketRelation(ticket_id=a, related_ticket_id=b)


def contact(customer_id: uuid.UUID, kind: ContactKind, value: str) -> ContactPoint:
    return ContactPoint(customer_id=customer_id, kind=kind, value=value, normalized_value=value.strip().lower())


def customer_relation(a: uuid.UUID, b: uuid.UUID) -> CustomerRelation:
    return CustomerRelation(customer_id=a, related_customer_id=b, tags=["family"])


def assignment(customer_id: uuid.UUID, user_id: uuid.UUID, campaign_id: uuid.UUID | None = None) -> CustomerAssignment:
    return CustomerAssignment(customer_id=customer_id, user_id=user_id, campaign_id=campaign_id)


def get(db, entity, row_id):
    with unit_of_work(db) as session:
        return session.get(entity, row_id)


def count_where(db, entity, *where) -> int:
    with unit_of_work(db) as session:
        return session.scalar(select(func.count()).select_from(entity).where(*where)) or 0


def live_contacts(db, customer_id: uuid.UUID) -> list[tuple[str, str]]:
    with unit_of_work(db) as session:
        rows = session.execute(select(ContactPoint.kind, ContactPoint.normalized_value).where(
            ContactPoint.customer_id == customer_id, ContactPoint.deleted_at.is_(None))).all()
        return sorted((k.value, v) for k, v in rows)


def customer(db, customer_id: uuid.UUID) -> Customer:
    return get(db, Customer, customer_id)


def account(db, account_id: uuid.UUID) -> Account:
    return get(db, Account, account_id)
