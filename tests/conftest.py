"""Shared fixtures: a real SQLite file per test, and a real PostgreSQL database per test.

PostgreSQL tests clone a template database that was migrated once per run, so each test
starts from a fresh schema in tens of milliseconds. Set SAGICC_TEST_PG_URL to point at
another server; when none answers locally the postgres tests fail loudly in CI (CI=true)
and skip elsewhere.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from sagicc_desktop.store.blobs import BlobStore  # noqa: E402
from sagicc_desktop.store.database import Database, open_database, sqlite_url  # noqa: E402

PG_ADMIN_URL = os.environ.get("SAGICC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
_TEMPLATE = f"sagicc_tpl_{os.getpid()}"


def _pg_available() -> bool:
    try:
        eng = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 2})
        with eng.connect() as conn:
            conn.execute(text("SELECT 1"))
        eng.dispose()
        return True
    except Exception:
        return False


def _pg_url(dbname: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + dbname


@pytest.fixture(scope="session")
def pg_template():
    if not _pg_available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not reachable on 127.0.0.1:5432 in CI")
        pytest.skip("no PostgreSQL server reachable")
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}"'))
        conn.execute(text(f'CREATE DATABASE "{_TEMPLATE}"'))
    migrated = open_database(_pg_url(_TEMPLATE))
    migrated.dispose()
    yield admin
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
    admin.dispose()


def _fresh_pg(pg_template) -> tuple[Database, str]:
    name = f"sagicc_t_{uuid.uuid4().hex[:12]}"
    with pg_template.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATE}"'))
    return open_database(_pg_url(name)), name


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path: Path):
    """A migrated database on disk: SQLite, then the same test on PostgreSQL."""
    if request.param == "sqlite":
        database = open_database(sqlite_url(tmp_path / "sagicc.db"))
        yield database
        database.dispose()
        return
    pg_template = request.getfixturevalue("pg_template")
    database, name = _fresh_pg(pg_template)
    yield database
    database.dispose()
    with pg_template.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def sqlite_db(tmp_path: Path):
    """A migrated SQLite database on disk (for tests that are about SQLite itself or the GUI)."""
    database = open_database(sqlite_url(tmp_path / "sagicc.db"))
    yield database
    database.dispose()


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")



class MemoryKeyring(KeyringBackend):
    """A keychain that lives in a dict, for tests (channel passwords, provider tokens)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """A workstation without a keychain."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
