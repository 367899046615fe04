"""A2: a campaign's SLA rules (expected solution hours by priority and category), its business
hours per weekday with their time zone, and its holidays; services/sla.py counts with them.

One save takes the whole screen: the rules replace the campaign's rules (matched by priority
and category, so an unchanged rule keeps its row), the calendar replaces the campaign's.
Validation collects every problem at once: ValidationError("invalid_sla", fields={"rules":
{index: {attribute: code}}, "days": {weekday: code}, "timezone": code, "holidays": {index: code}}).
Someone else's save in between (the stored settings differ from those the screen was loaded
with) raises StaleEdit("sla_stale"), so nobody overwrites what they never saw.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, SlaRule, TicketCategory
from ..store.enums import ChangeAction, Priority
from ..store.types import utcnow
from .actor import Actor
from .admin_checks import live_row
from .changelog import apply_changes, record
from .errors import StaleEdit, ValidationError
from .permissions import require_admin
from .sla import WEEKDAYS, parse_hhmm, zone
from .unit_of_work import read_only, unit_of_work

RULE_ENTITY = "sla_rule"
MIN_HOURS, MAX_HOURS = 1, 8760
MAX_HOLIDAYS = 400

# Field problems (the values of ValidationError.details["fields"]).
PRIORITY_INVALID = "sla_priority_invalid"
CATEGORY_UNKNOWN = "sla_category_unknown"
HOURS_RANGE = "sla_hours_range"
RULE_DUPLICATE = "sla_rule_duplicate"
TIME_INVALID = "sla_time_invalid"
TIME_ORDER = "sla_time_order"
TIMEZONE_UNKNOWN = "sla_timezone_unknown"
HOLIDAY_INVALID = "sla_holiday_invalid"
HOLIDAY_DUPLICATE = "sla_holiday_duplicate"


@dataclass(frozen=True)
class Rule:
    """One rule: category None means any category."""

    priority: Priority
    category_id: uuid.UUID | None
    hours: int


@dataclass(frozen=True)
class Category:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class SlaSettings:
    """What the SLA screen shows. days: weekday ("mon" ...) -> ("08:00", "18:00") for open days."""

    campaign_id: uuid.UUID
    rules: tuple[Rule, ...]
    timezone: str
    days: dict[str, tuple[str, str]]
    holidays: tuple[str, ...]
    categories: tuple[Category, ...]


# ---------------------------------------------------------------- reading


def _campaign(session: Session, campaign_id: uuid.UUID) -> Campaign:
    return live_row(session, Campaign, campaign_id, "campaign")


def _rules(session: Session, campaign_id: uuid.UUID) -> list[SlaRule]:
    return list(session.scalars(select(SlaRule).where(SlaRule.campaign_id == campaign_id,
                                                      SlaRule.deleted_at.is_(None))))


def _categories(session: Session) -> dict[uuid.UUID, str]:
    rows = session.execute(select(TicketCategory.id, TicketCategory.name)
                           .where(TicketCategory.deleted_at.is_(None)).order_by(TicketCategory.name))
    return {i: n for i, n in rows}


def _settings(session: Session, campaign: Campaign) -> SlaSettings:
    categories = _categories(session)
    rules = sorted((Rule(Priority(r.priority), r.category_id, r.resolution_hours)
                    for r in _rules(session, campaign.id)),
                   key=lambda r: (int(r.priority), r.category_id is not None, categories.get(r.category_id, "")))
    hours = campaign.business_hours or {}
    days = {d: (str(s[0]), str(s[1])) for d, s in (hours.get("days") or {}).items()
            if d in WEEKDAYS and s and len(s) == 2}
    return SlaSettings(campaign.id, tuple(rules), str(hours.get("timezone") or ""),
                       {d: days[d] for d in WEEKDAYS if d in days},
                       tuple(str(h) for h in campaign.holidays or []),
                       tuple(Category(i, n) for i, n in categories.items()))


def sla_settings(db: Database, actor: Actor, campaign_id: uuid.UUID) -> SlaSettings:
    require_admin(actor)
    with read_only(db) as session:
        return _settings(session, _campaign(session, campaign_id))


# ---------------------------------------------------------------- validation


def _hours(value) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        return None
    return number if MIN_HOURS <= number <= MAX_HOURS else None


def _clean_rules(rules: Sequence[Rule | Mapping], categories: Mapping, problems: dict) -> list[Rule]:
    found: dict[int, dict[str, str]] = {}
    out: list[Rule] = []
    seen: set[tuple[int, uuid.UUID | None]] = set()
    for index, rule in enumerate(rules):
        get = rule.get if isinstance(rule, Mapping) else lambda k, r=rule: getattr(r, k)
        wrong: dict[str, str] = {}
        try:
            priority = Priority(int(get("priority")))
        except (TypeError, ValueError):
            priority = None
            wrong["priority"] = PRIORITY_INVALID
        category = get("category_id") or None
        if category is not None and category not in categories:
            wrong["category_id"] = CATEGORY_UNKNOWN
        hours = _hours(get("hours"))
        if hours is None:
            wrong["hours"] = HOURS_RANGE
        if priority is not None and "category_id" not in wrong:
            if (int(priority), category) in seen:
                wrong["priority"] = RULE_DUPLICATE
            seen.add((int(priority), category))
        if wrong:
            found[index] = wrong
        elif priority is not None and hours is not None:
            out.append(Rule(priority, category, hours))
    if found:
        problems["rules"] = found
    return out


def _clean_calendar(timezone: str, days: Mapping[str, Sequence[str] | None], holidays: Sequence[str],
                    problems: dict) -> tuple[dict, list[str]]:
    wrong_days: dict[str, str] = {}
    open_days: dict[str, list[str]] = {}
    for day in WEEKDAYS:
        span = days.get(day)
        if not span:
            continue
        start, end = (parse_hhmm(span[0]), parse_hhmm(span[1])) if len(span) == 2 else (None, None)
        if start is None or end is None or start == dt.time.max:
            wrong_days[day] = TIME_INVALID
        elif start >= end:
            wrong_days[day] = TIME_ORDER
        else:
            open_days[day] = [str(span[0]).strip(), str(span[1]).strip()]
    if wrong_days:
        problems["days"] = wrong_days
    timezone = (timezone or "").strip()
    if (timezone or open_days) and zone(timezone) is None:
        problems["timezone"] = TIMEZONE_UNKNOWN
    wrong_holidays: dict[int, str] = {}
    seen: set[str] = set()
    for index, text in enumerate(holidays):
        text = str(text).strip()
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            wrong_holidays[index] = HOLIDAY_INVALID
            continue
        if day.isoformat() != text:
            wrong_holidays[index] = HOLIDAY_INVALID
        elif text in seen:
            wrong_holidays[index] = HOLIDAY_DUPLICATE
        seen.add(text)
    if wrong_holidays:
        problems["holidays"] = wrong_holidays
    business_hours = {"timezone": timezone, "days": open_days} if (timezone or open_days) else {}
    return business_hours, sorted(seen)


# ---------------------------------------------------------------- saving


def save_sla(db: Database, actor: Actor, campaign_id: uuid.UUID, loaded: SlaSettings,
             rules: Sequence[Rule | Mapping], timezone: str, days: Mapping[str, Sequence[str] | None],
             holidays: Sequence[str]) -> SlaSettings:
    """Replace the campaign's rules, business hours and holidays. `loaded` is what the screen was
    built from: if the stored settings changed since, StaleEdit("sla_stale")."""
    require_admin(actor)
    if len(holidays) > MAX_HOLIDAYS:
        raise ValidationError("sla_too_many_holidays", limit=MAX_HOLIDAYS)
    with unit_of_work(db) as session:
        campaign = _campaign(session, campaign_id)
        current = _settings(session, campaign)
        if (set(current.rules), current.timezone, current.days, set(current.holidays)) != (
                set(loaded.rules), loaded.timezone, loaded.days, set(loaded.holidays)):
            raise StaleEdit("sla_stale")
        problems: dict = {}
        clean_rules = _clean_rules(rules, _categories(session), problems)
        business_hours, clean_holidays = _clean_calendar(timezone, days, holidays, problems)
        if problems:
            raise ValidationError("invalid_sla", fields=problems)
        _write_rules(session, actor, campaign.id, clean_rules)
        apply_changes(session, actor, campaign, {"business_hours": business_hours, "holidays": clean_holidays},
                      entity_type="campaign")
        session.flush()
        return _settings(session, campaign)


def _write_rules(session: Session, actor: Actor, campaign_id: uuid.UUID, rules: list[Rule]) -> None:
    stored = {(int(r.priority), r.category_id): r for r in _rules(session, campaign_id)}
    wanted = {(int(r.priority), r.category_id): r for r in rules}
    now = utcnow()
    for key, row in stored.items():
        if key not in wanted:
            row.deleted_at = now
            record(session, actor, RULE_ENTITY, row.id, ChangeAction.DELETE, field="resolution_hours",
                   old=row.resolution_hours)
        else:
            apply_changes(session, actor, row, {"resolution_hours": wanted[key].hours}, entity_type=RULE_ENTITY)
    for key, rule in wanted.items():
        if key not in stored:
            row = SlaRule(campaign_id=campaign_id, priority=int(rule.priority), category_id=rule.category_id,
                          resolution_hours=rule.hours)
            session.add(row)
            session.flush()
            record(session, actor, RULE_ENTITY, row.id, ChangeAction.CREATE, field="resolution_hours",
                   new=rule.hours)
