"""T5: a ticket's conversation read a page at a time, in either direction, for the timeline.

Pages are keyset pages over (occurred_at, id): each page starts from the row the previous one
ended at, so the thousandth page costs what the first does and rows arriving meanwhile never
shift or repeat a page. Every page is returned oldest first, ready to show top to bottom.

A Scope says what the timeline shows: one ticket, or (View previous interactions) every
ticket of the same customer that the actor may see, each row carrying its ticket number; both
narrowed by channel kinds and a date range. Rows are plain frozen values with what the
timeline paints (attachments and the blocked-sender flag come in one extra query each per
page, never one per row), so the view never needs a session or another query to draw.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from email.utils import getaddresses, parseaddr
from functools import lru_cache

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Attachment, Interaction, Ticket
from ..store.enums import ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus
from ..store.types import utcnow
from .actor import Actor
from .block_list import blocked_values
from .changelog import record
from .contact_data import normalise_phone
from .contacts import default_region
from .errors import NotFound, ServiceError, StaleEdit
from .permissions import read_only_reason, ticket_visibility, visible_ticket
from .unit_of_work import read_only, unit_of_work

# Above this many tickets of one customer, one IN query replaces the per-ticket pages.
MAX_MERGED_TICKETS = 100
_PHONE_KINDS = (ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS)


@dataclass(frozen=True, order=True)
class Cursor:
    """Where a page ends: the (occurred_at, id) of its first or last row; ordered as the rows are."""

    occurred_at: dt.datetime
    id: uuid.UUID


@dataclass(frozen=True)
class Scope:
    """What the timeline shows: a ticket (or its customer's visible tickets), filtered."""

    ticket_id: uuid.UUID
    customer_history: bool = False
    channel_kinds: frozenset[ChannelKind] = frozenset()  # empty: every channel
    since: dt.datetime | None = None  # inclusive
    until: dt.datetime | None = None  # exclusive


@dataclass(frozen=True)
class AttachmentChip:
    id: uuid.UUID
    filename: str
    size: int
    mime_type: str


@dataclass(frozen=True)
class TimelineRow:
    id: uuid.UUID
    ticket_id: uuid.UUID
    ticket_number: int
    occurred_at: dt.datetime
    channel_kind: ChannelKind
    direction: Direction
    status: InteractionStatus
    is_read: bool
    is_public: bool
    sender: str
    preview: str
    subject: str
    attachments: tuple[AttachmentChip, ...] = ()
    is_voice_note: bool = False
    voice_attachment_id: uuid.UUID | None = None
    voice_sha256: str | None = None  # the voice note's bytes in the blob store
    sender_blocked: bool = False
    call_duration_s: int | None = None
    call_outcome: str | None = None

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.occurred_at, self.id)

    @property
    def incoming(self) -> bool:
        return self.direction is Direction.INCOMING


@dataclass(frozen=True)
class InteractionDetail:
    """Everything of one interaction, for View more."""

    id: uuid.UUID
    ticket_id: uuid.UUID
    ticket_number: int
    occurred_at: dt.datetime
    channel_kind: ChannelKind
    direction: Direction
    status: InteractionStatus
    is_read: bool
    is_public: bool
    sender: str
    recipients: str
    cc: str
    bcc: str
    subject: str
    body_text: str
    body_html: str | None
    headers: tuple[tuple[str, str], ...]
    attachments: tuple[AttachmentChip, ...]
    message_id: str | None
    call_duration_s: int | None
    call_outcome: str | None
    is_voice_note: bool
    sender_blocked: bool
    read_only_reason: str | None  # permissions.read_only_reason for the actor and its ticket


_COLUMNS = (
    Interaction.id, Interaction.ticket_id, Interaction.occurred_at, Interaction.channel_kind,
    Interaction.direction, Interaction.status, Interaction.is_read, Interaction.is_public,
    Interaction.sender, Interaction.preview, Interaction.subject, Interaction.is_voice_note,
    Interaction.call_duration_s, Interaction.call_outcome,
)


# ---------------------------------------------------------------- scope


@dataclass(frozen=True)
class _Resolved:
    numbers: dict[uuid.UUID, int]  # ticket id -> number, every ticket in scope


