"""Opening the database: corrupt, read-only and newer files are refused clearly and left alone;
an empty database is migrated to the current revision."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from sagicc_desktop.store import migrate
from sagicc_desktop.store.base import Base
from sagicc_desktop.store.search_index import is_search_object
from sagicc_desktop.store.database import (
    CorruptDatabase,
    DatabaseError,
    NewerDatabase,
    ReadOnlyDatabase,
    make_engine,
    open_database,
    ping,
    sqlite_url,
    table_names,
)

FUTURE = "9999_from_the_future"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fresh_file(directory: Path, name: str = "sagicc.db") -> Path:
    path = directory / name
    open_database(sqlite_url(path)).dispose()
    return path


# ------------------------------------------------------------------ migrations


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request, tmp_path):
    """An engine on a database with no tables at all (not from the migrated template)."""
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "empty.db"))
        yield engine
        engine.dispose()
        return
    admin = request.getfixturevalue("pg_template")
    name = f"sagicc_empty_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(str(admin.url.set(database=name)))
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_upgrade_migrates_an_empty_database_to_current(empty_engine):
    assert migrate.compare(empty_engine) == "empty"
    assert migrate.current_revision(empty_engine) is None
    migrate.upgrade(empty_engine)
    assert migrate.compare(empty_engine) == "current"
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    assert set(Base.metadata.tables) <= set(table_names(empty_engine))
    # Upgrading again is a no-op.
    migrate.upgrade(empty_engine)
    assert migrate.compare(empty_engine) == "current"


def test_migrated_schema_matches_the_model(empty_engine):
    """Nothing in the model is missing from the migration (autogenerate finds no difference)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    migrate.upgrade(empty_engine)
    with empty_engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": False,
            # The text-search indexes (migration 0004) are kept out of the model on purpose.
            "include_object": lambda _obj, name, _kind, _reflected, _compare: not is_search_object(name),
        })
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_open_database_migrates_a_new_sqlite_file(tmp_path):
    path = tmp_path / "new.db"
    db = open_database(sqlite_url(path))
    try:
        assert migrate.compare(db.engine) == "current"
        assert ping(db.engine)
        assert db.dialect == "sqlite"
    finally:
        db.dispose()
    assert path.exists()


def test_open_database_without_upgrade_leaves_an_empty_file_empty(tmp_path):
    db = open_database(sqlite_url(tmp_path / "new.db"), upgrade=False)
    try:
        assert migrate.compare(db.engine) == "empty"
        assert "tickets" not in table_names(db.engine)
    finally:
        db.dispose()


def test_reopening_a_current_database_keeps_its_data(tmp_path):
    path = tmp_path / "again.db"
    db = open_database(sqlite_url(path))
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO counters (name, value) VALUES ('x', 41)"))
    db.dispose()
    db = open_database(sqlite_url(path))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM counters WHERE name='x'")).scalar() == 41
    finally:
        db.dispose()


# ------------------------------------------------------------------ corrupt


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"this is a text file, not a database\n" * 200,
        # A real SQLite header followed by garbage pages.
        b"SQLite format 3\x00" + os.urandom(4096 - 16) + os.urandom(8192),
    ],
    ids=["random", "text", "header-then-garbage"],
)
def test_a_corrupt_file_is_refused_and_left_byte_identical(tmp_path, content):
    path = tmp_path / "sagicc.db"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabase) as info:
        open_database(sqlite_url(path))
    assert info.value.code == "corrupt"
    assert isinstance(info.value, DatabaseError)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sagicc.db"]  # no -wal, no -shm


