"""Builders for the outgoing-message, outbox and transcript tests: a campaign with an e-mail
channel (and a WhatsApp one), a customer with contact data, an agent and a ticket."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from factories import create_ticket, make_admin, make_agent, make_campaign, make_customer, make_viewer
from sagicc_desktop.services.actor import Actor
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.database import Database
from sagicc_desktop.store.entities import BlockedContact, CampaignChannel, Channel, ContactPoint, Ticket
from sagicc_desktop.store.enums import ChannelKind, ContactKind, TicketStatus

ADDRESS = "support@helpdesk.example"


@dataclass
class Outgoing:
    db: Database
    admin: Actor
    agent: Actor
    viewer: Actor
    campaign: uuid.UUID
    customer: uuid.UUID
    ticket: uuid.UUID
    number: int
    email: uuid.UUID  # the campaign's e-mail channel
    whatsapp: uuid.UUID
    other_channel: uuid.UUID  # an e-mail channel of no campaign
    extra: dict = field(default_factory=dict)


def make_channel(db: Database, kind: ChannelKind, name: str, *, config: dict | None = None,
                 max_bytes: int = 10 * 1024 * 1024, allowed: list[str] | None = None,
                 campaign: uuid.UUID | None = None) -> uuid.UUID:
    with unit_of_work(db) as s:
        channel = Channel(name=name, kind=kind, config=config or {}, max_attachment_bytes=max_bytes,
                          allowed_types=allowed or [])
        s.add(channel)
        s.flush()
        if campaign is not None:
            s.add(CampaignChannel(campaign_id=campaign, channel_id=channel.id))
        return channel.id


def email_config(**kw) -> dict:
    return {"address": ADDRESS, "display_name": "Help Desk", "smtp_host": "127.0.0.1", "smtp_port": 25,
            "smtp_security": "none", **kw}


def put_contact(db: Database, customer: uuid.UUID, kind: ContactKind, value: str, normalized: str) -> uuid.UUID:
    with unit_of_work(db) as s:
        p = ContactPoint(customer_id=customer, kind=kind, value=value, normalized_value=normalized)
        s.add(p)
        s.flush()
        return p.id


def block(db: Database, kind: ContactKind, normalized: str, reason: str = "asked") -> None:
    with unit_of_work(db) as s:
        s.add(BlockedContact(kind=kind, normalized_value=normalized, reason=reason))


def close_ticket(db: Database, ticket: uuid.UUID) -> None:
    with unit_of_work(db) as s:
        s.get(Ticket, ticket).status = TicketStatus.CLOSED


def make_outgoing(db: Database, *, email_config_extra: dict | None = None) -> Outgoing:
    campaign = make_campaign(db)
    admin = make_admin(db)
    customer = make_customer(db, "Ana", "Pérez")
    ticket = create_ticket(db, admin, campaign, customer, subject="Invoice question")
    with unit_of_work(db) as s:
        number = s.get(Ticket, ticket).number
    email = make_channel(db, ChannelKind.EMAIL, "Mailbox", config=email_config(**(email_config_extra or {})),
                         campaign=campaign)
    whatsapp = make_channel(db, ChannelKind.WHATSAPP, "WhatsApp", config={"sender": "+576015550100"},
                            allowed=["image/png", "audio/*"], max_bytes=1000, campaign=campaign)
    other = make_channel(db, ChannelKind.EMAIL, "Other mailbox", config=email_config())
    put_contact(db, customer, ContactKind.EMAIL, "Ana@Example.com", "ana@example.com")
    put_contact(db, customer, ContactKind.EMAIL, "ana.work@example.org", "ana.work@example.org")
    put_contact(db, customer, ContactKind.MOBILE, "300 123 4567", "+573001234567")
    return Outgoing(db=db, admin=admin, agent=make_agent(db, campaigns=[campaign]), viewer=make_viewer(db),
                    campaign=campaign, customer=customer, ticket=ticket, number=number, email=email,
                    whatsapp=whatsapp, other_channel=other)
