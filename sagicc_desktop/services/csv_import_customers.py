"""Importing customers and their contact data from a CSV (administration), with the same rules
as creating a customer by hand (customer_edit.clean_draft, contact_data.normalise_contact).

Decisions:
- Every row is checked before anything is written. By default the import is all-or-nothing:
  one refused row and nothing is written (the report lists every reason, the file can be fixed
  and imported again). With skip_refused=True the good rows are written in one transaction and
  the report lists the refused ones, so fixing those and importing only them is safe.
- A document number repeated in the file: the first row keeps it, the later ones are refused
  (duplicate_document_in_file, naming the first line). A number a live customer already holds
  under the same type is refused (document_taken): the import never merges into stored customers.
- No similarity check against stored customers (unlike creating one by hand): an import is the
  administrator's deliberate load, and a 100,000-row file cannot be reviewed pair by pair.
- The change log gets one CREATE entry per imported customer (who loaded it and when, as
  create_customer does), not one per contact point; sync records cover every written row.
- Dates of birth: YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY (day first, as written in Colombia).
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import ContactPoint, Customer
from ..store.enums import ContactKind
from ..store.types import new_id, utcnow
from .actor import Actor
from .contact_data import normalise_contact
from .contacts import default_region
from .csv_import_read import (
    INVALID_DATE, MISSING_REQUIRED, CsvRow, ImportReport, RowRefusal, read_rows,
)
from .csv_import_write import (
    BATCH, ImportCancelled, Steps, batches, insert_audit, insert_rows, log_created, sync_created,
)
from .customer_edit import NAME_FIELDS, CustomerDraft, clean_draft
from .errors import ValidationError
from .permissions import require_admin
from .text import search_name
from .unit_of_work import read_only, unit_of_work

CONTACT_FIELDS = {"phone": ContactKind.PHONE, "mobile": ContactKind.MOBILE, "email": ContactKind.EMAIL,
                  "address": ContactKind.ADDRESS}
CUSTOMER_FIELDS = ("document_type", "document_number", *NAME_FIELDS, "birth_date", *CONTACT_FIELDS)
CUSTOMER_REQUIRED = ("first_name", "last_name")
DUPLICATE_IN_FILE, DOCUMENT_TAKEN = "duplicate_document_in_file", "document_taken"
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
_LOOKUP_CHUNK = 500


def parse_date(text: str) -> dt.date:
    """A date as old systems write it; ValueError otherwise."""
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class _Checked:
    """A row that passed: the customer's column values and its contact points."""

    __slots__ = ("line", "values", "contacts")

    def __init__(self, line: int, values: dict, contacts: list[tuple[ContactKind, str, str]]) -> None:
        self.line, self.values, self.contacts = line, values, contacts


def _refusal(row: CsvRow, mapping: Mapping[str, str], exc: ValidationError, field: str | None = None) -> RowRefusal:
    details = dict(exc.details)
    name = details.pop("field", None) if field is None else field
    code = str(exc)
    if code == "required":
        code = MISSING_REQUIRED
    column = mapping.get(name, "") if name in mapping else ""
    details.pop("value", None)
    details.pop("reason", None)
    if name and not column:
        details["field"] = name  # a field the file does not map (document type for a number)
    return RowRefusal(row.line, column, code, details)


def _check_row(row: CsvRow, mapping: Mapping[str, str], region: str, today: dt.date) -> tuple[_Checked | None, list]:
    refusals: list[RowRefusal] = list(row.problems)
    cells = row.cells
    birth = None
    if cells.get("birth_date"):
        try:
            birth = parse_date(cells["birth_date"])
        except ValueError:
            refusals.append(RowRefusal(row.line, mapping["birth_date"], INVALID_DATE))
    draft = CustomerDraft(document_type=cells.get("document_type", "").lower() or None,
                          document_number=cells.get("document_number") or None,
                          **{n: cells.get(n, "") for n in NAME_FIELDS}, birth_date=birth)
    values = None
    try:
        values = clean_draft(draft, today=today)
    except ValidationError as exc:
        refusals.append(_refusal(row, mapping, exc))
    contacts = []
    for name, kind in CONTACT_FIELDS.items():
        if cells.get(name):
            try:
                shown, normalized = normalise_contact(kind, cells[name], region)
            except ValidationError as exc:
                refusals.append(_refusal(row, mapping, exc, field=name))
            else:
                contacts.append((kind, shown, normalized))
    if refusals or values is None:
        return None, refusals
    return _Checked(row.line, values, contacts), refusals


