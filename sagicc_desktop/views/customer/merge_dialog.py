"""C5: merge two customers. Pick the duplicate (prefilled from the similar customers, or by
search), compare the two side by side, choose what to combine and which customer survives,
confirm (it cannot be undone), and watch the progress while the merge runs off the GUI thread.

The service decides what is allowed (itself, tombstones, viewers); its refusal is shown in
words inside the dialog, which stays open with the user's choices.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QMessageBox, QProgressBar, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ...models.formatting import date_time
from ...services import customer_dashboard, customer_merge, customer_profile
from ...services.errors import ServiceError
from ..background_task import BackgroundTask
from ..messages import describe
from ..ticket.confirm import confirm
from ..widgets import Retranslating, name
from .related_panel import CustomerPicker, document_text

# Rows of the comparison, in order.
ROWS = ("name", "document", "birth_date", "contacts", "accounts", "tickets", "last_interaction", "created")


def summary(ctx, customer_id: uuid.UUID) -> dict[str, str]:
    """One column of the comparison: what the customer holds, as text."""
    info = customer_profile.customer_info(ctx.db, ctx.user, customer_id)
    contacts = customer_profile.contact_details(ctx.db, ctx.user, customer_id)
    accounts = customer_profile.accounts(ctx.db, ctx.user, customer_id)
    figures = customer_dashboard.customer_dashboard(ctx.db, ctx.user, customer_id)
    return {
        "name": info.full_name,
        "document": document_text(info.document_type, info.document_number),
        "birth_date": info.birth_date.isoformat() if info.birth_date else "",
        "contacts": "\n".join(c.value for c in contacts),
        "accounts": "\n".join(f"{a.number} {a.name}".strip() for a in accounts),
        "tickets": str(sum(n for _status, n in figures.tickets_by_status)),
        "last_interaction": date_time(info.last_interaction_at),
        "created": date_time(info.created_at),
    }


class CustomerMergeDialog(Retranslating, QDialog):
    sig_merged = Signal(object)  # the survivor's id

    def __init__(self, ctx, customer_id: uuid.UUID, other_id: uuid.UUID | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.other_id = ctx, customer_id, other_id
        self.task: BackgroundTask | None = None
        self.confirm_box: QMessageBox | None = None
        self.result_: customer_merge.CustomerMergeResult | None = None
        self.names = {"this": "", "other": ""}
        name(self, "customerMergeDialog")
        self.intro = name(QLabel(), "mergeIntro")
        self.intro.setWordWrap(True)
        self.picker = CustomerPicker(ctx, "mergeDuplicatePicker")
        self.picker.sig_picked.connect(self._picked)
        self.picker.sig_activated.connect(lambda: self.merge_button.setFocus())
        self.picker.setMaximumHeight(170)
        self.comparison = name(QTableWidget(len(ROWS), 2), "mergeComparison")
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setWordWrap(True)
        self.comparison.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name(self.comparison.horizontalHeader(), "mergeComparisonHeader")
        name(self.comparison.verticalHeader(), "mergeComparisonRows")

        self.survivor_box = name(QGroupBox(), "mergeSurvivorGroup")
        self.keep_this = name(QRadioButton(), "mergeKeepThisRadio")
        self.keep_other = name(QRadioButton(), "mergeKeepOtherRadio")
        self.keep_this.setChecked(True)
        self.survivor_group = QButtonGroup(self)
        for button in (self.keep_this, self.keep_other):
            self.survivor_group.addButton(button)
        survivor_layout = QVBoxLayout(self.survivor_box)
        survivor_layout.addWidget(self.keep_this)
        survivor_layout.addWidget(self.keep_other)

        self.combine_box = name(QGroupBox(), "mergeCombineGroup")
        self.contacts = name(QCheckBox(), "mergeContactsCheck")
        self.accounts = name(QCheckBox(), "mergeAccountsCheck")
        self.tickets = name(QCheckBox(), "mergeTicketsCheck")
        combine_layout = QVBoxLayout(self.combine_box)
        for box in (self.contacts, self.accounts, self.tickets):
            box.setChecked(True)
            combine_layout.addWidget(box)

        self.warning = name(QLabel(), "mergeIrreversibleWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.message = name(QLabel(), "mergeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.progress = name(QProgressBar(), "mergeProgress")
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "mergeRunButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "mergeCancelButton")
        self.buttons.accepted.connect(self.ask)
        self.buttons.rejected.connect(self.reject)

        choices = QHBoxLayout()
        choices.addWidget(self.survivor_box, 1)
        choices.addWidget(self.combine_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.comparison, 1)
        layout.addLayout(choices)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self.retranslate()
        self._fill()
        (self.merge_button if other_id else self.picker).setFocus()

    # -- choosing ----------------------------------------------------------------------------
    def _picked(self) -> None:
        picked = self.picker.selected_id()
        if picked is not None:
            self.other_id = picked
            self._fill()

    def _column(self, column: int, customer_id: uuid.UUID | None) -> str:
        try:
            values = summary(self.ctx, customer_id) if customer_id else {}
        except ServiceError as exc:
            values = {"name": describe(exc)}
        for row, key in enumerate(ROWS):
            item = QTableWidgetItem(values.get(key, ""))
            self.comparison.setItem(row, column, item)
        # Two duplicates often share the name: the document tells them apart in the choices.
        document = values.get("document", "")
        return f"{values.get('name', '')} ({document})" if document else values.get("name", "")

    def _fill(self) -> None:
        self.names["this"] = self._column(0, self.customer_id)
        self.names["other"] = self._column(1, self.other_id)
        self.message.hide()
        self.retranslate()

    def survivor_and_other(self) -> tuple[uuid.UUID, uuid.UUID]:
        if self.keep_other.isChecked():
            return self.other_id, self.customer_id
        return self.customer_id, self.other_id

    # -- running -----------------------------------------------------------------------------
    def ask(self) -> None:
        """Merge, after a confirmation that says it cannot be undone."""
        if self.other_id is None:
            self._say(self.tr("Choose the duplicate customer first: search for it above."))
            return
        if self.task is not None:
            return
        keep = self.names["other"] if self.keep_other.isChecked() else self.names["this"]
        gone = self.names["this"] if self.keep_other.isChecked() else self.names["other"]
        self.confirm_box = confirm(
            self, "confirmCustomerMerge", self.tr("Merge customers"),
            self.tr("Merge “%1” into “%2”? What you chose moves to “%2” and “%1” stays only as a pointer to it. "
                    "This cannot be undone.").replace("%1", gone).replace("%2", keep),
            self.tr("&Merge"), self.run)

    def run(self) -> None:
        survivor, other = self.survivor_and_other()
        options = dict(contacts=self.contacts.isChecked(), accounts=self.accounts.isChecked(),
                       tickets=self.tickets.isChecked())
        db, user = self.ctx.db, self.ctx.user
        self.task = BackgroundTask(lambda progress: customer_merge.merge_customers(
            db, user, survivor, other, progress=progress, **options), self)
        self.task.sig_progress.connect(self._progress)
        self.task.sig_done.connect(self._done)
        self.task.sig_failed.connect(self._failed)
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.message.hide()
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first step reports
        for widget in (self.picker, self.survivor_box, self.combine_box, self.merge_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: customer_merge.CustomerMergeResult) -> None:
        self.task = None
        self.result_ = result
        self._busy(False)
        self.sig_merged.emit(result.survivor_id)
        self.accept()
        open_customer = getattr(self.ctx, "open_customer", None)
        if callable(open_customer):
            open_customer(result.survivor_id)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self._busy(False)
        self._say(describe(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        if self.task is None:  # a running merge finishes (or fails) before the dialog goes
            super().reject()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Merge customers")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr(
            "Find the duplicate of “%1”, compare the two, choose which one stays and what it takes over.")
            .replace("%1", self.names["this"]))
        self.comparison.setHorizontalHeaderLabels([self.tr("This customer"), self.tr("Duplicate")])
        self.comparison.setVerticalHeaderLabels([
            self.tr("Name"), self.tr("Document"), self.tr("Date of birth"), self.tr("Contact details"),
            self.tr("Accounts"), self.tr("Tickets"), self.tr("Last interaction"), self.tr("Created")])
        self.comparison.setAccessibleName(self.tr("The two customers side by side"))
        self.comparison.horizontalHeader().setAccessibleName(self.tr("Customers"))
        self.comparison.verticalHeader().setAccessibleName(self.tr("What is compared"))
        self.survivor_box.setTitle(self.tr("Customer that stays"))
        self.keep_this.setText(self.tr("&This customer: %1").replace("%1", self.names["this"]))
        self.keep_other.setText(self.tr("The &duplicate: %1").replace("%1", self.names["other"] or "—"))
        self.keep_this.setAccessibleName(self.tr("Keep this customer"))
        self.keep_other.setAccessibleName(self.tr("Keep the duplicate"))
        self.combine_box.setTitle(self.tr("Move to the customer that stays"))
        self.contacts.setText(self.tr("C&ontact details"))
        self.accounts.setText(self.tr("&Accounts"))
        self.tickets.setText(self.tr("T&ickets and their interactions"))
        for box in (self.contacts, self.accounts, self.tickets):
            box.setAccessibleName(box.text().replace("&", ""))
        self.warning.setText(self.tr(
            "Merging cannot be undone: the other customer is kept only as a pointer to the one that stays. "
            "Related customers and assigned users always move."))
        self.warning.setAccessibleName(self.tr("Warning"))
        self.message.setAccessibleName(self.tr("Why the merge did not run"))
        self.progress.setAccessibleName(self.tr("Merge progress"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
