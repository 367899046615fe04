"""A2: the campaign's task form designer, a tab of the Campaigns page.

The fields on the left (Add Insert, Remove Delete, Move up/down Alt+Up/Down), the chosen
field's label, Spanish label, type, required flag and choices in the middle, and on the right
a live preview: the same TaskFormWidget the Tasks tab shows, rebuilt as the administrator types.
Saving writes a new revision of the form (services/task_form_design.py), so tasks saved with
an older one keep showing their own fields; removing a field that has answers says so first.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from ...services import task_form_design as tfd
from ...services.errors import ServiceError, StaleEdit, ValidationError
from ...services.tasks import FIELD_TYPES
from ..flow_layout import FlowLayout
from ..icons import icon
from ..messages import describe
from ..task_form import TaskFormWidget, spec_label
from ..widgets import Retranslating, name
from .admin_parts import ERROR_COLOUR, hint_label, show_outcome

TYPE_NAMES = {
    "text": QT_TRANSLATE_NOOP("TaskFormDesigner", "Short text"),
    "long_text": QT_TRANSLATE_NOOP("TaskFormDesigner", "Long text"),
    "number": QT_TRANSLATE_NOOP("TaskFormDesigner", "Number"),
    "date": QT_TRANSLATE_NOOP("TaskFormDesigner", "Date"),
    "time": QT_TRANSLATE_NOOP("TaskFormDesigner", "Time"),
    "choice": QT_TRANSLATE_NOOP("TaskFormDesigner", "One choice from a list"),
    "multi_choice": QT_TRANSLATE_NOOP("TaskFormDesigner", "Several choices from a list"),
    "yes_no": QT_TRANSLATE_NOOP("TaskFormDesigner", "Yes or no"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskFormDesigner", text)


def _error_text(code: str) -> str:
    return describe(ValidationError(code))


class Note(QLabel):
    """The sentence under a field: its error in red, the field framed in red."""

    def __init__(self, object_name: str, field: QWidget) -> None:
        super().__init__()
        name(self, object_name)
        self.field = field
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hide()

    def mark(self, text: str) -> None:
        self.setText(text)
        self.show()
        self.field.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
        self.field.setAccessibleDescription(text)

    def clear_mark(self) -> None:
        if self.isHidden():
            return
        self.hide()
        self.clear()
        self.field.setStyleSheet("")
        self.field.setAccessibleDescription("")


class TaskFormDesigner(Retranslating, QWidget):
    """show_campaign(id | None), has_unsaved(), save() -> bool: the Campaigns page's tab API."""

    sig_changed = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "taskFormDesigner")
        self.campaign_id: uuid.UUID | None = None
        self.design: tfd.FormDesign | None = None
        self.fields: list[dict] = []
        self.problems: dict[int, dict[str, str]] = {}
        self._filling = False
        self._confirm: QMessageBox | None = None

        # -- the list of fields -----------------------------------------------------------------
        self.fields_panel = name(QWidget(), "formFieldsPanel")
        self.fields_caption = name(QLabel(), "formFieldsLabel")
        self.field_list = name(QListWidget(), "formFieldList")
        self.fields_caption.setBuddy(self.field_list)
        self.field_list.currentRowChanged.connect(self._row_changed)
        self.add_button = name(QPushButton(icon("fa5s.plus"), ""), "formAddFieldButton")
        self.remove_button = name(QPushButton(icon("fa5s.trash-alt"), ""), "formRemoveFieldButton")
        self.up_button = name(QPushButton(icon("fa5s.arrow-up"), ""), "formMoveUpButton")
        self.down_button = name(QPushButton(icon("fa5s.arrow-down"), ""), "formMoveDownButton")
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_field)
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_field),
                           (QKeySequence(Qt.Key.Key_Delete), self.remove_field),
                           (QKeySequence("Alt+Up"), lambda: self.move_field(-1)),
                           (QKeySequence("Alt+Down"), lambda: self.move_field(1))):
            shortcut = QShortcut(keys, self.fields_panel, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = FlowLayout()  # two a row when there is room, else one under the other, never cut
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left = QVBoxLayout(self.fields_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.fields_caption)
        left.addWidget(self.field_list, 1)
        left.addLayout(buttons)

        # -- the chosen field -------------------------------------------------------------------
        self.editor = name(QGroupBox(), "formFieldEditor")
        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: captions above
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.label_edit = name(QLineEdit(), "formFieldLabelEdit")
        self.label_edit.setMaxLength(tfd.MAX_LABEL)
        self.label_es_edit = name(QLineEdit(), "formFieldLabelEsEdit")
        self.label_es_edit.setMaxLength(tfd.MAX_LABEL)
        self.type_combo = name(QComboBox(), "formFieldTypeCombo")
        for kind in FIELD_TYPES:
            self.type_combo.addItem("", kind)
        self.required_box = name(QCheckBox(), "formFieldRequiredBox")
        self.choice_list = name(QListWidget(), "formChoiceList")
        self.choice_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.choice_list.setMaximumHeight(140)
        self.choice_list.itemChanged.connect(self._choices_edited)
        self.add_choice_button = name(QPushButton(icon("fa5s.plus"), ""), "formAddChoiceButton")
        self.remove_choice_button = name(QPushButton(icon("fa5s.minus"), ""), "formRemoveChoiceButton")
        self.add_choice_button.clicked.connect(self.add_choice)
        self.remove_choice_button.clicked.connect(self.remove_choice)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_choice),
                           (QKeySequence(Qt.Key.Key_Delete), self.remove_choice)):
            shortcut = QShortcut(keys, self.choice_list, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.key_hint = hint_label("formFieldKeyHint")
        self.label_note = Note("formFieldLabelError", self.label_edit)
        self.label_es_note = Note("formFieldLabelEsError", self.label_es_edit)
        self.type_note = Note("formFieldTypeError", self.type_combo)
        self.choices_note = Note("formChoicesError", self.choice_list)
        self.key_note = Note("formFieldKeyError", self.label_edit)
        self.notes = {"label": self.label_note, "label_es": self.label_es_note, "type": self.type_note,
                      "choices": self.choices_note, "key": self.key_note}

        self.label_caption, self.label_es_caption = QLabel(), QLabel()
        self.type_caption, self.choices_caption = QLabel(), QLabel()
        for caption, widget, note in ((self.label_caption, self.label_edit, (self.label_note, self.key_note)),
                                      (self.label_es_caption, self.label_es_edit, (self.label_es_note,)),
                                      (self.type_caption, self.type_combo, (self.type_note,))):
            name(caption, widget.objectName() + "Label")
            caption.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            for n in note:
                box.addWidget(n)
            form.addRow(caption, box)
        form.addRow("", self.required_box)
        self.choices_box = name(QWidget(), "formChoicesBox")
        choices_layout = QVBoxLayout(self.choices_box)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.setSpacing(2)
        choices_layout.addWidget(self.choice_list)
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(self.add_choice_button)
        choice_buttons.addWidget(self.remove_choice_button)
        choice_buttons.addStretch(1)
        choices_layout.addLayout(choice_buttons)
        choices_layout.addWidget(self.choices_note)
        name(self.choices_caption, "formChoiceListLabel")
        self.choices_caption.setBuddy(self.choice_list)
        form.addRow(self.choices_caption, self.choices_box)
        editor_layout.addWidget(self.key_hint)
        editor_layout.addStretch(1)
        self.label_edit.textEdited.connect(lambda text: self._edit("label", text))
        self.label_es_edit.textEdited.connect(lambda text: self._edit("label_es", text))
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.required_box.toggled.connect(lambda on: self._edit("required", on))

        # -- the preview ------------------------------------------------------------------------
        self.preview_group = name(QGroupBox(), "formPreviewGroup")
        self.preview_hint = hint_label("formPreviewHint")
        self.preview = TaskFormWidget()
        name(self.preview, "formPreview")
        scroll = name(QScrollArea(), "formPreviewScroll")
        scroll.setWidgetResizable(True)
        holder = QWidget()  # the form at the top, as in the Tasks tab; the room left stays below it
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.preview)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        preview_layout = QVBoxLayout(self.preview_group)
        preview_layout.addWidget(self.preview_hint)
        preview_layout.addWidget(scroll, 1)

        self.status = name(QLabel(), "formDesignerStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        splitter = name(QSplitter(Qt.Orientation.Horizontal), "formDesignerSplitter")
        splitter.addWidget(self.fields_panel)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview_group)
        splitter.setChildrenCollapsible(False)
        self.fields_panel.setMinimumWidth(170)
        self.editor.setMinimumWidth(250)  # room enough; the window must fit a 1280-pixel screen
        self.preview_group.setMinimumWidth(260)  # the preview form wraps its captions when narrow
        splitter.setSizes([240, 420, 420])  # kept in proportion as the window is resized
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.field_list, self.add_button)
        self.retranslate()
        self._show_editor()

    # -- the campaigns page's API ------------------------------------------------------------
    def show_campaign(self, campaign_id: uuid.UUID | None) -> None:
        """Load the campaign's current form (None: nothing to design, e.g. a campaign not yet saved)."""
        self.campaign_id = campaign_id
        self.design = None
        self._say("")
        if campaign_id is not None:
            try:
                self.design = tfd.current_design(self.ctx.db, self.ctx.user, campaign_id)
            except ServiceError as exc:
                self._say(describe(exc), False)
        self.fields = [dict(f) for f in self.design.fields] if self.design else []
        self.problems = {}
        self.setEnabled(self.design is not None)
        self._fill_list(0 if self.fields else -1)

    def has_unsaved(self) -> bool:
        return self.design is not None and self.fields != [dict(f) for f in self.design.fields]

    def save(self) -> bool:
        if self.design is None or not self.has_unsaved():
            return True
        self._close_confirm()
        try:
            saved = tfd.save_design(self.ctx.db, self.ctx.user, self.design.campaign_id, self.design.revision,
                                    self.fields)
        except ValidationError as exc:
            self.problems = exc.details.get("fields") or {} if exc.args[0] == "invalid_form" else {}
            self._fill_list(min(self.problems) if self.problems else self.field_list.currentRow())
            self._say(describe(exc), False)
            return False
        except StaleEdit as exc:
            if isinstance(exc.details.get("value"), int):  # saving again replaces theirs, as it says
                self.design = tfd.FormDesign(self.design.campaign_id, self.design.definition_id,
                                             exc.details["value"], self.design.fields, self.design.record_counts)
            self._say(describe(exc), False)
            return False
        except ServiceError as exc:
            self._say(describe(exc), False)
            return False
        row = self.field_list.currentRow()
        self.design, self.fields, self.problems = saved, [dict(f) for f in saved.fields], {}
        self._fill_list(min(row, len(self.fields) - 1))
        self._say(self.tr("Saved: agents see the new form on their next task. Tasks saved before keep "
                          "their own fields."), True)
        return True

    # -- the list ----------------------------------------------------------------------------
    def _fill_list(self, select: int) -> None:
        self._filling = True
        try:
            self.field_list.clear()
            for index, spec in enumerate(self.fields):
                item = QListWidgetItem()
                self._label_item(item, index, spec)
                self.field_list.addItem(item)
        finally:
            self._filling = False
        if 0 <= select < len(self.fields):
            self.field_list.setCurrentRow(select)
        else:
            self._show_editor()
        self._update_preview()
        self._update_buttons()

    def _label_item(self, item: QListWidgetItem, index: int, spec: dict) -> None:
        text = spec_label(spec) or self.tr("(no label)")
        if spec.get("required"):
            text += " *"
        item.setText(text)
        wrong = index in self.problems
        item.setIcon(icon("fa5s.exclamation-circle", ERROR_COLOUR) if wrong else icon("fa5s.grip-lines"))
        item.setToolTip(self.tr("This field needs correcting") if wrong else "")

    def _row_changed(self, _row: int) -> None:
        if not self._filling:
            self._show_editor()
            self._update_buttons()

    def current_index(self) -> int:
        row = self.field_list.currentRow()
        return row if 0 <= row < len(self.fields) else -1

    def add_field(self) -> None:
        if self.design is None:
            return
        at = self.current_index() + 1 if self.current_index() >= 0 else len(self.fields)
        self.fields.insert(at, {"key": "", "label": "", "label_es": "", "type": "text", "required": False,
                                "choices": []})
        self.problems = _shift(self.problems, at, 1)
        self._fill_list(at)
        self._changed()
        self.label_edit.setFocus()

    def remove_field(self) -> None:
        index = self.current_index()
        if index < 0:
            return
        spec = self.fields[index]
        answers = self.design.record_counts.get(spec.get("key"), 0) if self.design and spec.get("key") else 0
        if not answers:
            self._remove(index)
            return
        self._close_confirm()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove field"), "",
                          QMessageBox.StandardButton.Cancel, self)
        name(box, "formRemoveFieldConfirm", self.tr("Remove field"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setText(self.tr("“%1” has answers in %n saved tasks.", "", answers).replace("%1", spec_label(spec)))
        box.setInformativeText(self.tr("Those tasks keep showing it in History; new tasks will not have it. "
                                       "Remove it from the form?"))
        remove = box.addButton(self.tr("&Remove field"), QMessageBox.ButtonRole.DestructiveRole)
        name(remove, "formRemoveFieldConfirmButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        key = spec.get("key")
        box.finished.connect(lambda _r: self._removal_answered(box.clickedButton() is remove, key))
        self._confirm = box
        box.open()

    def _removal_answered(self, yes: bool, key: str) -> None:
        self._confirm = None
        index = next((i for i, f in enumerate(self.fields) if f.get("key") == key), -1)
        if yes and index >= 0:
            self._remove(index)
        self.field_list.setFocus()

    def _close_confirm(self) -> None:
        if self._confirm is not None:
            self._confirm.reject()
            self._confirm = None

    def _remove(self, index: int) -> None:
        del self.fields[index]
        self.problems = _shift({i: p for i, p in self.problems.items() if i != index}, index + 1, -1)
        self._fill_list(min(index, len(self.fields) - 1))
        self._changed()
        self.field_list.setFocus()

    def move_field(self, step: int) -> None:
        index = self.current_index()
        to = index + step
        if index < 0 or not 0 <= to < len(self.fields):
            return
        self.fields[index], self.fields[to] = self.fields[to], self.fields[index]
        a, b = self.problems.pop(index, None), self.problems.pop(to, None)
        if a:
            self.problems[to] = a
        if b:
            self.problems[index] = b
        self._fill_list(to)
        self._changed()
        self.field_list.setFocus()

    # -- the editor --------------------------------------------------------------------------
    def _show_editor(self) -> None:
        index = self.current_index()
        spec = self.fields[index] if index >= 0 else None
        self._filling = True
        try:
            self.editor.setEnabled(spec is not None)
            self.label_edit.setText(spec.get("label", "") if spec else "")
            self.label_es_edit.setText(spec.get("label_es", "") if spec else "")
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(spec.get("type") if spec else "text")))
            self.required_box.setChecked(bool(spec and spec.get("required")))
            self.choice_list.clear()
            for choice in (spec.get("choices") or []) if spec else []:
                self.choice_list.addItem(self._choice_item(str(choice)))
        finally:
            self._filling = False
        self._show_choices()
        self._show_key(spec)
        for attribute, note in self.notes.items():
            code = self.problems.get(index, {}).get(attribute) if index >= 0 else None
            if code:
                note.mark(_error_text(code))
            else:
                note.clear_mark()

    def _show_key(self, spec: dict | None) -> None:
        if spec is None:
            self.key_hint.setText(self.tr("Add a field with Insert, or pick one in the list."))
        elif not spec.get("key"):
            self.key_hint.setText(self.tr("New field: it gets its stored name from the label when you save."))
        else:
            answers = self.design.record_counts.get(spec["key"], 0) if self.design else 0
            text = self.tr("Stored as “%1”: renaming the field keeps its answers.").replace("%1", spec["key"])
            if answers:
                text += " " + self.tr("Answered in %n saved tasks.", "", answers)
            self.key_hint.setText(text)

    def _choice_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _show_choices(self) -> None:
        kind = self.type_combo.currentData()
        has = kind in tfd.CHOICE_TYPES
        self.form.setRowVisible(self.choices_box, has)
        self.editor.layout().activate()  # the hint moves up or down now, not on the next pass
        self.remove_choice_button.setEnabled(has and self.choice_list.count() > 0)

    def _edit(self, attribute: str, value) -> None:
        index = self.current_index()
        if self._filling or index < 0:
            return
        self.fields[index][attribute] = value
        problems = self.problems.get(index)
        if problems and attribute in problems:  # the user is correcting it: the mark goes
            self.notes[attribute].clear_mark()
            del problems[attribute]
            if attribute == "label":
                problems.pop("key", None)
                self.key_note.clear_mark()
            if not problems:
                del self.problems[index]
        item = self.field_list.item(index)
        if item is not None:
            self._label_item(item, index, self.fields[index])
        self._changed()

    def _type_changed(self, _index: int) -> None:
        self._show_choices()
        self._edit("type", self.type_combo.currentData())

    def _choices(self) -> list[str]:
        return [self.choice_list.item(i).text() for i in range(self.choice_list.count())]

    def _choices_edited(self, _item=None) -> None:
        if not self._filling:
            self._edit("choices", self._choices())
            self.remove_choice_button.setEnabled(self.choice_list.count() > 0)

    def add_choice(self) -> None:
        if self.current_index() < 0 or self.type_combo.currentData() not in tfd.CHOICE_TYPES:
            return
        self._filling = True
        item = self._choice_item("")
        self.choice_list.addItem(item)
        self._filling = False
        self.choice_list.setCurrentItem(item)
        self.choice_list.setFocus()
        self.choice_list.editItem(item)
        self._choices_edited()

    def remove_choice(self) -> None:
        row = self.choice_list.currentRow()
        if row < 0:
            return
        self.choice_list.takeItem(row)
        self._choices_edited()

    # -- preview and state -------------------------------------------------------------------
    def _update_preview(self) -> None:
        """The form as agents will see it; a field not yet saved gets a stand-in key."""
        shown = []
        for index, spec in enumerate(self.fields):
            shown.append(dict(spec, key=spec.get("key") or f"new_{index}",
                              label=spec.get("label") or self.tr("(no label)"),
                              choices=[c for c in spec.get("choices") or [] if str(c).strip()]))
        self.preview.set_fields(shown)
        self.preview.layout().activate()  # new captions get their width now, not on the next pass

    def _update_buttons(self) -> None:
        index = self.current_index()
        enabled = self.design is not None
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and index >= 0)
        self.up_button.setEnabled(enabled and index > 0)
        self.down_button.setEnabled(enabled and 0 <= index < len(self.fields) - 1)

    def _changed(self) -> None:
        self._update_preview()
        self._update_buttons()
        if not self.status.isHidden() and not self.problems:
            self._say("")
        self.sig_changed.emit()

    def _say(self, text: str, ok: bool | None = None) -> None:
        show_outcome(self.status, text, ok)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.fields_caption.setText(self.tr("&Fields:"))
        self.field_list.setAccessibleName(self.tr("Fields"))
        for button, text, tip in (
                (self.add_button, self.tr("&Add field"), self.tr("Add a field below the chosen one (Insert)")),
                (self.remove_button, self.tr("Remo&ve"), self.tr("Remove the chosen field (Delete)")),
                (self.up_button, self.tr("Move &up"), self.tr("Move the chosen field up (Alt+Up)")),
                (self.down_button, self.tr("Move do&wn"), self.tr("Move the chosen field down (Alt+Down)"))):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", ""))
        self.editor.setTitle(self.tr("Field"))
        self.label_caption.setText(self.tr("La&bel:"))
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.label_edit.setPlaceholderText(self.tr("What agents see, e.g. Reason for the call"))
        self.label_es_caption.setText(self.tr("Spanish lab&el:"))
        self.label_es_edit.setAccessibleName(self.tr("Spanish label"))
        self.label_es_edit.setPlaceholderText(self.tr("Optional: shown in Spanish"))
        self.type_caption.setText(self.tr("&Type:"))
        self.type_combo.setAccessibleName(self.tr("Type"))
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, _tr(TYPE_NAMES[self.type_combo.itemData(i)]))
        self.required_box.setText(self.tr("Re&quired"))
        self.required_box.setToolTip(self.tr("A task cannot be saved without an answer to it"))
        self.required_box.setAccessibleName(self.tr("Required"))
        self.choices_caption.setText(self.tr("Ch&oices:"))
        self.choice_list.setAccessibleName(self.tr("Choices"))
        self.choice_list.setToolTip(self.tr("Insert adds a choice, F2 edits it, Delete removes it"))
        for button, text in ((self.add_choice_button, self.tr("Add &choice")),
                             (self.remove_choice_button, self.tr("Remove choice"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.remove_choice_button.setToolTip(self.tr("Remove the chosen choice (Delete in the list)"))
        self.preview_group.setTitle(self.tr("Preview"))
        self.preview_hint.setText(self.tr("What agents will see in the Tasks tab. Try it: nothing typed here "
                                          "is saved."))
        self._fill_list(self.current_index())


def _shift(problems: dict[int, dict], start: int, step: int) -> dict[int, dict]:
    """Problem marks follow their fields when a field is inserted or removed before them."""
    return {(i + step if i >= start else i): p for i, p in problems.items()}
