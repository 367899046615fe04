"""Incoming e-mail (H1 in): one parsed message becomes a ticket, a reply, or a clear refusal.

Rules (docs/email-in.md tells them in full):
- Idempotent: a Message-ID already stored for the channel (as an interaction or a held
  message) is a duplicate and writes nothing, so fetching a message twice stores it once.
- Threading: In-Reply-To, then References (newest first), matched against the Message-IDs
  of stored interactions; else a ticket number written "[#1234]" in the subject; else a new
  ticket in the channel's inbound campaign, for the customer found by the sender's address
  among the e-mail contact points (created when nobody has it).
- A reply to a closed ticket opens a new ticket related to the closed one (a closed ticket
  stays as it was closed); a reply to a resolved ticket puts it back in progress.
- A blocked sender's message is held aside with its raw bytes, for a supervisor to release.
- A bounce goes to the ticket of the message it reports on, and that outgoing interaction is
  marked failed; a bounce about a message we never sent is refused.
- An automatic reply is stored and marked; it never opens a new ticket when it answers one of
  ours (and never reopens a ticket); one that cannot be threaded is kept like a new message.

store_message stores one message in one unit of work. store_batch stores a fetched batch in
one unit of work (one durable commit instead of fifty), the IMAP cursor moving in the same one;
a message that fails there is rolled back alone, to its savepoint, and the others are stored.
"""

from __future__ import annotations

import functools
import logging
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..channels.email_parse import ParsedAttachment, ParsedMessage
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import (
    Attachment, Blob, Channel, ContactPoint, Customer, Interaction, Ticket, TicketRelation,
)
from ..store.entities.conversation import HeldMessage
from ..store.enums import (
    AttachmentSource, ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus,
    Priority, TicketStatus, TicketType,
)
from ..store.types import new_id, utcnow
from .changelog import record
from .contact_data import normalise_email
from .errors import ValidationError
from .inbound_context import IngestContext, duplicates_of, inbound_campaign
from .inbound_cursor import ImapCursor, save_cursor, write_cursor
from .text import search_name
from .unit_of_work import read_only, unit_of_work

log = logging.getLogger(__name__)

NEW_TICKET, CONTINUED, DUPLICATE, HELD = "new_ticket", "continued", "duplicate", "held"
BOUNCE, AUTO_REPLY, REJECTED = "bounce", "auto_reply", "rejected"
KINDS = (NEW_TICKET, CONTINUED, DUPLICATE, HELD, BOUNCE, AUTO_REPLY, REJECTED)
# store_batch only: this message could not be stored this time (nothing of it was written, and
# the cursor stays before it); reason is the error. The caller tries it again or gives up on it.
FAILED = "failed"

# Interaction.automated values.
AUTOMATED_BOUNCE, AUTOMATED_AUTO_REPLY = "bounce", "auto_reply"

# Why a message was refused or held (InboundResult.reason, the log and HeldMessage.reason).
TOO_LARGE = "too_large"
NO_SENDER = "no_sender"
NO_CAMPAIGN = "no_campaign"
UNKNOWN_CHANNEL = "unknown_channel"
BOUNCE_WITHOUT_ORIGINAL = "bounce_without_original"
BLOCKED_SENDER = "blocked_sender"

PREVIEW_CHARS = 200
MAX_DESCRIPTION = 20_000
MAX_SUBJECT = 300
_TICKET_NUMBER = re.compile(r"\[#(\d{1,9})\]")


@dataclass(frozen=True)
class InboundResult:
    kind: str
    ticket_id: uuid.UUID | None = None
    interaction_id: uuid.UUID | None = None
    reason: str = ""
    held_id: uuid.UUID | None = None


@dataclass(frozen=True)
class _Stored:
    """An attachment whose bytes are already in the blob store."""

    part: ParsedAttachment
    sha256: str
    size: int


# ---------------------------------------------------------------- entry points


