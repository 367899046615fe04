"""Opening the database: engine, SQLite pragmas, migrations, and the errors a user can meet.

Standalone mode uses SQLite on disk in WAL mode with synchronous=FULL and foreign keys on
(decision 6); team mode uses the same schema on PostgreSQL. Migrations are applied at start.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from . import migrate


class DatabaseError(Exception):
    """A problem opening the database that the user must be told about, in plain words."""

    code = "database"


class CorruptDatabase(DatabaseError):
    code = "corrupt"


class ReadOnlyDatabase(DatabaseError):
    code = "read_only"


class NewerDatabase(DatabaseError):
    """The file was written by a newer version of the application; we must not touch it."""

    code = "newer"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for a database URL; SQLite connections get the pragmas of decision 6."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: never migrated
        return None
    return row[0] if row else None


#: Up to this size the whole file is checked at every start (tens of milliseconds); a larger
#: one gets the cheap check, since PRAGMA quick_check reads every page (seconds per gigabyte).
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _health(conn: sqlite3.Connection, path: Path) -> tuple[str]:
    if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
        return conn.execute("PRAGMA quick_check").fetchone()
    # Header, schema and the first page of every table and index are readable.
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in names:
        conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchall()
    return ("ok",)


def _remove_new_companions(created: list[Path]) -> None:
    """A refused file is left as it was found: no -wal or -shm of our making beside it (they
    hold nothing: the check only read)."""
    for companion in created:
        if companion.exists() and (companion.name.endswith("-shm") or companion.stat().st_size == 0):
            companion.unlink(missing_ok=True)


def check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLAlchemy touches it, a file that is not a healthy writable database."""
    if not path.exists():
        return
    # A header that says "WAL" makes even a read-only open create the -wal and -shm files.
    companions = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    absent = [p for p in companions if not p.exists()]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = _health(conn, path)
            revision = _stored_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # A WAL file in a folder we may not write cannot even be opened read-only.
        if "readonly" in str(exc).lower():
            raise ReadOnlyDatabase(str(exc)) from exc
        _remove_new_companions(absent)
        raise CorruptDatabase(str(exc)) from exc
    if not row or row[0] != "ok":
        _remove_new_companions(absent)
        raise CorruptDatabase(row[0] if row else "quick_check returned nothing")
    # Refuse a newer file here, before the engine's pragmas (journal_mode=WAL) could change it.
    if revision is not None and not migrate.is_known_revision(revision):
        raise NewerDatabase(str(path))
    import os

    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabase(str(path))


@dataclass
class Database:
    """An opened, migrated database and the session factory every service uses."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (and migrate) a database, refusing corrupt, read-only or newer files clearly."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        check_sqlite_file(Path(url.removeprefix("sqlite:///")))
    engine = make_engine(url)
    try:
        state = migrate.compare(engine)
        if state == "newer":
            raise NewerDatabase(url)
        if upgrade and state != "current":
            migrate.upgrade(engine)
        if upgrade:
            refresh_statistics(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3 reports corruption or read-only only on use
        engine.dispose()
        message = str(exc).lower()
        if "readonly" in message or "read-only" in message:
            raise ReadOnlyDatabase(str(exc)) from exc
        if "malformed" in message or "not a database" in message:
            raise CorruptDatabase(str(exc)) from exc
        raise
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def refresh_statistics(engine: Engine) -> None:
    """Let SQLite's planner know the tables' sizes (a sampled ANALYZE: a tenth of a second on a
    million tickets). Without them it guesses, and may walk a whole list to find three rows."""
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL's autovacuum keeps its own statistics
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


def ping(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("SELECT 1")).scalar() == 1
