"""Alembic, driven from code so it also works inside a frozen (PyInstaller) bundle.

Alembic is imported only when a migration must run or an unknown revision be looked up:
on an up-to-date database the start-up reads the stored revision with one query and
compares it with HEAD_REVISION (a test keeps that constant equal to Alembic's head).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:  # pragma: no cover
    from alembic.config import Config

#: The newest migration in versions/; bump it with every new migration.
HEAD_REVISION = "0006"


def migrations_dir() -> Path:
    """Where env.py and versions/ are: beside this module, or in the bundle's data."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidate = Path(frozen) / "sagicc_desktop" / "store" / "migrations"
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["connection_engine"] = engine
    return cfg


def _scripts():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known_revision(revision: str) -> bool:
    """Whether this version of the application has the migration `revision`."""
    if revision == HEAD_REVISION:
        return True
    try:
        return _scripts().get_revision(revision) is not None
    except Exception:
        return False


def compare(engine: Engine) -> str:
    """'empty', 'current', 'behind' (we can upgrade) or 'newer' (unknown revision)."""
    current = current_revision(engine)
    if current is None:
        return "empty"
    if current == HEAD_REVISION:
        return "current"
    script = _scripts()
    if current == script.get_current_head():
        return "current"
    try:
        script.get_revision(current)
    except Exception:
        return "newer"
    return "behind"


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
