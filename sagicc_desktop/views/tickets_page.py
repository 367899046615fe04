"""L1: the Tickets module, a filter bar over the lazily paged ticket table."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..models.labels import label
from ..models.roles import TicketIdRole
from ..models.ticket_table import SORT_COLUMN, TicketTableModel
from ..services import directory
from ..services.ticket_list import SortKey, TicketFilter, TicketListQuery
from ..store.enums import Priority, TicketStatus
from .context import AppContext
from .flow_layout import FlowLayout
from .widgets import Retranslating, name

OPEN = "open"


class TicketsPage(Retranslating, QWidget):
    sig_open_ticket = Signal(object)  # uuid.UUID

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "ticketsPage")
        self.title = name(QLabel(), "ticketsTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.search = name(QLineEdit(), "ticketSearchEdit")
        self.search.setClearButtonEnabled(True)
        self.status = name(QComboBox(), "statusFilter")
        self.campaign = name(QComboBox(), "campaignFilter")
        self.priority = name(QComboBox(), "priorityFilter")
        self.assignee = name(QComboBox(), "assigneeFilter")
        self.date_from = name(QDateEdit(), "dateFromFilter")
        self.date_to = name(QDateEdit(), "dateToFilter")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())
        self.clear_button = name(QPushButton(), "clearFiltersButton")
        self.clear_button.clicked.connect(self.clear_filters)
        self.open_button = name(QPushButton(), "goToTicketButton")
        self.open_button.clicked.connect(self.open_current)
        self.count_label = name(QLabel(), "ticketCountLabel")

        self.model = TicketTableModel(parent=self)
        self.model.sig_count_known.connect(lambda _n: self._update_count())
        self.table = name(QTableView(), "ticketTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = name(self.table.horizontalHeader(), "ticketTableHeader")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 100, 80, 320, 180, 140, 140, 130, 130)):
            self.table.setColumnWidth(col, width)
        header.setSortIndicator(SORT_COLUMN[SortKey.CREATED], Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.campaign, self.priority, self.assignee):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)

        bar = FlowLayout()  # the filters wrap onto a second row in a narrow window
        for w in (self.search, self.status, self.campaign, self.priority, self.assignee, self.date_from,
                  self.date_to, self.clear_button):
            bar.addWidget(w)
        self.search.setMinimumWidth(300)  # room for its hint in Spanish
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._suspend = True
        self._fill_filters()
        self._suspend = False
        self.retranslate()
        self.apply_filters()

    def _fill_filters(self) -> None:
        keep = {c: c.currentData() for c in (self.status, self.campaign, self.priority, self.assignee)}
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (new, in progress, pending)"), OPEN)
        for s in TicketStatus:
            self.status.addItem(label(s), s)
        self.campaign.clear()
        self.campaign.addItem(self.tr("All campaigns"), None)
        for c in directory.campaigns(self.ctx.db):
            self.campaign.addItem(c.name, str(c.id))
        self.priority.clear()
        self.priority.addItem(self.tr("All priorities"), None)
        for p in Priority:
            self.priority.addItem(label(p), p)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Anyone"), None)
        self.assignee.addItem(self.tr("Me"), str(self.ctx.user.user_id))
        self.assignee.addItem(self.tr("Unassigned"), "unassigned")
        for u in directory.users(self.ctx.db):
            self.assignee.addItem(u.name, str(u.id))
        for combo, value in keep.items():
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def current_filter(self) -> TicketFilter:
        status = self.status.currentData()
        statuses = TicketStatus.open_statuses() if status == OPEN else ((status,) if status else ())
        assignee = self.assignee.currentData()
        minimum = self.date_from.minimumDate()
        start = self.date_from.date()
        end = self.date_to.date()
        return TicketFilter(
            statuses=statuses,
            campaign_id=uuid.UUID(self.campaign.currentData()) if self.campaign.currentData() else None,
            priorities=(self.priority.currentData(),) if self.priority.currentData() else (),
            assignee_id=uuid.UUID(assignee) if assignee and assignee != "unassigned" else None,
            unassigned=assignee == "unassigned",
            created_from=start.toPython() if start != minimum else None,
            created_to=end.toPython() if end != minimum else None,
            text=self.search.text(),
        )

    def apply_filters(self) -> None:
        if self._suspend:
            return
        header = self.table.horizontalHeader()
        sort = next((k for k, col in SORT_COLUMN.items() if col == header.sortIndicatorSection()), SortKey.CREATED)
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.model.set_query(TicketListQuery(self.ctx.db, self.ctx.user, self.current_filter(), sort, descending),
                             count_later=True)
        self._update_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def clear_filters(self) -> None:
        self._suspend = True
        for combo in (self.status, self.campaign, self.priority, self.assignee):
            combo.setCurrentIndex(0)
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())
        self.search.clear()
        self._suspend = False
        self.apply_filters()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if not self.model.count_known:
            self.count_label.setText(self.tr("Counting tickets…"))
            self.open_button.setEnabled(True)
            return
        self.count_label.setText(self.tr("1 ticket") if n == 1 else self.tr("%1 tickets").replace("%1", f"{n:,}"))
        self.open_button.setEnabled(n > 0)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.sig_open_ticket.emit(uuid.UUID(self.model.data(index, TicketIdRole)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tickets"))
        self.search.setPlaceholderText(self.tr("Search by number, subject or customer (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search tickets"))
        self.status.setAccessibleName(self.tr("Status filter"))
        self.campaign.setAccessibleName(self.tr("Campaign filter"))
        self.priority.setAccessibleName(self.tr("Priority filter"))
        self.assignee.setAccessibleName(self.tr("Assigned user filter"))
        self.date_from.setSpecialValueText(self.tr("From: any date"))
        self.date_from.setAccessibleName(self.tr("Created from"))
        self.date_to.setSpecialValueText(self.tr("To: any date"))
        self.date_to.setAccessibleName(self.tr("Created until"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.open_button.setText(self.tr("Go to ticket"))
        self.open_button.setAccessibleName(self.tr("Go to ticket"))
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns: click one to sort by it"))
        self._suspend = True
        self._fill_filters()
        self._suspend = False
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_count()