def store_message(db: Database, blobs: BlobStore, channel_id: uuid.UUID, parsed: ParsedMessage,
                  *, cursor: ImapCursor | None = None) -> InboundResult:
    """Store one incoming message in one transaction; the cursor (if any) moves with it.

    Never writes anything twice for the same (channel, Message-ID). Attachment bytes go to the
    blob store before the transaction (content-addressed: a rolled-back message leaves at most
    an unreferenced blob, never a row without its bytes). Raises when it cannot be stored.
    """
    if parsed.refused:
        result = InboundResult(REJECTED, reason=parsed.refused)
        if cursor is not None:
            save_cursor(db, channel_id, cursor)
        _log(channel_id, parsed, result)
        return result
    stored: list[_Stored] = []
    if parsed.attachments:  # a duplicate's bytes need not be hashed and copied again
        with read_only(db) as session:
            duplicate = _duplicate(session, channel_id, parsed.message_id)
            limit = _attachment_limit(session, channel_id)
        if duplicate:
            result = InboundResult(DUPLICATE, reason="message_id")
            if cursor is not None:
                save_cursor(db, channel_id, cursor)
            _log(channel_id, parsed, result)
            return result
        stored = _put_attachments(blobs, parsed, limit)
    with unit_of_work(db) as session:
        result = ingest(session, blobs, channel_id, parsed, stored)
        if cursor is not None:
            write_cursor(session, channel_id, cursor)
    _log(channel_id, parsed, result)
    return result


def store_batch(db: Database, blobs: BlobStore, channel_id: uuid.UUID, messages: Sequence[ParsedMessage],
                *, cursor: ImapCursor | None = None,
                cursors: Sequence[ImapCursor | None] | None = None) -> list[InboundResult]:
    """Store a batch of messages of one channel in one transaction; one result per message, in order.

    Exactly what store_message would do for each in turn (a reply to a message earlier in the
    batch continues its ticket, a Message-ID twice in the batch is stored once), with one
    durable commit. The cursor moves in the same transaction: to `cursor` (default: the last of
    `cursors`) when every message is done, else to ``cursors[i]`` of the last message before
    the first one that failed. A message that fails gets kind FAILED: it was rolled back alone
    (a savepoint each) and logged with its traceback; the others are stored.

    Raises only when the batch cannot be written at all (e.g. the database is unreachable).
    """
    messages = list(messages)
    if cursors is not None:
        if len(cursors) != len(messages):
            raise ValueError("store_batch needs one cursor per message")
        if cursor is None and cursors:
            cursor = cursors[-1]
    results: list[InboundResult | None] = [
        InboundResult(REJECTED, reason=m.refused) if m.refused else None for m in messages]
    stored = _batch_attachments(db, blobs, channel_id, messages, results)
    todo = [i for i, result in enumerate(results) if result is None]
    try:
        _store_together(db, blobs, channel_id, messages, stored, results, todo, cursor, cursors)
    except Exception as exc:  # one of them is bad, or the database refused: find out one by one
        log.warning("%d e-mails on channel %s could not be stored together (%s); storing them one by one",
                    len(todo), channel_id.hex, _error_text(exc))
        for i in todo:
            results[i] = None
        _store_one_by_one(db, blobs, channel_id, messages, stored, results, todo, cursor, cursors)
    for message, result in zip(messages, results):
        _log(channel_id, message, result)
    return results  # type: ignore[return-value]


def _store_together(db: Database, blobs: BlobStore, channel_id: uuid.UUID, messages: list[ParsedMessage],
                    stored: dict[int, list[_Stored]], results: list, todo: list[int],
                    cursor: ImapCursor | None, cursors: Sequence[ImapCursor | None] | None) -> None:
    """The usual way: the batch's questions asked at once, its rows written at once."""
    with unit_of_work(db) as session:
        context = IngestContext(session)
        batch = [messages[i] for i in todo]
        with session.no_autoflush:
            context.prefetch(channel_id, batch, [sender_key(m.sender_address) for m in batch],
                             {s.sha256 for i in todo for s in stored.get(i, ())})
        for i in todo:
            results[i] = ingest(session, blobs, channel_id, messages[i], stored.get(i, []), context=context)
        context.write()
        _move_cursor(session, channel_id, results, cursor, cursors)


def _store_one_by_one(db: Database, blobs: BlobStore, channel_id: uuid.UUID, messages: list[ParsedMessage],
                      stored: dict[int, list[_Stored]], results: list, todo: list[int],
                      cursor: ImapCursor | None, cursors: Sequence[ImapCursor | None] | None) -> None:
    """After a failed batch: still one transaction, each message in a savepoint of its own."""
    with unit_of_work(db) as session:
        _begin_for_savepoints(session)
        for i in todo:
            try:
                with session.begin_nested():
                    results[i] = ingest(session, blobs, channel_id, messages[i], stored.get(i, []))
            except Exception as exc:
                log.exception("e-mail %s on channel %s could not be stored", messages[i].message_id,
                              channel_id.hex)
                results[i] = InboundResult(FAILED, reason=_error_text(exc))
        _move_cursor(session, channel_id, results, cursor, cursors)


