"""Importing tickets from a CSV (administration): each row names its campaign and, optionally,
its customer by document number; numbers come from the ticket counter, as tickets.create does.

Decisions (besides those of csv_import_customers: all-or-nothing unless skip_refused, one
change-log entry and one sync record per ticket):
- Campaigns are matched by name ignoring case and accents; customers by document number as
  stored (document_key), narrowed by the document type when the file maps one. A number that
  several live customers hold under different types, with no type column, is ambiguous_customer.
- Status and ticket type: the stored values (new, in_progress, ... / question, complaint, ...);
  priority: critical, high, medium, low or their rank 1-4. Blank cells take the defaults (new,
  question, medium). created_at: ISO date or date-time, or DD/MM/YYYY [HH:MM[:SS]]; without a
  zone it is UTC; blank is the import's time; a future one is refused (date_future).
- A ticket imported as resolved or closed is taken as closed at its creation time, the best the
  old system tells; the expected solution date follows the campaign's SLA rules.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import select, update

from ..store.database import Database
from ..store.entities import Campaign, Counter, Ticket
from ..store.enums import Priority, TicketStatus, TicketType
from ..store.types import new_id, utcnow
from .actor import Actor
from .csv_import_customers import customer_ids_by_document
from .csv_import_read import INVALID_DATE, MISSING_REQUIRED, TOO_LONG, CsvRow, ImportReport, RowRefusal, read_rows
from .csv_import_write import (
    BATCH, ImportCancelled, Steps, batches, insert_audit, insert_rows, log_created, sync_created,
)
from .customer_similarity import document_key
from .numbering import TICKET_NUMBER, next_ticket_number
from .permissions import require_admin
from . import sla as sla_rules
from .text import normalise
from .tickets import MAX_DESCRIPTION, MAX_SUBJECT
from .unit_of_work import read_only, unit_of_work

TICKET_FIELDS = ("campaign", "document_type", "document_number", "subject", "description", "status", "priority",
                 "ticket_type", "created_at")
TICKET_REQUIRED = ("campaign", "subject")
UNKNOWN_CAMPAIGN, UNKNOWN_CUSTOMER, AMBIGUOUS_CUSTOMER = "unknown_campaign", "unknown_customer", "ambiguous_customer"
INVALID_STATUS, INVALID_PRIORITY, INVALID_TYPE, DATE_FUTURE = (
    "invalid_status", "invalid_priority", "invalid_ticket_type", "date_future")
_DATETIME_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y")


def parse_datetime(text: str) -> dt.datetime:
    """An aware UTC date-time; ValueError otherwise."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        for fmt in _DATETIME_FORMATS:
            try:
                value = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def _choice(text: str, enum_cls, default):
    if not text:
        return default
    key = normalise(text).replace(" ", "_").replace("-", "_")
    if enum_cls is Priority:
        if key.isdigit():
            return Priority(int(key))
        return Priority[key.upper()]
    return enum_cls(key)


class _Lookups:
    def __init__(self, db: Database, rows: list[CsvRow]) -> None:
        with read_only(db) as session:
            self.campaigns = {normalise(name): cid for cid, name in session.execute(
                select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None)))}
        numbers = sorted({document_key(r.cells.get("document_number")) for r in rows} - {""})
        self.customers = customer_ids_by_document(db, numbers)


