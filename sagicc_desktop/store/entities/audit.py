"""The change log (O7) and the outgoing change records that team-mode sync pushes."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, str_enum
from ..enums import ChangeAction
from ..types import new_id, utcnow


class ChangeLogEntry(Base):
    """Append-only: who changed what, when, from which value to which (decision 3)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index(None, "ticket_id", "at"),
        Index(None, "entity_type", "entity_id", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    action: Mapped[ChangeAction] = mapped_column(str_enum(ChangeAction))
    field: Mapped[str | None] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class SyncChange(Base):
    """A row changed locally, waiting to be pushed to the server in team mode."""

    __tablename__ = "sync_changes"
    __table_args__ = (Index(None, "pushed_at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(10))
    row_version: Mapped[int | None] = mapped_column()
    pushed_at: Mapped[dt.datetime | None] = mapped_column()
