"""Similar customers: the likely duplicates of a customer, or of one about to be created.

Two steps, so a million customers cost what a few hundred do:

1. Retrieval by index only. Exact keys: the same document number (customers.document_number
   index) and shared phone numbers or e-mail addresses ((kind, normalized_value) index). Names
   (normalised, so accents and case are gone), word order free, in stages that stop once
   NAME_CANDIDATES are found: the customers holding all the person's name words, then all but
   one (a missing middle name, a misspelt word), then any two; through the trigram index
   (SQLite FTS5 `customer_name_fts`, one rare trigram per word; PostgreSQL pg_trgm under LIKE,
   a plain scan where the extension is missing).
2. Scoring in Python with rapidfuzz. Each piece of evidence adds or takes away log-odds:
   agreeing names, the same document, a shared phone or e-mail and the same birth date add;
   a different document of the same type, another birth date, other given names and contact
   data with nothing in common take away; what one side does not know counts for nothing, and
   a name many customers bear counts for less. The sum becomes a percentage, so two "José
   García" with different documents and birth dates stay far below the threshold while a "Jose
   Garcia" with José García's phone is near 100.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein
from sqlalchemy import Row, and_, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import ContactPoint, Customer
from ..store.enums import ContactKind
from ..store.search_index import CUSTOMER_NAMES, MIN_CHARS
from .actor import Actor
from .errors import NotFound, ValidationError
from .text import normalise
from .unit_of_work import read_only

DEFAULT_THRESHOLD = 70  # percent: at or above it a candidate is offered as the same person
NAME_CANDIDATES = 200  # rows the name look-up hands to scoring, closest stages first
KEY_CANDIDATES = 100  # rows each exact key (document, contact value) may bring
MAX_NAME_WORDS = 5

# What matched, for the view to show beside the percentage.
DOCUMENT, NAME, PHONE, EMAIL, BIRTH_DATE = "document", "name", "phone", "email", "birth_date"

# Words that join names ("María del Pilar", "De la Torre") say nothing about the person.
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "di",
                       "van", "von", "der", "den", "le", "mc"})
PHONE_KINDS = (ContactKind.PHONE, ContactKind.MOBILE)

# Log-odds of each piece of evidence (see the module docstring); tuned on tests/data.
PRIOR = -1.0
NAME_PIVOT, NAME_SLOPE, NAME_MIN, NAME_MAX = 85.0, 4.0, -6.0, 3.5
SAME_DOCUMENT, NEAR_DOCUMENT, OTHER_DOCUMENT = 6.0, 1.0, -5.0
SAME_BIRTH, NEAR_BIRTH, OTHER_BIRTH = 2.5, 0.0, -3.0
SHARED_EMAIL, SHARED_PHONE, SHARED_CONTACT_MAX = 5.0, 4.0, 6.0
NOTHING_SHARED = -1.0
OTHER_GIVEN_NAME = -6.0
# A name many customers share says less: the agreeing name's weight drops by this much for each
# doubling of namesakes (name score NAMESAKE or more among the candidates) beyond FEW_NAMESAKES.
NAMESAKE, FEW_NAMESAKES, PER_DOUBLING, NAMESAKES_MAX = 95, 4, 0.5, 3.0
NAME_REASON = 85  # name score from which "name" is given as a reason
GIVEN_NAME_ALIKE = 80  # fuzz.ratio from which two given names are taken as the same name


def document_key(value: str | None) -> str:
    """A document number as stored and compared: upper case, no spaces or dots
    ("1.020.304.050" and "1020304050" are one number); hyphens and letters kept."""
    return "".join(ch for ch in (value or "").upper() if not ch.isspace() and ch != ".")


@dataclass(frozen=True)
class Probe:
    """What is known of the person to match, stored or not yet."""

    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""
    second_last_name: str = ""
    document_type: str | None = None
    document_number: str | None = None  # document_key form
    birth_date: dt.date | None = None
    phones: frozenset[str] = frozenset()  # E.164
    emails: frozenset[str] = frozenset()  # normalised
    exclude: uuid.UUID | None = None  # the customer itself

    @cached_property
    def search_name(self) -> str:
        return normalise(" ".join((self.first_name, self.middle_name, self.last_name, self.second_last_name)))

    @cached_property
    def first_word(self) -> str:
        return next(iter(normalise(self.first_name).split()), "")


@dataclass(frozen=True)
class SimilarCustomer:
    customer_id: uuid.UUID
    full_name: str
    document_type: str
    document_number: str
    birth_date: dt.date | None
    percentage: int
    reasons: tuple[str, ...]  # DOCUMENT, NAME, PHONE, EMAIL, BIRTH_DATE in that order
    name_score: int


# The columns scoring reads: plain rows load several times faster than entities.
_COLUMNS = (Customer.id, Customer.first_name, Customer.middle_name, Customer.last_name, Customer.second_last_name,
            Customer.document_type, Customer.document_number, Customer.birth_date, Customer.search_name)


def _people():
    return select(*_COLUMNS)


def _full_name(row) -> str:
    return " ".join(p for p in (row.first_name, row.middle_name, row.last_name, row.second_last_name) if p)


@dataclass
class _Candidate:
    customer: Row  # _COLUMNS
    shared_phones: set[str] = field(default_factory=set)
    shared_emails: set[str] = field(default_factory=set)
    has_phones: bool = False
    has_emails: bool = False
    names: float | None = None  # name_score, once computed


# ---------------------------------------------------------------- scoring (pure)


def name_words(*parts: str | None) -> list[str]:
    """The name's distinctive words, normalised, once each, at most MAX_NAME_WORDS."""
    words: list[str] = []
    for word in normalise(" ".join(p for p in parts if p)).split():
        if len(word) >= MIN_CHARS and word not in PARTICLES and word not in words:
            words.append(word)
    return words[:MAX_NAME_WORDS]


