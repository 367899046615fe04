"""Keyset paging for lists read newest first: the next page is "older than this row", so a
ticket's thousandth note costs what its first does, never an OFFSET walk."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ColumnElement, tuple_

# The (created_at, id) of the last row a page ended with.
Before = tuple[dt.datetime, uuid.UUID]


def older_than(created_at, row_id, before: Before | None) -> list[ColumnElement[bool]]:
    """The WHERE clause for the rows after `before` in (created_at DESC, id DESC) order."""
    if before is None:
        return []
    # A plain tuple: each value is bound with its column's type (UTC datetimes stored naive).
    return [tuple_(created_at, row_id) < (before[0], before[1])]
