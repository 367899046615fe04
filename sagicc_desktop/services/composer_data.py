"""What the composer (T6) offers for a ticket: contact data that fits each channel, the
agent's signature, the campaign's message templates filled in, and a survey link.

Sending itself belongs to services/outgoing.py; this module only prepares what the agent
chooses from, so the composer never reads the database on its own.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import (
    Campaign, ContactPoint, Customer, Interaction, MessageTemplate, Survey, SurveyRequest, TemplateCategory, Ticket, User,
)
from ..store.enums import ChannelKind, ContactKind, Direction
from . import block_list
from .actor import Actor
from .contact_data import normalise_text
from .errors import PermissionDenied, ValidationError
from .permissions import visible_ticket, writable_ticket
from .unit_of_work import read_only, unit_of_work

# Which kinds of contact data each outgoing channel can reach (e-mail for e-mail, phone and
# mobile for telephony and messaging); chat answers in its own session and needs none.
COMPATIBLE: dict[ChannelKind, tuple[ContactKind, ...]] = {
    ChannelKind.EMAIL: (ContactKind.EMAIL,),
    ChannelKind.PHONE: (ContactKind.PHONE, ContactKind.MOBILE),
    ChannelKind.WHATSAPP: (ContactKind.MOBILE, ContactKind.PHONE),
    ChannelKind.SMS: (ContactKind.MOBILE, ContactKind.PHONE),
    ChannelKind.CHAT: (),
}


@dataclass(frozen=True)
class Recipient:
    value: str
    normalized_value: str
    kind: ContactKind
    label: str
    owner: str  # the other customer's name when the value is not the ticket customer's own
    is_own: bool
    is_primary: bool
    blocked: bool
    block_reason: str


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    category: str
    name: str
    language: str
    channel_kind: ChannelKind | None
    subject: str
    body: str


def _recipients(session: Session, points: list[tuple[ContactPoint, Customer]], own: uuid.UUID | None) -> list[Recipient]:
    blocked = block_list.blocked_values(session, [(p.kind, p.normalized_value) for p, _c in points])
    out = []
    for p, c in points:
        reason = blocked.get((p.kind, p.normalized_value))
        out.append(Recipient(p.value, p.normalized_value, p.kind, p.label or "",
                             "" if c.id == own else c.full_name, c.id == own, p.is_primary,
                             reason is not None, reason or ""))
    return out


def recipients(db: Database, actor: Actor, ticket_id: uuid.UUID, channel_kind: ChannelKind) -> list[Recipient]:
    """The ticket customer's contact data that `channel_kind` can reach: primary first, blocked flagged."""
    kinds = COMPATIBLE[ChannelKind(channel_kind)]
    with read_only(db) as s:
        t = visible_ticket(s, actor, ticket_id)
        if t.customer_id is None or not kinds:
            return []
        rows = s.execute(
            select(ContactPoint, Customer).join(Customer, Customer.id == ContactPoint.customer_id)
            .where(ContactPoint.customer_id == t.customer_id, ContactPoint.kind.in_(kinds),
                   ContactPoint.deleted_at.is_(None))
            .order_by(ContactPoint.is_primary.desc(), ContactPoint.kind, ContactPoint.created_at)
        ).all()
        return _recipients(s, [(p, c) for p, c in rows], t.customer_id)


def reply_channel_id(db: Database, actor: Actor, ticket_id: uuid.UUID) -> uuid.UUID | None:
    """The channel the customer last wrote on: the composer answers there by default."""
    with read_only(db) as s:
        visible_ticket(s, actor, ticket_id)
        return s.scalar(select(Interaction.channel_id).where(
            Interaction.ticket_id == ticket_id, Interaction.deleted_at.is_(None),
            Interaction.channel_id.is_not(None), Interaction.direction == Direction.INCOMING)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(1))


def may_use_other_contact_data(db: Database, actor: Actor, ticket_id: uuid.UUID) -> bool:
    """Whether the campaign lets agents write to other customers' or third parties' data."""
    with read_only(db) as s:
        t = visible_ticket(s, actor, ticket_id)
        return bool(s.scalar(select(Campaign.allow_other_contact_data).where(Campaign.id == t.campaign_id)))


def search_other_contacts(db: Database, actor: Actor, ticket_id: uuid.UUID, channel_kind: ChannelKind,
                          text: str, limit: int = 20) -> list[Recipient]:
    """Other customers' contact data matching `text` (value or name), where the campaign allows it."""
    kinds = COMPATIBLE[ChannelKind(channel_kind)]
    needle = normalise_text(text)
    with read_only(db) as s:
        t = visible_ticket(s, actor, ticket_id)
        if not s.scalar(select(Campaign.allow_other_contact_data).where(Campaign.id == t.campaign_id)):
            raise PermissionDenied("other_contact_data")
        if len(needle) < 3 or not kinds:
            return []
        digits = "".join(ch for ch in needle if ch.isdigit())
        match = [ContactPoint.normalized_value.contains(needle, autoescape=True),
                 Customer.search_name.contains(needle, autoescape=True)]
        if len(digits) >= 4:
            match.append(ContactPoint.normalized_value.contains(digits, autoescape=True))
        rows = s.execute(
            select(ContactPoint, Customer).join(Customer, Customer.id == ContactPoint.customer_id)
            .where(ContactPoint.kind.in_(kinds), ContactPoint.deleted_at.is_(None),
                   Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None), or_(*match))
            .order_by(Customer.search_name, ContactPoint.value).limit(limit)
        ).all()
        return _recipients(s, [(p, c) for p, c in rows], t.customer_id)


