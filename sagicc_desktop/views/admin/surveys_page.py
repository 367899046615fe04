"""Surveys (A3): the list of satisfaction surveys and the form for one: its name, the campaign it
belongs to (or every campaign without its own) and the link a customer follows.

As the administrator types the link, the page shows it as a customer would get it, with an
example token, or says under the field why it cannot work (no {{ token }}, not a web address,
a mistake in a placeholder). The service refuses the same things on saving.

Keys: Ctrl+S saves, Ctrl+N starts a new survey, Delete deletes the selected one (confirmed).

Wiring into views/main_window.py (administrators only):

    from .admin.surveys_page import SurveysPage

    if SurveysPage.available_to(ctx.user):
        self.surveys_page = SurveysPage(ctx)
        self.stack.addWidget(self.surveys_page)   # side-menu item, e.g. icon("fa5s.poll")
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)

from ...services import directory, survey_admin
from ...services.actor import Actor
from ...services.errors import ServiceError, ValidationError
from ...services.survey_admin import SurveyDraft
from ..icons import icon
from ..messages import describe
from ..widgets import Retranslating, name
from .admin_parts import ERROR_COLOUR, HINT_COLOUR, FieldRow, SaveBar, ask_destructive, field_form, hint_label, \
    page_shortcuts, page_title, save_form, select_data, status_colour

ID_ROLE = Qt.ItemDataRole.UserRole
EXAMPLE = "https://surveys.example.com/s/{{ token }}?ticket={{ ticket.number }}"


class SurveysPage(Retranslating, QWidget):
    @staticmethod
    def available_to(actor: Actor | None) -> bool:
        """Whether the page belongs in this user's side menu."""
        return actor is not None and actor.is_admin

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "surveysPage")
        self.allowed = self.available_to(ctx.user)
        self.current: survey_admin.SurveyRow | None = None
        self.surveys: list[survey_admin.SurveyRow] = []
        self._status: tuple[str, bool | None] = ("", None)
        self._sample: tuple[str, bool] = ("", True)  # (link or problem, ok)
        self.question: QMessageBox | None = None

        self.title = page_title("surveysTitle")
        self.intro = hint_label("surveysIntro")
        self.refused = name(QLabel(), "surveysNotAllowed")
        self.refused.setWordWrap(True)

        self.list = name(QListWidget(), "surveysList")
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = name(QPushButton(icon("fa5s.plus"), ""), "newSurveyButton")
        self.new_button.clicked.connect(self.new_survey)
        left = QWidget()
        left.setMaximumWidth(360)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.heading = name(QLabel(), "surveyHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.name_edit = name(QLineEdit(), "surveyNameEdit")
        self.name_edit.setMaxLength(survey_admin.NAME_MAX)
        self.campaign = name(QComboBox(), "surveyCampaignCombo")
        self.link = name(QLineEdit(), "surveyLinkEdit")
        self.link.setMaxLength(survey_admin.LINK_MAX)
        self.link.setPlaceholderText(EXAMPLE)
        self.rows = {"name": FieldRow(self.name_edit), "campaign": FieldRow(self.campaign), "url_template": FieldRow(self.link)}
        self.form, self.captions = field_form(self.rows)
        self.link_hint = hint_label("surveyLinkHint")
        self.form.addRow("", self.link_hint)
        self.sample_caption = name(QLabel(), "surveySampleLabel")
        self.sample = name(QLabel(), "surveySample")
        self.sample.setWordWrap(True)
        self.sample.setTextFormat(Qt.TextFormat.PlainText)
        self.sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.sample.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readable with the keyboard and a screen reader
        self.form.addRow(self.sample_caption, self.sample)

        bar = SaveBar("survey", self.save, self.ask_delete)
        self.status, self.save_button, self.delete_button = bar.status, bar.save_button, bar.delete_button
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(self.form)
        right_layout.addStretch(1)
        right_layout.addLayout(bar.layout)

        self.splitter = name(QSplitter(Qt.Orientation.Horizontal), "surveysSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.refused)
        layout.addWidget(self.splitter, 1)

        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.campaign.currentIndexChanged.connect(lambda _i: self._edited("campaign"))
        self.link.textChanged.connect(lambda _t: self._edited("url_template"))
        page_shortcuts(self, "surveys", (("save", QKeySequence.StandardKey.Save, self.save),
                                         ("new", QKeySequence.StandardKey.New, self.new_survey),
                                         ("delete", QKeySequence(Qt.Key.Key_Delete), self._delete_key)))
        for a, b in ((self.list, self.new_button), (self.new_button, self.name_edit), (self.name_edit, self.campaign),
                     (self.campaign, self.link), (self.link, self.sample), (self.sample, self.save_button),
                     (self.save_button, self.delete_button)):
            QWidget.setTabOrder(a, b)

        self.refused.setVisible(not self.allowed)
        self.splitter.setVisible(self.allowed)
        self.retranslate()
        if self.allowed:
            self.campaign.addItem("", None)
            for campaign in directory.campaigns(ctx.db):
                self.campaign.addItem(campaign.name, campaign.id)
            self._combo_texts()
            self.refresh()
            self._fill(None)

    # -- the list -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.surveys = survey_admin.list_surveys(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for survey in self.surveys:
            item = QListWidgetItem(icon("fa5s.poll"), "")
            item.setData(ID_ROLE, str(survey.id))
            self.list.addItem(item)
            if self.current is not None and survey.id == self.current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._list_texts()
        self.delete_button.setEnabled(self.current is not None)

    def _list_texts(self) -> None:
        for row, survey in enumerate(self.surveys):
            item = self.list.item(row)
            campaign = survey.campaign or self.tr("Every campaign")
            item.setText(f"{survey.name}\n{campaign}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{survey.name}, {campaign}")

    def _current_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_survey(uuid.UUID(item.data(ID_ROLE)))

    def open_survey(self, survey_id: uuid.UUID) -> None:
        try:
            survey = survey_admin.get_survey(self.ctx.db, self.ctx.user, survey_id)
        except ServiceError as exc:
            self._say(describe(exc), False)
            self.refresh()
            return
        self._fill(survey)
        self._say("", None)

    def new_survey(self) -> None:
        if not self.allowed:
            return
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._fill(None)
        self._say("", None)
        self.name_edit.setFocus()

    def _fill(self, survey: survey_admin.SurveyRow | None) -> None:
        self.current = survey
        self.name_edit.setText(survey.name if survey else "")
        select_data(self.campaign, survey.campaign_id if survey else None)
        self.link.setText(survey.url_template if survey else "")
        for row in self.rows.values():
            row.clear()
        self.delete_button.setEnabled(survey is not None)
        self._heading()
        self.update_sample()

    # -- the sample link ----------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        self.rows[key].clear()
        if key == "url_template":
            self.update_sample()

    def update_sample(self) -> None:
        text = self.link.text().strip()
        if not text:
            self._sample = ("", True)
        else:
            try:
                self._sample = (survey_admin.sample_link(text), True)
            except ValidationError as exc:
                self._sample = (describe(exc), False)
        self._sample_texts()

    def _sample_texts(self) -> None:
        text, ok = self._sample
        if not self.rows["url_template"].error.isHidden():
            text, ok = "—", None  # the problem is said under the link
        elif not text:
            text, ok = self.tr("Write the link to see it as a customer would get it."), None
        self.sample.setText(text)
        self.sample.setStyleSheet(f"color: {HINT_COLOUR if ok is None else 'palette(text)' if ok else ERROR_COLOUR};")
        self.sample.setAccessibleName(self.sample_caption.text().rstrip(":") + ": " + text)

    # -- saving and deleting -------------------------------------------------------------------------
    def draft(self) -> SurveyDraft:
        return SurveyDraft(self.name_edit.text(), self.link.text(), self.campaign.currentData())

    def save(self) -> bool:
        if not self.allowed:
            return False
        saved = save_form(self.rows, self._store, self._say, self.tr("Not saved: correct the marked field."),
                          self._reread, self._sample_texts)
        if saved is None:
            return False
        self.current = saved
        self.refresh()
        self._heading()
        self._say(self.tr("Saved."), True)
        return True

    def _store(self) -> survey_admin.SurveyRow:
        if self.current is None:
            return survey_admin.create_survey(self.ctx.db, self.ctx.user, self.draft())
        return survey_admin.update_survey(self.ctx.db, self.ctx.user, self.current.id, self.current.version,
                                          self.draft())

    def _reread(self) -> None:
        """Someone else saved first: take their version, so saving again replaces it (the form keeps its text)."""
        self.current = survey_admin.get_survey(self.ctx.db, self.ctx.user, self.current.id)

    def _delete_key(self) -> None:
        if not isinstance(self.focusWidget(), QLineEdit):
            self.ask_delete()

    def ask_delete(self) -> None:
        if self.current is None:
            return
        title = self.tr("Delete survey")
        self.question = ask_destructive(
            self, "deleteSurveyBox", title,
            self.tr("Delete the survey “%1”? Agents will no longer be able to insert its link; links "
                    "already sent keep their token.").replace("%1", self.current.name),
            self.tr("&Delete"), self.delete)

    def delete(self) -> None:
        if self.current is None:
            return
        try:
            survey_admin.delete_survey(self.ctx.db, self.ctx.user, self.current.id, self.current.version)
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        self.current = None
        self.refresh()
        self._fill(None)
        self._say(self.tr("Deleted."), True)

    # -- texts ----------------------------------------------------------------------------------------
    def _say(self, text: str, ok: bool | None) -> None:
        self._status = (text, ok)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {status_colour(ok)};")

    def _heading(self) -> None:
        self.heading.setText(self.tr("New survey") if self.current is None
                             else self.tr("Survey “%1”").replace("%1", self.current.name))

    def _combo_texts(self) -> None:
        if self.campaign.count():
            self.campaign.setItemText(0, self.tr("Every campaign without its own survey"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Surveys"))
        self.intro.setText(self.tr("The satisfaction survey agents link to from the composer. Each link carries a "
                                   "token of its own, so the answer comes back to its ticket."))
        self.refused.setText(self.tr("Only administrators may manage surveys."))
        self.list.setAccessibleName(self.tr("Surveys"))
        for button, text, tip in ((self.new_button, self.tr("&New survey"), self.tr("New survey (Ctrl+N)")),
                                  (self.save_button, self.tr("&Save"), self.tr("Save the survey (Ctrl+S)")),
                                  (self.delete_button, self.tr("&Delete…"), self.tr("Delete the survey (Delete)"))):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        for key, text in (("name", self.tr("N&ame")), ("campaign", self.tr("&Campaign")),
                          ("url_template", self.tr("&Link"))):
            self.captions[key].setText(text + ":")
            self.rows[key].widget.setAccessibleName(text.replace("&", ""))
        self.link_hint.setText(self.tr("Write {{ token }} where the survey expects the ticket's token; "
                                       "{{ ticket.number }} adds the ticket number."))
        self.sample_caption.setText(self.tr("Example:"))
        self._combo_texts()
        self._list_texts()
        self._heading()
        self._sample_texts()
        self._say(*self._status)
