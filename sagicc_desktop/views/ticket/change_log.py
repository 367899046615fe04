"""O7: the ticket's change log, for administrators; filterable, and nobody can edit it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...services.changelog import ticket_changes
from ...services.text import normalise
from ..context import AppContext
from ..widgets import name

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeLogDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("ChangeLogDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("ChangeLogDialog", "Deleted"),
}


N = "ChangeLogDialog"
# What changed, in the user's words: the entity kinds and the fields the services log.
NAMES = {
    "ticket": QT_TRANSLATE_NOOP("ChangeLogDialog", "Ticket"),
    "note": QT_TRANSLATE_NOOP("ChangeLogDialog", "Note"),
    "attachment": QT_TRANSLATE_NOOP("ChangeLogDialog", "Attachment"),
    "task_record": QT_TRANSLATE_NOOP("ChangeLogDialog", "Task"),
    "agenda_entry": QT_TRANSLATE_NOOP("ChangeLogDialog", "Agenda entry"),
    "contact_point": QT_TRANSLATE_NOOP("ChangeLogDialog", "Contact data"),
    "account": QT_TRANSLATE_NOOP("ChangeLogDialog", "Account"),
    "account_data": QT_TRANSLATE_NOOP("ChangeLogDialog", "Account data"),
    "block_list": QT_TRANSLATE_NOOP("ChangeLogDialog", "Block list"),
    "customer": QT_TRANSLATE_NOOP("ChangeLogDialog", "Customer"),
    "subject": QT_TRANSLATE_NOOP("ChangeLogDialog", "Subject"),
    "description": QT_TRANSLATE_NOOP("ChangeLogDialog", "Description"),
    "status": QT_TRANSLATE_NOOP("ChangeLogDialog", "Status"),
    "priority": QT_TRANSLATE_NOOP("ChangeLogDialog", "Priority"),
    "ticket_type": QT_TRANSLATE_NOOP("ChangeLogDialog", "Type"),
    "campaign_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "Campaign"),
    "account_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "Account"),
    "assignee": QT_TRANSLATE_NOOP("ChangeLogDialog", "Assigned to"),
    "assignee_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "Assigned to"),
    "service_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "Service"),
    "category_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "Category"),
    "is_public": QT_TRANSLATE_NOOP("ChangeLogDialog", "Visibility"),
    "tags": QT_TRANSLATE_NOOP("ChangeLogDialog", "Tags"),
    "cc": QT_TRANSLATE_NOOP("ChangeLogDialog", "CC"),
    "next_action_at": QT_TRANSLATE_NOOP("ChangeLogDialog", "Next action"),
    "expected_solution_at": QT_TRANSLATE_NOOP("ChangeLogDialog", "Expected solution"),
    "closed_at": QT_TRANSLATE_NOOP("ChangeLogDialog", "Closed"),
    "merged_into": QT_TRANSLATE_NOOP("ChangeLogDialog", "Merged into"),
    "merged_from": QT_TRANSLATE_NOOP("ChangeLogDialog", "Merged from"),
    "related_ticket": QT_TRANSLATE_NOOP("ChangeLogDialog", "Related ticket"),
    "filename": QT_TRANSLATE_NOOP("ChangeLogDialog", "File name"),
    "color": QT_TRANSLATE_NOOP("ChangeLogDialog", "Colour"),
    "due_at": QT_TRANSLATE_NOOP("ChangeLogDialog", "Due"),
    "done_at": QT_TRANSLATE_NOOP("ChangeLogDialog", "Done"),
    "interaction": QT_TRANSLATE_NOOP("ChangeLogDialog", "Interaction"),
    "message": QT_TRANSLATE_NOOP("ChangeLogDialog", "Message"),
    "delivery": QT_TRANSLATE_NOOP("ChangeLogDialog", "Delivery"),
    "call": QT_TRANSLATE_NOOP("ChangeLogDialog", "Call"),
    "held_message": QT_TRANSLATE_NOOP("ChangeLogDialog", "Held e-mail"),
    "released": QT_TRANSLATE_NOOP("ChangeLogDialog", "Released"),
    "reason": QT_TRANSLATE_NOOP("ChangeLogDialog", "Reason"),
    "deleted_at": QT_TRANSLATE_NOOP("ChangeLogDialog", "Deleted"),
    "duplicated_from": QT_TRANSLATE_NOOP("ChangeLogDialog", "Duplicated from"),
    "duplicated_to": QT_TRANSLATE_NOOP("ChangeLogDialog", "Duplicated as"),
    "email": QT_TRANSLATE_NOOP("ChangeLogDialog", "E-mail"),
    "layout": QT_TRANSLATE_NOOP("ChangeLogDialog", "Layout"),
    "number": QT_TRANSLATE_NOOP("ChangeLogDialog", "Number"),
    "origin_channel": QT_TRANSLATE_NOOP("ChangeLogDialog", "Origin channel"),
    "ticket_relation": QT_TRANSLATE_NOOP("ChangeLogDialog", "Related ticket"),
    "user": QT_TRANSLATE_NOOP("ChangeLogDialog", "User"),
    # The customer's own rows and fields (T1, related customers, assigned user).
    "customer_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "Customer"),
    "customer_relation": QT_TRANSLATE_NOOP("ChangeLogDialog", "Related customer"),
    "related_customer": QT_TRANSLATE_NOOP("ChangeLogDialog", "Related customer"),
    "customer_assignment": QT_TRANSLATE_NOOP("ChangeLogDialog", "Assigned user"),
    "user_id": QT_TRANSLATE_NOOP("ChangeLogDialog", "User"),
    "document_type": QT_TRANSLATE_NOOP("ChangeLogDialog", "Document type"),
    "document_number": QT_TRANSLATE_NOOP("ChangeLogDialog", "Document number"),
    "first_name": QT_TRANSLATE_NOOP("ChangeLogDialog", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("ChangeLogDialog", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("ChangeLogDialog", "Last name"),
    "second_last_name": QT_TRANSLATE_NOOP("ChangeLogDialog", "Second last name"),
    "birth_date": QT_TRANSLATE_NOOP("ChangeLogDialog", "Date of birth"),
    # Administration (channels and what else is named).
    "name": QT_TRANSLATE_NOOP("ChangeLogDialog", "Name"),
    "channel": QT_TRANSLATE_NOOP("ChangeLogDialog", "Channel"),
    "is_active": QT_TRANSLATE_NOOP("ChangeLogDialog", "Active"),
    "max_attachment_bytes": QT_TRANSLATE_NOOP("ChangeLogDialog", "Largest attachment"),
    "allowed_types": QT_TRANSLATE_NOOP("ChangeLogDialog", "Allowed file types"),
    # Users (A1)
    "username": QT_TRANSLATE_NOOP("ChangeLogDialog", "User name"),
    "password": QT_TRANSLATE_NOOP("ChangeLogDialog", "Password"),
    "display_name": QT_TRANSLATE_NOOP("ChangeLogDialog", "Display name"),
    "role": QT_TRANSLATE_NOOP("ChangeLogDialog", "Role"),
    "locale": QT_TRANSLATE_NOOP("ChangeLogDialog", "Language"),
    "campaign_member": QT_TRANSLATE_NOOP("ChangeLogDialog", "Campaign membership"),
    "hide_other_campaigns": QT_TRANSLATE_NOOP("ChangeLogDialog", "Hide tickets from agents in other campaigns"),
    "signature": QT_TRANSLATE_NOOP("ChangeLogDialog", "E-mail signature"),
    "signature_html": QT_TRANSLATE_NOOP("ChangeLogDialog", "E-mail signature"),
    # Campaigns (A2): the campaign, its members, channels, script, sections, task form and SLA
    "campaign": QT_TRANSLATE_NOOP("ChangeLogDialog", "Campaign"),
    "campaign_channel": QT_TRANSLATE_NOOP("ChangeLogDialog", "Campaign channel"),
    "campaign_script": QT_TRANSLATE_NOOP("ChangeLogDialog", "Campaign script"),
    "allow_other_contact_data": QT_TRANSLATE_NOOP("ChangeLogDialog", "Interact with other contact data"),
    "is_inbound_default": QT_TRANSLATE_NOOP("ChangeLogDialog", "Opens new tickets here"),
    "html": QT_TRANSLATE_NOOP("ChangeLogDialog", "Script text"),
    "external_view.customer": QT_TRANSLATE_NOOP("ChangeLogDialog", "External view: customer"),
    "external_view.ticket": QT_TRANSLATE_NOOP("ChangeLogDialog", "External view: ticket"),
    "external_view.conversation": QT_TRANSLATE_NOOP("ChangeLogDialog", "External view: conversation"),
    "external_view.tasks": QT_TRANSLATE_NOOP("ChangeLogDialog", "External view: tasks"),
    "external_view.attachments": QT_TRANSLATE_NOOP("ChangeLogDialog", "External view: files"),
    "external_view.surveys": QT_TRANSLATE_NOOP("ChangeLogDialog", "External view: surveys"),
    "task_form": QT_TRANSLATE_NOOP("ChangeLogDialog", "Task form"),
    "revision": QT_TRANSLATE_NOOP("ChangeLogDialog", "Revision"),
    "fields": QT_TRANSLATE_NOOP("ChangeLogDialog", "Fields"),
    "sla_rule": QT_TRANSLATE_NOOP("ChangeLogDialog", "SLA rule"),
    "resolution_hours": QT_TRANSLATE_NOOP("ChangeLogDialog", "Hours to solve"),
    "business_hours": QT_TRANSLATE_NOOP("ChangeLogDialog", "Business hours"),
    "holidays": QT_TRANSLATE_NOOP("ChangeLogDialog", "Holidays"),
    "secret.smtp": QT_TRANSLATE_NOOP("ChangeLogDialog", "SMTP password"),
    "secret.imap": QT_TRANSLATE_NOOP("ChangeLogDialog", "IMAP password"),
    "secret.token": QT_TRANSLATE_NOOP("ChangeLogDialog", "Provider token"),
    # Templates, surveys (A3)
    "message_template": QT_TRANSLATE_NOOP("ChangeLogDialog", "Message template"),
    "template_category": QT_TRANSLATE_NOOP("ChangeLogDialog", "Template category"),
    "survey": QT_TRANSLATE_NOOP("ChangeLogDialog", "Survey"),
    "channel_kind": QT_TRANSLATE_NOOP("ChangeLogDialog", "Channel"),
    "language": QT_TRANSLATE_NOOP("ChangeLogDialog", "Language"),
    "body": QT_TRANSLATE_NOOP("ChangeLogDialog", "Text"),
    "url_template": QT_TRANSLATE_NOOP("ChangeLogDialog", "Link"),
}


def _shown(value: str | None) -> str:
    """A logged value as the list shows it: rich text (a script, a signature) as its plain words."""
    text = value or ""
    if text.lstrip().startswith("<") and ">" in text:
        text = " ".join(QTextDocumentFragment.fromHtml(text).toPlainText().split())
    return text


def _name(value: str) -> str:
    """The user's word for a logged entity or field; the stored key when there is none."""
    return QCoreApplication.translate(N, NAMES[value]) if value in NAMES else value


