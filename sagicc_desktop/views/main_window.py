"""The main window wires the side menu, the top bar and the pages; the work is elsewhere."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget,
)

from ..models.formatting import time_only
from ..services import agenda, auth, tickets
from ..store.types import utcnow
from ..services.errors import ServiceError
from .context import AppContext
from .customers_page import AgendaPage, CustomersPage
from .messages import show_error
from .ticket.options import TicketActions
from .ticket.view import TicketView
from .tickets_page import TicketsPage
from .top_bar import TopBar
from .icons import icon
from .idle import IdleWatcher
from .widgets import Retranslating, name

PAGES = ("tickets", "customers", "agenda")


class MainWindow(Retranslating, QMainWindow):
    sig_language = Signal(str)
    sig_signed_out = Signal()

    def __init__(self, ctx: AppContext, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "mainWindow")
        self.resize(1360, 860)
        self.ticket_view: TicketView | None = None
        self._signed_out = False
        self._arrivals: list[tuple[str, str]] = []  # (ticket id, kind) since the last refresh
        self._arrival_timer = QTimer(self, singleShot=True, interval=400)
        self._arrival_timer.timeout.connect(self._apply_arrivals)
        self.outbox = None  # OutboxBridge, started by start_channels()
        self.inbound = None  # InboundBridge
        self._last_mail_error = ""

        self.top_bar = TopBar(ctx, language)
        self.top_bar.sig_open_ticket.connect(self.open_ticket)
        self.top_bar.sig_go_number.connect(self.open_number)
        self.top_bar.sig_language.connect(self.sig_language)
        self.top_bar.sig_sign_out.connect(self.sign_out)
        self.top_bar.sig_preferences.connect(self.open_preferences)
        self.top_bar.sig_signature.connect(self.open_signature)
        self.idle = IdleWatcher(ctx, self.top_bar.show_presence, self)
        self.top_bar.bell.checks.append(self.check_reminders)  # T9: due next actions

        self.side_menu = name(QListWidget(), "sideMenu")
        self.side_menu.setFixedWidth(168)
        self.side_menu.setIconSize(QSize(20, 20))
        self.side_menu.setStyleSheet(
            "#sideMenu { background: #16324a; color: #e2e8f0; border: none; font-size: 14px; }"
            "#sideMenu::item { padding: 10px 12px; } #sideMenu::item:selected { background: #1f4e79; color: white; }"
        )
        for key, glyph in zip(PAGES, ("fa5s.ticket-alt", "fa5s.users", "fa5s.calendar-alt")):
            item = QListWidgetItem(icon(glyph, "#e2e8f0"), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.side_menu.addItem(item)
        self.side_menu.currentRowChanged.connect(self._menu_changed)

        self.tickets_page = TicketsPage(ctx)
        self.tickets_page.sig_open_ticket.connect(self.open_ticket)
        self.customers_page = CustomersPage(ctx)
        self.customers_page.sig_open_customer.connect(self.open_customer)
        self.profile_page = None  # CustomerProfilePage, made on the first open_customer
        self._before_profile = None  # the page to go back to from the profile
        ctx.open_customer = self.open_customer
        self.agenda_page = AgendaPage(ctx, self.open_ticket)
        self.stack = name(QStackedWidget(), "pageStack")
        for page in (self.tickets_page, self.customers_page, self.agenda_page):
            self.stack.addWidget(page)
        self.held_page = None  # Held e-mail (H1): supervisors and administrators
        from .held_mail_page import HeldMailPage

        if HeldMailPage.available_to(ctx.user):
            self.held_page = HeldMailPage(ctx)
            self.held_page.sig_open_ticket.connect(self.open_ticket)
            self.held_page.sig_count_changed.connect(lambda _n: self._held_title())
            self.stack.addWidget(self.held_page)  # after the others: menu row == stack index
            item = QListWidgetItem(icon("fa5s.user-slash", "#e2e8f0"), "")
            item.setData(Qt.ItemDataRole.UserRole, "held")
            self.side_menu.addItem(item)
        self.admin_page = None  # Administration (A1-A3): administrators; supervisors see presence
        from .admin.admin_page import AdminPage

        if AdminPage.available_to(ctx.user):
            self.admin_page = AdminPage(ctx)
            self.stack.addWidget(self.admin_page)  # after the others: menu row == stack index
            item = QListWidgetItem(icon("fa5s.cogs", "#e2e8f0"), "")
            item.setData(Qt.ItemDataRole.UserRole, "admin")
            self.side_menu.addItem(item)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.side_menu)
        body_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

        for i, key in enumerate(PAGES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, activated=lambda r=i - 1: self.side_menu.setCurrentRow(r))
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.top_bar.go_edit.setFocus)

        self._pending_timer = QTimer(self, interval=30_000)
        self._pending_timer.timeout.connect(self.top_bar.refresh)
        self._pending_timer.timeout.connect(self.check_account)
        self._pending_timer.start()
        self.side_menu.setCurrentRow(0)
        self.retranslate()

    # -- navigation --------------------------------------------------------------------------
    def _menu_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.ticket_view is not None:
            self.close_ticket()
        self.stack.setCurrentIndex(row)

    def open_number(self, number: int) -> None:
        try:
            ticket_id = tickets.find_by_number(self.ctx.db, self.ctx.user, number)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.open_ticket(ticket_id)

    def open_ticket(self, ticket_id: uuid.UUID) -> TicketView | None:
        """Open the management view; the user becomes Busy (U2). A ticket already open gives
        its view (docks and the widgets that can switch) to the new one; a view that cannot
        is left once the new one is on screen, so no other page shows (and loads) in between."""
        previous = self.ticket_view
        if previous is not None and previous.can_show_another():
            try:
                previous.show_ticket(ticket_id)
            except ServiceError as exc:
                self.close_ticket()
                show_error(self, exc)
                return None
            view = previous
            self.stack.setCurrentWidget(view)
        else:
            if previous is not None:
                previous.leave()
            try:
                view = TicketView(self.ctx, ticket_id)
            except ServiceError as exc:
                self.close_ticket()  # the one that was open is left already: back to the list
                show_error(self, exc)
                return None
            view.sig_exit.connect(self.close_ticket)
            actions = view.findChild(TicketActions)
            if actions is not None:  # a related, merged-into or duplicated ticket opens here
                actions.sig_open_ticket.connect(self.open_ticket, Qt.ConnectionType.QueuedConnection)
            self.ticket_view = view
            self.stack.addWidget(view)
            self.stack.setCurrentWidget(view)
            if previous is not None:
                self.stack.removeWidget(previous)
                previous.deleteLater()
        self.side_menu.blockSignals(True)
        self.side_menu.clearSelection()
        self.side_menu.setCurrentRow(-1)
        self.side_menu.blockSignals(False)
        QTimer.singleShot(60, self.top_bar.refresh)  # presence and pending once the ticket is painted
        return view

    def open_customer(self, customer_id: uuid.UUID):
        """Show a customer's profile (its survivor if merged) in the window; Back returns to
        the page it was opened from (a ticket stays open behind it). None if it cannot open."""
        from .customer.profile_page import CustomerProfilePage

        if self.profile_page is None:
            self.profile_page = CustomerProfilePage(self.ctx)
            self.profile_page.sig_open_ticket.connect(self.open_ticket)
            self.profile_page.sig_back.connect(self._profile_back)
            self.stack.addWidget(self.profile_page)
        if not self.profile_page.show_customer(customer_id):
            return None
        current = self.stack.currentWidget()
        if current is not self.profile_page:
            self._before_profile = current
        self.stack.setCurrentWidget(self.profile_page)
        self.profile_page.tabs.setFocus()  # keys work at once: Ctrl+Tab, Alt+Left, F5
        self._select_menu_row(-1)  # so the side menu's Customers goes back to the search
        return self.profile_page

    def _profile_back(self) -> None:
        target = self._before_profile
        if target is None or self.stack.indexOf(target) < 0:
            target = self.customers_page
        self.stack.setCurrentWidget(target)
        if target is self.ticket_view:
            try:  # the customer's name may have been changed in the profile
                self.ticket_view.refresh_header()
            except ServiceError as exc:
                show_error(self, exc)
        index = self.stack.indexOf(target)  # the menu's pages come first in the stack, in its order
        self._select_menu_row(index if index < self.side_menu.count() and target is not self.ticket_view else -1)

    def _select_menu_row(self, row: int) -> None:
        self.side_menu.blockSignals(True)
        if row < 0:
            self.side_menu.clearSelection()
        self.side_menu.setCurrentRow(row)
        self.side_menu.blockSignals(False)

    def close_ticket(self, go_back: bool = True) -> None:
        view, self.ticket_view = self.ticket_view, None
        if view is None:
            return
        view.leave()
        if go_back:  # before the view goes, so no other page shows (and loads) in between
            self._show_tickets_page()
        self.stack.removeWidget(view)
        view.deleteLater()
        self.top_bar.refresh()

    def _show_tickets_page(self) -> None:
        self.side_menu.blockSignals(True)
        self.side_menu.setCurrentRow(0)
        self.side_menu.blockSignals(False)
        self.stack.setCurrentWidget(self.tickets_page)
        self.tickets_page.refresh()

    def check_reminders(self) -> None:
        """Next actions coming due become notifications in the bell, and the newest one is
        said in the status bar so the agent sees it without opening the list."""
        due = agenda.raise_due_reminders(self.ctx.db, self.ctx.user, utcnow())
        if due:
            latest = due[-1]
            text = self.tr("Reminder: %1 at %2, ticket #%3").replace("%1", latest.title or self.tr("next action"))
            text = text.replace("%2", time_only(latest.due_at)).replace("%3", str(latest.ticket_number or "—"))
            self.statusBar().showMessage(text, 60_000)
            self.top_bar.bell.refresh()

    # -- channels (H1, H4) ----------------------------------------------------------------------
    def start_channels(self, *, inbound_interval: float = 60.0) -> None:
        """Start the outbox and the incoming-mail workers for this session (off the GUI thread).

        Called by the application once the window shows, not by the constructor: a window
        built in a test or a screenshot sends and fetches nothing.
        """
        from .inbound_bridge import InboundBridge
        from .outbox_bridge import OutboxBridge

        if self.outbox is None:
            self.outbox = OutboxBridge(self.ctx, parent=self)
            self.outbox.sig_state_changed.connect(self._delivery_changed)
            self.outbox.start()
        if self.inbound is None:
            self.inbound = InboundBridge(self.ctx, interval=inbound_interval, parent=self)
            self.inbound.sig_arrived.connect(self._mail_arrived)
            self.inbound.sig_error.connect(self._mail_error)
            self.inbound.start()

    def stop_channels(self) -> None:
        for attr in ("outbox", "inbound"):
            bridge = getattr(self, attr)
            if bridge is not None:
                bridge.stop()
                setattr(self, attr, None)

    def wake_outbox(self) -> None:
        """Something was queued, retried or cancelled: the worker looks at the outbox now."""
        if self.outbox is not None:
            self.outbox.wake()

    def _conversation(self):
        if self.ticket_view is None:
            return None
        return self.ticket_view.panel.tabs.get("conversation")

    def _delivery_changed(self, interaction_id: str, state: str) -> None:
        conversation = self._conversation()
        if conversation is not None and conversation.loaded:
            conversation.update_state(interaction_id, state)
        if state == "failed":
            self.statusBar().showMessage(self.tr("A message could not be sent. Open its ticket to retry it."), 30_000)

    def _mail_arrived(self, ticket_id: str, _interaction_id: str, kind: str) -> None:
        """Arrivals come one signal a message (thousands on a first fetch of a big mailbox):
        note what changed and refresh once when they pause."""
        self._arrivals.append((ticket_id, kind))
        self._arrival_timer.start()

    def _apply_arrivals(self) -> None:
        arrivals, self._arrivals = self._arrivals, []
        if not arrivals:
            return
        self.top_bar.refresh()
        tickets_hit = {t for t, _k in arrivals}
        if self.ticket_view is not None and self.ticket_view.ticket_id.hex in tickets_hit:
            conversation = self._conversation()
            if conversation is not None and conversation.loaded:
                conversation.refresh_newest()
        new = sum(1 for _t, k in arrivals if k == "new_ticket")
        held = sum(1 for _t, k in arrivals if k == "held")
        if new:
            self.statusBar().showMessage(self.tr("%n new ticket(s) arrived by e-mail.", "", new), 20_000)
        if held:
            self.statusBar().showMessage(self.tr("%n e-mail(s) from blocked senders kept aside.", "", held), 20_000)
            if self.held_page is not None:
                self.held_page.refresh()

    def _mail_error(self, _channel: str, message: str) -> None:
        if message != self._last_mail_error:  # the worker retries: say it once, not every minute
            self._last_mail_error = message
            self.statusBar().showMessage(self.tr("Incoming e-mail: %1").replace("%1", message), 30_000)

    def _held_title(self) -> None:
        if self.held_page is not None:
            item = self.side_menu.item(len(PAGES))
            item.setText(self.held_page.menu_text())
            item.setToolTip(self.tr("E-mail from blocked senders, kept aside for you to release or discard"))

    def open_preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.prefs(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_signature(self):
        """The signed-in user's own e-mail signature (A3)."""
        from .signature_dialog import SignatureDialog

        try:
            dialog = SignatureDialog(self.ctx, parent=self)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def check_account(self) -> bool:
        """An administrator may deactivate a user who is signed in: their window then signs them
        out, saying why, instead of letting them go on working. True while the account is active."""
        if auth.still_active(self.ctx.db, self.ctx.user.user_id):
            return True
        self._pending_timer.stop()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Signed out"),
                          self.tr("An administrator has deactivated your user, so you have been signed out. "
                                  "Ask an administrator if you need access again."),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("deactivatedMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sign_out()
        box.open()
        self.deactivated_message = box
        return False

    def sign_out(self) -> None:
        self.close_ticket(go_back=False)
        auth.sign_out(self.ctx.db, self.ctx.user.user_id)
        self.sig_signed_out.emit()
        self._signed_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ticket_view is not None:
            self.close_ticket(go_back=False)
        if not self._signed_out:
            auth.sign_out(self.ctx.db, self.ctx.user.user_id)
            self._signed_out = True
        self._pending_timer.stop()
        self.top_bar.bell.timer.stop()
        self.idle.stop()
        self.stop_channels()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sagicc Desktop — %1").replace("%1", self.ctx.user.display_name))
        texts = (self.tr("Tickets"), self.tr("Customers"), self.tr("Agenda"))
        for row, text in enumerate(texts):
            item = self.side_menu.item(row)
            item.setText(text)
            item.setToolTip(f"{text} (Ctrl+{row + 1})")
        self.side_menu.setAccessibleName(self.tr("Side menu"))
        self._held_title()
        if self.admin_page is not None:
            item = self.side_menu.item(self.stack.indexOf(self.admin_page))
            item.setText(self.tr("Administration") if self.ctx.user.is_admin else self.tr("Presence of the team"))
            item.setToolTip(self.tr("Users, campaigns, channels, templates, surveys, imports and the change log")
                            if self.ctx.user.is_admin else item.text())

    def open_admin(self, section: str | None = None):
        """The Administration module, on `section` ("users", "campaigns", ...) when given."""
        if self.admin_page is None:
            return None
        if self.ticket_view is not None:
            self.close_ticket(go_back=False)
        self._select_menu_row(self.stack.indexOf(self.admin_page))
        self.stack.setCurrentWidget(self.admin_page)
        return self.admin_page.show_section(section) if section else self.admin_page