def _check_row(row: CsvRow, mapping: Mapping[str, str], look: _Lookups, now: dt.datetime):
    refused = list(row.problems)
    cells = row.cells

    def refuse(field: str, code: str, **details) -> None:
        refused.append(RowRefusal(row.line, mapping.get(field, ""), code, details))

    campaign_id = look.campaigns.get(normalise(cells.get("campaign", "")))
    if not cells.get("campaign"):
        refuse("campaign", MISSING_REQUIRED)
    elif campaign_id is None:
        refuse("campaign", UNKNOWN_CAMPAIGN)
    customer_id = None
    number = document_key(cells.get("document_number"))
    if number:
        kind = cells.get("document_type", "").lower()
        holders = [cid for k, cid in look.customers.get(number, ()) if not kind or k == kind]
        if not holders:
            refuse("document_number", UNKNOWN_CUSTOMER)
        elif len(holders) > 1:
            refuse("document_number", AMBIGUOUS_CUSTOMER)
        else:
            customer_id = holders[0]
    subject, description = cells.get("subject", ""), cells.get("description", "")
    if not subject:
        refuse("subject", MISSING_REQUIRED)
    elif len(subject) > MAX_SUBJECT:
        refuse("subject", TOO_LONG, limit=MAX_SUBJECT)
    if len(description) > MAX_DESCRIPTION:
        refuse("description", TOO_LONG, limit=MAX_DESCRIPTION)
    values = {}
    for field, enum_cls, default, code in (("status", TicketStatus, TicketStatus.NEW, INVALID_STATUS),
                                           ("priority", Priority, Priority.MEDIUM, INVALID_PRIORITY),
                                           ("ticket_type", TicketType, TicketType.QUESTION, INVALID_TYPE)):
        try:
            values[field] = _choice(cells.get(field, ""), enum_cls, default)
        except (KeyError, ValueError):
            refuse(field, code)
    created = now
    if cells.get("created_at"):
        try:
            created = parse_datetime(cells["created_at"])
        except ValueError:
            refuse("created_at", INVALID_DATE)
        else:
            if created > now:
                refuse("created_at", DATE_FUTURE)
    if refused:
        return None, refused
    return dict(values, campaign_id=campaign_id, customer_id=customer_id, subject=subject,
                description=description, created_at=created), refused


def _reserve_numbers(session, count: int) -> range:
    """`count` consecutive ticket numbers from the counter, in the caller's transaction."""
    first = next_ticket_number(session)
    if count > 1:
        session.execute(update(Counter).where(Counter.name == TICKET_NUMBER)
                        .values(value=Counter.value + (count - 1)).execution_options(synchronize_session=False))
    return range(first, first + count)


def _write(session, actor: Actor, part: list[dict], now, sla: dict) -> None:
    tickets, log, sync = [], [], []
    for number, values in zip(_reserve_numbers(session, len(part)), part):
        ticket_id, created = new_id(), values["created_at"]
        key = (values["campaign_id"], values["priority"])
        if key not in sla:
            hours = sla_rules.rule_hours(session, key[0], key[1], None)
            sla[key] = None if hours is None else (hours, sla_rules.calendar_of(session, key[0]))
        closed = values["status"] in (TicketStatus.RESOLVED, TicketStatus.CLOSED)
        tickets.append({**values, "priority": int(values["priority"]), "id": ticket_id, "number": number,
                        "updated_at": now, "version": 1, "created_by_id": actor.user_id,
                        "closed_at": created if closed else None,
                        "expected_solution_at": None if sla[key] is None else sla_rules.due(created, *sla[key])})
        log.append(log_created(actor.user_id, "ticket", ticket_id, now, str(number), ticket_id=ticket_id))
        sync.append(sync_created("ticket", ticket_id, now))
    insert_rows(session, Ticket, tickets)
    insert_audit(session, log, sync)


def import_tickets(db: Database, actor: Actor, path: Path | str, mapping: Mapping[str, str], *,
                   encoding: str, delimiter: str, progress: Callable[[int, int], None] | None = None,
                   cancel: threading.Event | None = None, skip_refused: bool = False,
                   batch_size: int = BATCH) -> ImportReport:
    """Import the file's tickets; `mapping` maps TICKET_FIELDS to column names (campaign and
    subject required). Same contract as import_customers (up-front errors, progress, cancel)."""
    require_admin(actor)
    rows = read_rows(path, mapping, TICKET_FIELDS, TICKET_REQUIRED, encoding=encoding, delimiter=delimiter)
    steps = Steps(len(rows), progress, cancel)
    look, now = _Lookups(db, rows), utcnow()
    good, refused = [], []
    try:
        for part in batches(rows):
            steps.check()
            for row in part:
                values, problems = _check_row(row, mapping, look, now)
                refused += problems
                if values is not None:
                    good.append(values)
            steps.advance(len(part))
    except ImportCancelled:
        return ImportReport(len(rows), 0, (), written=False, cancelled=True)
    refused.sort(key=lambda r: (r.line, r.column))
    if refused and not skip_refused:
        return ImportReport(len(rows), 0, tuple(refused), written=False)
    sla: dict = {}
    try:
        with unit_of_work(db) as session:
            for part in batches(good, batch_size):
                steps.check()
                _write(session, actor, list(part), now, sla)
                steps.advance(len(part))
            steps.check()
    except ImportCancelled:
        return ImportReport(len(rows), 0, tuple(refused), written=False, cancelled=True)
    steps.finish()
    return ImportReport(len(rows), len(good), tuple(refused), written=bool(good))