def _taken_documents(db: Database, keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (type, number) pairs a live customer already holds."""
    numbers = sorted({n for _, n in keys})
    taken: set[tuple[str, str]] = set()
    with read_only(db) as session:
        for start in range(0, len(numbers), _LOOKUP_CHUNK):
            chunk = numbers[start:start + _LOOKUP_CHUNK]
            taken.update(session.execute(
                select(Customer.document_type, Customer.document_number).where(
                    Customer.document_number.in_(chunk), Customer.deleted_at.is_(None),
                    Customer.merged_into_id.is_(None))).all())
    return taken & keys


def _check_all(db: Database, rows: list[CsvRow], mapping: Mapping[str, str], steps: Steps) -> tuple[list, list]:
    with read_only(db) as session:
        region = default_region(session)
    today = dt.date.today()
    good: list[_Checked] = []
    refused: list[RowRefusal] = []
    first_line: dict[tuple[str, str], int] = {}
    for part in batches(rows):
        steps.check()
        for row in part:
            checked, problems = _check_row(row, mapping, region, today)
            refused += problems
            if checked is None:
                continue
            key = (checked.values["document_type"], checked.values["document_number"])
            if key[1] and key in first_line:
                refused.append(RowRefusal(row.line, mapping["document_number"], DUPLICATE_IN_FILE,
                                          {"first_line": first_line[key]}))
                continue
            if key[1]:
                first_line[key] = row.line
            good.append(checked)
        steps.advance(len(part))
    taken = _taken_documents(db, set(first_line))
    if taken:
        kept = []
        for checked in good:
            key = (checked.values["document_type"], checked.values["document_number"])
            if key in taken:
                refused.append(RowRefusal(checked.line, mapping["document_number"], DOCUMENT_TAKEN))
            else:
                kept.append(checked)
        good = kept
    return good, sorted(refused, key=lambda r: (r.line, r.column))


def _write(session, actor: Actor, part, now) -> None:
    customers, points, log, sync = [], [], [], []
    for checked in part:
        values, customer_id = checked.values, new_id()
        names = [values[n] for n in NAME_FIELDS]
        customers.append({**values, "id": customer_id, "created_at": now, "updated_at": now, "version": 1,
                          "search_name": search_name(*names), "created_by_id": actor.user_id,
                          "updated_by_id": actor.user_id})
        log.append(log_created(actor.user_id, "customer", customer_id, now, " ".join(n for n in names if n)))
        sync.append(sync_created("customer", customer_id, now))
        for kind, shown, normalized in checked.contacts:
            point_id = new_id()
            points.append({"id": point_id, "created_at": now, "updated_at": now, "version": 1,
                           "customer_id": customer_id, "kind": kind, "value": shown,
                           "normalized_value": normalized, "label": "", "is_primary": True})
            sync.append(sync_created("contact_point", point_id, now))
    insert_rows(session, Customer, customers)
    insert_rows(session, ContactPoint, points)
    insert_audit(session, log, sync)


def import_customers(db: Database, actor: Actor, path: Path | str, mapping: Mapping[str, str], *,
                     encoding: str, delimiter: str, progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None, skip_refused: bool = False,
                     batch_size: int = BATCH) -> ImportReport:
    """Import the file's customers; `mapping` maps CUSTOMER_FIELDS to the file's column names
    (first_name and last_name required). Administrators only. Raises ValidationError up front
    (nothing read further) for 'missing_column', 'unmapped_field', 'unknown_field', 'empty_file'.
    progress(done, total) is called per batch (see csv_import_write.Steps); a set `cancel`
    stops between batches and leaves nothing written (report.cancelled)."""
    require_admin(actor)
    rows = read_rows(path, mapping, CUSTOMER_FIELDS, CUSTOMER_REQUIRED, encoding=encoding, delimiter=delimiter)
    steps = Steps(len(rows), progress, cancel)
    try:
        good, refused = _check_all(db, rows, mapping, steps)
    except ImportCancelled:
        return ImportReport(len(rows), 0, (), written=False, cancelled=True)
    if refused and not skip_refused:
        return ImportReport(len(rows), 0, tuple(refused), written=False)
    try:
        with unit_of_work(db) as session:
            now = utcnow()
            for part in batches(good, batch_size):
                steps.check()
                _write(session, actor, part, now)
                steps.advance(len(part))
            steps.check()
    except ImportCancelled:
        return ImportReport(len(rows), 0, tuple(refused), written=False, cancelled=True)
    steps.finish()
    return ImportReport(len(rows), len(good), tuple(refused), written=bool(good))


def customer_ids_by_document(db: Database, numbers: list[str]) -> dict[str, list[tuple[str, uuid.UUID]]]:
    """number -> [(type, id)] of live customers holding it (the ticket import's look-up)."""
    found: dict[str, list[tuple[str, uuid.UUID]]] = {}
    with read_only(db) as session:
        for start in range(0, len(numbers), _LOOKUP_CHUNK):
            chunk = numbers[start:start + _LOOKUP_CHUNK]
            for kind, number, cid in session.execute(
                    select(Customer.document_type, Customer.document_number, Customer.id).where(
                        Customer.document_number.in_(chunk), Customer.deleted_at.is_(None),
                        Customer.merged_into_id.is_(None))):
                found.setdefault(number, []).append((kind, cid))
    return found
