"""Saved tasks (History) with values that fit the campaign's form, and agenda entries.

Values follow each field's type (text, long_text, number, date, time, choice, multi_choice,
yes_no) so the History and Tasks tabs can render every record; next actions become agenda
entries, done when they lie in the past.
"""

from __future__ import annotations

import datetime as dt
import random

from ..store.entities import AgendaEntry, TaskFormDefinition, TaskRecord, Ticket, User
from . import topics as T
from .catalog import stamped

_NUMBERS = {"restarts": (0, 5), "amount_disputed": (15, 300), "lines": (1, 4), "satisfaction": (1, 5)}
_TEXTS = {
    "invoice_number": lambda rng: f"FV-{rng.randint(1_000_000, 9_999_999)}",
    "store": lambda rng: rng.choice(["Downtown Mall", "Westfield Center", "Airport Kiosk", "Main St."]),
}


def field_value(rng: random.Random, spec: dict, language: str, when: dt.datetime):
    kind, key = spec["type"], spec["key"]
    if kind == "text":
        maker = _TEXTS.get(key)
        return maker(rng) if maker else rng.choice(T.OBSERVATIONS[language])
    if kind == "long_text":
        return " ".join(rng.sample(T.OBSERVATIONS[language], 2))
    if kind == "number":
        low, high = _NUMBERS.get(key, (0, 10))
        return rng.randint(low, high)
    if kind == "date":
        return (when + dt.timedelta(days=rng.randint(-5, 10))).date().isoformat()
    if kind == "time":
        return f"{rng.randint(8, 17):02d}:{rng.choice([0, 15, 30, 45]):02d}"
    if kind == "choice":
        return rng.choice(spec["choices"])
    if kind == "multi_choice":
        return rng.sample(spec["choices"], rng.randint(1, min(3, len(spec["choices"]))))
    if kind == "yes_no":
        return rng.random() < 0.5
    raise ValueError(f"unknown field type {kind!r}")


def form_values(rng: random.Random, form: TaskFormDefinition, language: str, when: dt.datetime) -> dict:
    """Required fields always filled, optional ones most of the time."""
    return {f["key"]: field_value(rng, f, language, when)
            for f in form.fields if f["required"] or rng.random() < 0.65}


def round_quarter(when: dt.datetime) -> dt.datetime:
    return when.replace(minute=when.minute - when.minute % 15, second=0, microsecond=0)


def task_record(rng: random.Random, ticket: Ticket, form: TaskFormDefinition, user: User,
                language: str, when: dt.datetime, next_action: dt.datetime | None,
                first_name: str, done: bool) -> tuple[TaskRecord, AgendaEntry | None]:
    """A task record and, with a next action, its agenda entry (done for superseded ones)."""
    record = TaskRecord(**stamped(rng, when), ticket_id=ticket.id, form_definition_id=form.id,
                        user_id=user.id, values=form_values(rng, form, language, when),
                        observations=rng.choice(T.OBSERVATIONS[language]), next_action_at=next_action)
    if next_action is None:
        return record, None
    title = rng.choice(T.AGENDA_TITLES[language]).format(number=ticket.number, first=first_name)
    entry = AgendaEntry(**stamped(rng, when), user_id=user.id, ticket_id=ticket.id,
                        task_record_id=record.id, due_at=next_action, title=title,
                        duration_min=rng.choice([15, 30, 30, 45]))
    if done:
        entry.reminded_at = next_action - dt.timedelta(minutes=10)
        entry.done_at = next_action + dt.timedelta(minutes=rng.randint(2, 40))
    return record, entry
