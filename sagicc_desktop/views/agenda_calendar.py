"""A day or week calendar of agenda entries, painted: hours down the side, entries as blocks.

Painting keeps a week of a busy agenda to one widget (no widget per entry). Entries that
overlap share their column side by side. Keyboard: arrows move between entries in time order,
Enter activates the selected one (as a double-click does).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ..models.formatting import to_qdatetime
from ..services.agenda import AgendaItem
from .widgets import Retranslating, name

HOUR_HEIGHT = 48
GUTTER = 52
HEADER_HEIGHT = 30
MIN_BLOCK = 18

_THIS = (QColor("#1565c0"), QColor("#0d47a1"), QColor("#ffffff"))
_OTHER = (QColor("#e3f2fd"), QColor("#90caf9"), QColor("#0d47a1"))
_DONE = (QColor("#eeeeee"), QColor("#bdbdbd"), QColor("#757575"))
_HIDDEN = (QColor("#f5f5f5"), QColor("#bdbdbd"), QColor("#616161"))


@dataclass
class _Block:
    item: AgendaItem
    rect: QRectF


def local_start(item: AgendaItem):
    """The entry's start as a local QDateTime (the calendar shows the workstation's time)."""
    return to_qdatetime(item.due_at)


class _Grid(QWidget):
    """The painted hours and entries; lives in a scroll area."""

    def __init__(self, owner: "AgendaCalendar") -> None:
        super().__init__()
        self.owner = owner
        name(self, "agendaCalendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(24 * HOUR_HEIGHT + 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(GUTTER + 7 * 90, 24 * HOUR_HEIGHT + 1)

    def paintEvent(self, event) -> None:  # noqa: N802
        self.owner.paint_grid(self, QPainter(self))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.owner.select_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self.owner.select_at(event.position().toPoint()) is not None:
            self.owner.activate_selected()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.owner.move_selection(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.owner.move_selection(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.owner.activate_selected()
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self.owner.block_at(event.pos())
            if block is not None:
                QToolTip.showText(event.globalPos(), self.owner.describe(block.item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class _Header(QWidget):
    def __init__(self, owner: "AgendaCalendar") -> None:
        super().__init__()
        self.owner = owner
        name(self, "agendaCalendarHeader")
        self.setFixedHeight(HEADER_HEIGHT)

    def paintEvent(self, event) -> None:  # noqa: N802
        self.owner.paint_header(self, QPainter(self))


class AgendaCalendar(Retranslating, QWidget):
    """Entries of `days` days from `first_day`; those of `highlight_ticket_id` stand out."""

    sig_activated = Signal(object)  # AgendaItem
    sig_selected = Signal(object)  # AgendaItem or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        name(self, "agendaCalendar")
        self.first_day = QDate.currentDate()
        self.days = 7
        self.items: list[AgendaItem] = []
        self.highlight_ticket_id: uuid.UUID | None = None
        self.blocks: list[_Block] = []
        self.selected: int | None = None
        self._pending_hour: int | None = None
        self.header = _Header(self)
        self.grid = _Grid(self)
        self.scroll = name(QScrollArea(), "agendaCalendarScroll")
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusProxy(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    # -- data --------------------------------------------------------------------------------
    def set_period(self, first_day: QDate, days: int) -> None:
        self.first_day, self.days = first_day, days
        self._relayout()

    def set_items(self, items: Sequence[AgendaItem], highlight_ticket_id: uuid.UUID | None = None) -> None:
        chosen = self.selected_item()
        self.items = sorted(items, key=lambda i: (i.due_at, str(i.id)))
        self.highlight_ticket_id = highlight_ticket_id
        self._relayout()
        self.selected = next((n for n, b in enumerate(self.blocks) if chosen and b.item.id == chosen.id), None)
        self._announce()

    def selected_item(self) -> AgendaItem | None:
        return self.blocks[self.selected].item if self.selected is not None and self.selected < len(self.blocks) else None

    # -- geometry ----------------------------------------------------------------------------
    def column_width(self) -> float:
        return max(1.0, (self.grid.width() - GUTTER) / self.days)

    def _relayout(self) -> None:
        """Blocks in day columns; overlapping entries share their column in lanes."""
        self.blocks = []
        width = self.column_width()
        by_day: dict[int, list[AgendaItem]] = {}
        for item in self.items:
            start = local_start(item)
            index = self.first_day.daysTo(start.date())
            if 0 <= index < self.days:
                by_day.setdefault(index, []).append(item)
        for index, day_items in by_day.items():
            clusters: list[list[tuple[AgendaItem, int]]] = []
            lanes_end: list[dt.datetime] = []
            cluster_end: dt.datetime | None = None
            for item in day_items:
                if cluster_end is None or item.due_at >= cluster_end:
                    clusters.append([])
                    lanes_end = []
                    cluster_end = item.ends_at
                lane = next((n for n, end in enumerate(lanes_end) if end <= item.due_at), None)
                if lane is None:
                    lanes_end.append(item.ends_at)
                    lane = len(lanes_end) - 1
                else:
                    lanes_end[lane] = item.ends_at
                cluster_end = max(cluster_end, item.ends_at)
                clusters[-1].append((item, lane))
            for cluster in clusters:
                lanes = 1 + max(lane for _, lane in cluster)
                for item, lane in cluster:
                    start = local_start(item).time()
                    minutes = start.hour() * 60 + start.minute()
                    top = minutes * HOUR_HEIGHT / 60
                    height = max(MIN_BLOCK, item.duration_min * HOUR_HEIGHT / 60)
                    height = min(height, 24 * HOUR_HEIGHT - top)
                    lane_width = width / lanes
                    rect = QRectF(GUTTER + index * width + lane * lane_width + 2, top + 1,
                                  lane_width - 4, height - 2)
                    self.blocks.append(_Block(item, rect))
        self.blocks.sort(key=lambda b: (b.item.due_at, str(b.item.id)))
        self.grid.update()
        self.header.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()
        self._apply_scroll()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._relayout()

    def block_at(self, pos: QPoint) -> _Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(QPointF(pos)):
                return block
        return None

    def block_rect(self, entry_id: uuid.UUID) -> QRect | None:
        """Where an entry is drawn, in the grid's coordinates (for tests and scrolling)."""
        block = next((b for b in self.blocks if b.item.id == entry_id), None)
        return block.rect.toRect() if block else None

    def scroll_to_hour(self, hour: int) -> None:
        """Scroll so the hour is at the top; applied once the scroll area knows its size."""
        self._pending_hour = hour
        self._apply_scroll()

    def _apply_scroll(self) -> None:
        bar = self.scroll.verticalScrollBar()
        if self._pending_hour is not None and bar.maximum() > 0:
            bar.setValue(int(self._pending_hour * HOUR_HEIGHT))
            self._pending_hour = None

    # -- selection ---------------------------------------------------------------------------
    def select_at(self, pos: QPoint) -> AgendaItem | None:
        block = self.block_at(pos)
        self.selected = self.blocks.index(block) if block is not None else None
        self._announce()
        return block.item if block else None

    def move_selection(self, step: int) -> None:
        if not self.blocks:
            return
        if self.selected is None:
            self.selected = 0 if step > 0 else len(self.blocks) - 1
        else:
            self.selected = max(0, min(len(self.blocks) - 1, self.selected + step))
        rect = self.blocks[self.selected].rect.toRect()
        self.scroll.ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height())
        self._announce()

    def activate_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.sig_activated.emit(item)

    def _announce(self) -> None:
        item = self.selected_item()
        self.grid.setAccessibleDescription(self.describe(item) if item else "")
        self.grid.update()
        self.sig_selected.emit(item)

    def describe(self, item: AgendaItem) -> str:
        start = local_start(item)
        end = start.addSecs(item.duration_min * 60)
        when = (f"{QLocale().toString(start.date(), QLocale.FormatType.ShortFormat)} "
                f"{start.time().toString('HH:mm')}–{end.time().toString('HH:mm')}")
        if not item.visible:
            return self.tr("%1 · Busy (a ticket you may not see)").replace("%1", when)
        what = f"#{item.ticket_number}" if item.ticket_number is not None else ""
        text = " · ".join(p for p in (when, what, item.title) if p)
        if item.done:
            text += " · " + self.tr("done")
        return text

    # -- painting ----------------------------------------------------------------------------
    def _colours(self, item: AgendaItem):
        if not item.visible:
            return _HIDDEN
        if item.done:
            return _DONE
        if self.highlight_ticket_id is not None and item.ticket_id == self.highlight_ticket_id:
            return _THIS
        return _OTHER

    def paint_header(self, widget: QWidget, p: QPainter) -> None:
        p.fillRect(widget.rect(), widget.palette().window())
        width = self.column_width()
        locale = QLocale()
        today = QDate.currentDate()
        p.setPen(widget.palette().mid().color())
        p.drawLine(0, widget.height() - 1, widget.width(), widget.height() - 1)
        for i in range(self.days):
            day = self.first_day.addDays(i)
            rect = QRectF(GUTTER + i * width, 0, width, widget.height() - 1)
            font = QFont(widget.font())
            font.setBold(day == today)
            p.setFont(font)
            p.setPen(QColor("#1565c0") if day == today else widget.palette().text().color())
            text = f"{locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)} {day.day()}"
            if self.days == 1:
                text = locale.toString(day, QLocale.FormatType.LongFormat)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, QFontMetrics(font).elidedText(
                text, Qt.TextElideMode.ElideRight, int(width) - 4))
        p.end()

    def paint_grid(self, widget: QWidget, p: QPainter) -> None:
        p.fillRect(widget.rect(), widget.palette().base())
        width = self.column_width()
        line = widget.palette().mid().color()
        faint = QColor(line)
        faint.setAlpha(70)
        small = QFont(widget.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            if not 8 <= hour < 18:  # outside working hours a touch darker
                p.fillRect(QRectF(GUTTER, y, widget.width() - GUTTER, HOUR_HEIGHT), QColor(0, 0, 0, 10))
            p.setPen(line)
            p.drawLine(GUTTER, y, widget.width(), y)
            p.setPen(faint)
            p.drawLine(GUTTER, y + HOUR_HEIGHT // 2, widget.width(), y + HOUR_HEIGHT // 2)
            p.setPen(widget.palette().text().color())
            p.drawText(QRectF(0, y + 2, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                       f"{hour:02d}:00")
        p.setPen(line)
        for i in range(self.days + 1):
            x = int(GUTTER + i * width)
            p.drawLine(x, 0, x, widget.height())
        today = self.first_day.daysTo(QDate.currentDate())
        if 0 <= today < self.days:
            now = QDate.currentDate().startOfDay().secsTo(to_qdatetime(dt.datetime.now(dt.timezone.utc)))
            y = now / 3600 * HOUR_HEIGHT
            p.fillRect(QRectF(GUTTER + today * width, 0, width, widget.height()), QColor(21, 101, 192, 12))
            p.setPen(QPen(QColor("#e53935"), 2))
            p.drawLine(int(GUTTER + today * width), int(y), int(GUTTER + (today + 1) * width), int(y))
        bold = QFont(small)
        bold.setBold(True)
        for n, block in enumerate(self.blocks):
            fill, border, ink = self._colours(block.item)
            rect = block.rect
            p.setPen(QPen(border, 1))
            p.setBrush(fill)
            p.drawRoundedRect(rect, 4, 4)
            if not block.item.visible:  # hatched: busy, but not this user's to read
                p.setBrush(QBrush(border, Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(rect, 4, 4)
            if n == self.selected:
                p.setPen(QPen(QColor("#ff6f00"), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            self._block_text(p, block, ink, small, bold)
        p.end()

    def _block_text(self, p: QPainter, block: _Block, ink: QColor, small: QFont, bold: QFont) -> None:
        item, rect = block.item, block.rect.adjusted(4, 1, -3, -1)
        start = local_start(item).time().toString("HH:mm")
        head = f"#{item.ticket_number}" if item.visible and item.ticket_number is not None else ""
        title = item.title if item.visible else self.tr("Busy")
        p.setPen(ink)
        metrics = QFontMetrics(bold)
        if rect.height() < 2 * metrics.height():
            p.setFont(bold)
            text = " ".join(t for t in (start, head, title) if t)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())))
            return
        p.setFont(bold)
        first = " ".join(t for t in (start, head) if t)
        p.drawText(QRectF(rect.x(), rect.y(), rect.width(), metrics.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   metrics.elidedText(first, Qt.TextElideMode.ElideRight, int(rect.width())))
        p.setFont(small)
        body = QRectF(rect.x(), rect.y() + metrics.height(), rect.width(), rect.height() - metrics.height())
        p.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                   QFontMetrics(small).elidedText(title, Qt.TextElideMode.ElideRight,
                                                  int(rect.width() * max(1, body.height() // QFontMetrics(small).height()))))

    def retranslate(self) -> None:
        self.grid.setAccessibleName(self.tr("Agenda calendar"))
        self.scroll.setAccessibleName(self.tr("Agenda calendar"))
        self.grid.setToolTip("")
        if self.blocks:
            self._announce()
        self.header.update()
