"""Long lists in the ticket's tabs, filled a batch at a time.

The first batch is added at once and the next ones as the user scrolls near the end, so a
ticket with hundreds of files or notes opens as fast as a screenful of them. A batch that does
not fill the view is followed by more once the view is laid out: there must be something to
scroll for the rest to come.

The rows themselves may come a page at a time too: given a `fetch`, the list starts with the
first page the tab read and asks for the next (older) page when the shown rows run out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView


class Batches:
    def __init__(self, view: QAbstractItemView, add: Callable[[Sequence], None], size: int = 20) -> None:
        self.view, self.add, self.size = view, add, size
        self.rows: list = []
        self.shown = 0
        self._fetch: Callable[[object], Sequence] | None = None
        self._page = 0
        self._adding = False
        view.verticalScrollBar().valueChanged.connect(self._scrolled)

    def start(self, rows: Sequence, fetch: Callable[[object], Sequence] | None = None, page: int = 0) -> None:
        """Show `rows`; with `fetch`, rows came as a page of `page` rows and fetch(last row)
        reads the next page (a shorter page is the last)."""
        self.rows, self.shown = list(rows), 0
        self._fetch = fetch if fetch is not None and page and len(self.rows) >= page else None
        self._page = page
        self.more()
        if self.has_more():
            QTimer.singleShot(0, self.view, self.fill_view)

    def restart(self) -> None:
        """Show the rows again from the top (after the caller changed some), keeping the pages
        still to fetch."""
        self.shown = 0
        self.more()
        if self.has_more():
            QTimer.singleShot(0, self.view, self.fill_view)

    def fill_view(self) -> None:
        """Add batches until the view can scroll (or every row is shown)."""
        bar = self.view.verticalScrollBar()
        for _ in range(20):
            self.view.doItemsLayout()
            if bar.maximum() > 0 or not self.more():
                return

    def more(self) -> bool:
        """Add the next batch; False when every row is already shown."""
        if self.shown + self.size > len(self.rows) and self._fetch is not None:
            fetched = self._fetch(self.rows[-1]) if self.rows else ()
            if len(fetched) < self._page:
                self._fetch = None  # that was the last page
            self.rows.extend(fetched)
        batch = self.rows[self.shown:self.shown + self.size]
        if not batch:
            return False
        self._adding = True  # adding moves the scroll bar: that is not the user scrolling
        try:
            self.add(batch)
        finally:
            self._adding = False
        self.shown += len(batch)
        return True

    def has_more(self) -> bool:
        return self.shown < len(self.rows) or self._fetch is not None

    def show_until(self, wanted: Callable[[object], bool]) -> None:
        """Add batches until a row the caller wants (e.g. the one to select) is shown."""
        while not any(wanted(r) for r in self.rows[:self.shown]) and self.more():
            pass

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if (not self._adding and self.has_more() and bar.maximum() > 0
                and value >= bar.maximum() - bar.pageStep()):
            self.more()
