"""Decision 6: WAL, synchronous=FULL and foreign keys on every SQLite connection."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from sagicc_desktop.store.database import open_database, sqlite_url
from sagicc_desktop.store.entities import Account, Campaign, Ticket


def test_every_connection_has_the_pragmas(sqlite_db):
    # Several connections: the pragmas come from the connect hook, not from one lucky session.
    conns = [sqlite_db.engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        for conn in conns:
            conn.close()


def test_wal_mode_is_persistent_in_the_file(tmp_path):
    path = tmp_path / "w.db"
    db = open_database(sqlite_url(path))
    db.dispose()
    header = path.read_bytes()[:20]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[18] == 2 and header[19] == 2  # file format versions 2 = WAL


def test_foreign_keys_are_enforced(db):
    with db.sessions() as session:
        session.add(Ticket(number=1, campaign_id=uuid.uuid4(), subject="orphan"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.add(Account(customer_id=uuid.uuid4(), number="A-1"))
        with pytest.raises(IntegrityError):
            session.commit()


def test_a_referenced_row_cannot_be_removed(db):
    with db.sessions() as session:
        campaign = Campaign(name="C")
        session.add(campaign)
        session.flush()
        session.add(Ticket(number=1, campaign_id=campaign.id))
        session.commit()
        with pytest.raises(IntegrityError):
            session.execute(text("DELETE FROM campaigns"))
            session.commit()


def test_unique_ticket_numbers(db):
    with db.sessions() as session:
        campaign = Campaign(name="C")
        session.add(campaign)
        session.flush()
        session.add(Ticket(number=7, campaign_id=campaign.id))
        session.commit()
        session.add(Ticket(number=7, campaign_id=campaign.id))
        with pytest.raises(IntegrityError):
            session.commit()


def test_opening_gives_the_planner_table_statistics(tmp_path):
    """A sampled ANALYZE on open: without it SQLite guesses, and a rare search word walks the list."""
    from sqlalchemy import text

    from sagicc_desktop.store.database import open_database, sqlite_url

    db = open_database(sqlite_url(tmp_path / "s.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar() == 1
    finally:
        db.dispose()
