"""The Customers module: find a customer by name, document or contact data, as you type."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..models.formatting import date_time
from ..models.labels import document_label
from ..services import directory
from .context import AppContext
from .widgets import Retranslating, name


class CustomersPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "customersPage")
        self.title = name(QLabel(), "customersTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.search = name(QLineEdit(), "customerSearchEdit")
        self.search.setClearButtonEnabled(True)
        self.list = name(QTreeWidget(), "customerList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def run_search(self) -> None:
        self.list.clear()
        for row in directory.search_customers(self.ctx.db, self.search.text()):
            self.list.addTopLevelItem(QTreeWidgetItem([row.name, f"{document_label(row.document_type)} {row.document_number}".strip(), date_time(row.last_interaction_at)]))
        self.list.resizeColumnToContents(0)

    def showEvent(self, event) -> None:  # noqa: N802
        if self.list.topLevelItemCount() == 0:
            self.run_search()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Search by name, document number, e-mail or phone"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Last interaction")])
        self.list.setAccessibleName(self.tr("Customers"))


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
