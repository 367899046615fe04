"""Tickets, their lookups (services, categories, tags), relations and the number counter."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Replicated, str_enum
from ..enums import ChannelKind, Priority, TicketStatus, TicketType


class TicketService(Replicated, Base):
    """A service the company offers; tickets are classified by it (T4)."""

    __tablename__ = "ticket_services"

    name: Mapped[str] = mapped_column(String(160), unique=True)


class TicketCategory(Replicated, Base):
    __tablename__ = "ticket_categories"

    name: Mapped[str] = mapped_column(String(160), unique=True)


class Tag(Replicated, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(80), unique=True)


OPEN_TICKETS_SQL = "deleted_at IS NULL AND status IN ('new', 'in_progress', 'pending')"


class Ticket(Replicated, Base):
    __tablename__ = "tickets"
    __table_args__ = tuple(
        # One index per list order and filter of L1 and L2; `number` breaks ties for keyset
        # paging. Partial (live tickets only) so counts and pages never touch the table rows.
        Index(
            f"ix_tickets_live_{'_'.join(cols)}", *cols,
            sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL"),
        )
        for cols in (
            # The customer too: a free-text search walks this order checking each ticket's
            # customer, from the index alone (migration 0006).
            ("created_at", "number", "customer_id"),
            ("updated_at", "number"),
            ("priority", "number"),
            ("status", "number"),
            ("status", "created_at", "number"),
            ("status", "priority", "number"),
            ("campaign_id", "created_at", "number"),
            ("campaign_id", "status", "priority", "number"),
            ("campaign_id", "status", "created_at", "number"),
            ("assignee_id", "created_at", "number"),
            ("assignee_id", "status", "next_action_at"),
            ("customer_id", "created_at", "number"),
            ("priority", "created_at", "number"),
        )
    ) + (
        # L2, the pending tickets: a user's open tickets by next action, priority and age.
        Index(
            "ix_tickets_open_assignee_next_action", "assignee_id", "next_action_at", "priority",
            "created_at", "number",
            sqlite_where=text(OPEN_TICKETS_SQL), postgresql_where=text(OPEN_TICKETS_SQL),
        ),
        # The customer dashboard's counts from the index alone, and the customer's pages (migration 0005).
        Index("ix_tickets_customer_counts", "customer_id", "created_at", "number", "status", "campaign_id",
              "deleted_at"),
    )

    # Ticket number handed out by the authority; negative while provisional (created offline).
    number: Mapped[int] = mapped_column(Integer, unique=True)
    number_is_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[TicketStatus] = mapped_column(str_enum(TicketStatus), default=TicketStatus.NEW)
    ticket_type: Mapped[TicketType] = mapped_column(str_enum(TicketType), default=TicketType.QUESTION)
    subject: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[Priority] = mapped_column(Integer, default=Priority.MEDIUM)
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket_services.id"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket_categories.id"))
    origin_channel: Mapped[ChannelKind | None] = mapped_column(str_enum(ChannelKind))
    cc: Mapped[str] = mapped_column(Text, default="")
    expected_solution_at: Mapped[dt.datetime | None] = mapped_column()
    next_action_at: Mapped[dt.datetime | None] = mapped_column()
    last_interaction_at: Mapped[dt.datetime | None] = mapped_column()
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # Token for the public external view (O5).
    external_token: Mapped[str | None] = mapped_column(String(64), unique=True)


class TicketTag(Base):
    __tablename__ = "ticket_tags"
    __table_args__ = (Index(None, "tag_id", "ticket_id"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"), primary_key=True)


class TicketRelation(Replicated, Base):
    __tablename__ = "ticket_relations"
    __table_args__ = (
        UniqueConstraint("ticket_id", "related_ticket_id"),
        Index(None, "related_ticket_id"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    related_ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Counter(Base):
    """Monotonic counters owned by the authority (e.g. the next ticket number)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
