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


def test_ctrl_b_at_the_end_of_a_bold_word_ends_the_bold_and_inside_a_word_formats_it(qtbot):
    editor = show_active(qtbot, RichTextEditor(), size=(600, 400))
    edit = editor.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "Greet by name")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, " then ask")
    weights = [_weight(edit, i) for i in range(len("Greet by name then ask"))]
    assert weights == [700] * len("Greet by name") + [400] * len(" then ask")  # "name" stayed bold
    cursor = edit.textCursor()
    cursor.setPosition(len("Greet by name th"))  # inside "then": the whole word
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    italic = [_cursor_at(edit, i).charFormat().fontItalic() for i in range(1, len("Greet by name then ask") + 1)]
    assert italic == [False] * len("Greet by name ") + [True] * len("then") + [False] * len(" ask")


def _cursor_at(edit, position: int) -> QTextCursor:
    """A cursor whose charFormat is the character before `position`."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    return cursor


def _weight(edit, index: int) -> int:
    return _cursor_at(edit, index + 1).charFormat().fontWeight()
