"""Presence board (U2, A1), for supervisors and administrators: every active user with their
status (a coloured dot and the word), since when (e.g. "12 min"), the ticket a Busy user has
open, and how many are in each status. Refreshed every 15 seconds while shown, on show, and with
F5; reading the local database takes milliseconds, so it stays on the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time, time_only
from ...models.labels import label
from ...services import presence
from ...services.actor import Actor
from ...services.errors import ServiceError
from ...store.enums import Presence, Role
from ...store.types import utcnow
from ..context import AppContext
from ..icons import icon
from ..messages import describe
from ..widgets import Retranslating, name
from .admin_parts import page_title
from .user_form_parts import PRESENCE_COLOURS

REFRESH_MS = 15_000
ORDER = (Presence.AVAILABLE, Presence.BUSY, Presence.AWAY, Presence.OFFLINE)
C = "PresenceBoard"
# How long ago, short: a board is read at a glance.
LESS_THAN_A_MINUTE = QT_TRANSLATE_NOOP("PresenceBoard", "just now")
MINUTES = QT_TRANSLATE_NOOP("PresenceBoard", "%1 min")
HOURS = QT_TRANSLATE_NOOP("PresenceBoard", "%1 h %2 min")
DAYS = QT_TRANSLATE_NOOP("PresenceBoard", "%1 d %2 h")


def elapsed(since: dt.datetime | None, now: dt.datetime) -> str:
    """'just now', '12 min', '3 h 5 min', '2 d 4 h' between since and now."""
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate(C, LESS_THAN_A_MINUTE)
    if minutes < 60:
        return QCoreApplication.translate(C, MINUTES).replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return QCoreApplication.translate(C, HOURS).replace("%1", str(hours)).replace("%2", str(minutes))
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate(C, DAYS).replace("%1", str(days)).replace("%2", str(hours))


class PresenceBoard(Retranslating, QWidget):
    @staticmethod
    def available_to(actor: Actor | None) -> bool:
        return actor is not None and actor.role in (Role.ADMINISTRATOR, Role.SUPERVISOR)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[presence.PresenceRow] = []
        self.error = ""
        name(self, "presenceBoard")
        self.title = page_title("presenceTitle")
        self.refresh_button = name(QPushButton(), "refreshPresenceButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.counts: dict[Presence, QLabel] = {}
        counts = QHBoxLayout()
        for status in ORDER:
            chip = name(QLabel(), f"presenceCount_{status.value}")
            chip.setTextFormat(Qt.TextFormat.RichText)
            self.counts[status] = chip
            counts.addWidget(chip)
        counts.addStretch(1)
        self.updated = name(QLabel(), "presenceUpdated")
        self.updated.setWordWrap(True)
        self.table = name(QTreeWidget(), "presenceTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(5)
        header = name(self.table.header(), "presenceTableHeader", self.tr("Columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.updated)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcut = shortcut
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = presence.everyone(self.ctx.db, self.ctx.user)
            self.error = ""
        except ServiceError as exc:
            self.rows, self.error = [], describe(exc)
        self.refreshed_at = utcnow()
        self._render()

    def _render(self) -> None:
        now = utcnow()
        current = self.table.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.table.clear()
        for row in self.rows:
            ticket = f"#{row.busy_ticket_number}" if row.status is Presence.BUSY and row.busy_ticket_number else ""
            since = elapsed(row.since, now)
            item = QTreeWidgetItem([row.display_name, label(Role(row.role)), label(row.status), since, ticket])
            item.setIcon(2, icon("fa5s.circle", PRESENCE_COLOURS[row.status]))
            item.setToolTip(3, date_time(row.since))
            item.setData(0, Qt.ItemDataRole.UserRole, str(row.user_id))
            sentence = self.tr("%1: %2, since %3").replace("%1", row.display_name).replace(
                "%2", label(row.status)).replace("%3", date_time(row.since))
            if ticket:
                sentence += " " + self.tr("(ticket %1)").replace("%1", ticket)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, sentence)
            self.table.addTopLevelItem(item)
            if keep == str(row.user_id):
                self.table.setCurrentItem(item)
        for status, chip in self.counts.items():
            count = sum(r.status is status for r in self.rows)
            colour = PRESENCE_COLOURS[status]
            chip.setText(f'<span style="color:{colour}">●</span> {label(status)}: <b>{count}</b>')
            chip.setAccessibleName(self.tr("%1: %2").replace("%1", label(status)).replace("%2", str(count)))
        self.updated.setText(self.error or self.tr("Refreshes every 15 seconds (last at %1); F5 refreshes now.")
                             .replace("%1", time_only(self.refreshed_at)))

    def showEvent(self, event) -> None:  # noqa: N802
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Presence"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh now (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh presence"))
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Since"),
                                    self.tr("Ticket")])
        self.table.setAccessibleName(self.tr("Users and their presence"))
        if hasattr(self, "refreshed_at"):
            self._render()
