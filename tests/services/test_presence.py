"""U2: presence follows the open ticket; supervisors see everyone's."""

from __future__ import annotations

import pytest

from factories import (
    PASSWORD, create_ticket, make_admin, make_agent, make_campaign, make_supervisor, make_viewer,
    set_hide_other_campaigns,
)
from sagicc_desktop.services import auth, presence, tickets
from sagicc_desktop.services.errors import NotFound, PermissionDenied, PresenceLocked
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import UserPresence
from sagicc_desktop.store.enums import Presence


@pytest.fixture
def setup(db):
    campaign = make_campaign(db)
    admin = make_admin(db, display_name="Admin")
    agent = make_agent(db, username="agent", display_name="Agent", campaigns=[campaign])
    t = create_ticket(db, admin, campaign)
    return db, admin, agent, t, campaign


def _row(db, user_id) -> UserPresence:
    """The stored row, detached with its values loaded (read_only's rollback would expire it)."""
    with read_only(db) as session:
        row = session.get(UserPresence, user_id)
        session.expunge(row)
        return row


def test_sign_in_sets_available(setup):
    db, _, agent, _, _ = setup
    assert presence.current(db, agent.user_id) is Presence.OFFLINE
    auth.sign_in(db, "agent", PASSWORD)
    assert presence.current(db, agent.user_id) is Presence.AVAILABLE


def test_open_ticket_sets_busy_with_the_ticket(setup):
    db, _, agent, t, _ = setup
    actor = auth.sign_in(db, "agent", PASSWORD)
    header = tickets.open_ticket(db, actor, t)
    assert header.id == t
    row = _row(db, agent.user_id)
    assert row.status is Presence.BUSY
    assert row.busy_ticket_id == t


def test_presence_cannot_be_changed_by_hand_while_a_ticket_is_open(setup):
    db, _, agent, t, _ = setup
    actor = auth.sign_in(db, "agent", PASSWORD)
    tickets.open_ticket(db, actor, t)
    for status in (Presence.AVAILABLE, Presence.AWAY, Presence.OFFLINE, Presence.BUSY):
        with pytest.raises(PresenceLocked):
            presence.set_by_hand(db, actor, status)
    row = _row(db, agent.user_id)
    assert row.status is Presence.BUSY and row.busy_ticket_id == t


def test_leaving_the_ticket_sets_available_and_unlocks(setup):
    db, _, agent, t, _ = setup
    actor = auth.sign_in(db, "agent", PASSWORD)
    tickets.open_ticket(db, actor, t)
    tickets.leave_ticket(db, actor)
    row = _row(db, agent.user_id)
    assert row.status is Presence.AVAILABLE and row.busy_ticket_id is None
    presence.set_by_hand(db, actor, Presence.AWAY)
    assert presence.current(db, agent.user_id) is Presence.AWAY


def test_leaving_does_not_change_the_ticket(setup):
    db, _, agent, t, _ = setup
    actor = auth.sign_in(db, "agent", PASSWORD)
    before = tickets.header(db, actor, t)
    tickets.open_ticket(db, actor, t)
    tickets.leave_ticket(db, actor)
    assert tickets.header(db, actor, t) == before


def test_set_by_hand_changes_since_only_on_a_real_change(setup):
    db, _, agent, _, _ = setup
    actor = auth.sign_in(db, "agent", PASSWORD)
    presence.set_by_hand(db, actor, Presence.AWAY)
    first = _row(db, agent.user_id).since
    presence.set_by_hand(db, actor, Presence.AWAY)
    assert _row(db, agent.user_id).since == first
    presence.set_by_hand(db, actor, Presence.AVAILABLE)
    assert _row(db, agent.user_id).since >= first
    assert presence.current(db, agent.user_id) is Presence.AVAILABLE


def test_opening_a_second_ticket_moves_busy_to_it(setup):
    db, admin, agent, t, campaign = setup
    other = create_ticket(db, admin, campaign)
    actor = auth.sign_in(db, "agent", PASSWORD)
    tickets.open_ticket(db, actor, t)
    since = _row(db, agent.user_id).since
    tickets.open_ticket(db, actor, other)
    row = _row(db, agent.user_id)
    assert row.status is Presence.BUSY and row.busy_ticket_id == other
    assert row.since == since  # still busy since the first one


