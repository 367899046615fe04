"""New customer, without making a duplicate: the service refuses a customer that looks like one
already stored ("similar_customers"), so the dialog shows those customers and lets the agent open
the existing one instead, or confirm that this really is a new person ("Create anyway"). A
document number another customer holds ("document_taken") is offered the same way, without
"Create anyway": two live customers never share a document."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.labels import document_label
from ...services import customer_edit, customer_similarity
from ...services.errors import ServiceError, ValidationError
from ...store.enums import ContactKind
from ..messages import describe, show_error
from ..ticket.customer_tab import reasons_text
from .customer_fields import NO_DATE, customer_fields
from ..ticket.list_parts import ID_ROLE, item_list, selected_id
from ..widgets import Retranslating, add_row, name
from .related_panel import document_text

SIMILAR, TAKEN = "similar_customers", "document_taken"


class NewCustomerDialog(Retranslating, QDialog):
    sig_created = Signal(object)  # the new customer's id
    sig_open_existing = Signal(object)  # the id of the stored customer the agent chose instead

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matches: list = []  # customer_similarity.SimilarCustomer of the last refusal
        self.taken_by: uuid.UUID | None = None  # the holder of the typed document, when refused for it
        self.error_box = None
        name(self, "newCustomerDialog")

        fields = customer_fields({
            "document_type": "newCustomerDocumentType", "document_number": "newCustomerDocumentNumber",
            "first_name": "newCustomerFirstName", "middle_name": "newCustomerMiddleName",
            "last_name": "newCustomerLastName", "second_last_name": "newCustomerSecondLastName",
            "birth_date": "newCustomerBirthDate", "clear_date": "newCustomerBirthDateClear",
            "date_row": "newCustomerBirthDateRow"})
        self.document_type, self.document_number, self.names = fields.document_type, fields.document_number, fields.names
        self.birth_date, self.clear_date, date_row = fields.birth_date, fields.clear_date, fields.date_row
        self.phone = name(QLineEdit(), "newCustomerPhone")
        self.email = name(QLineEdit(), "newCustomerEmail")
        self.fields: dict[str, QWidget] = {**fields.widgets(), "phone": self.phone, "email": self.email}
        self.form = QFormLayout()
        for key, widget in self.fields.items():
            add_row(self.form, date_row if key == "birth_date" else widget)

        # -- the customers that look like this one (after a refusal) ----------------------------
        self.similar_box = name(QGroupBox(), "newCustomerSimilarGroup")
        self.similar_text = name(QLabel(), "newCustomerSimilarText")
        self.similar_text.setWordWrap(True)
        self.similar_list = item_list("newCustomerSimilarList", 4)
        self.similar_list.setMaximumHeight(160)  # a few rows; the form stays in view
        self.similar_list.itemSelectionChanged.connect(self._update_buttons)
        self.similar_list.itemActivated.connect(lambda *_: self.open_existing())
        self.open_button = name(QPushButton(), "openExistingCustomerButton")
        self.open_button.clicked.connect(self.open_existing)
        self.anyway_button = name(QPushButton(), "createCustomerAnywayButton")
        self.anyway_button.clicked.connect(lambda: self.create(allow_similar=True))
        similar_buttons = QHBoxLayout()
        similar_buttons.addWidget(self.open_button)
        similar_buttons.addStretch(1)
        similar_buttons.addWidget(self.anyway_button)
        similar_layout = QVBoxLayout(self.similar_box)
        similar_layout.addWidget(self.similar_text)
        similar_layout.addWidget(self.similar_list)
        similar_layout.addLayout(similar_buttons)
        self.similar_box.hide()

        self.buttons = name(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                             | QDialogButtonBox.StandardButton.Cancel), "newCustomerButtons")
        self.ok = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "createCustomerButton")
        self.cancel = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelNewCustomerButton")
        self.buttons.accepted.connect(lambda: self.create(allow_similar=False))
        self.buttons.rejected.connect(self.reject)
        for edit in (self.document_number, *self.names.values(), self.phone, self.email):
            edit.textEdited.connect(self._input_changed)
        self.document_type.currentIndexChanged.connect(self._input_changed)
        self.birth_date.dateChanged.connect(self._input_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.similar_box)
        layout.addWidget(self.buttons)
        order = [self.document_type, self.document_number, *self.names.values(), self.birth_date,
                 self.clear_date, self.phone, self.email, self.similar_list, self.open_button,
                 self.anyway_button, self.ok, self.cancel]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.names["first_name"].setFocus()
        self.resize(520, self.sizeHint().height())
        self.retranslate()
        self._update_buttons()

    # -- input -------------------------------------------------------------------------------
    def draft(self) -> customer_edit.CustomerDraft:
        date = self.birth_date.date()
        return customer_edit.CustomerDraft(
            self.document_type.currentData() or None, self.document_number.text(),
            *(self.names[k].text() for k in customer_edit.NAME_FIELDS),
            None if date == NO_DATE else dt.date(date.year(), date.month(), date.day()))

    def contacts(self) -> list[tuple[ContactKind, str]]:
        return [(ContactKind.PHONE, self.phone.text()), (ContactKind.EMAIL, self.email.text())]

    def _input_changed(self, *_args) -> None:
        """The matches answered other input: check again before anything is created."""
        if self.similar_box.isVisible() or self.matches:
            self._show_matches([])

    # -- creating ----------------------------------------------------------------------------
    def create(self, allow_similar: bool = False) -> bool:
        try:
            new_id = customer_edit.create_customer(self.ctx.db, self.ctx.user, self.draft(), contacts=self.contacts(),
                                                   allow_similar=allow_similar)
        except ValidationError as exc:
            reason = exc.args[0] if exc.args else ""
            if reason == SIMILAR:
                self._show_matches(list(exc.details.get("matches", ())))
                return False
            if reason == TAKEN and self._offer_holder(exc):
                return False
            self._refused(exc)
            return False
        except ServiceError as exc:
            self._refused(exc)
            return False
        self.accept()
        self.sig_created.emit(new_id)
        return True

    def _offer_holder(self, exc: ValidationError) -> bool:
        """The customer holding the typed document, among the look-alikes, with "Create anyway"
        off; False (say the error instead) when the holder does not look like this person."""
        draft = self.draft()
        holder = exc.details.get("customer_id")
        try:
            matches = customer_similarity.matches_for_new_customer(
                self.ctx.db, self.ctx.user, **{k: getattr(draft, k) for k in customer_edit.NAME_FIELDS},
                document_type=draft.document_type, document_number=draft.document_number,
                birth_date=draft.birth_date, phones=[self.phone.text()], emails=[self.email.text()])
        except ServiceError:
            return False
        if holder not in {m.customer_id for m in matches}:
            return False
        self._show_matches(matches, taken_by=holder, why_not_new=describe(exc))
        return True

    def _refused(self, exc: ServiceError) -> None:
        self.error_box = show_error(self, exc)
        field = exc.details.get("field")
        if field in self.fields:
            self.fields[field].setFocus()

    def open_existing(self) -> None:
        picked = self.selected_match()
        if picked is None:
            return
        self.accept()
        self.sig_open_existing.emit(picked)

    def selected_match(self) -> uuid.UUID | None:
        value = selected_id(self.similar_list)
        return uuid.UUID(value) if value else None

    # -- the matches -------------------------------------------------------------------------
    def _show_matches(self, matches: list, taken_by: uuid.UUID | None = None, why_not_new: str = "") -> None:
        self.matches, self.taken_by = matches, taken_by
        self.anyway_button.setEnabled(taken_by is None)
        self.anyway_button.setToolTip(why_not_new or self.tr("This is another person: create a new customer"))
        self.similar_list.clear()
        for m in matches:
            item = QTreeWidgetItem([m.full_name, document_text(m.document_type, m.document_number),
                                    f"{m.percentage} %", reasons_text(m.reasons)])
            item.setData(0, ID_ROLE, str(m.customer_id))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self._match_sentence(m))
            self.similar_list.addTopLevelItem(item)
        for column in range(3):
            self.similar_list.resizeColumnToContents(column)
        self.similar_box.setVisible(bool(matches))
        self.ok.setVisible(not matches)  # "Create anyway" or "Open … instead" now decide
        if matches:
            first = next((i for i, m in enumerate(matches) if m.customer_id == taken_by), 0)
            self.similar_list.setCurrentItem(self.similar_list.topLevelItem(first))
            self.open_button.setDefault(True)
            self.similar_list.setFocus()
        else:
            self.ok.setDefault(True)
        self._paint_similar_text()
        self._update_buttons()
        if matches:  # room for "what matched" without scrolling sideways
            self.resize(max(self.width(), 760), self.sizeHint().height())

    def _match_sentence(self, m) -> str:
        return self.tr("%1, %2 % alike: %3").replace("%1", m.full_name).replace(
            "%2", str(m.percentage)).replace("%3", reasons_text(m.reasons))

    def _paint_similar_text(self) -> None:
        if self.taken_by is not None:
            holder = next((m.full_name for m in self.matches if m.customer_id == self.taken_by), "")
            self.similar_text.setText(self.tr(
                "“%1” already has this document: open that customer instead, or correct the document.")
                .replace("%1", holder))
            return
        self.similar_text.setText(self.tr(
            "%n stored customer(s) may be this person. Open the existing customer instead of making a "
            "duplicate, or create a new one anyway.", "", len(self.matches)))

    def _update_buttons(self, *_args) -> None:
        picked = self.selected_match()
        match = next((m for m in self.matches if m.customer_id == picked), None)
        self.open_button.setEnabled(match is not None)
        label = (self.tr("&Open “%1” instead").replace("%1", match.full_name) if match
                 else self.tr("&Open the selected customer instead"))
        self.open_button.setText(label)
        self.open_button.setAccessibleName(label.replace("&", ""))

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New customer"))
        self.setAccessibleName(self.tr("New customer"))
        titles = {
            "document_type": self.tr("&Document type"), "document_number": self.tr("Document &number"),
            "first_name": self.tr("&First name"), "middle_name": self.tr("&Middle name"),
            "last_name": self.tr("&Last name"), "second_last_name": self.tr("S&econd last name"),
            "birth_date": self.tr("Date of &birth"), "phone": self.tr("&Phone"), "email": self.tr("E-&mail"),
        }
        for key, widget in self.fields.items():
            widget.setAccessibleName(titles[key].replace("&", ""))
            label = self.form.labelForField(widget.parentWidget() if key == "birth_date" else widget)
            if label is not None:
                label.setText(titles[key] + ":")
                label.setBuddy(widget)
        self.document_type.setItemText(0, self.tr("None"))
        for i, code in enumerate(customer_edit.DOCUMENT_TYPES, start=1):
            self.document_type.setItemText(i, document_label(code))
        self.birth_date.setSpecialValueText(self.tr("Not known"))
        self.clear_date.setAccessibleName(self.tr("No date of birth"))
        self.clear_date.setToolTip(self.tr("No date of birth"))
        self.similar_box.setTitle(self.tr("Customers that may be the same person"))
        self.similar_list.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Match"),
                                           self.tr("What matched")])
        self.similar_list.setAccessibleName(self.tr("Customers that may be the same person"))
        self.similar_list.header().setAccessibleName(self.tr("Columns"))
        self.similar_text.setAccessibleName(self.tr("Possible duplicates"))
        self.anyway_button.setText(self.tr("Create &anyway"))
        self.anyway_button.setAccessibleName(self.tr("Create a new customer anyway"))
        self.ok.setText(self.tr("&Create customer"))
        self.ok.setAccessibleName(self.tr("Create customer"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        if self.matches:
            for i, m in enumerate(self.matches):
                item = self.similar_list.topLevelItem(i)
                item.setText(3, reasons_text(m.reasons))
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self._match_sentence(m))
        self._paint_similar_text()
        self._update_buttons()
