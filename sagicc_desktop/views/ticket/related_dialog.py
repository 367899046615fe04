"""O3: the ticket's related tickets: list, add by number, remove, open (leaving this ticket)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from ...models.labels import label
from ...services import related_tickets, ticket_actions
from ...services.errors import ServiceError
from ..context import AppContext
from ..messages import describe, read_only_text
from ..widgets import Retranslating, name


class RelatedDialog(Retranslating, QDialog):
    """Viewers and closed tickets may list and open related tickets, not add or remove them."""

    sig_open_ticket = Signal(object)

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.blocked = ticket_actions.blocked_actions(ctx.db, ctx.user, ticket_id)["relate"]
        name(self, "relatedDialog")
        self.resize(640, 400)
        self.list = name(QTreeWidget(), "relatedList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.itemSelectionChanged.connect(self._sync)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.number = name(QLineEdit(), "relatedNumberEdit")
        self.number.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.number.returnPressed.connect(self.add)
        self.number.textChanged.connect(self._sync)
        self.add_button = name(QPushButton(), "addRelatedButton")
        self.add_button.clicked.connect(self.add)
        self.add_button.setAutoDefault(False)
        self.remove_button = name(QPushButton(), "removeRelatedButton")
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setAutoDefault(False)
        self.open_button = name(QPushButton(), "openRelatedButton")
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setAutoDefault(False)
        self.message = name(QLabel(), "relatedMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Close), "closeRelatedButton")
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        add_row = QHBoxLayout()
        add_row.addWidget(self.number, 1)
        add_row.addWidget(self.add_button)
        side = QHBoxLayout()
        side.addWidget(self.open_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addLayout(side)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.load()

    def load(self) -> None:
        rows = related_tickets.related(self.ctx.db, self.ctx.user, self.ticket_id)
        self.list.clear()
        for r in rows:
            item = QTreeWidgetItem([f"#{r.number}", r.subject, label(r.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(r.ticket_id))
            item.setData(1, Qt.ItemDataRole.UserRole, str(r.relation_id))
            self.list.addTopLevelItem(item)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._sync()

    def numbers(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.list.selectedItems()
        return items[0] if items else None

    def _sync(self, *_args) -> None:
        writable = self.blocked is None
        why = self._why()
        has = self._selected() is not None
        self.number.setEnabled(writable)
        self.number.setToolTip(why)
        self.add_button.setEnabled(writable and bool(self.number.text().strip()))
        self.add_button.setToolTip(why or self.tr("Relate the ticket with this number"))
        self.remove_button.setEnabled(writable and has)
        self.remove_button.setToolTip(why or ("" if has else self.tr("Select a related ticket first.")))
        self.open_button.setEnabled(has)
        self.open_button.setToolTip(self.tr("Open the selected ticket; you leave this one."))

    def _why(self) -> str:
        return read_only_text(self.blocked)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add(self) -> bool:
        text = self.number.text().strip()
        if not text.isdigit() or self.blocked is not None:
            return False
        try:
            related_tickets.add(self.ctx.db, self.ctx.user, self.ticket_id, int(text))
        except ServiceError as exc:
            self._say(describe(exc))
            return False
        self._say("")
        self.number.clear()
        self.load()
        return True

    def remove(self) -> bool:
        item = self._selected()
        if item is None or self.blocked is not None:
            return False
        try:
            related_tickets.remove(self.ctx.db, self.ctx.user, self.ticket_id,
                                   uuid.UUID(item.data(1, Qt.ItemDataRole.UserRole)))
        except ServiceError as exc:
            self._say(describe(exc))
            return False
        self._say("")
        self.load()
        return True

    def open_selected(self) -> None:
        item = self._selected()
        if item is not None:
            ticket_id = uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole))
            self.accept()
            self.sig_open_ticket.emit(ticket_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Related tickets"))
        self.setAccessibleName(self.windowTitle())
        self.list.setHeaderLabels([self.tr("Number"), self.tr("Subject"), self.tr("Status")])
        self.list.setAccessibleName(self.tr("Related tickets"))
        name(self.list.header(), "relatedListHeader", self.tr("Column headers"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.number.setPlaceholderText(self.tr("Ticket number to relate"))
        self.number.setAccessibleName(self.tr("Ticket number to relate"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add related ticket"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove related ticket"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open related ticket"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close related tickets"))
        self.message.setAccessibleName(self.tr("Message"))
        if self.list.topLevelItemCount():
            self.load()  # statuses in the new language
        self._sync()
