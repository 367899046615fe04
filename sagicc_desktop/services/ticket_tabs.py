"""Read-side data for the ticket view's tabs, as plain rows (the GUI never holds a session)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import CampaignScript, Customer, Ticket
from .actor import Actor
from .permissions import visible_ticket
from .unit_of_work import read_only


@dataclass(frozen=True)
class CustomerInfo:
    id: uuid.UUID
    document_type: str
    document_number: str
    first_name: str
    middle_name: str
    last_name: str
    second_last_name: str
    birth_date: dt.date | None
    last_interaction_at: dt.datetime | None


def _ticket(session, actor, ticket_id) -> Ticket:
    return visible_ticket(session, actor, ticket_id)


def customer(db: Database, actor: Actor, ticket_id: uuid.UUID) -> CustomerInfo | None:
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        c = s.get(Customer, t.customer_id) if t.customer_id else None
        if c is None:
            return None
        return CustomerInfo(c.id, c.document_type or "", c.document_number or "", c.first_name,
                            c.middle_name, c.last_name, c.second_last_name, c.birth_date,
                            c.last_interaction_at)


def script_html(db: Database, actor: Actor, ticket_id: uuid.UUID) -> str:
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        return s.scalar(select(CampaignScript.html).where(CampaignScript.campaign_id == t.campaign_id)) or ""