def signature_html(db: Database, actor: Actor) -> str:
    """The agent's e-mail signature (A3), as stored."""
    with read_only(db) as s:
        return s.scalar(select(User.signature_html).where(User.id == actor.user_id)) or ""


def templates(db: Database, actor: Actor, ticket_id: uuid.UUID, channel_kind: ChannelKind | None) -> list[TemplateRow]:
    """Templates for the ticket's campaign (or for every campaign), for this channel or any, by category."""
    with read_only(db) as s:
        t = visible_ticket(s, actor, ticket_id)
        query = (
            select(MessageTemplate, TemplateCategory.name)
            .outerjoin(TemplateCategory, TemplateCategory.id == MessageTemplate.category_id)
            .where(MessageTemplate.deleted_at.is_(None),
                   or_(MessageTemplate.campaign_id.is_(None), MessageTemplate.campaign_id == t.campaign_id))
            .order_by(func.coalesce(TemplateCategory.name, ""), MessageTemplate.name)
        )
        if channel_kind is not None:
            query = query.where(or_(MessageTemplate.channel_kind.is_(None),
                                    MessageTemplate.channel_kind == ChannelKind(channel_kind)))
        return [TemplateRow(m.id, cat or "", m.name, m.language, m.channel_kind, m.subject, m.body)
                for m, cat in s.execute(query).all()]


def _environment():
    from jinja2 import ChainableUndefined
    from jinja2.sandbox import SandboxedEnvironment

    # Sandboxed: templates are written by administrators, but still never reach Python internals.
    # A field the ticket lacks renders empty rather than failing the agent's reply.
    return SandboxedEnvironment(undefined=ChainableUndefined, autoescape=False, keep_trailing_newline=True)


def _template_data(session: Session, actor: Actor, t: Ticket, survey_link: str) -> dict:
    customer = session.get(Customer, t.customer_id) if t.customer_id else None
    campaign = session.get(Campaign, t.campaign_id)
    agent = session.get(User, actor.user_id)
    return {
        "customer": {"first_name": customer.first_name if customer else "",
                     "middle_name": customer.middle_name if customer else "",
                     "last_name": customer.last_name if customer else "",
                     "second_last_name": customer.second_last_name if customer else "",
                     "full_name": customer.full_name if customer else "",
                     "document_number": (customer.document_number or "") if customer else ""},
        "ticket": {"number": t.number, "subject": t.subject, "status": t.status.value,
                   "description": t.description},
        "agent": {"display_name": agent.display_name if agent else actor.display_name,
                  "email": (agent.email or "") if agent else ""},
        "campaign": {"name": campaign.name if campaign else ""},
        "survey_link": survey_link,
    }


def render(text: str, data: dict) -> str:
    from jinja2 import TemplateError

    try:
        return _environment().from_string(text).render(**data)
    except TemplateError as exc:
        raise ValidationError("template_error", value=str(exc)) from exc


def fill_template(db: Database, actor: Actor, ticket_id: uuid.UUID, template_id: uuid.UUID) -> tuple[str, str]:
    """(subject, body) of a template filled with the ticket's, customer's and agent's data.

    A template that mentions the survey link gets a real one (a pending survey request).
    """
    with read_only(db) as s:
        visible_ticket(s, actor, ticket_id)
        m = s.get(MessageTemplate, template_id)
        if m is None or m.deleted_at is not None:
            raise ValidationError("template_missing")
        subject, body = m.subject, m.body
    link = survey_link(db, actor, ticket_id) if "survey_link" in subject + body else ""
    with read_only(db) as s:
        data = _template_data(s, actor, visible_ticket(s, actor, ticket_id), link)
    return render(subject, data), render(body, data)


def survey_link(db: Database, actor: Actor, ticket_id: uuid.UUID) -> str:
    """The campaign survey's link for this ticket (else the survey for every campaign); one
    pending request per ticket is reused."""
    with unit_of_work(db) as s:
        t = writable_ticket(s, actor, ticket_id)
        survey = s.scalar(select(Survey).where(
            or_(Survey.campaign_id == t.campaign_id, Survey.campaign_id.is_(None)), Survey.deleted_at.is_(None))
            .order_by(Survey.campaign_id.is_(None), Survey.created_at).limit(1))
        if survey is None:
            raise ValidationError("no_survey")
        request = s.scalar(select(SurveyRequest).where(
            SurveyRequest.ticket_id == t.id, SurveyRequest.survey_id == survey.id,
            SurveyRequest.completed_at.is_(None), SurveyRequest.deleted_at.is_(None)).limit(1))
        if request is None:
            request = SurveyRequest(survey_id=survey.id, ticket_id=t.id, token=secrets.token_urlsafe(24))
            s.add(request)
            s.flush()
        return render(survey.url_template, {"token": request.token, "ticket": {"number": t.number}})