def test_opening_an_invisible_ticket_leaves_presence_alone(setup):
    db, admin, agent, _, _ = setup
    hidden = create_ticket(db, admin, make_campaign(db, "Elsewhere"))
    set_hide_other_campaigns(db, admin)
    actor = auth.sign_in(db, "agent", PASSWORD)
    with pytest.raises(NotFound):
        tickets.open_ticket(db, actor, hidden)
    assert presence.current(db, agent.user_id) is Presence.AVAILABLE


def test_sign_out_after_an_open_ticket_unlocks(setup):
    db, _, agent, t, _ = setup
    actor = auth.sign_in(db, "agent", PASSWORD)
    tickets.open_ticket(db, actor, t)
    auth.sign_out(db, agent.user_id)
    row = _row(db, agent.user_id)
    assert row.status is Presence.OFFLINE and row.busy_ticket_id is None


def test_users_without_a_presence_row_are_offline(db):
    actor = make_agent(db, with_presence=False)
    assert presence.current(db, actor.user_id) is Presence.OFFLINE
    presence.set_by_hand(db, actor, Presence.AWAY)
    assert presence.current(db, actor.user_id) is Presence.AWAY


@pytest.mark.parametrize("role", ["admin", "supervisor"])
def test_supervisors_and_admins_see_everyone(setup, role):
    db, admin, agent, t, _ = setup
    supervisor = make_supervisor(db, display_name="Supervisor")
    make_agent(db, display_name="Zed Inactive", active=False)
    no_row = make_agent(db, display_name="Beto", with_presence=False)
    actor = auth.sign_in(db, "agent", PASSWORD)
    tickets.open_ticket(db, actor, t)
    viewer = admin if role == "admin" else supervisor
    rows = presence.everyone(db, viewer)
    names = [r.display_name for r in rows]
    assert names == sorted(names)
    assert "Zed Inactive" not in names
    by_name = {r.display_name: r for r in rows}
    assert set(by_name) == {"Admin", "Agent", "Beto", "Supervisor"}
    assert by_name["Agent"].status is Presence.BUSY
    assert by_name["Agent"].busy_ticket_id == t
    assert by_name["Agent"].role == "agent"
    assert by_name["Beto"].status is Presence.OFFLINE
    assert by_name["Beto"].user_id == no_row.user_id


@pytest.mark.parametrize("maker", [make_agent, make_viewer])
def test_agents_and_viewers_do_not_see_everyone(db, maker):
    with pytest.raises(PermissionDenied):
        presence.everyone(db, maker(db))


def test_idle_turns_available_into_away_and_back(setup):
    db, _, agent, _, _ = setup
    auth.sign_in(db, "agent", PASSWORD)
    assert presence.went_idle(db, agent)
    assert presence.current(db, agent.user_id) is Presence.AWAY
    assert not presence.went_idle(db, agent)  # already away: nothing to do
    assert presence.came_back(db, agent)
    assert presence.current(db, agent.user_id) is Presence.AVAILABLE


def test_idle_leaves_busy_alone(setup):
    db, _, agent, t, _ = setup
    tickets.open_ticket(db, agent, t)
    assert not presence.went_idle(db, agent)
    assert presence.current(db, agent.user_id) is Presence.BUSY


def test_away_after_minutes_is_a_setting(setup):
    db, admin, _, _, _ = setup
    from sagicc_desktop.services.settings import set_setting
    from sagicc_desktop.services.unit_of_work import unit_of_work

    assert presence.away_after_minutes(db) == 10
    with unit_of_work(db) as s:
        set_setting(s, admin, presence.AWAY_AFTER_MINUTES, 0)
    assert presence.away_after_minutes(db) == 0
    with unit_of_work(db) as s:
        set_setting(s, admin, presence.AWAY_AFTER_MINUTES, "soon")
    assert presence.away_after_minutes(db) == 0  # nonsense turns it off rather than crashing
