"""Read-side data for the ticket view's tabs, as plain rows (the GUI never holds a session)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from ..store.database import Database
from ..store.entities import CampaignScript, Customer, Interaction, Ticket
from ..store.enums import ChannelKind, Direction, InteractionStatus
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


@dataclass(frozen=True)
class InteractionRow:
    id: uuid.UUID
    occurred_at: dt.datetime
    channel_kind: ChannelKind
    direction: Direction
    status: InteractionStatus
    sender: str
    preview: str
    is_read: bool


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


def interactions(db: Database, actor: Actor, ticket_id: uuid.UUID, limit: int = 200) -> tuple[list[InteractionRow], int]:
    """The newest `limit` interactions in time order, and how many there are in all."""
    with read_only(db) as s:
        _ticket(s, actor, ticket_id)
        total = s.scalar(select(func.count()).select_from(Interaction)
                         .where(Interaction.ticket_id == ticket_id, Interaction.deleted_at.is_(None)))
        rows = s.execute(
            select(Interaction.id, Interaction.occurred_at, Interaction.channel_kind, Interaction.direction,
                   Interaction.status, Interaction.sender, Interaction.preview, Interaction.is_read)
            .where(Interaction.ticket_id == ticket_id, Interaction.deleted_at.is_(None))
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit)
        ).all()
        return [InteractionRow(*r) for r in reversed(rows)], total or 0


def script_html(db: Database, actor: Actor, ticket_id: uuid.UUID) -> str:
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        return s.scalar(select(CampaignScript.html).where(CampaignScript.campaign_id == t.campaign_id)) or ""


