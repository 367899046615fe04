"""C1 Information: the customer's basic information, edited and saved with validation.

The form keeps what the user typed when saving fails (a future date of birth, a document
number another customer has, someone else's save meanwhile), says why, and puts the cursor
on the field at fault.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...models.labels import document_label
from ...services import customer_edit
from ...services.customer_edit import CustomerDraft
from ...services.errors import ServiceError, ValidationError
from ..ticket.list_parts import notice_label
from ..widgets import add_row, name
from ..messages_customers import read_only_text
from ..messages import show_error as show_customer_error
from .profile_tab import ProfileTab

NAME_FIELDS = customer_edit.NAME_FIELDS


class InformationTab(ProfileTab):
    sig_saved = Signal(int)  # the customer's new version

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerInformationTab")
        self.version = 0
        self._reason: str | None = None  # why this user may not change the customer (None: may)
        self.document_type = name(QComboBox(), "customerDocumentType")
        self.document_number = name(QLineEdit(), "customerDocumentNumber")
        self.document_number.setMaxLength(customer_edit.MAX_DOCUMENT + 10)  # dots and spaces are dropped
        self.names = {f: name(QLineEdit(), "customer" + "".join(p.title() for p in f.split("_")))
                      for f in NAME_FIELDS}
        for edit in self.names.values():
            edit.setMaxLength(customer_edit.MAX_NAME + 20)  # the service says "too long", not the field
        self.birth_date = name(QLineEdit(), "customerBirthDate")
        self.birth_date.setPlaceholderText("YYYY-MM-DD")
        self.notice = notice_label("customerReadOnlyNotice")
        self.save_button = name(QPushButton(), "saveCustomerButton")
        self.save_button.clicked.connect(self.save)
        self.revert_button = name(QPushButton(), "revertCustomerButton")
        self.revert_button.clicked.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for edit in (self.document_number, self.birth_date, *self.names.values()):
            edit.returnPressed.connect(self.save)

        self.form = QFormLayout()
        add_row(self.form, self.document_type)
        add_row(self.form, self.document_number)
        for f in NAME_FIELDS:
            add_row(self.form, self.names[f])
        add_row(self.form, self.birth_date)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        body = QWidget()  # a form as wide as the names it holds, not as the window
        body.setMaximumWidth(640)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(body)
        layout.addStretch(1)
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        form = customer_edit.customer_form(self.ctx.db, self.ctx.user, self.customer_id)
        self.version = form.version
        self.document_type.clear()
        self.document_type.addItem(self.tr("None"), None)
        for code in form.document_types:
            self.document_type.addItem(document_label(code), code)
        d = form.draft
        self.document_type.setCurrentIndex(max(0, self.document_type.findData(d.document_type)))
        self.document_number.setText(d.document_number or "")
        for f in NAME_FIELDS:
            self.names[f].setText(getattr(d, f) or "")
        self.birth_date.setText(d.birth_date.isoformat() if d.birth_date else "")
        self._reason = form.read_only_reason
        self._apply_read_only()

    def revert(self) -> None:
        try:
            self.load()
        except ServiceError as exc:
            show_customer_error(self, exc)

    def _apply_read_only(self) -> None:
        reason = self._reason
        writable = reason is None
        for w in (self.document_type, self.document_number, self.birth_date, *self.names.values()):
            w.setEnabled(writable)
        self.save_button.setEnabled(writable)
        self.revert_button.setEnabled(writable)
        text = read_only_text(reason)  # said as the ticket's Customer tab says it
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- saving ------------------------------------------------------------------------------
    def draft(self) -> CustomerDraft:
        """The form as a draft; ValidationError('invalid_date') when the date is not a date."""
        typed = self.birth_date.text().strip()
        try:
            birth = dt.date.fromisoformat(typed) if typed else None
        except ValueError:
            raise ValidationError("invalid_date", field="birth_date") from None
        return CustomerDraft(self.document_type.currentData(), self.document_number.text(),
                             *(self.names[f].text() for f in NAME_FIELDS), birth)

    def save(self) -> bool:
        if not self.save_button.isEnabled() or self.customer_id is None:
            return False
        try:
            version = customer_edit.update_customer(self.ctx.db, self.ctx.user, self.customer_id, self.version,
                                                    self.draft())
        except ServiceError as exc:
            self._focus_field(getattr(exc, "details", {}).get("field"))
            show_customer_error(self, exc)
            return False
        self.version = version
        self.sig_saved.emit(version)
        return True

    def _focus_field(self, field: str | None) -> None:
        widget = {"document_type": self.document_type, "document_number": self.document_number,
                  "birth_date": self.birth_date, **self.names}.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def retranslate(self) -> None:
        captions = {
            self.document_type: self.tr("Document &type"), self.document_number: self.tr("Document &number"),
            self.names["first_name"]: self.tr("&First name"), self.names["middle_name"]: self.tr("&Middle name"),
            self.names["last_name"]: self.tr("&Last name"),
            self.names["second_last_name"]: self.tr("&Second last name"),
            self.birth_date: self.tr("Date of &birth"),
        }
        for widget, text in captions.items():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.birth_date.setToolTip(self.tr("Year, month and day, e.g. 1985-04-23; leave empty if unknown"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the customer (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save customer"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.revert_button.setAccessibleName(self.tr("Undo changes"))
        if self.document_type.count():
            self.document_type.setItemText(0, self.tr("None"))
        self._apply_read_only()
