"""Incoming e-mail kept aside (H1): a blocked sender's messages wait here, flagged, not on a ticket.

The raw message is kept in the blob store, so nothing is lost: a supervisor (or an
administrator) may release one, which stores it as if it had just arrived (the block is not
checked again: releasing is the decision to let it in), or discard it (a tombstone; the
Message-ID stays known, so the same message fetched again is still a duplicate).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..channels.email_parse import ParsedMessage, parse_message
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import Blob, Channel
from ..store.entities.conversation import HeldMessage
from ..store.enums import ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, PermissionDenied, ValidationError
from .permissions import require_writer
from .unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class HeldRow:
    id: uuid.UUID
    channel_id: uuid.UUID
    channel_name: str
    sender: str
    sender_address: str
    subject: str
    received_at: dt.datetime
    reason: str
    size: int
    released_at: dt.datetime | None
    released_ticket_id: uuid.UUID | None


def can_release(actor: Actor) -> bool:
    return actor.sees_everything and not actor.read_only


def _require_releaser(actor: Actor) -> None:
    require_writer(actor)
    if not can_release(actor):
        raise PermissionDenied("release_role")


def hold(session: Session, blobs: BlobStore, channel_id: uuid.UUID, parsed: ParsedMessage,
         address: str, reason: str) -> HeldMessage:
    """Keep a message aside with its raw bytes (in the caller's transaction)."""
    sha, size = blobs.put_bytes(parsed.raw)
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=size))
        session.flush()
    row = HeldMessage(channel_id=channel_id, message_id=parsed.message_id, sender=parsed.sender[:500],
                      sender_address=address[:500], subject=(parsed.subject or "")[:998],
                      received_at=min(parsed.date, utcnow()), reason=reason, raw_sha256=sha, size=size)
    session.add(row)
    session.flush()
    record(session, None, "held_message", row.id, ChangeAction.CREATE, field="reason", new=reason)
    return row


def list_held(db: Database, actor: Actor, *, include_released: bool = False, limit: int = 500) -> list[HeldRow]:
    """The messages kept aside, newest first (supervisors and administrators)."""
    if not actor.sees_everything:
        raise PermissionDenied("release_role")
    with read_only(db) as session:
        query = (select(HeldMessage, Channel.name).join(Channel, Channel.id == HeldMessage.channel_id)
                 .where(HeldMessage.deleted_at.is_(None)))
        if not include_released:
            query = query.where(HeldMessage.released_at.is_(None))
        rows = session.execute(query.order_by(HeldMessage.created_at.desc(), HeldMessage.id.desc()).limit(limit))
        return [HeldRow(h.id, h.channel_id, name, h.sender, h.sender_address, h.subject, h.received_at,
                        h.reason, h.size, h.released_at, h.released_ticket_id) for h, name in rows]


def raw_message(db: Database, blobs: BlobStore, actor: Actor, held_id: uuid.UUID) -> bytes:
    """The held message's bytes as they arrived (for "View more" before deciding)."""
    if not actor.sees_everything:
        raise PermissionDenied("release_role")
    with read_only(db) as session:
        sha = _live(session, held_id).raw_sha256
    return blobs.read(sha)


def _live(session: Session, held_id: uuid.UUID) -> HeldMessage:
    row = session.get(HeldMessage, held_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("held_message")
    return row


def release_held(db: Database, blobs: BlobStore, actor: Actor, held_id: uuid.UUID):
    """Let a held message through: stored as if it had just arrived; returns the InboundResult."""
    from .inbound import _log, _put_attachments, ingest

    _require_releaser(actor)
    with read_only(db) as session:
        held = _live(session, held_id)
        if held.released_at is not None:
            raise ValidationError("already_released")
        sha, channel_id = held.raw_sha256, held.channel_id
        limit = session.get(Channel, channel_id).max_attachment_bytes
    parsed = parse_message(blobs.read(sha))
    stored = _put_attachments(blobs, parsed, limit)
    with unit_of_work(db) as session:
        held = _live(session, held_id)
        if held.released_at is not None:
            raise ValidationError("already_released")
        result = ingest(session, blobs, channel_id, parsed, stored, releasing=held)
        if result.kind == "rejected":  # e.g. the channel lost its campaign: it stays held
            raise ValidationError("release_refused", value=result.reason)
        held.released_at = utcnow()
        held.released_by_id = actor.user_id
        held.released_ticket_id = result.ticket_id
        record(session, actor, "held_message", held.id, ChangeAction.UPDATE, field="released",
               new=result.kind, ticket_id=result.ticket_id)
    _log(channel_id, parsed, result)
    return result


def discard_held(db: Database, actor: Actor, held_id: uuid.UUID) -> None:
    """Drop a held message for good (a tombstone: fetched again, it is still a duplicate)."""
    _require_releaser(actor)
    with unit_of_work(db) as session:
        held = _live(session, held_id)
        held.deleted_at = utcnow()
        record(session, actor, "held_message", held.id, ChangeAction.DELETE, field="reason", old=held.reason)
