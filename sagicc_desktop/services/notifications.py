"""In-app notifications for the top bar's bell: a new assignment (O1, L2) or a reminder come due.

Each belongs to one user; only live tickets the user may still see are shown.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Notification, Ticket
from ..store.types import utcnow
from .actor import Actor
from .errors import NotFound
from .permissions import ticket_visibility
from .unit_of_work import read_only, unit_of_work

ASSIGNED, REMINDER = "assigned", "reminder"


@dataclass(frozen=True)
class NotificationRow:
    id: uuid.UUID
    kind: str
    ticket_id: uuid.UUID | None
    ticket_number: int | None
    payload: dict
    created_at: dt.datetime


def notify(session: Session, user_id: uuid.UUID, kind: str, ticket_id: uuid.UUID | None,
           payload: dict | None = None) -> Notification:
    """Queue a notification in the caller's transaction (the action that caused it)."""
    row = Notification(user_id=user_id, kind=kind, ticket_id=ticket_id, payload=dict(payload or {}))
    session.add(row)
    return row


def _unread(session: Session, actor: Actor):
    return (
        select(Notification, Ticket.number)
        .outerjoin(Ticket, Ticket.id == Notification.ticket_id)
        .where(
            Notification.user_id == actor.user_id,
            Notification.read_at.is_(None),
            Notification.deleted_at.is_(None),
            (Notification.ticket_id.is_(None))
            | (Ticket.deleted_at.is_(None) & ticket_visibility(session, actor)),
        )
    )


def unread(db: Database, actor: Actor, limit: int = 50) -> list[NotificationRow]:
    """The actor's unread notifications, newest first."""
    with read_only(db) as session:
        rows = session.execute(
            _unread(session, actor).order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit)
        ).all()
        return [NotificationRow(n.id, n.kind, n.ticket_id, number, dict(n.payload or {}), n.created_at)
                for n, number in rows]


def unread_count(db: Database, actor: Actor) -> int:
    with read_only(db) as session:
        inner = _unread(session, actor).with_only_columns(Notification.id).subquery()
        return session.scalar(select(func.count()).select_from(inner)) or 0


def mark_read(db: Database, actor: Actor, notification_id: uuid.UUID) -> None:
    """Only one's own notifications; someone else's is reported as not found."""
    with unit_of_work(db) as session:
        row = session.get(Notification, notification_id)
        if row is None or row.user_id != actor.user_id or row.deleted_at is not None:
            raise NotFound("notification")
        if row.read_at is None:
            row.read_at = utcnow()


def mark_all_read(db: Database, actor: Actor) -> int:
    with unit_of_work(db) as session:
        rows = session.scalars(select(Notification).where(
            Notification.user_id == actor.user_id, Notification.read_at.is_(None))).all()
        now = utcnow()
        for row in rows:
            row.read_at = now
        return len(rows)
