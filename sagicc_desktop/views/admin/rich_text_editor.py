"""A rich-text editor: a text box with a toolbar for bold, italic, underline, headings, bulleted
and numbered lists, links and clearing the formatting.

Generic on purpose: campaign scripts and e-mail signatures use it. It knows nothing about where
the HTML goes; whoever saves it sanitises it (services/campaign_admin.sanitise_script for
scripts). html() is "" when nothing is written, so an empty editor saves as empty.

Keys: Ctrl+B, Ctrl+I, Ctrl+U toggle bold, italic and underline; Ctrl+K adds a link; Ctrl+Shift+8 and
Ctrl+Shift+7 toggle a bulleted and a numbered list; Ctrl+Space clears the formatting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat, \
    QTextListFormat
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QTextEdit, QToolBar, QVBoxLayout, QWidget

from ..icons import icon
from ..widgets import Retranslating, name

HEADINGS = (0, 1, 2, 3)  # 0 is normal text
_BULLET, _NUMBERED = QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListDecimal


def _inside_word(cursor: QTextCursor) -> bool:
    text, at = cursor.block().text(), cursor.positionInBlock()
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


class RichTextEditor(Retranslating, QWidget):
    """A QTextEdit with a formatting toolbar; html(), set_html(), sig_changed, has_unsaved()."""

    sig_changed = Signal()

    def __init__(self, parent=None, object_name: str = "richTextEditor") -> None:
        super().__init__(parent)
        name(self, object_name)
        self.edit = name(QTextEdit(), f"{object_name}Text")
        self.edit.setAcceptRichText(True)
        self.edit.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self.toolbar = name(QToolBar(), f"{object_name}Toolbar")
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._loading = False
        self._text_name = ""
        self.link_dialog: QInputDialog | None = None

        def action(key: str, icon_name: str, slot, shortcut=None, checkable=False) -> QAction:
            act = QAction(icon(icon_name), "", self)
            act.setObjectName(f"{object_name}_{key}")
            act.setCheckable(checkable)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)  # the shortcut works wherever the focus is inside the editor
            self.toolbar.addAction(act)
            button = self.toolbar.widgetForAction(act)
            if button is not None:
                button.setObjectName(f"{object_name}_{key}Button")
            return act

        self.bold = action("bold", "fa5s.bold", self.toggle_bold, QKeySequence.StandardKey.Bold, True)
        self.italic = action("italic", "fa5s.italic", self.toggle_italic, QKeySequence.StandardKey.Italic, True)
        self.underline = action("underline", "fa5s.underline", self.toggle_underline,
                                QKeySequence.StandardKey.Underline, True)
        self.toolbar.addSeparator()
        self.heading = name(QComboBox(), f"{object_name}Heading")
        self.heading.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.heading.addItems([""] * len(HEADINGS))
        self.heading.activated.connect(lambda index: self.set_heading(HEADINGS[index]))
        self.toolbar.addWidget(self.heading)
        self.toolbar.addSeparator()
        self.bullets = action("bullets", "fa5s.list-ul", lambda: self.toggle_list(_BULLET), "Ctrl+Shift+8", True)
        self.numbers = action("numbers", "fa5s.list-ol", lambda: self.toggle_list(_NUMBERED), "Ctrl+Shift+7", True)
        self.toolbar.addSeparator()
        self.link = action("link", "fa5s.link", self.ask_link, "Ctrl+K")
        self.clear_format = action("clear", "fa5s.remove-format", self.clear_formatting, "Ctrl+Space")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._changed)
        self.edit.currentCharFormatChanged.connect(self._show_format)
        self.edit.cursorPositionChanged.connect(self._show_block)
        self.retranslate()

    # -- content ----------------------------------------------------------------------------
    def html(self) -> str:
        """The document as HTML; "" when nothing is written (no text, no list, no table)."""
        document = self.edit.document()
        if not document.toPlainText().strip() and document.blockCount() <= 1 and \
                self.edit.textCursor().currentList() is None:
            return ""
        return document.toHtml()

    def set_html(self, html: str) -> None:
        """Show `html` as the unchanged starting point (no sig_changed, not unsaved)."""
        self._loading = True
        try:
            self.edit.setHtml(html or "")
            self.edit.document().setModified(False)
        finally:
            self._loading = False
        self._show_format(self.edit.currentCharFormat())
        self._show_block()

    def has_unsaved(self) -> bool:
        return self.edit.document().isModified()

    def mark_saved(self) -> None:
        self.edit.document().setModified(False)

    def _changed(self) -> None:
        if not self._loading:
            self.sig_changed.emit()

    # -- formatting ---------------------------------------------------------------------------
    def _merge(self, fmt: QTextCharFormat) -> None:
        """The selection; without one, the word the cursor is inside (as word processors do).
        At a word's end it is only for what is typed next: Ctrl+B after typing a bold word ends
        the bold, it does not take it off that word."""
        cursor = self.edit.textCursor()
        if not cursor.hasSelection() and _inside_word(cursor):
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.bold.isChecked() else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.italic.isChecked())
        self._merge(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(self.underline.isChecked())
        self._merge(fmt)

    def set_heading(self, level: int) -> None:
        """Heading 1-3 for the paragraph under the cursor (0: normal text), as Qt's own example does."""
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)
        cursor.endEditBlock()
        self.edit.setFocus()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for index in reversed(range(current.count())):  # the same button again ends the list
                block = current.item(index)
                if cursor.hasSelection() and not (cursor.selectionStart() <= block.position() + block.length()
                                                  and block.position() <= cursor.selectionEnd()):
                    continue
                current.remove(block)
                plain = QTextCursor(block)
                fmt = plain.blockFormat()
                fmt.setIndent(0)
                plain.setBlockFormat(fmt)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()
        self._show_block()

    def ask_link(self) -> None:
        """Ask for the address (prefilled with the link under the cursor), then link the selection."""
        dialog = name(QInputDialog(self), "linkDialog")
        dialog.setWindowTitle(self.tr("Link"))
        dialog.setLabelText(self.tr("Web address or e-mail (https://…, mailto:…):"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self.edit.currentCharFormat().anchorHref() or "https://")
        dialog.setAccessibleName(self.tr("Link"))
        dialog.textValueSelected.connect(self.set_link)
        dialog.finished.connect(lambda *_: setattr(self, "link_dialog", None))
        self.link_dialog = dialog
        dialog.open()

    def set_link(self, url: str) -> None:
        """Link the selection (or the word under the cursor) to `url`; an empty address unlinks it;
        with nothing selected and no word, the address itself is written as the link."""
        url = url.strip()
        if url in ("https://", "http://"):
            url = ""
        if url and "://" not in url and not url.startswith("mailto:"):
            url = f"mailto:{url}" if "@" in url else f"https://{url}"
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        fmt = QTextCharFormat()
        fmt.setAnchor(bool(url))
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(bool(url))
        fmt.setForeground(self.palette().link() if url else self.palette().text())
        if not cursor.hasSelection() and url:
            cursor.insertText(url, fmt)
        else:
            cursor.mergeCharFormat(fmt)
        self.edit.setFocus()

    def clear_formatting(self) -> None:
        """Plain text again: no bold, links or colours; no heading; out of any list."""
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.setCharFormat(QTextCharFormat())
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.edit.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            plain = QTextCursor(block)
            if block.textList() is not None:
                block.textList().remove(block)
            plain.setBlockFormat(QTextBlockFormat())
            block = block.next()
        cursor.endEditBlock()
        self.edit.setCurrentCharFormat(QTextCharFormat())
        self._show_block()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """Enter at the end of a heading starts a normal paragraph, not another heading."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            cursor = self.edit.textCursor()
            if cursor.blockFormat().headingLevel() and cursor.atBlockEnd() and not cursor.hasSelection():
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                self.edit.setTextCursor(cursor)
                self.edit.setCurrentCharFormat(QTextCharFormat())
                return True
        return super().eventFilter(watched, event)

    # -- toolbar state --------------------------------------------------------------------------
    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline() and not fmt.isAnchor())

    def _show_block(self) -> None:
        cursor = self.edit.textCursor()
        level = cursor.blockFormat().headingLevel()
        self.heading.setCurrentIndex(HEADINGS.index(level) if level in HEADINGS else 0)
        current = cursor.currentList()
        style = current.format().style() if current is not None else None
        self.bullets.setChecked(style == _BULLET)
        self.numbers.setChecked(style == _NUMBERED)

    def retranslate(self) -> None:
        for act, text in (
            (self.bold, self.tr("Bold (Ctrl+B)")), (self.italic, self.tr("Italic (Ctrl+I)")),
            (self.underline, self.tr("Underline (Ctrl+U)")),
            (self.bullets, self.tr("Bulleted list (Ctrl+Shift+8)")),
            (self.numbers, self.tr("Numbered list (Ctrl+Shift+7)")),
            (self.link, self.tr("Link… (Ctrl+K)")), (self.clear_format, self.tr("Clear formatting (Ctrl+Space)")),
        ):
            act.setText(text)
            act.setToolTip(text)
            button = self.toolbar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(text.split(" (")[0])
        for index, text in enumerate((self.tr("Normal text"), self.tr("Heading 1"), self.tr("Heading 2"),
                                      self.tr("Heading 3"))):
            self.heading.setItemText(index, text)
        self.heading.setAccessibleName(self.tr("Paragraph style"))
        self.heading.setToolTip(self.tr("Paragraph style"))
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        if self.edit.accessibleName() in ("", self._text_name):  # the owner may name it (a script, a signature)
            self._text_name = self.tr("Text")
            self.edit.setAccessibleName(self._text_name)
