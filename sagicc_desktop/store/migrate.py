"""Alembic, driven from code so it also works inside a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def migrations_dir() -> Path:
    """Where env.py and versions/ are: beside this module, or in the bundle's data."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidate = Path(frozen) / "sagicc_desktop" / "store" / "migrations"
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["connection_engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """Whether this version of the application has the migration `revision`."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def compare(engine: Engine) -> str:
    """'empty', 'current', 'behind' (we can upgrade) or 'newer' (unknown revision)."""
    current = current_revision(engine)
    if current is None:
        return "empty"
    script = ScriptDirectory.from_config(alembic_config())
    if current == script.get_current_head():
        return "current"
    try:
        script.get_revision(current)
    except Exception:
        return "newer"
    return "behind"


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
