"""The top bar's bell: unread notifications (a new assignment, a reminder come due), counted on
a badge; clicking one opens its ticket and marks it read.

`tick()` is the periodic work (every 30 s): it runs the callables in `checks` first (later
periodic checks such as due reminders hook in there), then refreshes the count.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QToolButton, QWidget, QWidgetAction,
)

from ..models.formatting import date_time
from ..services import notifications
from ..services.errors import ServiceError
from .context import AppContext
from .icons import icon
from .messages import show_error
from .widgets import Retranslating, name

log = logging.getLogger(__name__)
INTERVAL_MS = 30_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Notifications", text)


def notification_text(row: notifications.NotificationRow) -> str:
    """One line in the user's language for a notification."""
    number = str(row.ticket_number) if row.ticket_number is not None else "?"
    if row.kind == notifications.ASSIGNED:
        by = row.payload.get("by", "")
        if by:
            return _tr("Ticket #%1 assigned to you by %2").replace("%1", number).replace("%2", by)
        return _tr("Ticket #%1 assigned to you").replace("%1", number)
    if row.kind == notifications.REMINDER:
        title = row.payload.get("title", "")
        when = row.payload.get("due_at", "")
        try:
            when = date_time(dt.datetime.fromisoformat(when))
        except (TypeError, ValueError):
            pass
        if row.ticket_id is None:
            return _tr("Reminder: %1 at %2").replace("%1", title).replace("%2", when)
        return (_tr("Reminder: %1 at %2, ticket #%3")
                .replace("%1", title).replace("%2", when).replace("%3", number))
    return row.kind


class NotificationBell(Retranslating, QWidget):
    sig_open_ticket = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "notificationBell")
        self.checks: list[Callable[[], None]] = []
        self.count = 0

        self.list = name(QListWidget(), "notificationsList")
        self.list.setMinimumSize(460, 240)
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        self.menu = name(QMenu(self), "notificationsMenu")
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.list)
        self.menu.addAction(holder)
        self.mark_all_action = name(QAction(self), "markAllReadAction")
        self.mark_all_action.triggered.connect(self.mark_all_read)
        self.menu.addAction(self.mark_all_action)
        self.menu.aboutToShow.connect(self.load_list)

        self.button = name(QToolButton(), "notificationsButton")
        self.button.setIcon(icon("fa5s.bell", "white"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.badge = name(QLabel(), "notificationsBadge")
        self.badge.setStyleSheet(
            "background: #fb8c00; color: white; border-radius: 9px; padding: 1px 7px; font-weight: 700;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.button)
        layout.addWidget(self.badge)

        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.retranslate()
        self.refresh()

    # -- periodic work -----------------------------------------------------------------------
    def tick(self) -> None:
        """Run the hooked periodic checks, then refresh the count; one failing check does not
        stop the others or the count."""
        for check in list(self.checks):
            try:
                check()
            except Exception:  # noqa: BLE001 - a background check must not break the bell
                log.exception("periodic check failed: %r", check)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.count = notifications.unread_count(self.ctx.db, self.ctx.user)
        except ServiceError:
            return
        self.badge.setText(f"{self.count:,}")
        self.badge.setVisible(bool(self.count))
        self._name_button()

    # -- the list ----------------------------------------------------------------------------
    def load_list(self) -> None:
        rows = notifications.unread(self.ctx.db, self.ctx.user)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(icon("fa5s.user-check" if row.kind == notifications.ASSIGNED else "fa5s.clock"),
                                   notification_text(row))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            item.setData(Qt.ItemDataRole.UserRole + 1, str(row.ticket_id) if row.ticket_id else "")
            item.setToolTip(date_time(row.created_at))
            self.list.addItem(item)
        if not rows:
            empty = QListWidgetItem(self.tr("No new notifications"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.mark_all_action.setEnabled(bool(rows))
        self.count = len(rows) if len(rows) < 50 else self.count
        self.badge.setText(f"{self.count:,}")
        self.badge.setVisible(bool(self.count))
        self._name_button()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        if not note_id:
            return
        self.menu.hide()
        try:
            notifications.mark_read(self.ctx.db, self.ctx.user, uuid.UUID(note_id))
        except ServiceError as exc:
            show_error(self, exc)
        self.refresh()
        ticket_id = item.data(Qt.ItemDataRole.UserRole + 1)
        if ticket_id:
            self.sig_open_ticket.emit(uuid.UUID(ticket_id))

    def mark_all_read(self) -> None:
        notifications.mark_all_read(self.ctx.db, self.ctx.user)
        self.refresh()

    def _name_button(self) -> None:
        text = self.tr("%1 unread notifications").replace("%1", f"{self.count:,}")
        self.button.setAccessibleName(text)
        self.badge.setAccessibleName(text)

    def retranslate(self) -> None:
        self.button.setToolTip(self.tr("Notifications"))
        self.list.setAccessibleName(self.tr("Notifications"))
        self.mark_all_action.setText(self.tr("Mark all as read"))
        self._name_button()