def name_score(a: str, b: str) -> float:
    """0-100 for two normalised names, word order ignored. A name whose words are all in the
    other (a missing middle or second last name) scores just below an exact match."""
    if not a or not b:
        return 0.0
    score = fuzz.token_sort_ratio(a, b)
    if min(len(a.split()), len(b.split())) >= 2:
        score = max(score, fuzz.token_set_ratio(a, b) - 5)
    return float(score)


def _gendered_pair(a: str, b: str) -> bool:
    """Daniel and Daniela, Mario and María, Francisco and Francisca: one letter apart and
    different people, however close the spelling."""
    if a == b:
        return False
    if a + "a" == b or b + "a" == a:
        return True
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"a", "o"}


def _given_names_differ(probe: Probe, other: Row) -> bool:
    """True when each side's first name is unlike every word of the other's name (siblings,
    spouses); a first name written as a surname or a missing first name does not count."""
    their_words = other.search_name.split()
    # The stored search name starts with the first name, already normalised.
    mine, theirs = probe.first_word, their_words[0] if their_words and other.first_name.strip() else ""
    if not mine or not theirs:
        return False

    def found(word: str, words: list[str]) -> bool:
        return any((fuzz.ratio(word, w) >= GIVEN_NAME_ALIKE or OSA.distance(word, w, score_cutoff=2) <= 1)
                   and not _gendered_pair(word, w) for w in words)

    return not found(mine, their_words) and not found(theirs, probe.search_name.split())


def _near_document(a: str, b: str) -> bool:
    """One typing slip apart: a digit changed, dropped or two swapped (long numbers only)."""
    if min(len(a), len(b)) < 6:
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= 1 or _one_swap(a, b)


