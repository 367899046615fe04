"""Small builders for service tests: users of each role, campaigns with SLA rules, customers,
accounts and tickets. Plain functions over a Database; no Qt.

Users get a real Argon2 hash of PASSWORD (computed once per run, hashing is slow on purpose),
so sign-in tests can use them as they are.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from functools import lru_cache
from typing import Iterable

from sqlalchemy import func, select

from sagicc_desktop.services import tickets as ticket_service
from sagicc_desktop.services.actor import Actor
from sagicc_desktop.services.auth import actor_for
from sagicc_desktop.services.numbering import next_ticket_number
from sagicc_desktop.services.passwords import hash_password
from sagicc_desktop.services.settings import HIDE_OTHER_CAMPAIGNS, set_setting
from sagicc_desktop.services.text import search_name
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.database import Database
from sagicc_desktop.store.entities import (
    Account,
    Campaign,
    CampaignMember,
    Customer,
    SlaRule,
    Tag,
    Ticket,
    TicketTag,
    User,
    UserPresence,
)
from sagicc_desktop.store.enums import Presence, Priority, Role, TicketStatus, TicketType
from sagicc_desktop.store.types import utcnow

PASSWORD = "correct horse"
_seq = itertools.count(1)


@lru_cache(maxsize=1)
def password_hash() -> str:
    return hash_password(PASSWORD)


def _unique(prefix: str) -> str:
    return f"{prefix}{next(_seq)}"


# ---------------------------------------------------------------- users


def make_user(
    db: Database,
    role: Role,
    *,
    username: str | None = None,
    display_name: str | None = None,
    campaigns: Iterable[uuid.UUID] = (),
    active: bool = True,
    with_presence: bool = True,
) -> Actor:
    """A user of `role` belonging to `campaigns`; returns the Actor services take."""
    username = username or _unique(role.value)
    with unit_of_work(db) as session:
        user = User(
            username=username,
            display_name=display_name or username.title(),
            role=role,
            password_hash=password_hash(),
            is_active=active,
        )
        session.add(user)
        session.flush()
        for campaign_id in campaigns:
            session.add(CampaignMember(campaign_id=campaign_id, user_id=user.id))
        if with_presence:
            session.add(UserPresence(user_id=user.id, status=Presence.OFFLINE))
        session.flush()
        return actor_for(session, user)


def make_admin(db: Database, **kw) -> Actor:
    return make_user(db, Role.ADMINISTRATOR, **kw)


def make_supervisor(db: Database, **kw) -> Actor:
    return make_user(db, Role.SUPERVISOR, **kw)


def make_agent(db: Database, **kw) -> Actor:
    return make_user(db, Role.AGENT, **kw)


def make_viewer(db: Database, **kw) -> Actor:
    return make_user(db, Role.VIEWER, **kw)


def set_hide_other_campaigns(db: Database, admin: Actor, on: bool = True) -> None:
    with unit_of_work(db) as session:
        set_setting(session, admin, HIDE_OTHER_CAMPAIGNS, on)


# ---------------------------------------------------------------- campaigns, customers


def make_campaign(
    db: Database,
    name: str | None = None,
    *,
    sla_hours: dict[Priority, int] | None = None,
) -> uuid.UUID:
    """A campaign with one SLA rule per priority given (hours to the expected solution)."""
    with unit_of_work(db) as session:
        campaign = Campaign(name=name or _unique("Campaign "))
        session.add(campaign)
        session.flush()
        for priority, hours in (sla_hours or {}).items():
            session.add(SlaRule(campaign_id=campaign.id, priority=int(priority), resolution_hours=hours))
        return campaign.id


STANDARD_SLA = {Priority.CRITICAL: 4, Priority.HIGH: 8, Priority.MEDIUM: 24, Priority.LOW: 72}


def make_customer(
    db: Database,
    first_name: str = "Ana",
    last_name: str = "Pérez",
    *,
    document_type: str | None = "cc",
    document_number: str | None = None,
) -> uuid.UUID:
    with unit_of_work(db) as session:
        customer = Customer(
            first_name=first_name,
            last_name=last_name,
            document_type=document_type,
            document_number=document_number or str(10_000_000 + next(_seq)),
            search_name=search_name(first_name, last_name),
        )
        session.add(customer)
        session.flush()
        return customer.id


def make_account(db: Database, customer_id: uuid.UUID, number: str | None = None, name: str = "") -> uuid.UUID:
    with unit_of_work(db) as session:
        account = Account(customer_id=customer_id, number=number or _unique("ACC-"), name=name)
        session.add(account)
        session.flush()
        return account.id


# ---------------------------------------------------------------- tickets


def create_ticket(
    db: Database,
    actor: Actor,
    campaign_id: uuid.UUID,
    customer_id: uuid.UUID | None = None,
    *,
    subject: str = "Help",
    **kw,
) -> uuid.UUID:
    """A ticket made the way the application makes it (services.tickets.create)."""
    return ticket_service.create(
        db, actor, campaign_id=campaign_id, customer_id=customer_id, subject=subject, **kw
    )


def bulk_tickets(db: Database, specs: Iterable[dict]) -> list[uuid.UUID]:
    """Many tickets at once through the ORM. Each spec holds Ticket attributes (campaign_id is
    required) plus optional "tags" (names); numbers come from the ticket counter."""
    ids: list[uuid.UUID] = []
    with unit_of_work(db) as session:
        tags: dict[str, Tag] = {t.name: t for t in session.scalars(select(Tag))}
        for spec in specs:
            spec = dict(spec)
            tag_names = spec.pop("tags", ())
            now = spec.pop("created_at", None) or utcnow()
            spec.setdefault("updated_at", now)
            spec.setdefault("subject", "Bulk ticket")
            spec.setdefault("ticket_type", TicketType.QUESTION)
            spec.setdefault("status", TicketStatus.NEW)
            if "priority" in spec:
                spec["priority"] = int(spec["priority"])
            ticket = Ticket(number=spec.pop("number", None) or next_ticket_number(session),
                            created_at=now, **spec)
            session.add(ticket)
            session.flush()
            for name in tag_names:
                if name not in tags:
                    tags[name] = Tag(name=name)
                    session.add(tags[name])
                    session.flush()
                session.add(TicketTag(ticket_id=ticket.id, tag_id=tags[name].id))
            ids.append(ticket.id)
    return ids


def ticket(db: Database, ticket_id: uuid.UUID) -> Ticket:
    """The stored row, detached (for assertions)."""
    with unit_of_work(db) as session:
        return session.get(Ticket, ticket_id)


def count(db: Database, entity, *where) -> int:
    with unit_of_work(db) as session:
        return session.scalar(select(func.count()).select_from(entity).where(*where)) or 0


def tag_id(db: Database, name: str) -> uuid.UUID:
    with unit_of_work(db) as session:
        return session.scalar(select(Tag.id).where(Tag.name == name))


def at(day: int, hour: int = 12, minute: int = 0, month: int = 3, year: int = 2025) -> dt.datetime:
    """An aware UTC instant, handy for controlled created_at values."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.timezone.utc)
