"""The ticket management view: the pinned header over the dock panel, and its options."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services import layouts, tickets
from ...services.errors import ServiceError
from ..context import AppContext
from ..messages import show_error
from ..widgets import Retranslating, name
from .change_log import ChangeLogDialog
from .header import TicketHeaderBar
from .layout_controls import LayoutControls
from .options import install_ticket_actions
from .panel import TicketPanel


class TicketView(Retranslating, QWidget):
    """Opened with open(); Exit emits sig_exit once the user's presence is Available again."""

    sig_exit = Signal()

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        name(self, "ticketView")
        self.header = TicketHeaderBar()
        self.header.show_header(tickets.open_ticket(ctx.db, ctx.user, ticket_id))
        self.panel = TicketPanel(ctx, ticket_id, layouts.for_user(ctx.db, ctx.user))
        self.panel.sig_ticket_saved.connect(lambda _v: self.refresh_header())
        self.header.sig_refresh.connect(self.refresh)
        self.header.sig_exit.connect(self.exit)
        self.header.sig_customer_clicked.connect(self.show_customer)

        menu = self.header.options_menu
        self.refresh_action = name(QAction(self), "refreshAction")
        self.refresh_action.triggered.connect(self.refresh)
        self.change_log_action = name(QAction(self), "changeLogAction")
        self.change_log_action.triggered.connect(self.show_change_log)
        self.change_log_action.setVisible(ctx.user.is_admin)
        self.exit_action = name(QAction(self), "exitAction")
        self.exit_action.triggered.connect(self.exit)
        menu.addAction(self.refresh_action)
        menu.addSeparator()
        self.layout_controls = LayoutControls(self, menu)
        menu.addSeparator()
        menu.addAction(self.change_log_action)
        menu.addSeparator()
        install_ticket_actions(self, menu)
        menu.addSeparator()
        menu.addAction(self.exit_action)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.exit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.layout_controls.bar)
        layout.addWidget(self.panel, 1)
        self._left = False
        self.retranslate()

    def can_show_another(self) -> bool:
        """Another ticket may open in this view (its docks kept) unless a role's layout is
        being edited here: that ends with the ticket, as it always has."""
        return not self._left and not self.layout_controls.editing

    def show_ticket(self, ticket_id: uuid.UUID) -> None:
        """Go to another ticket in the same view: the user stays Busy, now on that ticket; the
        docks stay where they are and the tabs on screen load the new ticket. Raises
        ServiceError (nothing changed) when the ticket cannot be opened."""
        header = tickets.open_ticket(self.ctx.db, self.ctx.user, ticket_id)
        self.layout_controls.keep_user_changes()
        self.ticket_id = ticket_id
        self.header.show_header(header)
        self.panel.show_ticket(ticket_id)

    def show_customer(self) -> None:
        """The header's customer link: the customer's profile where the window shows profiles
        (ctx.open_customer), else the panel's Customer tab."""
        customer_id = self.header.customer_id()
        if self.ctx.open_customer is not None and customer_id is not None:
            self.ctx.open_customer(customer_id)
        else:
            self.panel.show_tab("customer")

    def refresh_header(self) -> None:
        self.header.show_header(tickets.header(self.ctx.db, self.ctx.user, self.ticket_id))

    def refresh(self) -> None:
        try:
            self.refresh_header()
            self.panel.refresh()
        except ServiceError as exc:
            show_error(self, exc)

    def set_columns(self, columns: int) -> None:
        self.layout_controls.set_columns(columns)

    def replace_panel(self, spec: layouts.LayoutSpec) -> None:
        """A new arrangement gets a new panel (Qt leaves ghost tab bars when docks move between
        stacks); the tab contents, with their unsaved edits, move over to it."""
        old = self.panel
        self.panel = TicketPanel(self.ctx, self.ticket_id, spec, old.take_widgets())
        self.panel.sig_ticket_saved.connect(lambda _v: self.refresh_header())
        self.layout_controls.watch(self.panel)
        self.layout().replaceWidget(old, self.panel)
        old.hide()
        old.deleteLater()

    def show_change_log(self) -> ChangeLogDialog | None:
        try:
            dialog = ChangeLogDialog(self.ctx, self.ticket_id, self)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        dialog.open()
        return dialog

    def leave(self) -> None:
        """Presence back to Available; safe to call more than once (close, exit, crash path)."""
        if not self._left:
            self._left = True
            self.layout_controls.keep_user_changes()
            tickets.leave_ticket(self.ctx.db, self.ctx.user)

    def exit(self) -> None:
        self.leave()
        self.sig_exit.emit()

    def retranslate(self) -> None:
        self.refresh_action.setText(self.tr("Refresh"))
        self.change_log_action.setText(self.tr("Change log"))
        self.exit_action.setText(self.tr("Exit"))
