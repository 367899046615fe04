"""Task forms and records, the agenda, templates, surveys, drafts and notifications."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Replicated, str_enum
from ..enums import ChannelKind, DraftKind


class TaskFormDefinition(Replicated, Base):
    """A campaign's task form; a new revision is a new row so old records stay readable."""

    __tablename__ = "task_form_definitions"
    __table_args__ = (UniqueConstraint("campaign_id", "revision"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # [{"key", "label", "label_es", "type", "required", "choices": [...]}, ...]
    fields: Mapped[list] = mapped_column(default=list)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)


class TaskRecord(Replicated, Base):
    """A saved task (T9), shown in History (T10)."""

    __tablename__ = "task_records"
    __table_args__ = (Index(None, "ticket_id", "created_at"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    form_definition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task_form_definitions.id"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    values: Mapped[dict] = mapped_column(default=dict)
    observations: Mapped[str] = mapped_column(Text, default="")
    next_action_at: Mapped[dt.datetime | None] = mapped_column()


class AgendaEntry(Replicated, Base):
    """A scheduled next action of a user (T8), with its reminder state."""

    __tablename__ = "agenda_entries"
    __table_args__ = (Index(None, "user_id", "due_at"), Index(None, "ticket_id"))

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    task_record_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task_records.id"))
    due_at: Mapped[dt.datetime] = mapped_column()
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    title: Mapped[str] = mapped_column(String(300), default="")
    done_at: Mapped[dt.datetime | None] = mapped_column()
    reminded_at: Mapped[dt.datetime | None] = mapped_column()


class TemplateCategory(Replicated, Base):
    __tablename__ = "template_categories"

    name: Mapped[str] = mapped_column(String(160), unique=True)


class MessageTemplate(Replicated, Base):
    """A message template; placeholders are Jinja2 fields of customer, ticket and agent."""

    __tablename__ = "message_templates"

    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("template_categories.id"))
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaigns.id"))
    name: Mapped[str] = mapped_column(String(160))
    channel_kind: Mapped[ChannelKind | None] = mapped_column(str_enum(ChannelKind))
    language: Mapped[str] = mapped_column(String(10), default="en")
    subject: Mapped[str] = mapped_column(String(998), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class Survey(Replicated, Base):
    __tablename__ = "surveys"

    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaigns.id"))
    name: Mapped[str] = mapped_column(String(160))
    url_template: Mapped[str] = mapped_column(String(1000))


class SurveyRequest(Replicated, Base):
    """A survey sent for a ticket; pending until completed (shown in the external view)."""

    __tablename__ = "survey_requests"
    __table_args__ = (Index(None, "ticket_id"),)

    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("surveys.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column()


class Draft(Replicated, Base):
    """A composer or task-form draft, saved as the user types (decision 7)."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "ticket_id", "kind"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[DraftKind] = mapped_column(str_enum(DraftKind))
    payload: Mapped[dict] = mapped_column(default=dict)


class Notification(Replicated, Base):
    """In-app notifications (a new assignment, a reminder that came due)."""

    __tablename__ = "notifications"
    __table_args__ = (Index(None, "user_id", "read_at"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    payload: Mapped[dict] = mapped_column(default=dict)
    read_at: Mapped[dt.datetime | None] = mapped_column()
