"""The customer's identity fields (T1) as one set of editors, shared by the Customer tab and the
New customer dialog so both offer the same document types, lengths and date of birth."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ...models.labels import document_label
from ...services import customer_edit
from ..widgets import name

NO_DATE = QDate(1899, 12, 31)  # the date editor's minimum, shown as "no date" (before EARLIEST_BIRTH)
NAME_KEYS = ("first_name", "middle_name", "last_name", "second_last_name")


@dataclass
class CustomerFields:
    document_type: QComboBox
    document_number: QLineEdit
    names: dict[str, QLineEdit]
    birth_date: QDateEdit
    clear_date: QToolButton
    date_row: QWidget  # the date editor with its clear button

    def widgets(self) -> dict[str, QWidget]:
        """Field key -> its editor, in form order."""
        return {"document_type": self.document_type, "document_number": self.document_number, **self.names,
                "birth_date": self.birth_date}


def customer_fields(object_names: dict[str, str]) -> CustomerFields:
    """Editors named by `object_names` (field key, and "clear_date" / "date_row" -> objectName)."""
    document_type = name(QComboBox(), object_names["document_type"])
    document_type.addItem("", "")
    for code in customer_edit.DOCUMENT_TYPES:
        document_type.addItem(document_label(code), code)
    document_number = name(QLineEdit(), object_names["document_number"])
    document_number.setMaxLength(customer_edit.MAX_DOCUMENT + 10)  # dots and spaces are dropped
    names = {}
    for key in NAME_KEYS:
        names[key] = edit = name(QLineEdit(), object_names[key])
        edit.setMaxLength(customer_edit.MAX_NAME)
    birth_date = name(QDateEdit(), object_names["birth_date"])
    birth_date.setDisplayFormat("yyyy-MM-dd")
    birth_date.setCalendarPopup(True)
    birth_date.setMinimumDate(NO_DATE)
    birth_date.setDate(NO_DATE)
    clear_date = name(QToolButton(), object_names["clear_date"])
    clear_date.setText("×")
    clear_date.clicked.connect(lambda: birth_date.setDate(NO_DATE))
    date_row = QWidget()
    if "date_row" in object_names:
        name(date_row, object_names["date_row"])
    row = QHBoxLayout(date_row)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(birth_date, 1)
    row.addWidget(clear_date)
    return CustomerFields(document_type, document_number, names, birth_date, clear_date, date_row)
