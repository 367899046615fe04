"""The Customers module: find a customer by name, document or contact data, as you type.

Each keystroke (after a short pause) asks customer_search for one page of matches; Enter or a
double-click opens the customer's profile. With nothing typed the list shows customers A to Z.
"New customer…" (Ctrl+N) creates one, offering a stored look-alike instead of a duplicate.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..models.formatting import date_time
from ..models.labels import document_label
from ..services import customer_search, directory
from ..services.errors import ServiceError
from .context import AppContext
from .customer.new_customer_dialog import NewCustomerDialog
from .messages import show_error
from .widgets import Retranslating, name

DEBOUNCE_MS = 120  # a pause between keystrokes; one search per pause, not per key
ID_ROLE = Qt.ItemDataRole.UserRole


class CustomersPage(Retranslating, QWidget):
    sig_open_customer = Signal(object)  # uuid.UUID

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "customersPage")
        self.title = name(QLabel(), "customersTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.search = name(QLineEdit(), "customerSearchEdit")
        self.search.setClearButtonEnabled(True)
        self.clear_button = next(iter(self.search.findChildren(QToolButton)), None)  # Qt's own clear button
        if self.clear_button is not None:
            name(self.clear_button, "customerSearchClear")
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        self.list = name(QTreeWidget(), "customerList")
        name(self.list.header(), "customerListHeader")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setColumnCount(4)
        self.list.itemActivated.connect(self._activate)
        self.more = name(QLabel(), "customerSearchMore")
        self.more.setStyleSheet("color: palette(mid);")
        self.more.hide()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self._searched: str | None = None
        self.new_button = name(QPushButton(), "newCustomerButton")
        self.new_button.clicked.connect(self.new_customer)
        self.new_button.setEnabled(not ctx.user.read_only)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_dialog: NewCustomerDialog | None = None
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self.retranslate()

    def run_search(self) -> None:
        self._debounce.stop()
        typed = self.search.text().strip()
        try:
            if typed:
                page = customer_search.search_customers(self.ctx.db, self.ctx.user, typed)
                rows = [(h.id, h.name, h.document_type, h.document_number, h.main_contact, h.last_interaction_at)
                        for h in page.rows]
                more = page.more
            else:
                rows = [(r.id, r.name, r.document_type, r.document_number, "", r.last_interaction_at)
                        for r in directory.search_customers(self.ctx.db, "", limit=customer_search.PAGE)]
                more = False
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._searched = typed
        self.list.clear()
        for customer_id, full_name, doc_type, doc_number, contact, last_at in rows:
            item = QTreeWidgetItem([full_name, f"{document_label(doc_type)} {doc_number}".strip(), contact,
                                    date_time(last_at)])
            item.setData(0, ID_ROLE, str(customer_id))
            self.list.addTopLevelItem(item)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            for c in range(3):
                self.list.resizeColumnToContents(c)
        self.more.setText(self.tr("More customers match: keep typing to narrow the list.") if more
                          else self.tr("No customer matches “%1”.").replace("%1", typed) if typed and not rows
                          else "")
        self.more.setVisible(bool(self.more.text()))

    def _enter(self) -> None:
        """Enter in the search box opens the first (selected) customer, searching first if a
        keystroke is still waiting."""
        if self._debounce.isActive() or self._searched != self.search.text().strip():
            self.run_search()
        item = self.list.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.sig_open_customer.emit(uuid.UUID(item.data(0, ID_ROLE)))

    def new_customer(self) -> None:
        if not self.new_button.isEnabled():
            return
        dialog = NewCustomerDialog(self.ctx, parent=self)
        dialog.sig_created.connect(self._open_profile)
        dialog.sig_open_existing.connect(self._open_profile)
        dialog.finished.connect(lambda *_: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()

    def _open_profile(self, customer_id: uuid.UUID) -> None:
        self._searched = None  # the list may now hold the new customer
        opener = getattr(self.ctx, "open_customer", None)
        if callable(opener):
            opener(customer_id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """Down in the search box goes to the list, so the keyboard picks a row."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.list.topLevelItemCount()):
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802
        if self._searched is None:
            self.run_search()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Search by name, document number, e-mail or phone"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.new_button.setText(self.tr("&New customer…"))
        self.new_button.setAccessibleName(self.tr("New customer"))
        self.new_button.setToolTip(self.tr("Viewers cannot create customers.") if self.ctx.user.read_only
                                   else self.tr("Create a customer (Ctrl+N)"))
        if self.clear_button is not None:
            self.clear_button.setAccessibleName(self.tr("Clear the search"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Main contact"),
                                   self.tr("Last interaction")])
        self.list.setAccessibleName(self.tr("Customers"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.list.setToolTip(self.tr("Enter or double-click opens the customer's profile"))


class AgendaPage(Retranslating, QWidget):
    """The signed-in user's upcoming next actions; double-click opens the ticket."""

    def __init__(self, ctx: AppContext, open_ticket, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self._open_ticket = ctx, open_ticket
        name(self, "agendaPage")
        self.title = name(QLabel(), "agendaTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.list = name(QTreeWidget(), "agendaList")
        self.list.setRootIsDecorated(False)
        self.list.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def reload(self) -> None:
        self.list.clear()
        for row in directory.my_agenda(self.ctx.db, self.ctx.user):
            item = QTreeWidgetItem([date_time(row.due_at), f"#{row.ticket_number}" if row.ticket_number else "", row.title])
            item.setData(0, 256, row.ticket_id)
            self.list.addTopLevelItem(item)
        for c in range(2):
            self.list.resizeColumnToContents(c)

    def _activate(self, item: QTreeWidgetItem) -> None:
        ticket_id = item.data(0, 256)
        if ticket_id:
            self._open_ticket(ticket_id)

    def showEvent(self, event) -> None:  # noqa: N802
        self.reload()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My agenda"))
        self.list.setHeaderLabels([self.tr("When"), self.tr("Ticket"), self.tr("Next action")])
        self.list.setAccessibleName(self.tr("My agenda"))
