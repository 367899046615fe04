"""Translated labels for the product's closed vocabularies (enums stay Qt-free in store/)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..store.enums import ChannelKind, DocumentType, Presence, Priority, Role, TicketStatus, TicketType

_C = "Labels"

_TEXT = {
    TicketStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    TicketStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Pending"),
    TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Priority.CRITICAL: QT_TRANSLATE_NOOP("Labels", "Critical"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    TicketType.QUESTION: QT_TRANSLATE_NOOP("Labels", "Question"),
    TicketType.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
    TicketType.SUGGESTION: QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    TicketType.CLAIM: QT_TRANSLATE_NOOP("Labels", "Claim"),
    TicketType.REQUEST: QT_TRANSLATE_NOOP("Labels", "Request"),
    Presence.AVAILABLE: QT_TRANSLATE_NOOP("Labels", "Available"),
    Presence.BUSY: QT_TRANSLATE_NOOP("Labels", "Busy"),
    Presence.AWAY: QT_TRANSLATE_NOOP("Labels", "Away"),
    Presence.OFFLINE: QT_TRANSLATE_NOOP("Labels", "Offline"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    Role.AGENT: QT_TRANSLATE_NOOP("Labels", "Agent"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Labels", "Viewer"),
    ChannelKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ChannelKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    ChannelKind.WHATSAPP: QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    ChannelKind.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    ChannelKind.CHAT: QT_TRANSLATE_NOOP("Labels", "Chat"),
    DocumentType.NATIONAL_ID: QT_TRANSLATE_NOOP("Labels", "CC"),
    DocumentType.FOREIGN_ID: QT_TRANSLATE_NOOP("Labels", "CE"),
    DocumentType.PASSPORT: QT_TRANSLATE_NOOP("Labels", "Passport"),
    DocumentType.TAX_ID: QT_TRANSLATE_NOOP("Labels", "NIT"),
    DocumentType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other ID"),
}


def document_label(code: str | None) -> str:
    """A customer's document type, as stored (e.g. 'cc', 'passport'), in the user's language."""
    if not code:
        return ""
    try:
        return label(DocumentType(code))
    except ValueError:
        return code.upper()


def label(value) -> str:
    """The user's-language label of an enum member (status, priority, role ...)."""
    if isinstance(value, int) and not isinstance(value, Priority):
        value = Priority(value)
    text = _TEXT.get(value)
    if text is None:
        return str(getattr(value, "value", value))
    return QCoreApplication.translate(_C, text)


PRIORITY_COLOURS = {
    Priority.CRITICAL: "#c62828",
    Priority.HIGH: "#ef6c00",
    Priority.MEDIUM: "#1565c0",
    Priority.LOW: "#607d8b",
}

STATUS_COLOURS = {
    TicketStatus.NEW: "#1e88e5",
    TicketStatus.IN_PROGRESS: "#8e24aa",
    TicketStatus.PENDING: "#f9a825",
    TicketStatus.RESOLVED: "#43a047",
    TicketStatus.CLOSED: "#757575",
}
