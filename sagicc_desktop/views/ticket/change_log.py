"""O7: the ticket's change log, for administrators; nobody can edit it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ...models.formatting import date_time
from ...services.changelog import ticket_history
from ...services.unit_of_work import read_only
from ..context import AppContext
from ..widgets import name


class ChangeLogDialog(QDialog):
    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        name(self, "changeLogDialog")
        with read_only(ctx.db) as session:
            rows = ticket_history(session, ctx.user, ticket_id)
        self.setWindowTitle(self.tr("Change log"))
        self.resize(760, 420)
        self.tree = name(QTreeWidget(), "changeLogList", self.tr("Change log"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("User"), self.tr("Change"), self.tr("Field"),
                                   self.tr("Previous value"), self.tr("New value")])
        for r in rows:
            self.tree.addTopLevelItem(QTreeWidgetItem([
                date_time(r.at), r.user_name, r.action, r.field or r.entity_type,
                (r.old_value or "")[:200], (r.new_value or "")[:200],
            ]))
        for c in range(4):
            self.tree.resizeColumnToContents(c)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        name(buttons.button(QDialogButtonBox.StandardButton.Close), "closeChangeLogButton", self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
