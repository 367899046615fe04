"""Column types shared by every table: UUIDv7 keys and UTC timestamps.

UUIDv7 keys are made on the workstation so rows created offline never collide
(ARCHITECTURE decision 1); timestamps are stored as naive UTC and handed back
timezone-aware, identically on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid

import uuid6
from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


def new_id() -> uuid.UUID:
    """A time-ordered UUIDv7, so primary-key indexes grow at the end."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC; refuses naive input to avoid silent shifts."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)
