"""T4 expected solution in business hours: evenings, weekends, holidays, time zones with and without
daylight saving; a campaign without business hours counts 24x7."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from factories import create_ticket, make_agent, make_campaign, ticket
from sagicc_desktop.services.sla import BusinessCalendar, due, expected_solution
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Campaign
from sagicc_desktop.store.enums import Priority

UTC = dt.timezone.utc
WEEK = {d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
BOGOTA = {"timezone": "America/Bogota", "days": WEEK | {"sat": ["09:00", "13:00"]}}


def bogota(y, m, d, h, mi=0) -> dt.datetime:
    """A Bogotá wall-clock time (UTC-5 all year) as a UTC instant."""
    return dt.datetime(y, m, d, h, mi, tzinfo=ZoneInfo("America/Bogota")).astimezone(UTC)


def cal(hours=BOGOTA, holidays=()) -> BusinessCalendar:
    return BusinessCalendar.of(hours, holidays)


def test_inside_business_hours_the_hours_simply_run():
    # Tuesday 2025-03-11 09:00 + 4 h = 13:00 the same day
    assert cal().add(bogota(2025, 3, 11, 9), 4) == bogota(2025, 3, 11, 13)


def test_hours_left_at_closing_continue_the_next_morning():
    # Tuesday 16:00 + 4 h: 2 h today, 2 h from Wednesday 08:00
    assert cal().add(bogota(2025, 3, 11, 16), 4) == bogota(2025, 3, 12, 10)


def test_an_evening_start_waits_for_the_next_opening():
    # Tuesday 21:30 + 1 h = Wednesday 09:00
    assert cal().add(bogota(2025, 3, 11, 21, 30), 1) == bogota(2025, 3, 12, 9)


def test_the_weekend_counts_only_saturday_morning():
    # Friday 17:00 + 8 h: 1 h Friday, 4 h Saturday (09-13), Sunday closed, 3 h Monday -> 11:00
    assert cal().add(bogota(2025, 3, 14, 17), 8) == bogota(2025, 3, 17, 11)


def test_holidays_are_skipped():
    # Monday 2025-03-24 is a holiday: Friday 17:00 + 8 h -> Tuesday 11:00
    assert cal(holidays=["2025-03-24"]).add(bogota(2025, 3, 21, 17), 8) == bogota(2025, 3, 25, 11)


def test_a_day_is_the_campaigns_own_local_day():
    # 02:00 UTC Wednesday is still Tuesday 21:00 in Bogotá: closed until Wednesday 08:00 there.
    start = dt.datetime(2025, 3, 12, 2, 0, tzinfo=UTC)
    assert cal().add(start, 2) == dt.datetime(2025, 3, 12, 15, 0, tzinfo=UTC)


def test_a_daylight_saving_change_neither_adds_nor_loses_an_hour():
    chicago = {"timezone": "America/Chicago", "days": {d: ["00:00", "24:00"] for d in
                                                      ("sat", "sun", "mon")}}
    # Saturday 2025-03-08 12:00 CST; clocks go forward at 02:00 on Sunday the 9th: 24 real hours
    # later is Sunday 13:00 CDT (18:00 UTC).
    start = dt.datetime(2025, 3, 8, 18, 0, tzinfo=UTC)
    assert cal(chicago).add(start, 24) == dt.datetime(2025, 3, 9, 18, 0, tzinfo=UTC)
    # An open day on the change is 23 hours long: Sunday 00:00 CST + 23 h = Monday 00:00 CDT.
    assert cal(chicago).add(dt.datetime(2025, 3, 9, 6, 0, tzinfo=UTC), 23) == dt.datetime(
        2025, 3, 10, 5, 0, tzinfo=UTC)


def test_no_business_hours_is_24x7():
    assert BusinessCalendar.of({}, ["2025-03-11"]) is None
    assert BusinessCalendar.of({"timezone": "America/Bogota", "days": {}}) is None
    start = bogota(2025, 3, 15, 22)  # Saturday night
    assert due(start, 5, None) == start + dt.timedelta(hours=5)


def test_unreadable_entries_are_ignored_not_fatal():
    odd = {"timezone": "Mars/Olympus", "days": {"mon": ["18:00", "08:00"], "tue": ["8am", "5pm"],
                                                "wed": ["08:00", "12:00"]}}
    calendar = BusinessCalendar.of(odd, ["not a date"])
    assert calendar is not None and list(calendar.days) == [2] and calendar.tz == UTC
    # Wednesday 2025-03-12 11:00 UTC + 2 h = 1 h Wednesday, 1 h next Wednesday
    assert calendar.add(dt.datetime(2025, 3, 12, 11, tzinfo=UTC), 2) == dt.datetime(2025, 3, 19, 9, tzinfo=UTC)


@pytest.fixture
def campaign(db):
    campaign_id = make_campaign(db, sla_hours={Priority.HIGH: 8})
    with unit_of_work(db) as session:
        row = session.get(Campaign, campaign_id)
        row.business_hours, row.holidays = BOGOTA, ["2025-03-24"]
    return campaign_id


def test_expected_solution_uses_the_campaigns_calendar(db, campaign):
    with read_only(db) as session:
        assert expected_solution(session, campaign, Priority.HIGH, None, bogota(2025, 3, 21, 17)) == bogota(
            2025, 3, 25, 11)
        assert expected_solution(session, campaign, Priority.LOW, None, bogota(2025, 3, 21, 17)) is None


def test_a_new_ticket_gets_its_date_in_business_hours(db, campaign):
    agent = make_agent(db, campaigns=[campaign])
    t = ticket(db, create_ticket(db, agent, campaign, priority=Priority.HIGH))
    with read_only(db) as session:
        expected = BusinessCalendar.of(session.get(Campaign, campaign).business_hours).add(t.created_at, 8)
    assert t.expected_solution_at == expected
