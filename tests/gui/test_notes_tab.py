"""T12 in the window: add a note with a colour, view it whole, delete it (confirmed, only the
author or an administrator), read-only for viewers and closed tickets."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import notes
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Note, Ticket
from sagicc_desktop.store.enums import TicketStatus
from sagicc_desktop.views.ticket import notes_tab
from sagicc_desktop.views.ticket.notes_tab import NoteDialog, NotesTab

from .conftest import show_active


def _ticket(ctx, status=None) -> uuid.UUID:
    with read_only(ctx.db) as s:
        q = select(Ticket.id).where(Ticket.deleted_at.is_(None)).order_by(Ticket.number).limit(1)
        q = q.where(Ticket.status == status) if status else q.where(Ticket.status != TicketStatus.CLOSED)
        return s.scalar(q)


def _tab(qtbot, ctx, ticket_id) -> NotesTab:
    tab = show_active(qtbot, NotesTab(ctx, ticket_id), size=(600, 600))
    tab.ensure_loaded()
    return tab


def _texts(tab) -> list[str]:
    return [tab.list.item(i).text().split("\n— ")[0] for i in range(tab.list.count())]


def _click_row(qtbot, tab, row: int) -> None:
    item = tab.list.item(row)
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=tab.list.visualItemRect(item).center())


def _write(qtbot, tab, text: str, colour: str) -> None:
    tab.colour.setCurrentIndex(tab.colour.findData(colour))
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, text)


def test_add_with_a_colour_by_keyboard(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    assert not tab.add_button.isEnabled() and "Write the note first" in tab.add_button.toolTip()
    _write(qtbot, tab, "Call after 6 pm", "green")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _texts(tab)[0] == "Call after 6 pm"
    item = tab.list.item(0)
    assert item.background().color().name() == notes.COLOURS["green"]
    assert "Green" in item.toolTip() and ctx.user.display_name in item.toolTip()
    assert tab.editor.toPlainText() == ""
    stored = notes.list_notes(ctx.db, ctx.user, ticket_id)[0]
    assert (stored.text, stored.colour) == ("Call after 6 pm", "green")


def test_view_shows_the_whole_text(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    long_text = "Start. " + "detail " * 120 + "END-MARK"
    notes.add_note(ctx.db, ctx.user, ticket_id, long_text, "blue")
    tab = _tab(qtbot, ctx, ticket_id)
    assert "END-MARK" not in tab.list.item(0).text()  # the card shows the beginning
    _click_row(qtbot, tab, 0)
    qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert isinstance(dialog, NoteDialog) and dialog.isVisible()
    assert dialog.text.toPlainText() == long_text and dialog.text.isReadOnly()
    dialog.close()


def test_delete_asks_first(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    row = notes.add_note(ctx.db, ctx.user, ticket_id, "temporary", "pink")
    tab = _tab(qtbot, ctx, ticket_id)
    _click_row(qtbot, tab, 0)
    qtbot.keyClick(tab.list, Qt.Key.Key_Delete)
    box = tab.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert _texts(tab)[0] == "temporary"
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.last_dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "temporary" not in _texts(tab)
    with read_only(ctx.db) as s:
        assert s.get(Note, row.id).deleted_at is not None


def test_someone_elses_note_cannot_be_deleted_by_an_agent_but_by_an_admin(qtbot, make_ctx):
    emma = make_ctx("emma")
    ticket_id = _ticket(emma)
    notes.add_note(emma.db, emma.user, ticket_id, "Emma's note", "orange")
    carlos_tab = _tab(qtbot, make_ctx("carlos"), ticket_id)
    _click_row(qtbot, carlos_tab, 0)
    assert not carlos_tab.delete_button.isEnabled()
    assert "author or an administrator" in carlos_tab.delete_button.toolTip()
    admin_tab = _tab(qtbot, make_ctx("admin"), ticket_id)
    _click_row(qtbot, admin_tab, 0)
    assert admin_tab.delete_button.isEnabled()
    assert admin_tab.delete(admin_tab.current_id())
    assert "Emma's note" not in _texts(admin_tab)


def test_viewer_reads_but_cannot_write(qtbot, make_ctx):
    writer = make_ctx("carlos")
    ticket_id = _ticket(writer)
    notes.add_note(writer.db, writer.user, ticket_id, "for everyone to read", "yellow")
    tab = _tab(qtbot, make_ctx("viewer"), ticket_id)
    assert _texts(tab)[0] == "for everyone to read"
    assert tab.editor.isReadOnly() and not tab.colour.isEnabled()
    assert not tab.add_button.isEnabled() and "Viewers" in tab.add_button.toolTip()
    _click_row(qtbot, tab, 0)
    assert tab.view_button.isEnabled() and not tab.delete_button.isEnabled()


def test_closed_ticket_takes_no_notes(qtbot, make_ctx):
    ctx = make_ctx("admin")
    tab = _tab(qtbot, ctx, _ticket(ctx, TicketStatus.CLOSED))
    assert tab.editor.isReadOnly() and "closed" in tab.add_button.toolTip()


def test_an_error_keeps_the_text(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    _write(qtbot, tab, "x" * 10, "yellow")
    tab.editor.setPlainText("y" * (notes.MAX_TEXT + 5))
    assert tab.add() is False
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "too long" in box.text()
    assert len(tab.editor.toPlainText()) == notes.MAX_TEXT + 5


def test_every_control_is_named(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    for w in (tab.editor, tab.colour, tab.add_button, tab.view_button, tab.delete_button, tab.list):
        assert w.objectName() and w.accessibleName()
    assert [tab.colour.itemText(i) for i in range(tab.colour.count())] == ["Yellow", "Orange", "Green", "Blue",
                                                                          "Pink"]


def test_many_notes_show_a_batch_and_the_rest_on_scrolling(qtbot, make_ctx):
    import datetime as dt

    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.types import utcnow

    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    with unit_of_work(ctx.db) as s:
        now = utcnow() + dt.timedelta(days=1)
        s.add_all(Note(ticket_id=ticket_id, user_id=ctx.user.user_id, text=f"Private note {i}",
                       created_at=now - dt.timedelta(minutes=i), updated_at=now) for i in range(120))
    tab = _tab(qtbot, ctx, ticket_id)
    everything = notes.list_notes(ctx.db, ctx.user, ticket_id)
    assert len(tab.rows) == notes_tab.PAGE < len(everything)  # read a page, not all of them
    qtbot.wait(20)  # the view is laid out and filled until it can scroll
    assert tab.list.count() < len(tab.rows) and tab.list.verticalScrollBar().maximum() > 0
    assert _texts(tab)[0] == "Private note 0"  # newest first
    bar = tab.list.verticalScrollBar()
    while tab._batches.has_more():
        before = tab.list.count()
        qtbot.wait(20)
        bar.setValue(bar.maximum())
        assert tab.list.count() > before
    assert [tab.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.list.count())] == [
        str(n.id) for n in everything]  # each note once, newest first
    oldest = tab.rows[-1].id
    tab._fill(oldest)  # selecting a note beyond the first batch shows it
    assert tab.current_id() == oldest
