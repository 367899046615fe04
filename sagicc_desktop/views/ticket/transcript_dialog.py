"""O4: send the ticket's conversation to one of the customer's e-mail addresses.

Shows the customer's addresses (blocked ones disabled, with the block's reason), how many
messages the transcript holds and the mailbox it leaves from; Send queues it through the
outbox (services.transcript) and says so. Sending itself happens later, off the GUI thread.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout

from ...services import transcript
from ...services.errors import ServiceError
from ..context import AppContext
from ..messages import show_error
from ..widgets import Retranslating, add_row, name


class TranscriptDialog(Retranslating, QDialog):
    sig_queued = Signal(object)  # the outgoing interaction's id

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.info = transcript.info(ctx.db, ctx.user, ticket_id)
        self.queued_id: uuid.UUID | None = None
        self.confirmation: QMessageBox | None = None
        name(self, "transcriptDialog")
        self.intro = name(QLabel(), "transcriptIntro")
        self.intro.setWordWrap(True)
        self.address = name(QComboBox(), "transcriptAddressCombo")
        self.count = name(QLabel(), "transcriptCountLabel")
        self.channel = name(QLabel(), "transcriptChannelLabel")
        self.problem = name(QLabel(), "transcriptProblemLabel")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "transcriptSendButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                                  "transcriptCancelButton")
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.address.currentIndexChanged.connect(self._update)

        form = QFormLayout()
        add_row(form, self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.channel)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        model: QStandardItemModel = self.address.model()
        first_usable = -1
        for i, a in enumerate(self.info.addresses):
            self.address.addItem(a.value, a.normalized_value)
            item = model.item(i)
            if a.blocked:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
                item.setData(a.block_reason, Qt.ItemDataRole.UserRole + 1)
            elif first_usable < 0:
                first_usable = i
        self.address.setCurrentIndex(first_usable)

    def usable_addresses(self) -> list[str]:
        return [a.normalized_value for a in self.info.addresses if not a.blocked]

    def choose(self, normalized_value: str) -> bool:
        """Pick an address as the user would; False when it is not offered or blocked."""
        if normalized_value not in self.usable_addresses():
            return False
        self.address.setCurrentIndex(self.address.findData(normalized_value))
        return True

    def _problem(self) -> str:
        if not self.info.channel_name:
            return self.tr("The ticket's campaign has no e-mail channel to send from.")
        if not self.info.addresses:
            return self.tr("The customer has no e-mail address. Add one in the Contact tab first.")
        if not self.usable_addresses():
            return self.tr("Every e-mail address of the customer is on the block list.")
        if self.info.interaction_count == 0:
            return self.tr("The conversation has no messages to send yet.")
        return ""

    def _update(self, *_args) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.send_button.setEnabled(not problem and self.address.currentIndex() >= 0)

    def send(self) -> None:
        value = self.address.currentData()
        if not value or not self.send_button.isEnabled():
            return
        try:
            self.queued_id = transcript.send_transcript(self.ctx.db, self.ctx.blobs, self.ctx.user,
                                                        self.ticket_id, value)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.sig_queued.emit(self.queued_id)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Send transcript"),
                          self.tr("The transcript to %1 is in the outbox; it is sent as soon as the mail "
                                  "server can be reached. Its delivery shows in the conversation.")
                          .replace("%1", self.address.currentText()),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        name(box, "transcriptQueuedMessage", box.windowTitle())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.confirmation = box
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send transcript"))
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(self.tr("Send the whole conversation of ticket #%1 to the customer by e-mail. "
                                   "Notes and internal messages are never included.")
                           .replace("%1", str(self.info.ticket_number)))
        caption = self.findChild(QLabel, "transcriptAddressComboLabel")
        if caption is not None:
            caption.setText(self.tr("&To:"))
        self.address.setAccessibleName(self.tr("Customer's e-mail address"))
        model: QStandardItemModel = self.address.model()
        for i, a in enumerate(self.info.addresses):
            if a.blocked:
                reason = self.tr("Blocked") + (f": {a.block_reason}" if a.block_reason else "")
                model.item(i).setText(f"{a.value} — {reason}")
                model.item(i).setToolTip(reason)
        self.count.setText(self.tr("%n message(s) will be included.", "", self.info.interaction_count))
        self.channel.setText(self.tr("Sent from: %1").replace("%1", self.info.channel_name)
                             if self.info.channel_name else "")
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send transcript"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()
