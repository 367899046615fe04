"""The Customers module's search, as the user types: by name, document number or contact data.

Each keystroke asks for one short first page, and every part of it is read from an index,
whatever the number of customers:
- document number: a prefix range on the document index, typed in the form documents are
  stored in (customer_similarity.document_key: dots and spaces ignored, upper case);
- phone: the number typed in any format, made international (E.164) the way contact data is
  stored, as a prefix range on the (kind, normalized_value) index, so a half-typed number
  already finds its customers; e-mail: a prefix range on the same index;
- name (accents, case and word order ignored): first the names that start with the typed
  words, alphabetically (a range on the search_name index: this is also the whole search for
  words shorter than a trigram); then the names containing every typed word, through the
  trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL), read from the index's newest entry
  and stopped as soon as the page is full. When they all fit in the page they are ranked:
  names where each typed word starts a word first, then alphabetically. When more match (a
  common surname matches thousands), ranking them would mean reading them all, so the page
  shows the newest customers and typing on narrows the list.
Identifier matches come first (they name one person), then names. Tombstones never show.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import case, column, literal_column, or_, select, table, text
from sqlalchemy.orm import Session

from ..store import search_index
from ..store.database import Database
from ..store.entities import ContactPoint, Customer
from ..store.enums import ContactKind
from .actor import Actor
from .contact_data import normalise_phone
from .contacts import default_region
from .customer_similarity import document_key
from .errors import ServiceError
from .text import normalise
from .unit_of_work import read_only

PAGE = 50
MIN_PHONE_DIGITS = 3
DOCUMENT, PHONE, EMAIL, NAME = "document", "phone", "email", "name"  # what matched, for the view

_PHONE_KINDS = (ContactKind.MOBILE, ContactKind.PHONE)
_MAIN_CONTACT_KINDS = (ContactKind.MOBILE, ContactKind.PHONE, ContactKind.EMAIL)
_NON_DIGITS = re.compile(r"\D")
_WORD_SEPARATORS = re.compile(r"[\s,;]+")  # "Pérez, Ana" is two words


@dataclass(frozen=True)
class CustomerHit:
    id: uuid.UUID
    name: str
    document_type: str
    document_number: str
    main_contact: str  # the matched phone or e-mail, else the primary mobile, phone or e-mail
    last_interaction_at: dt.datetime | None
    matched: str  # DOCUMENT, PHONE, EMAIL or NAME


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[CustomerHit, ...]
    more: bool  # more customers match than the page shows: type on to narrow


def _live():
    return (Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))


def _after_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starts_with(col, prefix: str) -> list:
    """A prefix match as a range, which any index on the column serves (LIKE 'x%' would not
    on SQLite's case-blind LIKE); the LIKE keeps it exact under any collation."""
    return [col >= prefix, col < _after_prefix(prefix), col.startswith(prefix, autoescape=True)]


# ---------------------------------------------------------------- identifiers


def _by_document(session: Session, typed: str, limit: int) -> list[tuple[uuid.UUID, str | None]]:
    key = document_key(typed)
    if not any(ch.isdigit() for ch in key):
        return []
    ids = session.scalars(
        select(Customer.id).where(*_starts_with(Customer.document_number, key), *_live())
        .order_by(Customer.document_number, Customer.id).limit(limit)
    ).all()
    return [(i, None) for i in ids]


def phone_prefix(typed: str, region: str) -> str | None:
    """The E.164 form of a phone number typed in any format, or of its beginning; None when the
    text is no phone number (letters, or fewer than MIN_PHONE_DIGITS digits)."""
    import phonenumbers

    if any(ch.isalpha() for ch in typed):
        return None
    digits = _NON_DIGITS.sub("", typed)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    try:
        return normalise_phone(typed, region)
    except ServiceError:
        pass  # not a whole number yet: its beginning, made international the same way
    stripped = typed.strip()
    if stripped.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    national_prefix = metadata.national_prefix if metadata else None
    if national_prefix and digits.startswith(national_prefix):
        digits = digits[len(national_prefix):]
    return f"+{phonenumbers.country_code_for_region(region)}{digits}"


def _by_contact(session: Session, kinds, prefix: str, limit: int) -> list[tuple[uuid.UUID, str]]:
    """One prefix range per kind (an IN over kinds would sort every match before the limit)."""
    found: list[tuple[str, uuid.UUID, str]] = []
    for kind in kinds:
        found += session.execute(
            select(ContactPoint.normalized_value, ContactPoint.customer_id, ContactPoint.value)
            .join(Customer, Customer.id == ContactPoint.customer_id)
            .where(ContactPoint.kind == kind, *_starts_with(ContactPoint.normalized_value, prefix),
                   ContactPoint.deleted_at.is_(None), *_live())
            .order_by(ContactPoint.normalized_value).limit(limit)
        ).all()
    found.sort(key=lambda r: (r[0], r[1].hex))
    return [(customer_id, value) for _, customer_id, value in found[:limit]]


def _by_phone(session: Session, typed: str, limit: int) -> list[tuple[uuid.UUID, str]]:
    prefix = phone_prefix(typed, default_region(session))
    return _by_contact(session, _PHONE_KINDS, prefix, limit) if prefix else []


def _by_email(session: Session, typed: str, limit: int) -> list[tuple[uuid.UUID, str]]:
    value = typed.strip().lower()
    if " " in value or not ("@" in value or "." in value):
        return []
    return _by_contact(session, (ContactKind.EMAIL,), value, limit)


# ---------------------------------------------------------------- names


def _name_starts(session: Session, needle: str, limit: int) -> list[uuid.UUID]:
    return list(session.scalars(
        select(Customer.id).where(*_starts_with(Customer.search_name, needle), *_live())
        .order_by(Customer.search_name, Customer.id).limit(limit)
    ))


def _fts_query(words: list[str]) -> str:
    """Every word as a literal substring (quotes doubled, FTS operators inert), all required."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _word_starts(name: str, words: list[str]) -> bool:
    padded = " " + name
    return all(" " + w in padded for w in words)


class _Contains:
    """Names that contain every typed word, not starting with the typed text."""

    def __init__(self, session: Session, needle: str, words: list[str]) -> None:
        self.session, self.needle, self.words = session, needle, words
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        # Words a trigram index answers. SQLite asks its FTS table for them and checks the
        # shorter words on the rows it returns; PostgreSQL's LIKE uses pg_trgm by itself.
        self.indexed = [w for w in words if len(w) >= search_index.MIN_CHARS]
        self.checked = [w for w in words if w not in self.indexed] if self.sqlite else words

    def possible(self) -> bool:
        """Only words of a trigram or longer are looked up inside names; shorter text is a prefix."""
        return bool(self.indexed)

    def _where(self) -> list:
        lo, hi = self.needle, _after_prefix(self.needle)
        return [*_live(), or_(Customer.search_name < lo, Customer.search_name >= hi),
                *(Customer.search_name.contains(w, autoescape=True) for w in self.checked)]

    def page(self, limit: int) -> list[uuid.UUID]:
        """The newest `limit` matches; when that is all of them, ranked instead: each typed word
        starting a word of the name first, then alphabetically."""
        rows = self._newest(limit)
        if len(rows) < limit:
            rows.sort(key=lambda r: (not _word_starts(r[1], self.words), r[1], r[0].hex))
        return [customer_id for customer_id, _ in rows]

    def _newest(self, limit: int) -> list[tuple[uuid.UUID, str]]:
        """The trigram index walked from its newest entry (SQLite: its rowid; PostgreSQL: the
        UUIDv7 id, which grows with time), stopping at `limit` matches."""
        if self.sqlite:
            fts = table(search_index.CUSTOMER_NAMES, column("rowid"))
            match = text(f"{search_index.CUSTOMER_NAMES} MATCH :names").bindparams(names=_fts_query(self.indexed))
            stmt = (select(Customer.id, Customer.search_name).select_from(fts)
                    .join(Customer, literal_column("customers.rowid") == fts.c.rowid)
                    .where(match, *self._where()).order_by(fts.c.rowid.desc()).limit(limit))
        else:
            stmt = (select(Customer.id, Customer.search_name).where(*self._where())
                    .order_by(Customer.id.desc()).limit(limit))
        return [tuple(r) for r in self.session.execute(stmt)]


def _by_name(session: Session, typed: str, limit: int) -> list[uuid.UUID]:
    words = _WORD_SEPARATORS.split(normalise(typed).strip(",; "))
    needle = " ".join(w for w in words if w)
    if not needle:
        return []
    found = _name_starts(session, needle, limit)
    if len(found) < limit:
        contains = _Contains(session, needle, needle.split())
        if contains.possible():
            found += contains.page(limit - len(found))
    return found


# ---------------------------------------------------------------- the page


def _main_contact():
    """Each customer's primary mobile, else phone, else e-mail (a non-primary one when the kind
    has no primary), as a column of the page's query: no second round trip."""
    rank = case(*((ContactPoint.kind == k, i) for i, k in enumerate(_MAIN_CONTACT_KINDS)), else_=9)
    return (select(ContactPoint.value)
            .where(ContactPoint.customer_id == Customer.id, ContactPoint.kind.in_(_MAIN_CONTACT_KINDS),
                   ContactPoint.deleted_at.is_(None))
            .order_by(ContactPoint.is_primary.desc(), rank, ContactPoint.created_at).limit(1)
            .scalar_subquery())


