"""The configuration every demo database starts from: users, campaigns, channels, lookups.

Shared by the full demo seed and the scale generator, so a benchmark database can be signed
into with the same demo accounts and shows the same campaigns.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Protocol, Sequence

from sqlalchemy.orm import Session

from ..services.passwords import hash_password
from ..store.entities import (
    Campaign, CampaignChannel, CampaignMember, CampaignScript, Channel, MessageTemplate, Setting,
    SlaRule, Survey, Tag, TaskFormDefinition, TemplateCategory, TicketCategory, TicketService,
    User, UserPresence,
)
from ..store.enums import ChannelKind, Presence, Priority, Role
from .campaigns import CAMPAIGNS, CATEGORIES, SERVICES, TAGS, TEMPLATE_CATEGORIES, TEMPLATES, CampaignSpec
from .values import uuid7_at


class UserLike(Protocol):
    username: str
    password: str
    role: Role
    display_name: str
    locale: str


@dataclass
class CampaignRef:
    spec: CampaignSpec
    campaign: Campaign
    form: TaskFormDefinition
    survey: Survey
    channels: dict[ChannelKind, Channel]
    assignable: list[User]  # agents and supervisors who work the campaign
    services: list[TicketService]
    category: TicketCategory


@dataclass
class Reference:
    users: dict[str, User]
    campaigns: list[CampaignRef]
    tags: list[Tag]
    channels: list[Channel] = field(default_factory=list)

    @property
    def agents(self) -> list[User]:
        return [u for u in self.users.values() if u.role is Role.AGENT]


@lru_cache(maxsize=None)
def demo_hash(password: str) -> str:
    """Argon2 is slow on purpose; one hash per demo password per process is enough."""
    return hash_password(password)


def stamped(rng: random.Random, when: dt.datetime) -> dict:
    """id, created_at and updated_at for a row created at `when`."""
    return {"id": uuid7_at(rng, when), "created_at": when, "updated_at": when}


def signature_html(user: UserLike) -> str:
    if user.locale == "es":
        role = {Role.AGENT: "Asesor(a) de servicio", Role.SUPERVISOR: "Supervisora"}.get(
            user.role, "Equipo de servicio")
        return (f"<p>Cordialmente,<br/><b>{user.display_name}</b><br/>{role}<br/>"
                "Sagicc Demo · Línea 601 555 0100</p>")
    role = {Role.AGENT: "Customer Service Agent", Role.SUPERVISOR: "Team Supervisor"}.get(
        user.role, "Customer Service")
    return (f"<p>Best regards,<br/><b>{user.display_name}</b><br/>{role}<br/>"
            "Sagicc Demo · +1 512 555 0100</p>")


def _holidays(language: str, year: int) -> list[str]:
    days = ("01-01", "05-01", "07-20", "08-07", "12-08", "12-25") if language == "es" else (
        "01-01", "07-04", "11-11", "12-25")
    return [f"{y}-{d}" for y in (year, year + 1) for d in days]


def _business_hours(language: str) -> dict:
    tz = "America/Bogota" if language == "es" else "America/Chicago"
    week = {d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
    return {"timezone": tz, "days": week | {"sat": ["09:00", "13:00"]}}


def _channels(rng: random.Random, when: dt.datetime) -> dict[str, Channel]:
    """Shared channels by key; campaign mailboxes are added per campaign."""
    media = ["image/png", "image/jpeg", "application/pdf", "audio/ogg", "audio/mpeg", "audio/wav"]
    return {
        "phone": Channel(**stamped(rng, when), name="Telefonía · Softphone", kind=ChannelKind.PHONE,
                         config={"dial_scheme": "tel"}, max_attachment_bytes=0),
        "whatsapp-es": Channel(**stamped(rng, when), name="WhatsApp Business Colombia",
                               kind=ChannelKind.WHATSAPP, allowed_types=media,
                               max_attachment_bytes=16 * 1024 * 1024,
                               config={"provider": "demo", "sender": "+576015550100",
                                       "base_url": "https://whatsapp.provider.example/v1"}),
        "whatsapp-en": Channel(**stamped(rng, when), name="WhatsApp Business US",
                               kind=ChannelKind.WHATSAPP, allowed_types=media,
                               max_attachment_bytes=16 * 1024 * 1024,
                               config={"provider": "demo", "sender": "+15125550100",
                                       "base_url": "https://whatsapp.provider.example/v1"}),
        "sms": Channel(**stamped(rng, when), name="SMS Gateway", kind=ChannelKind.SMS,
                       max_attachment_bytes=0,
                       config={"provider": "demo", "sender": "55100",
                               "base_url": "https://sms.provider.example/api"}),
        "chat": Channel(**stamped(rng, when), name="Chat web", kind=ChannelKind.CHAT,
                        allowed_types=["image/png", "image/jpeg", "application/pdf"],
                        max_attachment_bytes=5 * 1024 * 1024,
                        config={"provider": "demo", "widget": "https://chat.provider.example"}),
    }


def _mailbox(rng: random.Random, when: dt.datetime, spec: CampaignSpec) -> Channel:
    name = f"Correo {spec.name}" if spec.language == "es" else f"{spec.name} mailbox"
    return Channel(**stamped(rng, when), name=name, kind=ChannelKind.EMAIL,
                   max_attachment_bytes=25 * 1024 * 1024,
                   config={"address": spec.mailbox, "display_name": spec.name,
                           "smtp_host": "smtp.sagicc-demo.example", "smtp_port": 587,
                           "smtp_security": "starttls", "imap_host": "imap.sagicc-demo.example",
                           "imap_port": 993, "imap_folder": "INBOX"})


def build_reference(session: Session, rng: random.Random, now: dt.datetime,
                    users: Sequence[UserLike]) -> Reference:
    """Add users, settings, campaigns and their configuration; flushes, does not commit."""
    t0 = now - dt.timedelta(days=200)
    accounts: dict[str, User] = {}
    for i, u in enumerate(users):
        accounts[u.username] = User(
            **stamped(rng, t0 + dt.timedelta(minutes=i)), username=u.username,
            display_name=u.display_name, email=f"{u.username}@sagicc-demo.example", role=u.role,
            password_hash=demo_hash(u.password), locale=u.locale,
            signature_html=signature_html(u))
    session.add_all(accounts.values())
    session.add(Setting(key="hide_other_campaigns", value=False, updated_at=t0))
    shared = _channels(rng, t0)
    services = {n: TicketService(**stamped(rng, t0), name=n) for n in SERVICES}
    categories = {n: TicketCategory(**stamped(rng, t0), name=n) for n in CATEGORIES}
    tags = [Tag(**stamped(rng, t0), name=n) for n in TAGS]
    template_categories = [TemplateCategory(**stamped(rng, t0), name=n) for n in TEMPLATE_CATEGORIES]
    session.add_all([*shared.values(), *services.values(), *categories.values(), *tags,
                     *template_categories])
    campaigns = [Campaign(**stamped(rng, t0), name=s.name, description=s.description,
                          allow_other_contact_data=s.allow_other_contact_data,
                          external_view_sections=dict(s.sections),
                          business_hours=_business_hours(s.language),
                          holidays=_holidays(s.language, now.year)) for s in CAMPAIGNS]
    mailboxes = [_mailbox(rng, t0, s) for s in CAMPAIGNS]
    session.add_all([*campaigns, *mailboxes])
    session.flush()

    refs: list[CampaignRef] = []
    rows: list = [UserPresence(user_id=u.id, status=Presence.OFFLINE, since=now, updated_at=now)
                  for u in accounts.values()]
    for spec, campaign, mailbox in zip(CAMPAIGNS, campaigns, mailboxes):
        members = [accounts[n] for n in spec.members if n in accounts]
        everyone = members + [u for u in accounts.values()
                              if u.role in (Role.ADMINISTRATOR, Role.VIEWER)]
        rows += [CampaignMember(**stamped(rng, t0), campaign_id=campaign.id, user_id=u.id)
                 for u in everyone]
        kinds = {ChannelKind.EMAIL: mailbox, ChannelKind.PHONE: shared["phone"],
                 ChannelKind.WHATSAPP: shared[f"whatsapp-{spec.language}"],
                 ChannelKind.SMS: shared["sms"], ChannelKind.CHAT: shared["chat"]}
        channels = {k: kinds[k] for k in spec.channels}
        rows += [CampaignChannel(**stamped(rng, t0), campaign_id=campaign.id, channel_id=c.id,
                                 is_inbound_default=k is ChannelKind.EMAIL)
                 for k, c in channels.items()]
        rows.append(CampaignScript(**stamped(rng, t0), campaign_id=campaign.id,
                                   html=spec.script_html.strip()))
        form = TaskFormDefinition(**stamped(rng, t0), campaign_id=campaign.id, revision=1,
                                  fields=[dict(f) for f in spec.fields], is_current=True)
        rows += [SlaRule(**stamped(rng, t0), campaign_id=campaign.id, priority=p,
                         resolution_hours=h) for p, h in spec.sla_hours.items()]
        survey_name = (f"Encuesta de satisfacción · {spec.name}" if spec.language == "es"
                       else f"Satisfaction survey · {spec.name}")
        survey = Survey(**stamped(rng, t0), campaign_id=campaign.id, name=survey_name,
                        url_template="https://surveys.sagicc-demo.example/s/{{ token }}"
                                     "?ticket={{ ticket.number }}&lang=" + spec.language)
        rows += [form, survey]
        refs.append(CampaignRef(spec, campaign, form, survey, channels,
                                [u for u in members if u.role in (Role.AGENT, Role.SUPERVISOR)],
                                [services[n] for n in spec.services], categories[spec.category]))
    by_area = {r.spec.area: r.campaign for r in refs}
    for cat, language, kind, name, subject, body in TEMPLATES:
        area = "billing" if cat == 3 and kind is ChannelKind.EMAIL else None
        rows.append(MessageTemplate(**stamped(rng, t0), category_id=template_categories[cat].id,
                                    campaign_id=by_area.get(area) and by_area[area].id,
                                    name=name, channel_kind=kind, language=language,
                                    subject=subject, body=body))
    session.add_all(rows)
    session.flush()
    return Reference(accounts, refs, tags, [*shared.values(), *mailboxes])


def priority_weights() -> dict[Priority, int]:
    """How often each priority occurs: medium most, critical rarely."""
    return {Priority.CRITICAL: 8, Priority.HIGH: 22, Priority.MEDIUM: 45, Priority.LOW: 25}
