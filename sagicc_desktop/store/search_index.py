"""The text-search indexes the ORM does not model: trigram matches of ticket subjects and
customer names (migration 0004), and the words of customers' names (migration 0006).

SQLite keeps them in FTS5 tables (trigram tokenizer) and a (word, customer) table, maintained
by triggers; PostgreSQL in pg_trgm GIN indexes that its LIKE queries use by themselves. Queries
here return None where no index can help (a needle shorter than a trigram, another database),
and the caller then falls back to a plain substring match.
"""

from __future__ import annotations

from sqlalchemy import Engine, String, column, exists, intersect, literal_column, select, table, text
from sqlalchemy.orm import Session

TICKET_SUBJECTS = "ticket_subject_fts"
CUSTOMER_NAMES = "customer_name_fts"
NAME_WORDS, NAME_VOCABULARY, VOCABULARY_INDEX = "customer_name_words", "customer_name_vocab", "customer_vocab_fts"
# customer_id as stored (32 hex digits): compared with tickets.customer_id in SQL, and read as
# plain strings where a short list of them is fetched.
_NAME_WORDS = table(NAME_WORDS, column("word", String), column("customer_id", String))
POSTGRES_INDEXES = frozenset({"ix_tickets_subject_trgm", "ix_customers_search_name_trgm"})
MIN_CHARS = 3  # a trigram index answers needles of three characters or more


def is_search_object(name: str | None) -> bool:
    """True for the FTS tables (and their shadow tables) and trigram indexes: not in the model."""
    if not name:
        return False
    return name in POSTGRES_INDEXES or name.startswith(
        (TICKET_SUBJECTS, CUSTOMER_NAMES, NAME_WORDS, NAME_VOCABULARY, VOCABULARY_INDEX))


def _uses_fts(session: Session, needle: str) -> bool:
    return session.get_bind().dialect.name == "sqlite" and len(needle) >= MIN_CHARS


def _phrase(needle: str) -> str:
    """An FTS5 query for the needle as one literal substring (quotes doubled, operators inert)."""
    return '"' + needle.replace('"', '""') + '"'


def ticket_numbers_matching(session: Session, needle: str):
    """A subquery of ticket numbers whose subject contains the needle, or None (no index)."""
    if not _uses_fts(session, needle):
        return None
    fts = table(TICKET_SUBJECTS)
    return (select(literal_column("rowid")).select_from(fts)
            .where(text(f"{TICKET_SUBJECTS} MATCH :ticket_needle").bindparams(ticket_needle=_phrase(needle))))


def name_words(session: Session, name: str) -> list[list[str]] | None:
    """For each word of `name` (a normalised needle) three characters or longer, the words of
    customers' names that contain it, from the word index (migration 0006); None where that
    index cannot answer (another database, only shorter words)."""
    words = [w for w in dict.fromkeys(name.split()) if len(w) >= MIN_CHARS]
    if session.get_bind().dialect.name != "sqlite" or not words:
        return None
    raw = session.connection().connection.driver_connection
    return [[r[0] for r in raw.execute(
        f"SELECT word FROM {NAME_VOCABULARY} WHERE id IN "
        f"(SELECT rowid FROM {VOCABULARY_INDEX} WHERE {VOCABULARY_INDEX} MATCH ?)", (_phrase(word),))]
        for word in words]


def customers_with(words: list[list[str]]):
    """The ids of customers with a word from each list (word order does not matter: "quintero
    maria" finds Maria Quintero); each list is one contiguous range of the word index."""
    sets = [select(_NAME_WORDS.c.customer_id).where(_NAME_WORDS.c.word.in_(found)) for found in words]
    return sets[0] if len(sets) == 1 else intersect(*sets)


def customer_has(words: list[list[str]], customer_id) -> list:
    """The same test for one customer (a column of the outer query): one index seek per list,
    for a walk that checks rows one by one and stops at a page."""
    names = [_NAME_WORDS.alias(f"name_words_{i}") for i in range(len(words))]
    return [exists().where(n.c.word.in_(found), n.c.customer_id == customer_id) for n, found in zip(names, words)]


def rebuild(engine: Engine) -> None:
    """Rebuild the SQLite indexes from their tables (after a VACUUM, which may renumber rowids)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        for name in (TICKET_SUBJECTS, CUSTOMER_NAMES):
            conn.execute(text(f"INSERT INTO {name}({name}) VALUES('rebuild')"))
