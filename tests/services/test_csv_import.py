"""Import from CSV: inspecting a file for the mapping dialog, importing customers (every sample
file, every refusal code, all-or-nothing against skip_refused, cancel, progress, permissions)
and tickets linked to campaigns and customers."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factories import make_admin, make_agent, make_campaign, make_customer, make_supervisor
from sagicc_desktop.services import csv_import as ci
from sagicc_desktop.services.errors import PermissionDenied, ValidationError
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import ChangeLogEntry, ContactPoint, Counter, Customer, SyncChange, Ticket
from sagicc_desktop.store.enums import ChangeAction, ContactKind, Priority, TicketStatus

DATA = Path(__file__).resolve().parent.parent / "data" / "csv"
MAPPING = {"document_type": "tipo", "document_number": "documento", "first_name": "nombre",
           "middle_name": "segundo_nombre", "last_name": "apellido", "second_last_name": "segundo_apellido",
           "birth_date": "nacimiento", "phone": "telefono", "mobile": "celular", "email": "correo",
           "address": "direccion"}
TICKET_MAPPING = {"campaign": "campana", "document_number": "documento", "subject": "asunto",
                  "description": "detalle", "status": "estado", "priority": "prioridad", "created_at": "creado"}


def run(db, actor, name, mapping=MAPPING, **kw):
    preview = ci.inspect_csv(DATA / name)
    return ci.import_customers(db, actor, DATA / name, mapping, encoding=preview.encoding,
                               delimiter=preview.delimiter, **kw)


def count(db, entity, *where) -> int:
    with read_only(db) as session:
        return session.scalar(select(func.count()).select_from(entity).where(*where))


def customers(db) -> dict[str, Customer]:
    with read_only(db) as session:
        found = {c.document_number: c for c in session.scalars(select(Customer))}
        session.expunge_all()  # read after the session closes
        return found


def codes(report) -> list[tuple[int, str, str]]:
    return [(r.line, r.column, r.code) for r in report.refused]


# ---------------------------------------------------------------- inspecting


@pytest.mark.parametrize("name, encoding, fallback, delimiter", [
    ("customers_utf8.csv", ci.UTF8, False, ","),
    ("customers_bom.csv", ci.UTF8_BOM, False, ","),
    ("customers_cp1252.csv", ci.WINDOWS_1252, True, ";"),
    ("customers_semicolon.csv", ci.UTF8, False, ";"),
])
def test_inspect_detects_encoding_delimiter_headers_and_rows(name, encoding, fallback, delimiter):
    preview = ci.inspect_csv(DATA / name)
    assert (preview.encoding, preview.encoding_is_fallback, preview.delimiter) == (encoding, fallback, delimiter)
    assert preview.headers[:3] == ("tipo", "documento", "nombre")
    assert preview.rows[0][2:5] == ("María", "del Pilar", "García")
    assert preview.row_estimate == 3


def test_inspect_estimates_rows_of_a_large_file_from_its_start(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("a|b|c\n" + "".join(f"{i}|x{i}|y\n" for i in range(20_000)), encoding="utf-8")
    preview = ci.inspect_csv(path)
    assert preview.delimiter == "|" and preview.headers == ("a", "b", "c") and len(preview.rows) == 10
    assert 15_000 < preview.row_estimate < 25_000


def test_inspect_refuses_an_empty_file(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ValidationError, match="empty_file"):
        ci.inspect_csv(tmp_path / "empty.csv")


# ---------------------------------------------------------------- importing customers


@pytest.mark.parametrize("name", ["customers_utf8.csv", "customers_bom.csv", "customers_cp1252.csv",
                                  "customers_semicolon.csv"])
def test_each_clean_sample_imports_customers_with_contact_data(db, name):
    admin = make_admin(db)
    report = run(db, admin, name)
    assert (report.total_rows, report.imported, report.refused, report.written) == (3, 3, (), True)
    stored = customers(db)
    maria = stored["52123456"]
    assert (maria.first_name, maria.middle_name, maria.last_name, maria.second_last_name) == (
        "María", "del Pilar", "García", "López")
    assert maria.document_type == "cc" and maria.birth_date == dt.date(1980, 5, 17)
    assert maria.search_name == "maria del pilar garcia lopez"
    assert stored["80111222"].first_name == "José" and stored["80111222"].last_name == "Núñez"
    assert stored["AB12345"].document_type == "passport"
    with read_only(db) as session:
        points = {(p.kind, p.normalized_value) for p in session.scalars(
            select(ContactPoint).where(ContactPoint.customer_id == maria.id))}
    assert points == {(ContactKind.PHONE, "+576012345678"), (ContactKind.MOBILE, "+573001234567"),
                      (ContactKind.EMAIL, "maria@example.com"), (ContactKind.ADDRESS, "calle 10 # 5-20")}


def test_change_log_has_one_entry_per_customer_and_sync_records_every_row(db):
    admin = make_admin(db)
    run(db, admin, "customers_utf8.csv")
    maria = customers(db)["52123456"]
    with read_only(db) as session:
        entries = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_type == "customer")).all()
        assert len(entries) == 3
        mine = next(e for e in entries if e.entity_id == maria.id)
        assert (mine.action, mine.user_id, mine.new_value) == (
            ChangeAction.CREATE, admin.user_id, "María del Pilar García López")
        points = session.scalars(select(ContactPoint).where(ContactPoint.customer_id == maria.id)).all()
        assert {p.is_primary for p in points} == {True}
    assert maria.created_by_id == admin.user_id
    assert count(db, SyncChange, SyncChange.table_name == "customer") == 3
    assert count(db, SyncChange, SyncChange.table_name == "contact_point") == count(db, ContactPoint) == 4 + 2 + 2


def test_windows_1252_file_keeps_its_accents(db):
    admin = make_admin(db)
    report = ci.import_customers(db, admin, DATA / "customers_cp1252.csv", MAPPING,
                                 encoding=ci.WINDOWS_1252, delimiter=";")
    assert report.imported == 3
    assert customers(db)["80111222"].last_name == "Núñez"


def test_windows_1252_file_read_as_utf8_is_refused_as_bad_encoding(db):
    admin = make_admin(db)
    report = ci.import_customers(db, admin, DATA / "customers_cp1252.csv", MAPPING,
                                 encoding=ci.UTF8, delimiter=";")
    assert not report.written and count(db, Customer) == 0
    assert {(r.line, r.code) for r in report.refused} >= {(2, "bad_encoding"), (3, "bad_encoding")}
    assert ("apellido", "bad_encoding") in {(r.column, r.code) for r in report.refused if r.line == 2}


def test_undecodable_bytes_refuse_only_their_row(db):
    admin = make_admin(db)
    mapping = {"document_type": "tipo", "document_number": "documento", "first_name": "nombre",
               "last_name": "apellido"}
    report = run(db, admin, "customers_bad_bytes.csv", mapping, skip_refused=True)
    assert codes(report) == [(3, "nombre", "bad_encoding")]
    assert report.imported == 1 and customers(db)["4001"].last_name == "Pérez"


def test_missing_mapped_column_is_refused_up_front(db):
    admin = make_admin(db)
    with pytest.raises(ValidationError, match="missing_column") as caught:
        run(db, admin, "customers_missing_column.csv")
    assert caught.value.details == {"field": "last_name", "column": "apellido"}
    assert count(db, Customer) == 0


def test_mapping_must_name_known_fields_and_the_required_ones(db):
    admin = make_admin(db)
    with pytest.raises(ValidationError, match="unknown_field"):
        run(db, admin, "customers_utf8.csv", {**MAPPING, "shoe_size": "nombre"})
    with pytest.raises(ValidationError, match="unmapped_field") as caught:
        run(db, admin, "customers_utf8.csv", {k: v for k, v in MAPPING.items() if k != "last_name"})
    assert caught.value.details == {"field": "last_name"}


def test_duplicate_document_numbers_in_the_file(db):
    admin = make_admin(db)
    report = run(db, admin, "customers_duplicates.csv")
    assert codes(report) == [(3, "documento", "duplicate_document_in_file")]
    assert report.refused[0].details == {"first_line": 2}
    assert (report.imported, report.written, count(db, Customer)) == (0, False, 0)


def test_skip_refused_imports_the_good_rows_and_reports_the_rest(db):
    admin = make_admin(db)
    report = run(db, admin, "customers_duplicates.csv", skip_refused=True)
    assert (report.imported, report.written, report.refused_lines) == (3, True, (3,))
    with read_only(db) as session:
        stored = set(session.execute(select(Customer.document_type, Customer.document_number, Customer.first_name)))
    assert stored == {
        ("cc", "1001", "Ana"), ("ce", "1001", "Anna"), ("cc", "2002", "Luis")}


def test_document_held_by_a_stored_customer_is_refused(db):
    admin = make_admin(db)
    make_customer(db, "Otra", "Persona", document_type="cc", document_number="2002")
    report = run(db, admin, "customers_duplicates.csv", skip_refused=True)
    assert codes(report) == [(3, "documento", "duplicate_document_in_file"), (5, "documento", "document_taken")]
    assert report.imported == 2


def test_invalid_rows_each_get_their_code_and_nothing_is_written(db):
    admin = make_admin(db)
    report = run(db, admin, "customers_invalid.csv")
    assert codes(report) == [
        (2, "correo", "invalid_email"),
        (3, "telefono", "invalid_phone"),
        (4, "nombre", "missing_required"),
        (5, "nacimiento", "invalid_date"),
        (6, "nacimiento", "birth_date_future"),
        (7, "nombre", "too_long"),
    ]
    assert report.refused[-1].details == {"limit": 120}
    assert (report.total_rows, report.imported, report.written) == (7, 0, False)
    assert count(db, Customer) == count(db, ChangeLogEntry) == count(db, SyncChange) == 0


def test_invalid_rows_skipped_leave_the_good_one_imported(db):
    admin = make_admin(db)
    report = run(db, admin, "customers_invalid.csv", skip_refused=True)
    assert report.imported == 1 and len(report.refused) == 6
    assert [c.first_name for c in customers(db).values()] == ["Sara"]


def test_a_row_with_a_wrong_number_of_cells_is_refused(db, tmp_path):
    admin = make_admin(db)
    path = tmp_path / "short.csv"
    path.write_text("nombre,apellido\nAna,Pérez\nLuis\n", encoding="utf-8")
    report = ci.import_customers(db, admin, path, {"first_name": "nombre", "last_name": "apellido"},
                                 encoding=ci.UTF8, delimiter=",")
    assert codes(report) == [(3, "", "column_count"), (3, "apellido", "missing_required")]
    assert report.refused[0].details == {"expected": 2, "found": 1}


def test_a_document_number_without_a_type_names_the_unmapped_field(db, tmp_path):
    admin = make_admin(db)
    path = tmp_path / "no_type.csv"
    path.write_text("doc,nombre,apellido\n123,Ana,Pérez\n", encoding="utf-8")
    report = ci.import_customers(db, admin, path, {"document_number": "doc", "first_name": "nombre",
                                                   "last_name": "apellido"}, encoding=ci.UTF8, delimiter=",")
    assert codes(report) == [(2, "", "missing_required")] and report.refused[0].details == {"field": "document_type"}


def test_progress_is_reported_per_batch_up_to_the_total(db, tmp_path):
    admin = make_admin(db)
    path = tmp_path / "many.csv"
    path.write_text("nombre,apellido\n" + "".join(f"N{i},A{i}\n" for i in range(25)), encoding="utf-8")
    calls = []
    report = ci.import_customers(db, admin, path, {"first_name": "nombre", "last_name": "apellido"},
                                 encoding=ci.UTF8, delimiter=",", batch_size=10,
                                 progress=lambda done, total: calls.append((done, total)))
    assert report.imported == 25 == count(db, Customer)
    assert calls == [(25, 50), (35, 50), (45, 50), (50, 50)]


def test_cancel_during_the_writes_leaves_nothing_written(db, tmp_path):
    admin = make_admin(db)
    path = tmp_path / "many.csv"
    path.write_text("nombre,apellido\n" + "".join(f"N{i},A{i}\n" for i in range(25)), encoding="utf-8")
    cancel = threading.Event()

    def progress(done, total):
        if done > total // 2:  # the first batch is written: cancel now
            cancel.set()

    report = ci.import_customers(db, admin, path, {"first_name": "nombre", "last_name": "apellido"},
                                 encoding=ci.UTF8, delimiter=",", batch_size=10, progress=progress, cancel=cancel)
    assert (report.cancelled, report.written, report.imported) == (True, False, 0)
    assert count(db, Customer) == count(db, ChangeLogEntry) == count(db, SyncChange) == 0


def test_cancel_before_starting_reads_nothing_into_the_database(db):
    admin = make_admin(db)
    cancel = threading.Event()
    cancel.set()
    report = run(db, admin, "customers_utf8.csv", cancel=cancel)
    assert report.cancelled and count(db, Customer) == 0


@pytest.mark.parametrize("maker", [make_agent, make_supervisor])
def test_only_administrators_import(db, maker):
    with pytest.raises(PermissionDenied):
        run(db, maker(db), "customers_utf8.csv")
    campaign_mapping = dict(TICKET_MAPPING)
    with pytest.raises(PermissionDenied):
        ci.import_tickets(db, maker(db), DATA / "tickets.csv", campaign_mapping, encoding=ci.UTF8, delimiter=",")
    assert count(db, Customer) == 0


# ---------------------------------------------------------------- importing tickets


def test_ticket_import_links_customers_and_campaigns_with_numbers_from_the_counter(db):
    admin = make_admin(db)
    sales = make_campaign(db, "Ventas", sla_hours={Priority.HIGH: 8})
    support = make_campaign(db, "Soporte Tecnico")
    run(db, admin, "customers_utf8.csv")
    people = customers(db)
    report = ci.import_tickets(db, admin, DATA / "tickets.csv", TICKET_MAPPING, encoding=ci.UTF8, delimiter=",")
    assert (report.imported, report.refused, report.written) == (3, (), True)
    with read_only(db) as session:
        rows = session.scalars(select(Ticket).order_by(Ticket.number)).all()
        counter = session.get(Counter, "ticket_number").value
        logged = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_type == "ticket")).all()
        session.expunge_all()
    assert [t.number for t in rows] == [1, 2, 3] and counter == 3
    first, second, third = rows
    assert (first.campaign_id, first.customer_id, first.status, first.priority) == (
        sales, people["52123456"].id, TicketStatus.IN_PROGRESS, Priority.HIGH)
    assert first.created_at == dt.datetime(2025, 3, 1, 10, 30, tzinfo=dt.timezone.utc)
    assert first.expected_solution_at == first.created_at + dt.timedelta(hours=8)
    assert (second.campaign_id, second.customer_id, second.priority) == (sales, None, Priority.MEDIUM)
    assert (third.campaign_id, third.customer_id, third.status) == (support, people["80111222"].id,
                                                                    TicketStatus.CLOSED)
    assert third.closed_at == dt.datetime(2025, 2, 15, tzinfo=dt.timezone.utc) and third.priority == Priority.CRITICAL
    assert {(e.ticket_id, e.new_value) for e in logged} == {(t.id, str(t.number)) for t in rows}
    assert count(db, SyncChange, SyncChange.table_name == "ticket") == 3


def test_ticket_import_refusals_and_numbers_after_existing_tickets(db):
    admin = make_admin(db)
    make_campaign(db, "Ventas")
    report = ci.import_tickets(db, admin, DATA / "tickets_invalid.csv", TICKET_MAPPING, encoding=ci.UTF8,
                               delimiter=",")
    assert codes(report) == [
        (2, "campana", "unknown_campaign"),
        (3, "documento", "unknown_customer"),
        (4, "asunto", "missing_required"),
        (5, "estado", "invalid_status"),
        (6, "prioridad", "invalid_priority"),
        (7, "creado", "invalid_date"),
        (8, "creado", "date_future"),
    ]
    assert not report.written and count(db, Ticket) == 0
    skipped = ci.import_tickets(db, admin, DATA / "tickets_invalid.csv", TICKET_MAPPING, encoding=ci.UTF8,
                                delimiter=",", skip_refused=True)
    assert skipped.imported == 1
    with read_only(db) as session:
        ticket = session.scalars(select(Ticket)).one()
        session.expunge_all()
    assert (ticket.subject, ticket.priority, ticket.number) == ("Ocho", Priority.LOW, 1)


def test_a_document_number_held_under_two_types_is_ambiguous_without_a_type_column(db, tmp_path):
    admin = make_admin(db)
    make_campaign(db, "Ventas")
    make_customer(db, "Ana", "Uno", document_type="cc", document_number="777")
    make_customer(db, "Ana", "Dos", document_type="ce", document_number="777")
    path = tmp_path / "t.csv"
    path.write_text("campana,tipo,documento,asunto\nVentas,,777,Hola\nVentas,ce,777,Hola\n", encoding="utf-8")
    mapping = {"campaign": "campana", "document_type": "tipo", "document_number": "documento", "subject": "asunto"}
    report = ci.import_tickets(db, admin, path, mapping, encoding=ci.UTF8, delimiter=",", skip_refused=True)
    assert codes(report) == [(2, "documento", "ambiguous_customer")] and report.imported == 1
    with read_only(db) as session:
        owner = session.scalar(select(Customer.last_name).join(Ticket, Ticket.customer_id == Customer.id))
    assert owner == "Dos"


def test_document_type_and_number_follow_the_customer_rules(db, tmp_path):
    admin = make_admin(db)
    path = tmp_path / "docs.csv"
    path.write_text("tipo,doc,nombre,apellido\nDNI,123,Ana,Pérez\ncc,12#3,Luis,Gómez\nCC,1.234,Eva,Mora\n",
                    encoding="utf-8")
    mapping = {"document_type": "tipo", "document_number": "doc", "first_name": "nombre", "last_name": "apellido"}
    report = ci.import_customers(db, admin, path, mapping, encoding=ci.UTF8, delimiter=",", skip_refused=True)
    assert codes(report) == [(2, "tipo", "invalid_document_type"), (3, "doc", "invalid_document")]
    with read_only(db) as session:
        assert session.execute(select(Customer.document_type, Customer.document_number)).all() == [("cc", "1234")]