def _begin_for_savepoints(session: Session) -> None:
    """Open the transaction on SQLite before the first SAVEPOINT.

    Python's sqlite3 module begins a transaction only at the first write; a SAVEPOINT taken
    before that opens one of its own, and its RELEASE commits it, message by message. BEGIN
    IMMEDIATE also takes the write lock at once, so the reads see what the writes will change.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    if not getattr(connection.connection.dbapi_connection, "in_transaction", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _move_cursor(session: Session, channel_id: uuid.UUID, results: list, cursor: ImapCursor | None,
                 cursors: Sequence[ImapCursor | None] | None) -> None:
    failed = next((i for i, result in enumerate(results) if result is None or result.kind == FAILED), None)
    if failed is None:
        target = cursor
    elif cursors is not None and failed > 0:
        target = cursors[failed - 1]
    else:
        target = None
    if target is not None:
        write_cursor(session, channel_id, target)


def _batch_attachments(db: Database, blobs: BlobStore, channel_id: uuid.UUID, messages: list[ParsedMessage],
                       results: list) -> dict[int, list[_Stored]]:
    """Attachment bytes into the blob store before the transaction, except for known duplicates."""
    wanted = [i for i, result in enumerate(results) if result is None and messages[i].attachments]
    if not wanted:
        return {}
    with read_only(db) as session:
        known = duplicates_of(session, channel_id, [messages[i].message_id for i in wanted])
        limit = _attachment_limit(session, channel_id)
    stored: dict[int, list[_Stored]] = {}
    for i in wanted:
        if messages[i].message_id in known:
            continue  # the transaction finds it a duplicate
        try:
            stored[i] = _put_attachments(blobs, messages[i], limit)
        except Exception as exc:
            log.exception("e-mail %s: its attachments could not be kept", messages[i].message_id)
            results[i] = InboundResult(FAILED, reason=_error_text(exc))
    return stored


def _attachment_limit(session: Session, channel_id: uuid.UUID) -> int | None:
    channel = session.get(Channel, channel_id)
    return channel.max_attachment_bytes if channel is not None else None


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


def _log(channel_id: uuid.UUID, parsed: ParsedMessage, result: InboundResult) -> None:
    what = f"e-mail {parsed.message_id} from {parsed.sender_address or '(no sender)'} on channel {channel_id.hex}"
    if result.kind == REJECTED:
        log.warning("%s refused: %s", what, result.reason)
    elif result.kind == HELD:
        log.warning("%s held aside: %s", what, result.reason)
    elif result.kind == FAILED:
        pass  # logged with its traceback where it failed
    elif result.kind == DUPLICATE:
        log.info("%s already stored", what)
    else:
        log.info("%s stored: %s (ticket %s)", what, result.kind, result.ticket_id)


def _put_attachments(blobs: BlobStore, parsed: ParsedMessage, limit: int | None) -> list[_Stored]:
    stored = []
    for part in parsed.attachments:
        if not part.data:
            continue
        if limit and len(part.data) > limit:
            log.warning("e-mail %s: attachment %s of %d bytes left out (channel limit %d)",
                        parsed.message_id, part.filename, len(part.data), limit)
            continue
        sha, size = blobs.put_bytes(part.data)
        stored.append(_Stored(part, sha, size))
    return stored


# ---------------------------------------------------------------- the decisions, in the caller's transaction


def ingest(session: Session, blobs: BlobStore, channel_id: uuid.UUID, parsed: ParsedMessage,
           stored: list[_Stored], *, releasing: HeldMessage | None = None,
           context: IngestContext | None = None) -> InboundResult:
    """Where the message goes; writes it there. `releasing`: a held message being let through.

    With a `context` (a batch), the new rows wait in it for its write(); without one they are
    written (flushed) before this returns.
    """
    own = context is None
    context = IngestContext(session) if own else context
    with session.no_autoflush:
        result = _decide(context, blobs, channel_id, parsed, stored, releasing)
    if own:
        context.write()
    return result


def _decide(ctx: IngestContext, blobs: BlobStore, channel_id: uuid.UUID, parsed: ParsedMessage,
            stored: list[_Stored], releasing: HeldMessage | None) -> InboundResult:
    session = ctx.session
    channel = ctx.channel(channel_id)
    if channel is None or channel.deleted_at is not None or channel.kind is not ChannelKind.EMAIL:
        return InboundResult(REJECTED, reason=UNKNOWN_CHANNEL)
    if releasing is not None:
        duplicate = _duplicate(session, channel_id, parsed.message_id, releasing=releasing)
    else:
        duplicate = ctx.is_duplicate(channel_id, parsed.message_id)
    if duplicate:
        return InboundResult(DUPLICATE, reason="message_id")
    address = sender_key(parsed.sender_address)
    if releasing is None and address and ctx.is_blocked(address):
        from .inbound_held import hold

        held = hold(session, blobs, channel_id, parsed, address, BLOCKED_SENDER)
        ctx.remember_message(channel_id, parsed.message_id)
        return InboundResult(HELD, reason=BLOCKED_SENDER, held_id=held.id)
    if parsed.bounce is not None:
        return _bounce(ctx, channel, parsed, stored)
    automated = AUTOMATED_AUTO_REPLY if parsed.auto_reply else None
    ticket = _thread(ctx, parsed)
    if ticket is not None and (automated or ticket.status is not TicketStatus.CLOSED):
        if automated is None and ticket.status is TicketStatus.RESOLVED:
            _reopen(session, ticket)
        interaction = _interaction(ctx, channel, ticket, parsed, stored, automated)
        return InboundResult(AUTO_REPLY if automated else CONTINUED, ticket.id, interaction.id)
    if not address:
        return InboundResult(REJECTED, reason=NO_SENDER)
    closed = ticket
    if closed is not None:
        campaign_id, customer_id = closed.campaign_id, closed.customer_id
        if customer_id is None:
            customer_id = _find_or_create_customer(ctx, parsed, address)
    else:
        campaign_id = ctx.inbound_campaign(channel.id)
        if campaign_id is None:
            return InboundResult(REJECTED, reason=NO_CAMPAIGN)
        customer_id = _find_or_create_customer(ctx, parsed, address)
    ticket = _new_ticket(ctx, campaign_id, customer_id, parsed)
    if closed is not None:
        _relate(ctx, ticket, closed)
    interaction = _interaction(ctx, channel, ticket, parsed, stored, automated)
    return InboundResult(AUTO_REPLY if automated else NEW_TICKET, ticket.id, interaction.id)


def _duplicate(session: Session, channel_id: uuid.UUID, message_id: str,
               *, releasing: HeldMessage | None = None) -> bool:
    """Whether the channel already has this Message-ID, stored or held (one query for both)."""
    held = select(HeldMessage.id).where(HeldMessage.message_id == message_id, HeldMessage.channel_id == channel_id)
    if releasing is not None:
        held = held.where(HeldMessage.id != releasing.id)
    stored = select(Interaction.id).where(Interaction.message_id == message_id, Interaction.channel_id == channel_id)
    return session.execute(stored.union_all(held).limit(1)).first() is not None


@functools.lru_cache(maxsize=4096)  # the same senders write again and again; validating costs 0.2 ms
def sender_key(address: str) -> str:
    """The sender's address as contact points and the block list store it ('' if none)."""
    address = (address or "").strip()
    if "@" not in address:
        return ""
    try:
        return normalise_email(address)
    except ValidationError:
        return address.lower()[:500]  # odd but real: still the key to find them again


