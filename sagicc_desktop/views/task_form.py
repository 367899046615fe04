"""A campaign's task form as widgets (T9), built from TaskFormDefinition.fields.

Kept apart from the Tasks tab so the administration's form designer can show the same widget
as a live preview. The widget only collects what the user typed (dates and times as text);
the service validates it, so a message about a bad value always comes from one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup, QCalendarWidget, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMenu, QPlainTextEdit, QRadioButton, QToolButton, QVBoxLayout, QWidget, QWidgetAction,
)

from ..services.tasks import MAX_TEXT
from .icons import icon
from .widgets import Retranslating, name

FIXED_KEYS = ("observations", "next_date", "next_time")
# The least room a field keeps beside the captions; narrower, each caption goes above its field.
FIELD_ROOM = 150


def ui_language() -> str:
    """"es" when the interface speaks Spanish: form labels follow the interface language."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def spec_label(spec: dict, language: str | None = None) -> str:
    language = language or ui_language()
    if language == "es" and spec.get("label_es"):
        return spec["label_es"]
    return spec.get("label") or spec.get("key", "")


class DateField(Retranslating, QWidget):
    """A date typed as YYYY-MM-DD or picked on a calendar; empty means no date."""

    textChanged = Signal(str)

    def __init__(self, object_name: str, parent=None) -> None:
        super().__init__(parent)
        name(self, object_name + "Box")
        self.edit = name(QLineEdit(), object_name)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{4}-\d{2}-\d{2}"), self.edit))
        self.edit.textChanged.connect(self.textChanged)
        self.button = name(QToolButton(), object_name + "Calendar")
        self.button.setIcon(icon("fa5s.calendar-alt"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self.button)
        self.calendar = name(QCalendarWidget(), object_name + "Picker")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._before_popup)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setMaximumWidth(220)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt style, like QLineEdit)
        self.edit.setText(text)

    def _before_popup(self) -> None:
        chosen = QDate.fromString(self.edit.text(), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(chosen if chosen.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString(Qt.DateFormat.ISODate))
        self.button.menu().hide()
        self.edit.setFocus()

    def set_accessible(self, text: str) -> None:
        self.edit.setAccessibleName(text)
        self.button.setAccessibleName(self.tr("Pick %1 on a calendar").replace("%1", text))
        self.calendar.setAccessibleName(text)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.button.setToolTip(self.tr("Pick a date on a calendar"))


class TimeField(QComboBox):
    """A time typed as HH:MM or picked from the quarter hours; empty means no time."""

    def __init__(self, object_name: str, parent=None) -> None:
        super().__init__(parent)
        name(self, object_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("")
        for hour in range(24):
            for minute in (0, 15, 30, 45):
                self.addItem(f"{hour:02d}:{minute:02d}")
        self.setMaxVisibleItems(12)
        self.setMaximumWidth(120)
        self.lineEdit().setValidator(QRegularExpressionValidator(
            QRegularExpression(r"([01]?\d|2[0-3]):[0-5]\d"), self))
        self.lineEdit().setPlaceholderText("HH:MM")
        self.setCurrentIndex(0)

    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:  # noqa: N802
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(text)


class MultiChoiceField(QWidget):
    """One check box per choice."""

    changed = Signal()

    def __init__(self, object_name: str, choices: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        name(self, object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: list[QCheckBox] = []
        for i, choice in enumerate(choices):
            box = name(QCheckBox(str(choice)), f"{object_name}_{i}", str(choice))
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes.append(box)
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def value(self) -> list[str]:
        return [b.text() for b in self.boxes if b.isChecked()]

    def set_value(self, picked) -> None:
        picked = {str(p) for p in (picked or [])}
        for box in self.boxes:
            box.setChecked(box.text() in picked)


class YesNoField(Retranslating, QWidget):
    """Yes or No, and unanswered until the user picks one (a required one must be answered)."""

    changed = Signal()

    def __init__(self, object_name: str, parent=None) -> None:
        super().__init__(parent)
        name(self, object_name)
        self.yes = name(QRadioButton(), object_name + "_yes")
        self.no = name(QRadioButton(), object_name + "_no")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.yes.toggled.connect(self.changed)
        self.no.toggled.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.setFocusProxy(self.yes)
        self.caption = ""
        self.retranslate()

    def value(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def set_value(self, value) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot go back to unanswered
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))
        self.yes.setAccessibleName(f"{self.caption}: {self.tr('Yes')}")
        self.no.setAccessibleName(f"{self.caption}: {self.tr('No')}")


class Caption(QLabel):
    """A field's caption. Above its field in a narrow pane it wraps only when longer than the
    pane's width (`room`): a wrapped QLabel on its own would ask for a narrow block."""

    room = 0

    def set_room(self, room: int) -> None:
        if room != self.room:
            self.room = room
            if self.wordWrap():
                self.updateGeometry()

    def sizeHint(self):  # noqa: N802 (Qt)
        hint = super().sizeHint()
        if not self.wordWrap() or self.room <= 0:
            return hint
        margins = self.contentsMargins()
        whole = (self.fontMetrics().horizontalAdvance(self.text().replace("&", ""))
                 + margins.left() + margins.right() + 2 * self.margin() + 1)
        width = min(whole, self.room)
        return QSize(width, self.heightForWidth(width))


class TaskFormWidget(Retranslating, QWidget):
    """The campaign's fields, then Observations, Next task date and Next task time.

    state()/set_state() carry exactly what was typed (for drafts); is_empty() tells whether
    there is anything to keep. sig_changed fires on every edit by the user."""

    sig_changed = Signal()

    def __init__(self, parent=None, *, with_fixed_fields: bool = True) -> None:
        super().__init__(parent)
        name(self, "taskForm")
        self.specs: list[dict] = []
        self.inputs: dict[str, QWidget] = {}
        self._filling = False
        self.fields_layout = QFormLayout()
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fixed_layout = self.fields_layout  # one layout: the fixed rows line up with the campaign's
        self.no_fields = name(QLabel(), "taskFormNoFields")
        self.no_fields.setStyleSheet("color: palette(mid);")
        self.no_fields.setWordWrap(True)
        self.legend = name(QLabel(), "taskFormLegend")
        self.legend.setStyleSheet("color: palette(mid);")

        self.observations = name(QPlainTextEdit(), "observationsEdit")
        self.observations.setTabChangesFocus(True)
        self.observations.setMinimumHeight(80)
        self.observations.setMaximumHeight(160)
        self.observations.textChanged.connect(self._edited)
        self.next_date = DateField("nextDateEdit")
        self.next_date.textChanged.connect(self._edited)
        self.next_time = TimeField("nextTimeCombo")
        self.next_time.editTextChanged.connect(self._edited)
        self.fixed: dict[str, QWidget] = {
            "observations": self.observations, "next_date": self.next_date, "next_time": self.next_time}
        self._fixed_captions: dict[str, QLabel] = {}
        if with_fixed_fields:
            for key, widget in self.fixed.items():
                caption = name(Caption(), f"{key}Label")
                caption.setBuddy(widget.focusProxy() or widget)
                self._fixed_captions[key] = caption
                self.fixed_layout.addRow(caption, widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.no_fields)
        layout.addLayout(self.fields_layout)
        layout.addWidget(self.legend)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def set_fields(self, fields: Sequence[dict]) -> None:
        """(Re)build the campaign's rows; what was typed in fields that remain is kept."""
        kept = self.state()
        self._filling = True
        try:
            for _ in self.specs:  # the campaign's rows come first; the fixed rows stay
                self.fields_layout.removeRow(0)
            self.inputs.clear()
            self.specs = [dict(f) for f in fields]
            for row, spec in enumerate(self.specs):
                widget = self._make_input(spec)
                self.inputs[spec["key"]] = widget
                caption = name(Caption(), f"taskField_{spec['key']}Label")
                caption.setBuddy(widget.focusProxy() or widget)
                self.fields_layout.insertRow(row, caption, widget)
                if self.isVisible():  # a layout shows new children only on the next event loop pass
                    caption.show()
                    widget.show()
        finally:
            self._filling = False
        self.set_state(kept, notify=False)
        self.retranslate()

    def _make_input(self, spec: dict) -> QWidget:
        key, kind = spec["key"], spec.get("type", "text")
        object_name = f"taskField_{key}"
        if kind == "long_text":
            widget = name(QPlainTextEdit(), object_name)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(70)
            widget.textChanged.connect(self._edited)
        elif kind == "date":
            widget = DateField(object_name)
            widget.textChanged.connect(self._edited)
        elif kind == "time":
            widget = TimeField(object_name)
            widget.editTextChanged.connect(self._edited)
        elif kind == "choice":
            widget = name(QComboBox(), object_name)
            # Long choices do not widen the form: the list that opens shows them whole.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)
            widget.addItem("", "")
            for choice in spec.get("choices") or []:
                widget.addItem(str(choice), str(choice))
            widget.currentIndexChanged.connect(self._edited)
        elif kind == "multi_choice":
            widget = MultiChoiceField(object_name, [str(c) for c in spec.get("choices") or []])
            widget.changed.connect(self._edited)
        elif kind == "yes_no":
            widget = YesNoField(object_name)
            widget.changed.connect(self._edited)
        else:  # text, number and anything unknown: typed text, checked by the service
            widget = name(QLineEdit(), object_name)
            widget.setMaxLength(MAX_TEXT)
            if kind == "number":
                widget.setMaximumWidth(160)
            widget.textChanged.connect(self._edited)
        return widget

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.sig_changed.emit()

    # -- values ------------------------------------------------------------------------------
    def values(self) -> dict:
        """The campaign fields the user filled in, as typed (empty ones left out)."""
        out = {}
        for spec in self.specs:
            value = _read(self.inputs[spec["key"]])
            if value is None or value == "" or value == []:
                continue
            out[spec["key"]] = value
        return out

    def observations_text(self) -> str:
        return self.observations.toPlainText()

    def state(self) -> dict:
        """Everything typed, for a draft; {} when the form is empty."""
        state = {}
        values = self.values()
        if values:
            state["values"] = values
        for key, text in (("observations", self.observations.toPlainText()),
                          ("next_date", self.next_date.text()), ("next_time", self.next_time.text())):
            if text.strip():
                state[key] = text
        return state

    def set_state(self, state: dict | None, *, notify: bool = False) -> None:
        state = state or {}
        values = state.get("values") or {}
        self._filling = True
        try:
            for spec in self.specs:
                _write(self.inputs[spec["key"]], values.get(spec["key"]))
            if self.observations.toPlainText() != state.get("observations", ""):
                self.observations.setPlainText(state.get("observations", ""))
            self.next_date.setText(state.get("next_date", ""))
            self.next_time.setText(state.get("next_time", ""))
        finally:
            self._filling = False
        if notify:
            self.sig_changed.emit()

    def is_empty(self) -> bool:
        return not self.state()

    def clear(self) -> None:
        self.set_state({}, notify=True)

    def widget_for(self, key: str | None) -> QWidget | None:
        """The input of a field key (or observations/next_date/next_time), to focus on an error."""
        if key in ("next_action", "next_date"):
            return self.next_date
        return self.inputs.get(key) or self.fixed.get(key)

    def set_editable(self, editable: bool, why: str = "") -> None:
        """Viewers and closed tickets: every input disabled, with the reason as its tooltip."""
        for widget in [*self.inputs.values(), self.next_date, self.next_time]:
            widget.setEnabled(editable)
            widget.setToolTip("" if editable else why)
        self.observations.setReadOnly(not editable)
        self.observations.setToolTip("" if editable else why)

    # -- fitting its pane --------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """In a narrow pane (a third column, the designer's preview) every caption goes above its
        field, wrapped if long, so the form fits the pane instead of scrolling sideways; with room,
        captions beside. The room asked for beside the captions is more than the fields' least
        width, so putting the captions back beside never makes the form wider than the pane."""
        layout = self.fields_layout
        captions: list[QLabel] = []
        widest, least = 0, 0
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                caption = label.widget()
                captions.append(caption)
                margins = caption.contentsMargins()
                widest = max(widest, caption.fontMetrics().horizontalAdvance(caption.text().replace("&", ""))
                             + margins.left() + margins.right() + 2 * caption.margin())
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field is not None:
                least = max(least, field.minimumSize().width())
        room = self.width() - widest - max(layout.horizontalSpacing(), 6)
        wrap = room < max(FIELD_ROOM, least + 4)
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if wrap else QFormLayout.RowWrapPolicy.DontWrapRows
        for caption in captions:  # new rows too
            if isinstance(caption, Caption):
                caption.set_room(self.width())
            if caption.wordWrap() != wrap:
                caption.setWordWrap(wrap)
        if layout.rowWrapPolicy() != policy:
            layout.setRowWrapPolicy(policy)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        required_word = self.tr("required")
        for spec in self.specs:
            widget = self.inputs[spec["key"]]
            text = spec_label(spec)
            caption = self.fields_layout.labelForField(widget)
            accessible = f"{text} ({required_word})" if spec.get("required") else text
            if caption is not None:
                caption.setText(f"{text} *:" if spec.get("required") else f"{text}:")
                caption.setToolTip(self.tr("Required") if spec.get("required") else "")
            _name_input(widget, accessible)
            if isinstance(widget, QComboBox) and spec.get("type") == "choice":
                widget.setItemText(0, self.tr("(choose)"))
        fixed = {"observations": self.tr("Observations"), "next_date": self.tr("Next task date"),
                 "next_time": self.tr("Next task time")}
        for key, caption in self._fixed_captions.items():
            caption.setText(fixed[key] + ":")
        self.observations.setAccessibleName(fixed["observations"])
        self.observations.setPlaceholderText(self.tr("What was done, what was agreed with the customer"))
        self.next_date.set_accessible(fixed["next_date"])
        self.next_time.setAccessibleName(fixed["next_time"])
        self.no_fields.setText(self.tr("This campaign's task form has no fields of its own."))
        self.no_fields.setVisible(not self.specs)
        self.legend.setText(self.tr("* Required"))
        self.legend.setVisible(any(s.get("required") for s in self.specs))
        self._fit_width()  # the captions' width may have changed


def _name_input(widget: QWidget, text: str) -> None:
    if isinstance(widget, DateField):
        widget.set_accessible(text)
    elif isinstance(widget, YesNoField):
        widget.caption = text
        widget.setAccessibleName(text)
        widget.retranslate()
    else:
        widget.setAccessibleName(text)


def _read(widget: QWidget):
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, (DateField, TimeField, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData() or ""
    if isinstance(widget, (MultiChoiceField, YesNoField)):
        return widget.value()
    return None


def _write(widget: QWidget, value) -> None:
    if isinstance(widget, QPlainTextEdit):
        text = "" if value is None else str(value)
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif isinstance(widget, (DateField, TimeField, QLineEdit)):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData("" if value is None else str(value))))
    elif isinstance(widget, (MultiChoiceField, YesNoField)):
        widget.set_value(value)


__all__ = ["TaskFormWidget", "FIXED_KEYS", "spec_label", "ui_language"]