def _one_swap(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _document_weight(probe: Probe, other: Row) -> tuple[float, bool]:
    mine, theirs = probe.document_number or "", document_key(other.document_number)
    if not mine or not theirs:
        return 0.0, False
    if mine == theirs:
        return SAME_DOCUMENT, True
    if _near_document(mine, theirs):
        return NEAR_DOCUMENT, False
    same_type = (probe.document_type or "") == (other.document_type or "")
    # A person may hold a national ID and a passport: only the same type contradicts.
    return (OTHER_DOCUMENT if same_type else 0.0), False


def _birth_weight(mine: dt.date | None, theirs: dt.date | None) -> tuple[float, bool]:
    if mine is None or theirs is None:
        return 0.0, False
    if mine == theirs:
        return SAME_BIRTH, True
    if mine.year == theirs.year and (mine.month, mine.day) == (theirs.day, theirs.month):
        return NEAR_BIRTH, False  # day and month typed the other way round
    return OTHER_BIRTH, False


def _contact_weight(probe: Probe, c: _Candidate) -> float:
    shared = min(SHARED_CONTACT_MAX, SHARED_EMAIL * bool(c.shared_emails) + SHARED_PHONE * bool(c.shared_phones))
    if shared:
        return shared
    comparable = (probe.emails and c.has_emails) or (probe.phones and c.has_phones)
    return NOTHING_SHARED if comparable else 0.0


def common_name_discount(namesakes: int) -> float:
    """How much less an agreeing name weighs when `namesakes` customers bear it (log-odds)."""
    if namesakes <= FEW_NAMESAKES:
        return 0.0
    return min(NAMESAKES_MAX, PER_DOUBLING * math.log2(namesakes / FEW_NAMESAKES))


def score(probe: Probe, c: _Candidate, namesakes: int = 0) -> tuple[int, tuple[str, ...], int]:
    """(percentage, reasons, name score) of one candidate, `namesakes` customers sharing the name."""
    other = c.customer
    mine, theirs = probe.search_name, other.search_name  # stored normalised (text.search_name)
    if c.names is None:
        c.names = name_score(mine, theirs)
    names = c.names
    total = PRIOR
    if mine and theirs:  # a sender known only by a number has no name to compare
        weight = max(NAME_MIN, min(NAME_MAX, (names - NAME_PIVOT) / NAME_SLOPE))
        if weight > 0:
            weight = max(0.0, weight - common_name_discount(namesakes))
        total += weight
    document, same_document = _document_weight(probe, other)
    # Other given names tell relatives apart; one document is one person, nickname or not.
    if not same_document and _given_names_differ(probe, other):
        total += OTHER_GIVEN_NAME
    birth, same_birth = _birth_weight(probe.birth_date, other.birth_date)
    total += document + birth + _contact_weight(probe, c)
    percentage = round(100 / (1 + math.exp(-total)))
    reasons = tuple(reason for reason, matched in (
        (DOCUMENT, same_document), (NAME, names >= NAME_REASON), (PHONE, bool(c.shared_phones)),
        (EMAIL, bool(c.shared_emails)), (BIRTH_DATE, same_birth)) if matched)
    return percentage, reasons, round(names)


# ---------------------------------------------------------------- retrieval (indexes only)


def _live():
    return (Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))


def name_stages(words: list[str]) -> list[list[tuple[str, ...]]]:
    """The name look-up in stages, closest first; each stage is clauses (OR), each clause the
    needles (AND) a candidate's name must hold. All the words; then all but one (a missing,
    extra or misspelt word); then any two (four words or more). A two-word name has no "all but
    one": it accepts instead either word with the first or last three letters of the other, so
    one misspelt word is found ("mathew" keeps "mat" of "matthew", "mitchel" keeps "mit")."""
    n = len(words)
    if n < 2:
        return [[tuple(words)]] if words else []
    stages = [[tuple(words)]]
    if n >= 3:
        stages.append(list(combinations(words, n - 1)))
    if n >= 4:
        stages.append(list(combinations(words, 2)))
    if n == 2:
        a, b = words
        stages.append([(a, b[:MIN_CHARS]), (a, b[-MIN_CHARS:]), (b, a[:MIN_CHARS]), (b, a[-MIN_CHARS:])])
    return stages


