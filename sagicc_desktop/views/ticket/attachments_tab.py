"""T11: the Attachments tab: every file of the ticket; add (dialog or drop), rename, download,
remove, and a preview of images, PDFs and text.

Adding hashes and copies the bytes on a pool thread (services.attachments.store_file touches no
database) with a progress bar and Cancel; only then the GUI thread writes the row, a short
transaction. Several files are added one after the other.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QProgressBar, QPushButton,
    QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...services import attachments, tickets
from ...services.errors import ServiceError, ValidationError
from ...store.enums import AttachmentSource
from ..messages import read_only_text, show_error
from ..widgets import name
from .file_copy import ask_save_target, save_copy
from .file_preview import FilePreview, FilePreviewDialog
from .batches import Batches
from .list_parts import ID_ROLE, empty_label, item_by_id
from .simple_tabs import LazyTab

_SOURCES = {
    AttachmentSource.CUSTOMER: QT_TRANSLATE_NOOP("AttachmentsTab", "From the customer"),
    AttachmentSource.USER: QT_TRANSLATE_NOOP("AttachmentsTab", "Sent by a user"),
    AttachmentSource.MANUAL: QT_TRANSLATE_NOOP("AttachmentsTab", "Added by hand"),
}


PAGE = 80  # files read at a time; older ones as the user scrolls

class _CopySignals(QObject):
    progress = Signal(int)
    done = Signal(object)  # StoredFile
    failed = Signal(object)  # Exception


class _CopyJob(QRunnable):
    """Hash and copy one file into the blob store, off the GUI thread."""

    def __init__(self, blobs, path: Path, max_bytes: int, cancel: threading.Event) -> None:
        super().__init__()
        self.blobs, self.path, self.max_bytes, self.cancel = blobs, path, max_bytes, cancel
        self.signals = _CopySignals()

    def run(self) -> None:
        try:
            stored = attachments.store_file(self.blobs, self.path, self.max_bytes,
                                            progress=self.signals.progress.emit, cancelled=self.cancel.is_set)
        except BaseException as exc:  # reported to the GUI thread, never lost in the pool
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(stored)


class AttachmentsTab(LazyTab):
    switchable = True

    sig_added = Signal(object)  # AttachmentRow
    sig_add_failed = Signal(object)  # the error, already shown to the user
    sig_queue_done = Signal()

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "attachmentsTab", parent)
        self._writable = False
        self._why = ""
        self._queue: list[tuple[Path, str]] = []
        self._job: _CopyJob | None = None
        self._last_job: _CopyJob | None = None  # kept until the next one: its signals may still be delivering
        self._limits: attachments.Limits | None = None
        self._current: tuple[Path, str, int] | None = None
        self._cancel = threading.Event()
        self.last_dialog: QWidget | None = None
        self.setAcceptDrops(True)

        self.add_button = name(QPushButton(), "addAttachmentButton")
        self.add_button.clicked.connect(self.choose_files)
        self.download_button = name(QPushButton(), "downloadAttachmentButton")
        self.download_button.clicked.connect(self.choose_target)
        self.rename_button = name(QPushButton(), "renameAttachmentButton")
        self.rename_button.clicked.connect(self.ask_rename)
        self.remove_button = name(QPushButton(), "removeAttachmentButton")
        self.remove_button.clicked.connect(self.ask_remove)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.download_button, self.rename_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.progress = name(QProgressBar(), "attachmentProgress")
        self.progress.setTextVisible(True)
        self.cancel_button = name(QPushButton(), "cancelAttachmentButton")
        self.cancel_button.clicked.connect(self.cancel_adding)
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.tree = name(QTreeWidget(), "attachmentsList")
        name(self.tree.header(), "attachmentsHeader")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(False)
        self._batches = Batches(self.tree, self._add_items)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_preview())
        self.empty = empty_label("attachmentsEmpty")
        self.empty.setWordWrap(True)
        self.preview = FilePreview(self, "attachmentPreview")
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.tree)
        list_layout.addWidget(self.empty)
        self.splitter = name(QSplitter(Qt.Orientation.Vertical), "attachmentsSplitter")
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 280])  # scaled to the real height when first laid out
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.splitter, 1)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, activated=self.ask_remove, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.tree, activated=self.ask_rename, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.tree, activated=self.open_preview, context=scope)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, activated=self.choose_files, context=scope)
        self.retranslate()
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------------
    def can_switch(self) -> bool:
        return self._job is None and not self._queue  # files still being copied into this ticket

    @property
    def rows(self) -> list[attachments.AttachmentRow]:
        """The files read so far, newest first (older pages are read as the user scrolls)."""
        return self._batches.rows

    @rows.setter
    def rows(self, value: list[attachments.AttachmentRow]) -> None:
        self._batches.rows = value

    def forget(self) -> None:
        self.tree.clear()
        self._batches.start(())
        self.preview.clear()
        self._limits = None

    def load(self) -> None:
        current = self.current_id()
        reason = tickets.read_only_reason(self.ctx.db, self.ctx.user, self.ticket_id)
        first = attachments.list_attachments(self.ctx.db, self.ctx.user, self.ticket_id, limit=PAGE)
        self._limits = attachments.ticket_limits(self.ctx.db, self.ctx.user, self.ticket_id)
        self._why = read_only_text(reason)
        self._writable = not self._why
        self._fill(current, first)

    def _older(self, last: attachments.AttachmentRow) -> list[attachments.AttachmentRow]:
        return attachments.list_attachments(self.ctx.db, self.ctx.user, self.ticket_id, limit=PAGE,
                                            before=(last.added_at, last.id))

    def _fill(self, select: uuid.UUID | None = None,
              first: list[attachments.AttachmentRow] | None = None) -> None:
        """Show the rows from the top: `first`, a page just read, or the rows already read."""
        self.tree.clear()
        if first is not None:
            self._batches.start(first, self._older, PAGE)
        else:
            self._batches.restart()
        if select:
            self._batches.show_until(lambda r: str(r.id) == str(select))
        if self.rows:
            self.tree.resizeColumnToContents(1)
            self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 200))
        self.tree.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        chosen = self._item_of(select) if select else None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.preview.clear()
        self._update_buttons()

    def _add_items(self, rows) -> None:
        items = []
        for r in rows:
            item = QTreeWidgetItem([r.filename, attachments.human_size(r.size), r.mime_type,
                                    r.added_by or self.tr(_SOURCES[r.source]), date_time(r.added_at)])
            item.setData(0, ID_ROLE, str(r.id))
            item.setToolTip(0, f"{r.filename}\n{self.tr(_SOURCES[r.source])}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        self.tree.addTopLevelItems(items)

    def _item_of(self, attachment_id) -> QTreeWidgetItem | None:
        return item_by_id(self.tree, attachment_id)

    def current_id(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        return uuid.UUID(item.data(0, ID_ROLE)) if item is not None else None

    def current_row(self) -> attachments.AttachmentRow | None:
        current = self.current_id()
        return next((r for r in self.rows if r.id == current), None)

    def select(self, attachment_id: uuid.UUID) -> None:
        self._batches.show_until(lambda r: str(r.id) == str(attachment_id))
        item = self._item_of(attachment_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _selected(self, *_args) -> None:
        self._update_buttons()
        row = self.current_row()
        if row is None:
            self.preview.clear()
            return
        try:
            path = attachments.blob_path(self.ctx.db, self.ctx.blobs, self.ctx.user, row.id)
        except ServiceError:
            self.preview.show_unavailable()
            return
        self.preview.show_file(path, row.mime_type)

    def _update_buttons(self) -> None:
        chosen = self.current_row() is not None
        busy = self._job is not None
        self.add_button.setEnabled(self._writable)
        self.rename_button.setEnabled(self._writable and chosen)
        self.remove_button.setEnabled(self._writable and chosen)
        self.download_button.setEnabled(chosen)
        self.add_button.setToolTip(self._why or self.tr("Add files to this ticket (Ctrl+O), or drop them here"))
        self.rename_button.setToolTip(self._why or (self.tr("Rename the selected file (F2)") if chosen
                                                    else self.tr("Select a file first")))
        self.remove_button.setToolTip(self._why or (self.tr("Remove the selected file (Delete)") if chosen
                                                    else self.tr("Select a file first")))
        self.download_button.setToolTip(self.tr("Save a copy of the selected file") if chosen
                                        else self.tr("Select a file first"))
        self.cancel_button.setEnabled(busy)

    # -- adding ----------------------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self._writable:
            return
        dialog = QFileDialog(self, self.tr("Add attachments"))
        name(dialog, "addAttachmentDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files]))
        self.last_dialog = dialog
        dialog.open()

    def add_paths(self, paths: list[Path], names: list[str] | None = None) -> None:
        """What the file dialog and a drop feed: each file is checked, copied, then attached."""
        if not self._writable:
            return  # the button is disabled and drops are refused; nothing else calls this
        names = names or [Path(p).name for p in paths]
        self._queue.extend(zip([Path(p) for p in paths], names))
        if self._job is None:
            self._next()

    def _next(self) -> None:
        while self._queue:
            path, display = self._queue.pop(0)
            try:
                size = path.stat().st_size
                if not path.is_file():
                    raise ValidationError("unreadable", value=path.name)
                display = attachments.check_new(self.ctx.db, self.ctx.user, self.ticket_id, display, size)
            except OSError:
                self._failed(ValidationError("unreadable", value=path.name), advance=False)
                continue
            except ServiceError as exc:
                self._failed(exc, advance=False)
                continue
            self._start(path, display, size)
            return
        self._job = None
        self._current = None
        self.progress_row.hide()
        self._update_buttons()
        self.sig_queue_done.emit()

    def _start(self, path: Path, display: str, size: int) -> None:
        self._cancel = threading.Event()
        self._current = (path, display, size)
        assert self._limits is not None
        job = _CopyJob(self.ctx.blobs, path, self._limits.max_bytes, self._cancel)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._copied)
        job.signals.failed.connect(self._failed)
        self._job = self._last_job = job
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Adding %1… %p%").replace("%1", display))
        self.progress.setAccessibleName(self.tr("Adding %1").replace("%1", display))
        self.progress_row.show()
        self._update_buttons()
        QThreadPool.globalInstance().start(job)

    def _progress(self, done: int) -> None:
        if self._current is not None and self._current[2] > 0:
            self.progress.setValue(min(1000, int(done * 1000 / self._current[2])))

    def _copied(self, stored: attachments.StoredFile) -> None:
        assert self._current is not None
        _path, display, _size = self._current
        self._job = None
        try:
            row = attachments.add_stored(self.ctx.db, self.ctx.user, self.ticket_id, display, stored)
        except ServiceError as exc:
            self._failed(exc)
            return
        self.rows.insert(0, row)
        self._fill(row.id)
        self.sig_added.emit(row)
        self._next()

    def _failed(self, error: Exception, advance: bool = True) -> None:
        if advance:
            self._job = None
        if not isinstance(error, attachments.Cancelled):
            show_error(self, error)
        self.sig_add_failed.emit(error)
        if advance:
            self._next()

    def cancel_adding(self) -> None:
        """Stop the copy in progress and drop the files still waiting."""
        self._queue.clear()
        self._cancel.set()

    # -- drag and drop ---------------------------------------------------------------------------
    @staticmethod
    def _local_files(mime) -> list[Path]:
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._writable and self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        files = self._local_files(event.mimeData())
        if not (self._writable and files):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(files)

    # -- rename, download, remove, preview -------------------------------------------------------
    def ask_rename(self) -> None:
        row = self.current_row()
        if row is None or not self._writable:
            return
        dialog = QInputDialog(self)
        name(dialog, "renameAttachmentDialog")
        dialog.setWindowTitle(self.tr("Rename file"))
        dialog.setLabelText(self.tr("New name for %1:").replace("%1", row.filename))
        dialog.setTextValue(row.filename)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            name(edit, "renameAttachmentEdit", self.tr("New file name"))
        dialog.textValueSelected.connect(lambda text, rid=row.id: self.rename_to(rid, text))
        self.last_dialog = dialog
        dialog.open()

    def rename_to(self, attachment_id: uuid.UUID, new_name: str) -> bool:
        try:
            row = attachments.rename(self.ctx.db, self.ctx.user, attachment_id, new_name)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.rows = [row if r.id == row.id else r for r in self.rows]
        self._fill(row.id)
        return True

    def choose_target(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.last_dialog = ask_save_target(self, self.tr("Save a copy of %1").replace("%1", row.filename),
                                           row.filename, "downloadAttachmentDialog",
                                           lambda target, rid=row.id: self.save_to(rid, target))

    def save_to(self, attachment_id: uuid.UUID, target: Path) -> bool:
        """What the save dialog feeds: copy the file's bytes to target."""
        return save_copy(self, self.ctx, attachment_id, target)

    def ask_remove(self) -> None:
        row = self.current_row()
        if row is None or not self._writable:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove file"),
                          self.tr("Remove %1 from this ticket?").replace("%1", row.filename),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        name(box, "removeAttachmentConfirm", box.windowTitle())
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda rid=row.id: self.remove(rid))
        self.last_dialog = box
        box.open()

    def remove(self, attachment_id: uuid.UUID) -> bool:
        try:
            attachments.remove(self.ctx.db, self.ctx.user, attachment_id)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.rows = [r for r in self.rows if r.id != attachment_id]
        self._fill()
        return True

    def open_preview(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            path = attachments.blob_path(self.ctx.db, self.ctx.blobs, self.ctx.user, row.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        dialog = FilePreviewDialog(row.filename, path, row.mime_type, self)
        self.last_dialog = dialog
        dialog.open()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Type"), self.tr("Added by"),
                                   self.tr("Date")])
        self.tree.setAccessibleName(self.tr("Attachments"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add attachments"))
        self.download_button.setText(self.tr("Download…"))
        self.download_button.setAccessibleName(self.tr("Download attachment"))
        self.rename_button.setText(self.tr("Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename attachment"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove attachment"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel adding files"))
        self.progress.setAccessibleName(self.tr("Adding files"))
        self.splitter.setAccessibleName(self.tr("Attachments and preview"))
        self.empty.setText(self.tr("No attachments yet. Drop files here or use Add."))
        self.empty.setAccessibleName(self.empty.text())
        if self.loaded:
            self._fill(self.current_id())
        self._update_buttons()
