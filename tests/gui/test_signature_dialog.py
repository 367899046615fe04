"""The e-mail signature dialog: a user writes their signature with formatting, sees it under a
sample message, saves it, and the composer then adds it; an administrator edits another user's;
an agent cannot open someone else's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.conftest import show_active
from sagicc_desktop.services import composer_data, signatures
from sagicc_desktop.views.signature_dialog import SignatureDialog


def test_a_user_saves_a_signature_the_composer_then_adds(make_ctx, qtbot):
    ctx = make_ctx("laura")
    dialog = show_active(qtbot, SignatureDialog(ctx), size=(640, 560))
    assert dialog.windowTitle() == "My e-mail signature"
    edit = dialog.editor.edit
    assert "Laura" in edit.toPlainText()  # the demo signature, loaded
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "Regards, ")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "Laura at the help desk")
    qtbot.waitUntil(lambda: "Laura at the help desk" in dialog.preview.toPlainText())
    assert dialog.preview.toPlainText().startswith("Hello,")  # under a sample message
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == SignatureDialog.DialogCode.Accepted
    stored = composer_data.signature_html(ctx.db, ctx.user)
    assert "Regards, " in stored and "Laura at the help desk" in stored
    assert "font-weight:700" in stored.replace(" ", "")  # the bold survived, Qt's own markup did not
    assert "-qt-" not in stored and "<style" not in stored


def test_an_administrator_edits_another_users_signature(make_ctx, qtbot):
    admin, carlos = make_ctx("admin"), make_ctx("carlos")
    dialog = show_active(qtbot, SignatureDialog(admin, carlos.user.user_id), size=(640, 560))
    assert carlos.user.display_name in dialog.windowTitle()
    dialog.editor.set_html("<p>Carlos, <a href='https://help.example/'>help desk</a></p>")
    dialog.editor.edit.document().setModified(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert composer_data.signature_html(carlos.db, carlos.user) == signatures.get_signature(carlos.db, carlos.user).html
    assert 'href="https://help.example/"' in composer_data.signature_html(carlos.db, carlos.user)


def test_an_agent_cannot_open_someone_elses(make_ctx, qtbot):
    laura, carlos = make_ctx("laura"), make_ctx("carlos")
    dialog = SignatureDialog(laura, carlos.user.user_id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and not dialog.editor.isEnabled()
    assert "administrators" in dialog.status.text()


def test_cancel_with_changes_asks_first(make_ctx, qtbot):
    ctx = make_ctx("emma")
    before = composer_data.signature_html(ctx.db, ctx.user)
    dialog = show_active(qtbot, SignatureDialog(ctx), size=(640, 560))
    qtbot.keyClicks(dialog.editor.edit, "P.S. ")
    qtbot.keyClick(dialog.editor.edit, Qt.Key.Key_Escape)
    box = dialog.question
    assert isinstance(box, QMessageBox) and box.objectName() == "unsavedSignatureBox"
    qtbot.waitUntil(box.isActiveWindow)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert composer_data.signature_html(ctx.db, ctx.user) == before


def test_every_control_is_named(make_ctx, qtbot):
    from gui.test_accessibility import _unnamed

    dialog = show_active(qtbot, SignatureDialog(make_ctx("sofia")), size=(640, 560))
    assert _unnamed(dialog) == []