# Letters from the most to the least common in Spanish and English names.
_LETTERS = {ch: rank for rank, ch in enumerate("aeionrlsutdmcgbphvyjfzqkxw")}


def _fts_needle(needle: str) -> str:
    """A word as one FTS5 trigram term: the trigram of its rarest letters ("gar" of "garcia",
    "val" of "valentina"). Much cheaper than the phrase (one short doclist, no positions) and a
    little wider, which the scoring corrects; a three-letter fragment is itself."""
    trigrams = [needle[i:i + MIN_CHARS] for i in range(len(needle) - MIN_CHARS + 1)] or [needle]
    term = max(trigrams, key=lambda t: sum(_LETTERS.get(ch, len(_LETTERS)) for ch in t))
    return '"' + term.replace('"', '""') + '"'


def fts_match(clauses: list[tuple[str, ...]]) -> str:
    return " OR ".join("(" + " AND ".join(_fts_needle(w) for w in clause) + ")" for clause in clauses)


def _like_query(clauses: list[tuple[str, ...]]):
    return or_(*(and_(*(Customer.search_name.contains(w, autoescape=True) for w in clause)) for clause in clauses))


def _has_pg_trgm(session: Session) -> bool:
    return session.scalar(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")) > 0


def _name_matches(session: Session, probe: Probe, limit: int) -> list[Row]:
    """Up to `limit` live customers by name, stage by stage, so the closest names come first and
    a common name stops early. (Each stage mostly holds the one before it: the rows found again
    are dropped here, which costs less than asking the index to leave them out.)"""
    found: dict[uuid.UUID, Row] = {}
    live = (*_live(), Customer.id != probe.exclude) if probe.exclude else _live()
    sqlite = session.get_bind().dialect.name == "sqlite"
    ranked = not sqlite and _has_pg_trgm(session)
    before = None
    for stage in name_stages(name_words(probe.search_name)):
        budget = limit - len(found)
        if budget <= 0:
            break
        if sqlite:
            rowids = (select(literal_column("rowid")).select_from(table(CUSTOMER_NAMES))
                      .where(text(f"{CUSTOMER_NAMES} MATCH :similar_names")
                             .bindparams(similar_names=fts_match(stage)))
                      .limit(budget + len(found) + 1))  # the customer itself may be one
            query = _people().where(literal_column("customers.rowid").in_(rowids), *live)
        else:  # PostgreSQL: the pg_trgm GIN index answers these LIKEs; without the extension they scan
            query = _people().where(_like_query(stage), *live)
            if before is not None:
                query = query.where(~before)
            if ranked:
                query = query.order_by(func.similarity(Customer.search_name, probe.search_name).desc())
            query = query.limit(budget)
            before = _like_query(stage)
        for c in session.execute(query):
            if len(found) < limit:
                found.setdefault(c.id, c)
    return list(found.values())


def _key_matches(session: Session, probe: Probe) -> tuple[list[Row], list[tuple[uuid.UUID, ContactKind, str]]]:
    by_document: list[Row] = []
    live = (*_live(), Customer.id != probe.exclude) if probe.exclude else _live()
    if probe.document_number:
        by_document = list(session.execute(
            _people().where(Customer.document_number == probe.document_number, *live).limit(KEY_CANDIDATES)))
    shared = []
    if probe.phones or probe.emails:
        # One IN over both columns of the (kind, normalized_value) index; an OR of two would scan.
        query = (select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.normalized_value)
                 .where(ContactPoint.kind.in_((*PHONE_KINDS, ContactKind.EMAIL)),
                        ContactPoint.normalized_value.in_(sorted(probe.phones | probe.emails)),
                        ContactPoint.deleted_at.is_(None)))
        if probe.exclude:
            query = query.where(ContactPoint.customer_id != probe.exclude)
        for customer_id, kind, value in session.execute(query.limit(KEY_CANDIDATES * 2)):
            if value in (probe.emails if kind is ContactKind.EMAIL else probe.phones):
                shared.append((customer_id, kind, value))
    return by_document, shared


