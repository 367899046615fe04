"""T8: the assignee's agenda as a day or week calendar, navigation, and entries of other tickets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from sqlalchemy import select

from sagicc_desktop.services import ticket_list
from sagicc_desktop.store.entities import AgendaEntry, Ticket
from sagicc_desktop.views.agenda_calendar import _OTHER, _THIS
from sagicc_desktop.views.ticket.agenda_tab import AgendaTab

from .conftest import show_active

DAY = QDate.currentDate().addDays(60)


def _local(day: QDate, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year(), day.month(), day.day(), hour, minute).astimezone()


def _setup(ctx):
    """The ticket, another ticket of the same assignee, an entry of each on DAY."""
    ticket_id = ticket_list.pending_tickets(ctx.db, ctx.user)[0].id
    with ctx.db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        other = s.scalar(select(Ticket).where(Ticket.id != ticket_id, Ticket.assignee_id == ticket.assignee_id))
        mine = AgendaEntry(user_id=ticket.assignee_id, ticket_id=ticket_id, due_at=_local(DAY, 10),
                           duration_min=30, title="Call back")
        theirs = AgendaEntry(user_id=ticket.assignee_id, ticket_id=other.id, due_at=_local(DAY, 10, 15),
                             duration_min=60, title="Visit")
        s.add_all([mine, theirs])
        s.commit()
        return ticket_id, mine.id, theirs.id, other.number


def _tab(qtbot, ctx, ticket_id) -> AgendaTab:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    tab = AgendaTab(ctx, ticket_id)
    show_active(qtbot, tab, (900, 600))
    tab.ensure_loaded()
    tab.go_to(DAY)
    return tab


def _click(qtbot, tab, entry_id, double=False):
    grid = tab.calendar.grid
    rect = tab.calendar.block_rect(entry_id)
    tab.calendar.scroll.ensureVisible(rect.center().x(), rect.center().y())
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=rect.center())


def test_week_view_shows_seven_days_with_this_tickets_entries_highlighted(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id, mine, theirs, _ = _setup(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    cal = tab.calendar
    assert cal.days == 7 and tab.week_button.isChecked()
    assert cal.first_day <= DAY < cal.first_day.addDays(7)
    assert cal.first_day.dayOfWeek() == QLocale().firstDayOfWeek().value
    blocks = {b.item.id: b for b in cal.blocks}
    assert cal._colours(blocks[mine].item) is _THIS and cal._colours(blocks[theirs].item) is _OTHER
    # overlapping entries share the day's column side by side
    assert blocks[mine].rect.right() <= blocks[theirs].rect.left() + 1
    assert blocks[theirs].rect.height() > blocks[mine].rect.height()
    assert "Carlos" in tab.owner.text()


def test_day_view_and_navigation(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id, mine, _, _ = _setup(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    qtbot.mouseClick(tab.day_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.days == 1 and tab.calendar.first_day == DAY
    assert mine in {b.item.id for b in tab.calendar.blocks}
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.first_day == DAY.addDays(1)
    assert mine not in {b.item.id for b in tab.calendar.blocks}
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.first_day == DAY.addDays(-1)
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.first_day == QDate.currentDate()
    qtbot.mouseClick(tab.week_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.days == 7 and tab.calendar.first_day <= QDate.currentDate()
    before = tab.calendar.first_day
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.first_day == before.addDays(7)


def test_double_click_on_another_tickets_entry_shows_its_number(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id, _, theirs, other_number = _setup(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    _click(qtbot, tab, theirs, double=True)
    assert tab.info.text().startswith(f"Ticket #{other_number} — ")
    assert tab.calendar.selected_item().id == theirs


def test_enter_on_this_tickets_entry_says_so(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id, mine, _, _ = _setup(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    _click(qtbot, tab, mine)
    assert "Call back" in tab.calendar.grid.accessibleDescription()
    qtbot.keyClick(tab.calendar.grid, Qt.Key.Key_Return)
    assert tab.info.text().startswith("This ticket's next task: ")


def test_arrow_keys_walk_the_entries_in_time_order(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id, mine, theirs, _ = _setup(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    _click(qtbot, tab, mine)
    qtbot.keyClick(tab.calendar.grid, Qt.Key.Key_Right)
    assert tab.calendar.selected_item().id == theirs
    qtbot.keyClick(tab.calendar.grid, Qt.Key.Key_Left)
    assert tab.calendar.selected_item().id == mine


def test_a_saved_next_task_appears_after_reload(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id, _, _, _ = _setup(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    count = len(tab.calendar.blocks)
    with ctx.db.sessions() as s:
        user_id = s.get(Ticket, ticket_id).assignee_id
        s.add(AgendaEntry(user_id=user_id, ticket_id=ticket_id, due_at=_local(DAY, 15), title="Later"))
        s.commit()
    tab.reload()
    assert len(tab.calendar.blocks) == count + 1
