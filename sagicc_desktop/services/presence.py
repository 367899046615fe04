"""Presence (U2): Busy while a ticket is open, not changeable by hand until it is left."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import Ticket, User, UserPresence
from ..store.enums import Presence
from ..store.types import utcnow
from .actor import Actor
from .errors import PermissionDenied, PresenceLocked
from .settings import get_setting
from .unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class PresenceRow:
    user_id: uuid.UUID
    display_name: str
    role: str
    status: Presence
    since: dt.datetime
    busy_ticket_id: uuid.UUID | None
    busy_ticket_number: int | None = None  # what the board shows beside Busy


def _row(session, user_id: uuid.UUID) -> UserPresence:
    row = session.get(UserPresence, user_id)
    if row is None:
        row = UserPresence(user_id=user_id, status=Presence.OFFLINE, since=utcnow())
        session.add(row)
    return row


def current(db: Database, user_id: uuid.UUID) -> Presence:
    with read_only(db) as session:
        row = session.get(UserPresence, user_id)
        return row.status if row else Presence.OFFLINE


def set_by_hand(db: Database, actor: Actor, status: Presence) -> None:
    """The user picks a presence; refused while a ticket is open (it stays Busy)."""
    with unit_of_work(db) as session:
        row = _row(session, actor.user_id)
        if row.busy_ticket_id is not None:
            raise PresenceLocked("a ticket is open")
        if row.status != status:
            row.status, row.since = status, utcnow()


AWAY_AFTER_MINUTES = "away_after_minutes"


def away_after_minutes(db: Database) -> int:
    """Idle minutes before the user shows as Away; 0 turns it off (a setting, beyond the manuals)."""
    with read_only(db) as session:
        value = get_setting(session, AWAY_AFTER_MINUTES)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def went_idle(db: Database, actor: Actor) -> bool:
    """Available -> Away when the user has not touched the application for a while.

    Busy stays Busy (a ticket is open: the agent is reading or on the phone), and Away or
    Offline chosen by hand stay as they are. True when the status changed."""
    with unit_of_work(db) as session:
        row = _row(session, actor.user_id)
        if row.status is not Presence.AVAILABLE or row.busy_ticket_id is not None:
            return False
        row.status, row.since = Presence.AWAY, utcnow()
        return True


def came_back(db: Database, actor: Actor) -> bool:
    """Away (set by went_idle) -> Available on the next keystroke or mouse move."""
    with unit_of_work(db) as session:
        row = _row(session, actor.user_id)
        if row.status is not Presence.AWAY:
            return False
        row.status, row.since = Presence.AVAILABLE, utcnow()
        return True


def enter_ticket(session, actor: Actor, ticket_id: uuid.UUID) -> None:
    row = _row(session, actor.user_id)
    if row.status != Presence.BUSY:
        row.since = utcnow()
    row.status, row.busy_ticket_id = Presence.BUSY, ticket_id


def leave_ticket(session, actor: Actor) -> None:
    row = _row(session, actor.user_id)
    row.status, row.since, row.busy_ticket_id = Presence.AVAILABLE, utcnow(), None


def everyone(db: Database, actor: Actor) -> list[PresenceRow]:
    """Supervisors and administrators see everyone's presence, since when, and the ticket of a Busy user."""
    if not actor.sees_everything:
        raise PermissionDenied("supervisors only")
    with read_only(db) as session:
        rows = session.execute(
            select(User, UserPresence, Ticket.number)
            .outerjoin(UserPresence, UserPresence.user_id == User.id)
            .outerjoin(Ticket, Ticket.id == UserPresence.busy_ticket_id)
            .where(User.is_active.is_(True), User.deleted_at.is_(None))
            .order_by(User.display_name)
        ).all()
        return [
            PresenceRow(
                u.id, u.display_name, u.role.value,
                p.status if p else Presence.OFFLINE,
                p.since if p else u.created_at,
                p.busy_ticket_id if p else None,
                number if p and p.busy_ticket_id else None,
            )
            for u, p, number in rows
        ]