def _candidates(session: Session, probe: Probe, name_limit: int) -> list[_Candidate]:
    by_document, shared = _key_matches(session, probe)
    found: dict[uuid.UUID, _Candidate] = {c.id: _Candidate(c) for c in _name_matches(session, probe, name_limit)}
    for c in by_document:
        found.setdefault(c.id, _Candidate(c))
    missing = {customer_id for customer_id, _, _ in shared} - set(found)
    if missing:
        for c in session.execute(_people().where(Customer.id.in_(missing), *_live())):
            found[c.id] = _Candidate(c)
    for customer_id, kind, value in shared:
        if customer_id in found:
            (found[customer_id].shared_emails if kind is ContactKind.EMAIL else found[customer_id].shared_phones).add(value)
    return list(found.values())


def _mark_contact_kinds(session: Session, probe: Probe, candidates: list[_Candidate]) -> None:
    """Whether each candidate has phones and e-mails at all (nothing shared then counts against)."""
    if not candidates or not (probe.phones or probe.emails):
        return
    by_id = {c.customer.id: c for c in candidates}
    for customer_id, kind in session.execute(
            select(ContactPoint.customer_id, ContactPoint.kind).distinct()
            .where(ContactPoint.customer_id.in_(list(by_id)), ContactPoint.deleted_at.is_(None),
                   ContactPoint.kind.in_((*PHONE_KINDS, ContactKind.EMAIL)))):
        if kind is ContactKind.EMAIL:
            by_id[customer_id].has_emails = True
        else:
            by_id[customer_id].has_phones = True


def similar_to_probe(session: Session, probe: Probe, *, threshold: int = DEFAULT_THRESHOLD,
                     limit: int = 20, name_limit: int = NAME_CANDIDATES) -> list[SimilarCustomer]:
    """Candidates scoring at least `threshold`, best first (then by name), at most `limit`.

    Scored twice: first without knowing whether a candidate has any phone or e-mail (that can
    only take away), which is an upper bound; only those reaching the threshold have their
    contact kinds read and are scored again. The candidates with (nearly) the probe's name tell
    how common it is (capped by the name look-up's limit)."""
    candidates = _candidates(session, probe, name_limit)
    for c in candidates:
        c.names = name_score(probe.search_name, c.customer.search_name)
    namesakes = sum(c.names >= NAMESAKE for c in candidates)
    hopeful = [c for c in candidates if score(probe, c, namesakes)[0] >= threshold]
    _mark_contact_kinds(session, probe, hopeful)
    out = []
    for c in hopeful:
        percentage, reasons, names = score(probe, c, namesakes)
        if percentage >= threshold:
            o = c.customer
            out.append(SimilarCustomer(o.id, _full_name(o), o.document_type or "", o.document_number or "",
                                       o.birth_date, percentage, reasons, names))
    out.sort(key=lambda m: (-m.percentage, -m.name_score, m.full_name.casefold(), m.customer_id))
    return out[:limit]


# ---------------------------------------------------------------- the services


def probe_of(session: Session, customer_id: uuid.UUID) -> Probe:
    """What a stored customer offers for matching: names, document, birth date, phones, e-mails."""
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound("customer")
    phones, emails = set(), set()
    for kind, value in session.execute(
        select(ContactPoint.kind, ContactPoint.normalized_value).where(
            ContactPoint.customer_id == c.id, ContactPoint.deleted_at.is_(None),
            ContactPoint.kind.in_((*PHONE_KINDS, ContactKind.EMAIL)))):
        (emails if kind is ContactKind.EMAIL else phones).add(value)
    return Probe(c.first_name, c.middle_name, c.last_name, c.second_last_name, c.document_type,
                 document_key(c.document_number), c.birth_date, frozenset(phones), frozenset(emails), c.id)


