"""Held e-mail (H1): the messages from blocked senders kept aside, for a supervisor to release or discard.

The page lists them newest first; selecting one shows its headers and its text as plain text
(never its HTML: it comes from a blocked sender, so nothing of it is rendered or fetched, and
labels and tooltips that carry its words are set as plain text too). Release stores the message
as if it had just arrived (a new ticket, or the ticket it answers) while the sender stays
blocked; Discard drops it for good. Both ask first. Reading a message and releasing it run off
the GUI thread (a held message may be tens of megabytes); the list itself is one short query.
Supervisors and administrators only: anyone else sees a sentence saying so, and nothing is read.

Keys: Enter (or a double-click) opens the ticket of a released message, or moves to the text of
a held one; Delete discards; F5 refreshes; the context menu has every action.

Wiring into views/main_window.py (supervisors and administrators only):

    from .held_mail_page import HeldMailPage

    if HeldMailPage.available_to(ctx.user):
        self.held_page = HeldMailPage(ctx)
        self.held_page.sig_open_ticket.connect(self.open_ticket)
        # the side menu's text can carry the count: "Held e-mail (3)"
        self.held_page.sig_count_changed.connect(self._held_count_changed)
        self.stack.addWidget(self.held_page)      # after the other pages, so menu row == stack index
        # plus a side-menu item (e.g. icon("fa5s.user-slash")) whose text comes from
        # self.held_page.menu_text() in retranslate()

and in _mail_arrived, when kind == "held": self.held_page.refresh(). The page refreshes itself
each time it is shown.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QMenu,
    QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from ..models.formatting import date_time
from ..models.held_mail_model import COLUMN, RELEASE_COLUMNS, HeldMailModel
from ..services import inbound, inbound_preview
from ..services.actor import Actor
from ..services.attachments import human_size
from ..services.errors import NotFound, ServiceError
from ..services.inbound_held import can_release, discard_held
from ..services.inbound_preview import HeldEntry, HeldPreview, ReleaseOutcome
from .context import AppContext
from .messages import describe, show_error
from .widgets import Retranslating, name

_PLAIN = Qt.TextFormat.PlainText


def _plain_label(object_name: str) -> QLabel:
    """A label for words that come from the message: never read as rich text, selectable."""
    label = name(QLabel(), object_name)
    label.setTextFormat(_PLAIN)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Report(QObject):
    """Brings a worker thread's result back to the GUI thread (queued)."""

    sig_finished = Signal(int, bool, object)  # serial, succeeded, result or exception


def _run(report: _Report, serial: int, work: Callable[[], object]) -> None:
    try:
        result, ok = work(), True
    except Exception as exc:  # noqa: BLE001 - every failure is told on the page
        result, ok = exc, False
    try:
        report.sig_finished.emit(serial, ok, result)
    except RuntimeError:  # the page was closed meanwhile
        pass


