"""T5: how one interaction looks in the timeline: a chat bubble, incoming left, outgoing right.

A bubble shows the channel icon, the sender, the date and time, chips for what the agent must
notice (another ticket's number, internal, blocked sender), the e-mail subject, two or three
lines of the message, attachment chips, a voice note's inline player, and the delivery or
read state. Everything drawn comes from the row the model holds: painting never asks the
database. The layout of a row (line breaks, elided texts, chip positions) is measured once
per row and width and kept, so scrolling only paints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ....models.formatting import date_time
from ....models.labels import label
from ....models.timeline_model import TimelineRowRole
from ....services.attachments import human_size
from ....services.timeline import TimelineRow
from ....store.enums import ChannelKind, Direction, InteractionStatus
from ...icons import icon
from .voice_player import VoiceNotes, mm_ss

SIDE, GAP, PAD, RADIUS = 12, 8, 10, 10
ICON = 16
PREVIEW_LINES = 3
PLAY = 28
CHIP_PAD = 6
MAX_BUBBLE = 640

TEXT, MUTED, FAILED_RED = QColor("#1f2933"), QColor("#5f6b76"), QColor("#c62828")
BUBBLE = {  # (fill, border)
    Direction.INCOMING: (QColor("#f1f4f8"), QColor("#cfd8e3")),
    Direction.OUTGOING: (QColor("#e3f4e4"), QColor("#b5dab9")),
}
INTERNAL_FILL, INTERNAL_BORDER = QColor("#fff8e1"), QColor("#e0a800")
CHANNEL_ICONS = {
    ChannelKind.EMAIL: ("fa5s.envelope", "#1565c0"),
    ChannelKind.PHONE: ("fa5s.phone", "#2e7d32"),
    ChannelKind.WHATSAPP: ("fa5b.whatsapp", "#1b8a3a"),
    ChannelKind.SMS: ("fa5s.sms", "#6a1b9a"),
    ChannelKind.CHAT: ("fa5s.comments", "#00838f"),
}
STATE_ICONS = {
    InteractionStatus.QUEUED: ("fa5s.clock", "#5f6b76"),
    InteractionStatus.SENDING: ("fa5s.paper-plane", "#1565c0"),
    InteractionStatus.SENT: ("fa5s.check", "#2e7d32"),
    InteractionStatus.FAILED: ("fa5s.exclamation-circle", "#c62828"),
    InteractionStatus.RECEIVED: ("fa5s.inbox", "#5f6b76"),
    InteractionStatus.READ: ("fa5s.check-double", "#1565c0"),
}
CHIPS = {  # kind: (fill, text colour, icon)
    "ticket": (QColor("#e3e8f0"), QColor("#334e68"), "fa5s.ticket-alt"),
    "internal": (QColor("#ffe9a8"), QColor("#7a5a00"), "fa5s.lock"),
    "blocked": (QColor("#fdecea"), QColor("#b71c1c"), "fa5s.ban"),
    "file": (QColor("#ffffff"), QColor("#334e68"), "fa5s.paperclip"),
}


@dataclass
class Geometry:
    """Where everything of one row goes, relative to the row's top-left corner."""

    row: TimelineRow
    width: int
    height: int
    bubble: QRect
    icon_at: QPoint
    sender: str
    sender_rect: QRect
    when: str
    when_rect: QRect
    tags: list[tuple[str, str, QRect]] = field(default_factory=list)  # (kind, text, rect)
    subject: str = ""
    subject_rect: QRect | None = None
    lines: list[str] = field(default_factory=list)
    lines_top: int = 0
    line_height: int = 0
    play: QRect | None = None
    wave: QRect | None = None
    voice_text_rect: QRect | None = None
    files: list[tuple[str, QRect]] = field(default_factory=list)
    footer_rect: QRect | None = None
    footer: str = ""


