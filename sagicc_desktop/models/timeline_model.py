"""T5: the timeline's rows as a list model holding a bounded window of the conversation.

The model starts on the newest page and grows a page at a time in either direction: newer
rows through canFetchMore/fetchMore at the bottom (Qt asks when the view reaches its end),
older rows through fetch_older() at the top (the view asks when it is scrolled near its top).
At most max_rows rows are held; growing one way drops rows at the far end of the other, so
scrolling through a hundred thousand messages keeps memory flat. Jumping to the start or end
resets the window. Rows are the timeline service's frozen values; no SQL here.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..services import timeline
from ..services.actor import Actor
from ..services.timeline import Scope, TimelineRow
from ..store.database import Database
from ..store.enums import Direction
from .formatting import date_time
from .labels import label

TimelineRowRole = Qt.ItemDataRole.UserRole + 40  # the TimelineRow
BubbleKindRole = Qt.ItemDataRole.UserRole + 41  # "incoming" or "outgoing"
InteractionIdRole = Qt.ItemDataRole.UserRole + 42  # the interaction's id as text

INCOMING, OUTGOING = "incoming", "outgoing"
_C = "TimelineModel"


class TimelineModel(QAbstractListModel):
    PAGE = 50
    MAX_ROWS = 600

    sig_window_changed = Signal()  # at_start / at_end or the whole window changed

    def __init__(self, db: Database, actor: Actor, scope: Scope, *, page: int = PAGE,
                 max_rows: int = MAX_ROWS, parent=None) -> None:
        super().__init__(parent)
        if max_rows < 2 * page:
            raise ValueError("the window must hold at least two pages")
        self.db, self.actor, self.scope = db, actor, scope
        self.page, self.max_rows = page, max_rows
        self.rows: list[TimelineRow] = []
        self.at_start = self.at_end = True  # nothing older / nothing newer outside the window
        self.loaded = False
        self._busy = False

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.column() != 0:
            return None
        r = self.rows[index.row()]
        if role == TimelineRowRole:
            return r
        if role == BubbleKindRole:
            return INCOMING if r.direction is Direction.INCOMING else OUTGOING
        if role == InteractionIdRole:
            return str(r.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.sender}: {r.preview}" if r.sender else r.preview
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(r)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self.loaded and not self.at_end and not self._busy

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        # Asked from inside one of our own change notifications (a listener of rowsInserted or
        # modelReset), it waits: changing the rows while they are being announced would break
        # every listener after it. The view asks again once it has laid the new rows out.
        if not parent.isValid() and not self._busy:
            self.fetch_newer()

    # ------------------------------------------------------------ the window

    def can_fetch_older(self) -> bool:
        return self.loaded and not self.at_start

    def fetch_newer(self) -> int:
        """Append the next page after the last row; returns how many rows came."""
        if not self.loaded or self.at_end or self._busy:
            return 0
        self._busy = True
        try:
            return self._fetch_newer()
        finally:
            self._busy = False

    def _fetch_newer(self) -> int:
        if not self.rows:
            self._busy = False
            return self._reset(self._newest())
        page = timeline.newer_than(self.db, self.actor, self.scope, self.rows[-1].cursor, self.page + 1)
        more = len(page) > self.page
        page = page[:self.page]
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.at_end = not more
        excess = len(self.rows) - self.max_rows
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self.rows[:excess]
            self.endRemoveRows()
            self.at_start = False
        self.sig_window_changed.emit()
        return len(page)

    def fetch_older(self) -> int:
        """Insert the page before the first row at the top; returns how many rows came."""
        if not self.loaded or self.at_start or not self.rows or self._busy:
            return 0
        self._busy = True
        try:
            return self._fetch_older()
        finally:
            self._busy = False

    def _fetch_older(self) -> int:
        page = timeline.older_than(self.db, self.actor, self.scope, self.rows[0].cursor, self.page + 1)
        more = len(page) > self.page
        page = page[-self.page:] if page else page
        if page:
            self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
            self.rows[0:0] = page
            self.endInsertRows()
        self.at_start = not more
        excess = len(self.rows) - self.max_rows
        if excess > 0:
            last = len(self.rows)
            self.beginRemoveRows(QModelIndex(), last - excess, last - 1)
            del self.rows[last - excess:]
            self.endRemoveRows()
            self.at_end = False
        self.sig_window_changed.emit()
        return len(page)

    def _newest(self) -> list[TimelineRow]:
        rows = timeline.newest_page(self.db, self.actor, self.scope, self.page + 1)
        self.at_start, self.at_end = len(rows) <= self.page, True
        return rows[-self.page:]

    def _reset(self, rows: list[TimelineRow]) -> int:
        self._busy = True
        try:
            self.beginResetModel()
            self.rows = list(rows)
            self.loaded = True
            self.endResetModel()
        finally:
            self._busy = False
        self.sig_window_changed.emit()
        return len(self.rows)

    def jump_to_end(self) -> int:
        """The newest page (what the timeline opens on)."""
        return self._reset(self._newest())

    def jump_to_start(self) -> int:
        """The oldest page."""
        rows = timeline.oldest_page(self.db, self.actor, self.scope, self.page + 1)
        self.at_start, self.at_end = True, len(rows) <= self.page
        return self._reset(rows[:self.page])

    def set_scope(self, scope: Scope) -> int:
        """Other filters: start again from the newest page."""
        self.scope = scope
        return self.jump_to_end()

    def load_around(self, interaction_id: uuid.UUID) -> bool:
        """A window centred on one interaction; False (window unchanged) when it is not in scope."""
        rows = timeline.around(self.db, self.actor, self.scope, interaction_id, self.page)
        if not rows:
            return False
        self.at_start = len(timeline.older_than(self.db, self.actor, self.scope, rows[0].cursor, 1)) == 0
        self.at_end = len(timeline.newer_than(self.db, self.actor, self.scope, rows[-1].cursor, 1)) == 0
        self._reset(rows)
        return True

    def reload(self) -> int:
        """The same stretch of conversation read again (after someone changed the ticket)."""
        if not self.loaded:
            return self.jump_to_end()
        if not self.rows or self.at_end and len(self.rows) <= self.page:
            return self.jump_to_end()
        start = self.rows[0].cursor
        count = len(self.rows)
        rows = timeline.newer_than(self.db, self.actor, self.scope, start, count + 1, inclusive=True)
        if not rows:
            return self.jump_to_end()
        self.at_end = len(rows) <= count
        self.at_start = self.at_start and rows[0].cursor == start
        return self._reset(rows[:count])

    # ------------------------------------------------------------ single rows

    def row_of(self, interaction_id) -> int:
        """The row number of an interaction in the window, or -1."""
        wanted = interaction_id if isinstance(interaction_id, uuid.UUID) else uuid.UUID(str(interaction_id))
        for i in range(len(self.rows) - 1, -1, -1):  # recent rows are the ones that change
            if self.rows[i].id == wanted:
                return i
        return -1

    def refresh_row(self, interaction_id) -> bool:
        """Read one row again (its delivery state changed); True when it is in the window."""
        at = self.row_of(interaction_id)
        if at < 0:
            return False
        fresh = timeline.row(self.db, self.actor, self.scope, self.rows[at].id)
        self._busy = True
        try:
            if fresh is None:  # deleted, or no longer matching the filters
                self.beginRemoveRows(QModelIndex(), at, at)
                del self.rows[at]
                self.endRemoveRows()
            else:
                self.rows[at] = fresh
                index = self.index(at, 0)
                self.dataChanged.emit(index, index)
        finally:
            self._busy = False
        return True


def accessible_text(r: TimelineRow) -> str:
    """One sentence a screen reader says for a row."""
    tr = QCoreApplication.translate
    direction = tr(_C, "Incoming") if r.direction is Direction.INCOMING else tr(_C, "Outgoing")
    parts = [direction, label(r.channel_kind), date_time(r.occurred_at)]
    if r.sender:
        parts.append(tr(_C, "from %1").replace("%1", r.sender))
    if r.subject:
        parts.append(r.subject)
    parts.append(r.preview)
    if r.attachments:
        parts.append(tr(_C, "%n attachment(s)", "", len(r.attachments)))
    if not r.is_public:
        parts.append(tr(_C, "internal"))
    if r.sender_blocked:
        parts.append(tr(_C, "sender blocked"))
    return ", ".join(p for p in parts if p)
