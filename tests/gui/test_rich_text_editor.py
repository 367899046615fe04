"""The rich-text editor (scripts, signatures): keys and toolbar format the text, a link is asked
for in a window-modal dialog, clearing the formatting leaves plain text, empty is ""."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog

from sagicc_desktop.services.campaign_admin import sanitise_script
from sagicc_desktop.views.admin.rich_text_editor import RichTextEditor

from .conftest import show_active
from .test_accessibility import _unnamed


def test_keys_and_toolbar_format_the_text(qtbot):
    editor = show_active(qtbot, RichTextEditor(), size=(600, 400))
    assert editor.html() == "" and _unnamed(editor) == []
    changes = []
    editor.sig_changed.connect(lambda: changes.append(1))
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "Greeting")
    editor.heading.setCurrentIndex(2)
    editor.heading.activated.emit(2)
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_End)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)  # after a heading: a normal paragraph
    for key in (Qt.Key.Key_I, Qt.Key.Key_U):
        qtbot.keyClick(editor.edit, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.edit, "say hello")
    html = sanitise_script(editor.html())
    assert "<h2" in html and "Greeting" in html
    assert "font-style:italic" in html and "underline" in html
    assert editor.edit.document().findBlockByNumber(1).blockFormat().headingLevel() == 0
    assert editor.has_unsaved() and changes

    editor.set_html("<p>plain</p>")
    assert not editor.has_unsaved()


def test_a_link_is_asked_for_and_clear_formatting_removes_it(qtbot):
    editor = show_active(qtbot, RichTextEditor(), size=(600, 400))
    editor.set_html("<p>Read the FAQ</p>")
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousWord, QTextCursor.MoveMode.KeepAnchor)
    editor.edit.setTextCursor(cursor)
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("help.example/faq")
    dialog.accept()
    assert '<a href="https://help.example/faq"' in sanitise_script(editor.html())

    editor.edit.selectAll()
    editor.bullets.trigger()
    assert "<ul" in sanitise_script(editor.html())
    editor.edit.selectAll()
    editor.clear_format.trigger()
    cleaned = sanitise_script(editor.html())
    assert "<a" not in cleaned and "<ul" not in cleaned and "Read the FAQ" in cleaned
