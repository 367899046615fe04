"""Long lists in the ticket's tabs, filled a batch at a time.

The first batch is added at once and the next ones as the user scrolls near the end, so a
ticket with hundreds of files or notes opens as fast as a screenful of them. A batch that does
not fill the view is followed by more once the view is laid out: there must be something to
scroll for the rest to come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView


class Batches:
    def __init__(self, view: QAbstractItemView, add: Callable[[Sequence], None], size: int = 20) -> None:
        self.view, self.add, self.size = view, add, size
        self.rows: Sequence = ()
        self.shown = 0
        self._adding = False
        view.verticalScrollBar().valueChanged.connect(self._scrolled)

    def start(self, rows: Sequence) -> None:
        self.rows, self.shown = rows, 0
        self.more()
        if self.shown < len(self.rows):
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

    def show_until(self, wanted: Callable[[object], bool]) -> None:
        """Add batches until a row the caller wants (e.g. the one to select) is shown."""
        while not any(wanted(r) for r in self.rows[:self.shown]) and self.more():
            pass

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if (not self._adding and self.shown < len(self.rows) and bar.maximum() > 0
                and value >= bar.maximum() - bar.pageStep()):
            self.more()
