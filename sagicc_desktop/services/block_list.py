"""The block list (T2): contact values that receive nothing and are flagged wherever they appear.

A phone number is one number whether a customer lists it as a phone or a mobile, so those two
kinds are compared as one: blocking a mobile also blocks the same number listed as a phone.
The manuals do not say who may block; agents, supervisors and administrators may add a value,
only supervisors and administrators may take one off (an agent must not undo a block that may
have been put there for legal reasons), viewers change nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import BlockedContact, ContactPoint
from ..store.enums import ChangeAction, ContactKind
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, PermissionDenied, ValidationError
from .permissions import require_writer, writable_ticket
from .unit_of_work import read_only, unit_of_work

MAX_REASON = 1000
_PHONES = (ContactKind.PHONE, ContactKind.MOBILE)


def kinds_alike(kind: ContactKind) -> tuple[ContactKind, ...]:
    """The kinds a value of `kind` is compared with: phone and mobile are one number space."""
    return _PHONES if kind in _PHONES else (kind,)


def can_block(actor: Actor) -> bool:
    return not actor.read_only


def can_unblock(actor: Actor) -> bool:
    return actor.sees_everything


def require_unblocker(actor: Actor) -> None:
    require_writer(actor)
    if not can_unblock(actor):
        raise PermissionDenied("unblock_role")


# ---------------------------------------------------------------- reading (for any screen)


def _live(session: Session, kind: ContactKind, normalized_value: str) -> list[BlockedContact]:
    return list(session.scalars(select(BlockedContact).where(
        BlockedContact.kind.in_(kinds_alike(kind)),
        BlockedContact.normalized_value == normalized_value,
        BlockedContact.deleted_at.is_(None),
    )))


def is_blocked(session: Session, kind: ContactKind, normalized_value: str) -> bool:
    return bool(_live(session, kind, normalized_value))


def blocked_values(
    session: Session, pairs: Iterable[tuple[ContactKind, str]]
) -> dict[tuple[ContactKind, str], str]:
    """Which of the (kind, normalized value) pairs are blocked, each with the block's reason.

    One query for the whole list, so a tab or the composer can flag every row at once.
    """
    wanted = {(ContactKind(k), v) for k, v in pairs}
    if not wanted:
        return {}
    values = sorted({v for _k, v in wanted})
    found: dict[tuple[ContactKind, str], str] = {}
    for start in range(0, len(values), 500):  # stays under the bound-parameter limits
        rows = session.execute(
            select(BlockedContact.kind, BlockedContact.normalized_value, BlockedContact.reason).where(
                BlockedContact.normalized_value.in_(values[start:start + 500]),
                BlockedContact.deleted_at.is_(None),
            )
        ).all()
        for kind, value, reason in rows:
            for alike in kinds_alike(kind):
                if (alike, value) in wanted:
                    found[(alike, value)] = reason or ""
    return found


# ---------------------------------------------------------------- writing (in the caller's transaction)


def block_value(
    session: Session, actor: Actor, kind: ContactKind, normalized_value: str, reason: str = "",
    *, ticket_id: uuid.UUID | None = None,
) -> bool:
    """Add a value to the block list; False (and nothing written) when it is already there."""
    require_writer(actor)
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise ValidationError("too_long", field="reason", limit=MAX_REASON)
    if not normalized_value:
        raise ValidationError("empty_contact", field="value")
    if _live(session, kind, normalized_value):
        return False
    row = session.scalar(select(BlockedContact).where(
        BlockedContact.kind == kind, BlockedContact.normalized_value == normalized_value))
    if row is not None:  # unblocked once: the tombstone comes back to life
        row.deleted_at = None
        row.reason = reason
        row.created_by_id = actor.user_id
        session.flush()
    else:
        row = BlockedContact(kind=kind, normalized_value=normalized_value, reason=reason,
                             created_by_id=actor.user_id)
        session.add(row)
        session.flush()
    record(session, actor, "block_list", row.id, ChangeAction.CREATE, field=kind.value,
           new=normalized_value, ticket_id=ticket_id)
    return True


def unblock_value(
    session: Session, actor: Actor, kind: ContactKind, normalized_value: str,
    *, ticket_id: uuid.UUID | None = None,
) -> bool:
    """Take a value (as phone and as mobile, for numbers) off the block list; False if it was not on it."""
    require_unblocker(actor)
    rows = _live(session, kind, normalized_value)
    for row in rows:
        row.deleted_at = utcnow()
        record(session, actor, "block_list", row.id, ChangeAction.DELETE, field=row.kind.value,
               old=normalized_value, ticket_id=ticket_id)
    return bool(rows)


# ---------------------------------------------------------------- from a ticket's Contact tab


def _ticket_contact(session: Session, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID) -> ContactPoint:
    ticket = writable_ticket(session, actor, ticket_id)
    point = session.get(ContactPoint, contact_id)
    if point is None or point.deleted_at is not None or ticket.customer_id is None \
            or point.customer_id != ticket.customer_id:
        raise NotFound("contact_missing")
    return point


def block_contact(db: Database, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID, reason: str = "") -> bool:
    """Block the value of one of the ticket's customer's contact points; idempotent."""
    require_writer(actor)
    try:
        with unit_of_work(db) as session:
            point = _ticket_contact(session, actor, ticket_id, contact_id)
            kind, value = point.kind, point.normalized_value
            return block_value(session, actor, kind, value, reason, ticket_id=ticket_id)
    except IntegrityError:
        # Someone blocked the same value at the same moment: theirs stands, ours is a no-op.
        with read_only(db) as session:
            if is_blocked(session, kind, value):
                return False
        raise


def unblock_contact(db: Database, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID) -> bool:
    require_unblocker(actor)
    with unit_of_work(db) as session:
        point = _ticket_contact(session, actor, ticket_id, contact_id)
        return unblock_value(session, actor, point.kind, point.normalized_value, ticket_id=ticket_id)


__all__ = [
    "MAX_REASON", "block_contact", "block_value", "blocked_values", "can_block", "can_unblock",
    "is_blocked", "kinds_alike", "require_unblocker", "unblock_contact", "unblock_value",
]
