"""T9 and T10: the campaign's task form, saving a task (with its next action) and the History.

A saved task keeps the id of the form definition it was filled in with, so History renders
old records with their own fields after the campaign's form changes. Saving validates every
value against that definition, then writes the record, the agenda entry, the ticket's next
action, the change log and drops the draft in one short transaction.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import AgendaEntry, TaskFormDefinition, TaskRecord, Ticket, User
from ..store.enums import ChangeAction, DraftKind
from ..store.types import new_id, utcnow
from . import drafts
from .actor import Actor
from .agenda import AgendaItem, agenda_owner, clashes_in
from .changelog import apply_changes, record
from .errors import NotFound, ValidationError
from .permissions import read_only_reason, visible_ticket, writable_ticket
from .unit_of_work import read_only, unit_of_work
from .keyset import Before, older_than

FIELD_TYPES = ("text", "long_text", "number", "date", "time", "choice", "multi_choice", "yes_no")
MAX_TEXT = 2_000
MAX_LONG_TEXT = 20_000
MAX_OBSERVATIONS = 20_000
NEXT_ACTION_MINUTES = 30
MAX_DAYS_AHEAD = 730
EXCERPT = 160

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


class AgendaClash(ValidationError):
    """The next action overlaps other entries of the same agenda; `clashes` says which."""

    code = "agenda_clash"

    def __init__(self, clashes: list[AgendaItem]) -> None:
        super().__init__("agenda_clash")
        self.clashes = clashes


def field_label(spec: dict, language: str) -> str:
    """A form field's label in a language ("es" or anything else for English)."""
    if language == "es" and spec.get("label_es"):
        return spec["label_es"]
    return spec.get("label") or spec.get("key", "")


@dataclass(frozen=True)
class TaskForm:
    """What the Tasks tab is built from."""

    ticket_id: uuid.UUID
    definition_id: uuid.UUID | None
    revision: int
    fields: tuple[dict, ...]
    read_only_reason: str  # "" (may save), "viewer" or "closed"

    @property
    def writable(self) -> bool:
        return not self.read_only_reason


@dataclass(frozen=True)
class TaskInput:
    """A filled-in task as typed: dates "YYYY-MM-DD" and times "HH:MM" in local time."""

    definition_id: uuid.UUID | None
    values: dict
    observations: str = ""
    next_date: str = ""
    next_time: str = ""


@dataclass(frozen=True)
class SavedTask:
    record_id: uuid.UUID
    agenda_entry_id: uuid.UUID | None
    next_action_at: dt.datetime | None
    form_outdated: bool  # saved against a definition that is no longer the current one


@dataclass(frozen=True)
class TaskSummary:
    """A line of the History tab."""

    id: uuid.UUID
    created_at: dt.datetime
    user_name: str
    observations: str  # an excerpt
    next_action_at: dt.datetime | None


@dataclass(frozen=True)
class FieldValue:
    key: str
    label: str
    label_es: str
    type: str
    value: object
    in_form: bool  # False for a value whose field is not in the record's definition


@dataclass(frozen=True)
class TaskDetail:
    """"View more": every field of a saved task, labelled by the definition it was saved with."""

    id: uuid.UUID
    created_at: dt.datetime
    user_name: str
    observations: str
    next_action_at: dt.datetime | None
    revision: int | None
    fields: tuple[FieldValue, ...]


# ------------------------------------------------------------------ reading the form


def _current_definition(session: Session, campaign_id: uuid.UUID) -> TaskFormDefinition | None:
    return session.scalar(
        select(TaskFormDefinition)
        .where(TaskFormDefinition.campaign_id == campaign_id, TaskFormDefinition.is_current.is_(True),
               TaskFormDefinition.deleted_at.is_(None))
        .order_by(TaskFormDefinition.revision.desc()).limit(1)
    )


def task_form(db: Database, actor: Actor, ticket_id: uuid.UUID) -> TaskForm:
    """T9: the current task form of the ticket's campaign, and whether the actor may save."""
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        definition = _current_definition(session, ticket.campaign_id)
        reason = read_only_reason(actor, ticket) or ""
        return TaskForm(
            ticket.id, definition.id if definition else None, definition.revision if definition else 0,
            tuple(dict(f) for f in (definition.fields if definition else [])), reason,
        )


# ------------------------------------------------------------------ validation


def _invalid(reason: str, spec: dict, language: str, **details) -> ValidationError:
    return ValidationError(reason, field=spec.get("key"), value=field_label(spec, language), **details)


def _parse_date(text: str) -> dt.date | None:
    if not _DATE.match(text):
        return None
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def _parse_time(text: str) -> dt.time | None:
    match = _TIME.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return dt.time(int(match[1]), int(match[2]))


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (list, tuple)) and not value)


