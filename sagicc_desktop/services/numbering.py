"""Ticket numbers: handed out by the authority (the local database when standalone)."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..store.entities import Counter

TICKET_NUMBER = "ticket_number"


def next_ticket_number(session: Session) -> int:
    """Increment the counter inside the caller's transaction.

    One atomic UPDATE ... RETURNING (row lock on PostgreSQL, write lock on SQLite), so two
    writers never read the same value; a read-then-write would lose an update on SQLite.
    """
    bump = (
        update(Counter)
        .where(Counter.name == TICKET_NUMBER)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
        .execution_options(synchronize_session=False)
    )
    value = session.execute(bump).scalar()
    if value is None:
        try:
            with session.begin_nested():
                session.add(Counter(name=TICKET_NUMBER, value=0))
        except IntegrityError:
            pass  # another transaction created the counter first
        value = session.execute(bump).scalar_one()
    return value
