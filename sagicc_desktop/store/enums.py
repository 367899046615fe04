"""The closed vocabularies of the product, stored as their string (or rank) values.

Plain Python enums keep store/ and services/ free of Qt; the views translate the
labels (see views/labels.py).
"""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    ADMINISTRATOR = "administrator"
    SUPERVISOR = "supervisor"
    AGENT = "agent"
    VIEWER = "viewer"


class Presence(str, enum.Enum):
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"
    OFFLINE = "offline"


class TicketStatus(str, enum.Enum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @classmethod
    def open_statuses(cls) -> tuple["TicketStatus", ...]:
        return (cls.NEW, cls.IN_PROGRESS, cls.PENDING)


class TicketType(str, enum.Enum):
    QUESTION = "question"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    CLAIM = "claim"
    REQUEST = "request"


class Priority(enum.IntEnum):
    """Stored as a rank so that ordering by priority is ordering by the column."""

    CRITICAL = 1
    HIGH = 2
    MEDIUM = 3
    LOW = 4


class ChannelKind(str, enum.Enum):
    EMAIL = "email"
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    CHAT = "chat"


class ContactKind(str, enum.Enum):
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    ADDRESS = "address"
    SOCIAL = "social"


class Direction(str, enum.Enum):
    INCOMING = "in"
    OUTGOING = "out"


class InteractionStatus(str, enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    RECEIVED = "received"
    READ = "read"


class AttachmentSource(str, enum.Enum):
    CUSTOMER = "customer"
    USER = "user"
    MANUAL = "manual"


class OutboxState(str, enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class DraftKind(str, enum.Enum):
    COMPOSER = "composer"
    TASK = "task"


class ChangeAction(str, enum.Enum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    REASSIGN = "reassign"
    CLOSE = "close"
    RELATE = "relate"
    OPEN = "open"
    EXIT = "exit"


class DocumentType(str, enum.Enum):
    NATIONAL_ID = "cc"
    FOREIGN_ID = "ce"
    PASSPORT = "passport"
    TAX_ID = "nit"
    OTHER = "other"
