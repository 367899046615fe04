"""Every change made outside a ticket (users, campaigns, channels, templates, settings,
customers), for administrators: who changed what, when, from which value to which."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.changelog import administration_changes
from ...services.errors import ServiceError
from ..context import AppContext
from ..messages import show_error
from ..ticket.change_log import ChangeLogTable
from ..widgets import Retranslating, name


class AdminChangesPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "adminChangesPage")
        self.title = name(QLabel(), "adminChangesTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.refresh_button = name(QPushButton(), "adminChangesRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.table: ChangeLogTable | None = None
        self._stale = False
        self.empty = name(QLabel(), "adminChangesEmpty")
        self.empty.setStyleSheet("color: palette(mid);")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(header)
        self.body.addWidget(self.empty)
        self.retranslate()
        self.refresh()

    @staticmethod
    def available_to(actor) -> bool:
        return actor.is_admin

    def refresh(self) -> None:
        try:
            rows = administration_changes(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            show_error(self, exc)
            return
        table = ChangeLogTable(rows, record_column=True)
        table.filters.addWidget(table.count)
        self.empty.setVisible(not rows)
        if self.table is not None:
            self.body.replaceWidget(self.table, table)
            self.table.deleteLater()
        else:
            self.body.addWidget(table, 1)
        self.table = table

    def showEvent(self, event) -> None:  # noqa: N802
        """Coming back to the page shows what changed meanwhile."""
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._stale = False

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._stale = True

    def retranslate(self) -> None:
        self.title.setText(self.tr("Change log"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the change log"))
        self.empty.setText(self.tr("Nothing has been changed in the administration yet. Every change to users, "
                                   "campaigns, channels, templates and settings will be listed here."))
