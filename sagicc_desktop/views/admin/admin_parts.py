"""Pieces the Administration screens share, so they look and answer alike: the colours of hints,
errors and confirmations, the page title, the status line with its Delete/Save buttons, the
"unsaved changes" question, a list's filter box and a form field with its problem under it.

The pieces hold no translatable text of their own: each page passes in the words it already
translates (its own tr() context), so the translations stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ...services.errors import ServiceError, StaleEdit, ValidationError
from ..icons import icon
from ..messages import describe
from ..widgets import name

T = TypeVar("T")
ERROR_COLOUR, HINT_COLOUR, OK_COLOUR = "#c62828", "#475569", "#2e7d32"
HINT_STYLE = f"color: {HINT_COLOUR};"
TITLE_STYLE = "font-size: 18px; font-weight: 600;"


def status_colour(ok: bool | None) -> str:
    """Grey for a plain note (None), green for done, red for a problem."""
    return HINT_COLOUR if ok is None else OK_COLOUR if ok else ERROR_COLOUR


def page_title(object_name: str) -> QLabel:
    """The page's large title at its top (its text is set by the page's retranslate)."""
    title = name(QLabel(), object_name)
    title.setStyleSheet(TITLE_STYLE)
    return title


def error_label(object_name: str) -> QLabel:
    """A red, wrapped sentence saying what is wrong with a part of the form; hidden until it has one."""
    error = name(QLabel(), object_name)
    error.setStyleSheet(f"color: {ERROR_COLOUR};")
    error.setWordWrap(True)
    error.hide()
    return error


def show_outcome(label: QLabel, text: str, ok: bool | None = None) -> None:
    """Say how an action went on a status line that is hidden while it has nothing to say:
    green when done, red on a problem, the normal text colour for a plain note (None)."""
    label.setText(text)
    label.setVisible(bool(text))
    label.setStyleSheet("" if ok is None else f"color: {OK_COLOUR if ok else ERROR_COLOUR};")


def hint_label(object_name: str) -> QLabel:
    """A grey, wrapped sentence explaining a part of the page."""
    hint = name(QLabel(), object_name)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    return hint


def filter_box(object_name: str, on_change: Callable) -> QLineEdit:
    """The box above a list that narrows it as the user types (with a clear button)."""
    box = name(QLineEdit(), object_name)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(on_change)
    return box


def page_shortcuts(page: QWidget, prefix: str, keys: tuple[tuple[str, object, Callable], ...]) -> None:
    """The page's keys, (key name, key sequence, slot) each, working wherever the focus is on the
    page; each shortcut is named "<prefix>_<key name>_shortcut"."""
    for key, sequence, slot in keys:
        shortcut = QShortcut(sequence, page)
        shortcut.setObjectName(f"{prefix}_{key}_shortcut")
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


class SaveBar:
    """The form's bottom line: the status sentence, then Delete (when the form has one) and Save."""

    def __init__(self, prefix: str, on_save: Callable, on_delete: Callable | None = None) -> None:
        self.status = name(QLabel(), f"{prefix}Status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = name(QPushButton(icon("fa5s.save"), ""), f"{prefix}SaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(on_save)
        self.delete_button: QPushButton | None = None
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.status, 1)
        if on_delete is not None:
            self.delete_button = name(QPushButton(icon("fa5s.trash-alt"), ""), f"{prefix}DeleteButton")
            self.delete_button.clicked.connect(on_delete)
            self.layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)


def ask_unsaved(parent: QWidget, object_name: str, title: str, text: str, *, save: Callable[[], bool],
                proceed: Callable[[], None], closed: Callable[[], None] | None = None,
                informative: str = "") -> QMessageBox:
    """Open (non-blocking) "Save / Discard / Cancel" about the form's unsaved changes, Save by
    default. Save runs `save()` and goes on with `proceed()` only when it saved (a refusal keeps the
    user on the form, its problems marked); Discard goes on at once; Cancel, or closing the box,
    stays. `closed()` runs first whatever the answer (e.g. to forget the box)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    name(box, object_name, title)
    if informative:
        box.setInformativeText(informative)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(*_args) -> None:
        answer = box.standardButton(box.clickedButton())
        if closed is not None:
            closed()
        if answer == QMessageBox.StandardButton.Discard or (answer == QMessageBox.StandardButton.Save and save()):
            proceed()

    box.finished.connect(answered)
    box.open()
    return box


def select_data(combo: QComboBox, value) -> None:
    """Choose the item holding `value` (the first one when none does); findData cannot find a UUID."""
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == value), 0))


class FieldRow:
    """A form field with its problem said under it (and on the field for screen readers)."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.error = name(QLabel(), f"{widget.objectName()}Error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        layout.addWidget(self.error)

    def mark(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
        self.widget.setAccessibleDescription(text)

    def clear(self) -> None:
        self.error.hide()
        self.error.clear()
        self.widget.setStyleSheet("")
        self.widget.setAccessibleDescription("")


def ask_destructive(parent: QWidget, object_name: str, title: str, text: str, yes: str,
                    on_yes: Callable) -> QMessageBox:
    """Open (non-blocking) a warning with Cancel (the default) and the destructive `yes` button,
    named `object_name`Yes; on_yes runs only when that button was chosen."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    name(box, object_name, title)
    button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName(f"{object_name}Yes")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda *_: (box.clickedButton() is button) and on_yes())
    box.open()
    return box


def field_form(rows: dict[str, FieldRow]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form of the rows, each with its caption (named after its field and its buddy, so its
    mnemonic moves the focus there); the captions' texts are set by the page's retranslate."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    captions: dict[str, QLabel] = {}
    for key, row in rows.items():
        caption = name(QLabel(), f"{row.widget.objectName()}Label")
        caption.setBuddy(row.widget)
        captions[key] = caption
        form.addRow(caption, row.box)
    return form, captions


def save_form(rows: Mapping[str, FieldRow], store: Callable[[], T], say: Callable[[str, bool | None], None],
              not_saved: str, reread: Callable[[], None], marked: Callable[[], None] = lambda: None) -> T | None:
    """Save a form of FieldRows with store() and return what it saved, or None when refused:
    the field a refusal names is marked (marked() runs, the focus goes there) and `not_saved` is
    said; when someone else saved first that is said and reread() fetches their version, so
    saving again replaces it; any other problem is said. What was typed is never lost."""
    for row in rows.values():
        row.clear()
    try:
        return store()
    except ValidationError as exc:
        row = rows.get(exc.details.get("field", ""))
        if row is None:
            say(describe(exc), False)
        else:
            row.mark(describe(exc))
            marked()
            row.widget.setFocus()
            say(not_saved, False)
    except StaleEdit as exc:
        say(describe(exc), False)
        try:
            reread()
        except ServiceError:
            pass
    except ServiceError as exc:
        say(describe(exc), False)
    return None
