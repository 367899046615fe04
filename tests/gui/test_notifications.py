"""The top bar's bell: unread count, the list in the user's words, opening a ticket from it,
and the periodic work that later checks hook into."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from sagicc_desktop.models.formatting import date_time
from sagicc_desktop.services import notifications, ticket_actions, tickets
from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import User
from sagicc_desktop.store.enums import TicketStatus
from sagicc_desktop.views.main_window import MainWindow
from sagicc_desktop.views.notifications import INTERVAL_MS

from .conftest import show_active


def _window(qtbot, ctx) -> MainWindow:
    """The main window without its reminder check: these tests count only what they add
    (the demo agenda has entries already due; test_idle covers the reminders)."""
    window = show_active(qtbot, MainWindow(ctx))
    window.top_bar.bell.checks.remove(window.check_reminders)
    return window


def _open_ticket(ctx, n=1):
    return [r.id for r in TicketListQuery(ctx.db, ctx.user, TicketFilter(statuses=(TicketStatus.NEW,))).first_page(n)]


def _assign_to(admin, username, ticket_id) -> None:
    with admin.db.sessions() as s:
        user_id = s.scalar(select(User.id).where(User.username == username))
    ticket_actions.reassign(admin.db, admin.user, ticket_id, user_id)


def _remind(ctx, ticket_id, title, due: dt.datetime) -> None:
    with unit_of_work(ctx.db) as s:
        notifications.notify(s, ctx.user.user_id, notifications.REMINDER, ticket_id,
                             {"title": title, "due_at": due.isoformat()})


def test_bell_counts_lists_and_opens_the_ticket(qtbot, make_ctx):
    admin, ctx = make_ctx("admin"), make_ctx("emma")
    window = _window(qtbot, ctx)
    bell = window.top_bar.bell
    assert not bell.badge.isVisible() and bell.count == 0
    ticket_id = _open_ticket(admin)[0]
    number = tickets.header(admin.db, admin.user, ticket_id).number
    _assign_to(admin, "emma", ticket_id)
    bell.tick()
    assert bell.badge.text() == "1" and bell.badge.isVisible()
    assert "1 unread" in bell.button.accessibleName()
    bell.load_list()
    assert bell.texts() == [f"Ticket #{number} assigned to you by Alex Admin"]
    item = bell.list.item(0)
    qtbot.mouseClick(bell.list.viewport(), Qt.MouseButton.LeftButton, pos=bell.list.visualItemRect(item).center())
    assert window.ticket_view is not None and window.ticket_view.ticket_id == ticket_id
    assert notifications.unread_count(ctx.db, ctx.user) == 0
    assert not bell.badge.isVisible()


def test_reminders_read_in_the_users_words(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    ticket_id = _open_ticket(ctx)[0]
    number = tickets.header(ctx.db, ctx.user, ticket_id).number
    due = dt.datetime(2025, 3, 14, 15, 30, tzinfo=dt.timezone.utc)
    _remind(ctx, ticket_id, "Call the customer back", due)
    bell = window.top_bar.bell
    bell.load_list()
    assert bell.texts() == [f"Reminder: Call the customer back at {date_time(due)}, ticket #{number}"]
    assert bell.badge.text() == "1"
    bell.mark_all_action.trigger()
    assert notifications.unread_count(ctx.db, ctx.user) == 0 and not bell.badge.isVisible()
    bell.load_list()
    assert bell.texts() == ["No new notifications"] and not bell.mark_all_action.isEnabled()


def test_periodic_checks_run_before_the_count(qtbot, make_ctx):
    ctx = make_ctx("sofia")
    window = _window(qtbot, ctx)
    bell = window.top_bar.bell
    assert bell.timer.isActive() and bell.timer.interval() == INTERVAL_MS == 30_000
    ticket_id = _open_ticket(ctx)[0]
    calls = []

    def broken():
        calls.append("broken")
        raise RuntimeError("a check that fails")

    def due_reminders():
        calls.append("reminders")
        _remind(ctx, ticket_id, "Follow up", dt.datetime.now(dt.timezone.utc))

    bell.checks += [broken, due_reminders]
    bell.tick()
    assert calls == ["broken", "reminders"]
    assert bell.badge.text() == "1"  # counted after the checks ran, despite the failing one


def test_own_actions_refresh_the_count(qtbot, make_ctx):
    ctx = make_ctx("laura")
    window = _window(qtbot, ctx)
    ticket_id = _open_ticket(ctx)[0]
    with unit_of_work(ctx.db) as s:
        notifications.notify(s, ctx.user.user_id, notifications.ASSIGNED, ticket_id, {"by": "Alex Admin"})
    assert window.top_bar.bell.count == 0  # not yet looked
    window.open_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.top_bar.bell.badge.text() == "1", timeout=2000)  # right after the paint


def test_bell_is_named_for_assistive_technology(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("viewer"))
    bell = window.top_bar.bell
    for widget in (bell.button, bell.list):
        assert widget.objectName() and widget.accessibleName()
