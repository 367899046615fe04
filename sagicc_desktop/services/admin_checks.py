"""Checks the administration services share: a name as the administrator means it."""

from __future__ import annotations

from .errors import ValidationError


def one_line_name(value: str | None, limit: int, required: str, too_long: str) -> str:
    """The name on one line with single spaces; ValidationError(required) when empty,
    ValidationError(too_long) with the limit when longer, both on field "name"."""
    name = " ".join((value or "").split())
    if not name:
        raise ValidationError(required, field="name")
    if len(name) > limit:
        raise ValidationError(too_long, field="name", limit=limit)
    return name
