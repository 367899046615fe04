"""O7: the ticket's change log, for administrators; filterable, and nobody can edit it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout,
)

from ...models.formatting import date_time
from ...services.changelog import ticket_changes
from ...services.text import normalise
from ..context import AppContext
from ..widgets import name

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeLogDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("ChangeLogDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("ChangeLogDialog", "Deleted"),
}


def _action(value: str) -> str:
    return QCoreApplication.translate("ChangeLogDialog", ACTIONS[value]) if value in ACTIONS else value


class ChangeLogDialog(QDialog):
    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        name(self, "changeLogDialog")
        rows = ticket_changes(ctx.db, ctx.user, ticket_id)
        self.setWindowTitle(self.tr("Change log"))
        self.resize(820, 460)
        self.search = name(QLineEdit(), "changeLogSearch", self.tr("Filter the changes"))
        self.search.setPlaceholderText(self.tr("Filter by field, value or user…"))
        self.search.setClearButtonEnabled(True)
        self.action = name(QComboBox(), "changeLogActionFilter", self.tr("Type of change"))
        self.action.addItem(self.tr("All changes"), "")
        for value in ACTIONS:
            self.action.addItem(_action(value), value)
        self.user = name(QComboBox(), "changeLogUserFilter", self.tr("User"))
        self.user.addItem(self.tr("All users"), "")
        for user in sorted({r.user_name for r in rows if r.user_name}):
            self.user.addItem(user, user)
        self.tree = name(QTreeWidget(), "changeLogList", self.tr("Change log"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("User"), self.tr("Change"), self.tr("Field"),
                                   self.tr("Previous value"), self.tr("New value")])
        name(self.tree.header(), "changeLogHeader", self.tr("Columns"))
        self._rows: list[tuple[QTreeWidgetItem, str, str, str]] = []
        for r in rows:
            texts = [date_time(r.at), r.user_name, _action(r.action), r.field or r.entity_type,
                     (r.old_value or "")[:200], (r.new_value or "")[:200]]
            item = QTreeWidgetItem(texts)
            item.setToolTip(4, r.old_value or "")
            item.setToolTip(5, r.new_value or "")
            self.tree.addTopLevelItem(item)
            self._rows.append((item, r.action, r.user_name, normalise(" ".join(texts))))
        for c in range(4):
            self.tree.resizeColumnToContents(c)
        self.count = name(QLabel(), "changeLogCount")
        self.search.textChanged.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.user.currentIndexChanged.connect(self.apply_filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        name(buttons.button(QDialogButtonBox.StandardButton.Close), "closeChangeLogButton", self.tr("Close"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.action)
        filters.addWidget(self.user)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tree)
        layout.addLayout(bottom)
        self.apply_filter()
        self.search.setFocus()

    def apply_filter(self, *_args) -> None:
        words = normalise(self.search.text()).split()
        action, user = self.action.currentData(), self.user.currentData()
        shown = 0
        for item, row_action, row_user, text in self._rows:
            visible = ((not action or row_action == action) and (not user or row_user == user)
                       and all(w in text for w in words))
            item.setHidden(not visible)
            shown += visible
        self.count.setText(self.tr("%1 of %2 changes").replace("%1", f"{shown:,}").replace("%2", f"{len(self._rows):,}"))
