"""Builders for the Contact and Account tab tests: a customer with an open and a closed ticket,
users of every role, and rows put straight into the store when a test needs them as given."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from factories import (
    create_ticket, make_admin, make_agent, make_campaign, make_customer, make_supervisor, make_viewer,
)
from sagicc_desktop.services.actor import Actor
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.database import Database
from sagicc_desktop.store.entities import (
    Account, AccountData, BlockedContact, ChangeLogEntry, ContactPoint, Ticket,
)
from sagicc_desktop.store.enums import ContactKind, TicketStatus


@dataclass
class World:
    db: Database
    admin: Actor
    supervisor: Actor
    agent: Actor
    viewer: Actor
    customer: uuid.UUID
    other_customer: uuid.UUID
    ticket: uuid.UUID
    closed: uuid.UUID
    orphan: uuid.UUID  # a ticket without a customer
    other_ticket: uuid.UUID  # another customer's ticket

    def actor(self, role: str) -> Actor:
        return getattr(self, role)


def make_world(db: Database) -> World:
    campaign = make_campaign(db)
    admin = make_admin(db)
    customer, other = make_customer(db, "Ana", "Pérez"), make_customer(db, "Luis", "Gómez")
    ticket = create_ticket(db, admin, campaign, customer, subject="open")
    closed = create_ticket(db, admin, campaign, customer, subject="closed")
    with unit_of_work(db) as session:
        session.get(Ticket, closed).status = TicketStatus.CLOSED
    return World(
        db=db, admin=admin, supervisor=make_supervisor(db), agent=make_agent(db, campaigns=[campaign]),
        viewer=make_viewer(db), customer=customer, other_customer=other, ticket=ticket, closed=closed,
        orphan=create_ticket(db, admin, campaign, None, subject="no customer"),
        other_ticket=create_ticket(db, admin, campaign, other, subject="someone else"),
    )


def put_contact(db: Database, customer_id: uuid.UUID, kind: ContactKind, value: str, normalized: str,
                *, primary: bool = False) -> uuid.UUID:
    with unit_of_work(db) as session:
        point = ContactPoint(customer_id=customer_id, kind=kind, value=value, normalized_value=normalized,
                             is_primary=primary)
        session.add(point)
        session.flush()
        return point.id


def contact(db: Database, contact_id: uuid.UUID) -> ContactPoint:
    with unit_of_work(db) as session:
        return session.get(ContactPoint, contact_id)


def account(db: Database, account_id: uuid.UUID) -> Account:
    with unit_of_work(db) as session:
        return session.get(Account, account_id)


def stored_data(db: Database, account_id: uuid.UUID, *, live: bool = True) -> dict[str, str]:
    with unit_of_work(db) as session:
        query = select(AccountData).where(AccountData.account_id == account_id)
        if live:
            query = query.where(AccountData.deleted_at.is_(None))
        return {d.key: d.value for d in session.scalars(query)}


def blocks(db: Database, *, live: bool = True) -> list[tuple[ContactKind, str, str]]:
    with unit_of_work(db) as session:
        query = select(BlockedContact)
        if live:
            query = query.where(BlockedContact.deleted_at.is_(None))
        return sorted((b.kind, b.normalized_value, b.reason) for b in session.scalars(query))


def log(db: Database, ticket_id: uuid.UUID, entity_type: str | None = None) -> list[ChangeLogEntry]:
    with unit_of_work(db) as session:
        query = select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == ticket_id)
        if entity_type:
            query = query.where(ChangeLogEntry.entity_type == entity_type)
        return list(session.scalars(query.order_by(ChangeLogEntry.at, ChangeLogEntry.id)))


def ticket_row(db: Database, ticket_id: uuid.UUID) -> Ticket:
    with unit_of_work(db) as session:
        return session.get(Ticket, ticket_id)
