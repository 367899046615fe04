"""Customers, their contact points, accounts, relations and assigned users; the block list."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Replicated, str_enum
from ..enums import ContactKind


class Customer(Replicated, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index(None, "document_number"),
        Index(None, "search_name"),
        Index(None, "last_name", "first_name"),
    )

    document_type: Mapped[str | None] = mapped_column(String(24))
    document_number: Mapped[str | None] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    middle_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    second_last_name: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # Lower-case, accent-free, space-joined names: the key for search and similarity.
    search_name: Mapped[str] = mapped_column(String(500), default="")
    last_interaction_at: Mapped[dt.datetime | None] = mapped_column()
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))

    @property
    def full_name(self) -> str:
        parts = (self.first_name, self.middle_name, self.last_name, self.second_last_name)
        return " ".join(p for p in parts if p)


class ContactPoint(Replicated, Base):
    __tablename__ = "contact_points"
    __table_args__ = (Index(None, "customer_id"), Index(None, "kind", "normalized_value"))

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind))
    value: Mapped[str] = mapped_column(String(500))
    normalized_value: Mapped[str] = mapped_column(String(500))
    label: Mapped[str] = mapped_column(String(80), default="")
    is_primary: Mapped[bool] = mapped_column(default=False)


class BlockedContact(Replicated, Base):
    """Contact values that receive nothing and are flagged wherever they appear (T2)."""

    __tablename__ = "block_list"
    __table_args__ = (UniqueConstraint("kind", "normalized_value"),)

    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind))
    normalized_value: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class Account(Replicated, Base):
    """A product or service the customer holds (T3)."""

    __tablename__ = "accounts"
    __table_args__ = (Index(None, "customer_id"), Index(None, "number"))

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    number: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(160), default="")
    status: Mapped[str] = mapped_column(String(40), default="active")


class AccountData(Replicated, Base):
    """Additional key/value data of an account."""

    __tablename__ = "account_data"
    __table_args__ = (UniqueConstraint("account_id", "key"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    key: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(Text, default="")


class CustomerRelation(Replicated, Base):
    __tablename__ = "customer_relations"
    __table_args__ = (
        UniqueConstraint("customer_id", "related_customer_id"),
        Index(None, "related_customer_id"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    related_customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    tags: Mapped[list] = mapped_column(default=list)


class CustomerAssignment(Replicated, Base):
    """The user assigned to a customer, per campaign or (campaign empty) for all."""

    __tablename__ = "customer_assignments"
    __table_args__ = (UniqueConstraint("customer_id", "campaign_id"), Index(None, "user_id"))

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("campaigns.id"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
