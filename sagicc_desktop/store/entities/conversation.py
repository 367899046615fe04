"""Interactions on every channel, attachments over the blob store, notes, and the outbox."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Replicated, str_enum
from ..enums import AttachmentSource, ChannelKind, Direction, InteractionStatus, OutboxState
from ..types import utcnow


class Interaction(Replicated, Base):
    __tablename__ = "interactions"
    __table_args__ = (
        Index(None, "ticket_id", "occurred_at", "id"),
        Index(None, "customer_id", "occurred_at"),
        Index(None, "message_id"),
        Index(None, "channel_kind", "occurred_at"),
        # The customer dashboard's counts, from the index alone (migration 0005).
        Index("ix_interactions_customer_counts", "customer_id", "ticket_id", "channel_kind", "direction", "status",
              "occurred_at", "deleted_at"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))
    channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channels.id"))
    channel_kind: Mapped[ChannelKind] = mapped_column(str_enum(ChannelKind))
    direction: Mapped[Direction] = mapped_column(str_enum(Direction))
    status: Mapped[InteractionStatus] = mapped_column(str_enum(InteractionStatus))
    is_read: Mapped[bool] = mapped_column(Boolean, default=False)
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    sender: Mapped[str] = mapped_column(String(500), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    cc: Mapped[str] = mapped_column(Text, default="")
    bcc: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    preview: Mapped[str] = mapped_column(String(300), default="")
    # E-mail threading headers (H1) and all raw headers as a list of [name, value].
    message_id: Mapped[str | None] = mapped_column(String(998))
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    headers: Mapped[list] = mapped_column(default=list)
    call_duration_s: Mapped[int | None] = mapped_column(Integer)
    call_outcome: Mapped[str | None] = mapped_column(String(80))
    is_voice_note: Mapped[bool] = mapped_column(Boolean, default=False)
    # A message written by a machine, not a person (H1): "bounce" or "auto_reply"; else None.
    automated: Mapped[str | None] = mapped_column(String(24))


class Blob(Base):
    """Bytes stored once by SHA-256 in the blob store beside the database (decision 6)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Attachment(Replicated, Base):
    __tablename__ = "attachments"
    __table_args__ = (Index(None, "ticket_id", "created_at"), Index(None, "interaction_id"))

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    interaction_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("interactions.id"))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[AttachmentSource] = mapped_column(str_enum(AttachmentSource))
    uploaded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class Note(Replicated, Base):
    """Private notes (T12): never in dashboards, reports, transcripts or the external view."""

    __tablename__ = "notes"
    __table_args__ = (Index(None, "ticket_id", "created_at"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(9), default="#fff59d")


class OutboxItem(Replicated, Base):
    """What waits to be sent (H4); the Message-ID or key makes sending idempotent."""

    __tablename__ = "outbox"
    __table_args__ = (Index(None, "state", "next_attempt_at"),)

    interaction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interactions.id"), unique=True)
    idempotency_key: Mapped[str] = mapped_column(String(998), unique=True)
    state: Mapped[OutboxState] = mapped_column(str_enum(OutboxState), default=OutboxState.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column()


class HeldMessage(Replicated, Base):
    """An incoming e-mail kept aside instead of reaching a ticket (H1), e.g. a blocked sender.

    The raw message is in the blob store, so a supervisor can release it later: it is then
    stored as if it had just arrived, and the row remembers where it went.
    """

    __tablename__ = "held_messages"
    __table_args__ = (UniqueConstraint("channel_id", "message_id"), Index(None, "released_at", "created_at"))

    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channels.id"))
    message_id: Mapped[str] = mapped_column(String(998))
    sender: Mapped[str] = mapped_column(String(500), default="")
    sender_address: Mapped[str] = mapped_column(String(500), default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(40))
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    size: Mapped[int] = mapped_column(BigInteger)
    released_at: Mapped[dt.datetime | None] = mapped_column()
    released_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    released_ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
