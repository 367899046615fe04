"""O4: the ticket's conversation, sent by e-mail to one of the customer's addresses.

What goes in: the ticket's public interactions, oldest first, on every channel, each with its
direction, who, when (in the campaign's time zone), subject, text and the names of its files.
What never goes in: notes (this module does not read the notes table: see services/notes.py),
internal interactions (is_public false), outgoing messages that never left (failed or
cancelled) and earlier transcripts (they would nest the conversation in itself).

The message is rendered from resources/templates/transcript.html.j2 and .txt.j2 with Jinja2:
HTML with autoescape on, so a customer's "<script>" arrives as text; the plain-text part
without escaping, since it is not HTML. Bodies are shown as text in both (an e-mail that came
as HTML contributes its text), so nothing from a customer's markup is ever re-sent. It is
queued like any message (services/outgoing.queue_message) on the campaign's e-mail channel,
marked with the header X-Sagicc-Transcript, and the outbox sends it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..resources import resources_dir
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import (
    Attachment, Campaign, CampaignChannel, Channel, ContactPoint, Customer, Interaction, Ticket, User,
)
from ..store.enums import ChannelKind, ContactKind, Direction, InteractionStatus
from . import block_list, outgoing
from .actor import Actor
from .errors import ValidationError
from .permissions import visible_ticket, writable_ticket
from .unit_of_work import read_only

MARK = "X-Sagicc-Transcript"
#: The newest interactions a transcript holds; older ones are counted, not copied.
MAX_INTERACTIONS = 2000
TEMPLATE_HTML, TEMPLATE_TEXT = "transcript.html.j2", "transcript.txt.j2"

LABELS = {
    "en": {"title": "Conversation of ticket #{number}", "subject": "Conversation: {subject}",
           "intro": "This is the conversation of your ticket #{number}, “{subject}”, as of {now}.",
           "from_customer": "You wrote", "from_us": "We wrote", "attachments": "Attachments",
           "omitted": "{count} earlier messages are not included.", "email": "E-mail", "phone": "Phone call",
           "whatsapp": "WhatsApp", "sms": "SMS", "chat": "Chat", "no_text": "(no text)"},
    "es": {"title": "Conversación del caso #{number}", "subject": "Conversación: {subject}",
           "intro": "Esta es la conversación de su caso #{number}, «{subject}», a {now}.",
           "from_customer": "Usted escribió", "from_us": "Le escribimos", "attachments": "Adjuntos",
           "omitted": "No se incluyen {count} mensajes anteriores.", "email": "Correo", "phone": "Llamada",
           "whatsapp": "WhatsApp", "sms": "SMS", "chat": "Chat", "no_text": "(sin texto)"},
}


@dataclass(frozen=True)
class AddressChoice:
    value: str
    normalized_value: str
    label: str
    is_primary: bool
    blocked: bool
    block_reason: str


@dataclass(frozen=True)
class TranscriptInfo:
    """What the Send transcript dialog shows before sending."""

    ticket_number: int
    interaction_count: int
    addresses: tuple[AddressChoice, ...]
    channel_name: str  # "" when the campaign has no e-mail channel


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    count: int


# ---------------------------------------------------------------- reading


def _email_channel(session: Session, campaign_id: uuid.UUID) -> Channel | None:
    return session.scalar(
        select(Channel).join(CampaignChannel, CampaignChannel.channel_id == Channel.id).where(
            CampaignChannel.campaign_id == campaign_id, CampaignChannel.deleted_at.is_(None),
            Channel.kind == ChannelKind.EMAIL, Channel.is_active, Channel.deleted_at.is_(None))
        .order_by(CampaignChannel.is_inbound_default.desc(), Channel.name).limit(1))


def _addresses(session: Session, customer_id: uuid.UUID | None) -> tuple[AddressChoice, ...]:
    if customer_id is None:
        return ()
    points = list(session.scalars(
        select(ContactPoint).where(ContactPoint.customer_id == customer_id, ContactPoint.kind == ContactKind.EMAIL,
                                   ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at)))
    blocked = block_list.blocked_values(session, [(ContactKind.EMAIL, p.normalized_value) for p in points])
    return tuple(AddressChoice(p.value, p.normalized_value, p.label or "", p.is_primary,
                               (ContactKind.EMAIL, p.normalized_value) in blocked,
                               blocked.get((ContactKind.EMAIL, p.normalized_value), "")) for p in points)


def _is_transcript(headers: list | None) -> bool:
    return any(isinstance(h, (list, tuple)) and len(h) == 2 and str(h[0]).lower() == MARK.lower()
               for h in headers or [])


def public_conversation(session: Session, ticket_id: uuid.UUID) -> tuple[list[Interaction], int]:
    """(the public interactions to include, oldest first; how many older ones were left out)."""
    rows = list(session.scalars(
        select(Interaction).where(
            Interaction.ticket_id == ticket_id, Interaction.is_public.is_(True), Interaction.deleted_at.is_(None),
            ~((Interaction.direction == Direction.OUTGOING) & (Interaction.status == InteractionStatus.FAILED)))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())))
    rows = [r for r in rows if not _is_transcript(r.headers)]
    kept = rows[:MAX_INTERACTIONS]
    kept.reverse()
    return kept, len(rows) - len(kept)


def info(db: Database, actor: Actor, ticket_id: uuid.UUID) -> TranscriptInfo:
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        kept, omitted = public_conversation(session, ticket.id)
        channel = _email_channel(session, ticket.campaign_id)
        return TranscriptInfo(ticket.number, len(kept) + omitted, _addresses(session, ticket.customer_id),
                              channel.name if channel else "")


# ---------------------------------------------------------------- rendering


def template_environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(loader=FileSystemLoader(str(resources_dir() / "templates")),
                       autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
                       undefined=StrictUndefined, keep_trailing_newline=True)


def interaction_text(r: Interaction) -> str:
    """What an interaction said, as text: its text part, else its HTML's words, else a call's outcome."""
    text = r.body_text if (r.body_text or "").strip() else outgoing.html_to_text(r.body_html or "")
    text = (text or "").strip()
    if not text and r.channel_kind is ChannelKind.PHONE and r.call_outcome:
        text = r.call_outcome
    return text


def campaign_zone(campaign: Campaign | None) -> dt.tzinfo:
    name = ((campaign.business_hours or {}).get("timezone") if campaign else None) or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc


def local_time(value: dt.datetime, zone: dt.tzinfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z").strip()


def render(session: Session, actor: Actor, ticket: Ticket, *, now: dt.datetime | None = None) -> Rendered:
    """The transcript's subject, plain text and HTML, in the actor's language."""
    labels = LABELS.get((actor.locale or "en")[:2], LABELS["en"])
    campaign = session.get(Campaign, ticket.campaign_id)
    zone = campaign_zone(campaign)
    kept, omitted = public_conversation(session, ticket.id)
    ids = [r.id for r in kept]
    files: dict[uuid.UUID, list[str]] = {}
    for start in range(0, len(ids), 500):
        for interaction_id, name in session.execute(
                select(Attachment.interaction_id, Attachment.filename).where(
                    Attachment.interaction_id.in_(ids[start:start + 500]), Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at)):
            files.setdefault(interaction_id, []).append(name)
    authors = dict(session.execute(select(User.id, User.display_name).where(
        User.id.in_({r.user_id for r in kept if r.user_id}))).all()) if kept else {}
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    customer_name = " ".join(p for p in (customer.first_name, customer.last_name) if p) if customer else ""
    items = []
    for r in kept:
        incoming = r.direction is Direction.INCOMING
        text = interaction_text(r)
        items.append({
            "incoming": incoming,
            "who": (customer_name or r.sender) if incoming else (authors.get(r.user_id) or r.sender),
            "heading": labels["from_customer"] if incoming else labels["from_us"],
            "channel": labels.get(r.channel_kind.value, r.channel_kind.value),
            "when": local_time(r.occurred_at, zone),
            "subject": r.subject if r.channel_kind is ChannelKind.EMAIL else "",
            "text": text or labels["no_text"],
            "files": files.get(r.id, []),
        })
    now = now or dt.datetime.now(dt.timezone.utc)
    values = {"number": ticket.number, "subject": ticket.subject, "now": local_time(now, zone)}
    data = {
        "title": labels["title"].format(**values), "intro": labels["intro"].format(**values),
        "attachments_label": labels["attachments"], "items": items,
        "omitted": labels["omitted"].format(count=omitted) if omitted else "",
        "campaign": campaign.name if campaign else "",
    }
    env = template_environment()
    return Rendered(subject=outgoing.email_subject(labels["subject"].format(**values), "", ticket.number),
                    text=env.get_template(TEMPLATE_TEXT).render(**data),
                    html=env.get_template(TEMPLATE_HTML).render(**data), count=len(kept) + omitted)


def preview(db: Database, actor: Actor, ticket_id: uuid.UUID) -> Rendered:
    with read_only(db) as session:
        return render(session, actor, visible_ticket(session, actor, ticket_id))


# ---------------------------------------------------------------- sending


def send_transcript(db: Database, blobs: BlobStore, actor: Actor, ticket_id: uuid.UUID, to_address: str) -> uuid.UUID:
    """Queue the transcript to one of the customer's (unblocked) e-mail addresses; returns the
    outgoing interaction's id. The outbox sends it."""
    with read_only(db) as session:
        ticket = writable_ticket(session, actor, ticket_id)
        wanted = (to_address or "").strip().lower()
        choice = next((a for a in _addresses(session, ticket.customer_id)
                       if wanted in (a.normalized_value, a.value.strip().lower())), None)
        if choice is None:
            raise ValidationError("transcript_not_customer_address", value=to_address)
        if choice.blocked:
            raise ValidationError("recipient_blocked", value=choice.normalized_value)
        channel = _email_channel(session, ticket.campaign_id)
        if channel is None:
            raise ValidationError("no_email_channel")
        rendered = render(session, actor, ticket)
        if rendered.count == 0:
            raise ValidationError("transcript_empty")
        channel_id, number = channel.id, ticket.number
    return outgoing.queue_message(db, blobs, actor, ticket_id, channel_id=channel_id, to=[choice.normalized_value],
                                  subject=rendered.subject, body_text=rendered.text, body_html=rendered.html,
                                  headers=[(MARK, str(number))])
