"""T10: the History tab, every saved task newest first; "View more" shows all its fields.

A record is shown with the form definition it was saved with, so a form changed since then
still labels old records correctly (in the interface's language).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QLocale, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...services import tasks
from ...services.errors import ServiceError
from ..messages import show_error
from ..task_form import spec_label
from ..widgets import Retranslating, name
from .batches import Batches
from .simple_tabs import TreeTab

_ID = Qt.ItemDataRole.UserRole
BATCH = 40  # rows added at a time (more follow as the user scrolls)
PAGE = 100  # rows read at a time


class HistoryTab(TreeTab):
    switchable = True

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        self.dialog: TaskDetailDialog | None = None
        super().__init__(ctx, ticket_id, "historyTab", parent)
        self.more_button = name(QPushButton(), "viewMoreTaskButton")
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.view_more)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.more_button)
        self.layout().addLayout(row)
        self.tree.itemActivated.connect(lambda *_: self.view_more())  # double-click or Enter
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self._batches = Batches(self.tree, self._add_items, BATCH)
        self.retranslate()

    def column_titles(self):
        return [self.tr("Date"), self.tr("User"), self.tr("Next task"), self.tr("Observations")]

    def accessible_title(self):
        return self.tr("Task history")

    def empty_text(self):
        return self.tr("No tasks saved for this ticket.")

    def load(self) -> None:
        """The newest tasks first; older ones are added as the user scrolls down, so a ticket
        with a thousand tasks opens as fast as one with a few."""
        self.tree.clear()
        first = tasks.task_history(self.ctx.db, self.ctx.user, self.ticket_id, limit=PAGE)
        self._batches.start(first, self._older, PAGE)
        items = self._batches.shown
        if items and not self._sized:
            self._sized = True
            for c in (0, 1, 2):
                self.tree.resizeColumnToContents(c)
        if items:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not items)
        self.tree.setVisible(bool(items))
        self._selection_changed()

    def _older(self, last: tasks.TaskSummary) -> list[tasks.TaskSummary]:
        return tasks.task_history(self.ctx.db, self.ctx.user, self.ticket_id, limit=PAGE,
                                  before=(last.created_at, last.id))

    def forget(self) -> None:
        self.tree.clear()
        self._batches.start(())

    def _add_items(self, batch) -> None:
        items = []
        for r in batch:
            item = QTreeWidgetItem([date_time(r.created_at), r.user_name, date_time(r.next_action_at) or "—",
                                    r.observations])
            item.setData(0, _ID, str(r.id))
            item.setToolTip(3, r.observations)
            items.append(item)
        self.tree.addTopLevelItems(items)

    def _selection_changed(self) -> None:
        if hasattr(self, "more_button"):
            self.more_button.setEnabled(self.tree.currentItem() is not None)

    def view_more(self) -> TaskDetailDialog | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        try:
            detail = tasks.task_detail(self.ctx.db, self.ctx.user, uuid.UUID(item.data(0, _ID)))
        except ServiceError as exc:
            show_error(self, exc)
            return None
        self.dialog = TaskDetailDialog(detail, self)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "more_button"):
            self.more_button.setText(self.tr("View more…"))
            self.more_button.setAccessibleName(self.tr("View all fields of the selected task"))
            self.more_button.setToolTip(self.tr("Every field of the selected task (Enter)"))


_NONE = QT_TRANSLATE_NOOP("TaskDetailDialog", "—")


class TaskDetailDialog(Retranslating, QDialog):
    """Every field of one saved task, read-only."""

    def __init__(self, detail: tasks.TaskDetail, parent=None) -> None:
        super().__init__(parent)
        self.detail = detail
        name(self, "taskDetailDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ["_date", "_user", *[f"field:{f.key}" for f in detail.fields], "_next"]:
            value = name(QLabel(), f"taskDetail_{key.replace('field:', '')}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel()
            caption.setBuddy(value)
            self.values[key], self.captions[key] = value, caption
            self.form.addRow(caption, value)
        self.observations = name(QPlainTextEdit(detail.observations), "taskDetailObservations")
        self.observations.setReadOnly(True)
        self.observations.setMinimumHeight(90)
        self.observations_caption = QLabel()
        self.observations_caption.setBuddy(self.observations)
        self.form.addRow(self.observations_caption, self.observations)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        name(self.buttons.button(QDialogButtonBox.StandardButton.Close), "closeTaskDetailButton")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self.retranslate()

    def _format(self, field: tasks.FieldValue) -> str:
        value = field.value
        if value is None or value == "" or value == []:
            return self.tr(_NONE)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if field.type == "number" and isinstance(value, (int, float)):
            return QLocale().toString(value) if isinstance(value, int) else QLocale().toString(float(value), "g", 12)
        if field.type == "date":
            day = QDate.fromString(str(value), Qt.DateFormat.ISODate)
            if day.isValid():
                return QLocale().toString(day, QLocale.FormatType.ShortFormat)
        return str(value)

    def retranslate(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Task of %1").replace("%1", date_time(d.created_at)))
        self.setAccessibleName(self.windowTitle())
        fixed = {"_date": (self.tr("Saved"), date_time(d.created_at)),
                 "_user": (self.tr("User"), d.user_name or self.tr(_NONE)),
                 "_next": (self.tr("Next task"), date_time(d.next_action_at) or self.tr(_NONE))}
        for key, (caption, text) in fixed.items():
            self.captions[key].setText(caption + ":")
            self.values[key].setText(text)
            self.values[key].setAccessibleName(caption)
        for f in d.fields:
            key = f"field:{f.key}"
            caption = spec_label({"key": f.key, "label": f.label, "label_es": f.label_es})
            self.captions[key].setText(caption + ":")
            self.values[key].setText(self._format(f))
            self.values[key].setAccessibleName(caption)
            self.captions[key].setToolTip("" if f.in_form else self.tr("Not a field of the form this task was saved with"))
        self.observations_caption.setText(self.tr("Observations") + ":")
        self.observations.setAccessibleName(self.tr("Observations"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
