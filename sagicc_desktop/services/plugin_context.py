"""T13: what a plugin tab is told about the ticket on screen, as plain frozen values.

Plugins get a TicketContext, never a session or an entity: they cannot read more than this
(or change anything), and the values stay valid after the database work is done. The types are
re-exported by sagicc_desktop.plugins.api, which is the documented place to import them from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import Campaign, ContactPoint, Customer
from .actor import Actor
from .permissions import visible_ticket
from .unit_of_work import read_only


@dataclass(frozen=True)
class ContactInfo:
    """One of the customer's contact points: kind is email, phone, mobile, address or social."""

    kind: str
    value: str
    label: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class TicketContext:
    ticket_id: uuid.UUID
    ticket_number: int
    subject: str
    status: str
    campaign_name: str
    customer_id: uuid.UUID | None = None
    customer_name: str = ""
    document_type: str = ""
    document_number: str = ""
    contacts: tuple[ContactInfo, ...] = field(default=())
    language: str = "en"
    read_only: bool = False

    def contact_values(self, kind: str) -> tuple[str, ...]:
        """The values of one kind of contact point, primary first (e.g. every e-mail)."""
        return tuple(c.value for c in self.contacts if c.kind == kind)


def ticket_context(db: Database, actor: Actor, ticket_id: uuid.UUID, language: str | None = None) -> TicketContext:
    """The context of a ticket the actor may see (NotFound otherwise); language defaults to the
    user's saved one, the view passes the one on screen."""
    with read_only(db) as session:
        t = visible_ticket(session, actor, ticket_id)
        campaign = session.get(Campaign, t.campaign_id)
        customer = session.get(Customer, t.customer_id) if t.customer_id else None
        contacts: tuple[ContactInfo, ...] = ()
        if customer is not None:
            rows = session.scalars(
                select(ContactPoint)
                .where(ContactPoint.customer_id == customer.id, ContactPoint.deleted_at.is_(None))
                .order_by(ContactPoint.kind, ContactPoint.is_primary.desc(), ContactPoint.value)
            )
            contacts = tuple(ContactInfo(cp.kind.value, cp.value, cp.label or "", bool(cp.is_primary))
                             for cp in rows)
        return TicketContext(
            ticket_id=t.id, ticket_number=t.number, subject=t.subject, status=t.status.value,
            campaign_name=campaign.name if campaign else "",
            customer_id=customer.id if customer else None,
            customer_name=customer.full_name if customer else "",
            document_type=(customer.document_type or "") if customer else "",
            document_number=(customer.document_number or "") if customer else "",
            contacts=contacts, language=language or actor.locale or "en", read_only=actor.read_only,
        )
