"""One session and one transaction per user action (decision 5)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..store.database import Database
from .errors import StaleEdit


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """Commit on success, roll back on any error; a stale version becomes StaleEdit."""
    session = db.sessions()
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        raise StaleEdit(str(exc)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_only(db: Database) -> Iterator[Session]:
    session = db.sessions()
    try:
        yield session
    finally:
        session.rollback()
        session.close()
