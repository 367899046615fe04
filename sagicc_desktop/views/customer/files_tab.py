"""C2 Attachments: the files of all the customer's tickets, newest first, a page at a time.

View, save a copy and delete (confirmed) go through the attachments service, which checks
the file's ticket again (visible, writable) for each action.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout

from ...models.formatting import date_time
from ...services import attachments, customer_profile
from ...services.errors import ServiceError
from ..ticket.batches import Batches
from ..ticket.confirm import confirm
from ..ticket.file_preview import FilePreviewDialog
from ..ticket.list_parts import ID_ROLE, empty_label, item_list
from ..widgets import name
from ..messages import show_error as show_customer_error
from ..ticket.file_copy import ask_save_target, save_copy
from .profile_tab import ProfileTab

PAGE = customer_profile.PAGE


class FilesTab(ProfileTab):
    sig_open_ticket = Signal(object)  # uuid.UUID

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerFilesTab")
        self.list = item_list("customerFileList", 5)
        self.list.itemActivated.connect(lambda *_: self.open_preview())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.batches = Batches(self.list, self._add_items)
        self.empty = empty_label("customerFilesEmpty")
        self.view_button = name(QPushButton(), "viewCustomerFileButton")
        self.view_button.clicked.connect(self.open_preview)
        self.save_button = name(QPushButton(), "saveCustomerFileButton")
        self.save_button.clicked.connect(self.choose_target)
        self.delete_button = name(QPushButton(), "deleteCustomerFileButton")
        self.delete_button.clicked.connect(self.ask_delete)
        self.ticket_button = name(QPushButton(), "openFileTicketButton")
        self.ticket_button.clicked.connect(self._open_ticket)
        buttons = QHBoxLayout()
        for b in (self.view_button, self.save_button, self.ticket_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.last_dialog = None
        self.retranslate()

    def load(self) -> None:
        rows = customer_profile.attachments_page(self.ctx.db, self.ctx.user, self.customer_id)
        self.list.clear()
        self.batches.start(rows, self._older, PAGE)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()

    def _older(self, last) -> list:
        return customer_profile.attachments_page(self.ctx.db, self.ctx.user, self.customer_id, after=last.cursor)

    def _add_items(self, rows) -> None:
        for row in rows:
            item = QTreeWidgetItem([row.filename, f"#{row.ticket_number}", attachments.human_size(row.size),
                                    date_time(row.added_at), row.added_by])
            item.setData(0, ID_ROLE, str(row.id))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount() == len(rows):
            for c in range(4):
                self.list.resizeColumnToContents(c)

    def current_row(self):
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, ID_ROLE)
        return next((r for r in self.batches.rows if str(r.id) == wanted), None)

    def _update(self) -> None:
        has = self.current_row() is not None
        for b in (self.view_button, self.save_button, self.ticket_button):
            b.setEnabled(has)
        self.delete_button.setEnabled(has and not self.ctx.user.read_only)

    def _open_ticket(self) -> None:
        row = self.current_row()
        if row is not None:
            self.sig_open_ticket.emit(row.ticket_id)

    def open_preview(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            path = attachments.blob_path(self.ctx.db, self.ctx.blobs, self.ctx.user, row.id)
        except ServiceError as exc:
            show_customer_error(self, exc)
            return
        self.last_dialog = FilePreviewDialog(row.filename, path, row.mime_type, self)
        self.last_dialog.open()

    def choose_target(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.last_dialog = ask_save_target(self, self.tr("Save a copy of %1").replace("%1", row.filename),
                                           row.filename, "saveCustomerFileDialog",
                                           lambda target, rid=row.id: self.save_to(rid, target))

    def save_to(self, attachment_id: uuid.UUID, target: Path) -> bool:
        return save_copy(self, self.ctx, attachment_id, target)

    def ask_delete(self) -> None:
        row = self.current_row()
        if row is None or not self.delete_button.isEnabled():
            return
        self.last_dialog = confirm(
            self, "deleteCustomerFileConfirm", self.tr("Delete file"),
            self.tr("Delete %1 from ticket #%2?").replace("%1", row.filename).replace("%2", str(row.ticket_number)),
            self.tr("Delete"), lambda: self.delete(row.id))

    def delete(self, attachment_id: uuid.UUID) -> bool:
        try:
            customer_profile.delete_attachment(self.ctx.db, self.ctx.user, self.customer_id, attachment_id)
        except ServiceError as exc:
            show_customer_error(self, exc)
            return False
        self.load()
        return True

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("File"), self.tr("Ticket"), self.tr("Size"), self.tr("Added"),
                                   self.tr("By")])
        self.list.setAccessibleName(self.tr("Files of the customer's tickets"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("No files in this customer's tickets."))
        for button, text, tip in (
            (self.view_button, self.tr("View"), self.tr("View the file (Enter)")),
            (self.save_button, self.tr("Save as…"), self.tr("Save a copy of the file")),
            (self.ticket_button, self.tr("Open ticket"), self.tr("Open the file's ticket")),
            (self.delete_button, self.tr("Delete"), self.tr("Delete the file from its ticket")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
