"""Start-up steps without widgets: the database and blob store of a data folder, demo data.

app.py calls these and turns their errors into messages; tests call them directly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .data_folder import AlreadyRunning, acquire_lock, default_data_dir
from .services.settings import get_setting, set_system_setting
from .services.unit_of_work import read_only, unit_of_work
from .store.blobs import BlobStore
from .store.database import Database, open_database, refresh_statistics, sqlite_url

log = logging.getLogger(__name__)

__all__ = ["AlreadyRunning", "OpenedData", "acquire_lock", "default_data_dir", "fill_demo_if_empty", "is_demo",
           "open_data"]

DB_FILE = "sagicc.db"
DEMO_FLAG = "demo_data"


@dataclass
class OpenedData:
    db: Database
    blobs: BlobStore
    data_dir: Path


def open_data(data_dir: Path, db_url: str | None = None) -> OpenedData:
    """Open (create, migrate) the database and the blob store of a data folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(db_url or sqlite_url(data_dir / DB_FILE))
    return OpenedData(db=db, blobs=BlobStore(data_dir / "blobs"), data_dir=data_dir)


def fill_demo_if_empty(data: OpenedData) -> bool:
    """Fill a fresh database with the bilingual demo data set; False if it had users."""
    from .demo.seed import seed_demo
    from .services.auth import has_users

    if has_users(data.db):
        return False
    seed_demo(data.db, data.blobs)
    with unit_of_work(data.db) as session:
        set_system_setting(session, DEMO_FLAG, True)
    refresh_statistics(data.db.engine)  # the tables were empty when the database was opened
    return True


def is_demo(db: Database) -> bool:
    with read_only(db) as session:
        return bool(get_setting(session, DEMO_FLAG))
