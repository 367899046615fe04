"""A2 SLA administration: rules by priority and category, business hours, holidays; every problem
named at once, someone else's save never overwritten, change log, administrators only."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from factories import create_ticket, make_admin, make_agent, make_campaign, make_supervisor, ticket
from sagicc_desktop.services import sla_admin as sa
from sagicc_desktop.services.errors import PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.sla_admin import Rule
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, SlaRule, TicketCategory
from sagicc_desktop.store.enums import Priority

WEEK = {d: ("08:00", "18:00") for d in ("mon", "tue", "wed", "thu", "fri")}


@pytest.fixture
def env(db):
    campaign = make_campaign(db, sla_hours={Priority.HIGH: 8, Priority.LOW: 72})
    with unit_of_work(db) as session:
        billing = TicketCategory(name="Billing")
        session.add(billing)
        session.flush()
        billing_id = billing.id
    return db, campaign, make_admin(db), billing_id


def _problems(call) -> dict:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.args[0] == "invalid_sla"
    return err.value.details["fields"]


def test_settings_list_the_rules_and_categories(env):
    db, campaign, admin, billing = env
    settings = sa.sla_settings(db, admin, campaign)
    assert settings.rules == (Rule(Priority.HIGH, None, 8), Rule(Priority.LOW, None, 72))
    assert (settings.timezone, settings.days, settings.holidays) == ("", {}, ())
    assert [c.name for c in settings.categories] == ["Billing"]


def test_saving_rules_hours_and_holidays(env):
    db, campaign, admin, billing = env
    loaded = sa.sla_settings(db, admin, campaign)
    rules = [Rule(Priority.HIGH, None, 6), Rule(Priority.HIGH, billing, 2),
             {"priority": 3, "category_id": None, "hours": "24"}]  # LOW removed
    saved = sa.save_sla(db, admin, campaign, loaded, rules, "America/Bogota",
                        WEEK | {"sat": ("09:00", "13:00"), "sun": None}, ["2025-12-25", "2025-01-01"])
    assert saved.rules == (Rule(Priority.HIGH, None, 6), Rule(Priority.HIGH, billing, 2),
                           Rule(Priority.MEDIUM, None, 24))
    assert saved.timezone == "America/Bogota" and saved.days["sat"] == ("09:00", "13:00") and "sun" not in saved.days
    assert saved.holidays == ("2025-01-01", "2025-12-25")
    with read_only(db) as s:
        rows = s.execute(select(SlaRule.priority, SlaRule.resolution_hours, SlaRule.deleted_at.is_(None))
                         .where(SlaRule.campaign_id == campaign).order_by(SlaRule.priority)).all()
    assert sorted(tuple(r) for r in rows) == [(2, 2, True), (2, 6, True), (3, 24, True), (4, 72, False)]


def test_a_new_ticket_follows_the_saved_rules_and_calendar(env):
    db, campaign, admin, _ = env
    sa.save_sla(db, admin, campaign, sa.sla_settings(db, admin, campaign), [Rule(Priority.HIGH, None, 3)],
                "America/Bogota", {d: ("00:00", "24:00") for d in sa.WEEKDAYS}, [])
    agent = make_agent(db, campaigns=[campaign])
    t = ticket(db, create_ticket(db, agent, campaign, priority=Priority.HIGH))
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=3)  # open round the clock
    sa.save_sla(db, admin, campaign, sa.sla_settings(db, admin, campaign), [Rule(Priority.HIGH, None, 3)],
                "America/Bogota", {}, [])
    t = ticket(db, create_ticket(db, agent, campaign, priority=Priority.HIGH))
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=3)  # no open day: 24x7
    today = dt.datetime.now(ZoneInfo("America/Bogota")).date()
    closed = [(today + dt.timedelta(days=i)).isoformat() for i in range(3)]
    sa.save_sla(db, admin, campaign, sa.sla_settings(db, admin, campaign), [Rule(Priority.HIGH, None, 3)],
                "America/Bogota", {d: ("00:00", "24:00") for d in sa.WEEKDAYS}, closed)
    t = ticket(db, create_ticket(db, agent, campaign, priority=Priority.HIGH))
    opens = dt.datetime.combine(today + dt.timedelta(days=3), dt.time(3), ZoneInfo("America/Bogota"))
    assert t.expected_solution_at == opens  # three holidays, then 3 hours from midnight


def test_every_problem_is_named_at_once(env):
    db, campaign, admin, billing = env
    loaded = sa.sla_settings(db, admin, campaign)
    problems = _problems(lambda: sa.save_sla(db, admin, campaign, loaded, [
        Rule(Priority.HIGH, None, 0),
        {"priority": 9, "category_id": None, "hours": 5},
        Rule(Priority.HIGH, billing, 8761),
        Rule(Priority.HIGH, billing, 4),
        {"priority": 1, "category_id": sa.uuid.UUID(int=7), "hours": 5},
        {"priority": 1, "category_id": None, "hours": "many"},
    ], "Mars/Olympus", {"mon": ("18:00", "08:00"), "tue": ("8am", "5pm"), "wed": ("24:00", "24:00")},
        ["2025-02-30", "2025-12-25", "2025-12-25", "20251224"]))
    assert problems == {
        "rules": {0: {"hours": "sla_hours_range"}, 1: {"priority": "sla_priority_invalid"},
                  2: {"hours": "sla_hours_range"}, 3: {"priority": "sla_rule_duplicate"},
                  4: {"category_id": "sla_category_unknown"}, 5: {"hours": "sla_hours_range"}},
        "days": {"mon": "sla_time_order", "tue": "sla_time_invalid", "wed": "sla_time_invalid"},
        "timezone": "sla_timezone_unknown",
        "holidays": {0: "sla_holiday_invalid", 2: "sla_holiday_duplicate", 3: "sla_holiday_invalid"},
    }
    assert sa.sla_settings(db, admin, campaign) == loaded  # nothing written


def test_open_days_need_a_time_zone(env):
    db, campaign, admin, _ = env
    problems = _problems(lambda: sa.save_sla(db, admin, campaign, sa.sla_settings(db, admin, campaign), [],
                                             " ", WEEK, []))
    assert problems == {"timezone": "sla_timezone_unknown"}


def test_someone_elses_save_is_not_overwritten(env):
    db, campaign, admin, _ = env
    loaded = sa.sla_settings(db, admin, campaign)
    sa.save_sla(db, admin, campaign, loaded, list(loaded.rules), "America/Bogota", WEEK, [])
    with pytest.raises(StaleEdit) as err:
        sa.save_sla(db, admin, campaign, loaded, [], "", {}, [])
    assert err.value.args[0] == "sla_stale"
    assert sa.sla_settings(db, admin, campaign).timezone == "America/Bogota"


def test_the_change_log_names_each_rule_and_the_calendar(env):
    db, campaign, admin, billing = env
    sa.save_sla(db, admin, campaign, sa.sla_settings(db, admin, campaign),
                [Rule(Priority.HIGH, None, 6), Rule(Priority.CRITICAL, billing, 1)], "America/Bogota", WEEK,
                ["2025-12-25"])
    with read_only(db) as s:
        rows = s.execute(select(ChangeLogEntry.entity_type, ChangeLogEntry.action, ChangeLogEntry.field,
                                ChangeLogEntry.old_value, ChangeLogEntry.new_value)
                         .where(ChangeLogEntry.user_id == admin.user_id)).all()
    logged = sorted((e, a.value, f, o, n) for e, a, f, o, n in rows if e == "sla_rule")
    assert logged == [("sla_rule", "create", "resolution_hours", None, "1"),
                      ("sla_rule", "delete", "resolution_hours", "72", None),
                      ("sla_rule", "update", "resolution_hours", "8", "6")]
    fields = {f for e, _a, f, _o, _n in rows if e == "campaign"}
    assert fields == {"business_hours", "holidays"}


def test_only_administrators_change_the_sla(env):
    db, campaign, admin, _ = env
    supervisor = make_supervisor(db, campaigns=[campaign])
    with pytest.raises(PermissionDenied):
        sa.sla_settings(db, supervisor, campaign)
    with pytest.raises(PermissionDenied):
        sa.save_sla(db, supervisor, campaign, sa.sla_settings(db, admin, campaign), [], "", {}, [])
