"""T5: the Conversation tab: the timeline of a ticket, newest at the bottom, with its filters,
View more, and room below for the composer.

Opening reads one page (the newest) and shows it scrolled to the bottom. Scrolling near the
top brings the page before; reaching the bottom brings the page after (when the window is not
at the newest already); the model keeps a bounded window, and the view keeps the row the user
is reading where it was while rows come and go above it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QSplitter, QVBoxLayout, QWidget

from ....models.timeline_model import TimelineModel, TimelineRowRole
from ....services import outgoing, timeline
from ....services.errors import ServiceError
from ....services.timeline import Scope, TimelineRow
from ...icons import icon
from ...messages import show_error
from ...widgets import name
from ..list_parts import empty_label
from ..simple_tabs import LazyTab
from .delegate import TimelineDelegate
from .filter_bar import FilterBar
from .interaction_dialog import InteractionDialog, interaction_id, may_retry_or_cancel
from .voice_player import VoiceNotes

OUTPUT_DEVICE_KEY = "audio/output_device"


class TimelineView(QListView):
    """A list that stays at the bottom while the newest rows are on screen, asks for older
    rows near its top, and keeps the row being read in place when rows change above it."""

    sig_near_top = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the width (and every bubble's measured layout) does not change when
        # a conversation grows longer than the screen.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.verticalScrollBar().setSingleStep(24)
        self.stick_to_bottom = True
        self._anchor: tuple[uuid.UUID, int] | None = None
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._value_changed)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        model.rowsAboutToBeInserted.connect(lambda _p, first, _l: self._capture(first))
        model.rowsAboutToBeRemoved.connect(self._about_to_remove)
        model.rowsInserted.connect(self._restore)
        model.rowsRemoved.connect(self._removed)

    def resizeEvent(self, event) -> None:  # noqa: N802
        delegate = self.itemDelegate()
        if hasattr(delegate, "view_width"):
            delegate.view_width = max(200, self.viewport().width())
        super().resizeEvent(event)

    def _sticking(self) -> bool:
        return self.stick_to_bottom and getattr(self.model(), "at_end", True)

    def _about_to_remove(self, _parent, first: int, last: int) -> None:
        """Rows above the screen are dropped (the window moved down): the content moves up by
        their height, so the scroll position moves up as much. No layout needed for that."""
        self._shift = 0
        delegate = self.itemDelegate()
        if hasattr(delegate, "forget"):  # their measured layouts go with them (after the sums below)
            rows = getattr(self.model(), "rows", [])
            self._dropped = [rows[r].id for r in range(first, min(last + 1, len(rows)))]
        if first == 0 and not self._sticking():
            self._shift = -sum(self.sizeHintForIndex(self.model().index(r, 0)).height()
                               for r in range(first, last + 1))

    def _removed(self, *_args) -> None:
        dropped, self._dropped = getattr(self, "_dropped", []), []
        if dropped:
            self.itemDelegate().forget(dropped)
        shift, self._shift = getattr(self, "_shift", 0), 0
        if shift:
            bar = self.verticalScrollBar()
            bar.setValue(max(0, bar.value() + shift))

    def near_top_margin(self) -> int:
        return max(200, self.viewport().height())

    def _capture(self, first: int) -> None:
        """Rows are about to come in above what is on screen: remember the row at the top."""
        if first != 0 or self._sticking():
            self._anchor = None
            return
        index = self.indexAt(QPoint(self.viewport().width() // 2, 1))
        row = index.data(TimelineRowRole) if index.isValid() else None
        self._anchor = (row.id, self.visualRect(index).top()) if row is not None else None

    def _restore(self, *_args) -> None:
        if self._anchor is None:
            return
        row_id, top = self._anchor
        self._anchor = None
        at = self.model().row_of(row_id)
        if at < 0:
            return
        self.doItemsLayout()  # positions now, not at the next event loop turn
        moved = self.visualRect(self.model().index(at, 0)).top() - top
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + moved)

    def _range_changed(self, _low: int, high: int) -> None:
        if self.stick_to_bottom and getattr(self.model(), "at_end", True):
            self.verticalScrollBar().setValue(high)

    def _value_changed(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self.stick_to_bottom = value >= bar.maximum() - 2
        if value <= self.near_top_margin() and self._anchor is None:
            self.sig_near_top.emit()

    def scroll_to_end(self) -> None:
        self.stick_to_bottom = True
        self.doItemsLayout()
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())


class ConversationTab(LazyTab):
    """The timeline; `composer_area` (empty) is where the composer puts itself, below it."""

    sig_ticket_changed = Signal()  # an unread message was opened (read now)

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "conversationTab", parent)
        self.dialog: InteractionDialog | None = None
        self.filter_bar = FilterBar()
        self.voice = VoiceNotes(ctx.blobs, self._output_device(), self)
        self.delegate = TimelineDelegate(self.voice, self)
        self.delegate.current_ticket_id = ticket_id
        self.model = TimelineModel(ctx.db, ctx.user, Scope(ticket_id), parent=self)
        self.view = name(TimelineView(), "conversationList")
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda index: self.view_more(index))  # double-click or Enter
        self.view.sig_near_top.connect(self._near_top)
        self.empty = empty_label("conversationEmpty")
        self.composer_area = QVBoxLayout()
        self.composer_area.setContentsMargins(0, 0, 0, 0)
        self.composer = None  # the Composer (T6), added once the timeline is loaded
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        # The timeline over the composer, the divider movable; the timeline gets the room.
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.view, 1)
        timeline_layout.addWidget(self.empty, 1)
        composer_holder = QWidget()
        composer_holder.setLayout(self.composer_area)
        self.splitter = name(QSplitter(Qt.Orientation.Vertical), "conversationSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(timeline)
        self.splitter.addWidget(composer_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self.filter_bar.sig_changed.connect(self.apply_filters)
        self.filter_bar.sig_jump_start.connect(self.jump_to_start)
        self.filter_bar.sig_jump_end.connect(self.jump_to_end)
        self.delegate.sig_play.connect(self._play)
        self.voice.sig_changed.connect(self._voice_changed)
        self.voice.sig_error.connect(self._voice_error)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)

        self.view_more_action = self._action("viewMoreInteractionAction", "fa5s.external-link-alt",
                                             lambda: self.view_more())
        self.retry_action = self._action("retryInteractionAction", "fa5s.redo", self.retry_selected)
        self.cancel_action = self._action("cancelInteractionAction", "fa5s.times", self.cancel_selected)
        self.start_action = self._action("conversationStartAction", "fa5s.angle-double-up", self.jump_to_start,
                                         QKeySequence("Ctrl+Home"))
        self.end_action = self._action("conversationEndAction", "fa5s.angle-double-down", self.jump_to_end,
                                       QKeySequence("Ctrl+End"))
        self._loading_older = False
        self.retranslate()

    def _action(self, object_name: str, icon_name: str, slot, shortcut=None) -> QAction:
        act = QAction(icon(icon_name), "", self)
        act.setObjectName(object_name)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(shortcut)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        return act

    def _output_device(self) -> str | None:
        prefs = getattr(self.ctx, "prefs", None)
        if not callable(prefs):
            return None
        try:
            value = prefs().value(OUTPUT_DEVICE_KEY)
        except Exception:  # noqa: BLE001 - unreadable preferences: the default device
            return None
        return str(value) if value else None

    # ------------------------------------------------------------ loading

    def scope(self) -> Scope:
        since, until = self.filter_bar.date_range()
        return Scope(self.ticket_id, customer_history=self.filter_bar.customer_history(),
                     channel_kinds=self.filter_bar.channel_kinds(), since=since, until=until)

    def load(self) -> None:
        self._guard(lambda: self.model.set_scope(self.scope()))
        self.view.scroll_to_end()
        if self.composer is None:
            # The composer reads channels, recipients and the draft: after the timeline is on
            # screen, so opening a ticket shows its conversation first.
            QTimer.singleShot(0, self, self._add_composer)

    def _add_composer(self) -> None:
        from ..composer import Composer

        if self.composer is not None:
            return
        self.composer = Composer(self.ctx, self.ticket_id)
        self.composer.sig_queued.connect(self._queued)
        self.composer.sig_call_logged.connect(lambda interaction: self.show_interaction(interaction))
        self.composer_area.addWidget(self.composer)
        self.composer.show()
        self._guard(self.composer.load)
        self._make_room_for_composer()

    def _make_room_for_composer(self) -> None:
        """The splitter laid out its empty lower pane at no height and keeps it so: give the
        composer the room it asks for (the timeline keeps the rest) instead of a hidden Send."""
        timeline, composer = self.splitter.sizes()
        if composer > 0:
            return
        wanted = self.composer.sizeHint().height()
        total = timeline + composer
        self.splitter.setSizes([max(total - wanted, 3 * wanted), wanted] if total else [3 * wanted, wanted])

    def _queued(self, interaction: str) -> None:
        self.show_interaction(interaction)
        self._wake_outbox()

    def _wake_outbox(self) -> None:
        wake = getattr(self.window(), "wake_outbox", None)
        if callable(wake):
            wake()

    def reload(self) -> None:
        """After the ticket changed elsewhere: the same stretch again, or the newest if the user
        was at the bottom."""
        if not self.loaded:
            return
        if self.view.stick_to_bottom and self.model.at_end:
            self._guard(self.model.jump_to_end)
            self.view.scroll_to_end()
        else:
            self._guard(self.model.reload)

    def apply_filters(self) -> None:
        if self.loaded:
            self.load()

    def _guard(self, call) -> bool:
        try:
            call()
        except ServiceError as exc:
            show_error(self, exc)
            return False
        return True

    def _near_top(self) -> None:
        if self._loading_older or not self.model.can_fetch_older():
            return
        self._loading_older = True
        QTimer.singleShot(0, self._load_older)  # not from inside the scroll bar's own signal

    def _load_older(self) -> None:
        try:
            self._guard(self.model.fetch_older)
        finally:
            self._loading_older = False

    def jump_to_start(self) -> None:
        if self._guard(self.model.jump_to_start):
            self.view.stick_to_bottom = False
            self.view.doItemsLayout()
            self.view.verticalScrollBar().setValue(0)
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(0, 0))

    def jump_to_end(self) -> None:
        if self._guard(self.model.jump_to_end):
            self.view.scroll_to_end()
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
                self.view.scroll_to_end()

    def _update_empty(self, *_args) -> None:
        empty = self.loaded and self.model.rowCount() == 0
        self.empty.setText(self.tr("No interactions match these filters.") if self.filter_bar.is_filtered()
                           else self.tr("No interactions yet."))
        if self.empty.isHidden() == empty:  # only when it changes: showing a list again lays it out
            self.empty.setVisible(empty)
            self.view.setVisible(not empty)

    # ------------------------------------------------------------ for the composer and the outbox

    def refresh_newest(self) -> None:
        """New rows at the end (a message was just queued): show them, scrolled into view."""
        if not self.loaded:
            self.ensure_loaded()
            return
        if self.model.at_end:
            self.model.at_end = False  # there may be rows newer than the window now
            self._guard(self.model.fetch_newer)
            if self.model.rowCount() == 0:
                self._guard(self.model.jump_to_end)
        else:
            self._guard(self.model.jump_to_end)
        self.view.scroll_to_end()

    def show_interaction(self, interaction) -> bool:
        """Bring one interaction into view and select it; False when the filters hide it."""
        wanted = interaction_id(interaction)
        self.ensure_loaded()
        if self.model.row_of(wanted) < 0:
            self.refresh_newest()
        if self.model.row_of(wanted) < 0 and not self.model.load_around(wanted):
            return False
        index = self.model.index(self.model.row_of(wanted), 0)
        self.view.doItemsLayout()
        self.view.setCurrentIndex(index)
        if self.model.at_end and index.row() == self.model.rowCount() - 1:
            self.view.scroll_to_end()
        else:
            self.view.stick_to_bottom = False
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def update_state(self, interaction: str, state: str = "") -> bool:
        """The outbox changed a message's state (queued, sending, sent, failed): redraw that row."""
        try:
            found = self.model.refresh_row(interaction_id(interaction))
        except ServiceError:
            return False
        return found

    # ------------------------------------------------------------ the selected row

    def selected_row(self) -> TimelineRow | None:
        index = self.view.currentIndex()
        return index.data(TimelineRowRole) if index.isValid() else None

    def view_more(self, index: QModelIndex | None = None) -> InteractionDialog | None:
        row = (index.data(TimelineRowRole) if index is not None and index.isValid() else self.selected_row())
        if row is None:
            return None
        try:
            detail = timeline.full_interaction(self.ctx.db, self.ctx.user, row.id)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        if detail.is_read != row.is_read or detail.status is not row.status:
            self.model.refresh_row(row.id)
            self.sig_ticket_changed.emit()
        self.dialog = InteractionDialog(self.ctx, detail, self)
        self.dialog.sig_changed.connect(lambda value: self.update_state(value))
        self.dialog.open()
        return self.dialog

    def _delivery(self, action) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            action(self.ctx.db, self.ctx.user, row.id)
        except ServiceError as exc:
            show_error(self, exc)
        else:
            self._wake_outbox()
        self.model.refresh_row(row.id)

    def retry_selected(self) -> None:
        self._delivery(outgoing.retry)

    def cancel_selected(self) -> None:
        self._delivery(outgoing.cancel)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.context_menu().popup(self.view.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """The actions of the selected row (what the right click shows)."""
        menu = QMenu(self)
        menu.setObjectName("conversationMenu")
        menu.addAction(self.view_more_action)
        row = self.selected_row()
        reason = self._read_only_reason()
        if row is not None and may_retry_or_cancel(row.direction, row.status, reason):
            menu.addSeparator()
            menu.addAction(self.retry_action)
            menu.addAction(self.cancel_action)
        menu.addSeparator()
        menu.addAction(self.start_action)
        menu.addAction(self.end_action)
        return menu

    def _read_only_reason(self) -> str | None:
        return "viewer" if self.ctx.user.read_only else None  # closed tickets: the service refuses

    # ------------------------------------------------------------ voice notes

    def _play(self, row: TimelineRow) -> None:
        if row.voice_attachment_id is None:
            return
        self.voice.toggle(row.voice_attachment_id, row.voice_sha256)

    def _voice_changed(self, attachment: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.voice_attachment_id is not None and str(row.voice_attachment_id) == attachment:
                self.view.update(self.model.index(i, 0))

    def _voice_error(self, exc) -> None:
        code = getattr(exc, "code", None)
        show_error(self, Exception(code) if isinstance(code, str) else exc)

    # ------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Conversation"))
        self.delegate.retranslate()
        self.view_more_action.setText(self.tr("View more…"))
        self.view_more_action.setToolTip(self.tr("The whole interaction: headers, all its text, attachments (Enter)"))
        self.retry_action.setText(self.tr("Retry sending"))
        self.cancel_action.setText(self.tr("Cancel sending"))
        self.start_action.setText(self.tr("Go to the first interaction"))
        self.end_action.setText(self.tr("Go to the newest interaction"))
        self._update_empty()
        self.view.viewport().update()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.voice.stop()
        super().closeEvent(event)