def _clean(spec: dict, value, language: str):
    """One value in its stored form (see demo/tasks.py for the shapes), or a ValidationError."""
    kind = spec.get("type")
    if kind in ("text", "long_text"):
        text = str(value).strip()
        limit = MAX_TEXT if kind == "text" else MAX_LONG_TEXT
        if len(text) > limit:
            raise _invalid("task_text_too_long", spec, language, limit=limit)
        return text
    if kind == "number":
        if isinstance(value, bool):
            raise _invalid("task_not_a_number", spec, language)
        if isinstance(value, (int, float)):
            number = value
        else:
            text = str(value).strip().replace(" ", "")
            if not _NUMBER.match(text):
                raise _invalid("task_not_a_number", spec, language)
            number = float(text.replace(",", ".")) if any(c in text for c in ".,") else int(text)
        if isinstance(number, float):
            if not math.isfinite(number):
                raise _invalid("task_not_a_number", spec, language)
            if number.is_integer() and abs(number) < 2**53:
                number = int(number)
        return number
    if kind == "date":
        day = _parse_date(str(value).strip())
        if day is None:
            raise _invalid("task_invalid_date", spec, language)
        return day.isoformat()
    if kind == "time":
        time = _parse_time(str(value).strip())
        if time is None:
            raise _invalid("task_invalid_time", spec, language)
        return time.strftime("%H:%M")
    choices = [str(c) for c in spec.get("choices") or []]
    if kind == "choice":
        if str(value) not in choices:
            raise _invalid("task_not_a_choice", spec, language)
        return str(value)
    if kind == "multi_choice":
        picked = [value] if isinstance(value, str) else list(value)
        if any(str(p) not in choices for p in picked):
            raise _invalid("task_not_a_choice", spec, language)
        return [c for c in choices if c in {str(p) for p in picked}]
    if kind == "yes_no":
        if not isinstance(value, bool):
            raise _invalid("task_not_a_choice", spec, language)
        return value
    raise _invalid("task_unknown_type", spec, language)


def clean_values(fields: list[dict] | tuple[dict, ...], values: dict, language: str = "en") -> dict:
    """Check values against a form definition: unknown fields, required ones, types, choices.
    Empty optional fields are left out, as in the demo's records."""
    known = {f.get("key") for f in fields}
    for key in values:
        if key not in known:
            raise ValidationError("task_unknown_field", field=key, value=key)
    out = {}
    for spec in fields:
        value = values.get(spec.get("key"))
        if _empty(value):
            if spec.get("required"):
                raise _invalid("task_field_required", spec, language)
            continue
        out[spec["key"]] = _clean(spec, value, language)
    return out


