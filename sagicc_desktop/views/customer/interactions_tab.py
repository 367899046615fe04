"""C3 Interactions and tickets: the customer's tickets and interactions, newest first, in a
date range, each list a page at a time as the user scrolls; open a ticket, add one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTreeWidgetItem, QVBoxLayout, QWidget

from ...models.formatting import date_time
from ...models.labels import label
from ...services import customer_profile
from ...services.errors import ServiceError
from ...store.enums import Direction
from ..ticket.batches import Batches
from ..ticket.list_parts import ID_ROLE, empty_label, item_list
from ..widgets import name
from .add_ticket_dialog import AddTicketDialog
from ..messages import show_error as show_customer_error
from .date_range import DateRangeBar
from .profile_tab import ProfileTab

PAGE = customer_profile.PAGE
TICKET_ROLE = Qt.ItemDataRole.UserRole + 1


class InteractionsTab(ProfileTab):
    sig_open_ticket = Signal(object)  # uuid.UUID

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerInteractionsTab")
        self.dates = DateRangeBar("interactions")
        self.dates.sig_changed.connect(lambda _d: self.reload())
        self.add_button = name(QPushButton(), "addTicketButton")
        self.add_button.clicked.connect(self.ask_add_ticket)
        self.add_button.setEnabled(not ctx.user.read_only)
        self.open_button = name(QPushButton(), "openCustomerTicketButton")
        self.open_button.clicked.connect(self.open_current)

        self.tickets_title = name(QLabel(), "customerTicketsTitle")
        self.tickets = item_list("customerTicketList", 5)
        self.ticket_batches = Batches(self.tickets, self._add_tickets)
        self.tickets_empty = empty_label("customerTicketsEmpty")
        self.interactions_title = name(QLabel(), "customerInteractionsTitle")
        self.interactions = item_list("customerInteractionList", 5)
        self.interaction_batches = Batches(self.interactions, self._add_interactions)
        self.interactions_empty = empty_label("customerInteractionsEmpty")
        self._last_tree = self.tickets  # the list the user last picked a row in
        for tree in (self.tickets, self.interactions):
            tree.itemActivated.connect(self._activate)
            tree.currentItemChanged.connect(lambda current, _old, t=tree: self._picked(t, current))
        for title in (self.tickets_title, self.interactions_title):
            title.setStyleSheet("font-weight: 600;")

        top = QHBoxLayout()
        top.addWidget(self.dates, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.add_button)
        splitter = name(QSplitter(Qt.Orientation.Vertical), "customerInteractionsSplitter")
        for title, tree, empty in ((self.tickets_title, self.tickets, self.tickets_empty),
                                   (self.interactions_title, self.interactions, self.interactions_empty)):
            part = QWidget()
            box = QVBoxLayout(part)
            box.setContentsMargins(0, 4, 0, 0)
            box.addWidget(title)
            box.addWidget(tree, 1)
            box.addWidget(empty)
            splitter.addWidget(part)
        splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.last_dialog = None
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        dates = self.dates.dates()
        ticket_rows = customer_profile.tickets_page(self.ctx.db, self.ctx.user, self.customer_id, dates=dates)
        interaction_rows = customer_profile.interactions_page(self.ctx.db, self.ctx.user, self.customer_id,
                                                              dates=dates)
        self.tickets.clear()
        self.interactions.clear()
        self.ticket_batches.start(ticket_rows, self._older_tickets, PAGE)
        self.interaction_batches.start(interaction_rows, self._older_interactions, PAGE)
        self.tickets_empty.setVisible(not ticket_rows)
        self.tickets.setVisible(bool(ticket_rows))
        self.interactions_empty.setVisible(not interaction_rows)
        self.interactions.setVisible(bool(interaction_rows))

    def reload(self) -> None:
        if self.customer_id is None:
            return
        try:
            self.load()
            self.loaded = True
        except ServiceError as exc:
            show_customer_error(self, exc)

    def _older_tickets(self, last) -> list:
        return customer_profile.tickets_page(self.ctx.db, self.ctx.user, self.customer_id,
                                             dates=self.dates.dates(), after=last.cursor)

    def _older_interactions(self, last) -> list:
        return customer_profile.interactions_page(self.ctx.db, self.ctx.user, self.customer_id,
                                                  dates=self.dates.dates(), after=last.cursor)

    def _add_tickets(self, rows) -> None:
        for row in rows:
            item = QTreeWidgetItem([f"#{row.number}", label(row.status), row.subject, row.campaign_name,
                                    date_time(row.created_at)])
            item.setData(0, ID_ROLE, str(row.id))
            item.setData(0, TICKET_ROLE, str(row.id))
            item.setToolTip(2, row.subject)
            self.tickets.addTopLevelItem(item)
        if self.tickets.topLevelItemCount() == len(rows):
            for c in (0, 1):
                self.tickets.resizeColumnToContents(c)
            self.tickets.setColumnWidth(2, 320)

    def _add_interactions(self, rows) -> None:
        arrow = {Direction.INCOMING: "←", Direction.OUTGOING: "→"}
        for row in rows:
            direction = self.tr("From the customer") if row.direction == Direction.INCOMING else self.tr("To the customer")
            item = QTreeWidgetItem([date_time(row.occurred_at), f"{arrow.get(row.direction, '')} {label(row.channel_kind)}",
                                    f"#{row.ticket_number}", row.subject or row.preview, row.preview])
            item.setToolTip(1, direction)
            item.setData(0, ID_ROLE, str(row.id))
            item.setData(0, TICKET_ROLE, str(row.ticket_id))
            self.interactions.addTopLevelItem(item)
        if self.interactions.topLevelItemCount() == len(rows):
            for c in (0, 1, 2):
                self.interactions.resizeColumnToContents(c)
            self.interactions.setColumnWidth(3, 260)

    def ticket_numbers(self) -> list[str]:
        """The ticket column of the shown interactions (what a test or a screen reader reads)."""
        return [self.interactions.topLevelItem(i).text(2) for i in range(self.interactions.topLevelItemCount())]

    # -- acting ------------------------------------------------------------------------------
    def _activate(self, item: QTreeWidgetItem) -> None:
        self.sig_open_ticket.emit(uuid.UUID(item.data(0, TICKET_ROLE)))

    def _picked(self, tree, current) -> None:
        if current is not None:
            self._last_tree = tree

    def open_current(self) -> None:
        item = self._last_tree.currentItem()
        if item is not None:
            self._activate(item)

    def ask_add_ticket(self) -> None:
        if self.customer_id is None:
            return
        dialog = AddTicketDialog(self.ctx, self.customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_created.connect(self.sig_open_ticket)
        self.last_dialog = dialog
        dialog.open()

    def retranslate(self) -> None:
        self.tickets_title.setText(self.tr("Tickets"))
        self.interactions_title.setText(self.tr("Interactions"))
        self.tickets.setHeaderLabels([self.tr("Ticket"), self.tr("Status"), self.tr("Subject"), self.tr("Campaign"),
                                      self.tr("Created")])
        self.tickets.setAccessibleName(self.tr("Tickets of the customer"))
        self.tickets.header().setAccessibleName(self.tr("Columns"))
        self.interactions.setHeaderLabels([self.tr("When"), self.tr("Channel"), self.tr("Ticket"), self.tr("Subject"),
                                           self.tr("Preview")])
        self.interactions.setAccessibleName(self.tr("Interactions of the customer"))
        self.interactions.header().setAccessibleName(self.tr("Columns"))
        self.tickets_empty.setText(self.tr("No tickets in these dates."))
        self.interactions_empty.setText(self.tr("No interactions in these dates."))
        self.add_button.setText(self.tr("Add ticket"))
        self.add_button.setAccessibleName(self.tr("Add a ticket for this customer"))
        self.add_button.setToolTip(self.tr("Add a ticket for this customer"))
        self.open_button.setText(self.tr("Open ticket"))
        self.open_button.setAccessibleName(self.tr("Open the selected ticket"))
        self.open_button.setToolTip(self.tr("Open the selected ticket (Enter or double-click a row)"))
