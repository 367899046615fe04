"""Value helpers shared by the demo seed and the scale generator.

Ids are UUIDv7 built from the row's own creation time and the seeded random generator, so a
seed gives the same data (relative to "now") and ids stay time-ordered like the real ones.
Names and contact values are normalised the way search and the block list compare them.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid

import phonenumbers

_MS48 = (1 << 48) - 1


def uuid7_int(ms: int, rand_a: int, rand_b: int) -> int:
    """The 128-bit value of a UUIDv7: 48-bit ms time, version 7, 12 + 62 bits, variant 10."""
    return ((ms & _MS48) << 80) | (0x7 << 76) | ((rand_a & 0xFFF) << 64) | (0b10 << 62) | (
        rand_b & ((1 << 62) - 1)
    )


def uuid7_at(rng: random.Random, when: dt.datetime) -> uuid.UUID:
    """A UUIDv7 whose time part is `when`, random bits from the seeded generator."""
    ms = int(when.timestamp() * 1000)
    return uuid.UUID(int=uuid7_int(ms, rng.getrandbits(12), rng.getrandbits(62)))


def normalise_name(*parts: str) -> str:
    """Lower-case, accent-free, space-joined names: 'José  Muñoz' -> 'jose munoz'."""
    text = " ".join(p for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def normalise_email(value: str) -> str:
    return value.strip().lower()


def normalise_phone(value: str, region: str) -> str:
    """E.164 (+573001234567) for a number written the local way in `region` (CO, US)."""
    number = phonenumbers.parse(value, region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_text(value: str) -> str:
    """Addresses and social handles: lower-case with single spaces."""
    return " ".join(value.lower().split())


def preview_of(body: str, limit: int = 200) -> str:
    """The first `limit` characters of a body, on one line, for the conversation timeline."""
    return " ".join(body.split())[:limit]