# ---------------------------------------------------------------- threading


def _live_ticket(ctx: IngestContext, ticket_id: uuid.UUID | None) -> Ticket | None:
    """The ticket, or the one it was merged into; None when it is gone."""
    for _ in range(10):
        ticket = ctx.ticket(ticket_id) if ticket_id is not None else None
        if ticket is None:
            return None
        if ticket.merged_into_id is not None:
            ticket_id = ticket.merged_into_id
            continue
        return None if ticket.deleted_at is not None else ticket
    return None


def _thread(ctx: IngestContext, parsed: ParsedMessage) -> Ticket | None:
    wanted = []
    if parsed.in_reply_to:
        wanted.append(parsed.in_reply_to)
    wanted += [r for r in reversed(parsed.references) if r not in wanted]
    if wanted:
        found = ctx.tickets_of(wanted[:100])
        for message_id in wanted:
            ticket = _live_ticket(ctx, found.get(message_id))
            if ticket is not None:
                return ticket
    for number in _TICKET_NUMBER.findall(parsed.subject or ""):
        ticket = _live_ticket(ctx, ctx.ticket_id_by_number(int(number)))
        if ticket is not None:
            return ticket
    return None


def thread_ticket(session: Session, parsed: ParsedMessage) -> Ticket | None:
    """The ticket a message continues: by its threading headers, else by "[#number]"."""
    return _thread(IngestContext(session), parsed)


