"""Ticket use cases: the header (V1), the Ticket tab (T4), creating, opening and leaving."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import (
    Account, Campaign, Customer, Tag, Ticket, TicketCategory, TicketService, TicketTag, User,
)
from ..store.enums import ChangeAction, Priority, TicketStatus, TicketType
from ..store.types import utcnow
from . import permissions, presence
from .actor import Actor
from .changelog import apply_changes, record
from .contact_data import email_list
from .errors import NotFound, PermissionDenied, StaleEdit, TicketClosed, ValidationError
from .numbering import next_ticket_number
from .permissions import hidden_campaigns_apply, require_writer, visible_ticket
from .sla import expected_solution
from .unit_of_work import read_only, unit_of_work

MAX_DESCRIPTION = 200_000
MAX_SUBJECT = 300


@dataclass(frozen=True)
class TicketHeader:
    """V1: what the pinned header shows."""

    id: uuid.UUID
    number: int
    number_is_provisional: bool
    status: TicketStatus
    created_at: dt.datetime
    assignee_name: str
    campaign_name: str
    customer_id: uuid.UUID | None
    document_type: str
    document_number: str
    first_name: str
    last_name: str
    account_number: str
    subject: str
    version: int


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class TicketForm:
    """T4: the editable fields of the Ticket tab and the choices they offer."""

    id: uuid.UUID
    version: int
    status: TicketStatus
    ticket_type: TicketType
    subject: str
    description: str
    campaign_id: uuid.UUID
    priority: Priority
    account_id: uuid.UUID | None
    is_public: bool
    service_id: uuid.UUID | None
    category_id: uuid.UUID | None
    tags: tuple[str, ...]
    cc: str
    expected_solution_at: dt.datetime | None
    campaigns: tuple[Choice, ...] = field(default=())
    accounts: tuple[Choice, ...] = field(default=())
    services: tuple[Choice, ...] = field(default=())
    categories: tuple[Choice, ...] = field(default=())
    all_tags: tuple[str, ...] = field(default=())


def header(db: Database, actor: Actor, ticket_id: uuid.UUID) -> TicketHeader:
    with read_only(db) as session:
        t = visible_ticket(session, actor, ticket_id)
        customer = session.get(Customer, t.customer_id) if t.customer_id else None
        account = session.get(Account, t.account_id) if t.account_id else None
        assignee = session.get(User, t.assignee_id) if t.assignee_id else None
        campaign = session.get(Campaign, t.campaign_id)
        return TicketHeader(
            id=t.id, number=t.number, number_is_provisional=t.number_is_provisional,
            status=t.status, created_at=t.created_at,
            assignee_name=assignee.display_name if assignee else "",
            campaign_name=campaign.name if campaign else "",
            customer_id=t.customer_id,
            document_type=(customer.document_type or "") if customer else "",
            document_number=(customer.document_number or "") if customer else "",
            first_name=customer.first_name if customer else "",
            last_name=customer.last_name if customer else "",
            account_number=account.number if account else "",
            subject=t.subject, version=t.version,
        )


def read_only_reason(db: Database, actor: Actor, ticket_id: uuid.UUID) -> str | None:
    """Why the actor may not change a ticket they see (permissions.VIEWER or CLOSED), or None."""
    with read_only(db) as session:
        return permissions.read_only_reason(actor, visible_ticket(session, actor, ticket_id))


def find_by_number(db: Database, actor: Actor, number: int) -> uuid.UUID:
    """L3: a ticket number typed by the user, resolved to a ticket they may see."""
    with read_only(db) as session:
        ticket_id = session.scalar(select(Ticket.id).where(Ticket.number == number))
        if ticket_id is None:
            raise NotFound("ticket", number=number)
        return visible_ticket(session, actor, ticket_id).id


def _tag_names(session: Session, ticket_id: uuid.UUID) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(Tag.name).join(TicketTag, TicketTag.tag_id == Tag.id)
            .where(TicketTag.ticket_id == ticket_id).order_by(Tag.name)
        )
    )


def form(db: Database, actor: Actor, ticket_id: uuid.UUID) -> TicketForm:
    with read_only(db) as session:
        t = visible_ticket(session, actor, ticket_id)
        campaigns = session.execute(
            select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None)).order_by(Campaign.name)
        ).all()
        accounts = session.execute(
            select(Account.id, Account.number, Account.name)
            .where(Account.customer_id == t.customer_id, Account.deleted_at.is_(None))
            .order_by(Account.number)
        ).all() if t.customer_id else []
        services = session.execute(select(TicketService.id, TicketService.name).order_by(TicketService.name)).all()
        categories = session.execute(select(TicketCategory.id, TicketCategory.name).order_by(TicketCategory.name)).all()
        return TicketForm(
            id=t.id, version=t.version, status=t.status, ticket_type=t.ticket_type,
            subject=t.subject, description=t.description, campaign_id=t.campaign_id,
            priority=Priority(t.priority), account_id=t.account_id, is_public=t.is_public,
            service_id=t.service_id, category_id=t.category_id,
            tags=_tag_names(session, t.id), cc=t.cc, expected_solution_at=t.expected_solution_at,
            campaigns=tuple(Choice(i, n) for i, n in campaigns),
            accounts=tuple(Choice(i, f"{num} · {name}" if name else num) for i, num, name in accounts),
            services=tuple(Choice(i, n) for i, n in services),
            categories=tuple(Choice(i, n) for i, n in categories),
            all_tags=tuple(session.scalars(select(Tag.name).order_by(Tag.name))),
        )


EDITABLE = {
    "ticket_type", "subject", "description", "campaign_id", "priority", "account_id",
    "is_public", "service_id", "category_id", "cc",
}


def _validate(changes: dict) -> None:
    unknown = set(changes) - EDITABLE - {"tags"}
    if unknown:
        raise ValidationError("unknown_field", field=sorted(unknown)[0])
    if len(changes.get("description", "")) > MAX_DESCRIPTION:
        raise ValidationError("too_long", field="description", limit=MAX_DESCRIPTION)
    if len(changes.get("subject", "")) > MAX_SUBJECT:
        raise ValidationError("too_long", field="subject", limit=MAX_SUBJECT)
    if "campaign_id" in changes and changes["campaign_id"] is None:
        raise ValidationError("required", field="campaign_id")
    if "cc" in changes:
        changes["cc"] = email_list(changes["cc"] or "")
    if "ticket_type" in changes:
        changes["ticket_type"] = TicketType(changes["ticket_type"])
    if "priority" in changes:
        changes["priority"] = Priority(changes["priority"])


def _set_tags(session: Session, actor: Actor, t: Ticket, names: list[str]) -> bool:
    """Replace the ticket's tags; False when the set is unchanged (nothing written)."""
    wanted = sorted({n.strip() for n in names if n.strip()})
    current = list(_tag_names(session, t.id))
    if wanted == current:
        return False
    existing = {tag.name: tag for tag in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    for name in wanted:
        if name not in existing:
            existing[name] = Tag(name=name)
            session.add(existing[name])
    session.flush()
    for link in session.scalars(select(TicketTag).where(TicketTag.ticket_id == t.id)):
        session.delete(link)
    session.flush()
    for name in wanted:
        session.add(TicketTag(ticket_id=t.id, tag_id=existing[name].id))
    record(session, actor, "ticket", t.id, ChangeAction.UPDATE, field="tags",
           old=", ".join(current), new=", ".join(wanted), ticket_id=t.id)
    return True


def _check_references(session: Session, actor: Actor, t: Ticket, changes: dict) -> None:
    """Campaign, account, service and category must exist and fit the ticket and the user."""
    if "campaign_id" in changes:
        campaign = session.get(Campaign, changes["campaign_id"])
        if campaign is None or campaign.deleted_at is not None:
            raise ValidationError("required", field="campaign_id")
        if hidden_campaigns_apply(session, actor) and campaign.id not in actor.campaign_ids:
            raise PermissionDenied("not a member of that campaign")
    if changes.get("account_id") is not None:
        account = session.get(Account, changes["account_id"])
        if account is None or account.deleted_at is not None or account.customer_id != t.customer_id:
            raise ValidationError("required", field="account_id")
    for key, entity in (("service_id", TicketService), ("category_id", TicketCategory)):
        if changes.get(key) is not None and session.get(entity, changes[key]) is None:
            raise ValidationError("required", field=key)


def update(db: Database, actor: Actor, ticket_id: uuid.UUID, expected_version: int, changes: dict) -> int:
    """T4 save: refuses stale versions and closed tickets; logs each changed field."""
    require_writer(actor)
    changes = dict(changes)
    _validate(changes)
    with unit_of_work(db) as session:
        t = visible_ticket(session, actor, ticket_id)
        if t.status is TicketStatus.CLOSED:
            raise TicketClosed("closed tickets are read-only")
        if t.version != expected_version:
            raise StaleEdit("ticket changed since it was loaded", current=t.version)
        _check_references(session, actor, t, changes)
        tags = changes.pop("tags", None)
        changed = apply_changes(session, actor, t, changes, entity_type="ticket", ticket_id=t.id)
        if tags is not None and _set_tags(session, actor, t, tags):
            changed.append("tags")
        if {"campaign_id", "priority", "category_id"} & set(changed):
            new_due = expected_solution(session, t.campaign_id, Priority(t.priority), t.category_id, t.created_at)
            apply_changes(session, actor, t, {"expected_solution_at": new_due},
                          entity_type="ticket", ticket_id=t.id)
        if changed:
            t.updated_at = utcnow()  # bumps the version even when only tags changed
        session.flush()
        return t.version


def create(
    db: Database,
    actor: Actor,
    *,
    campaign_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    subject: str,
    description: str = "",
    ticket_type: TicketType = TicketType.QUESTION,
    priority: Priority = Priority.MEDIUM,
    assignee_id: uuid.UUID | None = None,
) -> uuid.UUID:
    require_writer(actor)
    _validate({"subject": subject, "description": description})
    with unit_of_work(db) as session:
        if session.get(Campaign, campaign_id) is None:
            raise ValidationError("required", field="campaign_id")
        now = utcnow()
        t = Ticket(
            number=next_ticket_number(session), campaign_id=campaign_id, customer_id=customer_id,
            subject=subject, description=description, ticket_type=ticket_type,
            priority=priority, assignee_id=assignee_id, created_by_id=actor.user_id,
            created_at=now, updated_at=now,
            expected_solution_at=expected_solution(session, campaign_id, priority, None, now),
        )
        session.add(t)
        session.flush()
        record(session, actor, "ticket", t.id, ChangeAction.CREATE, new=t.number, ticket_id=t.id)
        return t.id


def open_ticket(db: Database, actor: Actor, ticket_id: uuid.UUID) -> TicketHeader:
    """Entering the management view: the user becomes Busy (U2)."""
    with unit_of_work(db) as session:
        visible_ticket(session, actor, ticket_id)
        presence.enter_ticket(session, actor, ticket_id)
    return header(db, actor, ticket_id)


def leave_ticket(db: Database, actor: Actor) -> None:
    """Exit (O8): back to Available; the ticket itself is unchanged."""
    with unit_of_work(db) as session:
        presence.leave_ticket(session, actor)
