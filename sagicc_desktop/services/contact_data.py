"""Validating and normalising contact data with the well-kept libraries for it."""

from __future__ import annotations

import re

from .errors import ValidationError

# phonenumbers and email_validator load their data on import: imported where first needed.

_SPLIT = re.compile(r"[;,\s]+")


def normalise_email(value: str) -> str:
    """The address as it should be stored; raises ValidationError('invalid_email')."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError("invalid_email", value=value, reason=str(exc)) from exc
    return result.normalized.lower()


def email_list(text: str) -> str:
    """A comma-separated list of valid addresses (CC); empty text is fine."""
    parts = [p for p in _SPLIT.split(text.strip()) if p]
    return ", ".join(normalise_email(p) for p in parts)


def normalise_phone(value: str, region: str = "CO") -> str:
    """E.164 form of a phone number; raises ValidationError('invalid_phone')."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("invalid_phone", value=value) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("invalid_phone", value=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
