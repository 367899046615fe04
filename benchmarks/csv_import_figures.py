"""Issue figure for the CSV import: 100,000 customers with contact data (a landline, a mobile, an
e-mail and an address each) imported through the service into a fresh SQLite database, in rows
per second, beside the bare limit: a plain sqlite3 executemany of the same rows (customers,
contact points, change log, sync records), prepared beforehand, into the same tables of
another fresh database with the same pragmas.

Ours includes reading, decoding and validating the file (phone numbers and e-mail addresses
through phonenumbers and email-validator); the bare limit only writes. The CSV is generated
once into the folder and reused.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
from pathlib import Path

CUSTOMERS = 100_000
HEADERS = ("tipo", "documento", "nombre", "segundo_nombre", "apellido", "segundo_apellido", "nacimiento",
           "telefono", "celular", "correo", "direccion")
MAPPING = {"document_type": "tipo", "document_number": "documento", "first_name": "nombre",
           "middle_name": "segundo_nombre", "last_name": "apellido", "second_last_name": "segundo_apellido",
           "birth_date": "nacimiento", "phone": "telefono", "mobile": "celular", "email": "correo",
           "address": "direccion"}
FIRST = ("María", "José", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Andrés", "Sofía", "Martín", "Valentina",
         "Sebastián", "Isabel", "Camilo", "Daniela", "Tomás")
LAST = ("García", "Rodríguez", "Martínez", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Díaz", "Núñez", "Gómez", "Rojas", "Vargas", "Castro", "Muñoz")
MOBILE_PREFIXES = (0, 1, 2, 4, 5, 10, 11, 12, 13, 15, 20, 21)  # 3xx prefixes phonenumbers knows as Colombian mobiles


def ensure_csv(folder: Path) -> Path:
    """The benchmark file: UTF-8, comma-separated, unique document numbers, valid contact data."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"csv-import-{CUSTOMERS}.csv"
    if path.exists():
        return path
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for i in range(CUSTOMERS):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25_000))
            landline = f"601 {rng.randrange(2_000_000, 8_000_000)}"
            mobile = f"3{rng.choice(MOBILE_PREFIXES):02d} {i:07d}"
            address = f"Calle {rng.randrange(1, 200)} # {rng.randrange(1, 99)}-{i % 100}"
            out.writerow(("cc", f"{10_000_000 + i:,}".replace(",", "."), first, rng.choice(("", "Inés", "José")),
                          last, rng.choice(LAST), birth.strftime("%d/%m/%Y"), landline, mobile,
                          f"cliente{i}@example.com", address))
    return path


def _fresh(path: Path):
    from sagicc_desktop.store.database import open_database, sqlite_url

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_database(sqlite_url(path))


def _admin(db):
    from sagicc_desktop.services.auth import actor_for
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import User
    from sagicc_desktop.store.enums import Role

    with unit_of_work(db) as session:
        user = User(username="importer", display_name="Importer", role=Role.ADMINISTRATOR)
        session.add(user)
        session.flush()
        return actor_for(session, user)


def _bare_rows(csv_path: Path, user_hex: str) -> dict[str, list[tuple]]:
    """The same rows as the import writes, formatted as SQLAlchemy stores them on SQLite."""
    from sagicc_desktop.services.text import search_name
    from sagicc_desktop.store.types import new_id

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    rows: dict[str, list[tuple]] = {"customers": [], "contact_points": [], "change_log": [], "sync_changes": []}
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for kind, number, first, middle, last, second, birth, phone, mobile, email, address in reader:
            cid = new_id().hex
            born = dt.datetime.strptime(birth, "%d/%m/%Y").date().isoformat()
            full = " ".join(p for p in (first, middle, last, second) if p)
            rows["customers"].append((cid, now, now, 1, kind, number.replace(".", ""), first, middle, last, second,
                                      born, search_name(full), user_hex, user_hex))
            rows["change_log"].append((new_id().hex, now, user_hex, "customer", cid, "create", full))
            rows["sync_changes"].append((new_id().hex, now, "customer", cid, "create"))
            points = (("phone", phone, "+57" + phone.replace(" ", "")),
                      ("mobile", mobile, "+57" + mobile.replace(" ", "")),
                      ("email", email, email), ("address", address, address.lower()))
            for point_kind, value, normalized in points:
                pid = new_id().hex
                rows["contact_points"].append((pid, now, now, 1, cid, point_kind, value, normalized, "", 1))
                rows["sync_changes"].append((new_id().hex, now, "contact_point", pid, "create"))
    return rows


_BARE_SQL = {
    "customers": "INSERT INTO customers (id, created_at, updated_at, version, document_type, document_number, "
                 "first_name, middle_name, last_name, second_last_name, birth_date, search_name, created_by_id, "
                 "updated_by_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "contact_points": "INSERT INTO contact_points (id, created_at, updated_at, version, customer_id, kind, value, "
                      "normalized_value, label, is_primary) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "change_log": "INSERT INTO change_log (id, at, user_id, entity_type, entity_id, action, new_value) "
                  "VALUES (?,?,?,?,?,?,?)",
    "sync_changes": "INSERT INTO sync_changes (id, at, table_name, row_id, operation) VALUES (?,?,?,?,?)",
}


def csv_import_figures(report, folder: Path, repeat: int, ms, median_time) -> None:
    from sagicc_desktop.services.csv_import import import_customers, inspect_csv

    csv_path = ensure_csv(Path(folder))
    repeat = max(1, min(repeat, 3))  # each run loads 100,000 customers into a fresh database
    db_path = Path(folder) / "csv-import-run.db"
    state: dict = {}

    def setup() -> None:
        if "db" in state:
            state["db"].dispose()
        state["db"] = _fresh(db_path)
        state["admin"] = _admin(state["db"])

    def ours() -> None:
        preview = inspect_csv(csv_path)
        result = import_customers(state["db"], state["admin"], csv_path, MAPPING, encoding=preview.encoding,
                                  delimiter=preview.delimiter)
        assert result.imported == CUSTOMERS and not result.refused, result.refused[:5]

    def bare_setup() -> None:
        setup()
        state["rows"] = _bare_rows(csv_path, state["admin"].user_id.hex)
        state["db"].dispose()
        plain = sqlite3.connect(db_path)
        plain.execute("PRAGMA synchronous=FULL")
        plain.execute("PRAGMA foreign_keys=ON")
        state["plain"] = plain

    def bare() -> None:
        plain = state.pop("plain")
        with plain:
            for table, sql in _BARE_SQL.items():
                plain.executemany(sql, state["rows"][table])
        plain.close()

    ours_seconds = median_time(ours, repeat, setup=setup)
    bare_seconds = median_time(bare, repeat, setup=bare_setup)
    state["db"].dispose()
    print(f"  CSV import: {ms(ours_seconds):,.0f} ms ours, {ms(bare_seconds):,.0f} ms bare executemany")
    report.add(f"Import {CUSTOMERS:,} customers with 4 contact points each from CSV (validated; change log, "
               "sync records)", CUSTOMERS / ours_seconds, CUSTOMERS / bare_seconds, "rows/s",
               ">= 0.33x of bare (no more than 3x slower)")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":  # a quick look without the whole benchmark run
    import sys
    import tempfile

    from benchmarks.run import Report, median_time, ms

    report = Report()
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    csv_import_figures(report, folder, 1, ms, median_time)
    report.print()