# ---------------------------------------------------------------- customers


def _live_customer(ctx: IngestContext, customer_id: uuid.UUID | None) -> Customer | None:
    for _ in range(10):
        customer = ctx.customer(customer_id) if customer_id is not None else None
        if customer is None:
            return None
        if customer.merged_into_id is not None:
            customer_id = customer.merged_into_id
            continue
        return None if customer.deleted_at is not None else customer
    return None


def _find_customer(ctx: IngestContext, address: str) -> Customer | None:
    for customer_id in ctx.customer_ids(address):
        customer = _live_customer(ctx, customer_id)
        if customer is not None:
            return customer
    return None


def find_customer(session: Session, address: str) -> Customer | None:
    """The customer whose e-mail contact point is `address` (normalised): primary first."""
    return _find_customer(IngestContext(session), address)


def names_from(display_name: str, address: str) -> dict[str, str]:
    """First, middle and last names from "Ana María Pérez"; the mailbox name when none."""
    text = display_name or ""
    if "@" in text or not text.strip():
        text = re.sub(r"[._+-]+", " ", (address or "").split("@", 1)[0]).title()
    words = [w.strip('"\'(),') for w in text.split() if w.strip('"\'(),')]
    if not words:
        return {"first_name": (address or "?")[:120]}
    out = {"first_name": words[0][:120]}
    if len(words) >= 2:
        out["last_name"] = words[-1][:120]
    if len(words) >= 3:
        out["middle_name"] = " ".join(words[1:-1])[:120]
    return out


def _find_or_create_customer(ctx: IngestContext, parsed: ParsedMessage, address: str) -> uuid.UUID:
    customer = _find_customer(ctx, address)
    if customer is not None:
        return customer.id
    names = names_from(parsed.sender_name, parsed.sender_address)
    customer = Customer(id=new_id(), **names, search_name=search_name(*names.values()))
    ctx.add_customer(address, customer)
    ctx.add(ContactPoint(id=new_id(), customer_id=customer.id, kind=ContactKind.EMAIL,
                         value=parsed.sender_address.strip()[:500], normalized_value=address, is_primary=True))
    record(ctx.session, None, "customer", customer.id, ChangeAction.CREATE, field="email", new=address)
    return customer.id


def find_or_create_customer(session: Session, parsed: ParsedMessage, address: str) -> uuid.UUID:
    context = IngestContext(session)
    customer_id = _find_or_create_customer(context, parsed, address)
    context.write()
    return customer_id


# ---------------------------------------------------------------- writing


def _new_ticket(ctx: IngestContext, campaign_id: uuid.UUID, customer_id: uuid.UUID | None,
                parsed: ParsedMessage) -> Ticket:
    """A new ticket, staged: the context numbers it and logs its creation when it writes."""
    now = utcnow()
    ticket = Ticket(
        id=new_id(), campaign_id=campaign_id, customer_id=customer_id,
        subject=(parsed.subject or "").strip()[:MAX_SUBJECT], description=parsed.body_text[:MAX_DESCRIPTION],
        ticket_type=TicketType.QUESTION, priority=Priority.MEDIUM, origin_channel=ChannelKind.EMAIL,
        status=TicketStatus.NEW, created_at=now, updated_at=now,
        expected_solution_at=ctx.expected_solution(campaign_id, now),
    )
    ctx.add(ticket)
    return ticket


def _relate(ctx: IngestContext, ticket: Ticket, closed: Ticket) -> None:
    relation = TicketRelation(id=new_id(), ticket_id=ticket.id, related_ticket_id=closed.id)
    ctx.add(relation)
    record(ctx.session, None, "ticket_relation", relation.id, ChangeAction.RELATE, field="related_ticket",
           new=f"#{closed.number}", ticket_id=ticket.id)


