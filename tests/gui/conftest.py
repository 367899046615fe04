"""GUI fixtures: a demo database built once per run and copied for each test.

Each test gets its own SQLite file (a byte copy of the seeded one), so tests can change
data freely and still start in a few milliseconds.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sagicc_desktop.demo.seed import DEMO_USERS
from sagicc_desktop.services import auth
from sagicc_desktop.startup import fill_demo_if_empty, open_data
from sagicc_desktop.views.context import AppContext


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    data = open_data(folder)
    fill_demo_if_empty(data)
    data.db.dispose()
    conn = sqlite3.connect(folder / "sagicc.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return folder


@pytest.fixture
def demo_data(demo_template: Path, tmp_path: Path):
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("*-wal", "*-shm", "*.lock"))
    data = open_data(folder)
    yield data
    data.db.dispose()


def password_of(username: str) -> str:
    return next(u.password for u in DEMO_USERS if u.username == username)


@pytest.fixture
def make_ctx(demo_data):
    """make_ctx('carlos') -> an AppContext signed in as that demo user."""

    def make(username: str = "carlos") -> AppContext:
        ctx = AppContext(db=demo_data.db, blobs=demo_data.blobs, data_dir=demo_data.data_dir)
        ctx.actor = auth.sign_in(demo_data.db, username, password_of(username))
        return ctx

    return make


def show_active(qtbot, widget, size=(1300, 800)):
    """Show a top-level widget and make it the active window, as a user's click would."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()  # keyboard shortcuts need the active window
    qtbot.waitUntil(lambda: widget.isActiveWindow(), timeout=2000)
    return widget
