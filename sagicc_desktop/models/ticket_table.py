"""The Tickets module's table (L1): a windowed, lazily paged model over a million rows.

The model knows the row count (one indexed COUNT) and holds only a bounded cache of pages.
A page is read by keyset from a neighbouring page's boundary key, so scrolling in either
direction costs one index seek per page; the last page is read backwards from the end, so a
jump to the bottom is as cheap as the top. Only a scrollbar drag into the unknown middle
falls back to OFFSET. Memory stays bounded by MAX_PAGES whatever the list length.

Counting a million index entries takes tens of milliseconds, so with count_later=True the
model starts as in Qt's fetchmore example (the first page, canFetchMore/fetchMore one page at a
time) while a worker thread counts; when the count arrives the remaining rows are inserted at
once and the model becomes windowed, with a true scrollbar that can jump to the last ticket.
"""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt,
    QT_TRANSLATE_NOOP, Signal,
)
from PySide6.QtGui import QColor

from ..services.ticket_list import SortKey, TicketListQuery, TicketRow
from ..store.enums import Priority
from .formatting import date_time
from .labels import PRIORITY_COLOURS, label
from .roles import SortValueRole, TicketIdRole, TicketNumberRole

COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("TicketTableModel", "Number"), SortKey.NUMBER),
    ("status", QT_TRANSLATE_NOOP("TicketTableModel", "Status"), SortKey.STATUS),
    ("priority", QT_TRANSLATE_NOOP("TicketTableModel", "Priority"), SortKey.PRIORITY),
    ("subject", QT_TRANSLATE_NOOP("TicketTableModel", "Subject"), None),
    ("customer", QT_TRANSLATE_NOOP("TicketTableModel", "Customer"), None),
    ("campaign", QT_TRANSLATE_NOOP("TicketTableModel", "Campaign"), None),
    ("assignee", QT_TRANSLATE_NOOP("TicketTableModel", "Assigned to"), None),
    ("created", QT_TRANSLATE_NOOP("TicketTableModel", "Created"), SortKey.CREATED),
    ("updated", QT_TRANSLATE_NOOP("TicketTableModel", "Updated"), SortKey.UPDATED),
)
SORT_COLUMN = {key: i for i, (_, _, key) in enumerate(COLUMNS) if key is not None}

PAGE_SIZE = 100
MAX_PAGES = 40

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP, TicketIdRole, TicketNumberRole, SortValueRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_PRIORITY_BRUSHES = {p: QColor(c) for p, c in PRIORITY_COLOURS.items()}


class _CountReport(QObject):
    counted = Signal(int, int)  # generation, count


# One background thread counts; a newer count request simply queues behind an older one.
# (Python threads, not QRunnable: a Python QRunnable's wrapper can be collected mid-run.)
_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ticket-count")


def _count_off_thread(query: TicketListQuery, generation: int, report: _CountReport) -> None:
    """Counts the query's rows in its own database session, then reports to the GUI thread."""
    try:
        total = query.count()
    except Exception:  # the database was closed meanwhile: nothing to report
        return
    try:
        report.counted.emit(generation, total)
    except RuntimeError:  # the model is gone
        pass


