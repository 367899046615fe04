"""Ticket numbers: handed out by the authority (the local database when standalone)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.entities import Counter

TICKET_NUMBER = "ticket_number"


def next_ticket_number(session: Session) -> int:
    """Increment the counter inside the caller's transaction (row-locked on PostgreSQL)."""
    counter = session.scalar(
        select(Counter).where(Counter.name == TICKET_NUMBER).with_for_update()
    )
    if counter is None:
        counter = Counter(name=TICKET_NUMBER, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value
