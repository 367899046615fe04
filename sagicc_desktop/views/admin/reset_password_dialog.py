"""Reset password…: an administrator types a user's new password twice; the service stores its
hash (the change log only says that it changed)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ...services import user_admin
from ...services.errors import ServiceError, ValidationError
from ..messages import show_error
from ..messages_users import field_text
from ..widgets import Retranslating, name
from .user_form_parts import ERROR_STYLE, mark_invalid


class ResetPasswordDialog(Retranslating, QDialog):
    sig_reset = Signal(object)  # the user_admin.UserRow after the change

    def __init__(self, ctx, user: user_admin.UserRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self._error: tuple[str, object] | None = None  # (code, limit) shown under the fields
        name(self, "resetPasswordDialog")
        self.intro = name(QLabel(), "resetPasswordIntro")
        self.intro.setWordWrap(True)
        self.password = name(QLineEdit(), "resetPasswordEdit")
        self.again = name(QLineEdit(), "resetPasswordAgainEdit")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(self._clear_error)
        self.error = name(QLabel(), "resetPasswordError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.password_label, self.again_label = QLabel(), QLabel()
        self.password_label.setBuddy(self.password)
        self.again_label.setBuddy(self.again)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow(self.again_label, self.again)
        form.addRow("", self.error)
        self.buttons = name(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                             | QDialogButtonBox.StandardButton.Cancel), "resetPasswordButtons")
        self.ok = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "resetPasswordOk")
        self.cancel = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "resetPasswordCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.password.setFocus()
        self.retranslate()
        self.resize(420, self.sizeHint().height())

    def submit(self) -> bool:
        if self.password.text() != self.again.text():
            self._show_error("password_mismatch", None, self.again)
            return False
        try:
            row = user_admin.reset_password(self.ctx.db, self.ctx.user, self.user.user_id, self.password.text())
        except ValidationError as exc:
            fields = exc.details.get("fields") or {}
            if "password" in fields:
                self._show_error(fields["password"], exc.details.get("limit"), self.password)
            else:
                show_error(self, exc)
            return False
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.accept()
        self.sig_reset.emit(row)
        return True

    def _show_error(self, code: str, limit, field: QLineEdit) -> None:
        self._error = (code, limit)
        mark_invalid(self.password, code != "password_mismatch")
        mark_invalid(self.again, code == "password_mismatch")
        self._render_error()
        field.setFocus()
        field.selectAll()

    def _clear_error(self, *_args) -> None:
        if self._error is not None:
            self._error = None
            mark_invalid(self.password, False)
            mark_invalid(self.again, False)
            self._render_error()

    def _render_error(self) -> None:
        text = field_text(*self._error) if self._error else ""
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))
        for edit in (self.password, self.again):
            edit.setAccessibleDescription(text if edit.property("invalid") else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr("Type a new password for %1 (%2). Tell it to them in person or by phone; "
                                   "it works from their next sign-in.")
                           .replace("%1", self.user.display_name).replace("%2", self.user.username))
        self.password_label.setText(self.tr("&New password:"))
        self.again_label.setText(self.tr("&Repeat it:"))
        self.password.setAccessibleName(self.tr("New password"))
        self.again.setAccessibleName(self.tr("Repeat the new password"))
        self.ok.setText(self.tr("&Set password"))
        self.ok.setAccessibleName(self.tr("Set password"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self._render_error()
