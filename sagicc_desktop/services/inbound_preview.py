"""What the held-mail screen shows: a held message read as plain text, and where released ones went.

A held message comes from a blocked sender, so the preview hands over text only: its HTML body
is reported (has_html) but never returned, and nothing in it is fetched or rendered. The text is
cut to what a reader needs to decide; releasing stores the whole message anyway. Supervisors and
administrators only, like the rest of services/inbound_held.py; `release` is release_held with
the number of the ticket it went to, which the screen tells the user.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..channels.email_parse import parse_message
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import Ticket, User
from ..store.entities.conversation import HeldMessage
from ..store.enums import ContactKind
from .actor import Actor
from .block_list import blocked_values
from .inbound import sender_key
from .inbound_held import HeldRow, list_held, raw_message, release_held
from .unit_of_work import read_only

PREVIEW_CHARS = 100_000


@dataclass(frozen=True)
class HeldEntry:
    """A row of the held list with the names the screen shows for a released one."""

    row: HeldRow
    released_by: str = ""             # display name of who released it; "" while held
    ticket_number: int | None = None  # the ticket it went to


@dataclass(frozen=True)
class HeldPreview:
    held_id: uuid.UUID
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    date: dt.datetime
    subject: str
    text: str                     # the plain-text body (or the HTML body's text), cut
    text_cut: bool                # the text was longer than PREVIEW_CHARS
    has_html: bool                # an HTML body exists; it is not shown
    attachments: tuple[tuple[str, int], ...]  # (file name, bytes)
    block_reason: str | None      # why the sender is blocked; None when no longer blocked


def list_entries(db: Database, actor: Actor, *, include_released: bool = False) -> list[HeldEntry]:
    """list_held, newest first, with who released each released message and its ticket number."""
    rows = list_held(db, actor, include_released=include_released)
    released = [r.id for r in rows if r.released_at is not None]
    outcome: dict[uuid.UUID, tuple[str | None, int | None]] = {}
    with read_only(db) as session:
        for start in range(0, len(released), 500):  # stays under the bound-parameter limits
            query = (select(HeldMessage.id, User.display_name, Ticket.number)
                     .outerjoin(User, User.id == HeldMessage.released_by_id)
                     .outerjoin(Ticket, Ticket.id == HeldMessage.released_ticket_id)
                     .where(HeldMessage.id.in_(released[start:start + 500])))
            outcome.update((held_id, (by, number)) for held_id, by, number in session.execute(query))
    entries = []
    for r in rows:
        by, number = outcome.get(r.id, (None, None))
        entries.append(HeldEntry(r, by or "", number))
    return entries


@dataclass(frozen=True)
class ReleaseOutcome:
    kind: str                       # services.inbound kind: new_ticket, continued, bounce, auto_reply
    ticket_id: uuid.UUID | None
    ticket_number: int | None


def release(db: Database, blobs: BlobStore, actor: Actor, held_id: uuid.UUID) -> ReleaseOutcome:
    """release_held, and the number of the ticket the message went to (for "joined ticket #n")."""
    result = release_held(db, blobs, actor, held_id)
    number = None
    if result.ticket_id is not None:
        with read_only(db) as session:
            number = session.scalar(select(Ticket.number).where(Ticket.id == result.ticket_id))
    return ReleaseOutcome(result.kind, result.ticket_id, number)


def preview_held(db: Database, blobs: BlobStore, actor: Actor, held_id: uuid.UUID,
                 *, max_chars: int = PREVIEW_CHARS) -> HeldPreview:
    """The held message's headers and text, parsed from its raw bytes (never its HTML)."""
    parsed = parse_message(raw_message(db, blobs, actor, held_id))  # checks the role and that it is held
    text = parsed.body_text or ""
    address = sender_key(parsed.sender_address)  # the key the block list was checked with
    reason = None
    if address:
        with read_only(db) as session:
            reason = blocked_values(session, [(ContactKind.EMAIL, address)]).get((ContactKind.EMAIL, address))
    return HeldPreview(
        held_id=held_id, sender=parsed.sender, to=tuple(parsed.to), cc=tuple(parsed.cc), date=parsed.date,
        subject=parsed.subject or "", text=text[:max_chars], text_cut=len(text) > max_chars,
        has_html=bool(parsed.body_html and parsed.body_html.strip()),
        attachments=tuple((a.filename, len(a.data)) for a in parsed.attachments), block_reason=reason,
    )


__all__ = ["HeldEntry", "HeldPreview", "PREVIEW_CHARS", "ReleaseOutcome", "list_entries", "preview_held", "release"]
