"""U2: Away after the idle time, Available again on the next keystroke; Busy is untouched."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sagicc_desktop.services import presence
from sagicc_desktop.store.enums import Presence
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_agent_shows_away_and_returns_on_a_keystroke(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    window.idle.stop()
    clock = Clock()
    from sagicc_desktop.views.idle import IdleWatcher

    watcher = IdleWatcher(ctx, window.top_bar.show_presence, window, clock=clock)
    assert watcher.minutes == 10
    clock.now += 9 * 60
    watcher.check()
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AVAILABLE
    clock.now += 61
    watcher.check()
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AWAY
    assert window.top_bar.presence.currentData() == Presence.AWAY
    qtbot.keyClick(window.tickets_page, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: presence.current(ctx.db, ctx.user.user_id) is Presence.AVAILABLE, timeout=2000)
    assert window.top_bar.presence.currentData() == Presence.AVAILABLE
    watcher.stop()


def test_an_away_chosen_by_hand_is_not_undone_by_activity(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    presence.set_by_hand(ctx.db, ctx.user, Presence.AWAY)
    qtbot.keyClick(window.tickets_page, Qt.Key.Key_Down)
    qtbot.wait(50)
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AWAY


def test_idle_with_a_ticket_open_stays_busy(qtbot, make_ctx):
    from sagicc_desktop.services.ticket_list import TicketListQuery
    from sagicc_desktop.views.idle import IdleWatcher

    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    window.open_ticket(TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id)
    clock = Clock()
    watcher = IdleWatcher(ctx, window.top_bar.show_presence, window, clock=clock)
    clock.now += 3600
    watcher.check()
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.BUSY
    watcher.stop()


def test_a_next_action_coming_due_is_announced_once(qtbot, make_ctx):
    """T9: a reminder appears when the next action comes due (the bell's periodic check)."""
    import datetime as dt

    from sagicc_desktop.services import agenda
    from sagicc_desktop.services.ticket_list import TicketListQuery
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import AgendaEntry
    from sagicc_desktop.store.types import utcnow

    ctx = make_ctx("carlos")
    agenda.raise_due_reminders(ctx.db, ctx.user, utcnow())  # the demo's own due entries first
    ticket = TicketListQuery(ctx.db, ctx.user).first_page(1)[0]
    with unit_of_work(ctx.db) as s:
        s.add(AgendaEntry(user_id=ctx.user.user_id, ticket_id=ticket.id, title="Call back about the router",
                          due_at=utcnow() + dt.timedelta(minutes=1)))
    window = show_active(qtbot, MainWindow(ctx))
    before = window.top_bar.bell.count
    window.top_bar.bell.tick()
    assert "Call back about the router" in window.statusBar().currentMessage()
    assert f"#{ticket.number}" in window.statusBar().currentMessage()
    assert window.top_bar.bell.count == before + 1
    window.statusBar().clearMessage()
    window.top_bar.bell.tick()  # announced once
    assert window.statusBar().currentMessage() == ""
