"""Users, their presence, settings, campaigns and who belongs to which campaign."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Replicated, str_enum
from ..enums import ChannelKind, Presence, Priority, Role
from ..types import utcnow


class User(Replicated, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(160))
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[Role] = mapped_column(str_enum(Role), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    locale: Mapped[str] = mapped_column(String(10), default="en")
    signature_html: Mapped[str] = mapped_column(Text, default="")
    # Team mode: the server role this user signs in as (secret kept in the keychain).
    server_role: Mapped[str | None] = mapped_column(String(80))


class UserPresence(Base):
    """Current presence of a user; one row per user, updated in place."""

    __tablename__ = "user_presence"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    status: Mapped[Presence] = mapped_column(str_enum(Presence), default=Presence.OFFLINE)
    since: Mapped[dt.datetime] = mapped_column(default=utcnow)
    busy_ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Application-wide settings as JSON values (e.g. hide_other_campaigns)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Campaign(Replicated, Base):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(160), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_other_contact_data: Mapped[bool] = mapped_column(Boolean, default=False)
    external_view_sections: Mapped[dict] = mapped_column(default=dict)
    business_hours: Mapped[dict] = mapped_column(default=dict)
    holidays: Mapped[list] = mapped_column(default=list)


class CampaignMember(Replicated, Base):
    __tablename__ = "campaign_members"
    __table_args__ = (UniqueConstraint("campaign_id", "user_id"), Index(None, "user_id"))

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class Channel(Replicated, Base):
    """An outgoing/incoming channel; secrets live in the OS keychain, never here."""

    __tablename__ = "channels"

    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[ChannelKind] = mapped_column(str_enum(ChannelKind), index=True)
    config: Mapped[dict] = mapped_column(default=dict)
    max_attachment_bytes: Mapped[int] = mapped_column(Integer, default=10 * 1024 * 1024)
    allowed_types: Mapped[list] = mapped_column(default=list)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class CampaignChannel(Replicated, Base):
    """Which channels a campaign may send through (T6 shows only these)."""

    __tablename__ = "campaign_channels"
    __table_args__ = (UniqueConstraint("campaign_id", "channel_id"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channels.id"))
    is_inbound_default: Mapped[bool] = mapped_column(Boolean, default=False)


class CampaignScript(Replicated, Base):
    __tablename__ = "campaign_scripts"

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"), unique=True)
    html: Mapped[str] = mapped_column(Text, default="")


class SlaRule(Replicated, Base):
    """Expected solution time for a campaign by priority (and optionally category)."""

    __tablename__ = "sla_rules"
    __table_args__ = (Index(None, "campaign_id", "priority"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    priority: Mapped[Priority] = mapped_column(Integer)
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket_categories.id"))
    resolution_hours: Mapped[int] = mapped_column(Integer)


class Layout(Replicated, Base):
    """A dock layout (decision 9): per role (user_id empty) or a user's own copy."""

    __tablename__ = "layouts"
    __table_args__ = (UniqueConstraint("role", "user_id"),)

    role: Mapped[Role | None] = mapped_column(str_enum(Role))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    columns: Mapped[int] = mapped_column(Integer, default=2)
    tabs: Mapped[list] = mapped_column(default=list)
    state: Mapped[bytes | None] = mapped_column(LargeBinary)
    state_version: Mapped[int] = mapped_column(Integer, default=1)