class TimelineDelegate(QStyledItemDelegate):
    """Paints rows of models.timeline_model; emits sig_play for the play button of a voice note."""

    sig_play = Signal(object)  # the TimelineRow whose play button was clicked

    def __init__(self, voice: VoiceNotes | None = None, parent=None) -> None:
        super().__init__(parent)
        self.voice = voice
        self._cache: dict = {}  # row id -> Geometry (at one width)
        self._pixmaps: dict[tuple, QPixmap] = {}
        self.current_ticket_id = None  # rows of other tickets get a ticket-number chip
        self.view_width = 0  # the list's width, kept up to date by the view (0: ask the option)
        self._font_key = None
        self.retranslate()

    def retranslate(self) -> None:
        self._states = {
            InteractionStatus.QUEUED: self.tr("Queued"), InteractionStatus.SENDING: self.tr("Sending…"),
            InteractionStatus.SENT: self.tr("Sent"), InteractionStatus.FAILED: self.tr("Failed"),
            InteractionStatus.RECEIVED: self.tr("Received"), InteractionStatus.READ: self.tr("Read"),
        }
        self._cache.clear()

    def state_text(self, status: InteractionStatus) -> str:
        return self._states.get(status, status.value)

    # ------------------------------------------------------------ measuring

    def _pixmap(self, name: str, colour: str, size: int) -> QPixmap:
        key = (name, colour, size)
        pm = self._pixmaps.get(key)
        if pm is None:
            pm = icon(name, colour).pixmap(size, size)
            self._pixmaps[key] = pm
        return pm

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        key = option.font.key()
        if self._font_key != key:
            base = QFont(option.font)
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            if base.pointSizeF() > 0:
                small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
            self._font_key, self._font_set = key, (base, bold, small)
            self._metrics = (QFontMetrics(base), QFontMetrics(bold), QFontMetrics(small))
        return self._font_set

    def geometry(self, row: TimelineRow, width: int, option: QStyleOptionViewItem) -> Geometry:
        found = self._cache.get(row.id)
        if found is not None and found.row is row and found.width == width:
            return found
        if len(self._cache) > 2000:  # rows the model dropped and nobody forgot
            self._cache.clear()
        geo = self._measure(row, width, option)
        self._cache[row.id] = geo
        return geo

    def forget(self, row_ids=None) -> None:
        """Measure again: these rows (gone from the window, or changed), or all of them after
        a font or language change."""
        if row_ids is None:
            self._cache.clear()
            return
        for row_id in row_ids:
            self._cache.pop(row_id, None)

    def _tags(self, row: TimelineRow) -> list[tuple[str, str]]:
        tags = []
        if self.current_ticket_id is not None and row.ticket_id != self.current_ticket_id:
            tags.append(("ticket", self.tr("Ticket #%1").replace("%1", str(row.ticket_number))))
        if not row.is_public:
            tags.append(("internal", self.tr("Internal")))
        if row.sender_blocked:
            tags.append(("blocked", self.tr("Blocked")))
        return tags

    def _footer(self, row: TimelineRow) -> str:
        parts = []
        if row.channel_kind is ChannelKind.PHONE and (row.call_duration_s is not None or row.call_outcome):
            call = self.tr("Call")
            if row.call_duration_s:
                call += " " + mm_ss(row.call_duration_s)
            parts.append(call)
        parts.append(self.state_text(row.status))
        return " · ".join(parts)

    def _measure(self, row: TimelineRow, width: int, option: QStyleOptionViewItem) -> Geometry:
        base, bold, small = self._fonts(option)
        fm, fb, fs = self._metrics
        bubble_w = max(220, min(MAX_BUBBLE, int((width - 2 * SIDE) * 0.82)))
        bubble_w = min(bubble_w, max(120, width - 2 * SIDE))
        inner = bubble_w - 2 * PAD
        incoming = row.direction is Direction.INCOMING
        x = SIDE if incoming else width - SIDE - bubble_w
        y = GAP // 2 + PAD
        left = x + PAD

        # Header: icon, sender, tags ... date and time on the right.
        head_h = max(ICON, fb.height())
        when = date_time(row.occurred_at)
        when_w = fs.horizontalAdvance(when) + 2
        when_rect = QRect(left + inner - when_w, y, when_w, head_h)
        icon_at = QPoint(left, y + (head_h - ICON) // 2)
        sender_x = left + ICON + 6
        tags = self._tags(row)
        tag_widths = [fs.horizontalAdvance(t) + 2 * CHIP_PAD + 14 for _k, t in tags]
        room = when_rect.left() - 8 - sender_x - sum(w + 4 for w in tag_widths)
        sender_full = shown_sender(row)
        sender = fb.elidedText(sender_full, Qt.TextElideMode.ElideRight, max(40, room))
        sender_w = fb.horizontalAdvance(sender)
        sender_rect = QRect(sender_x, y, sender_w + 1, head_h)
        placed: list[tuple[str, str, QRect]] = []
        tx = sender_x + sender_w + 6
        chip_h = fs.height() + 4
        for (kind, text), w in zip(tags, tag_widths):
            if tx + w > when_rect.left() - 4:  # no room: the chips go on a line of their own
                break
            placed.append((kind, text, QRect(tx, y + (head_h - chip_h) // 2, w, chip_h)))
            tx += w + 4
        y += head_h + 4
        if len(placed) < len(tags):
            tx = left
            for (kind, text), w in list(zip(tags, tag_widths))[len(placed):]:
                placed.append((kind, text, QRect(tx, y, w, chip_h)))
                tx += w + 4
            y += chip_h + 4

        geo = Geometry(row=row, width=width, height=0, bubble=QRect(), icon_at=icon_at, sender=sender,
                       sender_rect=sender_rect, when=when, when_rect=when_rect, tags=placed)
        if row.subject and row.channel_kind is ChannelKind.EMAIL:
            geo.subject = fb.elidedText(row.subject, Qt.TextElideMode.ElideRight, inner)
            geo.subject_rect = QRect(left, y, inner, fb.height())
            y += fb.height() + 2

        text = " ".join((row.preview or "").split())
        if text:
            geo.lines = _wrap(text, base, fm, inner, PREVIEW_LINES)
            geo.lines_top, geo.line_height = y, fm.lineSpacing()
            y += len(geo.lines) * fm.lineSpacing() + 2

        if row.is_voice_note:
            y += 2
            geo.play = QRect(left, y, PLAY, PLAY)
            time_w = fs.horizontalAdvance("00:00 / 00:00") + 4
            geo.voice_text_rect = QRect(left + inner - time_w, y, time_w, PLAY)
            geo.wave = QRect(left + PLAY + 8, y + 3, max(40, inner - PLAY - 16 - time_w), PLAY - 6)
            y += PLAY + 4

        files = [c for c in row.attachments if c.id != row.voice_attachment_id]
        if files:
            y += 2
            fx, line_top = left, y
            for chip in files:
                text = f"{chip.filename} · {human_size(chip.size)}"
                text = fs.elidedText(text, Qt.TextElideMode.ElideMiddle, min(inner - 30, 260))
                w = fs.horizontalAdvance(text) + 2 * CHIP_PAD + 16
                if fx > left and fx + w > left + inner:
                    fx, line_top = left, line_top + chip_h + 4
                geo.files.append((text, QRect(fx, line_top, w, chip_h)))
                fx += w + 6
            y = line_top + chip_h + 4

        geo.footer = self._footer(row)
        geo.footer_rect = QRect(left, y, inner, max(fs.height(), 14))
        y += geo.footer_rect.height()
        bottom = y + PAD
        geo.bubble = QRect(x, GAP // 2, bubble_w, bottom - GAP // 2)
        geo.height = bottom + GAP // 2
        return geo

    # ------------------------------------------------------------ Qt delegate

    def _width(self, option: QStyleOptionViewItem) -> int:
        if self.view_width:
            return self.view_width
        widget = option.widget
        if widget is not None and hasattr(widget, "viewport"):
            return max(200, widget.viewport().width())
        return max(200, option.rect.width())

    @staticmethod
    def _row(index) -> TimelineRow | None:
        # Asked for every row at each layout: straight from the model's list, not through data().
        try:
            return index.model().rows[index.row()]
        except (AttributeError, IndexError):
            return index.data(TimelineRowRole)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        row = self._row(index)
        if row is None:
            return QSize(0, 0)
        width = self._width(option)
        return QSize(width, self.geometry(row, width, option).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: TimelineRow | None = index.data(TimelineRowRole)
        if row is None:
            return
        geo = self.geometry(row, self._width(option), option)
        base, bold, small = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(option.rect.topLeft())

        fill, border = BUBBLE[row.direction]
        pen = QPen(border, 1)
        if not row.is_public:
            fill, pen = INTERNAL_FILL, QPen(INTERNAL_BORDER, 1, Qt.PenStyle.DashLine)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(option.palette.highlight().color(), 2)
        path = QPainterPath()
        path.addRoundedRect(QRectF(geo.bubble).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.fillPath(path, fill)
        painter.setPen(pen)
        painter.drawPath(path)
        if option.state & QStyle.StateFlag.State_HasFocus and not option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(QRectF(geo.bubble).adjusted(2, 2, -2, -2), RADIUS - 2, RADIUS - 2)

        name, colour = CHANNEL_ICONS.get(row.channel_kind, ("fa5s.comments", "#5f6b76"))
        painter.drawPixmap(QRect(geo.icon_at, QSize(ICON, ICON)), self._pixmap(name, colour, ICON * 2))
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(geo.sender_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), geo.sender)
        painter.setFont(small)
        painter.setPen(MUTED)
        painter.drawText(geo.when_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), geo.when)
        for kind, text, rect in geo.tags:
            self._chip(painter, kind, text, rect)

        if geo.subject_rect is not None:
            painter.setFont(bold)
            painter.setPen(TEXT)
            painter.drawText(geo.subject_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             geo.subject)
        if geo.lines:
            painter.setFont(base)
            painter.setPen(TEXT)
            fm = self._metrics[0]
            for i, line in enumerate(geo.lines):
                painter.drawText(geo.bubble.left() + PAD, geo.lines_top + i * geo.line_height + fm.ascent(), line)
        if geo.play is not None:
            self._voice(painter, geo, small)
        painter.setFont(small)
        for text, rect in geo.files:
            self._chip(painter, "file", text, rect)
        if geo.footer_rect is not None:
            self._footer_paint(painter, geo, small)
        painter.restore()

    def _chip(self, painter: QPainter, kind: str, text: str, rect: QRect) -> None:
        fill, colour, icon_name = CHIPS[kind]
        painter.setPen(QPen(colour.lighter(170) if kind == "file" else fill.darker(115), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2)
        side = max(8, rect.height() - 8)
        pm = self._pixmap(icon_name, colour.name(), side * 2)
        painter.drawPixmap(QRect(rect.left() + CHIP_PAD, rect.top() + (rect.height() - side) // 2, side, side), pm)
        painter.setPen(colour)
        text_rect = rect.adjusted(CHIP_PAD + side + 4, 0, -CHIP_PAD, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    def _footer_paint(self, painter: QPainter, geo: Geometry, small: QFont) -> None:
        row = geo.row
        failed = row.status is InteractionStatus.FAILED
        name, colour = STATE_ICONS.get(row.status, ("fa5s.check", "#5f6b76"))
        text_w = self._metrics[2].horizontalAdvance(geo.footer) + 2
        rect = geo.footer_rect
        start = rect.right() - text_w - 16 if row.direction is Direction.OUTGOING else rect.left()
        side = 12
        painter.drawPixmap(QRect(start, rect.top() + (rect.height() - side) // 2, side, side),
                           self._pixmap(name, colour, side * 2))
        painter.setFont(small)
        if failed:
            bold_small = QFont(small)
            bold_small.setBold(True)
            painter.setFont(bold_small)
        painter.setPen(FAILED_RED if failed else MUTED)
        painter.drawText(QRect(start + side + 4, rect.top(), text_w + 8, rect.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), geo.footer)

    def _voice(self, painter: QPainter, geo: Geometry, small: QFont) -> None:
        row = geo.row
        summary = self.voice.summary(row.voice_attachment_id, row.voice_sha256) if self.voice else None
        playing, position = self.voice.state_of(row.voice_attachment_id) if self.voice else (False, 0.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1565c0") if row.voice_attachment_id else QColor("#9aa5b1"))
        painter.drawEllipse(geo.play)
        glyph = self._pixmap("fa5s.pause" if playing else "fa5s.play", "#ffffff", 24)
        side = 12
        painter.drawPixmap(QRect(geo.play.center().x() - side // 2 + (0 if playing else 1),
                                 geo.play.center().y() - side // 2, side, side), glyph)
        peaks = summary.peaks if summary else ()
        duration = summary.duration_s if summary else 0.0
        done = (position / duration) if duration > 0 else 0.0
        wave = geo.wave
        count = len(peaks) or 32
        step = wave.width() / count
        bar = max(1.0, step * 0.6)
        mid = wave.center().y()
        for i in range(count):
            level = peaks[i] if peaks else 0.08
            h = max(2.0, level * wave.height())
            colour = QColor("#1565c0") if (i + 0.5) / count <= done else QColor("#90a4ae")
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(wave.left() + i * step, mid - h / 2, bar, h), bar / 2, bar / 2)
        painter.setFont(small)
        painter.setPen(MUTED)
        text = (f"{mm_ss(position)} / {mm_ss(duration)}" if (playing or position > 0) and duration
                else (mm_ss(duration) if summary else "–:––"))
        painter.drawText(geo.voice_text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802
        """A click on a voice note's play button plays or pauses it; a click on its waveform
        moves the note being played there."""
        if event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                QEvent.Type.MouseButtonDblClick):
            return super().editorEvent(event, model, option, index)
        row = index.data(TimelineRowRole)
        if row is None or not row.is_voice_note or event.button() != Qt.MouseButton.LeftButton:
            return super().editorEvent(event, model, option, index)
        geo = self.geometry(row, self._width(option), option)
        point = event.position().toPoint() - option.rect.topLeft()
        if geo.play is not None and geo.play.adjusted(-3, -3, 3, 3).contains(point):
            if event.type() == QEvent.Type.MouseButtonRelease:
                self.sig_play.emit(row)
            return True  # the press and a double-click on the button open nothing
        if geo.wave is not None and geo.wave.contains(point) and self.voice is not None \
                and event.type() == QEvent.Type.MouseButtonRelease and row.voice_attachment_id:
            fraction = (point.x() - geo.wave.left()) / max(1, geo.wave.width())
            if self.voice.seek_fraction(row.voice_attachment_id, fraction):
                return True
        return super().editorEvent(event, model, option, index)


def shown_sender(row: TimelineRow) -> str:
    """The sender as a person reads it: an e-mail's display name (or address), else as stored."""
    if row.channel_kind is ChannelKind.EMAIL and row.sender:
        display, address = parseaddr(row.sender)
        return display or address or row.sender
    return row.sender or label(row.channel_kind)


def _wrap(text: str, font: QFont, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """The text broken into at most max_lines lines of `width`, the last one elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    out = [text[s:s + n].rstrip() for s, n in lines]
    if lines:
        s, n = lines[-1]
        if s + n < len(text):
            out[-1] = metrics.elidedText(text[s:], Qt.TextElideMode.ElideRight, width)
    return out
