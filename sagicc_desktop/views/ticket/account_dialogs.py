"""T3 dialog: add or edit an account and its additional key/value data in one form.

Like the contact dialog it does not write: Save calls the tab's save function and the dialog
stays open, with the user's rows, when the save is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.accounts import STATUSES
from ...services.errors import ServiceError
from ..icons import icon
from ..messages import describe
from ..widgets import Retranslating, add_row, name

_STATUS = {
    "active": QT_TRANSLATE_NOOP("AccountStatus", "Active"),
    "suspended": QT_TRANSLATE_NOOP("AccountStatus", "Suspended"),
    "closed": QT_TRANSLATE_NOOP("AccountStatus", "Closed"),
}


def status_label(status: str) -> str:
    """A known status in the user's language; one typed elsewhere is shown as stored."""
    return QCoreApplication.translate("AccountStatus", _STATUS[status]) if status in _STATUS else status


class _NamedCellEditor(QStyledItemDelegate):
    """Cell editors named after their column, so screen readers say what is being typed."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt name)
        editor = super().createEditor(parent, option, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        return name(editor, "accountDataCellEditor", str(header or ""))


class AccountDialog(Retranslating, QDialog):
    def __init__(self, save: Callable[[dict], None], values: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "accountDialog")
        self._save = save
        self._editing = values is not None
        values = values or {}
        self.number = name(QLineEdit(values.get("number", "")), "accountNumberEdit")
        self.product = name(QLineEdit(values.get("name", "")), "accountNameEdit")
        self.status = name(QComboBox(), "accountStatusCombo")
        statuses = list(STATUSES)
        current = values.get("status") or "active"
        if current not in statuses:
            statuses.append(current)
        for status in statuses:
            self.status.addItem("", status)
        self.status.setCurrentIndex(statuses.index(current))

        self.data = name(QTableWidget(0, 2), "accountDataTable")
        self.data.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.data.horizontalHeader().setStretchLastSection(True)
        self.data.horizontalHeader().resizeSection(0, 160)
        name(self.data.horizontalHeader(), "accountDataHeader")
        self.data.verticalHeader().hide()
        self.data.setItemDelegate(_NamedCellEditor(self.data))
        self.data.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.data.setTabKeyNavigation(False)  # Tab in a cell being typed goes to the next cell, else leaves
        for key, value in values.get("data", ()):
            self.add_row(key, value, focus=False)
        self.add_row_button = name(QPushButton(icon("fa5s.plus"), ""), "addDataRowButton")
        self.add_row_button.clicked.connect(lambda: self.add_row())
        self.remove_row_button = name(QPushButton(icon("fa5s.minus"), ""), "removeDataRowButton")
        self.remove_row_button.clicked.connect(self.remove_row)
        self.data.itemSelectionChanged.connect(self._rows_changed)

        self.message = name(QLabel(), "accountDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Save), "saveAccountButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelAccountButton")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for widget in (self.number, self.product, self.status):
            add_row(self.form, widget)
        self.data_title = name(QLabel(), "accountDataTitle")
        self.data_title.setBuddy(self.data)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_row_button)
        row_buttons.addWidget(self.remove_row_button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.data_title)
        layout.addWidget(self.data, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 440)
        self.retranslate()
        self._rows_changed()
        self.number.setFocus()

    # -- rows --------------------------------------------------------------------------------
    def add_row(self, key: str = "", value: str = "", *, focus: bool = True) -> None:
        row = self.data.rowCount()
        self.data.insertRow(row)
        self.data.setItem(row, 0, QTableWidgetItem(key))
        self.data.setItem(row, 1, QTableWidgetItem(value))
        if focus:
            self.data.setFocus()
            self.data.setCurrentCell(row, 0)
            self.data.editItem(self.data.item(row, 0))

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.data.selectedIndexes()}, reverse=True)
        for row in rows:
            self.data.removeRow(row)
        self._rows_changed()

    def _rows_changed(self) -> None:
        self.remove_row_button.setEnabled(bool(self.data.selectedIndexes()))

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.data.rowCount()):
            key, value = self.data.item(row, 0), self.data.item(row, 1)
            out.append((key.text() if key else "", value.text() if value else ""))
        return out

    def values(self) -> dict:
        return {"number": self.number.text(), "name": self.product.text(),
                "status": self.status.currentData(), "data": self.rows()}

    # -- save --------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.data.state() == QAbstractItemView.State.EditingState:
            for editor in self.data.viewport().findChildren(QLineEdit):
                if editor.isVisible():  # the cell still being typed in counts too
                    self.data.commitData(editor)
                    self.data.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        try:
            self._save(self.values())
        except ServiceError as exc:
            self.message.setText(describe(exc))
            self.message.show()
            field = exc.details.get("field")
            target = {"number": self.number, "name": self.product}.get(field)
            if target is not None:
                target.setFocus()
                target.selectAll()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit account") if self._editing else self.tr("Add account"))
        texts = {self.number: self.tr("&Number"), self.product: self.tr("&Product or service"),
                 self.status: self.tr("&Status")}
        for widget, text in texts.items():
            self.form.labelForField(widget).setText(text + ":")
            widget.setAccessibleName(text.replace("&", ""))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))
        self.data_title.setText(self.tr("&Additional data:"))
        self.data.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.data.setAccessibleName(self.tr("Additional data"))
        self.data.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.add_row_button.setText(self.tr("Add row"))
        self.add_row_button.setAccessibleName(self.tr("Add a row of additional data"))
        self.remove_row_button.setText(self.tr("Remove row"))
        self.remove_row_button.setAccessibleName(self.tr("Remove the selected rows"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save account"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
