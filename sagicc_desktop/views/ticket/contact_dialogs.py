"""T2 dialogs: add or edit a contact point, and block a value (with its reason).

The dialogs do not write: the tab hands them a save function. A refused save (bad value,
duplicate, someone else's newer edit) is told inside the dialog, which stays open with what
the user typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ...services.errors import ServiceError
from ...store.enums import ContactKind
from ..messages import describe
from ..widgets import Retranslating, add_row, name

_KINDS = {
    ContactKind.EMAIL: QT_TRANSLATE_NOOP("ContactKinds", "E-mail"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("ContactKinds", "Phone"),
    ContactKind.MOBILE: QT_TRANSLATE_NOOP("ContactKinds", "Mobile"),
    ContactKind.ADDRESS: QT_TRANSLATE_NOOP("ContactKinds", "Address"),
    ContactKind.SOCIAL: QT_TRANSLATE_NOOP("ContactKinds", "Social profile"),
}
_HINTS = {
    ContactKind.EMAIL: QT_TRANSLATE_NOOP("ContactKinds", "name@example.com"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("ContactKinds", "601 234 5678, or +1 202 456 1111"),
    ContactKind.MOBILE: QT_TRANSLATE_NOOP("ContactKinds", "300 123 4567, or +1 202 456 1111"),
    ContactKind.ADDRESS: QT_TRANSLATE_NOOP("ContactKinds", "Street and number, city"),
    ContactKind.SOCIAL: QT_TRANSLATE_NOOP("ContactKinds", "@profile or the profile's link"),
}


def kind_label(kind: ContactKind) -> str:
    return QCoreApplication.translate("ContactKinds", _KINDS[kind])


class ContactDialog(Retranslating, QDialog):
    """Kind, value, label and primary; Save calls save(values) and closes only if it succeeds."""

    def __init__(self, save: Callable[[dict], None], values: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "contactDialog")
        self._save = save
        self._editing = values is not None
        self.kind = name(QComboBox(), "contactKindCombo")
        for kind in ContactKind:
            self.kind.addItem("", kind.value)
        self.value = name(QLineEdit(), "contactValueEdit")
        self.label = name(QLineEdit(), "contactLabelEdit")
        self.primary = name(QCheckBox(), "contactPrimaryCheck")
        self.message = name(QLabel(), "contactDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Save), "saveContactButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelContactButton")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for widget in (self.kind, self.value, self.label):
            add_row(self.form, widget)
        self.form.addRow("", self.primary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if values:
            self.kind.setCurrentIndex(max(0, self.kind.findData(ContactKind(values["kind"]).value)))
            self.value.setText(values.get("value", ""))
            self.label.setText(values.get("label", ""))
            self.primary.setChecked(bool(values.get("is_primary")))
        self.retranslate()
        self.setMinimumWidth(460)
        self.adjustSize()
        self.value.setFocus()

    def values(self) -> dict:
        return {"kind": ContactKind(self.kind.currentData()), "value": self.value.text(),
                "label": self.label.text(), "is_primary": self.primary.isChecked()}

    def submit(self) -> None:
        try:
            self._save(self.values())
        except ServiceError as exc:
            self.show_message(describe(exc))
            field = exc.details.get("field")
            target = self.label if field == "label" else self.value
            target.setFocus()
            target.selectAll()
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _kind_changed(self, *_args) -> None:
        kind = ContactKind(self.kind.currentData())
        self.value.setPlaceholderText(QCoreApplication.translate("ContactKinds", _HINTS[kind]))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit contact data") if self._editing else self.tr("Add contact data"))
        for i, kind in enumerate(ContactKind):
            self.kind.setItemText(i, kind_label(kind))
        texts = {self.kind: self.tr("&Type"), self.value: self.tr("&Contact data"), self.label: self.tr("&Label")}
        for widget, text in texts.items():
            self.form.labelForField(widget).setText(text + ":")
            widget.setAccessibleName(text.replace("&", ""))
        self.label.setPlaceholderText(self.tr("Personal, Work, Home…"))
        self.primary.setText(self.tr("&Primary for its type"))
        self.primary.setAccessibleName(self.tr("Primary for its type"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save contact data"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._kind_changed()


class BlockDialog(Retranslating, QDialog):
    """Asks why a value goes on the block list; Block calls save(reason)."""

    def __init__(self, save: Callable[[str], None], value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "blockDialog")
        self._save, self._value = save, value
        self.explanation = name(QLabel(), "blockExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = name(QLineEdit(), "blockReasonEdit")
        self.message = name(QLabel(), "blockDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.block_button = name(self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole),
                                 "confirmBlockButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelBlockButton")
        self.block_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        add_row(self.form, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(460)
        self.adjustSize()
        self.reason.setFocus()

    def submit(self) -> None:
        try:
            self._save(self.reason.text())
        except ServiceError as exc:
            self.message.setText(describe(exc))
            self.message.show()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add to the block list"))
        self.explanation.setText(self.tr("“%1” will receive nothing (no e-mails, messages or calls) until a "
                                         "supervisor takes it off the block list.").replace("%1", self._value))
        self.form.labelForField(self.reason).setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why this value receives nothing"))
        self.block_button.setText(self.tr("&Block"))
        self.block_button.setAccessibleName(self.tr("Block"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
