"""Read-side data for the ticket view's tabs, as plain rows (the GUI never holds a session)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from ..store.database import Database
from ..store.entities import (
    Account, AccountData, AgendaEntry, Attachment, BlockedContact, CampaignScript, ContactPoint,
    Customer, Interaction, Note, TaskFormDefinition, TaskRecord, Ticket, User,
)
from ..store.enums import ChannelKind, ContactKind, Direction, InteractionStatus
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
class ContactRow:
    kind: ContactKind
    value: str
    label: str
    blocked: bool


@dataclass(frozen=True)
class AccountRow:
    number: str
    name: str
    status: str
    data: tuple[tuple[str, str], ...]
    is_ticket_account: bool


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


@dataclass(frozen=True)
class SimpleRow:
    """A dated line with an author: notes, history, attachments, agenda entries."""

    at: dt.datetime
    author: str
    text: str
    extra: str = ""


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


def contacts(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[ContactRow]:
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        rows = s.execute(
            select(ContactPoint, BlockedContact.id)
            .outerjoin(BlockedContact, (BlockedContact.kind == ContactPoint.kind)
                       & (BlockedContact.normalized_value == ContactPoint.normalized_value)
                       & BlockedContact.deleted_at.is_(None))
            .where(ContactPoint.customer_id == t.customer_id, ContactPoint.deleted_at.is_(None))
            .order_by(ContactPoint.kind, ContactPoint.value)
        ).all()
        return [ContactRow(cp.kind, cp.value, cp.label, blocked is not None) for cp, blocked in rows]


def accounts(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[AccountRow]:
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        result = []
        for a in s.scalars(select(Account).where(Account.customer_id == t.customer_id,
                                                 Account.deleted_at.is_(None)).order_by(Account.number)):
            data = s.execute(select(AccountData.key, AccountData.value)
                             .where(AccountData.account_id == a.id).order_by(AccountData.key)).all()
            result.append(AccountRow(a.number, a.name, a.status, tuple((k, v) for k, v in data),
                                     a.id == t.account_id))
        return result


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


def _author(s, user_id) -> str:
    if user_id is None:
        return ""
    u = s.get(User, user_id)
    return u.display_name if u else ""


def notes(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[SimpleRow]:
    with read_only(db) as s:
        _ticket(s, actor, ticket_id)
        rows = s.scalars(select(Note).where(Note.ticket_id == ticket_id, Note.deleted_at.is_(None))
                         .order_by(Note.created_at.desc()).limit(500))
        return [SimpleRow(n.created_at, _author(s, n.user_id), n.text, n.color) for n in rows]


def history(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[SimpleRow]:
    with read_only(db) as s:
        _ticket(s, actor, ticket_id)
        rows = s.scalars(select(TaskRecord).where(TaskRecord.ticket_id == ticket_id, TaskRecord.deleted_at.is_(None))
                         .order_by(TaskRecord.created_at.desc()).limit(500))
        return [SimpleRow(r.created_at, _author(s, r.user_id), r.observations,
                          ", ".join(f"{k}: {v}" for k, v in (r.values or {}).items())) for r in rows]


def attachments(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[SimpleRow]:
    with read_only(db) as s:
        _ticket(s, actor, ticket_id)
        rows = s.scalars(select(Attachment).where(Attachment.ticket_id == ticket_id, Attachment.deleted_at.is_(None))
                         .order_by(Attachment.created_at.desc()).limit(500))
        return [SimpleRow(a.created_at, _author(s, a.uploaded_by_id), a.filename, f"{a.size:,}") for a in rows]


def agenda(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[SimpleRow]:
    """The ticket assignee's upcoming next actions (T8)."""
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        if t.assignee_id is None:
            return []
        now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
        rows = s.scalars(select(AgendaEntry).where(AgendaEntry.user_id == t.assignee_id,
                                                   AgendaEntry.due_at >= now, AgendaEntry.done_at.is_(None),
                                                   AgendaEntry.deleted_at.is_(None))
                         .order_by(AgendaEntry.due_at).limit(200))
        return [SimpleRow(e.due_at, "", e.title) for e in rows]


def task_form_fields(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[dict]:
    """The current task form definition of the ticket's campaign (T9)."""
    with read_only(db) as s:
        t = _ticket(s, actor, ticket_id)
        fields = s.scalar(
            select(TaskFormDefinition.fields)
            .where(TaskFormDefinition.campaign_id == t.campaign_id, TaskFormDefinition.is_current.is_(True))
            .order_by(TaskFormDefinition.revision.desc())
            .limit(1)
        )
        return list(fields or [])
