"""T9: the Tasks tab, the campaign's task form with Observations and the next task.

What the user types is kept as a draft (decision 7), written 400 ms after the last edit, and
comes back when the tab is built again. Save goes through services.tasks.save_task; a next
task that overlaps the agenda is shown first, and the user goes back or saves anyway.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...models.formatting import date_time
from ...services import drafts, tasks
from ...services.errors import ServiceError, ValidationError
from ...store.enums import DraftKind
from ..messages import describe, read_only_text
from ..task_form import TaskFormWidget, spec_label
from ..widgets import name
from .simple_tabs import LazyTab

DRAFT_DELAY_MS = 400


class TasksTab(LazyTab):
    sig_ticket_changed = Signal()

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "tasksTab", parent)
        self.spec: tasks.TaskForm | None = None
        self.form = TaskFormWidget()
        self.form.sig_changed.connect(self._edited)
        self.message = name(QLabel(), "tasksTabMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.draft_status = name(QLabel(), "taskDraftStatus")
        self.draft_status.setStyleSheet("color: palette(mid);")
        self.clear_button = name(QPushButton(), "clearTaskButton")
        self.clear_button.clicked.connect(self.clear)
        self.save_button = name(QPushButton(), "saveTaskButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.flush_draft)
        self._dialog: QMessageBox | None = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_status, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addWidget(self.message)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """First load fills in the draft; later loads (refresh) keep what is typed and only
        rebuild the fields when the campaign's form changed."""
        first = self.spec is None
        spec = tasks.task_form(self.ctx.db, self.ctx.user, self.ticket_id)
        if first or spec.definition_id != self.spec.definition_id or spec.fields != self.spec.fields:
            self.form.set_fields(spec.fields)
        self.spec = spec
        if first:
            self.form.set_state(drafts.load(self.ctx.db, self.ctx.user, self.ticket_id, DraftKind.TASK))
            if not self.form.is_empty():
                self.draft_status.setText(self.tr("Draft restored."))
        self._apply_permissions()

    def _why_read_only(self) -> str:
        return read_only_text(self.spec.read_only_reason if self.spec else None)

    def _apply_permissions(self) -> None:
        why = self._why_read_only()
        editable = not why
        self.form.set_editable(editable, why)
        self.save_button.setEnabled(editable)
        self.clear_button.setEnabled(editable)
        self.save_button.setToolTip(why or self.tr("Save the task (Ctrl+S)"))
        self.clear_button.setToolTip(why or self.tr("Empty the form and forget its draft"))

    @property
    def editable(self) -> bool:
        return self.spec is not None and self.spec.writable

    # -- drafts ------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.message.hide()
        if self.editable:
            self.draft_timer.start()  # restarts: written once the user pauses

    def flush_draft(self) -> None:
        """Write (or drop, when the form is empty) the draft now."""
        self.draft_timer.stop()
        if not self.editable:
            return
        try:
            drafts.save(self.ctx.db, self.ctx.user, self.ticket_id, DraftKind.TASK, self.form.state())
        except ServiceError as exc:
            self.draft_status.setText(describe(exc))
            return
        self.draft_status.setText("" if self.form.is_empty() else self.tr("Draft saved."))

    def hideEvent(self, event) -> None:  # noqa: N802
        if self.draft_timer.isActive():
            self.flush_draft()  # closing the window or hiding the tab keeps the last keystrokes
        super().hideEvent(event)

    def clear(self) -> None:
        """Empty the form and forget the draft; asks first when there is something to lose."""
        if not self.editable:
            return
        if self.form.is_empty():
            self._do_clear()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Clear the task"),
                          self.tr("Empty the task form and discard its draft?"),
                          QMessageBox.StandardButton.NoButton, self)
        name(box, "clearTaskDialog", self.tr("Clear the task"))
        clear = box.addButton(self.tr("Clear"), QMessageBox.ButtonRole.DestructiveRole)
        name(clear, "confirmClearTaskButton", self.tr("Clear"))
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        name(keep, "keepTaskButton", self.tr("Keep"))
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: box.clickedButton() is clear and self._do_clear())
        self._dialog = box
        box.open()

    def _do_clear(self) -> None:
        self.draft_timer.stop()
        self.form.set_state({})
        drafts.drop(self.ctx.db, self.ctx.user, self.ticket_id, DraftKind.TASK)
        self.draft_status.setText("")
        self.message.hide()

    # -- saving ------------------------------------------------------------------------------
    def task_input(self) -> tasks.TaskInput:
        return tasks.TaskInput(
            self.spec.definition_id if self.spec else None, self.form.values(),
            self.form.observations_text(), self.form.next_date.text(), self.form.next_time.text())

    def save(self, allow_clash: bool = False) -> bool:
        if not self.editable or not self.save_button.isEnabled():
            return False
        self.draft_timer.stop()
        try:
            saved = tasks.save_task(self.ctx.db, self.ctx.user, self.ticket_id, self.task_input(),
                                    allow_clash=allow_clash)
        except tasks.AgendaClash as exc:
            self._ask_about_clash(exc.clashes)
            return False
        except ServiceError as exc:
            self._refused(exc)
            return False
        self.form.set_state({})
        self.draft_status.setText("")
        text = self.tr("Task saved.")
        if saved.next_action_at is not None:
            text += " " + self.tr("Next task scheduled for %1.").replace("%1", date_time(saved.next_action_at))
        if saved.form_outdated:
            self.load()
            text += " " + self.tr("The campaign's task form has changed: the form now shows the new version.")
        self._show(text, error=False)
        self.sig_ticket_changed.emit()
        return True

    def _refused(self, exc: ServiceError) -> None:
        field = getattr(exc, "details", {}).get("field")
        if isinstance(exc, ValidationError) and self.form.specs:
            spec = next((s for s in self.form.specs if s.get("key") == field), None)
            if spec is not None:
                exc.details["value"] = spec_label(spec)  # the label in the interface's language
        if str(exc.args[0] if exc.args else "") == "task_form_changed":
            self.flush_draft()
            self.load()
        elif exc.code in ("ticket_closed", "permission_denied", "not_found"):
            self.flush_draft()
            try:
                self.load()
            except ServiceError:
                pass
        self._show(describe(exc), error=True)
        widget = self.form.widget_for(field)
        if widget is not None and widget.isEnabled():
            widget.setFocus()
        self.draft_timer.start()

    def _ask_about_clash(self, clashes) -> None:
        lines = []
        for item in clashes:
            when = date_time(item.due_at)
            if item.visible and item.ticket_number is not None:
                what = f"#{item.ticket_number} · {item.title}" if item.title else f"#{item.ticket_number}"
            else:
                what = self.tr("a ticket you may not see")
            lines.append(self.tr("%1, %2 minutes: %3").replace("%1", when)
                         .replace("%2", str(item.duration_min)).replace("%3", what))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Agenda clash"),
                          self.tr("The next task overlaps with:") + "\n\n" + "\n".join(lines),
                          QMessageBox.StandardButton.NoButton, self)
        name(box, "agendaClashDialog", self.tr("Agenda clash"))
        anyway = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        name(anyway, "saveAnywayButton", self.tr("Save anyway"))
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        name(back, "goBackButton", self.tr("Go back"))
        box.setDefaultButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._clash_answered(box.clickedButton() is anyway))
        self._dialog = box
        box.open()

    def _clash_answered(self, save_anyway: bool) -> None:
        self._dialog = None
        if save_anyway:
            self.save(allow_clash=True)
        else:
            self.form.next_time.setFocus()

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.show()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save task"))
        self.save_button.setAccessibleName(self.tr("Save task"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the task form"))
        self.message.setAccessibleName(self.tr("Task message"))
        self.draft_status.setAccessibleName(self.tr("Draft status"))
        if self.spec is not None:
            self._apply_permissions()