def similar_customers(db: Database, actor: Actor, customer_id: uuid.UUID, *,
                      threshold: int = DEFAULT_THRESHOLD, limit: int = 20) -> list[SimilarCustomer]:
    """T1 Similar customers: a stored customer's likely duplicates, never itself, tombstones or
    merged customers. A lower threshold lists weaker candidates too."""
    with read_only(db) as session:
        return similar_to_probe(session, probe_of(session, customer_id), threshold=threshold, limit=limit)


def _contact_keys(session: Session, phones: Iterable[str], emails: Iterable[str]) -> tuple[frozenset, frozenset]:
    """Typed phone numbers and addresses in their stored (normalised) form; invalid ones are
    left out, since they cannot be anybody's stored value either."""
    from .contact_data import normalise_email, normalise_phone
    from .contacts import default_region

    region = default_region(session)
    out_phones, out_emails = set(), set()
    for value in phones:
        try:
            out_phones.add(normalise_phone(value, region))
        except ValidationError:
            continue
    for value in emails:
        try:
            out_emails.add(normalise_email(value))
        except ValidationError:
            continue
    return frozenset(out_phones), frozenset(out_emails)


def new_customer_probe(session: Session, *, first_name: str = "", middle_name: str = "", last_name: str = "",
                       second_last_name: str = "", document_type: str | None = None,
                       document_number: str | None = None, birth_date: dt.date | None = None,
                       phones: Iterable[str] = (), emails: Iterable[str] = (),
                       exclude: uuid.UUID | None = None) -> Probe:
    phone_keys, email_keys = _contact_keys(session, phones, emails)
    return Probe(first_name, middle_name, last_name, second_last_name, document_type or None,
                 document_key(document_number) or None, birth_date, phone_keys, email_keys, exclude)


def matches_for_new_customer(db: Database, actor: Actor, *, threshold: int = DEFAULT_THRESHOLD, limit: int = 10,
                             **person) -> list[SimilarCustomer]:
    """Stored customers a customer about to be created would duplicate (names, document_type,
    document_number, birth_date, phones, emails as typed), so the agent can pick one instead."""
    with read_only(db) as session:
        return similar_to_probe(session, new_customer_probe(session, **person), threshold=threshold, limit=limit)


def matches_for_sender(db: Database, actor: Actor, address: str, display_name: str = "", *,
                       exclude: uuid.UUID | None = None, threshold: int = DEFAULT_THRESHOLD,
                       limit: int = 10) -> list[SimilarCustomer]:
    """Stored customers an incoming message's sender (an e-mail address or a phone number, and
    the name it came with) is likely to be; `exclude` is the customer the message was filed
    under, when one was made for it."""
    from .inbound import names_from

    is_email = "@" in address
    names = names_from(display_name, address if is_email else "") if display_name.strip() or is_email else {}
    with read_only(db) as session:
        probe = new_customer_probe(session, **names, phones=() if is_email else (address,),
                                   emails=(address,) if is_email else (), exclude=exclude)
        return similar_to_probe(session, probe, threshold=threshold, limit=limit)


# ---------------------------------------------------------------- quality of matching


@dataclass(frozen=True)
class MatchQuality:
    threshold: int
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def match_quality(db: Database, pairs: Iterable[tuple[uuid.UUID, uuid.UUID, bool]], *,
                  threshold: int = DEFAULT_THRESHOLD) -> MatchQuality:
    """Precision and recall over labelled pairs (a, b, same person?): a pair is predicted the
    same when b is among a's similar customers at `threshold`, retrieval included."""
    counts = {(True, True): 0, (False, True): 0, (True, False): 0, (False, False): 0}
    with read_only(db) as session:
        for a, b, same in pairs:
            found = {m.customer_id for m in similar_to_probe(session, probe_of(session, a), threshold=threshold,
                                                              limit=1_000)}
            counts[(b in found, bool(same))] += 1
    return MatchQuality(threshold, counts[(True, True)], counts[(True, False)], counts[(False, True)],
                        counts[(False, False)])

