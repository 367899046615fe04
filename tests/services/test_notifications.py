"""The bell's notifications: unread for the actor only, counted, marked read."""

from __future__ import annotations

import pytest

from factories import create_ticket, make_admin, make_agent, make_campaign, make_viewer, set_hide_other_campaigns
from sagicc_desktop.services import notifications, ticket_actions
from sagicc_desktop.services.errors import NotFound
from sagicc_desktop.services.unit_of_work import unit_of_work


@pytest.fixture
def w(db):
    a, b = make_campaign(db, "A"), make_campaign(db, "B")
    admin = make_admin(db)
    agent, other = make_agent(db, campaigns=[a]), make_agent(db, campaigns=[a, b])
    return dict(db=db, a=a, b=b, admin=admin, agent=agent, other=other,
                ta=create_ticket(db, admin, a), tb=create_ticket(db, admin, b))


def push(db, user, kind, ticket_id, payload=None):
    with unit_of_work(db) as s:
        row = notifications.notify(s, user.user_id, kind, ticket_id, payload)
        s.flush()
        return row.id


def test_unread_is_per_user_newest_first_and_counted(w):
    db = w["db"]
    first = push(db, w["agent"], "assigned", w["ta"], {"by": "Alex"})
    second = push(db, w["agent"], "reminder", w["ta"], {"title": "Call back", "due_at": "2025-03-01T15:00:00+00:00"})
    push(db, w["other"], "assigned", w["tb"])
    rows = notifications.unread(db, w["agent"])
    assert [r.id for r in rows] == [second, first]
    assert rows[0].payload["title"] == "Call back" and rows[0].ticket_number is not None
    assert notifications.unread_count(db, w["agent"]) == 2
    assert notifications.unread_count(db, w["other"]) == 1


def test_mark_read_only_ones_own(w):
    db = w["db"]
    mine = push(db, w["agent"], "assigned", w["ta"])
    theirs = push(db, w["other"], "assigned", w["ta"])
    with pytest.raises(NotFound):
        notifications.mark_read(db, w["agent"], theirs)
    assert notifications.unread_count(db, w["other"]) == 1
    notifications.mark_read(db, w["agent"], mine)
    notifications.mark_read(db, w["agent"], mine)  # twice is harmless
    assert notifications.unread(db, w["agent"]) == []
    assert notifications.unread_count(db, w["agent"]) == 0


def test_mark_all_read(w):
    db = w["db"]
    for _ in range(3):
        push(db, w["agent"], "assigned", w["ta"])
    assert notifications.mark_all_read(db, w["agent"]) == 3
    assert notifications.unread_count(db, w["agent"]) == 0


def test_deleted_and_hidden_tickets_drop_out(w):
    db = w["db"]
    push(db, w["other"], "assigned", w["ta"])
    push(db, w["agent"], "assigned", w["tb"])
    push(db, w["agent"], "reminder", None, {"title": "Team meeting", "due_at": "2025-03-01T15:00:00+00:00"})
    ticket_actions.delete(db, w["admin"], w["ta"])
    assert notifications.unread_count(db, w["other"]) == 0
    set_hide_other_campaigns(db, w["admin"])
    assert [r.kind for r in notifications.unread(db, w["agent"])] == ["reminder"]
    assert notifications.unread_count(db, w["agent"]) == 1


def test_reassign_notifies_the_new_assignee_only(w):
    db = w["db"]
    viewer = make_viewer(db)
    ticket_actions.reassign(db, w["admin"], w["ta"], w["agent"].user_id)
    [row] = notifications.unread(db, w["agent"])
    assert row.kind == notifications.ASSIGNED and row.payload["by"] == w["admin"].display_name
    for user in (w["admin"], w["other"], viewer):
        assert notifications.unread_count(db, user) == 0
