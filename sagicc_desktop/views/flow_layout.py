"""A layout that lays its widgets out in a row and wraps them onto more rows when narrow.

Filter bars use it so that long (translated) filter texts never make the window wider than
a laptop screen: the bar takes the height it needs for the width it is given instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right at their size hint, wrapping; its minimum is its widest item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is not None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout --------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One row with everything in it."""
        m = self.contentsMargins()
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._gap(Qt.Orientation.Horizontal) * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item at its size hint: everything else wraps."""
        m = self.contentsMargins()
        size = QSize(0, 0)
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint()).expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing --------------------------------------------------------------------------------
    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parent()
        if isinstance(parent, QWidget):
            metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing if orientation == Qt.Orientation.Horizontal
                      else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
            gap = parent.style().pixelMetric(metric, None, parent)
            if gap >= 0:
                return gap
        return 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        h_gap, v_gap = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, int]] = []  # items of the current row, with their x

        def place_row() -> None:
            if move:
                for item, left in row:
                    hint = item.sizeHint()
                    width = min(hint.width(), area.width())
                    top = y + (row_height - hint.height()) // 2  # rows centred vertically
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, hint.height())))

        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if row and x + hint.width() > area.right() + 1:
                place_row()
                y += row_height + v_gap
                x, row_height, row = area.x(), 0, []
            row.append((item, x))
            x += hint.width() + h_gap
            row_height = max(row_height, hint.height())
        place_row()
        return y + row_height - rect.y() + m.bottom()



def group(object_name: str, *widgets: QWidget, spacing: int = 4) -> QWidget:
    """Widgets kept side by side on one row of a flow (a caption with its field, a set of buttons)."""
    box = QWidget()
    box.setObjectName(object_name)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return box
