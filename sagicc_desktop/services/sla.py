"""Expected solution date from the campaign's SLA rules (T4), counted in business hours.

A rule's hours run only while the campaign is open: its business hours per weekday, in its own
time zone, skipping days off and holidays. A campaign without business hours runs 24x7.
Campaign.business_hours is {"timezone": "America/Bogota", "days": {"mon": ["08:00", "18:00"],
...}} (a weekday left out is closed) and Campaign.holidays a list of "YYYY-MM-DD".
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.entities import Campaign, SlaRule
from ..store.enums import Priority

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UTC = dt.timezone.utc
_MAX_DAYS = 20 * 366  # a rule is at most 8,760 hours: even one open hour a week ends sooner


def parse_hhmm(text) -> dt.time | None:
    """"08:00" -> 08:00; "24:00" is the end of the day (returned as time.max); None if not a time."""
    parts = str(text or "").strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        return None
    hour, minute = int(parts[0]), int(parts[1])
    if (hour, minute) == (24, 0):
        return dt.time.max
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def zone(name: str | None) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True)
class BusinessCalendar:
    """When a campaign is open: (start, end) per weekday (0 = Monday), holidays closed."""

    tz: dt.tzinfo
    days: Mapping[int, tuple[dt.time, dt.time]]
    holidays: frozenset[dt.date]

    @classmethod
    def of(cls, business_hours: Mapping | None, holidays: Sequence[str] | None = ()) -> BusinessCalendar | None:
        """The calendar of a campaign's stored settings; None (24x7) when it has no open hours.
        Unreadable entries are skipped (the administration screen refuses them)."""
        hours = business_hours or {}
        days = {}
        for index, day in enumerate(WEEKDAYS):
            span = (hours.get("days") or {}).get(day)
            if not span or len(span) != 2:
                continue
            start, end = parse_hhmm(span[0]), parse_hhmm(span[1])
            if start is not None and end is not None and start < end:
                days[index] = (start, end)
        if not days:
            return None
        off = set()
        for text in holidays or ():
            try:
                off.add(dt.date.fromisoformat(str(text)))
            except ValueError:
                continue
        return cls(zone(hours.get("timezone")) or UTC, days, frozenset(off))

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The day's open hours as UTC instants, or None when closed."""
        span = self.days.get(day.weekday())
        if span is None or day in self.holidays:
            return None
        start = dt.datetime.combine(day, span[0], self.tz).astimezone(UTC)
        if span[1] == dt.time.max:
            end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), self.tz).astimezone(UTC)
        else:
            end = dt.datetime.combine(day, span[1], self.tz).astimezone(UTC)
        return start, end

    def add(self, start: dt.datetime, hours: float) -> dt.datetime:
        """start plus `hours` of open time; a start outside business hours waits for the next
        opening. Works in UTC instants, so a daylight-saving change never adds or loses an hour."""
        instant = (start if start.tzinfo else start.replace(tzinfo=UTC)).astimezone(UTC)
        left = dt.timedelta(hours=hours)
        day = instant.astimezone(self.tz).date()
        for _ in range(_MAX_DAYS):
            window = self.window(day)
            if window is not None:
                opens, closes = window
                cursor = max(instant, opens)
                if cursor < closes:
                    if cursor + left <= closes:
                        return (cursor + left).astimezone(start.tzinfo or UTC)
                    left -= closes - cursor
                    instant = closes
            day += dt.timedelta(days=1)
        return (instant + left).astimezone(start.tzinfo or UTC)  # never open: count it 24x7


def calendar_of(session: Session, campaign_id: uuid.UUID) -> BusinessCalendar | None:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        return None
    return BusinessCalendar.of(campaign.business_hours, campaign.holidays)


def due(start: dt.datetime, hours: float, calendar: BusinessCalendar | None) -> dt.datetime:
    """The expected solution of a rule of `hours` started at `start` (24x7 without a calendar)."""
    if calendar is None:
        return start + dt.timedelta(hours=hours)
    return calendar.add(start, hours)


def rule_hours(session: Session, campaign_id: uuid.UUID, priority: Priority,
               category_id: uuid.UUID | None) -> int | None:
    """The most specific rule wins: campaign + priority + category, then campaign + priority."""
    rules = session.scalars(
        select(SlaRule).where(
            SlaRule.campaign_id == campaign_id,
            SlaRule.priority == int(priority),
            SlaRule.deleted_at.is_(None),
        )
    ).all()
    specific = [r for r in rules if category_id is not None and r.category_id == category_id]
    general = [r for r in rules if r.category_id is None]
    rule = (specific or general or [None])[0]
    return None if rule is None else rule.resolution_hours


def expected_solution(
    session: Session,
    campaign_id: uuid.UUID,
    priority: Priority,
    category_id: uuid.UUID | None,
    start: dt.datetime,
) -> dt.datetime | None:
    """When a ticket started at `start` should be solved, or None without a rule."""
    hours = rule_hours(session, campaign_id, priority, category_id)
    if hours is None:
        return None
    return due(start, hours, calendar_of(session, campaign_id))
