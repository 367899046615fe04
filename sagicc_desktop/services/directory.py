"""Lookups the screens offer as choices: campaigns, users, tags; and the customer search."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select

from ..store.database import Database
from ..store.entities import AgendaEntry, Campaign, ContactPoint, Customer, Tag, Ticket, User
from .actor import Actor
from .text import normalise
from .unit_of_work import read_only


@dataclass(frozen=True)
class Named:
    id: uuid.UUID
    name: str


def campaigns(db: Database) -> list[Named]:
    with read_only(db) as s:
        rows = s.execute(select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None)).order_by(Campaign.name))
        return [Named(i, n) for i, n in rows]


def users(db: Database) -> list[Named]:
    with read_only(db) as s:
        rows = s.execute(select(User.id, User.display_name)
                         .where(User.deleted_at.is_(None), User.is_active.is_(True)).order_by(User.display_name))
        return [Named(i, n) for i, n in rows]


def tags(db: Database) -> list[Named]:
    with read_only(db) as s:
        return [Named(i, n) for i, n in s.execute(select(Tag.id, Tag.name).order_by(Tag.name))]


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    name: str
    document_type: str
    document_number: str
    last_interaction_at: dt.datetime | None


def search_customers(db: Database, text: str, limit: int = 200) -> list[CustomerRow]:
    """Customers module: by name (accents ignored), document number or contact data."""
    with read_only(db) as s:
        stmt = select(Customer).where(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))
        needle = normalise(text)
        if needle:
            contact = select(ContactPoint.customer_id).where(ContactPoint.normalized_value.like(f"%{needle}%"))
            stmt = stmt.where(or_(Customer.search_name.like(f"%{needle}%"),
                                  Customer.document_number.like(f"{text.strip()}%"),
                                  Customer.id.in_(contact)))
        stmt = stmt.order_by(Customer.last_name, Customer.first_name).limit(limit)
        return [CustomerRow(c.id, c.full_name, c.document_type or "", c.document_number or "",
                            c.last_interaction_at) for c in s.scalars(stmt)]


@dataclass(frozen=True)
class AgendaRow:
    due_at: dt.datetime
    title: str
    ticket_id: uuid.UUID | None
    ticket_number: int | None


def my_agenda(db: Database, actor: Actor, days: int = 14) -> list[AgendaRow]:
    """The user's next actions from yesterday on, soonest first."""
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    with read_only(db) as s:
        rows = s.execute(
            select(AgendaEntry.due_at, AgendaEntry.title, AgendaEntry.ticket_id, Ticket.number)
            .outerjoin(Ticket, Ticket.id == AgendaEntry.ticket_id)
            .where(AgendaEntry.user_id == actor.user_id, AgendaEntry.due_at >= start,
                   AgendaEntry.due_at < start + dt.timedelta(days=days + 1),
                   AgendaEntry.done_at.is_(None), AgendaEntry.deleted_at.is_(None))
            .order_by(AgendaEntry.due_at)
        )
        return [AgendaRow(*r) for r in rows]
