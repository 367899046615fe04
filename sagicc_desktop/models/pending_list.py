"""L2: the pending tickets list model for the top bar's popup."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..services.ticket_list import PendingRow
from .formatting import date_time
from .labels import PRIORITY_COLOURS, label
from .roles import TicketIdRole, TicketNumberRole


class PendingListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PendingRow] = []

    def set_rows(self, rows: list[PendingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = ("  · " + QCoreApplication.translate("PendingListModel", "next action %1")
                    .replace("%1", date_time(r.next_action_at))) if r.next_action_at else ""
            return f"#{r.number}  {label(r.priority)} · {r.customer_name} — {r.subject}{when}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.subject
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(PRIORITY_COLOURS[r.priority])
        if role == TicketIdRole:
            return str(r.id)
        if role == TicketNumberRole:
            return r.number
        return None
