"""The held e-mail list: one row per message kept aside, newest first, released ones greyed.

A plain list model: the service returns at most a few hundred rows (services.inbound_held.list_held
caps them), so the rows are held in memory and the cells formatted when asked.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QColor

from ..services.attachments import human_size
from ..services.inbound_preview import HeldEntry
from .formatting import date_time
from .roles import TicketIdRole, TicketNumberRole

_C = "HeldMailModel"

HeldIdRole = Qt.ItemDataRole.UserRole + 40
ReleasedRole = Qt.ItemDataRole.UserRole + 41  # bool: released (no longer held)

COLUMNS = (
    ("received", QT_TRANSLATE_NOOP("HeldMailModel", "Received")),
    ("sender", QT_TRANSLATE_NOOP("HeldMailModel", "From")),
    ("subject", QT_TRANSLATE_NOOP("HeldMailModel", "Subject")),
    ("size", QT_TRANSLATE_NOOP("HeldMailModel", "Size")),
    ("reason", QT_TRANSLATE_NOOP("HeldMailModel", "Reason")),
    ("released_at", QT_TRANSLATE_NOOP("HeldMailModel", "Released")),
    ("released_by", QT_TRANSLATE_NOOP("HeldMailModel", "Released by")),
    ("ticket", QT_TRANSLATE_NOOP("HeldMailModel", "Ticket")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
RELEASE_COLUMNS = tuple(COLUMN[k] for k in ("released_at", "released_by", "ticket"))

# services.inbound reasons (HeldMessage.reason) in words.
REASONS = {
    "blocked_sender": QT_TRANSLATE_NOOP("HeldMailModel", "Blocked sender"),
}

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_RELEASED_COLOUR = QColor("#64748b")


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _plain_tip(text: str) -> str:
    """A tooltip that shows the message's words as they are: Qt would read "<b>" in a subject as
    markup, so the text is escaped inside a rich-text span."""
    return "<span>" + html.escape(text).replace("\n", "<br>") + "</span>"


def reason_label(reason: str) -> str:
    """A held message's reason code in the user's language (an unknown code as it is)."""
    return tr(REASONS[reason]) if reason in REASONS else reason


class HeldMailModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[HeldEntry] = []

    # -- contents ----------------------------------------------------------------------------
    def set_entries(self, entries: list[HeldEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> HeldEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, held_id: uuid.UUID) -> int:
        """The row showing `held_id`, or -1."""
        return next((i for i, e in enumerate(self._entries) if e.row.id == held_id), -1)

    def held_count(self) -> int:
        """How many rows are still held (not released)."""
        return sum(1 for e in self._entries if e.row.released_at is None)

    def retranslate(self) -> None:
        """Headers and reason texts in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(COLUMNS) - 1))

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        row = entry.row
        key = COLUMNS[index.column()][0]
        if role in (_DISPLAY, _TOOLTIP):
            text = self._text(entry, key)
            if role == _TOOLTIP:
                if key == "received":
                    text = row.channel_name
                return _plain_tip(text) if text else None
            return text
        if role == _ALIGN and key == "size":
            return _RIGHT
        if role == _FOREGROUND and row.released_at is not None:
            return _RELEASED_COLOUR
        if role == HeldIdRole:
            return str(row.id)
        if role == ReleasedRole:
            return row.released_at is not None
        if role == TicketIdRole:
            return str(row.released_ticket_id) if row.released_ticket_id else None
        if role == TicketNumberRole:
            return entry.ticket_number
        return None

    @staticmethod
    def _text(entry: HeldEntry, key: str) -> str:
        row = entry.row
        if key == "received":
            return date_time(row.received_at)
        if key == "sender":
            return row.sender or row.sender_address
        if key == "subject":
            return row.subject or tr(QT_TRANSLATE_NOOP("HeldMailModel", "(no subject)"))
        if key == "size":
            return human_size(row.size)
        if key == "reason":
            return reason_label(row.reason)
        if key == "released_at":
            return date_time(row.released_at)
        if key == "released_by":
            return entry.released_by
        if key == "ticket":
            return f"#{entry.ticket_number}" if entry.ticket_number is not None else ""
        return ""  # pragma: no cover - every column is listed above