class HeldMailPage(Retranslating, QWidget):
    sig_open_ticket = Signal(object)  # uuid.UUID of the ticket a released message went to
    sig_count_changed = Signal(int)   # how many messages are held (not released)

    @staticmethod
    def available_to(actor: Actor) -> bool:
        """Whether the page belongs in this user's side menu."""
        return actor.sees_everything

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "heldMailPage")
        self.allowed = self.available_to(ctx.user)
        self.may_act = self.allowed and can_release(ctx.user)
        self.count = 0
        self.preview: HeldPreview | None = None
        self.confirm_box: QMessageBox | None = None
        self.context_menu: QMenu | None = None
        self._banner_state: tuple | None = None  # what the banner says, kept for retranslation
        self._preview_error: str | None = None
        self._report = _Report(self)
        self._report.sig_finished.connect(self._finished)
        self._serial = 0
        self._pending: dict[int, tuple[Callable, Callable]] = {}
        self._threads: list[threading.Thread] = []
        self._releasing: uuid.UUID | None = None
        self._loading: uuid.UUID | None = None  # the message whose preview is being read

        self.title = name(QLabel(), "heldMailTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.intro = name(QLabel(), "heldMailIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #475569;")
        self.show_released = name(QCheckBox(), "heldShowReleasedCheck")
        self.show_released.toggled.connect(lambda _on: self.refresh())
        self.refresh_button = name(QPushButton(), "heldRefreshButton")
        self.refresh_button.clicked.connect(self.refresh)

        # Outcome of the last action, with the way to the ticket.
        self.banner = name(QFrame(), "heldBanner")
        self.banner.setStyleSheet(
            "#heldBanner { background: #ecfdf5; border: 1px solid #10b981; border-radius: 4px; }")
        self.banner_label = _plain_label("heldBannerLabel")
        self.banner_open = name(QPushButton(), "heldBannerOpenButton")
        self.banner_open.clicked.connect(self._open_banner_ticket)
        self.banner_close = name(QPushButton(), "heldBannerCloseButton")
        self.banner_close.setFlat(True)
        self.banner_close.clicked.connect(self.hide_banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_open)
        banner_layout.addWidget(self.banner_close)
        self.banner.hide()

        # The list, or a sentence when it is empty.
        self.model = HeldMailModel(self)
        self.table = name(QTableView(), "heldMailTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = name(self.table.horizontalHeader(), "heldMailTableHeader")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN["subject"], QHeaderView.ResizeMode.Stretch)  # takes what is left
        for col, width in enumerate((125, 240, 0, 75, 115, 125, 130, 70)):
            if width:
                self.table.setColumnWidth(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.activate_current())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self.empty = name(QLabel(), "heldEmptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #64748b; font-size: 15px;")
        self.list_stack = name(QStackedWidget(), "heldListStack")
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        # The preview of the selected message.
        self.preview_box = name(QFrame(), "heldPreview")
        self.preview_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_heading = name(QLabel(), "heldPreviewHeading")
        self.preview_heading.setStyleSheet("font-weight: 600;")
        self.placeholder = name(QLabel(), "heldPreviewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(_PLAIN)
        self.placeholder.setStyleSheet("color: #64748b;")
        self.from_value = _plain_label("heldFromValue")
        self.to_value = _plain_label("heldToValue")
        self.cc_value = _plain_label("heldCcValue")
        self.date_value = _plain_label("heldDateValue")
        self.subject_value = _plain_label("heldSubjectValue")
        self.mailbox_value = _plain_label("heldMailboxValue")
        self.block_value = _plain_label("heldBlockValue")
        self.outcome_value = _plain_label("heldOutcomeValue")
        self.attachments_value = _plain_label("heldAttachmentsValue")
        self.headers = QFormLayout()
        self.headers.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._captions: dict[str, QLabel] = {}
        for key, value in (("from", self.from_value), ("to", self.to_value), ("cc", self.cc_value),
                           ("date", self.date_value), ("subject", self.subject_value),
                           ("mailbox", self.mailbox_value), ("block", self.block_value),
                           ("outcome", self.outcome_value),
                           ("attachments", self.attachments_value)):
            caption = name(QLabel(), f"held{key.title()}Caption")
            caption.setStyleSheet("color: #475569;")
            caption.setBuddy(value)
            self._captions[key] = caption
            self.headers.addRow(caption, value)
        self.plain_note = name(QLabel(), "heldPlainNote")
        self.plain_note.setWordWrap(True)
        self.plain_note.setStyleSheet("color: #92400e; background: #fffbeb; padding: 4px;")
        self.body = name(QPlainTextEdit(), "heldBodyText")
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.release_button = name(QPushButton(), "heldReleaseButton")
        self.release_button.clicked.connect(self.release_current)
        self.discard_button = name(QPushButton(), "heldDiscardButton")
        self.discard_button.clicked.connect(self.discard_current)
        self.open_button = name(QPushButton(), "heldOpenTicketButton")
        self.open_button.clicked.connect(self.open_current_ticket)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(self.headers)
        content_layout.addWidget(self.plain_note)
        content_layout.addWidget(self.body, 1)
        self.preview_stack = name(QStackedWidget(), "heldPreviewStack")
        self.preview_stack.addWidget(self.placeholder)
        self.preview_stack.addWidget(content)
        heading = QHBoxLayout()  # the actions beside the heading, in sight whatever the text's length
        heading.addWidget(self.preview_heading)
        heading.addStretch(1)
        heading.addWidget(self.release_button)
        heading.addWidget(self.discard_button)
        heading.addWidget(self.open_button)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addLayout(heading)
        preview_layout.addWidget(self.preview_stack, 1)

        self.splitter = name(QSplitter(Qt.Orientation.Vertical), "heldSplitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        # Actions: buttons, keys and the context menu share them.
        self.release_action = name(QAction(self), "heldReleaseAction")
        self.release_action.triggered.connect(self.release_current)
        self.discard_action = name(QAction(self), "heldDiscardAction")
        self.discard_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.discard_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.discard_action.triggered.connect(self.discard_current)
        self.open_action = name(QAction(self), "heldOpenTicketAction")
        self.open_action.triggered.connect(self.open_current_ticket)
        self.refresh_action = name(QAction(self), "heldRefreshAction")
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        for action in (self.discard_action, self.refresh_action):
            self.addAction(action)  # the keys work wherever the focus is on the page

        # Anyone else: a sentence instead of the list.
        self.denied = _plain_label("heldDeniedLabel")
        self.denied.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.denied.setStyleSheet("color: #475569; font-size: 15px;")

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.show_released)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.denied, 1)
        self.denied.setVisible(not self.allowed)
        for widget in (self.splitter, self.show_released, self.refresh_button, self.intro):
            widget.setVisible(self.allowed)
        self.refresh_action.setEnabled(self.allowed)
        self.retranslate()
        self._apply_columns()
        if self.allowed:
            self.refresh()

    # -- the list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again, keeping the selected message selected when it is still there
        (else the one that took its place, as after a release or a discard)."""
        if not self.allowed:
            return
        keep = self.current_id()
        old_row = self.table.currentIndex().row() if keep is not None else 0
        try:
            entries = inbound_preview.list_entries(self.ctx.db, self.ctx.user,
                                                   include_released=self.show_released.isChecked())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_entries(entries)
        self._apply_columns()
        self.list_stack.setCurrentWidget(self.table if entries else self.empty)
        self.preview_box.setVisible(bool(entries))  # nothing to preview: the sentence alone
        self._set_count(self.model.held_count())
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else min(max(old_row, 0), self.model.rowCount() - 1))
        self._selection_changed()

    def _set_count(self, count: int) -> None:
        changed = count != self.count
        self.count = count
        self._retranslate_title()
        if changed:
            self.sig_count_changed.emit(count)

    def _apply_columns(self) -> None:
        released = self.show_released.isChecked()
        for column in RELEASE_COLUMNS:
            self.table.setColumnHidden(column, not released)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.table.selectionModel().clear()

    def current_entry(self) -> HeldEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.entry(index.row())

    def current_id(self) -> uuid.UUID | None:
        entry = self.current_entry()
        return entry.row.id if entry is not None else None

    def select_id(self, held_id: uuid.UUID) -> bool:
        row = self.model.row_of(held_id)
        self.select_row(row)
        return row >= 0

    # -- the preview -------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        entry = self.current_entry()
        self._update_actions()
        if entry is None:
            self.preview = None
            self._preview_error = None
            self._show_placeholder()
            return
        if self.preview is not None and self.preview.held_id == entry.row.id:
            self._fill_outcome(entry)
            return
        if self._loading == entry.row.id:
            return
        self.preview = None
        self._preview_error = None
        self._show_placeholder()
        held_id = self._loading = entry.row.id
        ctx, actor = self.ctx, self.ctx.user
        self._start(lambda: inbound_preview.preview_held(ctx.db, ctx.blobs, actor, held_id),
                    lambda preview: self._preview_loaded(held_id, preview),
                    lambda exc: self._preview_failed(held_id, exc))

    def _preview_loaded(self, held_id: uuid.UUID, preview: HeldPreview) -> None:
        if self._loading == held_id:
            self._loading = None
        if self.current_id() != held_id:
            return  # the user moved on meanwhile
        self.preview = preview
        self._fill_preview()

    def _preview_failed(self, held_id: uuid.UUID, exc: Exception) -> None:
        if self._loading == held_id:
            self._loading = None
        if self.current_id() != held_id:
            return
        self._preview_error = self._gone_text() if isinstance(exc, NotFound) else describe(exc)
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        if self._preview_error:
            text = self._preview_error
        elif self.current_entry() is not None:
            text = self.tr("Reading the message…")
        elif self.model.rowCount():
            text = self.tr("Select a message to read it here before you release or discard it.")
        else:
            text = ""
        self.placeholder.setText(text)
        self.preview_stack.setCurrentWidget(self.placeholder)

    def _fill_preview(self) -> None:
        p, entry = self.preview, self.current_entry()
        if p is None or entry is None:
            return
        self.from_value.setText(p.sender)
        self.to_value.setText(", ".join(p.to))
        self.cc_value.setText(", ".join(p.cc))
        self.headers.setRowVisible(self.cc_value, bool(p.cc))
        self.date_value.setText(date_time(p.date))
        self.subject_value.setText(p.subject or self.tr("(no subject)"))
        self.mailbox_value.setText(entry.row.channel_name)
        if p.block_reason is None:
            self.block_value.setText(self.tr("No longer blocked: the sender has been taken off the block list."))
        elif p.block_reason:
            self.block_value.setText(self.tr("Blocked. Reason given: %1").replace("%1", p.block_reason))
        else:
            self.block_value.setText(self.tr("Blocked (no reason given)."))
        if p.attachments:
            files = ", ".join(f"{n} ({human_size(size)})" for n, size in p.attachments)
            self.attachments_value.setText(self.tr("%1 — not opened here").replace("%1", files))
        self.headers.setRowVisible(self.attachments_value, bool(p.attachments))
        notes = [self.tr("Shown as plain text: nothing in the message is opened or loaded.")]
        if p.has_html:
            notes.append(self.tr("It also has an HTML version, not shown because the sender is blocked."))
        if p.text_cut:
            notes.append(self.tr("Only the beginning of a long text is shown; releasing keeps all of it."))
        self.plain_note.setText(" ".join(notes))
        self.body.setPlainText(p.text if p.text.strip() else self.tr("(This message has no text.)"))
        self._fill_outcome(entry)
        self.preview_stack.setCurrentIndex(1)

    def _fill_outcome(self, entry: HeldEntry) -> None:
        row = entry.row
        released = row.released_at is not None
        if released:
            if entry.ticket_number is not None:
                text = self.tr("%1 by %2, into ticket #%3").replace("%3", str(entry.ticket_number))
            else:
                text = self.tr("%1 by %2")
            self.outcome_value.setText(text.replace("%1", date_time(row.released_at)).replace(
                "%2", entry.released_by or "—"))
        self.headers.setRowVisible(self.outcome_value, released)
        self._update_actions()

    # -- actions -----------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        entry = self.current_entry()
        held = entry is not None and entry.row.released_at is None
        idle = self._releasing is None
        self.release_action.setEnabled(self.may_act and held and idle)
        self.discard_action.setEnabled(self.may_act and held and idle)
        self.release_button.setEnabled(self.release_action.isEnabled())
        self.discard_button.setEnabled(self.discard_action.isEnabled())
        has_ticket = entry is not None and entry.row.released_ticket_id is not None
        self.open_action.setEnabled(has_ticket)
        if has_ticket and entry.ticket_number is not None:
            open_text = self.tr("Open ticket #%1").replace("%1", str(entry.ticket_number))
        else:
            open_text = self.tr("Open ticket")
        self.open_action.setText(open_text)
        self.open_button.setText(open_text)
        self.open_button.setVisible(has_ticket)
        self.release_button.setVisible(not has_ticket)
        self.discard_button.setVisible(not has_ticket)
        if entry is not None and not self.may_act:
            tip = self.tr("Only supervisors and administrators may release or discard a held message.")
        else:
            tip = ""
        self.release_button.setToolTip(tip)
        self.discard_button.setToolTip(tip)

    def activate_current(self) -> None:
        """Enter or a double-click: a released message opens its ticket; a held one, its text."""
        entry = self.current_entry()
        if entry is None:
            return
        if entry.row.released_ticket_id is not None:
            self.sig_open_ticket.emit(entry.row.released_ticket_id)
        else:
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current_ticket(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.row.released_ticket_id is not None:
            self.sig_open_ticket.emit(entry.row.released_ticket_id)

    def _who(self, entry: HeldEntry) -> str:
        return entry.row.sender or entry.row.sender_address or self.tr("an unknown sender")

    def _subject(self, entry: HeldEntry) -> str:
        return entry.row.subject or self.tr("(no subject)")

    def _confirm(self, object_name: str, title: str, text: str, informative: str, yes_text: str,
                 destructive: bool, on_yes: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question if not destructive else QMessageBox.Icon.Warning,
                          title, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(_PLAIN)  # the sender and subject come from the message
        box.setInformativeText(informative)
        name(box, object_name, title)
        role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
        yes = name(box.addButton(yes_text, role), object_name + "Yes", yes_text)
        cancel_text = self.tr("Cancel")
        no = name(box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole), object_name + "No", cancel_text)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: box.clickedButton() is yes and on_yes())
        self.confirm_box = box
        box.open()
        return box

    def release_current(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.release_action.isEnabled():
            return
        held_id = entry.row.id
        self._confirm(
            "releaseHeldDialog", self.tr("Release held e-mail"),
            self.tr("Release the message from %1, “%2”?").replace("%1", self._who(entry)).replace(
                "%2", self._subject(entry)),
            self.tr("It is stored as if it had just arrived: it opens a new ticket, or joins its ticket "
                    "if it answers one. The sender stays on the block list, so their next messages "
                    "will be held too."),
            self.tr("Release"), False, lambda: self._release(held_id, self._who(entry)))

    def _release(self, held_id: uuid.UUID, who: str) -> None:
        self._releasing = held_id
        self._update_actions()
        self._show_banner(("releasing", who))
        ctx, actor = self.ctx, self.ctx.user
        self._start(lambda: inbound_preview.release(ctx.db, ctx.blobs, actor, held_id),
                    lambda outcome: self._released(held_id, who, outcome),
                    lambda exc: self._release_failed(exc))

    def _released(self, held_id: uuid.UUID, who: str, outcome: ReleaseOutcome) -> None:
        self._releasing = None
        self._show_banner(("released", who, outcome.kind, outcome.ticket_number, outcome.ticket_id))
        self.refresh()

    def _release_failed(self, exc: Exception) -> None:
        self._releasing = None
        self.hide_banner()
        self.refresh()
        if isinstance(exc, NotFound):
            self._tell(self._gone_text())
        else:
            show_error(self, exc)

    def discard_current(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.discard_action.isEnabled():
            return
        held_id, who = entry.row.id, self._who(entry)
        self._confirm(
            "discardHeldDialog", self.tr("Discard held e-mail"),
            self.tr("Discard the message from %1, “%2”?").replace("%1", who).replace("%2", self._subject(entry)),
            self.tr("It is deleted for good and cannot be undone. If the mailbox still has it, it will "
                    "not be fetched again."),
            self.tr("Discard"), True, lambda: self._discard(held_id, who))

    def _discard(self, held_id: uuid.UUID, who: str) -> None:
        try:
            discard_held(self.ctx.db, self.ctx.user, held_id)
        except NotFound:
            self.refresh()
            self._tell(self._gone_text())
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._show_banner(("discarded", who))
        self.refresh()

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Held e-mail"), text,
                          QMessageBox.StandardButton.Ok, self)
        name(box, "heldInfoMessage", self.tr("Held e-mail"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _gone_text(self) -> str:
        return self.tr("This message is no longer held: someone else may have released or discarded it. "
                       "The list has been refreshed.")

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.select_row(index.row())
        menu = name(QMenu(self), "heldContextMenu", self.tr("Held e-mail actions"))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in (self.release_action, self.discard_action, self.open_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- the banner --------------------------------------------------------------------------------
    def _show_banner(self, state: tuple) -> None:
        self._banner_state = state
        self._retranslate_banner()
        self.banner.show()

    def hide_banner(self) -> None:
        self._banner_state = None
        self.banner.hide()

    def _open_banner_ticket(self) -> None:
        state = self._banner_state
        if state and state[0] == "released" and state[4] is not None:
            self.sig_open_ticket.emit(state[4])

    def _retranslate_banner(self) -> None:
        state = self._banner_state
        self.banner_open.hide()
        if state is None:
            return
        kind = state[0]
        if kind == "releasing":
            text = self.tr("Releasing the message from %1…").replace("%1", state[1])
        elif kind == "discarded":
            text = self.tr("The message from %1 was discarded.").replace("%1", state[1])
        else:
            _, who, result, number, ticket_id = state
            number_text = f"#{number}" if number is not None else ""
            if result == inbound.NEW_TICKET:
                text = self.tr("Released: the message from %1 became the new ticket %2.")
            else:
                text = self.tr("Released: the message from %1 joined ticket %2.")
            text = text.replace("%1", who).replace("%2", number_text)
            text += " " + self.tr("The sender is still blocked.")
            if ticket_id is not None:
                caption = self.tr("Open ticket %1").replace("%1", number_text)
                self.banner_open.setText(caption)
                self.banner_open.setAccessibleName(caption)
                self.banner_open.show()
        self.banner_label.setText(text)
        self.banner_label.setAccessibleName(text)

    # -- background work ---------------------------------------------------------------------------
    def _start(self, work: Callable[[], object], on_done: Callable, on_failed: Callable) -> None:
        self._serial += 1
        self._pending[self._serial] = (on_done, on_failed)
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=_run, args=(self._report, self._serial, work),
                                  name="held-mail", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _finished(self, serial: int, ok: bool, value: object) -> None:
        on_done, on_failed = self._pending.pop(serial, (None, None))
        if on_done is None:
            return
        (on_done if ok else on_failed)(value)

    def busy(self) -> bool:
        """Whether a preview or a release is still on its way (tests wait on this)."""
        return bool(self._pending)

    # -- events and language ---------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        if self.allowed and self._releasing is None:
            self.refresh()
        super().showEvent(event)

    def menu_text(self) -> str:
        """The side menu's entry, with the count when something is held."""
        return self.tr("Held e-mail (%1)").replace("%1", str(self.count)) if self.count else self.tr("Held e-mail")

    def _retranslate_title(self) -> None:
        text = self.tr("Held e-mail (%1)").replace("%1", str(self.count)) if self.allowed else self.tr("Held e-mail")
        self.title.setText(text)
        self.title.setAccessibleName(text)
        if self.allowed:
            self.empty.setText(
                self.tr("No e-mail is being held.") + "\n\n"
                + (self.tr("None has been released either.") if self.show_released.isChecked() else
                   self.tr("Messages from senders on the block list will wait here for you to release "
                           "or discard them.")))

    def retranslate(self) -> None:
        self._retranslate_title()
        self.intro.setText(self.tr(
            "E-mail from senders on the block list is kept here instead of becoming a ticket. "
            "Read it, then release it (it becomes a ticket or joins its ticket) or discard it."))
        self.intro.setAccessibleName(self.intro.text())
        self.denied.setText(self.tr(
            "Only supervisors and administrators can see e-mail held aside from blocked senders. "
            "Ask a supervisor if you are expecting a message that has not arrived."))
        self.denied.setAccessibleName(self.denied.text())
        self.show_released.setText(self.tr("Show released"))
        self.show_released.setAccessibleName(self.tr("Show released messages too"))
        self.show_released.setToolTip(
            self.tr("List the messages already released too, with who released them and where they went"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list"))
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.banner_close.setText("✕")
        self.banner_close.setAccessibleName(self.tr("Close this message"))
        self.banner_close.setToolTip(self.tr("Close this message"))
        self.banner.setAccessibleName(self.tr("Result of the last action"))
        self.table.setAccessibleName(self.tr("Held e-mail"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.empty.setAccessibleName(self.tr("No e-mail is being held."))
        self.preview_heading.setText(self.tr("Selected message"))
        self.preview_box.setAccessibleName(self.tr("Message preview"))
        self.placeholder.setAccessibleName(self.tr("Message preview"))
        for key, caption in (("from", self.tr("From:")), ("to", self.tr("To:")), ("cc", self.tr("Cc:")),
                             ("date", self.tr("Date:")), ("subject", self.tr("Subject:")),
                             ("mailbox", self.tr("Mailbox:")), ("block", self.tr("Block list:")),
                             ("outcome", self.tr("Released:")),
                             ("attachments", self.tr("Attachments:"))):
            self._captions[key].setText(caption)
        for value, accessible in ((self.from_value, self.tr("From")), (self.to_value, self.tr("To")),
                                  (self.cc_value, self.tr("Cc")), (self.date_value, self.tr("Date")),
                                  (self.subject_value, self.tr("Subject")),
                                  (self.mailbox_value, self.tr("Mailbox")),
                                  (self.block_value, self.tr("Block list")),
                                  (self.outcome_value, self.tr("Released")),
                                  (self.attachments_value, self.tr("Attachments"))):
            value.setAccessibleName(accessible)
        self.body.setAccessibleName(self.tr("Message text"))
        self.plain_note.setAccessibleName(self.tr("How the message is shown"))
        for action, button, text, accessible in (
            (self.release_action, self.release_button, self.tr("Release…"), self.tr("Release the message")),
            (self.discard_action, self.discard_button, self.tr("Discard…"), self.tr("Discard the message")),
            (self.open_action, self.open_button, self.tr("Open ticket"), self.tr("Open the ticket it went to")),
        ):
            action.setText(text)
            button.setText(text)
            button.setAccessibleName(accessible)
        self.discard_action.setToolTip(self.tr("Discard (Delete)"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.model.retranslate()
        self._retranslate_banner()
        if self.preview is not None:
            self._fill_preview()
        elif self.allowed:
            self._show_placeholder()
        self._update_actions()
