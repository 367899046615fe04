"""The e-mail signature (A3): a user edits their own, an administrator anyone's, in a rich-text
editor, with a preview of how it looks under a message.

The preview shows the signature as it will be sent: cleaned by the same service that stores it
(services/signatures.sanitise), under a sample reply, as the composer adds it to an e-mail.
Saving goes through services/signatures.save_signature; a refusal is said in the dialog and
nothing typed is lost.

Keys: Ctrl+S (or Enter on Save) saves, Esc cancels (asking first when something was changed).

Wiring: the user menu's "E-mail signature…" opens SignatureDialog(ctx) for the signed-in user;
the Users page may open SignatureDialog(ctx, user_id) for the selected user (administrators).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGroupBox, QLabel, QMessageBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from ..services import signatures
from ..services.errors import ServiceError, StaleEdit
from .admin.rich_text_editor import RichTextEditor
from .messages import describe
from .widgets import Retranslating, name

ERROR_COLOUR, HINT_COLOUR = "#c62828", "#475569"
PREVIEW_DELAY_MS = 150


class SignatureDialog(Retranslating, QDialog):
    sig_saved = Signal(str)  # the stored (cleaned) HTML

    def __init__(self, ctx, user_id: uuid.UUID | None = None, parent=None) -> None:
        super().__init__(parent)
        name(self, "signatureDialog")
        self.ctx = ctx
        self.user_id = user_id
        self.signature: signatures.Signature | None = None
        self._error = ""
        self.question: QMessageBox | None = None

        self.intro = name(QLabel(), "signatureIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {HINT_COLOUR};")
        self.editor = RichTextEditor(self, "signatureEditor")
        self.editor.edit.setMinimumHeight(120)
        self.preview_box = name(QGroupBox(), "signaturePreviewGroup")
        self.preview = name(QTextBrowser(), "signaturePreview")
        self.preview.setOpenLinks(False)  # a click in the preview opens nothing
        self.preview.setMinimumHeight(120)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview)
        self.splitter = name(QSplitter(Qt.Orientation.Vertical), "signatureSplitter")
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setChildrenCollapsible(False)
        self.status = name(QLabel(), "signatureStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Save), "signatureSaveButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "signatureCancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_shortcut.setObjectName("signatureSaveShortcut")

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.editor.sig_changed.connect(self._timer.start)
        self.editor.sig_changed.connect(self._clear_error)
        self.resize(640, 560)
        self._load()
        self.retranslate()
        self.update_preview()
        self.editor.setFocus()

    def _load(self) -> None:
        try:
            self.signature = signatures.get_signature(self.ctx.db, self.ctx.user, self.user_id)
        except ServiceError as exc:  # another user's, for someone who is not an administrator
            self.signature = None
            self._show_error(describe(exc))
            self.editor.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.editor.set_html(self.signature.html)

    # -- preview ------------------------------------------------------------------------------------
    def update_preview(self) -> None:
        self._timer.stop()
        clean = signatures.sanitise(self.editor.html())
        sample = "<p>" + self.tr("Hello,") + "</p><p>" + self.tr(
            "Thank you for writing to us. Your case is in good hands and we will keep you posted.") + "</p>"
        empty = "" if clean else "<p style='color:%s'><i>%s</i></p>" % (
            HINT_COLOUR, self.tr("(no signature: e-mails end with the message)"))
        self.preview.setHtml(sample + (clean or empty))

    # -- saving -------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.signature is not None and self.editor.has_unsaved()

    def save(self) -> bool:
        if self.signature is None:
            return False
        try:
            saved = signatures.save_signature(self.ctx.db, self.ctx.user, self.editor.html(), self.signature.user_id,
                                              self.signature.version)
        except StaleEdit as exc:  # keep what was typed; saving again keeps it
            self._show_error(describe(exc))
            try:
                latest = signatures.get_signature(self.ctx.db, self.ctx.user, self.signature.user_id)
                self.signature = signatures.Signature(latest.user_id, latest.display_name, latest.version,
                                                      self.signature.html)
            except ServiceError:
                pass
            return False
        except ServiceError as exc:
            self._show_error(describe(exc))
            return False
        self.signature = saved
        self.editor.mark_saved()
        self.sig_saved.emit(saved.html)
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel; with changes typed, ask first (a signature can take a while to get right)."""
        if not self.has_unsaved_changes() or self.question is not None:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to the signature?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        name(box, "unsavedSignatureBox", self.tr("Unsaved changes"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda *_: self._answered(box.standardButton(box.clickedButton())))
        self.question = box
        box.open()

    def _answered(self, result: QMessageBox.StandardButton) -> None:
        self.question = None
        if result == QMessageBox.StandardButton.Save:
            self.save()
        elif result == QMessageBox.StandardButton.Discard:
            super().reject()

    def _show_error(self, text: str) -> None:
        self._error = text
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _clear_error(self) -> None:
        if self._error:
            self._show_error("")

    # -- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        own = self.signature is None or self.signature.user_id == self.ctx.user.user_id
        if own:
            self.setWindowTitle(self.tr("My e-mail signature"))
        else:
            self.setWindowTitle(self.tr("E-mail signature of %1").replace("%1", self.signature.display_name))
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(self.tr("Added under every e-mail you send (you can leave it out of one message in the "
                                   "composer). Links and web images are kept; anything else that could run or "
                                   "load is removed.") if own else
                           self.tr("Added under every e-mail this user sends. Links and web images are kept; "
                                   "anything else that could run or load is removed."))
        self.editor.edit.setAccessibleName(self.tr("Signature"))
        self.preview_box.setTitle(self.tr("How it looks under a message"))
        self.preview.setAccessibleName(self.tr("Signature preview"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the signature (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the signature"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        if self.signature is not None:
            self.update_preview()
