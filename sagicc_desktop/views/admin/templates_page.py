"""Message templates (A3): categories and their templates in a tree, the template's form, and a
preview filled with a real ticket's data that follows what is typed.

The placeholders come from the service (template_admin.placeholders, the very fields the
composer fills) and are offered in plain words by "Insert placeholder". As the administrator
types, the subject and body are checked with the composer's sandbox: a syntax mistake (with its
line) or an unknown placeholder is said under its field and the preview waits; saving is
refused the same way, so nothing broken is stored. The preview reads the local database only.

Keys: Ctrl+S saves, Ctrl+N starts a new template, Delete deletes the selected template or
category (confirmed), F2 renames the selected category, F5 reloads.

Wiring into views/main_window.py (administrators only):

    from .admin.templates_page import TemplatesPage

    if TemplatesPage.available_to(ctx.user):
        self.templates_page = TemplatesPage(ctx)
        self.stack.addWidget(self.templates_page)   # side-menu item, e.g. icon("fa5s.file-alt")
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox,
    QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.labels import label
from ...services import directory, template_admin
from ...services.actor import Actor
from ...services.errors import ServiceError, ValidationError
from ...services.template_admin import TemplateDraft
from ...store.enums import ChannelKind
from ..flow_layout import FlowLayout, group
from ..icons import icon
from ..messages import describe
from ..widgets import Retranslating, name
from .admin_parts import (
    ERROR_COLOUR, HINT_COLOUR, FieldRow, SaveBar, ask_destructive, ask_unsaved, field_form, hint_label, page_shortcuts,
    page_title, save_form, select_data, status_colour,
)

PREVIEW_DELAY_MS = 150
KIND_ROLE, ID_ROLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
CATEGORY, TEMPLATE = "category", "template"
NO_CATEGORY = "none"  # the tree's group of templates without a category
CHANNELS = (ChannelKind.EMAIL, ChannelKind.WHATSAPP, ChannelKind.SMS, ChannelKind.CHAT)
LANGUAGES = {"en": QT_TRANSLATE_NOOP("TemplatesPage", "English"), "es": QT_TRANSLATE_NOOP("TemplatesPage", "Spanish")}

# The placeholders in plain words; a field the composer adds later shows as its key until named.
GROUPS = {
    "customer": QT_TRANSLATE_NOOP("TemplatesPage", "Customer"),
    "ticket": QT_TRANSLATE_NOOP("TemplatesPage", "Ticket"),
    "agent": QT_TRANSLATE_NOOP("TemplatesPage", "Agent who sends it"),
    "campaign": QT_TRANSLATE_NOOP("TemplatesPage", "Campaign"),
}
WORDS = {
    "customer.first_name": QT_TRANSLATE_NOOP("TemplatesPage", "First name"),
    "customer.middle_name": QT_TRANSLATE_NOOP("TemplatesPage", "Middle name"),
    "customer.last_name": QT_TRANSLATE_NOOP("TemplatesPage", "Last name"),
    "customer.second_last_name": QT_TRANSLATE_NOOP("TemplatesPage", "Second last name"),
    "customer.full_name": QT_TRANSLATE_NOOP("TemplatesPage", "Full name"),
    "customer.document_number": QT_TRANSLATE_NOOP("TemplatesPage", "Document number"),
    "ticket.number": QT_TRANSLATE_NOOP("TemplatesPage", "Ticket number"),
    "ticket.subject": QT_TRANSLATE_NOOP("TemplatesPage", "Subject"),
    "ticket.status": QT_TRANSLATE_NOOP("TemplatesPage", "Status"),
    "ticket.description": QT_TRANSLATE_NOOP("TemplatesPage", "Description"),
    "agent.display_name": QT_TRANSLATE_NOOP("TemplatesPage", "Name"),
    "agent.email": QT_TRANSLATE_NOOP("TemplatesPage", "E-mail address"),
    "campaign.name": QT_TRANSLATE_NOOP("TemplatesPage", "Campaign name"),
    "survey_link": QT_TRANSLATE_NOOP("TemplatesPage", "Survey link"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("TemplatesPage", text)


class TemplatesPage(Retranslating, QWidget):
    @staticmethod
    def available_to(actor: Actor | None) -> bool:
        """Whether the page belongs in this user's side menu."""
        return actor is not None and actor.is_admin

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "templatesPage")
        self.allowed = self.available_to(ctx.user)
        self.current: template_admin.Template | None = None  # the template in the form (None: a new one)
        self.categories: list[template_admin.Category] = []
        self.placeholders = template_admin.placeholders()
        self._loaded: tuple = ()  # the form's values when opened or saved, to know what is unsaved
        self._status: tuple[str, bool | None] = ("", None)
        self._preview_problem: tuple[str, str] = ("", "")  # ("template" or "ticket", the sentence)
        self._shown: template_admin.Preview | None = None
        self._filling = False
        self.question: QMessageBox | None = None
        self.category_dialog: QInputDialog | None = None
        self._last_text_field: QWidget | None = None

        self.title = page_title("templatesTitle")
        self.intro = hint_label("templatesIntro")
        self.refused = name(QLabel(), "templatesNotAllowed")
        self.refused.setWordWrap(True)

        # -- the tree ------------------------------------------------------------------------
        self.tree = name(QTreeWidget(), "templateTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.new_button = name(QPushButton(icon("fa5s.plus"), ""), "newTemplateButton")
        self.new_button.clicked.connect(self.new_template)
        self.new_category_button = name(QPushButton(icon("fa5s.folder-plus"), ""), "newCategoryButton")
        self.new_category_button.clicked.connect(self.ask_new_category)
        self.rename_button = name(QPushButton(icon("fa5s.i-cursor"), ""), "renameCategoryButton")
        self.rename_button.clicked.connect(self.ask_rename_category)
        self.delete_category_button = name(QPushButton(icon("fa5s.folder-minus"), ""), "deleteCategoryButton")
        self.delete_category_button.clicked.connect(self.ask_delete_category)
        left = QWidget()
        left.setMaximumWidth(340)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        buttons = FlowLayout()  # as many buttons a row as the list's width allows
        for button in (self.new_button, self.new_category_button, self.rename_button, self.delete_category_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)

        # -- the form ------------------------------------------------------------------------
        self.heading = name(QLabel(), "templateHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.name_edit = name(QLineEdit(), "templateNameEdit")
        self.name_edit.setMaxLength(template_admin.NAME_MAX)
        self.category = name(QComboBox(), "templateCategoryCombo")
        self.campaign = name(QComboBox(), "templateCampaignCombo")
        self.channel = name(QComboBox(), "templateChannelCombo")
        self.channel.addItem("", None)
        for kind in CHANNELS:
            self.channel.addItem("", kind.value)
        self.language = name(QComboBox(), "templateLanguageCombo")
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.subject = name(QLineEdit(), "templateSubjectEdit")
        self.body = name(QPlainTextEdit(), "templateBodyEdit")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(160)
        self.insert_button = name(QPushButton(icon("fa5s.code"), ""), "insertPlaceholderButton")
        self.insert_menu = name(QMenu(self.insert_button), "placeholderMenu")
        self.insert_button.setMenu(self.insert_menu)
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)
        self.rows = {key: FieldRow(widget) for key, widget in (
            ("name", self.name_edit), ("category", self.category), ("campaign", self.campaign),
            ("channel", self.channel), ("language", self.language), ("subject", self.subject), ("body", self.body))}
        self.form, self.captions = field_form(self.rows)
        insert_line = QHBoxLayout()
        insert_line.setContentsMargins(0, 0, 0, 0)
        insert_line.addWidget(self.insert_button)
        self.insert_hint = hint_label("insertPlaceholderHint")
        self.insert_hint.setMinimumWidth(160)
        insert_line.addWidget(self.insert_hint, 1)
        self.form.addRow("", insert_line)

        bar = SaveBar("template", self.save, self.ask_delete_template)
        self.status, self.save_button, self.delete_button = bar.status, bar.save_button, bar.delete_button
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.heading)
        middle_layout.addLayout(self.form, 1)
        middle_layout.addLayout(bar.layout)

        # -- the preview ---------------------------------------------------------------------
        self.preview_box = name(QGroupBox(), "templatePreviewGroup")
        self.ticket_number = name(QSpinBox(), "previewTicketSpin")
        self.ticket_number.setRange(1, 2_000_000_000)
        self.ticket_number.setGroupSeparatorShown(False)
        self.ticket_number.valueChanged.connect(self._schedule_preview)
        self.newest_button = name(QPushButton(icon("fa5s.history"), ""), "previewNewestButton")
        self.newest_button.clicked.connect(self.preview_newest)
        number_line = FlowLayout()  # Newest goes under the number in a narrow preview
        self.ticket_caption = name(QLabel(), "previewTicketSpinLabel")
        self.ticket_caption.setBuddy(self.ticket_number)
        number_line.addWidget(group("previewTicketBox", self.ticket_caption, self.ticket_number))
        number_line.addWidget(self.newest_button)
        self.preview_subject = name(QLabel(), "previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.preview_subject.font())
        bold.setBold(True)
        self.preview_subject.setFont(bold)
        self.preview_body = name(QPlainTextEdit(), "previewBody")
        self.preview_body.setReadOnly(True)
        self.preview_body.setTabChangesFocus(True)
        self.preview_note = name(QLabel(), "previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addLayout(number_line)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_body, 1)
        preview_layout.addWidget(self.preview_note)

        self.splitter = name(QSplitter(Qt.Orientation.Horizontal), "templatesSplitter")
        for widget in (left, middle, self.preview_box):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([260, 560, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.refused)
        layout.addWidget(self.splitter, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.subject.textEdited.connect(lambda _t: self._edited("subject"))
        self.body.textChanged.connect(lambda: self._edited("body"))
        for key, combo in (("category", self.category), ("campaign", self.campaign), ("channel", self.channel),
                           ("language", self.language)):
            combo.currentIndexChanged.connect(lambda _i, k=key: self._edited(k))
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)

        page_shortcuts(self, "templates", (("save", QKeySequence.StandardKey.Save, self.save),
                                           ("new", QKeySequence.StandardKey.New, self.new_template),
                                           ("delete", QKeySequence(Qt.Key.Key_Delete), self._delete_key),
                                           ("rename", QKeySequence(Qt.Key.Key_F2), self.ask_rename_category),
                                           ("refresh", QKeySequence(Qt.Key.Key_F5), self.refresh)))

        QWidget.setTabOrder(self.tree, self.new_button)
        for a, b in ((self.new_button, self.new_category_button), (self.new_category_button, self.rename_button),
                     (self.rename_button, self.delete_category_button), (self.delete_category_button, self.name_edit),
                     (self.name_edit, self.category), (self.category, self.campaign), (self.campaign, self.channel),
                     (self.channel, self.language), (self.language, self.subject), (self.subject, self.body),
                     (self.body, self.insert_button), (self.insert_button, self.save_button),
                     (self.save_button, self.delete_button), (self.delete_button, self.ticket_number),
                     (self.ticket_number, self.newest_button), (self.newest_button, self.preview_body)):
            QWidget.setTabOrder(a, b)

        self.refused.setVisible(not self.allowed)
        self.splitter.setVisible(self.allowed)
        self.retranslate()
        if self.allowed:
            self._fill_choices()
            self.refresh()
            newest = template_admin.newest_ticket_number(ctx.db, ctx.user)
            self.ticket_number.blockSignals(True)
            self.ticket_number.setValue(newest or 1)
            self.ticket_number.blockSignals(False)
            self._open(None)

    # -- lists ---------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """The campaign choices (names as stored); the category combo follows the tree."""
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.campaign.addItem("", None)
        for campaign in directory.campaigns(self.ctx.db):
            self.campaign.addItem(campaign.name, campaign.id)
        self.campaign.blockSignals(False)

    def _fill_categories(self) -> None:
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("", None)
        for category in self.categories:
            self.category.addItem(category.name, category.id)
        select_data(self.category, keep)
        self.category.blockSignals(False)
        self._combo_texts()

    def refresh(self) -> None:
        """Reload the tree, keeping the open template (or category) selected."""
        if not self.allowed:
            return
        try:
            self.categories = template_admin.list_categories(self.ctx.db, self.ctx.user)
            templates = template_admin.list_templates(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        selected = self._selected()
        keep = (TEMPLATE, self.current.id) if self.current is not None else selected
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[object, QTreeWidgetItem] = {}
        for category in self.categories:
            item = QTreeWidgetItem([category.name])
            item.setIcon(0, icon("fa5s.folder"))
            item.setData(0, KIND_ROLE, CATEGORY)
            item.setData(0, ID_ROLE, str(category.id))
            self.tree.addTopLevelItem(item)
            groups[category.id] = item
        for template in templates:
            parent = groups.get(template.category_id)
            if parent is None:
                parent = groups.get(None)
                if parent is None:
                    parent = groups[None] = QTreeWidgetItem([""])
                    parent.setIcon(0, icon("fa5s.folder-open"))
                    parent.setData(0, KIND_ROLE, NO_CATEGORY)
                    self.tree.addTopLevelItem(parent)
            child = QTreeWidgetItem(parent, [template.name])
            child.setIcon(0, icon("fa5s.file-alt"))
            child.setData(0, KIND_ROLE, TEMPLATE)
            child.setData(0, ID_ROLE, str(template.id))
            child.setToolTip(0, self._template_tip(template))
        self.tree.expandAll()
        self._select(keep)
        self.tree.blockSignals(False)
        self._fill_categories()
        self._tree_texts()
        self._update_buttons()

    def _template_tip(self, t: template_admin.Template) -> str:
        return " · ".join((t.campaign or self.tr("Every campaign"),
                           label(t.channel_kind) if t.channel_kind else self.tr("Every channel"),
                           _t(LANGUAGES.get(t.language, t.language))))

    def _selected(self) -> tuple[str, uuid.UUID | None] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        raw = item.data(0, ID_ROLE)
        return item.data(0, KIND_ROLE), uuid.UUID(raw) if raw else None

    def _select(self, target) -> None:
        self.tree.setCurrentItem(None)
        if target is None:
            return
        for item in self._items():
            if (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) == (target[0], str(target[1]) if target[1] else None):
                self.tree.setCurrentItem(item)
                return

    def _items(self):
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            yield top
            for child in range(top.childCount()):
                yield top.child(child)

    def _selected_category(self) -> template_admin.Category | None:
        selected = self._selected()
        if selected is None or selected[0] != CATEGORY:
            return None
        return next((c for c in self.categories if c.id == selected[1]), None)

    # -- opening and switching ---------------------------------------------------------------------
    def _values(self) -> tuple:
        return (self.name_edit.text(), self.category.currentData(), self.campaign.currentData(),
                self.channel.currentData(), self.language.currentData(), self.subject.text(), self.body.toPlainText())

    def has_unsaved_changes(self) -> bool:
        return self.allowed and self._values() != self._loaded

    def _current_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self._update_buttons()
        if item is None or item.data(0, KIND_ROLE) != TEMPLATE:
            return
        target = uuid.UUID(item.data(0, ID_ROLE))
        if self.current is not None and self.current.id == target:
            return
        self._go_to(target)

    def new_template(self) -> None:
        if self.allowed:
            self._go_to(None)

    def _go_to(self, target: uuid.UUID | None) -> None:
        """Open a template (None: a new one), asking first when the form has unsaved changes."""
        if not self.has_unsaved_changes():
            self._open(target)
            return
        self.tree.blockSignals(True)
        self._select((TEMPLATE, self.current.id) if self.current is not None else None)
        self.tree.blockSignals(False)
        self.question = ask_unsaved(self, "unsavedTemplateBox", self.tr("Unsaved changes"),
                                    self.tr("Save the changes to this template first?"),
                                    save=self.save, proceed=lambda: self._open(target),
                                    closed=lambda: setattr(self, "question", None),
                                    informative=self.tr("Discard forgets what you typed."))

    def _open(self, target: uuid.UUID | None) -> None:
        template = None
        if target is not None:
            try:
                template = template_admin.get_template(self.ctx.db, self.ctx.user, target)
            except ServiceError as exc:
                self._say(describe(exc), False)
                self.refresh()
                return
        self._fill(template)
        self._say("", None)
        self.tree.blockSignals(True)
        if template is not None:
            self._select((TEMPLATE, template.id))
        self.tree.blockSignals(False)
        self._update_buttons()
        if template is None:
            self.name_edit.setFocus()

    def _fill(self, t: template_admin.Template | None) -> None:
        self.current = t
        self._filling = True
        try:
            category = self._selected_category()
            self.name_edit.setText(t.name if t else "")
            select_data(self.category, t.category_id if t else (category.id if category else None))
            select_data(self.campaign, t.campaign_id if t else None)
            select_data(self.channel, t.channel_kind.value if t and t.channel_kind else None)
            select_data(self.language, t.language if t else self._default_language())
            self.subject.setText(t.subject if t else "")
            self.body.setPlainText(t.body if t else "")
        finally:
            self._filling = False
        for row in self.rows.values():
            row.clear()
        self._loaded = self._values()
        self._heading()
        self.update_preview()

    def _default_language(self) -> str:
        locale = (self.ctx.user.locale or "en")[:2]
        return locale if locale in LANGUAGES else "en"

    def _edited(self, key: str) -> None:
        if self._filling:
            return
        self.rows[key].clear()
        if key in ("subject", "body"):
            self._schedule_preview()
        self._say("", None)

    # -- placeholders ------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched in (self.subject, self.body) and event.type() == event.Type.FocusIn:
            self._last_text_field = watched
        return super().eventFilter(watched, event)

    def _fill_insert_menu(self) -> None:
        self.insert_menu.clear()
        menus: dict[str, QMenu] = {}
        for placeholder in self.placeholders:
            target = self.insert_menu
            if placeholder.group:
                if placeholder.group not in menus:
                    title = _t(GROUPS[placeholder.group]) if placeholder.group in GROUPS else placeholder.group
                    menus[placeholder.group] = self.insert_menu.addMenu(title)
                    menus[placeholder.group].setObjectName(f"placeholderGroup_{placeholder.group}")
                target = menus[placeholder.group]
            words = _t(WORDS[placeholder.key]) if placeholder.key in WORDS else placeholder.key
            action = target.addAction(words)
            action.setObjectName(f"placeholder_{placeholder.key}")
            action.setToolTip(placeholder.text)
            action.setStatusTip(placeholder.text)
            action.triggered.connect(lambda _c=False, p=placeholder: self.insert_placeholder(p.key))
        self.insert_menu.setToolTipsVisible(True)

    def insert_placeholder(self, key: str) -> None:
        """Write {{ key }} where the cursor is in the subject (if it was the last one used) or the body."""
        text = "{{ " + key + " }}"
        if self._last_text_field is self.subject:
            self.subject.insert(text)
            self.subject.setFocus()
            self._edited("subject")
        else:
            self.body.insertPlainText(text)
            self.body.setFocus()

    # -- preview -----------------------------------------------------------------------------------
    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def preview_newest(self) -> None:
        newest = template_admin.newest_ticket_number(self.ctx.db, self.ctx.user)
        if newest:
            self.ticket_number.setValue(newest)
        self.update_preview()

    def update_preview(self) -> None:
        """Check the subject and body and fill them with the chosen ticket's data."""
        self._preview_timer.stop()
        if not self.allowed:
            return
        for key in ("subject", "body"):
            self.rows[key].clear()
        self._preview_problem = ("", "")
        try:
            shown = template_admin.preview(self.ctx.db, self.ctx.user, self.subject.text(), self.body.toPlainText(),
                                           self.ticket_number.value())
        except ValidationError as exc:
            field = exc.details.get("field")
            if field in ("subject", "body"):
                self.rows[field].mark(describe(exc))
                self._preview_problem = ("template", describe(exc))
            else:
                self._preview_problem = ("ticket", describe(exc))
            self._show_preview(None)
            return
        except ServiceError as exc:  # a ticket number that does not exist or is hidden
            self._preview_problem = ("ticket", describe(exc))
            self._show_preview(None)
            return
        self._show_preview(shown)

    def _show_preview(self, shown: template_admin.Preview | None) -> None:
        self._shown = shown
        if shown is None:
            self.preview_subject.clear()
            self.preview_body.clear()
        else:
            self.preview_subject.setText(shown.subject)
            self.preview_subject.setVisible(bool(shown.subject))
            self.preview_body.setPlainText(shown.body)
        self._preview_texts()

    def _preview_texts(self) -> None:
        kind, text = self._preview_problem
        shown = self._shown
        if kind == "template":
            note, colour = self.tr("The preview waits until the template's mistake is corrected."), ERROR_COLOUR
        elif kind == "ticket":
            note, colour = text, ERROR_COLOUR
        elif shown is not None and shown.survey_missing:
            note, colour = self.tr("This ticket's campaign has no survey: the composer will refuse the survey "
                                   "link. Add one under Surveys."), ERROR_COLOUR
        else:
            note, colour = self.tr("As the composer fills it for you on this ticket. A survey link here is an "
                                   "example; each message gets its own."), HINT_COLOUR
        self.preview_note.setText(note)
        self.preview_note.setStyleSheet(f"color: {colour};")

    # -- saving and deleting ---------------------------------------------------------------------
    def draft(self) -> TemplateDraft:
        return TemplateDraft(name=self.name_edit.text(), body=self.body.toPlainText(), subject=self.subject.text(),
                             category_id=self.category.currentData(), campaign_id=self.campaign.currentData(),
                             channel_kind=self.channel.currentData(), language=self.language.currentData())

    def save(self) -> bool:
        """Save the form; on a refusal the problem is said under its field and nothing is lost."""
        if not self.allowed:
            return False
        saved = save_form(self.rows, self._store, self._say, self.tr("Not saved: correct the marked field."),
                          self._reread)
        if saved is None:
            return False
        self.current = saved
        self._loaded = self._values()
        self.refresh()
        self._heading()
        self._say(self.tr("Saved."), True)
        return True

    def _store(self) -> template_admin.Template:
        if self.current is None:
            return template_admin.create_template(self.ctx.db, self.ctx.user, self.draft())
        return template_admin.update_template(self.ctx.db, self.ctx.user, self.current.id, self.current.version,
                                              self.draft())

    def _reread(self) -> None:
        """Someone else saved first: take their version, so saving again replaces it (the form keeps its text)."""
        self.current = template_admin.get_template(self.ctx.db, self.ctx.user, self.current.id)

    def _delete_key(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit, QSpinBox)) and focus is not self.preview_body:
            return  # Delete in a text field deletes text
        selected = self._selected()
        if selected is not None and selected[0] == CATEGORY:
            self.ask_delete_category()
        else:
            self.ask_delete_template()

    def _confirm(self, object_name: str, title: str, text: str, yes: str, slot) -> QMessageBox:
        self.question = ask_destructive(self, object_name, title, text, yes, slot)
        return self.question

    def ask_delete_template(self) -> None:
        if self.current is None:
            return
        self._confirm("deleteTemplateBox", self.tr("Delete template"),
                      self.tr("Delete the template “%1”? Agents will no longer find it in the composer.")
                      .replace("%1", self.current.name), self.tr("&Delete"), self.delete_template)

    def delete_template(self) -> None:
        if self.current is None:
            return
        try:
            template_admin.delete_template(self.ctx.db, self.ctx.user, self.current.id, self.current.version)
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        self.current = None
        self.refresh()
        self._open(None)
        self._say(self.tr("Deleted."), True)

    # -- categories --------------------------------------------------------------------------------
    def _ask_name(self, object_name: str, title: str, text: str, value: str, slot) -> None:
        dialog = name(QInputDialog(self), object_name, title)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setTextValue(value)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(slot)
        dialog.finished.connect(lambda *_: setattr(self, "category_dialog", None))
        self.category_dialog = dialog
        dialog.open()

    def ask_new_category(self) -> None:
        if self.allowed:
            self._ask_name("newCategoryDialog", self.tr("New category"), self.tr("Category name:"), "",
                           self.create_category)

    def create_category(self, text: str) -> None:
        try:
            category = template_admin.create_category(self.ctx.db, self.ctx.user, text)
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        self.refresh()
        if self.current is None:
            self.tree.blockSignals(True)
            self._select((CATEGORY, category.id))
            self.tree.blockSignals(False)
            self._update_buttons()
        self._say(self.tr("Category “%1” created.").replace("%1", category.name), True)

    def ask_rename_category(self) -> None:
        category = self._selected_category()
        if category is not None:
            self._ask_name("renameCategoryDialog", self.tr("Rename category"), self.tr("New name:"), category.name,
                           lambda text, c=category: self.rename_category(c, text))

    def rename_category(self, category: template_admin.Category, text: str) -> None:
        try:
            template_admin.rename_category(self.ctx.db, self.ctx.user, category.id, category.version, text)
        except ServiceError as exc:
            self._say(describe(exc), False)
            self.refresh()
            return
        self.refresh()
        self._say(self.tr("Category renamed."), True)

    def ask_delete_category(self) -> None:
        category = self._selected_category()
        if category is None:
            return
        if category.template_count:
            text = self.tr("Delete the category “%1”? Its %2 template(s) will stay, under “No category”.")
        else:
            text = self.tr("Delete the empty category “%1”?")
        self._confirm("deleteCategoryBox", self.tr("Delete category"),
                      text.replace("%1", category.name).replace("%2", str(category.template_count)),
                      self.tr("&Delete"), lambda c=category: self.delete_category(c))

    def delete_category(self, category: template_admin.Category) -> None:
        try:
            template_admin.delete_category(self.ctx.db, self.ctx.user, category.id, category.version,
                                           move_templates=True)
        except ServiceError as exc:
            self._say(describe(exc), False)
            self.refresh()
            return
        if self.current is not None and self.current.category_id == category.id:
            self.current = template_admin.get_template(self.ctx.db, self.ctx.user, self.current.id)
            self._loaded = self._loaded[:1] + (None,) + self._loaded[2:] if self._loaded else ()
        self.refresh()
        self._say(self.tr("Category deleted."), True)

    # -- texts ---------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        is_category = self._selected_category() is not None
        self.rename_button.setEnabled(is_category)
        self.delete_category_button.setEnabled(is_category)
        self.delete_button.setEnabled(self.current is not None)

    def _say(self, text: str, ok: bool | None) -> None:
        self._status = (text, ok)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {status_colour(ok)};")

    def _heading(self) -> None:
        self.heading.setText(self.tr("New template") if self.current is None
                             else self.tr("Template “%1”").replace("%1", self.current.name))

    def _combo_texts(self) -> None:
        self.category.setItemText(0, self.tr("No category"))
        self.campaign.setItemText(0, self.tr("Every campaign"))
        self.channel.setItemText(0, self.tr("Every channel"))
        for index, kind in enumerate(CHANNELS, start=1):
            self.channel.setItemText(index, label(kind))
        for index, code in enumerate(LANGUAGES):
            self.language.setItemText(index, _t(LANGUAGES[code]))

    def _tree_texts(self) -> None:
        counts = {str(c.id): c.template_count for c in self.categories}
        for item in self._items():
            kind = item.data(0, KIND_ROLE)
            if kind == NO_CATEGORY:
                item.setText(0, self.tr("No category"))
            if kind in (CATEGORY, NO_CATEGORY):
                n = counts.get(item.data(0, ID_ROLE), item.childCount())
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("%1, category, %n template(s)", "", n).replace("%1", item.text(0)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Message templates"))
        self.intro.setText(self.tr("Agents pick these in the composer, filled with the ticket's data. Write a "
                                   "placeholder such as {{ customer.first_name }} where the customer's data goes."))
        self.refused.setText(self.tr("Only administrators may manage message templates."))
        self.tree.setAccessibleName(self.tr("Categories and templates"))
        for button, text, tip in (
            (self.new_button, self.tr("New t&emplate"), self.tr("New template (Ctrl+N)")),
            (self.new_category_button, self.tr("New &category…"), self.tr("New category")),
            (self.rename_button, self.tr("&Rename…"), self.tr("Rename the selected category (F2)")),
            (self.delete_category_button, self.tr("Delete categor&y…"), self.tr("Delete the selected category (Delete)")),
            (self.save_button, self.tr("&Save"), self.tr("Save the template (Ctrl+S)")),
            (self.delete_button, self.tr("&Delete…"), self.tr("Delete the template (Delete)")),
            (self.insert_button, self.tr("Insert &placeholder"),
             self.tr("Insert a field of the customer, ticket or agent where the cursor is")),
            (self.newest_button, self.tr("Ne&west"), self.tr("Preview with the newest ticket")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        for key, text in (("name", self.tr("&Name")), ("category", self.tr("Cate&gory")),
                          ("campaign", self.tr("C&ampaign")), ("channel", self.tr("C&hannel")),
                          ("language", self.tr("&Language")), ("subject", self.tr("Su&bject")),
                          ("body", self.tr("&Text"))):
            self.captions[key].setText(text + ":")
            self.rows[key].widget.setAccessibleName(text.replace("&", ""))
        self.subject.setPlaceholderText(self.tr("E-mail only: used when the agent has not written a subject"))
        self.insert_hint.setText(self.tr("Goes where the cursor is."))
        self.preview_box.setTitle(self.tr("Preview"))
        self.ticket_caption.setText(self.tr("T&icket #"))
        self.ticket_number.setAccessibleName(self.tr("Ticket number for the preview"))
        self.preview_subject.setAccessibleName(self.tr("Preview subject"))
        self.preview_body.setAccessibleName(self.tr("Preview text"))
        self._combo_texts()
        self._tree_texts()
        self._heading()
        self._preview_texts()
        self._say(*self._status)