def _reopen(session: Session, ticket: Ticket) -> None:
    old = ticket.status
    ticket.status = TicketStatus.IN_PROGRESS
    record(session, None, "ticket", ticket.id, ChangeAction.UPDATE, field="status", old=old,
           new=ticket.status, ticket_id=ticket.id)


def _interaction(ctx: IngestContext, channel: Channel, ticket: Ticket, parsed: ParsedMessage,
                 stored: list[_Stored], automated: str | None) -> Interaction:
    now = utcnow()
    occurred = min(parsed.date, now)
    headers = [list(h) for h in parsed.headers]
    headers += [["X-Sagicc-Defect", d[:500]] for d in parsed.defects[:20]]
    row = Interaction(
        id=new_id(), ticket_id=ticket.id, customer_id=ticket.customer_id, channel_id=channel.id,
        channel_kind=ChannelKind.EMAIL, direction=Direction.INCOMING, status=InteractionStatus.RECEIVED,
        is_read=False, occurred_at=occurred, created_at=now, updated_at=now,
        sender=parsed.sender[:500], recipients=", ".join(parsed.to), cc=", ".join(parsed.cc),
        subject=(parsed.subject or "")[:998], body_text=parsed.body_text, body_html=parsed.body_html,
        preview=" ".join(parsed.body_text.split())[:PREVIEW_CHARS] or (parsed.subject or "")[:PREVIEW_CHARS],
        message_id=parsed.message_id, in_reply_to=parsed.in_reply_to,
        references=" ".join(parsed.references) or None, headers=headers, automated=automated,
    )
    ctx.add(row)
    _attach(ctx, ticket, row, stored)
    if ticket.last_interaction_at is None or ticket.last_interaction_at < occurred:
        ticket.last_interaction_at = occurred
    ticket.updated_at = now
    customer = _live_customer(ctx, ticket.customer_id)
    if customer is not None and (customer.last_interaction_at is None or customer.last_interaction_at < occurred):
        customer.last_interaction_at = occurred
    return row


def _attach(ctx: IngestContext, ticket: Ticket, row: Interaction, stored: list[_Stored]) -> None:
    if not stored:
        return
    known = ctx.known_blobs({s.sha256 for s in stored})
    for item in stored:
        if item.sha256 not in known:
            ctx.add(Blob(sha256=item.sha256, size=item.size))
            known.add(item.sha256)
    for item in stored:
        ctx.add(Attachment(
            id=new_id(), ticket_id=ticket.id, interaction_id=row.id, blob_sha256=item.sha256,
            filename=item.part.filename[:255], mime_type=item.part.mime_type[:120], size=item.size,
            source=AttachmentSource.CUSTOMER, created_at=row.created_at, updated_at=row.created_at,
        ))


def _bounce(ctx: IngestContext, channel: Channel, parsed: ParsedMessage, stored: list[_Stored]) -> InboundResult:
    bounce = parsed.bounce
    original = None
    if bounce is not None and bounce.original_message_id:
        original = ctx.interaction_by_message_id(bounce.original_message_id)
    ticket = _live_ticket(ctx, original.ticket_id) if original is not None else None
    if ticket is None:
        ticket = _thread(ctx, parsed)
    if ticket is None:
        return InboundResult(REJECTED, reason=BOUNCE_WITHOUT_ORIGINAL)
    if original is not None and bounce.failed and original.direction is Direction.OUTGOING:
        original.status = InteractionStatus.FAILED
    interaction = _interaction(ctx, channel, ticket, parsed, stored, AUTOMATED_BOUNCE)
    return InboundResult(BOUNCE, ticket.id, interaction.id)


__all__ = [
    "AUTOMATED_AUTO_REPLY", "AUTOMATED_BOUNCE", "AUTO_REPLY", "BLOCKED_SENDER", "BOUNCE",
    "BOUNCE_WITHOUT_ORIGINAL", "CONTINUED", "DUPLICATE", "FAILED", "HELD", "InboundResult", "KINDS",
    "NEW_TICKET", "NO_CAMPAIGN", "NO_SENDER", "REJECTED", "TOO_LARGE", "UNKNOWN_CHANNEL",
    "find_customer", "find_or_create_customer", "inbound_campaign", "ingest", "names_from",
    "sender_key", "store_batch", "store_message", "thread_ticket",
]
