"""Choosing another customer's or a third party's contact data, where the campaign allows it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ....services import composer_data
from ....services.errors import ServiceError
from ....store.enums import ChannelKind
from ...messages import describe
from ...widgets import name


class OtherContactsDialog(QDialog):
    """Searches as the user types (debounced); a blocked value is listed but cannot be chosen."""

    sig_chosen = Signal(str)

    def __init__(self, ctx, ticket_id: uuid.UUID, channel_kind: ChannelKind, parent=None) -> None:
        super().__init__(parent)
        name(self, "otherContactsDialog")
        self.ctx, self.ticket_id, self.channel_kind = ctx, ticket_id, channel_kind
        self.setWindowTitle(self.tr("Other contact data"))
        self.setAccessibleName(self.windowTitle())
        self.search = name(QLineEdit(), "otherContactsSearch", self.tr("Search other contact data"))
        self.search.setPlaceholderText(self.tr("Name, e-mail or number (at least 3 characters)"))
        self.search.setClearButtonEnabled(True)
        self.results = name(QListWidget(), "otherContactsList", self.tr("Contact data found"))
        self.status = name(QLabel(), "otherContactsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.use_button = name(buttons.button(QDialogButtonBox.StandardButton.Ok), "useOtherContactButton",
                               self.tr("Use"))
        self.use_button.setText(self.tr("Use"))
        self.use_button.setEnabled(False)
        name(buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelOtherContactButton", self.tr("Cancel"))
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.search, self.results, self.status, buttons):
            layout.addWidget(w)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(self._selection)
        self.results.itemDoubleClicked.connect(lambda _i: self._use())
        self.resize(460, 380)

    def run_search(self) -> None:
        self.results.clear()
        try:
            rows = composer_data.search_other_contacts(self.ctx.db, self.ctx.user, self.ticket_id,
                                                       self.channel_kind, self.search.text())
        except ServiceError as exc:
            self.status.setText(describe(exc))
            return
        for r in rows:
            this_customer = self.tr("this customer")
            text = f"{r.value} — {r.owner or this_customer}"
            if r.blocked:
                text += " · " + self.tr("blocked")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.value)
            if r.blocked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(r.block_reason or self.tr("On the block list"))
            self.results.addItem(item)
        if len(self.search.text().strip()) < 3:
            self.status.setText(self.tr("Type at least 3 characters."))
        else:
            self.status.setText(self.tr("%n result(s)", "", len(rows)) if rows else self.tr("Nothing found."))

    def _selection(self, current, _previous) -> None:
        self.use_button.setEnabled(current is not None and bool(current.flags() & Qt.ItemFlag.ItemIsEnabled))

    def _use(self) -> None:
        item = self.results.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.sig_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