def _hits(session: Session, found: dict[uuid.UUID, tuple[str, str | None]]) -> list[CustomerHit]:
    ids = list(found)
    if not ids:
        return []
    rows = {r[0]: r for r in session.execute(
        select(Customer.id, Customer.first_name, Customer.middle_name, Customer.last_name, Customer.second_last_name,
               Customer.document_type, Customer.document_number, Customer.last_interaction_at, _main_contact())
        .where(Customer.id.in_(ids)))}
    out = []
    for customer_id in ids:
        _, first, middle, last, second, doc_type, doc_number, last_at, main = rows[customer_id]
        matched, contact = found[customer_id]
        out.append(CustomerHit(customer_id, " ".join(p for p in (first, middle, last, second) if p),
                               doc_type or "", doc_number or "", contact or main or "", last_at, matched))
    return out


def search_customers(db: Database, actor: Actor, typed: str, limit: int = PAGE) -> SearchPage:
    """The first `limit` customers matching what was typed so far (see the module's order)."""
    typed = typed.strip()
    if not typed:
        return SearchPage((), False)
    wanted = limit + 1  # one more than the page tells whether there are more
    found: dict[uuid.UUID, tuple[str, str | None]] = {}

    def take(kind: str, matches) -> None:
        for customer_id, contact in matches:
            if len(found) < wanted:
                found.setdefault(customer_id, (kind, contact))

    with read_only(db) as session:
        take(DOCUMENT, _by_document(session, typed, wanted))
        if len(found) < wanted:
            take(PHONE, _by_phone(session, typed, wanted))
        if len(found) < wanted:
            take(EMAIL, _by_email(session, typed, wanted))
        if len(found) < wanted and "@" not in typed and any(ch.isalpha() for ch in typed):
            take(NAME, ((i, None) for i in _by_name(session, typed, wanted)))
        hits = _hits(session, found)
    return SearchPage(tuple(hits[:limit]), len(hits) > limit)


__all__ = ["CustomerHit", "SearchPage", "search_customers", "phone_prefix", "DOCUMENT", "PHONE", "EMAIL", "NAME"]
