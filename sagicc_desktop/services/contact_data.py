"""Validating and normalising contact data with the well-kept libraries for it."""

from __future__ import annotations

import re

from ..store.enums import ContactKind
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


# ---------------------------------------------------------------- contact points (T2)

DEFAULT_REGION_SETTING = "default_phone_region"
DEFAULT_REGION = "CO"
MAX_VALUE = 500  # contact_points.value and normalized_value
MAX_LABEL = 80  # contact_points.label


def normalise_text(value: str) -> str:
    """Addresses and social profiles compare lower-case with single spaces (as the demo stores them)."""
    return " ".join(value.lower().split())


def normalise_contact(kind: ContactKind, value: str, region: str = DEFAULT_REGION) -> tuple[str, str]:
    """(value as shown, normalized value) for a contact point of `kind`.

    E-mail: validated without DNS, lower-cased. Phone and mobile: E.164 in `region`'s
    numbering. Address and social profile: trimmed, required. Raises ValidationError.
    """
    shown = " ".join(value.split()) if kind is not ContactKind.ADDRESS else value.strip()
    if not shown:
        raise ValidationError("empty_contact", field="value")
    if len(shown) > MAX_VALUE:
        raise ValidationError("too_long", field="value", limit=MAX_VALUE)
    if kind is ContactKind.EMAIL:
        return shown, normalise_email(shown)
    if kind in (ContactKind.PHONE, ContactKind.MOBILE):
        return shown, normalise_phone(shown, region or DEFAULT_REGION)
    return shown, normalise_text(shown)