def test_a_database_with_damaged_pages_is_refused(tmp_path):
    path = _fresh_file(tmp_path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page_size
    # Wreck the second page (the first table's b-tree page) but keep the header valid.
    data[page_size:2 * page_size] = os.urandom(page_size)
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(CorruptDatabase):
        open_database(sqlite_url(path))
    assert _digest(path) == before


# ------------------------------------------------------------------ read-only


def test_read_only_file_detected_through_os_access(tmp_path, monkeypatch):
    """The check itself: a file the process may not write is refused (simulated with os.access,
    since root may write whatever the mode bits say)."""
    path = _fresh_file(tmp_path)
    before = _digest(path)
    real_access = os.access

    def fake_access(p, mode, *a, **kw):
        if Path(p) == path and mode & os.W_OK:
            return False
        return real_access(p, mode, *a, **kw)

    monkeypatch.setattr(os, "access", fake_access)
    with pytest.raises(ReadOnlyDatabase) as info:
        open_database(sqlite_url(path))
    assert info.value.code == "read_only"
    assert _digest(path) == before


def test_read_only_directory_detected_through_os_access(tmp_path, monkeypatch):
    """WAL needs to create -wal and -shm beside the file: a read-only folder is refused too."""
    path = _fresh_file(tmp_path)
    real_access = os.access

    def fake_access(p, mode, *a, **kw):
        if Path(p) == tmp_path and mode & os.W_OK:
            return False
        return real_access(p, mode, *a, **kw)

    monkeypatch.setattr(os, "access", fake_access)
    with pytest.raises(ReadOnlyDatabase):
        open_database(sqlite_url(path))


def _open_as_unprivileged(path: Path) -> str:
    """Run check/open in a process that really lacks write permission: as ourselves when we
    are not root, or in a forked child that drops to 'nobody' when we are. Returns the class
    name of what open_database raised, or 'opened'."""

    def attempt() -> str:
        try:
            db = open_database(sqlite_url(path))
        except DatabaseError as exc:
            return type(exc).__name__
        except Exception as exc:  # pragma: no cover - reported to the test
            return f"unexpected {type(exc).__name__}: {exc}"
        db.dispose()
        return "opened"

    if os.geteuid() != 0:
        return attempt()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            message = attempt()
        except BaseException as exc:  # noqa: BLE001 - the child must always exit
            message = f"child failed: {exc!r}"
        os.write(write_end, message.encode()[:4000])
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 4096):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


@pytest.fixture
def world_dir():
    """A folder an unprivileged user can reach (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="sagicc-ro-"))
    os.chmod(path, 0o755)
    yield path
    os.chmod(path, 0o755)
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize(
    "file_mode, dir_mode",
    [(0o444, 0o777), (0o666, 0o555), (0o444, 0o555)],
    ids=["read-only-file", "read-only-folder", "both"],
)
def test_really_read_only_database_is_refused_as_read_only(world_dir, file_mode, dir_mode):
    """Real permissions, no monkeypatching. Root ignores mode bits, so as root the attempt runs
    in a child process that has dropped to the 'nobody' user."""
    path = _fresh_file(world_dir)
    before = _digest(path)
    os.chmod(path, file_mode)
    os.chmod(world_dir, dir_mode)
    try:
        outcome = _open_as_unprivileged(path)
    finally:
        os.chmod(world_dir, 0o755)
        os.chmod(path, 0o644)
    assert outcome == "ReadOnlyDatabase"
    assert _digest(path) == before


# ------------------------------------------------------------------ newer


def _stamp(engine, revision: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_a_newer_sqlite_database_is_refused_and_not_modified(tmp_path):
    path = _fresh_file(tmp_path)
    engine = make_engine(sqlite_url(path))
    _stamp(engine, FUTURE)
    engine.dispose()
    before = _digest(path)
    with pytest.raises(NewerDatabase) as info:
        open_database(sqlite_url(path))
    assert info.value.code == "newer"
    assert _digest(path) == before
    # The read-only health check may leave SQLite's empty WAL side files; nothing is written.
    wal = tmp_path / "sagicc.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_newer_database_in_rollback_journal_mode_is_not_switched_to_wal(tmp_path):
    """Even the journal mode (a header byte) of a newer file must stay as it was."""
    path = tmp_path / "sagicc.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (FUTURE,))
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback journal
    with pytest.raises(NewerDatabase):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before


def test_a_newer_postgresql_database_is_refused_and_not_modified(pg_template):
    name = f"sagicc_newer_{uuid.uuid4().hex[:10]}"
    url = str(pg_template.url.set(database=name))
    with pg_template.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = create_engine(url)
        migrate.upgrade(engine)
        _stamp(engine, FUTURE)
        tables_before = sorted(inspect(engine).get_table_names())
        engine.dispose()
        with pytest.raises(NewerDatabase):
            open_database(url)
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [FUTURE]
        assert sorted(inspect(engine).get_table_names()) == tables_before
        engine.dispose()
    finally:
        with pg_template.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_compare_reports_newer_for_an_unknown_revision(db):
    _stamp(db.engine, FUTURE)
    assert migrate.compare(db.engine) == "newer"
