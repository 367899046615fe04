"""Builders for task, agenda and draft tests: form definitions, agenda entries, closed tickets."""

from __future__ import annotations

import datetime as dt
import uuid

from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.database import Database
from sagicc_desktop.store.entities import AgendaEntry, TaskFormDefinition, Ticket
from sagicc_desktop.store.enums import TicketStatus

UTC = dt.timezone.utc


def fld(key, label, label_es, type_, required=False, choices=()) -> dict:
    return {"key": key, "label": label, "label_es": label_es, "type": type_,
            "required": required, "choices": list(choices)}


# Every field type, as the demo campaigns define them.
FIELDS = [
    fld("reason", "Reason", "Motivo", "choice", True, ("No service", "Slow", "Other")),
    fld("invoice", "Invoice number", "Número de factura", "text"),
    fld("diagnosis", "Diagnosis", "Diagnóstico", "long_text"),
    fld("restarts", "Router restarts", "Reinicios del módem", "number"),
    fld("visit_date", "Visit date", "Fecha de visita", "date"),
    fld("call_time", "Call-back time", "Hora de contacto", "time"),
    fld("checks", "Checks done", "Pruebas realizadas", "multi_choice", False, ("Restart", "Speed test", "Cabling")),
    fld("visit_needed", "Technician visit", "Visita técnica", "yes_no", True),
]

GOOD_VALUES = {"reason": "Slow", "visit_needed": False}


def make_form(db: Database, campaign_id: uuid.UUID, fields=None, *, revision: int = 1,
              current: bool = True) -> uuid.UUID:
    with unit_of_work(db) as session:
        form = TaskFormDefinition(campaign_id=campaign_id, revision=revision,
                                  fields=[dict(f) for f in (fields if fields is not None else FIELDS)],
                                  is_current=current)
        session.add(form)
        session.flush()
        return form.id


def new_revision(db: Database, campaign_id: uuid.UUID, old_id: uuid.UUID, fields) -> uuid.UUID:
    """The administrator changes the form: the old definition stops being current."""
    with unit_of_work(db) as session:
        old = session.get(TaskFormDefinition, old_id)
        old.is_current = False
        form = TaskFormDefinition(campaign_id=campaign_id, revision=old.revision + 1,
                                  fields=[dict(f) for f in fields], is_current=True)
        session.add(form)
        session.flush()
        return form.id


def make_entry(db: Database, user_id: uuid.UUID, due_at: dt.datetime, *, ticket_id=None, minutes=30,
               title="Call back", done=False, reminded=False) -> uuid.UUID:
    with unit_of_work(db) as session:
        entry = AgendaEntry(user_id=user_id, ticket_id=ticket_id, due_at=due_at, duration_min=minutes,
                            title=title, done_at=due_at if done else None,
                            reminded_at=due_at if reminded else None)
        session.add(entry)
        session.flush()
        return entry.id


def close_ticket(db: Database, ticket_id: uuid.UUID) -> None:
    with unit_of_work(db) as session:
        session.get(Ticket, ticket_id).status = TicketStatus.CLOSED


def assign(db: Database, ticket_id: uuid.UUID, user_id) -> None:
    with unit_of_work(db) as session:
        session.get(Ticket, ticket_id).assignee_id = user_id
