"""A2 form designer: every save is a new revision, old task records stay readable with their own
definition, keys never change, the Tasks tab gets the new form, every problem is named at once."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from factories import create_ticket, make_admin, make_agent, make_campaign, make_customer, make_supervisor
from factories_tasks import UTC, fld, make_form
from sagicc_desktop.services import task_form_design as tfd
from sagicc_desktop.services import tasks
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import ChangeLogEntry, TaskFormDefinition

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
FORM = [fld("reason", "Reason", "Motivo", "choice", True, ("No service", "Slow")),
        fld("invoice", "Invoice number", "Número de factura", "text")]


@pytest.fixture
def env(db):
    campaign = make_campaign(db, "Home")
    make_form(db, campaign, FORM)
    admin = make_admin(db)
    agent = make_agent(db, campaigns=[campaign])
    ticket_id = create_ticket(db, agent, campaign, make_customer(db), assignee_id=agent.user_id)
    return db, campaign, admin, agent, ticket_id


def _save_task(db, agent, ticket_id, values):
    form = tasks.task_form(db, agent, ticket_id)
    return tasks.save_task(db, agent, ticket_id, tasks.TaskInput(form.definition_id, values, "Done"),
                           now=NOW, tz=UTC)


def _problems(call) -> dict:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.args[0] == "invalid_form"
    return err.value.details["fields"]


def test_the_current_design_counts_records_per_field(env):
    db, campaign, admin, agent, ticket_id = env
    _save_task(db, agent, ticket_id, {"reason": "Slow"})
    _save_task(db, agent, ticket_id, {"reason": "No service", "invoice": "FV-9"})
    design = tfd.current_design(db, admin, campaign)
    assert design.revision == 1 and [f["key"] for f in design.fields] == ["reason", "invoice"]
    assert design.record_counts == {"reason": 2, "invoice": 1}


def test_a_save_is_a_new_revision_and_old_records_keep_their_definition(env):
    db, campaign, admin, agent, ticket_id = env
    old = _save_task(db, agent, ticket_id, {"reason": "Slow", "invoice": "FV-1"})
    design = tfd.current_design(db, admin, campaign)
    reason = dict(design.fields[0], choices=["Outage", "Billing"], label="Why")
    saved = tfd.save_design(db, admin, campaign, design.revision, [reason])  # invoice removed

    assert saved.revision == 2 and [f["key"] for f in saved.fields] == ["reason"]
    with read_only(db) as s:
        rows = s.execute(select(TaskFormDefinition.revision, TaskFormDefinition.is_current)
                         .where(TaskFormDefinition.campaign_id == campaign)
                         .order_by(TaskFormDefinition.revision)).all()
    assert [tuple(r) for r in rows] == [(1, False), (2, True)]

    detail = tasks.task_detail(db, agent, old.record_id)
    assert detail.revision == 1
    assert [(f.key, f.label, f.label_es, f.value, f.in_form) for f in detail.fields] == [
        ("reason", "Reason", "Motivo", "Slow", True),
        ("invoice", "Invoice number", "Número de factura", "FV-1", True)]

    form = tasks.task_form(db, agent, ticket_id)  # what the Tasks tab is built from
    assert form.revision == 2 and form.definition_id == saved.definition_id
    assert [(f["key"], f["label"], f["choices"]) for f in form.fields] == [("reason", "Why", ["Outage", "Billing"])]
    new = _save_task(db, agent, ticket_id, {"reason": "Billing"})
    assert tasks.task_detail(db, agent, new.record_id).revision == 2
    with pytest.raises(ValidationError) as err:  # an old choice is no longer offered
        _save_task(db, agent, ticket_id, {"reason": "Slow"})
    assert err.value.args[0] == "task_not_a_choice"


def test_new_fields_get_a_key_from_their_label_and_keep_it(env):
    db, campaign, admin, agent, ticket_id = env
    design = tfd.current_design(db, admin, campaign)
    added = [*design.fields, {"label": "Número de póliza", "type": "text"},
             {"label": "Número de póliza!", "type": "number"}, {"label": "¿Visita?", "type": "yes_no"}]
    saved = tfd.save_design(db, admin, campaign, 1, added)
    assert [f["key"] for f in saved.fields] == ["reason", "invoice", "numero_de_poliza", "numero_de_poliza_2",
                                                "visita"]
    renamed = [dict(f) for f in saved.fields]
    renamed[2]["label"] = "Policy"
    again = tfd.save_design(db, admin, campaign, 2, renamed)
    assert again.fields[2]["key"] == "numero_de_poliza" and again.fields[2]["label"] == "Policy"
    # A removed field's key is never given to a new field: its old records stay its own.
    without_invoice = [f for f in again.fields if f["key"] != "invoice"] + [{"label": "Invoice", "type": "text"}]
    last = tfd.save_design(db, admin, campaign, 3, without_invoice)
    assert last.fields[-1]["key"] == "invoice_2"


def test_every_problem_is_named_at_once(env):
    db, campaign, admin, *_ = env
    problems = _problems(lambda: tfd.save_design(db, admin, campaign, 1, [
        {"label": " ", "type": "text"},
        {"label": "Colour", "type": "choice", "choices": []},
        {"label": "Size", "type": "multi_choice", "choices": ["S", "s"]},
        {"label": "Mood", "type": "choice", "choices": ["Good", " "]},
        {"label": "When", "type": "datetime"},
        {"key": "reason", "label": "A", "type": "text"},
        {"key": "reason", "label": "B", "type": "text"},
        {"key": "Bad Key", "label": "C", "type": "text"},
        {"label": "x" * 121, "label_es": "y" * 121, "type": "text"},
    ]))
    assert problems == {
        0: {"label": "form_label_required"},
        1: {"choices": "form_choices_required"},
        2: {"choices": "form_choices_duplicate"},
        3: {"choices": "form_choice_empty"},
        4: {"type": "form_type_invalid"},
        6: {"key": "form_key_duplicate"},
        7: {"key": "form_key_invalid"},
        8: {"label": "form_label_too_long", "label_es": "form_label_too_long"},
    }
    assert tfd.current_design(db, admin, campaign).revision == 1  # nothing written


def test_choices_are_dropped_from_fields_that_take_none(env):
    db, campaign, admin, *_ = env
    saved = tfd.save_design(db, admin, campaign, 1, [
        {"label": "  Notes ", "label_es": " Notas ", "type": "long_text", "required": 1, "choices": ["a"]}])
    assert saved.fields == ({"key": "notes", "label": "Notes", "label_es": "Notas", "type": "long_text",
                             "required": True, "choices": []},)


def test_too_many_fields_are_refused_with_the_limit(env):
    db, campaign, admin, *_ = env
    with pytest.raises(ValidationError) as err:
        tfd.save_design(db, admin, campaign, 1, [{"label": f"F{i}", "type": "text"} for i in range(61)])
    assert (err.value.args[0], err.value.details["limit"]) == ("form_too_many_fields", 60)


def test_a_stale_revision_is_refused(env):
    db, campaign, admin, *_ = env
    design = tfd.current_design(db, admin, campaign)
    tfd.save_design(db, admin, campaign, design.revision, [*design.fields, {"label": "Extra", "type": "text"}])
    with pytest.raises(StaleEdit) as err:
        tfd.save_design(db, admin, campaign, design.revision, list(design.fields[:1]))
    assert err.value.args[0] == "task_form_stale"
    assert [f["key"] for f in tfd.current_design(db, admin, campaign).fields] == ["reason", "invoice", "extra"]


def test_saving_the_same_form_writes_nothing(env):
    db, campaign, admin, *_ = env
    design = tfd.current_design(db, admin, campaign)
    assert tfd.save_design(db, admin, campaign, 1, list(design.fields)).revision == 1


def test_a_campaign_without_a_form_gets_its_first_revision(db):
    campaign = make_campaign(db)
    admin = make_admin(db)
    assert tfd.current_design(db, admin, campaign).revision == 0
    saved = tfd.save_design(db, admin, campaign, 0, [{"label": "Reason", "type": "choice", "choices": ["A"]}])
    assert saved.revision == 1 and saved.record_counts == {"reason": 0}


def test_the_change_log_names_the_revision_and_fields(env):
    db, campaign, admin, *_ = env
    saved = tfd.save_design(db, admin, campaign, 1, [FORM[0]])
    with read_only(db) as s:
        rows = s.execute(select(ChangeLogEntry.entity_type, ChangeLogEntry.field, ChangeLogEntry.old_value,
                                ChangeLogEntry.new_value, ChangeLogEntry.user_id)
                         .where(ChangeLogEntry.entity_id == saved.definition_id)
                         .order_by(ChangeLogEntry.field.desc())).all()
    assert [tuple(r) for r in rows] == [
        ("task_form", "revision", "1", "2", admin.user_id),
        ("task_form", "fields", "Reason, Invoice number", "Reason", admin.user_id)]


def test_only_administrators_design_forms(env):
    db, campaign, *_ = env
    supervisor = make_supervisor(db, campaigns=[campaign])
    with pytest.raises(PermissionDenied):
        tfd.current_design(db, supervisor, campaign)
    with pytest.raises(PermissionDenied):
        tfd.save_design(db, supervisor, campaign, 1, [])


def test_an_unknown_campaign_is_not_found(env):
    db, _campaign, admin, *_ = env
    with pytest.raises(NotFound):
        tfd.current_design(db, admin, uuid.UUID(int=1))


def test_slug():
    assert tfd.slug("Número de factura") == "numero_de_factura"
    assert tfd.slug("2nd call") == "field_2nd_call"
    assert tfd.slug("¿?") == "field"
