"""Users (A1), for administrators: the list of users on the left, the chosen user's form on the
right (user name, display name, e-mail, role, language, campaigns), New user (Ctrl+N or
Insert), Save (Ctrl+S), Deactivate/Reactivate (confirmed; nobody is ever deleted), Reset
password…, and the setting "Hide tickets from agents in other campaigns", saved at once.

Every problem of a refused save is said under its own field and what was typed stays. Edits
are never lost silently: choosing another user (or New user) with unsaved changes asks first.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QScrollArea, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...i18n import LANGUAGES
from ...models.labels import label
from ...services import user_admin
from ...services.actor import Actor
from ...services.errors import NotFound, ServiceError, ValidationError
from ...services.text import normalise
from ...store.enums import Role
from ..context import AppContext
from ..messages import show_error
from ..messages_users import field_text
from ..widgets import Retranslating, name
from .reset_password_dialog import ResetPasswordDialog
from .admin_parts import ask_unsaved, filter_box, page_title
from .user_form_parts import ERROR_STYLE, FieldBox

ID_ROLE = Qt.ItemDataRole.UserRole
NEW = "new"  # the pending choice "a new user" (beside a user's id)
# Status sentences under the buttons (translated when shown); %1 is the user's name.
CREATED = QT_TRANSLATE_NOOP("UsersPage", "%1 was created. They can sign in now.")
SAVED = QT_TRANSLATE_NOOP("UsersPage", "The changes to %1 were saved.")
DEACTIVATED = QT_TRANSLATE_NOOP("UsersPage", "%1 was deactivated.")
REACTIVATED = QT_TRANSLATE_NOOP("UsersPage", "%1 was reactivated.")
PASSWORD_CHANGED = QT_TRANSLATE_NOOP("UsersPage", "The password of %1 was changed.")
HIDDEN = QT_TRANSLATE_NOOP("UsersPage", "Agents now see only the tickets of their own campaigns.")
SHOWN = QT_TRANSLATE_NOOP("UsersPage", "Agents now see the tickets of every campaign.")
FORM_ORDER = ("username", "display_name", "email", "role", "locale", "campaigns", "password", "password_again")


class UsersPage(Retranslating, QWidget):
    sig_saved = Signal(object)  # user_admin.UserRow after a save, (de)activation or password reset

    @staticmethod
    def available_to(actor: Actor | None) -> bool:
        return actor is not None and actor.is_admin

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "usersPage")
        self.users: list[user_admin.UserRow] = []
        self.choices: list[user_admin.CampaignChoice] = []
        self.current: user_admin.UserRow | None = None  # the user in the form (None: a new one, or nobody)
        self.is_new = False
        self._baseline: tuple = ()
        self._errors: dict[str, tuple[str, object]] = {}  # field -> (code, limit)
        self._status: tuple[str, str] = ("", "")  # (sentence source, the user's name)
        self.question: QMessageBox | None = None  # the open save/discard or confirmation box
        self.password_dialog: ResetPasswordDialog | None = None

        # -- the list ------------------------------------------------------------------------
        self.title = page_title("usersTitle")
        self.filter = filter_box("usersFilter", self.apply_filter)
        self.show_inactive = name(QCheckBox(), "showDeactivatedUsers")
        self.show_inactive.toggled.connect(self.apply_filter)
        self.list = name(QTreeWidget(), "usersList")
        name(self.list.header(), "usersListHeader", self.tr("Columns"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setColumnCount(3)
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = name(QPushButton(), "newUserButton")
        self.new_button.clicked.connect(self.new_user)
        self.count = name(QLabel(), "usersCount")
        self.count.setStyleSheet("color: palette(mid);")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.new_button)
        left_layout.addLayout(heading)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.show_inactive)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)

        # -- the form ------------------------------------------------------------------------
        self.form_title = name(QLabel(), "userFormTitle")
        self.form_title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.form_title.setWordWrap(True)
        self.state = name(QLabel(), "userState")
        self.state.setWordWrap(True)
        self.username = name(QLineEdit(), "userNameEdit")
        self.username.setMaxLength(user_admin.MAX_USERNAME)
        self.display_name = name(QLineEdit(), "userDisplayNameEdit")
        self.display_name.setMaxLength(user_admin.MAX_DISPLAY_NAME)
        self.email = name(QLineEdit(), "userEmailEdit")
        self.role = name(QComboBox(), "userRoleCombo")
        for role in Role:
            self.role.addItem("", role)
        self.locale = name(QComboBox(), "userLanguageCombo")
        for code in LANGUAGES:
            self.locale.addItem("", code)
        self.campaigns = name(QListWidget(), "userCampaignsList")
        self.campaigns.setMinimumHeight(90)
        self.campaigns.setMaximumHeight(180)
        self.password = name(QLineEdit(), "userPasswordEdit")
        self.password_again = name(QLineEdit(), "userPasswordAgainEdit")
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields: dict[str, QWidget] = {
            "username": self.username, "display_name": self.display_name, "email": self.email, "role": self.role,
            "locale": self.locale, "campaigns": self.campaigns, "password": self.password,
            "password_again": self.password_again}
        self.boxes: dict[str, FieldBox] = {}
        self.captions: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, widget in self.fields.items():
            box = FieldBox(widget, widget.objectName())
            caption = name(QLabel(), widget.objectName() + "Label")
            caption.setBuddy(widget)
            self.form.addRow(caption, box)
            self.boxes[key], self.captions[key] = box, caption
        for key in ("username", "display_name", "email", "password", "password_again"):
            self.fields[key].textEdited.connect(lambda *_, key=key: self._edited(key))
        self.role.currentIndexChanged.connect(lambda *_: self._edited("role"))
        self.locale.currentIndexChanged.connect(lambda *_: self._edited("locale"))
        self.campaigns.itemChanged.connect(lambda *_: self._edited("campaigns"))

        self.save_button = name(QPushButton(), "saveUserButton")
        self.save_button.clicked.connect(self.save)
        self.discard_button = name(QPushButton(), "discardUserChangesButton")
        self.discard_button.clicked.connect(self.discard)
        self.active_button = name(QPushButton(), "deactivateUserButton")
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = name(QPushButton(), "resetPasswordButton")
        self.password_button.clicked.connect(self.reset_password)
        self.signature_button = name(QPushButton(), "userSignatureButton")
        self.signature_button.clicked.connect(self.edit_signature)
        self.signature_dialog = None
        self.status = name(QLabel(), "userStatusMessage")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()  # what to do with the edit
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        actions = QHBoxLayout()  # what to do with the stored user (two short rows fit a narrow window)
        actions.addWidget(self.password_button)
        actions.addWidget(self.signature_button)
        actions.addWidget(self.active_button)
        actions.addStretch(1)

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.state)
        form_layout.addLayout(actions)
        form_layout.addLayout(self.form)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.status)
        form_layout.addStretch(1)
        self.scroll = name(QScrollArea(), "userFormScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(form_widget)

        self.splitter = name(QSplitter(Qt.Orientation.Horizontal), "usersSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        # -- the setting ---------------------------------------------------------------------
        self.hide_box = name(QCheckBox(), "hideOtherCampaignsCheck")
        self.hide_box.toggled.connect(self._hide_toggled)
        self.hide_help = name(QLabel(), "hideOtherCampaignsHelp")
        self.hide_help.setWordWrap(True)
        setting = name(QFrame(), "hideOtherCampaignsFrame")
        setting.setFrameShape(QFrame.Shape.StyledPanel)
        setting_layout = QVBoxLayout(setting)
        setting_layout.addWidget(self.hide_box)
        setting_layout.addWidget(self.hide_help)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(setting)

        order = [self.filter, self.show_inactive, self.list, self.new_button, self.username, self.display_name,
                 self.email, self.role, self.locale, self.campaigns, self.password, self.password_again,
                 self.save_button, self.discard_button, self.password_button, self.signature_button, self.active_button, self.hide_box]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self._shortcuts = []
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_user), (QKeySequence(Qt.Key.Key_Insert), self.new_user),
                           (QKeySequence.StandardKey.Save, self.save), (QKeySequence.StandardKey.Find, self._find),
                           (QKeySequence(Qt.Key.Key_F2), self._edit_name)):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._shortcuts.append(shortcut)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self._delete_key)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the list only: text fields keep it
        self._shortcuts.append(delete)

        self.retranslate()
        self.reload()
        self._show_form(None)

    # -- loading -----------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        """Users, campaigns and the setting from the database; keeps the form as it is."""
        try:
            self.users = user_admin.list_users(self.ctx.db, self.ctx.user)
            self.choices = user_admin.campaign_choices(self.ctx.db, self.ctx.user)
            hidden = user_admin.hide_other_campaigns(self.ctx.db)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.hide_box.blockSignals(True)
        self.hide_box.setChecked(hidden)
        self.hide_box.blockSignals(False)
        self.hide_box.setEnabled(self.ctx.user.is_admin)
        self._fill_campaigns(self._checked_campaigns())
        self._fill_list(select if select is not None else (self.current.user_id if self.current else None))

    def _fill_list(self, select: uuid.UUID | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        grey = QBrush(QColor("#9e9e9e"))
        for user in self.users:
            shown_name = user.display_name if user.is_active else self.tr("%1 (deactivated)").replace(
                "%1", user.display_name)
            item = QTreeWidgetItem([shown_name, user.username, label(user.role)])
            item.setData(0, ID_ROLE, str(user.user_id))
            if not user.is_active:
                for column in range(3):
                    item.setForeground(column, grey)
            self.list.addTopLevelItem(item)
            if user.user_id == select:
                self.list.setCurrentItem(item)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.list.blockSignals(False)
        self.apply_filter()

    def apply_filter(self, *_args) -> None:
        words = normalise(self.filter.text()).split()
        show_inactive = self.show_inactive.isChecked()
        shown = 0
        for index, user in enumerate(self.users):
            item = self.list.topLevelItem(index)
            text = normalise(" ".join((user.display_name, user.username, user.email, label(user.role))))
            visible = (user.is_active or show_inactive or user.user_id == getattr(self.current, "user_id", None)) \
                and all(w in text for w in words)
            item.setHidden(not visible)
            shown += visible
        active = sum(u.is_active for u in self.users)
        self.count.setText(self.tr("%1 shown · %2 active · %3 deactivated").replace("%1", str(shown))
                           .replace("%2", str(active)).replace("%3", str(len(self.users) - active)))

    def _fill_campaigns(self, checked: set) -> None:
        self.campaigns.blockSignals(True)
        self.campaigns.clear()
        for choice in self.choices:
            item = QListWidgetItem(choice.name)
            item.setData(ID_ROLE, str(choice.campaign_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.campaign_id in checked else Qt.CheckState.Unchecked)
            self.campaigns.addItem(item)
        self.campaigns.blockSignals(False)

    def _checked_campaigns(self) -> set[uuid.UUID]:
        return {uuid.UUID(self.campaigns.item(i).data(ID_ROLE)) for i in range(self.campaigns.count())
                if self.campaigns.item(i).checkState() is Qt.CheckState.Checked}

    # -- the form ----------------------------------------------------------------------------
    def _values(self) -> tuple:
        return (self.username.text().strip(), self.display_name.text().strip(), self.email.text().strip(),
                self.role.currentData(), self.locale.currentData(), frozenset(self._checked_campaigns()),
                self.password.text(), self.password_again.text())

    def has_unsaved_changes(self) -> bool:
        return (self.is_new or self.current is not None) and self._values() != self._baseline

    def _show_form(self, user: user_admin.UserRow | None, *, new: bool = False) -> None:
        """Put a user (or an empty new one) in the form, forgetting what was typed."""
        self.current, self.is_new = user, new
        for widget in (self.username, self.display_name, self.email, self.password, self.password_again):
            widget.clear()
        if user is not None:
            self.username.setText(user.username)
            self.display_name.setText(user.display_name)
            self.email.setText(user.email)
        self._select_data(self.role, user.role if user else Role.AGENT)
        self._select_data(self.locale, user.locale if user else self.ctx.user.locale)
        self._fill_campaigns(set(user.campaign_ids) if user else set())
        self._errors = {}
        self._baseline = self._values()
        self._update_state()
        self.apply_filter()
        if new:
            self.username.setFocus()

    @staticmethod
    def _select_data(combo: QComboBox, value) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.blockSignals(False)

    def _edited(self, key: str) -> None:
        """Typing in a field takes its problem away (the save says it again if it is still there)."""
        self._errors.pop(key, None)
        if key == "password":
            self._errors.pop("password_again", None)
        self._update_state()

    def _update_state(self) -> None:
        editing = self.is_new or self.current is not None
        admin = self.ctx.user.is_admin
        for widget in self.fields.values():
            widget.setEnabled(editing and admin)
        for key in ("password", "password_again"):
            self.captions[key].setVisible(self.is_new)
            self.boxes[key].setVisible(self.is_new)
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(editing and admin and (dirty or self.is_new))
        self.discard_button.setEnabled(editing and dirty)
        existing = self.current is not None and not self.is_new
        for button in (self.active_button, self.password_button, self.signature_button):
            button.setVisible(existing)
            button.setEnabled(existing and admin)
        self._render_texts()

    def _render_texts(self) -> None:
        """Texts that follow the form's state (also on a language change)."""
        user = self.current
        if self.is_new:
            self.form_title.setText(self.tr("New user"))
            self.state.setText(self.tr("Fill in the fields and save. The user signs in with the user name and "
                                       "the initial password you give them."))
        elif user is None:
            self.form_title.setText(self.tr("No user chosen"))
            self.state.setText(self.tr("Choose a user in the list, or create a new one."))
        else:
            self.form_title.setText(user.display_name)
            self.state.setText(self.tr("Active: can sign in.") if user.is_active else
                               self.tr("Deactivated: cannot sign in. Their name stays on their tickets and in the "
                                       "change log."))
        self.state.setStyleSheet("" if user is None or user.is_active else ERROR_STYLE)
        reactivate = user is not None and not self.is_new and not user.is_active
        self.active_button.setObjectName("reactivateUserButton" if reactivate else "deactivateUserButton")
        self.active_button.setText(self.tr("Reacti&vate…") if reactivate else self.tr("Deacti&vate…"))
        self.active_button.setAccessibleName(self.tr("Reactivate user") if reactivate else self.tr("Deactivate user"))
        for key, box in self.boxes.items():
            code = self._errors.get(key)
            box.set_error(field_text(*code) if code else "")
        source, who = self._status
        self.status.setText(QCoreApplication.translate("UsersPage", source).replace("%1", who) if source else "")

    def _say(self, source: str, who: str = "") -> None:
        self._status = (source, who)
        self._render_texts()

    def draft(self) -> user_admin.UserDraft:
        return user_admin.UserDraft(
            username=self.username.text(), display_name=self.display_name.text(), email=self.email.text(),
            role=self.role.currentData(), locale=self.locale.currentData(),
            campaign_ids=tuple(sorted(self._checked_campaigns(), key=str)), password=self.password.text())

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        self._errors = {}
        self._status = ("", "")
        draft = self.draft()
        try:
            if self.is_new and draft.password != self.password_again.text():
                self._errors["password_again"] = ("password_mismatch", None)
                user_admin.check_draft(self.ctx.db, self.ctx.user, draft)
                self._refused()
                return False
            if self.is_new:
                row = user_admin.create_user(self.ctx.db, self.ctx.user, draft)
            else:
                row = user_admin.update_user(self.ctx.db, self.ctx.user, self.current.user_id, self.current.version,
                                             draft)
        except ValidationError as exc:
            fields = exc.details.get("fields")
            if not fields:
                show_error(self, exc)
                return False
            limit = exc.details.get("limit")
            self._errors.update({key: (code, limit) for key, code in fields.items()})
            if "campaigns" in fields:  # a campaign went away meanwhile: offer the current ones
                self.reload()
            self._refused()
            return False
        except NotFound as exc:
            show_error(self, exc)
            self.reload()
            return False
        except ServiceError as exc:
            show_error(self, exc)
            return False
        created = self.is_new
        self._show_form(row)
        self.reload(select=row.user_id)
        self._say(CREATED if created else SAVED, row.display_name)
        self.sig_saved.emit(row)
        return True

    def _refused(self) -> None:
        self._update_state()
        first = next((key for key in FORM_ORDER if key in self._errors), None)
        if first is not None:
            self.fields[first].setFocus()

    def discard(self) -> None:
        if self.is_new:
            self._show_form(None)
            self._select_current_item()
        else:
            self._load(self.current.user_id if self.current else None)

    def _load(self, user_id: uuid.UUID | None) -> None:
        if user_id is None:
            self._show_form(None)
            return
        try:
            row = user_admin.get_user(self.ctx.db, self.ctx.user, user_id)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return
        self._status = ("", "")
        self._show_form(row)
        self._select_current_item()

    def _select_current_item(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if self.current is not None and item.data(0, ID_ROLE) == str(self.current.user_id):
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    # -- switching users, with unsaved changes -----------------------------------------------
    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        target = uuid.UUID(current.data(0, ID_ROLE)) if current is not None else None
        if target is not None and self.current is not None and target == self.current.user_id and not self.is_new:
            return
        if target is None:
            return
        self._go_to(target)

    def new_user(self) -> None:
        if self.ctx.user.is_admin:
            self._go_to(NEW)

    def _go_to(self, target) -> None:
        if not self.has_unsaved_changes():
            self._open(target)
            return
        self._select_current_item()  # the list shows the user still in the form until the answer
        who = self.current.display_name if self.current is not None else ""  # as stored, not as typed
        self.question = ask_unsaved(self, "unsavedUserChangesBox", self.tr("Unsaved changes"),
                                    self.tr("Save the changes to %1 first?").replace("%1", who)
                                    if who and not self.is_new else self.tr("Save the new user first?"),
                                    save=self.save, proceed=lambda: self._open(target),
                                    closed=lambda: setattr(self, "question", None),
                                    informative=self.tr("Discard forgets what you typed."))

    def _open(self, target) -> None:
        self._status = ("", "")
        if target == NEW:
            self._show_form(None, new=True)
            self._select_current_item()
        else:
            self._load(target)

    # -- deactivate, reactivate, password -----------------------------------------------------
    def _delete_key(self) -> None:
        if self.current is not None and not self.is_new and self.current.is_active and self.active_button.isEnabled():
            self.toggle_active()

    def toggle_active(self) -> None:
        user = self.current
        if user is None or self.is_new or not self.active_button.isEnabled():
            return
        if user.is_active:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Deactivate user"),
                              self.tr("Deactivate %1?").replace("%1", user.display_name),
                              QMessageBox.StandardButton.Cancel, self)
            box.setInformativeText(self.tr("They will no longer be able to sign in and will show as Offline. "
                                           "Nothing is deleted: their name stays on their tickets and in the change "
                                           "log, and you can reactivate them later."))
            confirm = box.addButton(self.tr("&Deactivate"), QMessageBox.ButtonRole.DestructiveRole)
        else:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reactivate user"),
                              self.tr("Reactivate %1?").replace("%1", user.display_name),
                              QMessageBox.StandardButton.Cancel, self)
            box.setInformativeText(self.tr("They will be able to sign in again with their last password."))
            confirm = box.addButton(self.tr("&Reactivate"), QMessageBox.ButtonRole.AcceptRole)
        name(box, "confirmUserActiveBox", box.windowTitle())
        name(confirm, "confirmUserActiveButton", confirm.text().replace("&", ""))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._set_active(user, not user.is_active)
                                  if button is confirm else None)
        box.finished.connect(lambda *_: setattr(self, "question", None))
        self.question = box
        box.open()

    def _set_active(self, user: user_admin.UserRow, active: bool) -> None:
        call = user_admin.reactivate_user if active else user_admin.deactivate_user
        try:
            row = call(self.ctx.db, self.ctx.user, user.user_id, user.version)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._replace_current(row)
        self._say(REACTIVATED if active else DEACTIVATED, row.display_name)
        self.sig_saved.emit(row)

    def _replace_current(self, row: user_admin.UserRow) -> None:
        """The stored user changed under the form (version, active state, password) without touching
        what is typed: unsaved edits stay unsaved, and a later save is not refused as stale."""
        if self.current is not None and self.current.user_id == row.user_id and not self.is_new:
            if self.has_unsaved_changes():
                self.current = row  # the form's fields did not change in the database
            else:
                self._show_form(row)
        self.reload(select=row.user_id)
        self._update_state()

    def reset_password(self) -> None:
        user = self.current
        if user is None or self.is_new or not self.password_button.isEnabled():
            return
        dialog = ResetPasswordDialog(self.ctx, user, parent=self)
        dialog.sig_reset.connect(self._password_reset)
        dialog.finished.connect(lambda *_: setattr(self, "password_dialog", None))
        self.password_dialog = dialog
        dialog.open()

    def edit_signature(self):
        """The selected user's e-mail signature (A3), which an administrator may edit for them."""
        from ..signature_dialog import SignatureDialog

        user = self.current
        if user is None or self.is_new or not self.signature_button.isEnabled():
            return None
        try:
            dialog = SignatureDialog(self.ctx, user.user_id, parent=self)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        dialog.finished.connect(lambda *_: setattr(self, "signature_dialog", None))
        self.signature_dialog = dialog
        dialog.open()
        return dialog

    def _password_reset(self, row: user_admin.UserRow) -> None:
        self._replace_current(row)
        self._say(PASSWORD_CHANGED, row.display_name)
        self.sig_saved.emit(row)

    # -- the setting -------------------------------------------------------------------------
    def _hide_toggled(self, on: bool) -> None:
        try:
            now = user_admin.set_hide_other_campaigns(self.ctx.db, self.ctx.user, on)
        except ServiceError as exc:
            now = not on
            show_error(self, exc)
        self.hide_box.blockSignals(True)
        self.hide_box.setChecked(now)
        self.hide_box.blockSignals(False)
        self._say(HIDDEN if now else SHOWN)

    # -- keyboard ------------------------------------------------------------------------------
    def _find(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _edit_name(self) -> None:
        if self.display_name.isEnabled():
            self.display_name.setFocus()
            self.display_name.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802
        if not self.has_unsaved_changes():
            self.reload()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Users"))
        self.filter.setPlaceholderText(self.tr("Filter by name, user name or e-mail (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter users"))
        self.show_inactive.setText(self.tr("Show &deactivated users"))
        self.show_inactive.setAccessibleName(self.tr("Show deactivated users"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("User name"), self.tr("Role")])
        self.list.setAccessibleName(self.tr("Users"))
        self.new_button.setText(self.tr("&New user"))
        self.new_button.setToolTip(self.tr("New user (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New user"))
        captions = {
            "username": self.tr("&User name:"), "display_name": self.tr("D&isplay name:"),
            "email": self.tr("&E-mail:"), "role": self.tr("&Role:"), "locale": self.tr("&Language:"),
            "campaigns": self.tr("Ca&mpaigns:"), "password": self.tr("Initial &password:"),
            "password_again": self.tr("Repea&t password:")}
        accessible = {
            "username": self.tr("User name"), "display_name": self.tr("Display name"), "email": self.tr("E-mail"),
            "role": self.tr("Role"), "locale": self.tr("Language"), "campaigns": self.tr("Campaigns the user belongs to"),
            "password": self.tr("Initial password"), "password_again": self.tr("Repeat the initial password")}
        for key, caption in self.captions.items():
            caption.setText(captions[key])
            self.fields[key].setAccessibleName(accessible[key])
        self.username.setPlaceholderText(self.tr("e.g. maria.lopez"))
        self.display_name.setPlaceholderText(self.tr("The name others see, e.g. María López"))
        self.email.setPlaceholderText(self.tr("Optional"))
        for index in range(self.role.count()):
            self.role.setItemText(index, label(self.role.itemData(index)))
        for index in range(self.locale.count()):
            self.locale.setItemText(index, QCoreApplication.translate("Language", LANGUAGES[self.locale.itemData(index)]))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save user"))
        self.discard_button.setText(self.tr("Dis&card changes"))
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.password_button.setText(self.tr("Reset pass&word…"))
        self.password_button.setAccessibleName(self.tr("Reset password"))
        self.signature_button.setText(self.tr("E-mail si&gnature…"))
        self.signature_button.setAccessibleName(self.tr("E-mail signature"))
        self.hide_box.setText(self.tr("&Hide tickets from agents in other campaigns"))
        self.hide_box.setAccessibleName(self.tr("Hide tickets from agents in other campaigns"))
        self.hide_help.setText(self.tr("When on, agents see and work only the tickets of the campaigns they belong "
                                       "to. Administrators, supervisors and viewers always see every ticket. "
                                       "Saved as soon as you change it."))
        self.hide_help.setAccessibleName(self.hide_help.text())
        if self.users:
            self._fill_list(self.current.user_id if self.current else None)
        self._update_state()
