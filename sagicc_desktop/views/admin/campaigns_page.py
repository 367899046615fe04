"""Campaigns (A2): the administrator's list of campaigns and, beside it, the chosen one's tabs:
General (name, description, active, "interact with other contact data"), Members, Channels (and
which one opens new tickets here), Script (rich text) and External view (its sections).

Save (Ctrl+S) saves the tabs that changed in one go (services/campaign_admin.save_campaign);
every problem is said under its own field, and what was typed stays. Picking another campaign
with unsaved changes asks first. New campaign is Ctrl+N (or Insert in the list), F5 reloads the
list; campaigns are deactivated, never deleted.

Other tabs (the task form designer, the SLA editor) join through add_campaign_tab(widget,
title_source): the widget has show_campaign(campaign_id | None) and has_unsaved() (and may have
save() -> bool, called by Save when it has unsaved changes).

Wiring into views/main_window.py (administrators only):

    from .admin.campaigns_page import CampaignsPage

    if CampaignsPage.available_to(ctx.user):
        self.campaigns_page = CampaignsPage(ctx)
        self.stack.addWidget(self.campaigns_page)   # plus a side-menu item, e.g. icon("fa5s.bullhorn")
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from ...models.labels import label
from ...services import campaign_admin as ca
from ...services.actor import Actor
from ...services.campaign_admin import CampaignDetail, CampaignDraft, Changes
from ...services.errors import ServiceError, StaleEdit, ValidationError
from ...services.external_view_sections import SECTIONS, effective_sections
from ..messages import describe
from ..widgets import Retranslating, name
from .admin_parts import ERROR_COLOUR, HINT_COLOUR, HINT_STYLE, ask_unsaved, filter_box, page_title, status_colour
from .rich_text_editor import RichTextEditor

ID_ROLE = Qt.ItemDataRole.UserRole
TABS = ("general", "members", "channels", "script", "external_view")
# Which tab each field of ValidationError("invalid_campaign") lives on.
FIELD_TAB = {"name": "general", "description": "general", "members": "members", "channels": "channels",
             "inbound_default": "channels", "script": "script", "external_view": "external_view"}

# What each section of the external view shows, for the administrator deciding.
SECTION_TEXT = {
    "customer": (QT_TRANSLATE_NOOP("CampaignsPage", "Customer"),
                 QT_TRANSLATE_NOOP("CampaignsPage", "The customer's name, document, e-mail addresses and "
                                                    "phone numbers.")),
    "ticket": (QT_TRANSLATE_NOOP("CampaignsPage", "Ticket"),
               QT_TRANSLATE_NOOP("CampaignsPage", "Subject, description, status, priority, type, dates and who "
                                                  "handles it.")),
    "conversation": (QT_TRANSLATE_NOOP("CampaignsPage", "Conversation"),
                     QT_TRANSLATE_NOOP("CampaignsPage", "The public messages with the customer (e-mail, WhatsApp, "
                                                        "SMS, chat, calls).")),
    "tasks": (QT_TRANSLATE_NOOP("CampaignsPage", "Tasks"),
              QT_TRANSLATE_NOOP("CampaignsPage", "Each task saved: the task form's answers, its observations, "
                                                 "when and by whom.")),
    "attachments": (QT_TRANSLATE_NOOP("CampaignsPage", "Attachments"),
                    QT_TRANSLATE_NOOP("CampaignsPage", "The names and sizes of the ticket's files.")),
    "surveys": (QT_TRANSLATE_NOOP("CampaignsPage", "Surveys"),
                QT_TRANSLATE_NOOP("CampaignsPage", "Links to the satisfaction surveys the customer has "
                                                   "not answered yet.")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignsPage", text)


class FieldNote(QLabel):
    """A sentence under a field: its error in red (and the field marked), or a grey hint."""

    def __init__(self, object_name: str, field: QWidget | None = None) -> None:
        super().__init__()
        name(self, object_name)
        self.field = field
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def mark(self, text: str) -> None:
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setText(text)
        self.show()
        if self.field is not None:
            self.field.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
            self.field.setAccessibleDescription(text)

    def clear_mark(self) -> None:
        self.hide()
        self.clear()
        if self.field is not None:
            self.field.setStyleSheet("")
            self.field.setAccessibleDescription("")


class CampaignsPage(Retranslating, QWidget):
    sig_saved = Signal(object)  # uuid.UUID of the campaign just saved

    @staticmethod
    def available_to(actor: Actor) -> bool:
        return actor.is_admin

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "campaignsPage")
        self.detail: CampaignDetail | None = None
        self.is_new = False
        self.dirty: set[str] = set()
        self._loading = False
        self._extra: list[tuple[QWidget, str]] = []
        self._channels: dict[uuid.UUID, ca.ChannelRow] = {}
        self.ask_box: QMessageBox | None = None

        # -- the list ---------------------------------------------------------------------------
        self.title = page_title("campaignsTitle")
        self.show_inactive = name(QCheckBox(), "showInactiveCampaigns")
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda *_: self.reload_list())
        self.list = name(QListWidget(), "campaignList")
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = name(QPushButton(), "newCampaignButton")
        self.new_button.clicked.connect(self.new_campaign)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.show_inactive)
        left_layout.addWidget(self.list, 1)

        # -- the tabs ------------------------------------------------------------------------
        self.heading = name(QLabel(), "campaignHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.tabs = name(QTabWidget(), "campaignTabs")
        self.pages: dict[str, QWidget] = {}
        self._build_general()
        self._build_members()
        self._build_channels()
        self._build_script()
        self._build_external_view()
        self.status = name(QLabel(), "campaignStatus")
        self.status.setWordWrap(True)
        self.save_button = name(QPushButton(), "saveCampaignButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        self.discard_button = name(QPushButton(), "discardCampaignButton")
        self.discard_button.clicked.connect(self.discard)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        self.right = QWidget()
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(bottom)

        self.splitter = name(QSplitter(Qt.Orientation.Horizontal), "campaignsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 850])  # the campaign's tabs (the task form designer) need the room
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        # activated= as a keyword: PySide6 ignores the context when the slot is passed by position,
        # and a window-wide Insert here would clash with Insert in the task form designer's tab.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_campaign, context=context)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save, context=context)
        self.insert_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.list, activated=self.new_campaign,
                                         context=Qt.ShortcutContext.WidgetShortcut)
        self.reload_shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload_list,
                                         context=context)
        self.setTabOrder(self.list, self.tabs)
        self.retranslate()
        self.reload_list()
        self._show(None)

    # -- building the tabs -----------------------------------------------------------------------
    def _page(self, key: str) -> QVBoxLayout:
        page = name(QWidget(), f"campaign_{key}Tab")
        self.pages[key] = page
        self.tabs.addTab(page, "")
        return QVBoxLayout(page)

    def _build_general(self) -> None:
        layout = self._page("general")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = name(QLineEdit(), "campaignName")
        self.name_edit.setMaxLength(ca.LIMITS["name"] + 40)  # over the limit is said, not cut silently
        self.name_note = FieldNote("campaignNameError", self.name_edit)
        self.description_edit = name(QPlainTextEdit(), "campaignDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(110)
        self.description_note = FieldNote("campaignDescriptionError", self.description_edit)
        self.active_box = name(QCheckBox(), "campaignActive")
        self.active_hint = FieldNote("campaignActiveHint")
        self.other_contacts_box = name(QCheckBox(), "campaignOtherContactData")
        self.other_contacts_hint = FieldNote("campaignOtherContactDataHint")
        self.name_caption, self.description_caption = QLabel(), QLabel()
        for caption, widget, note in ((self.name_caption, self.name_edit, self.name_note),
                                      (self.description_caption, self.description_edit, self.description_note)):
            caption.setBuddy(widget)
            caption.setObjectName(widget.objectName() + "Label")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(note)
            form.addRow(caption, box)
        layout.addLayout(form)
        for box, hint in ((self.active_box, self.active_hint), (self.other_contacts_box, self.other_contacts_hint)):
            hint.setStyleSheet(f"color: {HINT_COLOUR}; margin-left: 24px;")
            hint.show()
            layout.addSpacing(6)
            layout.addWidget(box)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.name_edit.textEdited.connect(lambda *_: self._touch("general"))
        self.description_edit.textChanged.connect(lambda: self._touch("general"))
        self.active_box.toggled.connect(lambda *_: self._touch("general"))
        self.other_contacts_box.toggled.connect(lambda *_: self._touch("general"))

    def _build_members(self) -> None:
        layout = self._page("members")
        self.member_filter = filter_box("campaignMemberFilter", self._filter_members)
        self.member_list = name(QListWidget(), "campaignMemberList")
        self.member_list.itemChanged.connect(lambda *_: (self._touch("members"), self._count_members()))
        self.member_count = name(QLabel(), "campaignMemberCount")
        self.member_note = FieldNote("campaignMembersError", self.member_list)
        self.member_hint = FieldNote("campaignMembersHint")
        self.member_hint.setStyleSheet(HINT_STYLE)
        self.member_hint.show()
        layout.addWidget(self.member_hint)
        layout.addWidget(self.member_filter)
        layout.addWidget(self.member_list, 1)
        layout.addWidget(self.member_count)
        layout.addWidget(self.member_note)

    def _build_channels(self) -> None:
        layout = self._page("channels")
        self.channel_hint = FieldNote("campaignChannelsHint")
        self.channel_hint.setStyleSheet(HINT_STYLE)
        self.channel_hint.show()
        self.channel_list = name(QListWidget(), "campaignChannelList")
        self.channel_list.itemChanged.connect(self._channel_ticked)
        self.channel_note = FieldNote("campaignChannelsError", self.channel_list)
        self.default_combo = name(QComboBox(), "campaignInboundDefault")
        self.default_combo.activated.connect(lambda *_: (self._touch("channels"), self._default_hint()))
        self.default_caption = QLabel()
        self.default_caption.setObjectName("campaignInboundDefaultLabel")
        self.default_caption.setBuddy(self.default_combo)
        self.default_hint = FieldNote("campaignInboundDefaultHint")
        self.default_note = FieldNote("campaignInboundDefaultError", self.default_combo)
        layout.addWidget(self.channel_hint)
        layout.addWidget(self.channel_list, 1)
        layout.addWidget(self.channel_note)
        row = QHBoxLayout()
        row.addWidget(self.default_caption)
        row.addWidget(self.default_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.default_hint)
        layout.addWidget(self.default_note)

    def _build_script(self) -> None:
        layout = self._page("script")
        self.script_hint = FieldNote("campaignScriptHint")
        self.script_hint.setStyleSheet(HINT_STYLE)
        self.script_hint.show()
        self.script_editor = RichTextEditor(object_name="campaignScript")
        self.script_editor.sig_changed.connect(lambda: self._touch("script"))
        self.script_note = FieldNote("campaignScriptError", self.script_editor.edit)
        layout.addWidget(self.script_hint)
        layout.addWidget(self.script_editor, 1)
        layout.addWidget(self.script_note)

    def _build_external_view(self) -> None:
        layout = self._page("external_view")
        self.sections_intro = FieldNote("campaignSectionsIntro")
        self.sections_intro.setStyleSheet(HINT_STYLE)
        self.sections_intro.show()
        layout.addWidget(self.sections_intro)
        self.section_boxes: dict[str, QCheckBox] = {}
        self.section_texts: dict[str, QLabel] = {}
        for key in SECTIONS:
            box = name(QCheckBox(), f"campaignSection_{key}")
            box.toggled.connect(lambda *_: self._touch("external_view"))
            text = name(QLabel(), f"campaignSection_{key}Text")
            text.setWordWrap(True)
            text.setStyleSheet(f"color: {HINT_COLOUR}; margin-left: 24px;")
            self.section_boxes[key], self.section_texts[key] = box, text
            layout.addWidget(box)
            layout.addWidget(text)
        self.sections_note = FieldNote("campaignSectionsNever")
        self.sections_note.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.sections_note.show()
        self.sections_error = FieldNote("campaignSectionsError")
        layout.addWidget(self.sections_note)
        layout.addWidget(self.sections_error)
        layout.addStretch(1)

    # -- other engineers' tabs -----------------------------------------------------------------
    def add_campaign_tab(self, widget: QWidget, title_source: str) -> None:
        """Another tab about the chosen campaign (task form, SLA ...). title_source is an English
        literal, translated in the "CampaignsPage" context (mark it with QT_TRANSLATE_NOOP)."""
        self._extra.append((widget, title_source))
        self.tabs.addTab(widget, _tr(title_source))
        widget.show_campaign(None if self.is_new or self.detail is None else self.detail.campaign_id)
        self._update_enabled()

    # -- the list ----------------------------------------------------------------------------
    def reload_list(self, select: uuid.UUID | None = None) -> None:
        current = select or (self.detail.campaign_id if self.detail else None)
        try:
            rows = ca.list_campaigns(self.ctx.db, self.ctx.user, include_inactive=self.show_inactive.isChecked())
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row.name if row.is_active else _tr("%1 (inactive)").replace("%1", row.name))
            item.setData(ID_ROLE, row.campaign_id)
            if not row.is_active:
                item.setForeground(QBrush(QColor(HINT_COLOUR)))
            self.list.addItem(item)
            if row.campaign_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _item_for(self, campaign_id: uuid.UUID | None) -> QListWidgetItem | None:
        for index in range(self.list.count()):
            if self.list.item(index).data(ID_ROLE) == campaign_id:
                return self.list.item(index)
        return None

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        campaign_id = item.data(ID_ROLE) if item is not None else None
        if campaign_id is None or (self.detail is not None and not self.is_new
                                   and campaign_id == self.detail.campaign_id):
            return
        self._select_back()
        self.ask_then(lambda: self.show_campaign(campaign_id))

    def _select_back(self) -> None:
        """Keep the list on the campaign shown until the switch really happens."""
        self.list.blockSignals(True)
        self.list.setCurrentItem(self._item_for(None if self.is_new or self.detail is None
                                                else self.detail.campaign_id))
        self.list.blockSignals(False)

    def has_unsaved(self) -> bool:
        return bool(self.dirty) or any(w.has_unsaved() for w, _ in self._extra)

    def ask_then(self, action) -> None:
        """Run `action` now, or once the user said what to do with the unsaved changes."""
        if not self.has_unsaved():
            action()
            return
        def proceed() -> None:
            self.dirty.clear()
            action()

        self.ask_box = ask_unsaved(self, "unsavedCampaignBox", self.tr("Unsaved changes"),
                                   self.tr("This campaign has changes you have not saved. Save them first?"),
                                   save=self.save, proceed=proceed, closed=lambda: setattr(self, "ask_box", None))

    # -- showing a campaign --------------------------------------------------------------------
    def new_campaign(self) -> None:
        self.ask_then(lambda: self._show(None, new=True))

    def show_campaign(self, campaign_id: uuid.UUID) -> None:
        try:
            detail = ca.get_campaign(self.ctx.db, self.ctx.user, campaign_id)
        except ServiceError as exc:
            self._say(describe(exc), False)
            self.reload_list()
            return
        self._show(detail)

    def _show(self, detail: CampaignDetail | None, new: bool = False) -> None:
        self.detail, self.is_new = detail, new
        self._loading = True
        try:
            self._clear_marks()
            self.name_edit.setText(detail.name if detail else "")
            self.description_edit.setPlainText(detail.description if detail else "")
            self.active_box.setChecked(detail.is_active if detail else True)
            self.other_contacts_box.setChecked(detail.allow_other_contact_data if detail else False)
            self._fill_members(detail.member_ids if detail else frozenset())
            self._fill_channels(detail.channel_ids if detail else frozenset(),
                                detail.inbound_default_id if detail else None)
            self.script_editor.set_html(detail.script_html if detail else "")
            sections = detail.external_view if detail else effective_sections({})
            for key, box in self.section_boxes.items():
                box.setChecked(sections[key])
        finally:
            self._loading = False
        self.dirty.clear()
        for widget, _title in self._extra:
            widget.show_campaign(detail.campaign_id if detail else None)
        self._select_back()
        self._update_enabled()
        self._say("", None)
        self.retranslate_heading()
        if new:
            self.tabs.setCurrentWidget(self.pages["general"])
            self.name_edit.setFocus()

    def _fill_members(self, chosen: frozenset) -> None:
        try:
            users = ca.list_users(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self._say(describe(exc), False)
            users = []
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for user in users:
            if not user.is_active and user.user_id not in chosen:
                continue  # a deactivated user is shown only while still a member
            text = f"{user.display_name} ({user.username}) · {label(user.role)}"
            if not user.is_active:
                text += " · " + self.tr("deactivated")
            self.member_list.addItem(_ticked_item(text, user.user_id, chosen))
        self.member_list.blockSignals(False)
        self._filter_members(self.member_filter.text())
        self._count_members()

    def _filter_members(self, text: str) -> None:
        wanted = text.strip().casefold()
        for index in range(self.member_list.count()):
            item = self.member_list.item(index)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _checked(self, widget: QListWidget) -> list[uuid.UUID]:
        return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _count_members(self) -> None:
        self.member_count.setText(self.tr("%n member(s)", "", len(self._checked(self.member_list))))

    def _fill_channels(self, chosen: frozenset, default_id: uuid.UUID | None) -> None:
        try:
            rows = ca.list_channels(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self._say(describe(exc), False)
            rows = []
        self._channels = {row.channel_id: row for row in rows}
        self.channel_list.blockSignals(True)
        self.channel_list.clear()
        for row in rows:
            text = f"{row.name} · {label(row.kind)}"
            if not row.is_active:
                text += " · " + self.tr("switched off")
            self.channel_list.addItem(_ticked_item(text, row.channel_id, chosen))
        self.channel_list.blockSignals(False)
        self._fill_default(default_id)

    def _fill_default(self, default_id: uuid.UUID | None) -> None:
        self.default_combo.clear()
        self.default_combo.addItem(self.tr("None"), None)
        for channel_id in self._checked(self.channel_list):
            row = self._channels.get(channel_id)
            if row is not None:
                self.default_combo.addItem(f"{row.name} · {label(row.kind)}", str(channel_id))
        index = self.default_combo.findData(str(default_id) if default_id else None)
        self.default_combo.setCurrentIndex(max(index, 0))
        self._default_hint()

    def _default_id(self) -> uuid.UUID | None:
        data = self.default_combo.currentData()
        return uuid.UUID(data) if data else None

    def _channel_ticked(self, *_args) -> None:
        self._fill_default(self._default_id())
        self._touch("channels")

    def _default_hint(self) -> None:
        channel_id = self._default_id()
        row = self._channels.get(channel_id) if channel_id else None
        mine = self.detail.campaign_id if self.detail and not self.is_new else None
        if row is None:
            text = self.tr("No channel opens new tickets in this campaign: its tickets are created by hand "
                           "or moved here.")
        elif row.inbound_campaign_id not in (None, mine):
            text = self.tr("New messages on %1 now open tickets in “%2”; saving moves them to this campaign.") \
                .replace("%1", row.name).replace("%2", row.inbound_campaign_name)
        else:
            text = self.tr("New messages on %1 that belong to no ticket open a new ticket in this campaign.") \
                .replace("%1", row.name)
        self.default_hint.setText(text)
        self.default_hint.setStyleSheet(HINT_STYLE)
        self.default_hint.show()

    # -- editing state ---------------------------------------------------------------------------
    def _touch(self, tab: str) -> None:
        if not self._loading:
            self.dirty.add(tab)
            self._update_enabled()

    def _update_enabled(self) -> None:
        shown = self.is_new or self.detail is not None
        self.tabs.setEnabled(shown)
        self.save_button.setEnabled(shown)
        self.discard_button.setEnabled(shown and self.has_unsaved())
        for widget, _title in self._extra:
            index = self.tabs.indexOf(widget)
            self.tabs.setTabEnabled(index, not self.is_new and self.detail is not None)

    def discard(self) -> None:
        """Back to what is saved (for a new campaign: an empty form)."""
        if self.is_new:
            self._show(None, new=True)
        elif self.detail is not None:
            self.show_campaign(self.detail.campaign_id)

    def _say(self, text: str, ok: bool | None) -> None:
        self.status.setStyleSheet(f"color: {status_colour(ok)};")
        self.status.setText(text)

    def _notes(self) -> dict[str, FieldNote]:
        return {"name": self.name_note, "description": self.description_note, "members": self.member_note,
                "channels": self.channel_note, "inbound_default": self.default_note, "script": self.script_note,
                "external_view": self.sections_error}

    def _clear_marks(self) -> None:
        for note in self._notes().values():
            note.clear_mark()

    def _mark(self, problems: dict[str, str]) -> None:
        notes = self._notes()
        first = None
        for key in notes:
            if key in problems:
                error = ValidationError(problems[key], value=self.name_edit.text().strip(),
                                        limit=ca.LIMITS.get(key))
                notes[key].mark(describe(error))
                first = first or key
        if first is not None:
            self.tabs.setCurrentWidget(self.pages[FIELD_TAB[first]])
            target = notes[first].field
            if target is not None:
                target.setFocus()

    # -- saving ----------------------------------------------------------------------------------
    def changes(self) -> Changes:
        """What Save sends: the tabs that changed (everything for a new campaign)."""
        every = self.is_new
        draft = CampaignDraft(self.name_edit.text(), self.description_edit.toPlainText(),
                              self.active_box.isChecked(), self.other_contacts_box.isChecked())
        return Changes(
            draft=draft if every or "general" in self.dirty else None,
            member_ids=self._checked(self.member_list) if every or "members" in self.dirty else None,
            channel_ids=self._checked(self.channel_list) if every or "channels" in self.dirty else None,
            inbound_default_id=self._default_id(),
            script_html=self.script_editor.html() if every or "script" in self.dirty else None,
            external_view={k: b.isChecked() for k, b in self.section_boxes.items()}
            if every or "external_view" in self.dirty else None,
        )

    def save(self) -> bool:
        """Save the changed tabs; True when everything was saved."""
        if not (self.is_new or self.detail is not None):
            return False
        self._clear_marks()
        changes = self.changes()
        try:
            if self.is_new:
                saved = ca.create_campaign(self.ctx.db, self.ctx.user, changes.draft, changes)
            elif self.dirty:
                saved = ca.save_campaign(self.ctx.db, self.ctx.user, self.detail.campaign_id, self.detail.version,
                                         changes)
            else:
                saved = self.detail
        except ValidationError as exc:
            problems = exc.details.get("fields") if exc.args and exc.args[0] == "invalid_campaign" else None
            if problems:
                self._mark(problems)
            self._say(describe(exc), False)
            if problems and {"members", "channels"} & set(problems):
                self._refresh_choices()
            return False
        except StaleEdit as exc:
            if self.detail is not None and isinstance(exc.details.get("current"), int):
                # Saving again replaces theirs (for the tabs changed here), as the sentence says.
                self.detail = _with_version(self.detail, exc.details["current"])
            self._say(describe(exc), False)
            return False
        except ServiceError as exc:
            self._say(describe(exc), False)
            return False
        self.detail, self.is_new = saved, False
        self.dirty.clear()
        self.script_editor.mark_saved()
        extra_ok = True
        for widget, _title in self._extra:
            if widget.has_unsaved() and callable(getattr(widget, "save", None)):
                extra_ok = bool(widget.save()) and extra_ok
        self._show(saved)
        self.reload_list(select=saved.campaign_id)
        self._say(self.tr("Saved.") if extra_ok else self.tr("Saved, except the tabs that say what is wrong."),
                  True if extra_ok else False)
        self.sig_saved.emit(saved.campaign_id)
        return extra_ok

    def _refresh_choices(self) -> None:
        """A user or channel gone meanwhile: list what exists, keeping what is still ticked."""
        self._loading = True
        try:
            self._fill_members(frozenset(self._checked(self.member_list)))
            self._fill_channels(frozenset(self._checked(self.channel_list)), self._default_id())
        finally:
            self._loading = False

    # -- words ------------------------------------------------------------------------------
    def retranslate_heading(self) -> None:
        if self.is_new:
            self.heading.setText(self.tr("New campaign"))
        elif self.detail is not None:
            self.heading.setText(self.detail.name if self.detail.is_active
                                 else self.tr("%1 (inactive)").replace("%1", self.detail.name))
        else:
            self.heading.setText(self.tr("Choose a campaign on the left, or create one."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Campaigns"))
        self.list.setAccessibleName(self.tr("Campaigns"))
        self.show_inactive.setText(self.tr("Show ina&ctive"))
        self.show_inactive.setAccessibleName(self.tr("Show inactive campaigns"))
        self.new_button.setText(self.tr("Ne&w campaign"))
        self.new_button.setAccessibleName(self.tr("New campaign"))
        self.new_button.setToolTip(self.tr("Create a campaign (Ctrl+N)"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the campaign"))
        self.save_button.setToolTip(self.tr("Save the tabs you changed (Ctrl+S)"))
        self.discard_button.setText(self.tr("Discard chang&es"))
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.tabs.setAccessibleName(self.tr("Campaign settings"))
        self.status.setAccessibleName(self.tr("Save status"))
        for key, text in zip(TABS, (self.tr("&General"), self.tr("&Members"), self.tr("C&hannels"),
                                    self.tr("Sc&ript"), self.tr("E&xternal view"))):
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), text)
        for widget, title in self._extra:
            self.tabs.setTabText(self.tabs.indexOf(widget), _tr(title))
        # General
        self.name_caption.setText(self.tr("&Name:"))
        self.name_edit.setAccessibleName(self.tr("Campaign name"))
        self.description_caption.setText(self.tr("&Description:"))
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.active_box.setText(self.tr("&Active"))
        self.active_box.setAccessibleName(self.tr("Active"))
        self.active_hint.setText(self.tr("An inactive campaign keeps its tickets, but no new ones are opened "
                                         "in it. Campaigns are never deleted."))
        self.other_contacts_box.setText(self.tr("&Interact with other contact data"))
        self.other_contacts_box.setAccessibleName(self.tr("Interact with other contact data"))
        self.other_contacts_hint.setText(self.tr("Agents may write to addresses and numbers that are not the "
                                                 "customer's own. When off, only the customer's contact data "
                                                 "can receive messages."))
        # Members
        self.member_hint.setText(self.tr("Tick the users who work in this campaign. When tickets of other "
                                         "campaigns are hidden, agents see only the campaigns they belong to."))
        self.member_filter.setPlaceholderText(self.tr("Filter by name, user name or role"))
        self.member_filter.setAccessibleName(self.tr("Filter users"))
        self.member_list.setAccessibleName(self.tr("Members"))
        self._count_members()
        # Channels
        self.channel_hint.setText(self.tr("Tick the channels agents may answer through in this campaign's "
                                          "tickets; the composer offers only these."))
        self.channel_list.setAccessibleName(self.tr("Channels"))
        self.default_caption.setText(self.tr("New &tickets from:"))
        self.default_combo.setAccessibleName(self.tr("Channel whose new messages open tickets here"))
        if self.default_combo.count():
            self.default_combo.setItemText(0, self.tr("None"))
            self._default_hint()
        # Script
        self.script_hint.setText(self.tr("What agents read in the ticket's Script tab: greeting, questions, "
                                         "steps. Headings, lists, bold, links and tables are kept."))
        self.script_editor.edit.setAccessibleName(self.tr("Campaign script"))
        # External view
        self.sections_intro.setText(self.tr("What the ticket's external view (the read-only page shared with "
                                            "the customer) shows:"))
        for key in SECTIONS:
            title, text = SECTION_TEXT[key]
            self.section_boxes[key].setText(_tr(title))
            self.section_boxes[key].setAccessibleName(_tr(title))
            self.section_texts[key].setText(_tr(text))
        self.sections_note.setText(self.tr("Private notes and internal interactions are never shown."))
        self.retranslate_heading()


def _ticked_item(text: str, item_id: uuid.UUID, chosen: frozenset) -> QListWidgetItem:
    """A list row the user ticks, ticked when it is among the chosen."""
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked)
    return item


def _with_version(detail: CampaignDetail, version: int) -> CampaignDetail:
    return replace(detail, version=version)