def next_action_at(next_date: str, next_time: str, now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """The next action as a UTC instant from a local date and time; None when both are empty.
    tz None means the workstation's own zone (with its daylight-saving rules)."""
    next_date, next_time = (next_date or "").strip(), (next_time or "").strip()
    if not next_date and not next_time:
        return None
    if not next_date or not next_time:
        raise ValidationError("next_action_incomplete", field="next_action")
    day = _parse_date(next_date)
    if day is None:
        raise ValidationError("next_date_invalid", field="next_date")
    time = _parse_time(next_time)
    if time is None:
        raise ValidationError("next_time_invalid", field="next_time")
    local = dt.datetime.combine(day, time)
    aware = local.astimezone() if tz is None else local.replace(tzinfo=tz)
    when = aware.astimezone(dt.timezone.utc)
    if when <= now:
        raise ValidationError("next_action_past", field="next_date")
    if when > now + dt.timedelta(days=MAX_DAYS_AHEAD):
        raise ValidationError("next_action_too_far", field="next_date", limit=MAX_DAYS_AHEAD)
    return when


def _agenda_title(ticket: Ticket, observations: str) -> str:
    first = observations.strip().splitlines()[0].strip() if observations.strip() else ""
    return (first or ticket.subject or "")[:300]


# ------------------------------------------------------------------ saving


def _definition_for(session: Session, ticket: Ticket, definition_id: uuid.UUID | None
                    ) -> tuple[TaskFormDefinition | None, bool]:
    """The definition the form was built from, and whether it is outdated. A form built from a
    definition that was removed or belongs to another campaign is refused: its fields may no
    longer mean anything. One merely superseded by a newer revision still saves against itself."""
    current = _current_definition(session, ticket.campaign_id)
    if definition_id is None:
        if current is not None:
            raise ValidationError("task_form_changed", field="form")
        return None, False
    definition = session.get(TaskFormDefinition, definition_id)
    if definition is None or definition.deleted_at is not None or definition.campaign_id != ticket.campaign_id:
        raise ValidationError("task_form_changed", field="form")
    return definition, current is None or current.id != definition.id


def save_task(db: Database, actor: Actor, ticket_id: uuid.UUID, task: TaskInput, *,
              now: dt.datetime | None = None, tz: dt.tzinfo | None = None,
              allow_clash: bool = False) -> SavedTask:
    """T9 Save. With a next action: an agenda entry for the assignee (or the actor), the
    ticket's next_action_at (the pending list puts it first) and the ticket's earlier open
    entries marked done (this task supersedes them). Raises AgendaClash, unless allow_clash,
    when the next action overlaps another entry of that agenda."""
    now = now or utcnow()
    observations = (task.observations or "").strip()
    if len(observations) > MAX_OBSERVATIONS:
        raise ValidationError("observations_too_long", field="observations", limit=MAX_OBSERVATIONS)
    when = next_action_at(task.next_date, task.next_time, now, tz)
    with unit_of_work(db) as session:
        ticket = writable_ticket(session, actor, ticket_id)
        definition, outdated = _definition_for(session, ticket, task.definition_id)
        values = clean_values(definition.fields if definition else [], dict(task.values or {}), actor.locale)
        if not values and not observations and when is None:
            raise ValidationError("task_empty", field="form")
        owner = agenda_owner(ticket, actor)
        if when is not None and not allow_clash:
            found = clashes_in(session, actor, owner, when, NEXT_ACTION_MINUTES, ignore_ticket_id=ticket.id)
            if found:
                raise AgendaClash(found)
        # Reads first, then the writes: nothing is flushed until the commit.
        drafts.drop_in(session, actor, ticket.id, DraftKind.TASK)
        _supersede(session, actor, ticket, now)
        task_record = TaskRecord(
            id=new_id(), ticket_id=ticket.id, form_definition_id=definition.id if definition else None,
            user_id=actor.user_id, values=values, observations=observations, next_action_at=when,
            created_at=now, updated_at=now,
        )
        session.add(task_record)
        record(session, actor, "task_record", task_record.id, ChangeAction.CREATE,
               new=observations[:EXCERPT] or None, ticket_id=ticket.id)
        entry_id = None
        if when is not None:
            session.flush()  # the record before the entry that points to it (no ORM relationship orders them)
            entry = AgendaEntry(
                id=new_id(), user_id=owner, ticket_id=ticket.id, task_record_id=task_record.id,
                due_at=when, duration_min=NEXT_ACTION_MINUTES, title=_agenda_title(ticket, observations),
            )
            session.add(entry)
            record(session, actor, "agenda_entry", entry.id, ChangeAction.CREATE, field="due_at",
                   new=when, ticket_id=ticket.id)
            entry_id = entry.id
        apply_changes(session, actor, ticket, {"next_action_at": when}, entity_type="ticket", ticket_id=ticket.id)
        return SavedTask(task_record.id, entry_id, when, outdated)


def _supersede(session: Session, actor: Actor, ticket: Ticket, now: dt.datetime) -> None:
    """The ticket's open agenda entries are done: this task is the management they scheduled."""
    for entry in session.scalars(
        select(AgendaEntry).where(AgendaEntry.ticket_id == ticket.id, AgendaEntry.done_at.is_(None),
                                  AgendaEntry.deleted_at.is_(None))
    ):
        apply_changes(session, actor, entry, {"done_at": now}, entity_type="agenda_entry", ticket_id=ticket.id)


# ------------------------------------------------------------------ History (T10)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"


def task_history(db: Database, actor: Actor, ticket_id: uuid.UUID, limit: int = 500,
                 before: Before | None = None) -> list[TaskSummary]:
    """T10: the ticket's saved tasks, newest first; a page of `limit` tasks older than
    `before` (the created_at and id of the last task already read)."""
    with read_only(db) as session:
        visible_ticket(session, actor, ticket_id)
        # Only the start of the observations: the list shows an excerpt, View more the rest.
        rows = session.execute(
            select(TaskRecord.id, TaskRecord.created_at, User.display_name,
                   func.substr(TaskRecord.observations, 1, EXCERPT * 2), TaskRecord.next_action_at)
            .outerjoin(User, User.id == TaskRecord.user_id)
            .where(TaskRecord.ticket_id == ticket_id, TaskRecord.deleted_at.is_(None),
                   *older_than(TaskRecord.created_at, TaskRecord.id, before))
            .order_by(TaskRecord.created_at.desc(), TaskRecord.id.desc()).limit(limit)
        ).all()
        return [TaskSummary(i, at, name or "", _excerpt(obs or ""), nxt) for i, at, name, obs, nxt in rows]


def task_detail(db: Database, actor: Actor, record_id: uuid.UUID) -> TaskDetail:
    """T10 "View more": the record's values in the order and with the labels of the definition
    it was saved with; values whose field is not in it come last, labelled by their key."""
    with read_only(db) as session:
        rec = session.get(TaskRecord, record_id)
        if rec is None or rec.deleted_at is not None:
            raise NotFound("task")
        visible_ticket(session, actor, rec.ticket_id)
        definition = session.get(TaskFormDefinition, rec.form_definition_id) if rec.form_definition_id else None
        user = session.get(User, rec.user_id) if rec.user_id else None
        values = dict(rec.values or {})
        fields = []
        for spec in (definition.fields if definition else []):
            key = spec.get("key")
            fields.append(FieldValue(key, spec.get("label") or key, spec.get("label_es") or "",
                                     spec.get("type", "text"), values.pop(key, None), True))
        for key, value in values.items():
            fields.append(FieldValue(key, key, "", "text", value, False))
        return TaskDetail(rec.id, rec.created_at, user.display_name if user else "", rec.observations,
                          rec.next_action_at, definition.revision if definition else None, tuple(fields))
