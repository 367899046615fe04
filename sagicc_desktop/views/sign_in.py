"""The sign-in dialog (U3); on the very first start it creates the administrator instead.

It can be shown before the database is open (ctx=None): the user starts typing while the
application opens the database in the background, and set_ready() enables signing in. So
this module imports nothing that loads the ORM until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from ..services.errors import ServiceError
from .messages import describe
from .widgets import Retranslating, add_row, name

if TYPE_CHECKING:
    from ..services.actor import Actor
    from .context import AppContext

LANGUAGES = (("en", "English"), ("es", "Español"))


class SignInDialog(Retranslating, QDialog):
    """Asks for user and password; `signed_in` carries the Actor when they are right."""

    signed_in = Signal(object)
    sig_language_changed = Signal(str)
    sig_first_paint = Signal()  # the window is on screen: slower start-up work may begin

    def __init__(self, ctx: AppContext | None, *, demo_users: list[tuple[str, str, str]] = (), language: str = "en",
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.first_run = False
        self._submit_when_ready = False
        self._painted = False
        self._demo_users = list(demo_users)
        name(self, "signInDialog")
        self.setMinimumWidth(420)

        self.title = name(QLabel(), "signInTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.intro = name(QLabel(), "signInIntro")
        self.intro.setWordWrap(True)
        self.display_name = name(QLineEdit(), "displayNameEdit")
        self.username = name(QLineEdit(), "usernameEdit")
        self.password = name(QLineEdit(), "passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = name(QLineEdit(), "confirmPasswordEdit")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = name(QComboBox(), "languageCombo")
        for code, text in LANGUAGES:
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_changed.emit(self.language.currentData())
        )
        self.error = name(QLabel(), "signInError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.demo_hint = name(QLabel(), "demoUsersHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setStyleSheet("background: #f1f5f9; color: #334155; padding: 8px; border-radius: 4px;")
        self.demo_hint.hide()
        self.status = name(QLabel(), "signInStatus")
        self.status.setStyleSheet("color: palette(dark);")

        self.form = QFormLayout()
        add_row(self.form, self.display_name)
        add_row(self.form, self.username)
        add_row(self.form, self.password)
        add_row(self.form, self.confirm)
        add_row(self.form, self.language)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "signInButton")
        self.ok_button.setDefault(True)
        name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelSignInButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._show_mode()
        if ctx is not None:
            self.set_ready(ctx, self._demo_users)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.sig_first_paint.emit()

    @property
    def ready(self) -> bool:
        return self.ctx is not None

    def set_ready(self, ctx: AppContext, demo_users: list[tuple[str, str, str]] = ()) -> None:
        """The database is open: decide between sign-in and first administrator, and go on
        with a submit the user made while it was opening."""
        from ..services import auth

        self.ctx = ctx
        self._demo_users = list(demo_users)
        self.first_run = not auth.has_users(ctx.db)
        self._show_mode()
        if self._submit_when_ready:
            self._submit_when_ready = False
            self.submit()

    def _show_mode(self) -> None:
        self.form.setRowVisible(self.display_name, self.first_run)
        self.form.setRowVisible(self.confirm, self.first_run)
        self.demo_hint.setVisible(bool(self._demo_users) and not self.first_run)
        self.status.setVisible(not self.ready)
        self.retranslate()
        if not self.username.text():
            (self.display_name if self.first_run else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in · Sagicc Desktop"))
        self.status.setText(self.tr("Opening the database…"))
        if self.first_run:
            self.title.setText(self.tr("Welcome to Sagicc Desktop"))
            self.intro.setText(self.tr("Create the administrator account. You will use it to add agents and campaigns."))
            self.ok_button.setText(self.tr("Create administrator"))
        else:
            self.title.setText(self.tr("Sign in"))
            self.intro.setText(self.tr("Enter your user name and password."))
            self.ok_button.setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        labels = {
            self.display_name: self.tr("Full name"),
            self.username: self.tr("User name"),
            self.password: self.tr("Password"),
            self.confirm: self.tr("Confirm password"),
            self.language: self.tr("Language"),
        }
        for widget, text in labels.items():
            widget.setAccessibleName(text)
            lbl = self.form.labelForField(widget)
            if lbl is not None:
                lbl.setText(text + ":")
        self.ok_button.setAccessibleName(self.ok_button.text())
        if self._demo_users:
            rows = "".join(
                f"<tr><td><b>{u}</b></td><td>&nbsp;{p}&nbsp;</td><td>{r}</td></tr>" for u, p, r in self._demo_users
            )
            self.demo_hint.setText(
                self.tr("Demo users (user name, password, role):") + f"<table>{rows}</table>"
            )

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()

    def submit(self) -> None:
        if not self.ready:
            self._submit_when_ready = True  # signed in as soon as the database is open
            self.ok_button.setEnabled(False)
            return
        from ..services import auth  # loaded by then: the database layer came with the ctx
        self.ok_button.setEnabled(True)
        try:
            if self.first_run:
                if self.password.text() != self.confirm.text():
                    self._fail(self.tr("The two passwords are different."))
                    return
                self.actor = auth.create_first_administrator(
                    self.ctx.db, self.username.text(), self.display_name.text() or self.username.text(),
                    self.password.text(),
                )
                self.actor = auth.sign_in(self.ctx.db, self.username.text(), self.password.text())
            else:
                self.actor = auth.sign_in(self.ctx.db, self.username.text(), self.password.text())
        except ServiceError as exc:
            self._fail(describe(exc))
            return
        self.error.hide()
        self.signed_in.emit(self.actor)
        self.accept()
