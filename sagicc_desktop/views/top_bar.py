"""The top bar: go to a ticket by number (L3), notifications, pending tickets (L2), presence (U2),
user menu."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIntValidator
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QMenu, QToolButton, QWidgetAction,
)

from ..models.labels import label
from ..models.pending_list import PendingListModel
from ..models.roles import TicketIdRole
from ..services import presence as presence_service
from ..services.errors import ServiceError
from ..services.ticket_list import pending_count, pending_tickets
from ..store.enums import Presence
from .context import AppContext
from .messages import show_error
from .notifications import NotificationBell
from .sign_in import LANGUAGES
from .icons import icon
from .widgets import Retranslating, name


class TopBar(Retranslating, QFrame):
    sig_open_ticket = Signal(object)
    sig_go_number = Signal(int)
    sig_language = Signal(str)
    sig_sign_out = Signal()
    sig_preferences = Signal()
    sig_signature = Signal()

    def __init__(self, ctx: AppContext, language: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "topBar")
        self.setStyleSheet(
            "#topBar { background: #0f3d5e; }"
            "#topBar QLabel#appTitle { color: white; font-size: 16px; font-weight: 700; }"
            "#topBar QToolButton { color: white; background: transparent; border: 1px solid rgba(255,255,255,0.35);"
            " border-radius: 4px; padding: 4px 10px; }"
            "#topBar QToolButton:hover, #topBar QToolButton:focus { background: rgba(255,255,255,0.15); }"
            "#topBar QToolButton::menu-indicator { image: none; }"
        )
        self.app_title = name(QLabel("Sagicc Desktop"), "appTitle")
        self.go_edit = name(QLineEdit(), "goToTicketEdit")
        self.go_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.go_edit.setMinimumWidth(220)
        self.go_edit.returnPressed.connect(self._go)

        self.pending_model = PendingListModel(self)
        self.pending_view = name(QListView(), "pendingList")
        self.pending_view.setModel(self.pending_model)
        self.pending_view.setUniformItemSizes(True)  # no size hint per row: 200 rows cost one
        self.pending_view.setMinimumSize(520, 320)
        self.pending_view.activated.connect(self._pending_activated)
        self.pending_view.clicked.connect(self._pending_activated)
        self.pending_menu = name(QMenu(self), "pendingMenu")
        holder = QWidgetAction(self.pending_menu)
        holder.setDefaultWidget(self.pending_view)
        self.pending_menu.addAction(holder)
        self.pending_button = name(QToolButton(), "pendingButton")
        self.pending_button.setIcon(icon("fa5s.inbox", "white"))
        self.pending_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pending_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pending_button.setMenu(self.pending_menu)
        self.badge = name(QLabel(), "pendingBadge")
        self.badge.setStyleSheet("background: #e53935; color: white; border-radius: 9px; padding: 1px 7px; font-weight: 700;")

        self.bell = NotificationBell(ctx)
        self.bell.sig_open_ticket.connect(self.sig_open_ticket)

        self.presence = name(QComboBox(), "presenceCombo")
        self.presence.activated.connect(self._presence_picked)

        self.user_button = name(QToolButton(), "userMenuButton")
        self.user_button.setIcon(icon("fa5s.user-circle", "white"))
        self.user_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.user_menu = name(QMenu(self), "userMenu")
        self.language_menu = name(self.user_menu.addMenu(""), "languageMenu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, text in LANGUAGES:
            action = name(QAction(text, self), f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _c=False, c=code: self.sig_language.emit(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.preferences_action = name(QAction(self), "preferencesAction")
        self.preferences_action.triggered.connect(self.sig_preferences)
        self.user_menu.addAction(self.preferences_action)
        self.signature_action = name(QAction(self), "signatureAction")
        self.signature_action.triggered.connect(self.sig_signature)
        self.user_menu.addAction(self.signature_action)
        self.sign_out_action = name(QAction(self), "signOutAction")
        self.sign_out_action.triggered.connect(self.sig_sign_out)
        self.user_menu.addAction(self.sign_out_action)
        self.user_button.setMenu(self.user_menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.app_title)
        layout.addSpacing(24)
        layout.addWidget(self.go_edit)
        layout.addStretch(1)
        layout.addWidget(self.bell)
        layout.addSpacing(8)
        layout.addWidget(self.pending_button)
        layout.addWidget(self.badge)
        layout.addSpacing(12)
        layout.addWidget(self.presence)
        layout.addWidget(self.user_button)
        self._presence = Presence.AVAILABLE
        self._busy_locked = False
        self.retranslate()
        self.refresh()

    # -- pending (L2) ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Pending tickets, presence and the notification count (after the user's own actions)."""
        self.bell.refresh()
        rows = pending_tickets(self.ctx.db, self.ctx.user)
        total = pending_count(self.ctx.db, self.ctx.user) if len(rows) >= 200 else len(rows)
        self.pending_model.set_rows(rows)
        self.badge.setText(f"{total:,}")
        self.badge.setVisible(bool(total))
        self.badge.setAccessibleName(self.tr("%1 pending tickets").replace("%1", f"{total:,}"))
        self.pending_button.setAccessibleName(self.badge.accessibleName())
        self.show_presence(presence_service.current(self.ctx.db, self.ctx.user.user_id))

    def pending_count(self) -> int:
        return self.pending_model.rowCount()

    def _pending_activated(self, index) -> None:
        self.pending_menu.hide()
        self.sig_open_ticket.emit(uuid.UUID(index.data(TicketIdRole)))

    def _go(self) -> None:
        text = self.go_edit.text().strip()
        if text.isdigit():
            self.go_edit.clear()
            self.sig_go_number.emit(int(text))

    # -- presence (U2) -----------------------------------------------------------------------
    def show_presence(self, status: Presence) -> None:
        self._presence = status
        self._busy_locked = status is Presence.BUSY
        self.presence.blockSignals(True)
        self.presence.clear()
        choices = [Presence.AVAILABLE, Presence.AWAY] + ([Presence.BUSY] if self._busy_locked else [])
        for p in choices:
            self.presence.addItem(icon("fa5s.circle", _PRESENCE_COLOURS[p]), label(p), p)
        self.presence.setCurrentIndex(max(0, self.presence.findData(status)))
        self.presence.setEnabled(not self._busy_locked)
        self.presence.setToolTip(
            self.tr("Your status stays Busy while a ticket is open.") if self._busy_locked else self.tr("Your status")
        )
        self.presence.blockSignals(False)

    def _presence_picked(self, _index: int) -> None:
        status = self.presence.currentData()
        try:
            presence_service.set_by_hand(self.ctx.db, self.ctx.user, status)
        except ServiceError as exc:
            show_error(self, exc)
        self.show_presence(presence_service.current(self.ctx.db, self.ctx.user.user_id))

    def retranslate(self) -> None:
        self.go_edit.setPlaceholderText(self.tr("Go to ticket # (Ctrl+G)"))
        self.go_edit.setAccessibleName(self.tr("Go to ticket number"))
        self.pending_button.setText(self.tr("Pending"))
        self.pending_button.setToolTip(self.tr("Your pending tickets: scheduled next actions first"))
        self.pending_view.setAccessibleName(self.tr("Pending tickets"))
        self.presence.setAccessibleName(self.tr("Presence"))
        u = self.ctx.user
        self.user_button.setText(f"{u.display_name} · {label(u.role)}")
        self.user_button.setAccessibleName(self.tr("User menu"))
        self.language_menu.setTitle(self.tr("Language"))
        self.preferences_action.setText(self.tr("Preferences…"))
        self.signature_action.setText(self.tr("E-mail signature…"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.show_presence(self._presence)


_PRESENCE_COLOURS = {
    Presence.AVAILABLE: "#43a047", Presence.BUSY: "#e53935", Presence.AWAY: "#fb8c00", Presence.OFFLINE: "#9e9e9e",
}