def _resolve(session: Session, actor: Actor, scope: Scope) -> _Resolved:
    ticket = visible_ticket(session, actor, scope.ticket_id)
    numbers = {ticket.id: ticket.number}
    if scope.customer_history and ticket.customer_id is not None:
        rows = session.execute(
            select(Ticket.id, Ticket.number).where(
                Ticket.customer_id == ticket.customer_id, Ticket.deleted_at.is_(None),
                ticket_visibility(session, actor))
        ).all()
        numbers.update(dict(rows))
    return _Resolved(numbers)


def _filters(scope: Scope) -> list:
    where = [Interaction.deleted_at.is_(None)]
    if scope.channel_kinds:
        where.append(Interaction.channel_kind.in_(sorted(scope.channel_kinds, key=lambda k: k.value)))
    if scope.since is not None:
        where.append(Interaction.occurred_at >= scope.since)
    if scope.until is not None:
        where.append(Interaction.occurred_at < scope.until)
    return where


def _after(cursor: Cursor, newer: bool, inclusive: bool = False):
    """Rows strictly after (or before) the cursor in (occurred_at, id) order.

    Written as a range on occurred_at plus a tie-break, not as a bare OR: both SQLite and
    PostgreSQL then start the walk at the cursor on the (ticket_id, occurred_at, id) index
    instead of at the ticket's first row.
    """
    t, i = Interaction.occurred_at, Interaction.id
    if newer:
        tie = i >= cursor.id if inclusive else i > cursor.id
        return and_(t >= cursor.occurred_at, or_(t > cursor.occurred_at, tie))
    tie = i <= cursor.id if inclusive else i < cursor.id
    return and_(t <= cursor.occurred_at, or_(t < cursor.occurred_at, tie))


def _select(ticket_ids, where, newest_first: bool, limit: int):
    order = ((Interaction.occurred_at.desc(), Interaction.id.desc()) if newest_first
             else (Interaction.occurred_at.asc(), Interaction.id.asc()))
    ticket_clause = (Interaction.ticket_id == ticket_ids[0] if len(ticket_ids) == 1
                     else Interaction.ticket_id.in_(ticket_ids))
    return select(*_COLUMNS).where(ticket_clause, *where).order_by(*order).limit(limit)


def _fetch(session: Session, resolved: _Resolved, scope: Scope, cursor: Cursor | None,
           newer: bool, limit: int, inclusive: bool = False) -> list:
    """Raw rows of one page, in the order they were walked (newest first when going back)."""
    where = _filters(scope)
    if cursor is not None:
        where.append(_after(cursor, newer, inclusive))
    newest_first = not newer
    ids = sorted(resolved.numbers, key=lambda u: u.hex)
    if len(ids) == 1 or len(ids) > MAX_MERGED_TICKETS:
        return session.execute(_select(ids, where, newest_first, limit)).all()
    # Several tickets: one short page per ticket, each walked on the (ticket_id, occurred_at,
    # id) index, merged into one page. An IN over the tickets would read every matching row
    # of all of them before sorting.
    parts = [select(_select([tid], where, newest_first, limit).subquery()) for tid in ids]
    merged = union_all(*parts).subquery()
    order = ((merged.c.occurred_at.desc(), merged.c.id.desc()) if newest_first
             else (merged.c.occurred_at.asc(), merged.c.id.asc()))
    return session.execute(select(merged).order_by(*order).limit(limit)).all()


# ---------------------------------------------------------------- rows


@lru_cache(maxsize=4096)
def _phone(value: str, region: str) -> str | None:
    try:
        return normalise_phone(value, region)
    except ServiceError:
        return None


def sender_contact(channel_kind: ChannelKind, sender: str, region: str) -> tuple[ContactKind, str] | None:
    """The sender as a (kind, normalised value) pair the block list compares; None for names."""
    if channel_kind is ChannelKind.EMAIL:
        address = parseaddr(sender or "")[1].strip().lower()
        return (ContactKind.EMAIL, address) if "@" in address else None
    if channel_kind in _PHONE_KINDS and sender:
        value = _phone(sender, region)
        return (ContactKind.PHONE, value) if value else None
    return None


