"""U2/A1: supervisors and administrators see who is Available, Busy (on which ticket), Away or Offline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from sagicc_desktop.services import presence
from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.enums import Presence
from sagicc_desktop.views.admin import presence_board
from sagicc_desktop.views.admin.presence_board import PresenceBoard

from .conftest import show_active


def row_of(board: PresenceBoard, display_name: str) -> list[str]:
    for index in range(board.table.topLevelItemCount()):
        item = board.table.topLevelItem(index)
        if item.text(0) == display_name:
            return [item.text(c) for c in range(board.table.columnCount())]
    raise AssertionError(f"{display_name} is not on the board")


def test_supervisors_and_administrators_get_the_board(make_ctx):
    assert PresenceBoard.available_to(make_ctx("laura").user)
    assert PresenceBoard.available_to(make_ctx("admin").user)
    assert not PresenceBoard.available_to(make_ctx("carlos").user)
    assert not PresenceBoard.available_to(make_ctx("viewer").user)


def test_the_board_shows_a_busy_user_with_the_ticket_and_counts(qtbot, make_ctx):
    laura = make_ctx("laura")
    board = show_active(qtbot, PresenceBoard(laura), size=(900, 500))
    assert row_of(board, "Carlos Ramírez")[2] == "Offline"

    carlos = make_ctx("carlos")  # signing in makes him Available
    ticket = TicketListQuery(carlos.db, carlos.user).first_page(1)[0]
    with unit_of_work(carlos.db) as session:
        presence.enter_ticket(session, carlos.user, ticket.id)
    qtbot.keyClick(board.table, Qt.Key.Key_F5)  # F5 refreshes at once (the timer every 15 s)

    name, role, status, since, number = row_of(board, "Carlos Ramírez")
    assert (role, status, since, number) == ("Agent", "Busy", "just now", f"#{ticket.number}")
    assert row_of(board, "Laura Gómez")[2:] == ["Available", "just now", ""]
    counts = {s: board.counts[s].accessibleName() for s in Presence}
    assert counts[Presence.BUSY] == "Busy: 1" and counts[Presence.AVAILABLE] == "Available: 1"
    assert counts[Presence.OFFLINE] == "Offline: 4"
    assert board.timer.isActive() and board.timer.interval() == 15_000


def test_the_timer_refreshes_and_stops_while_hidden(qtbot, make_ctx):
    board = show_active(qtbot, PresenceBoard(make_ctx("admin")))
    board.timer.setInterval(50)
    make_ctx("emma")
    qtbot.waitUntil(lambda: row_of(board, "Emma Wilson")[2] == "Available", timeout=3000)
    board.hide()
    assert not board.timer.isActive()


def test_since_is_said_briefly():
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.timezone.utc)
    assert presence_board.elapsed(now - dt.timedelta(seconds=20), now) == "just now"
    assert presence_board.elapsed(now - dt.timedelta(minutes=12, seconds=30), now) == "12 min"
    assert presence_board.elapsed(now - dt.timedelta(hours=3, minutes=5), now) == "3 h 5 min"
    assert presence_board.elapsed(now - dt.timedelta(days=2, hours=4), now) == "2 d 4 h"


def test_every_control_is_named(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    board = show_active(qtbot, PresenceBoard(make_ctx("laura")))
    assert _unnamed(board) == []
