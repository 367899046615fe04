"""T12: the Notes tab: private notes as coloured rows; add with a colour, view, delete.

The colour is never the only cue: each row and its tooltip also name the colour, and the
author and date are on the row itself.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRect, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...services import notes, tickets
from ...services.errors import ServiceError
from ..messages import read_only_text, show_error
from ..widgets import Retranslating, name
from .batches import Batches
from .list_parts import empty_label
from .simple_tabs import LazyTab

ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 280
COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("NotesTab", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("NotesTab", "Orange"),
    "green": QT_TRANSLATE_NOOP("NotesTab", "Green"),
    "blue": QT_TRANSLATE_NOOP("NotesTab", "Blue"),
    "pink": QT_TRANSLATE_NOOP("NotesTab", "Pink"),
}
INK = QColor("#1f2933")  # dark text on every note colour


def swatch(hex_value: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(hex_value))
    return QIcon(pixmap)


PAGE = 80  # notes read at a time; older ones as the user scrolls

class NoteCardDelegate(QStyledItemDelegate):
    """A note as a card in its colour; the selection is an outline, so the colour stays visible."""

    PAD = 8

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(self.PAD + 2, self.PAD, -self.PAD - 2, -self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(2, 2, -2, -2)
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.setBrush(colour.color() if isinstance(colour, QBrush) else QColor(notes.COLOURS["yellow"]))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(option.palette.highlight().color(), 3) if selected else QPen(QColor(0, 0, 0, 50), 1)
        painter.setPen(pen)
        painter.drawRoundedRect(card, 5, 5)
        painter.setPen(INK)
        painter.setFont(option.font)
        painter.drawText(self._text_rect(card), Qt.TextFlag.TextWordWrap, index.data(Qt.ItemDataRole.DisplayRole))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt name)
        width = max(120, option.rect.width() or self.parent().viewport().width())
        inner = self._text_rect(QRect(0, 0, width - 4, 10_000))
        text = option.fontMetrics.boundingRect(inner, Qt.TextFlag.TextWordWrap,
                                               index.data(Qt.ItemDataRole.DisplayRole))
        return QSize(width, text.height() + 2 * self.PAD + 6)


class NoteDialog(Retranslating, QDialog):
    """View: the full text of one note, selectable, on its colour."""

    def __init__(self, note: notes.NoteRow, parent=None) -> None:
        super().__init__(parent)
        name(self, "noteDialog")
        self.note = note
        self.meta = name(QLabel(), "noteDialogMeta")
        self.text = name(QPlainTextEdit(), "noteDialogText")
        self.text.setReadOnly(True)
        self.text.setPlainText(note.text)
        self.text.setStyleSheet(f"QPlainTextEdit {{ background: {note.hex}; color: {INK.name()}; }}")
        self.buttons = name(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "noteDialogButtons")
        self.buttons.rejected.connect(self.reject)
        name(self.buttons.button(QDialogButtonBox.StandardButton.Close), "noteDialogClose")
        layout = QVBoxLayout(self)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Private note"))
        self.setAccessibleName(self.windowTitle())
        colour = self.tr(COLOUR_NAMES[self.note.colour])
        self.meta.setText(self.tr("%1 · %2 · %3").replace("%1", self.note.author or self.tr("Unknown"))
                          .replace("%2", date_time(self.note.created_at)).replace("%3", colour))
        self.meta.setAccessibleName(self.meta.text())
        self.text.setAccessibleName(self.tr("Note text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))


class NotesTab(LazyTab):
    switchable = True

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "notesTab", parent)
        self._writable = False
        self._why = ""
        self.last_dialog: QWidget | None = None

        self.editor = name(QPlainTextEdit(), "noteEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(64)
        self.editor.textChanged.connect(self._update_buttons)
        self.colour = name(QComboBox(), "noteColourCombo")
        for key, hex_value in notes.COLOURS.items():
            self.colour.addItem(swatch(hex_value), "", key)
        self.colour.setIconSize(QSize(14, 14))
        self.add_button = name(QPushButton(), "addNoteButton")
        self.add_button.clicked.connect(self.add)
        composer = QHBoxLayout()
        composer.addWidget(self.editor, 1)
        side = QVBoxLayout()
        side.addWidget(self.colour)
        side.addWidget(self.add_button)
        side.addStretch(1)
        composer.addLayout(side)

        self.list = name(QListWidget(), "notesList")
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(NoteCardDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the cards when the dock resizes
        self._batches = Batches(self.list, self._add_cards)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.view_current())
        self.list.itemActivated.connect(lambda *_: self.view_current())
        self.empty = empty_label("notesEmpty")
        self.empty.setWordWrap(True)

        self.view_button = name(QPushButton(), "viewNoteButton")
        self.view_button.clicked.connect(self.view_current)
        self.delete_button = name(QPushButton(), "deleteNoteButton")
        self.delete_button.clicked.connect(self.ask_delete)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.view_button)
        actions.addWidget(self.delete_button)

        self.private_hint = name(QLabel(), "notesPrivateHint")
        self.private_hint.setWordWrap(True)
        self.private_hint.setStyleSheet("color: palette(mid);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(composer)
        layout.addWidget(self.private_hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, activated=self.add, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, activated=self.ask_delete, context=scope)
        self.retranslate()
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------------
    @property
    def rows(self) -> list[notes.NoteRow]:
        """The notes read so far, newest first (older pages are read as the user scrolls)."""
        return self._batches.rows

    @rows.setter
    def rows(self, value: list[notes.NoteRow]) -> None:
        self._batches.rows = value

    def can_switch(self) -> bool:
        return not self.editor.toPlainText().strip()  # a note being written stays with its ticket

    def forget(self) -> None:
        self.list.clear()
        self._batches.start(())

    def load(self) -> None:
        current = self.current_id()
        reason = tickets.read_only_reason(self.ctx.db, self.ctx.user, self.ticket_id)
        first = notes.list_notes(self.ctx.db, self.ctx.user, self.ticket_id, limit=PAGE)
        self._why = read_only_text(reason)
        self._writable = not self._why
        self._fill(current, first)

    def _older(self, last: notes.NoteRow) -> list[notes.NoteRow]:
        return notes.list_notes(self.ctx.db, self.ctx.user, self.ticket_id, limit=PAGE,
                                before=(last.created_at, last.id))

    def _fill(self, select: uuid.UUID | None = None, first: list[notes.NoteRow] | None = None) -> None:
        """Show the rows from the top: `first`, a page just read, or the rows already read."""
        self.list.clear()
        self._select = select
        if first is not None:
            self._batches.start(first, self._older, PAGE)
        else:
            self._batches.restart()
        if select is not None:
            self._batches.show_until(lambda n: str(n.id) == str(select))
        self.list.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._update_buttons()

    def _add_cards(self, rows) -> None:
        select = getattr(self, "_select", None)
        for n in rows:
            text = n.text if len(n.text) <= PREVIEW_CHARS else n.text[:PREVIEW_CHARS].rstrip() + "…"
            colour = self.tr(COLOUR_NAMES[n.colour])
            meta = self.tr("%1 · %2 · %3").replace("%1", n.author or self.tr("Unknown")) \
                .replace("%2", date_time(n.created_at)).replace("%3", colour)
            item = QListWidgetItem(f"{text}\n— {meta}")
            item.setData(ID_ROLE, str(n.id))
            item.setBackground(QBrush(QColor(n.hex)))
            item.setForeground(QBrush(INK))
            item.setToolTip(meta)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{colour}: {n.text} ({meta})")
            self.list.addItem(item)
            if select is not None and str(select) == str(n.id):
                self.list.setCurrentItem(item)

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def current_note(self) -> notes.NoteRow | None:
        current = self.current_id()
        return next((n for n in self.rows if n.id == current), None)

    def _update_buttons(self, *_args) -> None:
        note = self.current_note()
        has_text = bool(self.editor.toPlainText().strip())
        self.editor.setReadOnly(not self._writable)
        self.colour.setEnabled(self._writable)
        self.add_button.setEnabled(self._writable and has_text)
        self.view_button.setEnabled(note is not None)
        self.delete_button.setEnabled(self._writable and note is not None and note.can_delete)
        for w in (self.editor, self.colour):
            w.setToolTip(self._why)
        self.add_button.setToolTip(self._why or (self.tr("Add the note (Ctrl+Enter)") if has_text
                                                 else self.tr("Write the note first")))
        self.view_button.setToolTip(self.tr("Show the whole note (Enter)") if note else self.tr("Select a note first"))
        if self._why:
            why = self._why
        elif note is None:
            why = self.tr("Select a note first")
        elif not note.can_delete:
            why = self.tr("Only the note's author or an administrator may delete it.")
        else:
            why = self.tr("Delete the selected note (Delete)")
        self.delete_button.setToolTip(why)

    # -- actions ---------------------------------------------------------------------------------
    def add(self) -> bool:
        if not self.add_button.isEnabled():
            return False
        try:
            row = notes.add_note(self.ctx.db, self.ctx.user, self.ticket_id, self.editor.toPlainText(),
                                 self.colour.currentData())
        except ServiceError as exc:
            show_error(self, exc)  # the text stays in the editor
            return False
        self.editor.clear()
        self.rows.insert(0, row)
        self._fill(row.id)
        return True

    def view_current(self) -> None:
        note = self.current_note()
        if note is None:
            return
        dialog = NoteDialog(note, self)
        self.last_dialog = dialog
        dialog.open()

    def ask_delete(self) -> None:
        note = self.current_note()
        if note is None or not self.delete_button.isEnabled():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete note"),
                          self.tr("Delete this private note? This cannot be undone from here."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        name(box, "deleteNoteConfirm", box.windowTitle())
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda nid=note.id: self.delete(nid))
        self.last_dialog = box
        box.open()

    def delete(self, note_id: uuid.UUID) -> bool:
        try:
            notes.delete_note(self.ctx.db, self.ctx.user, note_id)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.rows = [n for n in self.rows if n.id != note_id]
        self._fill()
        return True

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i in range(self.colour.count()):
            self.colour.setItemText(i, self.tr(COLOUR_NAMES[self.colour.itemData(i)]))
        self.colour.setAccessibleName(self.tr("Note colour"))
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(self.tr("Write a private note…"))
        self.add_button.setText(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.view_button.setText(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View note"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete note"))
        self.list.setAccessibleName(self.tr("Private notes"))
        self.private_hint.setText(self.tr("Notes are private: they stay in this ticket view and never reach "
                                          "reports, dashboards, transcripts or the external view."))
        self.private_hint.setAccessibleName(self.private_hint.text())
        self.empty.setText(self.tr("No private notes yet."))
        self.empty.setAccessibleName(self.empty.text())
        if self.loaded:
            self._fill(self.current_id())
        self._update_buttons()