def _blocked_senders(session: Session, pairs: set[tuple[ContactKind, str]]) -> set[tuple[ContactKind, str]]:
    return set(blocked_values(session, pairs)) if pairs else set()


def _chips(session: Session, interaction_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple]]:
    """Live attachments of the given interactions, in one query."""
    out: dict[uuid.UUID, list[tuple]] = {}
    if not interaction_ids:
        return out
    rows = session.execute(
        select(Attachment.interaction_id, Attachment.id, Attachment.filename, Attachment.size,
               Attachment.mime_type, Attachment.blob_sha256)
        .where(Attachment.interaction_id.in_(interaction_ids), Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at, Attachment.id)
    ).all()
    for interaction_id, *rest in rows:
        out.setdefault(interaction_id, []).append(tuple(rest))
    return out


def _is_audio(mime: str) -> bool:
    return (mime or "").lower().startswith("audio/")


def _rows(session: Session, resolved: _Resolved, raw: list) -> list[TimelineRow]:
    if not raw:
        return []
    chips = _chips(session, [r.id for r in raw])
    region = default_region(session)
    contacts = {r.id: sender_contact(r.channel_kind, r.sender, region) for r in raw}
    blocked = _blocked_senders(session, {c for c in contacts.values() if c})
    rows = []
    for r in raw:
        files = chips.get(r.id, [])
        voice = next((f for f in files if _is_audio(f[3])), None) if r.is_voice_note else None
        rows.append(TimelineRow(
            id=r.id, ticket_id=r.ticket_id, ticket_number=resolved.numbers.get(r.ticket_id, 0),
            occurred_at=r.occurred_at, channel_kind=r.channel_kind, direction=r.direction,
            status=r.status, is_read=bool(r.is_read), is_public=bool(r.is_public), sender=r.sender or "",
            preview=r.preview or "", subject=r.subject or "",
            attachments=tuple(AttachmentChip(f[0], f[1], f[2], f[3]) for f in files),
            is_voice_note=bool(r.is_voice_note),
            voice_attachment_id=voice[0] if voice else None, voice_sha256=voice[4] if voice else None,
            sender_blocked=contacts[r.id] in blocked if contacts[r.id] else False,
            call_duration_s=r.call_duration_s, call_outcome=r.call_outcome,
        ))
    return rows


def _page(db: Database, actor: Actor, scope: Scope, cursor: Cursor | None, newer: bool, limit: int,
          inclusive: bool = False) -> list[TimelineRow]:
    with read_only(db) as session:
        resolved = _resolve(session, actor, scope)
        raw = _fetch(session, resolved, scope, cursor, newer, max(1, limit), inclusive)
        if not newer:
            raw = list(reversed(raw))
        return _rows(session, resolved, raw)


# ---------------------------------------------------------------- paging (each page oldest first)


def newest_page(db: Database, actor: Actor, scope: Scope, limit: int = 50) -> list[TimelineRow]:
    """The newest `limit` rows: what the timeline opens on."""
    return _page(db, actor, scope, None, False, limit)


def oldest_page(db: Database, actor: Actor, scope: Scope, limit: int = 50) -> list[TimelineRow]:
    """The first `limit` rows: jump to start."""
    return _page(db, actor, scope, None, True, limit)


def older_than(db: Database, actor: Actor, scope: Scope, cursor: Cursor, limit: int = 50) -> list[TimelineRow]:
    """The `limit` rows just before `cursor` (scrolling up)."""
    return _page(db, actor, scope, cursor, False, limit)


def newer_than(db: Database, actor: Actor, scope: Scope, cursor: Cursor, limit: int = 50,
               *, inclusive: bool = False) -> list[TimelineRow]:
    """The `limit` rows just after `cursor` (scrolling down); with inclusive, from the cursor's row on."""
    return _page(db, actor, scope, cursor, True, limit, inclusive)


def count(db: Database, actor: Actor, scope: Scope) -> int:
    """How many rows the scope holds (reads them all: not for the open path)."""
    with read_only(db) as session:
        resolved = _resolve(session, actor, scope)
        return session.scalar(
            select(func.count()).select_from(Interaction)
            .where(Interaction.ticket_id.in_(list(resolved.numbers)), *_filters(scope))) or 0


