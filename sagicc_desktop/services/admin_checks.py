"""Checks the administration services share: a name as the administrator means it, and the
row being edited still there and as the screen last read it."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from .errors import NotFound, StaleEdit, ValidationError

R = TypeVar("R")


def one_line_name(value: str | None, limit: int, required: str, too_long: str) -> str:
    """The name on one line with single spaces; ValidationError(required) when empty,
    ValidationError(too_long) with the limit when longer, both on field "name"."""
    name = " ".join((value or "").split())
    if not name:
        raise ValidationError(required, field="name")
    if len(name) > limit:
        raise ValidationError(too_long, field="name", limit=limit)
    return name


def live_row(session: Session, entity: type[R], row_id: uuid.UUID, missing: str,
             expected_version: int | None = None, changed: str = "") -> R:
    """The row unless it is gone or tombstoned (NotFound(missing)); with expected_version,
    StaleEdit(changed, value=its name) when someone saved it since the screen read it."""
    row = session.get(entity, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(missing)
    if expected_version is not None and row.version != expected_version:
        raise StaleEdit(changed, value=row.name)
    return row