class TicketTableModel(QAbstractTableModel):
    """Rows are read on demand; see the module docstring for the paging strategy."""

    sig_count_known = Signal(int)

    def __init__(self, query: TicketListQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._query: TicketListQuery | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[TicketRow]] = OrderedDict()
        self._bounds: dict[int, tuple[tuple, tuple]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # formatted cells of recently shown rows
        self.page_reads = 0  # how many pages were read from the database (for tests/benchmark)
        self._generation = 0
        self._exact = True
        self._count_later = False
        self._report = _CountReport(self)
        self._report.counted.connect(self._counted)
        if query is not None:
            self.set_query(query)

    # -- query -----------------------------------------------------------------------------
    @property
    def query(self) -> TicketListQuery | None:
        return self._query

    def set_query(self, query: TicketListQuery, *, count_later: bool = False) -> None:
        """Show a new filter or order; count_later shows the first page before the count."""
        self.beginResetModel()
        self._query = query
        self._count_later = count_later
        self._generation += 1
        self._pages.clear()
        self._bounds.clear()
        self._texts.clear()
        if count_later:
            first = self._store(0, query.first_page(PAGE_SIZE))
            self._count = len(first)
            self._exact = len(first) < PAGE_SIZE
            if not self._exact:
                _COUNTER.submit(_count_off_thread, query, self._generation, self._report)
        else:
            self._count = query.count()
            self._exact = True
        self.endResetModel()
        if self._exact:
            self.sig_count_known.emit(self._count)

    @property
    def count_known(self) -> bool:
        return self._exact

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation or self._exact:
            return  # a count for an older filter, or fetchMore already reached the end
        self._exact = True
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.sig_count_known.emit(self._count)

    # -- fetchmore, while the count is not known yet ---------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exact and self._query is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._count // PAGE_SIZE
        rows = self._query.page_after(self._bounds[page - 1][1], PAGE_SIZE)
        self.page_reads += 1
        if len(rows) < PAGE_SIZE:
            self._exact = True
        if rows:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(rows) - 1)
            self._store(page, rows)
            self._count += len(rows)
            self.endInsertRows()
        if self._exact:
            self.sig_count_known.emit(self._count)

    def refresh(self) -> None:
        if self._query is not None:
            self.set_query(self._query, count_later=self._count_later)

    # -- paging ----------------------------------------------------------------------------
    def _last_page(self) -> int:
        return max(0, (self._count - 1) // PAGE_SIZE)

    def _load(self, page: int) -> list[TicketRow]:
        q = self._query
        assert q is not None
        wanted = min(PAGE_SIZE, self._count - page * PAGE_SIZE)
        if wanted <= 0:
            return []
        if page == 0:
            rows = q.first_page(wanted)
        elif page - 1 in self._bounds:
            rows = q.page_after(self._bounds[page - 1][1], wanted)
        elif page + 1 in self._bounds:
            rows = q.page_before(self._bounds[page + 1][0], wanted)
        elif page == self._last_page():
            rows = q.page_before(None, wanted)
        else:
            rows = q.page_at(page * PAGE_SIZE, wanted)
        self.page_reads += 1
        return rows

    def _page(self, page: int) -> list[TicketRow]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        return self._store(page, self._load(page))

    def _store(self, page: int, rows: list[TicketRow]) -> list[TicketRow]:
        self._pages[page] = rows
        if rows:
            self._bounds[page] = (rows[0].key, rows[-1].key)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_at(self, row: int) -> TicketRow | None:
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("TicketTableModel", COLUMNS[section][1])
        return None

    def _texts_of(self, r: int) -> tuple[str, ...] | None:
        texts = self._texts.get(r)
        if texts is None:
            row = self.row_at(r)
            if row is None:
                return None
            texts = self._texts[r] = tuple(self._display(row, c) for c, _, _ in COLUMNS)
            if len(self._texts) > MAX_PAGES * PAGE_SIZE:
                self._texts.clear()
        return texts

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks ~8 roles per cell on every paint: answer the unused ones first, cheaply.
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < self._count:
            return None
        column = index.column()
        if role == _DISPLAY:
            texts = self._texts_of(r)
            return texts[column] if texts is not None else None
        if role == _ALIGN:
            return _RIGHT if column == 0 else None
        row = self.row_at(r)
        if row is None:
            return None
        if role == _FOREGROUND:
            return _PRIORITY_BRUSHES[row.priority] if column == 2 else None
        if role == _TOOLTIP:
            return row.subject if column == 3 else None
        if role == TicketIdRole:
            return str(row.id)
        if role == TicketNumberRole:
            return row.number
        if role == SortValueRole:
            return str(row.sort_value)
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span) -> None:  # noqa: N802
        """All the roles a delegate asks for a cell, in one call: the cell is looked up once and
        only the roles a column uses are answered (painting asks this for every visible cell)."""
        if not index.isValid():
            return
        r, column = index.row(), index.column()
        if not 0 <= r < self._count:
            return
        for role_data in span:
            role = role_data.role()
            if role == _DISPLAY:
                texts = self._texts_of(r)
                if texts is not None:
                    role_data.setData(texts[column])
            elif role == _ALIGN:
                if column == 0:
                    role_data.setData(_RIGHT)
            elif role == _FOREGROUND:
                if column == 2:
                    row = self.row_at(r)
                    if row is not None:
                        role_data.setData(_PRIORITY_BRUSHES[row.priority])
            elif role in _ROLES and role != _TOOLTIP:
                value = self.data(index, role)
                if value is not None:
                    role_data.setData(value)

    @staticmethod
    def _display(row: TicketRow, column: str) -> str:
        if column == "number":
            return str(row.number)
        if column == "status":
            return label(row.status)
        if column == "priority":
            return label(row.priority)
        if column == "subject":
            return row.subject
        if column == "customer":
            return row.customer_name
        if column == "campaign":
            return row.campaign_name
        if column == "assignee":
            return row.assignee_name
        if column == "created":
            return date_time(row.created_at)
        if column == "updated":
            return date_time(row.updated_at)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None
        if key is None or self._query is None:
            return
        q = self._query
        self.set_query(TicketListQuery(q.db, q.actor, q.filter, key, order == Qt.SortOrder.DescendingOrder),
                       count_later=self._count_later)