def row(db: Database, actor: Actor, scope: Scope, interaction_id: uuid.UUID) -> TimelineRow | None:
    """One row as the timeline shows it; None when it is not (or no longer) in the scope."""
    with read_only(db) as session:
        resolved = _resolve(session, actor, scope)
        raw = session.execute(
            select(*_COLUMNS).where(Interaction.id == interaction_id,
                                    Interaction.ticket_id.in_(list(resolved.numbers)), *_filters(scope))
        ).all()
        rows = _rows(session, resolved, raw)
        return rows[0] if rows else None


def around(db: Database, actor: Actor, scope: Scope, interaction_id: uuid.UUID,
           limit: int = 50) -> list[TimelineRow]:
    """A page centred on one interaction (empty when it is not in the scope)."""
    target = row(db, actor, scope, interaction_id)
    if target is None:
        return []
    half = max(1, limit // 2)
    before = older_than(db, actor, scope, target.cursor, half)
    after = newer_than(db, actor, scope, target.cursor, limit - half - 1)
    return [*before, target, *after]


# ---------------------------------------------------------------- View more


def _headers(raw) -> tuple[tuple[str, str], ...]:
    out = []
    for item in raw or []:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            out.append((str(item[0]), str(item[1])))
    return tuple(out)


def full_interaction(db: Database, actor: Actor, interaction_id: uuid.UUID) -> InteractionDetail:
    """The whole interaction; an incoming one not read yet becomes read (by whoever opens it
    and may change the ticket: viewers and closed tickets leave it as it was)."""
    try:
        return _full(db, actor, interaction_id, mark_read=True)
    except StaleEdit:  # someone else marked it (or changed it) at the same moment
        return _full(db, actor, interaction_id, mark_read=False)


def _full(db: Database, actor: Actor, interaction_id: uuid.UUID, *, mark_read: bool) -> InteractionDetail:
    with unit_of_work(db) as session:
        i = session.get(Interaction, interaction_id)
        if i is None or i.deleted_at is not None:
            raise NotFound("interaction")
        ticket = visible_ticket(session, actor, i.ticket_id)
        reason = read_only_reason(actor, ticket)
        if mark_read and reason is None and i.direction is Direction.INCOMING and not i.is_read:
            old = i.status
            i.is_read, i.status, i.updated_at = True, InteractionStatus.READ, utcnow()
            record(session, actor, "interaction", i.id, ChangeAction.UPDATE, field="status",
                   old=old, new=InteractionStatus.READ, ticket_id=i.ticket_id)
            session.flush()
        files = _chips(session, [i.id]).get(i.id, [])
        contact = sender_contact(i.channel_kind, i.sender, default_region(session))
        blocked = bool(contact) and bool(_blocked_senders(session, {contact}))
        return InteractionDetail(
            id=i.id, ticket_id=i.ticket_id, ticket_number=ticket.number, occurred_at=i.occurred_at,
            channel_kind=i.channel_kind, direction=i.direction, status=i.status, is_read=i.is_read,
            is_public=i.is_public, sender=i.sender or "", recipients=i.recipients or "", cc=i.cc or "",
            bcc=i.bcc or "", subject=i.subject or "", body_text=i.body_text or "", body_html=i.body_html,
            headers=_headers(i.headers), attachments=tuple(AttachmentChip(f[0], f[1], f[2], f[3]) for f in files),
            message_id=i.message_id, call_duration_s=i.call_duration_s, call_outcome=i.call_outcome,
            is_voice_note=i.is_voice_note, sender_blocked=blocked, read_only_reason=reason,
        )


def addresses(text: str) -> list[str]:
    """The addresses of a To/CC/BCC line, for showing one per chip or line."""
    return [f"{n} <{a}>" if n else a for n, a in getaddresses([text or ""]) if a]


__all__ = [
    "AttachmentChip", "Cursor", "InteractionDetail", "Scope", "TimelineRow", "addresses", "around",
    "count", "full_interaction", "newer_than", "newest_page", "older_than", "oldest_page", "row",
    "sender_contact",
]
