"""O2: merge this ticket into another one typed by number, optionally merging the customers.

The merge itself runs off the GUI thread (decision 4): moving a long conversation and a
customer's tickets can take a while, so the dialog shows a progress bar and stays painted.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar,
    QRadioButton, QVBoxLayout,
)

from ...models.labels import label
from ...services import ticket_merge
from ...services.errors import ServiceError
from ..background_task import BackgroundTask
from ..context import AppContext
from ..messages import describe, show_error
from ..widgets import Retranslating, add_row, name
from .confirm import confirm


class MergeDialog(Retranslating, QDialog):
    """The typed number is checked as the user types (the same checks the merge makes); Merge
    asks for a confirmation that says it cannot be undone."""

    sig_merged = Signal(object)  # the surviving ticket's id

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.preview: ticket_merge.MergePreview | None = None
        self.error = ""
        self.confirm_box = None
        self.task: BackgroundTask | None = None
        name(self, "mergeDialog")
        self.setMinimumWidth(520)
        self.explanation = name(QLabel(), "mergeExplanation")
        self.explanation.setWordWrap(True)
        self.number = name(QLineEdit(), "mergeNumberEdit")
        self.number.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.number.textChanged.connect(self._check)
        self.found = name(QLabel(), "mergePreviewLabel")
        self.found.setWordWrap(True)
        self.merge_customers = name(QCheckBox(), "mergeCustomersCheck")
        self.merge_customers.toggled.connect(self._sync)
        self.keep_this = name(QRadioButton(), "keepThisCustomerRadio")
        self.keep_other = name(QRadioButton(), "keepOtherCustomerRadio")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_this)
        self.keep_group.addButton(self.keep_other)
        self.keep_this.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "mergeButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "mergeCancelButton")
        self.buttons.accepted.connect(self.ask)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        add_row(self.form, self.number)
        self.form.addRow("", self.found)
        customers = QVBoxLayout()
        customers.setContentsMargins(24, 0, 0, 0)
        customers.addWidget(self.keep_this)
        customers.addWidget(self.keep_other)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.merge_customers)
        layout.addLayout(customers)
        layout.addStretch(1)
        self.progress = name(QProgressBar(), "mergeProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.number.setFocus()

    def _check(self, *_args) -> None:
        text = self.number.text().strip()
        self.preview, self.error = None, ""
        if text.isdigit():
            try:
                self.preview = ticket_merge.preview(self.ctx.db, self.ctx.user, self.ticket_id, int(text))
            except ServiceError as exc:
                self.error = describe(exc)
        self._sync()

    def _sync(self, *_args) -> None:
        p = self.preview
        if p is not None:
            self.found.setText(self.tr("Ticket #%1: %2 (%3)").replace("%1", str(p.target_number))
                               .replace("%2", p.target_subject).replace("%3", label(p.target_status)))
            self.found.setStyleSheet("color: #2e7d32;")
        else:
            self.found.setText(self.error)
            self.found.setStyleSheet("color: #c62828;")
        self.found.setVisible(bool(self.found.text()))
        can_merge_customers = p is not None and p.customers_differ
        self.merge_customers.setEnabled(can_merge_customers)
        if not can_merge_customers:
            self.merge_customers.setChecked(False)
        if p is None:
            why = self.tr("Type the number of the ticket to merge into first.")
        elif not can_merge_customers:
            why = self.tr("Both tickets have the same customer, or one has none.")
        else:
            why = self.tr("The other customer's contact details, accounts and tickets move to the one kept.")
        self.merge_customers.setToolTip(why)
        choose = can_merge_customers and self.merge_customers.isChecked()
        for radio, customer, whose in (
            (self.keep_this, p.source_customer if p else None, self.tr("this ticket's customer")),
            (self.keep_other, p.target_customer if p else None,
             self.tr("customer of ticket #%1").replace("%1", str(p.target_number)) if p else ""),
        ):
            radio.setEnabled(choose)
            radio.setVisible(can_merge_customers)
            if customer is not None:
                radio.setText(self.tr("Keep %1 (%2)").replace("%1", customer.name).replace("%2", whose))
                radio.setAccessibleName(radio.text())
        self.merge_button.setEnabled(p is not None)
        self.merge_button.setToolTip("" if p else self.tr("Type the number of an open ticket you may see."))

    def ask(self) -> None:
        """Merge is irreversible: confirm first."""
        p = self.preview
        if p is None:
            return
        text = self.tr(
            "Merge ticket #%1 into ticket #%2? Its conversation, tasks, agenda, attachments, notes and "
            "relations move to #%2 and #%1 is closed. This cannot be undone."
        ).replace("%1", str(p.source_number)).replace("%2", str(p.target_number))
        if self.merge_customers.isChecked():
            text += " " + self.tr("The two customers are merged too.")
        self.confirm_box = confirm(self, "mergeConfirm", self.tr("Merge tickets"), text, self.tr("Merge"), self.merge)

    def merge(self) -> bool:
        """Start the merge in a worker; the dialog closes when it is done. False if nothing started."""
        p = self.preview
        if p is None or self.task is not None:
            return False
        keep = None
        if self.merge_customers.isChecked():
            keep = (p.source_customer if self.keep_this.isChecked() else p.target_customer).id
        db, actor, ticket_id, number = self.ctx.db, self.ctx.user, self.ticket_id, p.target_number

        def work(progress):
            return ticket_merge.merge(db, actor, ticket_id, number, merge_customers=keep is not None,
                                      keep_customer_id=keep, progress=progress)

        self.task = BackgroundTask(work, self)
        self.task.sig_progress.connect(self._progress)
        self.task.sig_done.connect(self._merged)
        self.task.sig_failed.connect(self._failed)
        self._busy(True)
        self.task.start()
        return True

    def _busy(self, busy: bool) -> None:
        for w in (self.number, self.merge_customers, self.keep_this, self.keep_other, self.merge_button,
                  self.cancel_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Merging…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _merged(self, survivor) -> None:
        self.task = None
        self.accept()
        self.sig_merged.emit(survivor)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self._busy(False)
        if not isinstance(exc, ServiceError):
            raise exc
        show_error(self, exc)
        self._check()

    def reject(self) -> None:
        if self.task is None:  # a merge under way finishes; it cannot be stopped half-way
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge tickets"))
        self.setAccessibleName(self.windowTitle())
        self.explanation.setText(self.tr(
            "This ticket is merged into the ticket you choose: its conversation, tasks, agenda, attachments, "
            "notes and relations move there, and this ticket is closed. The merge cannot be undone."))
        self.number.setAccessibleName(self.tr("Ticket number to merge into"))
        self.number.setPlaceholderText(self.tr("Ticket number"))
        caption = self.form.labelForField(self.number)
        if caption is not None:
            caption.setText(self.tr("Merge into ticket #:"))
        self.found.setAccessibleName(self.tr("Ticket found"))
        self.merge_customers.setText(self.tr("Merge the customers too"))
        self.merge_customers.setAccessibleName(self.merge_customers.text())
        self.keep_this.setAccessibleName(self.tr("Keep this ticket's customer"))
        self.keep_other.setAccessibleName(self.tr("Keep the other ticket's customer"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._sync()
