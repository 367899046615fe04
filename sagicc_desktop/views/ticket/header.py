"""V1: the pinned ticket header, always visible above the panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout

from ...models.formatting import date_time
from ...models.labels import STATUS_COLOURS, document_label, label
from ...services.tickets import TicketHeader
from ..icons import icon
from ..widgets import Retranslating, name


class TicketHeaderBar(Retranslating, QFrame):
    sig_customer_clicked = Signal()
    sig_refresh = Signal()
    sig_exit = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        name(self, "ticketHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#ticketHeader { background: palette(base); }")
        self._header: TicketHeader | None = None

        self.number = name(QLabel(), "headerNumber")
        self.number.setStyleSheet("font-size: 20px; font-weight: 700;")
        self.status = name(QLabel(), "headerStatus")
        self.created = name(QLabel(), "headerCreated")
        self.assignee = name(QLabel(), "headerAssignee")
        self.customer = name(QPushButton(), "headerCustomer")
        self.customer.setFlat(True)
        self.customer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer.setStyleSheet("QPushButton { text-align: left; color: palette(link); font-weight: 600; border: none; padding: 0; }")
        self.customer.clicked.connect(self.sig_customer_clicked)
        self.account = name(QLabel(), "headerAccount")
        self.subject = name(QLabel(), "headerSubject")
        self.subject.setStyleSheet("color: palette(mid);")

        self.refresh_button = name(QToolButton(), "refreshTicketButton")
        self.refresh_button.setIcon(icon("fa5s.sync-alt"))
        self.refresh_button.clicked.connect(self.sig_refresh)
        self.options_button = name(QToolButton(), "ticketOptionsButton")
        self.options_button.setIcon(icon("fa5s.ellipsis-v"))
        self.options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options_menu = name(QMenu(self), "ticketOptionsMenu")
        self.options_button.setMenu(self.options_menu)
        self.exit_button = name(QToolButton(), "quickExitButton")
        self.exit_button.setIcon(icon("fa5s.sign-out-alt"))
        self.exit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.exit_button.clicked.connect(self.sig_exit)

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addSpacing(16)
        top.addWidget(self.customer)
        top.addWidget(self.account)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.options_button)
        top.addWidget(self.exit_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.subject, 1)
        bottom.addWidget(self.created)
        bottom.addSpacing(16)
        bottom.addWidget(self.assignee)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    def customer_id(self):
        """The ticket's customer (uuid) or None."""
        return self._header.customer_id if self._header is not None else None

    def show_header(self, header: TicketHeader) -> None:
        self._header = header
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh ticket"))
        self.options_button.setToolTip(self.tr("Ticket options"))
        self.options_button.setAccessibleName(self.tr("Ticket options"))
        self.exit_button.setText(self.tr("Exit"))
        self.exit_button.setToolTip(self.tr("Exit the ticket (Ctrl+W)"))
        self.exit_button.setAccessibleName(self.tr("Exit ticket"))
        h = self._header
        if h is None:
            return
        prefix = self.tr("Provisional") + " " if h.number_is_provisional else ""
        self.number.setText(f"{prefix}#{h.number}")
        self.number.setAccessibleName(self.tr("Ticket number %1").replace("%1", str(h.number)))
        colour = STATUS_COLOURS[h.status]
        self.status.setText(label(h.status))
        self.status.setStyleSheet(f"background: {colour}; color: white; border-radius: 8px; padding: 2px 8px; font-weight: 600;")
        self.status.setAccessibleName(self.tr("Status: %1").replace("%1", label(h.status)))
        self.created.setText(self.tr("Created %1").replace("%1", date_time(h.created_at)))
        self.assignee.setText(
            self.tr("Assigned to %1").replace("%1", h.assignee_name) if h.assignee_name else self.tr("Unassigned")
        )
        if h.customer_id:
            doc = f"{document_label(h.document_type)} {h.document_number}".strip()
            self.customer.setText(f"{h.first_name} {h.last_name}".strip() + (f"  ·  {doc}" if doc else ""))
            self.customer.setToolTip(self.tr("Open the customer profile"))
            self.customer.setEnabled(True)
        else:
            self.customer.setText(self.tr("No customer"))
            self.customer.setEnabled(False)
        self.customer.setAccessibleName(self.tr("Customer: %1").replace("%1", self.customer.text()))
        self.account.setText(self.tr("Account %1").replace("%1", h.account_number) if h.account_number else "")
        self.account.setVisible(bool(h.account_number))
        self.subject.setText(h.subject)