def _action(value: str) -> str:
    return QCoreApplication.translate("ChangeLogDialog", ACTIONS[value]) if value in ACTIONS else value


class ChangeLogTable(QWidget):
    """The change log as a filterable, read-only list: by text (accents and case ignored), type
    of change and user. With `record_column` it also says which record changed (administration)."""

    def __init__(self, rows, *, record_column: bool = False, parent=None) -> None:
        super().__init__(parent)
        name(self, "changeLogTable")
        self.search = name(QLineEdit(), "changeLogSearch", self.tr("Filter the changes"))
        self.search.setPlaceholderText(self.tr("Filter by field, value or user…"))
        self.search.setClearButtonEnabled(True)
        self.action = name(QComboBox(), "changeLogActionFilter", self.tr("Type of change"))
        self.action.addItem(self.tr("All changes"), "")
        for value in ACTIONS:
            self.action.addItem(_action(value), value)
        self.user = name(QComboBox(), "changeLogUserFilter", self.tr("User"))
        self.user.addItem(self.tr("All users"), "")
        for user in sorted({r.user_name for r in rows if r.user_name}):
            self.user.addItem(user, user)
        self.tree = name(QTreeWidget(), "changeLogList", self.tr("Change log"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)
        headers = [self.tr("Date"), self.tr("User"), self.tr("Change"), self.tr("Field"),
                   self.tr("Previous value"), self.tr("New value")]
        if record_column:
            headers.insert(3, self.tr("Record"))
        self.tree.setHeaderLabels(headers)
        name(self.tree.header(), "changeLogHeader", self.tr("Columns"))
        self._rows: list[tuple[QTreeWidgetItem, str, str, str]] = []
        for r in rows:
            who = r.user_name or self.tr("Automatic")  # written by the application (e.g. incoming e-mail)
            texts = [date_time(r.at), who, _action(r.action), _name(r.field or r.entity_type),
                     _shown(r.old_value)[:200], _shown(r.new_value)[:200]]
            if record_column:
                entity = getattr(r, "entity_name", "")
                texts.insert(3, f"{_name(r.entity_type)}: {entity}" if entity else _name(r.entity_type))
            item = QTreeWidgetItem(texts)
            item.setToolTip(len(texts) - 2, r.old_value or "")
            item.setToolTip(len(texts) - 1, r.new_value or "")
            self.tree.addTopLevelItem(item)
            self._rows.append((item, r.action, r.user_name, normalise(" ".join(texts))))
        for c in range(len(headers) - 2):
            self.tree.resizeColumnToContents(c)
        self.count = name(QLabel(), "changeLogCount")
        self.search.textChanged.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.user.currentIndexChanged.connect(self.apply_filter)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        self.filters.addWidget(self.action)
        self.filters.addWidget(self.user)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters)
        layout.addWidget(self.tree)
        self.apply_filter()

    def apply_filter(self, *_args) -> None:
        words = normalise(self.search.text()).split()
        action, user = self.action.currentData(), self.user.currentData()
        shown = 0
        for item, row_action, row_user, text in self._rows:
            visible = ((not action or row_action == action) and (not user or row_user == user)
                       and all(w in text for w in words))
            item.setHidden(not visible)
            shown += visible
        self.count.setText(self.tr("%1 of %2 changes").replace("%1", f"{shown:,}").replace("%2", f"{len(self._rows):,}"))


class ChangeLogDialog(QDialog):
    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        name(self, "changeLogDialog")
        self.setWindowTitle(self.tr("Change log"))
        self.resize(820, 460)
        self.table = ChangeLogTable(ticket_changes(ctx.db, ctx.user, ticket_id))
        self.search, self.action, self.user = self.table.search, self.table.action, self.table.user
        self.tree, self.count = self.table.tree, self.table.count
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        name(buttons.button(QDialogButtonBox.StandardButton.Close), "closeChangeLogButton", self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.search.setFocus()

    def apply_filter(self, *_args) -> None:
        self.table.apply_filter()
