"""T9 (saving a task and its next action) and T10 (History), with the bad inputs of the brief."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from factories import (
    count, create_ticket, make_admin, make_agent, make_campaign, make_customer, make_supervisor,
    make_viewer, set_hide_other_campaigns, ticket,
)
from factories_tasks import (
    FIELDS, GOOD_VALUES, UTC, assign, close_ticket, fld, make_entry, make_form, new_revision,
)
from sagicc_desktop.services import drafts, tasks
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.ticket_list import pending_tickets
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import AgendaEntry, ChangeLogEntry, TaskRecord
from sagicc_desktop.store.enums import ChangeAction, DraftKind

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def env(db):
    campaign = make_campaign(db, "Home")
    form_id = make_form(db, campaign)
    admin = make_admin(db, display_name="Admin")
    agent = make_agent(db, display_name="Carlos", campaigns=[campaign])
    other = make_agent(db, display_name="Emma", campaigns=[campaign])
    customer = make_customer(db)
    ticket_id = create_ticket(db, agent, campaign, customer, subject="No internet", assignee_id=agent.user_id)
    return db, campaign, form_id, admin, agent, other, ticket_id


def _task(form_id, values=None, observations="Customer will call back", next_date="", next_time=""):
    return tasks.TaskInput(form_id, dict(GOOD_VALUES if values is None else values), observations,
                           next_date, next_time)


def _save(db, actor, ticket_id, task, **kw):
    kw.setdefault("now", NOW)
    kw.setdefault("tz", UTC)
    return tasks.save_task(db, actor, ticket_id, task, **kw)


def _entries(db, ticket_id):
    with read_only(db) as s:
        rows = s.scalars(select(AgendaEntry).where(AgendaEntry.ticket_id == ticket_id)
                         .order_by(AgendaEntry.due_at)).all()
        s.expunge_all()  # keep the loaded values after the read-only rollback
        return rows


def _log(db, ticket_id, entity_type):
    with read_only(db) as s:
        rows = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == ticket_id,
                                                      ChangeLogEntry.entity_type == entity_type)).all()
        s.expunge_all()
        return rows


def _invalid(excinfo) -> tuple[str, dict]:
    return str(excinfo.value.args[0]), excinfo.value.details


# ------------------------------------------------------------------ the form


def test_task_form_is_the_campaigns_current_definition(env):
    db, campaign, form_id, _, agent, _, ticket_id = env
    form = tasks.task_form(db, agent, ticket_id)
    assert form.definition_id == form_id and form.revision == 1
    assert [f["key"] for f in form.fields] == [f["key"] for f in FIELDS]
    assert form.writable
    newer = new_revision(db, campaign, form_id, FIELDS[:2])
    form = tasks.task_form(db, agent, ticket_id)
    assert form.definition_id == newer and form.revision == 2 and len(form.fields) == 2


def test_task_form_says_why_it_is_read_only(env):
    db, campaign, _, _, agent, _, ticket_id = env
    viewer = make_viewer(db)
    assert tasks.task_form(db, viewer, ticket_id).read_only_reason == "viewer"
    close_ticket(db, ticket_id)
    assert tasks.task_form(db, agent, ticket_id).read_only_reason == "closed"


def test_campaign_without_form_still_records_observations(env):
    db, _, _, _, agent, _, _ = env
    bare = make_campaign(db, "Bare")
    ticket_id = create_ticket(db, agent, bare)
    form = tasks.task_form(db, agent, ticket_id)
    assert form.definition_id is None and form.fields == ()
    saved = _save(db, agent, ticket_id, tasks.TaskInput(None, {}, "Just a note"))
    with read_only(db) as s:
        rec = s.get(TaskRecord, saved.record_id)
        assert rec.form_definition_id is None and rec.observations == "Just a note"


# ------------------------------------------------------------------ saving


def test_save_writes_the_record_with_clean_values(env):
    db, _, form_id, _, agent, _, ticket_id = env
    values = {"reason": "Slow", "invoice": "  FV-1  ", "restarts": "2,5", "visit_date": "2025-03-20",
              "call_time": "9:05", "checks": ["Cabling", "Restart"], "visit_needed": True, "diagnosis": ""}
    saved = _save(db, agent, ticket_id, _task(form_id, values, "  Modem replaced  "))
    assert saved.agenda_entry_id is None and saved.next_action_at is None and not saved.form_outdated
    with read_only(db) as s:
        rec = s.get(TaskRecord, saved.record_id)
        assert rec.values == {"reason": "Slow", "invoice": "FV-1", "restarts": 2.5, "visit_date": "2025-03-20",
                              "call_time": "09:05", "checks": ["Restart", "Cabling"], "visit_needed": True}
        assert rec.observations == "Modem replaced"
        assert rec.form_definition_id == form_id and rec.user_id == agent.user_id
        assert rec.next_action_at is None
    created = _log(db, ticket_id, "task_record")
    assert [(e.action, e.entity_id, e.user_id) for e in created] == [
        (ChangeAction.CREATE, saved.record_id, agent.user_id)]
    assert ticket(db, ticket_id).next_action_at is None


def test_whole_numbers_are_stored_as_integers(env):
    db, _, form_id, _, agent, _, ticket_id = env
    saved = _save(db, agent, ticket_id, _task(form_id, {**GOOD_VALUES, "restarts": "3"}))
    with read_only(db) as s:
        assert s.get(TaskRecord, saved.record_id).values["restarts"] == 3


def test_next_action_goes_to_the_assignees_agenda_and_the_pending_list(env):
    db, campaign, form_id, _, agent, _, ticket_id = env
    supervisor = make_supervisor(db, campaigns=[campaign])
    other_ticket = create_ticket(db, agent, campaign, assignee_id=agent.user_id, subject="Older")
    saved = _save(db, supervisor, ticket_id,
                  _task(form_id, observations="Call to confirm the visit\nmore", next_date="2025-03-11",
                        next_time="10:00"))
    due = dt.datetime(2025, 3, 11, 10, 0, tzinfo=UTC)
    assert saved.next_action_at == due
    [entry] = _entries(db, ticket_id)
    assert entry.id == saved.agenda_entry_id
    assert (entry.user_id, entry.due_at, entry.task_record_id) == (agent.user_id, due, saved.record_id)
    assert entry.title == "Call to confirm the visit" and entry.duration_min == tasks.NEXT_ACTION_MINUTES
    assert ticket(db, ticket_id).next_action_at == due
    [change] = [e for e in _log(db, ticket_id, "ticket") if e.field == "next_action_at"]
    assert change.old_value is None and change.new_value == due.isoformat()
    assert len(_log(db, ticket_id, "agenda_entry")) == 1
    rows = pending_tickets(db, agent)
    assert [r.id for r in rows][:2] == [ticket_id, other_ticket]


def test_unassigned_ticket_schedules_on_the_users_own_agenda(env):
    db, campaign, form_id, _, agent, other, _ = env
    ticket_id = create_ticket(db, agent, campaign)
    _save(db, other, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00"))
    assert [e.user_id for e in _entries(db, ticket_id)] == [other.user_id]


def test_local_time_is_converted_to_utc(env):
    db, _, form_id, _, agent, _, ticket_id = env
    bogota = dt.timezone(dt.timedelta(hours=-5))
    saved = _save(db, agent, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00"), tz=bogota)
    assert saved.next_action_at == dt.datetime(2025, 3, 11, 15, 0, tzinfo=UTC)


def test_a_new_task_supersedes_the_tickets_open_next_actions(env):
    db, _, form_id, _, agent, _, ticket_id = env
    first = _save(db, agent, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00"))
    second = _save(db, agent, ticket_id, _task(form_id), now=NOW + dt.timedelta(hours=1))
    entries = _entries(db, ticket_id)
    assert [e.id for e in entries] == [first.agenda_entry_id]
    assert entries[0].done_at == NOW + dt.timedelta(hours=1)
    assert second.next_action_at is None and ticket(db, ticket_id).next_action_at is None


def test_saving_drops_the_task_draft_only(env):
    db, _, form_id, _, agent, _, ticket_id = env
    drafts.save(db, agent, ticket_id, DraftKind.TASK, {"observations": "half"})
    drafts.save(db, agent, ticket_id, DraftKind.COMPOSER, {"body": "hello"})
    _save(db, agent, ticket_id, _task(form_id))
    assert drafts.load(db, agent, ticket_id, DraftKind.TASK) is None
    assert drafts.load(db, agent, ticket_id, DraftKind.COMPOSER) == {"body": "hello"}


def test_a_refused_save_keeps_the_draft_and_writes_nothing(env):
    db, _, form_id, _, agent, _, ticket_id = env
    drafts.save(db, agent, ticket_id, DraftKind.TASK, {"observations": "half"})
    with pytest.raises(ValidationError):
        _save(db, agent, ticket_id, _task(form_id, {"visit_needed": True}))
    assert drafts.load(db, agent, ticket_id, DraftKind.TASK) == {"observations": "half"}
    assert count(db, TaskRecord) == 0


# ------------------------------------------------------------------ bad input


def test_missing_required_field_is_named(env):
    db, _, form_id, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, {"visit_needed": True}))
    reason, details = _invalid(excinfo)
    assert reason == "task_field_required" and details["field"] == "reason" and details["value"] == "Reason"


def test_required_yes_no_needs_an_answer(env):
    db, _, form_id, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, {"reason": "Slow"}))
    assert _invalid(excinfo)[1]["field"] == "visit_needed"


@pytest.mark.parametrize(("key", "value", "reason"), [
    ("visit_date", "2026-02-30", "task_invalid_date"),
    ("visit_date", "30/01/2026", "task_invalid_date"),
    ("call_time", "25:00", "task_invalid_time"),
    ("restarts", "three", "task_not_a_number"),
    ("restarts", "nan", "task_not_a_number"),
    ("restarts", True, "task_not_a_number"),
    ("reason", "Broken", "task_not_a_choice"),
    ("checks", ["Restart", "Reboot"], "task_not_a_choice"),
    ("visit_needed", "maybe", "task_not_a_choice"),
    ("invoice", "x" * (tasks.MAX_TEXT + 1), "task_text_too_long"),
])
def test_bad_field_values_are_refused_naming_the_field(env, key, value, reason):
    db, _, form_id, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, {**GOOD_VALUES, key: value}))
    got_reason, details = _invalid(excinfo)
    assert got_reason == reason and details["field"] == key
    assert details["value"] == next(f["label"] for f in FIELDS if f["key"] == key)
    assert count(db, TaskRecord) == 0


def test_unknown_field_is_refused(env):
    db, _, form_id, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, {**GOOD_VALUES, "colour": "red"}))
    assert _invalid(excinfo) == ("task_unknown_field", {"field": "colour", "value": "colour"})


@pytest.mark.parametrize(("next_date", "next_time", "reason"), [
    ("2026-02-30", "10:00", "next_date_invalid"),
    ("2025-03-11", "10:75", "next_time_invalid"),
    ("2025-03-11", "", "next_action_incomplete"),
    ("", "10:00", "next_action_incomplete"),
    ("2025-03-10", "11:59", "next_action_past"),
    ("2025-03-10", "12:00", "next_action_past"),
    ("2029-01-01", "10:00", "next_action_too_far"),
])
def test_bad_next_action_is_refused(env, next_date, next_time, reason):
    db, _, form_id, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, next_date=next_date, next_time=next_time))
    assert _invalid(excinfo)[0] == reason
    assert count(db, TaskRecord) == 0 and count(db, AgendaEntry) == 0


def test_huge_observations_are_refused_with_the_limit(env):
    db, _, form_id, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, observations="x" * 100_000))
    reason, details = _invalid(excinfo)
    assert reason == "observations_too_long" and details["limit"] == tasks.MAX_OBSERVATIONS
    _save(db, agent, ticket_id, _task(form_id, observations="x" * tasks.MAX_OBSERVATIONS))
    assert count(db, TaskRecord) == 1


def test_an_empty_task_is_refused(env):
    db, _, _, _, agent, _, _ = env
    bare = make_campaign(db, "Bare")
    ticket_id = create_ticket(db, agent, bare)
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, tasks.TaskInput(None, {}, "   "))
    assert _invalid(excinfo)[0] == "task_empty"


def test_closed_ticket_is_refused(env):
    db, _, form_id, _, agent, _, ticket_id = env
    close_ticket(db, ticket_id)
    with pytest.raises(TicketClosed):
        _save(db, agent, ticket_id, _task(form_id))
    assert count(db, TaskRecord) == 0


def test_viewer_is_refused(env):
    db, _, form_id, _, _, _, ticket_id = env
    with pytest.raises(PermissionDenied):
        _save(db, make_viewer(db), ticket_id, _task(form_id))
    assert count(db, TaskRecord) == 0


@pytest.mark.parametrize("role", ["admin", "supervisor", "agent"])
def test_every_writing_role_may_save(env, role):
    db, campaign, form_id, admin, agent, _, ticket_id = env
    actor = {"admin": admin, "supervisor": make_supervisor(db), "agent": agent}[role]
    saved = _save(db, actor, ticket_id, _task(form_id))
    assert count(db, TaskRecord, TaskRecord.id == saved.record_id) == 1


def test_agent_outside_a_hidden_campaign_cannot_save(env):
    db, _, form_id, admin, _, _, ticket_id = env
    set_hide_other_campaigns(db, admin)
    outsider = make_agent(db, campaigns=[make_campaign(db, "Elsewhere")])
    with pytest.raises(NotFound):
        _save(db, outsider, ticket_id, _task(form_id))


def test_stale_form_saves_against_the_definition_it_was_built_from(env):
    """The administrator changed the form after the agent opened it: what the agent filled in
    is saved with the old definition, which History keeps rendering; the tab is told to reload."""
    db, campaign, form_id, _, agent, _, ticket_id = env
    loaded = tasks.task_form(db, agent, ticket_id)
    new_revision(db, campaign, form_id, [fld("topic", "Topic", "Tema", "text", True)])
    saved = _save(db, agent, ticket_id, _task(loaded.definition_id))
    assert saved.form_outdated
    with read_only(db) as s:
        assert s.get(TaskRecord, saved.record_id).form_definition_id == form_id
    detail = tasks.task_detail(db, agent, saved.record_id)
    assert [f.key for f in detail.fields] == [f["key"] for f in FIELDS] and detail.revision == 1


def test_a_form_of_another_campaign_or_removed_is_refused(env):
    db, campaign, form_id, _, agent, _, ticket_id = env
    foreign = make_form(db, make_campaign(db, "Other"))
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, _task(foreign))
    assert _invalid(excinfo)[0] == "task_form_changed"
    with pytest.raises(ValidationError) as excinfo:
        _save(db, agent, ticket_id, tasks.TaskInput(None, {}, "built when the campaign had no form"))
    assert _invalid(excinfo)[0] == "task_form_changed"


# ------------------------------------------------------------------ clashes


def test_overlapping_next_action_is_reported_with_its_ticket(env):
    db, campaign, form_id, _, agent, _, ticket_id = env
    busy = create_ticket(db, agent, campaign, assignee_id=agent.user_id, subject="Busy")
    busy_number = ticket(db, busy).number
    make_entry(db, agent.user_id, dt.datetime(2025, 3, 11, 9, 45, tzinfo=UTC), ticket_id=busy, minutes=45,
               title="Visit")
    with pytest.raises(tasks.AgendaClash) as excinfo:
        _save(db, agent, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00"))
    [clash] = excinfo.value.clashes
    assert (clash.ticket_number, clash.title, clash.due_at) == (busy_number, "Visit",
                                                                dt.datetime(2025, 3, 11, 9, 45, tzinfo=UTC))
    assert count(db, TaskRecord) == 0
    saved = _save(db, agent, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00"),
                  allow_clash=True)
    assert saved.agenda_entry_id is not None


@pytest.mark.parametrize(("due", "minutes", "done", "same_ticket"), [
    (dt.datetime(2025, 3, 11, 10, 30, tzinfo=UTC), 30, False, False),  # starts as ours ends
    (dt.datetime(2025, 3, 11, 9, 30, tzinfo=UTC), 30, False, False),   # ends as ours starts
    (dt.datetime(2025, 3, 11, 10, 0, tzinfo=UTC), 30, True, False),    # already done
    (dt.datetime(2025, 3, 11, 10, 0, tzinfo=UTC), 30, False, True),    # the ticket's own, superseded
])
def test_what_is_not_a_clash(env, due, minutes, done, same_ticket):
    db, campaign, form_id, _, agent, _, ticket_id = env
    other = ticket_id if same_ticket else create_ticket(db, agent, campaign)
    make_entry(db, agent.user_id, due, ticket_id=other, minutes=minutes, done=done)
    saved = _save(db, agent, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00"))
    assert saved.agenda_entry_id is not None


def test_another_users_entries_do_not_clash(env):
    db, campaign, form_id, _, agent, other, ticket_id = env
    make_entry(db, other.user_id, dt.datetime(2025, 3, 11, 10, 0, tzinfo=UTC))
    assert _save(db, agent, ticket_id, _task(form_id, next_date="2025-03-11", next_time="10:00")).agenda_entry_id


# ------------------------------------------------------------------ History (T10)


def test_history_is_newest_first_with_excerpts(env):
    db, _, form_id, _, agent, other, ticket_id = env
    _save(db, agent, ticket_id, _task(form_id, observations="first"))
    _save(db, other, ticket_id, _task(form_id, observations="second " + "word " * 100,
                                      next_date="2025-03-12", next_time="08:00"),
          now=NOW + dt.timedelta(minutes=5))
    rows = tasks.task_history(db, agent, ticket_id)
    assert [r.user_name for r in rows] == ["Emma", "Carlos"]
    assert rows[0].observations.startswith("second") and rows[0].observations.endswith("…")
    assert len(rows[0].observations) <= tasks.EXCERPT
    assert rows[0].next_action_at == dt.datetime(2025, 3, 12, 8, 0, tzinfo=UTC)
    assert rows[1].next_action_at is None


def test_history_needs_a_visible_ticket(env):
    db, _, form_id, admin, agent, _, ticket_id = env
    saved = _save(db, agent, ticket_id, _task(form_id))
    set_hide_other_campaigns(db, admin)
    outsider = make_agent(db, campaigns=[make_campaign(db, "Elsewhere")])
    with pytest.raises(NotFound):
        tasks.task_history(db, outsider, ticket_id)
    with pytest.raises(NotFound):
        tasks.task_detail(db, outsider, saved.record_id)
    assert len(tasks.task_history(db, make_viewer(db), ticket_id)) == 1


def test_detail_shows_every_field_of_its_definition(env):
    db, _, form_id, _, agent, _, ticket_id = env
    saved = _save(db, agent, ticket_id, _task(form_id, {"reason": "Other", "visit_needed": True,
                                                        "checks": ["Restart"]}, "Long story"))
    detail = tasks.task_detail(db, agent, saved.record_id)
    by_key = {f.key: f for f in detail.fields}
    assert len(detail.fields) == len(FIELDS) and all(f.in_form for f in detail.fields)
    assert by_key["reason"].value == "Other" and by_key["reason"].label_es == "Motivo"
    assert by_key["checks"].value == ["Restart"] and by_key["checks"].type == "multi_choice"
    assert by_key["invoice"].value is None
    assert detail.observations == "Long story" and detail.user_name == "Carlos"


def test_detail_keeps_values_the_definition_does_not_know(env):
    db, _, form_id, _, agent, _, ticket_id = env
    saved = _save(db, agent, ticket_id, _task(form_id))
    with unit_of_work(db) as s:
        rec = s.get(TaskRecord, saved.record_id)
        rec.values = {**rec.values, "legacy": "kept"}
    last = tasks.task_detail(db, agent, saved.record_id).fields[-1]
    assert (last.key, last.value, last.in_form) == ("legacy", "kept", False)


def test_unknown_record_is_not_found(env):
    db, _, _, _, agent, _, _ = env
    with pytest.raises(NotFound):
        tasks.task_detail(db, agent, uuid.uuid4())

