"""T4: the Ticket tab, the ticket's own fields; Save writes them and the change log."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...models.labels import label
from ...services import tickets
from ...services.errors import ServiceError, StaleEdit
from ...store.enums import Priority, TicketStatus, TicketType
from ..context import AppContext
from ..messages import describe, read_only_text
from ..widgets import Retranslating, add_row, name


class TicketTab(Retranslating, QWidget):
    sig_saved = Signal(int)  # the new version

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self._form: tickets.TicketForm | None = None
        self._loading = False
        name(self, "ticketTab")

        self.ticket_type = name(QComboBox(), "ticketTypeCombo")
        self.subject = name(QLineEdit(), "subjectEdit")
        self.subject.setMaxLength(tickets.MAX_SUBJECT)
        self.description = name(QPlainTextEdit(), "descriptionEdit")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.campaign = name(QComboBox(), "campaignCombo")
        self.priority = name(QComboBox(), "priorityCombo")
        self.account = name(QComboBox(), "accountCombo")
        self.visibility = name(QComboBox(), "visibilityCombo")
        self.service = name(QComboBox(), "serviceCombo")
        self.category = name(QComboBox(), "categoryCombo")
        self.tags = name(QLineEdit(), "tagsEdit")
        self.cc = name(QLineEdit(), "ccEdit")
        self.expected = name(QLabel(), "expectedSolutionLabel")
        self.status = name(QLabel(), "ticketStatusLabel")
        self.message = name(QLabel(), "ticketTabMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = name(QPushButton(), "saveTicketButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = name(QPushButton(), "revertTicketButton")
        self.revert_button.clicked.connect(self.load)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields = [
            self.status, self.ticket_type, self.subject, self.description, self.campaign, self.priority,
            self.account, self.visibility, self.service, self.category, self.tags, self.cc, self.expected,
        ]
        for w in self._fields:
            add_row(self.form_layout, w)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.form_layout)
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

        for combo in (self.ticket_type, self.campaign, self.priority, self.account, self.visibility,
                      self.service, self.category):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.subject, self.tags, self.cc):
            edit.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.retranslate()
        self.load()

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        self._form = tickets.form(self.ctx.db, self.ctx.user, self.ticket_id)
        self._fill()

    def rebase(self) -> None:
        """Another tab of this view changed the ticket (a task's next action, the account):
        take its new version and values, and keep the user's unsaved edits on top. When one
        of the fields the user edited was changed too, nothing is taken: the save then says
        the ticket changed, and the user decides."""
        edits = self.changes()
        old = self._form
        fresh = tickets.form(self.ctx.db, self.ctx.user, self.ticket_id)
        if old is None or any(getattr(fresh, k) != getattr(old, k) for k in edits):
            return
        self._form = fresh
        self._fill()
        self._loading = True
        try:
            for key, value in edits.items():
                self._put(key, value)
        finally:
            self._loading = False
        self._changed()

    def _put(self, key: str, value) -> None:
        """Show a value in the field that edits `key`."""
        if key == "subject":
            self.subject.setText(value)
        elif key == "description":
            self.description.setPlainText(value)
        elif key == "cc":
            self.cc.setText(value)
        elif key == "tags":
            self.tags.setText(", ".join(value))
        else:
            combo = {"ticket_type": self.ticket_type, "priority": self.priority, "campaign_id": self.campaign,
                     "account_id": self.account, "is_public": self.visibility, "service_id": self.service,
                     "category_id": self.category}[key]
            data = str(value) if isinstance(value, uuid.UUID) else value
            combo.setCurrentIndex(max(0, combo.findData(data)))

    def _fill(self) -> None:
        f = self._form
        assert f is not None
        self._loading = True
        try:
            self._fill_enum(self.ticket_type, list(TicketType), f.ticket_type)
            self._fill_enum(self.priority, list(Priority), f.priority)
            self._fill_choices(self.campaign, f.campaigns, f.campaign_id, none=False)
            self._fill_choices(self.account, f.accounts, f.account_id)
            self._fill_choices(self.service, f.services, f.service_id)
            self._fill_choices(self.category, f.categories, f.category_id)
            self.visibility.clear()
            self.visibility.addItem(self.tr("Public"), True)
            self.visibility.addItem(self.tr("Internal"), False)
            self.visibility.setCurrentIndex(0 if f.is_public else 1)
            self.subject.setText(f.subject)
            if self.description.toPlainText() != f.description:
                self.description.setPlainText(f.description)
            self.tags.setText(", ".join(f.tags))
            completer = QCompleter(list(f.all_tags), self.tags)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags.setCompleter(completer)
            self.cc.setText(f.cc)
            self.expected.setText(date_time(f.expected_solution_at) or self.tr("No SLA for this priority"))
            self.status.setText(label(f.status))
        finally:
            self._loading = False
        self._apply_permissions()
        self.message.hide()
        self._changed()

    def _fill_enum(self, combo: QComboBox, members, current) -> None:
        combo.clear()
        for m in members:
            combo.addItem(label(m), m)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_choices(self, combo: QComboBox, choices, current, none: bool = True) -> None:
        combo.clear()
        if none:
            combo.addItem(self.tr("(none)"), None)
        for c in choices:
            combo.addItem(c.label, str(c.id))  # Qt compares Python objects by identity: use text
        index = combo.findData(str(current)) if current is not None else 0
        combo.setCurrentIndex(max(0, index))

    def _apply_permissions(self) -> None:
        closed = self._form is not None and self._form.status is TicketStatus.CLOSED
        why = read_only_text("viewer" if self.ctx.user.read_only else "closed" if closed else None)
        editable = not why
        for w in self._fields:
            if isinstance(w, (QComboBox, QLineEdit)):
                w.setEnabled(editable)
                w.setToolTip(why)
        self.description.setReadOnly(not editable)
        self.description.setToolTip(why)
        self.save_button.setToolTip(why or self.tr("Save the ticket (Ctrl+S)"))
        self._editable = editable

    def changes(self) -> dict:
        """What the user changed compared with the loaded ticket."""
        f = self._form
        if f is None:
            return {}
        current = {
            "ticket_type": self.ticket_type.currentData(),
            "subject": self.subject.text(),
            "description": self.description.toPlainText(),
            "campaign_id": _uuid(self.campaign.currentData()),
            "priority": self.priority.currentData(),
            "account_id": _uuid(self.account.currentData()),
            "is_public": self.visibility.currentData(),
            "service_id": _uuid(self.service.currentData()),
            "category_id": _uuid(self.category.currentData()),
            "cc": self.cc.text().strip(),
        }
        out = {k: v for k, v in current.items() if v != getattr(f, k)}
        tags = sorted({t.strip() for t in self.tags.text().split(",") if t.strip()})
        if tuple(tags) != tuple(sorted(f.tags)):
            out["tags"] = tags
        return out

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty and getattr(self, "_editable", False))
        self.revert_button.setEnabled(dirty)

    def save(self) -> bool:
        if self._form is None or not self.save_button.isEnabled():
            return False
        try:
            version = tickets.update(self.ctx.db, self.ctx.user, self.ticket_id, self._form.version, self.changes())
        except StaleEdit as exc:
            self._show(describe(exc), error=True)  # the user's edits stay in the form
            return False
        except ServiceError as exc:
            self._show(describe(exc), error=True)
            return False
        self.load()
        self._show(self.tr("Saved."), error=False)
        self.sig_saved.emit(version)
        return True

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.show()

    def retranslate(self) -> None:
        labels = {
            self.status: self.tr("Status"), self.ticket_type: self.tr("Type"),
            self.subject: self.tr("Subject"), self.description: self.tr("Description"),
            self.campaign: self.tr("Campaign"), self.priority: self.tr("Priority"),
            self.account: self.tr("Account"), self.visibility: self.tr("Visibility"),
            self.service: self.tr("Service"), self.category: self.tr("Category"),
            self.tags: self.tr("Tags"), self.cc: self.tr("CC"),
            self.expected: self.tr("Expected solution"),
        }
        for widget, text in labels.items():
            widget.setAccessibleName(text)
            lbl = self.form_layout.labelForField(widget)
            if lbl is not None:
                lbl.setText(text + ":")
        self.tags.setPlaceholderText(self.tr("Comma-separated tags"))
        self.cc.setPlaceholderText(self.tr("E-mail addresses, comma-separated"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save ticket"))
        self.revert_button.setText(self.tr("Discard changes"))
        self.revert_button.setAccessibleName(self.tr("Discard changes"))
        if self._form is not None and not self._loading:
            pending = self.changes()
            self._fill()  # relabel enum combos in the new language
            self._restore(pending)

    def _restore(self, pending: dict) -> None:
        """Put unsaved edits back after a relabel (language change)."""
        for key, value in pending.items():
            if key == "tags":
                self.tags.setText(", ".join(value))
            elif key == "description":
                self.description.setPlainText(value)
            elif key in ("subject", "cc"):
                getattr(self, key).setText(value)
            else:
                combo = {"ticket_type": self.ticket_type, "campaign_id": self.campaign, "priority": self.priority,
                         "account_id": self.account, "is_public": self.visibility, "service_id": self.service,
                         "category_id": self.category}[key]
                combo.setCurrentIndex(max(0, combo.findData(str(value) if isinstance(value, uuid.UUID) else value)))


def _uuid(value) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None
