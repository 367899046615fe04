"""C1 to C4 and C6: a customer's profile, a page of the main window.

The header shows who the customer is and when they were last in touch; the tabs below read
their data only when first shown, so opening a profile of a customer with a thousand tickets
costs the header and one tab. A merged customer opens its survivor, with a note saying so.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...models.formatting import date_time
from ...models.labels import document_label
from ...services import customer_edit, customer_profile
from ...services.customer_profile import CustomerInfo, CustomerMerged
from ...services.errors import ServiceError
from ..context import AppContext
from ..icons import icon
from ..widgets import Retranslating, name
from ..messages import show_error as show_customer_error
from .dashboard_tab import DashboardTab
from .detail_tabs import AccountsTab, ContactsTab, RelatedTab
from .files_tab import FilesTab
from .info_tab import InformationTab
from .interactions_tab import InteractionsTab
from .profile_tab import ProfileTab

TAB_KEYS = ("information", "dashboard", "contacts", "interactions", "files", "related", "accounts")


class ProfileHeader(Retranslating, QFrame):
    """Name, document, last interaction, and who created and last changed the customer."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        name(self, "customerHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#customerHeader { background: palette(base); }")
        self.info: CustomerInfo | None = None
        self.full_name = name(QLabel(), "customerName")
        self.full_name.setStyleSheet("font-size: 20px; font-weight: 700;")
        self.full_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document = name(QLabel(), "customerDocument")
        self.document.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_interaction = name(QLabel(), "customerLastInteraction")
        self.created = name(QLabel(), "customerCreated")
        self.updated = name(QLabel(), "customerUpdated")
        for muted in (self.created, self.updated):
            muted.setStyleSheet("color: palette(mid);")
        self.note = name(QLabel(), "customerMergedNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4d6; color: #5d4300; border-radius: 4px; padding: 4px 8px;")
        self.note.hide()
        self.back_button = name(QToolButton(), "customerBackButton")
        self.back_button.setIcon(icon("fa5s.arrow-left"))
        self.refresh_button = name(QToolButton(), "refreshCustomerButton")
        self.refresh_button.setIcon(icon("fa5s.sync-alt"))
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.back_button, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.full_name, 0, 1)
        grid.addWidget(self.document, 0, 2)
        grid.addWidget(self.last_interaction, 0, 3)
        grid.addWidget(self.refresh_button, 0, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.created, 1, 1, 1, 2)
        grid.addWidget(self.updated, 1, 3, 1, 2)
        grid.addWidget(self.note, 2, 1, 1, 4)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def show_info(self, info: CustomerInfo) -> None:
        self.info = info
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh customer"))
        i = self.info
        if i is None:
            return
        self.full_name.setText(i.full_name)
        self.full_name.setAccessibleName(self.tr("Customer: %1").replace("%1", i.full_name))
        doc = f"{document_label(i.document_type)} {i.document_number}".strip()
        self.document.setText(doc or self.tr("No document"))
        self.last_interaction.setText(
            self.tr("Last interaction %1").replace("%1", date_time(i.last_interaction_at))
            if i.last_interaction_at else self.tr("No interactions yet"))
        self.created.setText(self.tr("Created %1 by %2").replace("%1", date_time(i.created_at))
                             .replace("%2", i.created_by or "—"))
        self.updated.setText(self.tr("Updated %1 by %2").replace("%1", date_time(i.updated_at))
                             .replace("%2", i.updated_by or "—"))


class CustomerProfilePage(Retranslating, QWidget):
    sig_open_ticket = Signal(object)  # uuid.UUID: the window opens it in the ticket view
    sig_back = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        name(self, "customerProfilePage")
        self.header = ProfileHeader()
        self.header.back_button.clicked.connect(self.sig_back)
        self.header.refresh_button.clicked.connect(self.refresh)
        self.tabs = name(QTabWidget(), "customerProfileTabs")
        self.pages: dict[str, ProfileTab] = {
            "information": InformationTab(ctx), "dashboard": DashboardTab(ctx), "contacts": ContactsTab(ctx),
            "interactions": InteractionsTab(ctx), "files": FilesTab(ctx), "related": RelatedTab(ctx),
            "accounts": AccountsTab(ctx),
        }
        for key in TAB_KEYS:
            self.tabs.addTab(self.pages[key], "")
        self.pages["information"].sig_saved.connect(lambda _v: self.refresh_header())
        self.pages["interactions"].sig_open_ticket.connect(self.sig_open_ticket)
        self.pages["files"].sig_open_ticket.connect(self.sig_open_ticket)
        self.pages["related"].sig_open_customer.connect(self.show_customer)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.sig_back.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(8, 8, 8, 8)
        body.addWidget(self.tabs)
        layout.addLayout(body, 1)
        self.retranslate()

    # -- which customer ----------------------------------------------------------------------
    def show_customer(self, customer_id: uuid.UUID, *, note: str = "") -> bool:
        """Show this customer (its survivor if merged, with a note). False, with the reason
        shown, when the customer cannot be opened; the page keeps what it showed."""
        try:
            info = customer_profile.customer_info(self.ctx.db, self.ctx.user, customer_id)
        except CustomerMerged as merged:
            return self.show_customer(merged.details["survivor_id"], note=self._merged_note(customer_id))
        except ServiceError as exc:
            show_customer_error(self, exc)
            return False
        self.customer_id = customer_id
        self.header.show_info(info)
        self.header.note.setText(note)
        self.header.note.setVisible(bool(note))
        for page in self.pages.values():
            page.show_customer(customer_id)
        self._load_current()
        return True

    def _merged_note(self, merged_id: uuid.UUID) -> str:
        try:
            merged_name = customer_edit.customer_form(self.ctx.db, self.ctx.user, merged_id).full_name
        except ServiceError:
            merged_name = ""
        return self.tr("%1 was merged into this customer: this is the customer that remains.").replace(
            "%1", merged_name or self.tr("The customer you opened"))

    def show_tab(self, key: str) -> ProfileTab:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def _load_current(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ProfileTab):
            try:
                page.ensure_loaded()
            except CustomerMerged as merged:  # merged by someone else while the page was open
                self.show_customer(merged.details["survivor_id"], note=self._merged_note(page.customer_id))
            except ServiceError as exc:
                show_customer_error(self, exc)

    def refresh_header(self) -> None:
        if self.customer_id is None:
            return
        try:
            self.header.show_info(customer_profile.customer_info(self.ctx.db, self.ctx.user, self.customer_id))
        except ServiceError as exc:
            show_customer_error(self, exc)

    def refresh(self) -> None:
        """Read everything again (the visible tab now, the others when shown)."""
        if self.customer_id is not None:
            self.show_customer(self.customer_id, note=self.header.note.text())

    def retranslate(self) -> None:
        titles = {
            "information": self.tr("Information"), "dashboard": self.tr("Dashboard"),
            "contacts": self.tr("Contact details"), "interactions": self.tr("Interactions and tickets"),
            "files": self.tr("Attachments"), "related": self.tr("Related customers"), "accounts": self.tr("Accounts"),
        }
        for key, title in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), title)
        self.tabs.setAccessibleName(self.tr("Customer profile"))
