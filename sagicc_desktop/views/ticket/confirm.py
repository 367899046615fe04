"""A confirmation for destructive ticket actions (close, delete, merge): window-modal, No by default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..widgets import name


def confirm(parent: QWidget, object_name: str, title: str, text: str, yes_text: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """Open a question (non-blocking) that runs on_yes only if the user confirms."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    name(box, object_name, title)
    yes = name(box.button(QMessageBox.StandardButton.Yes), object_name + "Yes", yes_text)
    yes.setText(yes_text)
    no = name(box.button(QMessageBox.StandardButton.No), object_name + "No")
    no.setText(QCoreApplication.translate("TicketActions", "Cancel"))
    no.setAccessibleName(no.text())
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box
