"""T8: a user's agenda between two dates, what other tickets' entries reveal, and reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from factories import (
    count, create_ticket, make_admin, make_agent, make_campaign, make_viewer, set_hide_other_campaigns,
    ticket,
)
from factories_tasks import UTC, assign, close_ticket, make_entry
from sagicc_desktop.services import agenda
from sagicc_desktop.services.errors import NotFound, ValidationError
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import AgendaEntry, Notification

DAY = dt.datetime(2025, 3, 11, tzinfo=UTC)


def h(hour: int, minute: int = 0, day: int = 11) -> dt.datetime:
    return dt.datetime(2025, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def env(db):
    campaign = make_campaign(db)
    admin = make_admin(db)
    agent = make_agent(db, display_name="Carlos", campaigns=[campaign])
    other = make_agent(db, campaigns=[campaign])
    ticket_id = create_ticket(db, agent, campaign, subject="Router", assignee_id=agent.user_id)
    return db, campaign, admin, agent, other, ticket_id


def test_entries_between_are_in_time_order_within_the_range(env):
    db, _, _, agent, other, ticket_id = env
    late = make_entry(db, agent.user_id, h(15), ticket_id=ticket_id, title="late")
    early = make_entry(db, agent.user_id, h(0), ticket_id=ticket_id, title="early", done=True)
    make_entry(db, agent.user_id, h(0, day=12), title="next day")  # end is exclusive
    make_entry(db, agent.user_id, h(23, day=10), title="day before")
    make_entry(db, other.user_id, h(10), title="someone else's")
    items = agenda.entries_between(db, agent, agent.user_id, DAY, DAY + dt.timedelta(days=1))
    assert [i.id for i in items] == [early, late]
    assert items[0].done and not items[1].done
    assert items[1].ticket_number == ticket(db, ticket_id).number and items[1].title == "late"
    assert items[1].ends_at == h(15, 30)


def test_deleted_entries_are_left_out(env):
    db, _, _, agent, _, _ = env
    entry = make_entry(db, agent.user_id, h(9))
    with unit_of_work(db) as s:
        s.get(AgendaEntry, entry).deleted_at = h(8)
    assert agenda.entries_between(db, agent, agent.user_id, DAY, DAY + dt.timedelta(days=1)) == []


def test_a_backwards_range_is_refused(env):
    db, _, _, agent, _, _ = env
    with pytest.raises(ValidationError):
        agenda.entries_between(db, agent, agent.user_id, DAY, DAY)
    with pytest.raises(ValueError):
        agenda.entries_between(db, agent, agent.user_id, DAY.replace(tzinfo=None), DAY)


def test_entries_of_hidden_tickets_show_only_that_the_slot_is_busy(env):
    db, _, admin, agent, _, ticket_id = env
    secret_campaign = make_campaign(db, "Secret")
    secret = create_ticket(db, admin, secret_campaign, subject="Secret")
    make_entry(db, agent.user_id, h(9), ticket_id=secret, title="Secret visit")
    make_entry(db, agent.user_id, h(10), ticket_id=ticket_id, title="Mine")
    set_hide_other_campaigns(db, admin)
    hidden, mine = agenda.entries_between(db, agent, agent.user_id, DAY, DAY + dt.timedelta(days=1))
    assert (hidden.visible, hidden.ticket_number, hidden.ticket_id, hidden.title) == (False, None, None, "")
    assert hidden.due_at == h(9)
    assert mine.visible and mine.title == "Mine"
    admin_view = agenda.entries_between(db, admin, agent.user_id, DAY, DAY + dt.timedelta(days=1))
    assert admin_view[0].title == "Secret visit"


def test_ticket_agenda_is_the_assignees(env):
    db, _, _, agent, other, ticket_id = env
    make_entry(db, agent.user_id, h(9), ticket_id=ticket_id)
    make_entry(db, other.user_id, h(9))
    shown = agenda.ticket_agenda(db, other, ticket_id, DAY, DAY + dt.timedelta(days=7))
    assert (shown.user_id, shown.user_name, shown.is_assignee) == (agent.user_id, "Carlos", True)
    assert [i.ticket_id for i in shown.items] == [ticket_id]


def test_unassigned_ticket_shows_the_users_own_agenda(env):
    db, _, _, agent, other, ticket_id = env
    assign(db, ticket_id, None)
    make_entry(db, other.user_id, h(9), title="own")
    shown = agenda.ticket_agenda(db, other, ticket_id, DAY, DAY + dt.timedelta(days=1))
    assert shown.user_id == other.user_id and not shown.is_assignee
    assert [i.title for i in shown.items] == ["own"]


def test_ticket_agenda_needs_a_visible_ticket(env):
    db, _, admin, _, _, ticket_id = env
    set_hide_other_campaigns(db, admin)
    with pytest.raises(NotFound):
        agenda.ticket_agenda(db, make_agent(db), ticket_id, DAY, DAY + dt.timedelta(days=1))
    assert agenda.ticket_agenda(db, make_viewer(db), ticket_id, DAY, DAY + dt.timedelta(days=1)).is_assignee


# ------------------------------------------------------------------ reminders


def _notifications(db, user_id):
    with read_only(db) as s:
        return [(n.kind, n.ticket_id, n.payload, n.read_at) for n in
                s.scalars(select(Notification).where(Notification.user_id == user_id))]


def test_due_entries_raise_one_reminder_each(env):
    db, _, _, agent, _, ticket_id = env
    number = ticket(db, ticket_id).number
    due = make_entry(db, agent.user_id, h(9), ticket_id=ticket_id, title="Call Ana")
    soon = make_entry(db, agent.user_id, h(10, 4), title="Soon")                # within the lead
    make_entry(db, agent.user_id, h(10, 6), title="Later")                       # not yet
    make_entry(db, agent.user_id, h(8), title="Done", done=True)
    make_entry(db, agent.user_id, h(8, 30), title="Already", reminded=True)
    reminders = agenda.raise_due_reminders(db, agent, h(10))
    assert [r.entry_id for r in reminders] == [due, soon]
    assert (reminders[0].ticket_number, reminders[0].title, reminders[0].due_at) == (number, "Call Ana", h(9))
    notes = _notifications(db, agent.user_id)
    assert len(notes) == 2
    kind, note_ticket, payload, read_at = next(n for n in notes if n[1] == ticket_id)
    assert kind == "reminder" and read_at is None
    assert payload == {"title": "Call Ana", "due_at": h(9).isoformat(), "ticket_number": number,
                       "agenda_entry_id": str(due)}
    with read_only(db) as s:
        assert s.get(AgendaEntry, due).reminded_at == h(10)


def test_reminders_are_raised_once(env):
    db, _, _, agent, _, ticket_id = env
    make_entry(db, agent.user_id, h(9), ticket_id=ticket_id)
    assert len(agenda.raise_due_reminders(db, agent, h(10))) == 1
    assert agenda.raise_due_reminders(db, agent, h(11)) == []
    assert count(db, Notification) == 1


def test_reminders_are_the_actors_own(env):
    db, _, _, agent, other, _ = env
    make_entry(db, other.user_id, h(9))
    assert agenda.raise_due_reminders(db, agent, h(10)) == []
    assert len(agenda.raise_due_reminders(db, other, h(10))) == 1


def test_closed_tickets_raise_no_reminders(env):
    db, _, _, agent, _, ticket_id = env
    make_entry(db, agent.user_id, h(9), ticket_id=ticket_id)
    close_ticket(db, ticket_id)
    assert agenda.raise_due_reminders(db, agent, h(10)) == []
    assert count(db, Notification) == 0


def test_reminders_need_an_aware_now(env):
    db, _, _, agent, _, _ = env
    with pytest.raises(ValueError):
        agenda.raise_due_reminders(db, agent, dt.datetime(2025, 3, 11, 10))
