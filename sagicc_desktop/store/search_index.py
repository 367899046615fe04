"""The text-search indexes the ORM does not model (migration 0004): trigram matches of ticket
subjects and customer names.

SQLite keeps them in FTS5 tables (trigram tokenizer) maintained by triggers; PostgreSQL in
pg_trgm GIN indexes that its LIKE queries use by themselves. Queries here return None where
no index can help (a needle shorter than a trigram, another database), and the caller then
falls back to a plain substring match.
"""

from __future__ import annotations

from sqlalchemy import Engine, literal_column, select, table, text
from sqlalchemy.orm import Session

TICKET_SUBJECTS = "ticket_subject_fts"
CUSTOMER_NAMES = "customer_name_fts"
POSTGRES_INDEXES = frozenset({"ix_tickets_subject_trgm", "ix_customers_search_name_trgm"})
MIN_CHARS = 3  # a trigram index answers needles of three characters or more


def is_search_object(name: str | None) -> bool:
    """True for the FTS tables (and their shadow tables) and trigram indexes: not in the model."""
    if not name:
        return False
    return name in POSTGRES_INDEXES or name.startswith((TICKET_SUBJECTS, CUSTOMER_NAMES))


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


def customer_rowids_matching(session: Session, needle: str):
    """A subquery of customers' rowids whose normalised name contains the needle, or None."""
    if not _uses_fts(session, needle):
        return None
    fts = table(CUSTOMER_NAMES)
    return (select(literal_column("rowid")).select_from(fts)
            .where(text(f"{CUSTOMER_NAMES} MATCH :customer_needle").bindparams(customer_needle=_phrase(needle))))


def rebuild(engine: Engine) -> None:
    """Rebuild the SQLite indexes from their tables (after a VACUUM, which may renumber rowids)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        for name in (TICKET_SUBJECTS, CUSTOMER_NAMES):
            conn.execute(text(f"INSERT INTO {name}({name}) VALUES('rebuild')"))
