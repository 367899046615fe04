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
Each message is one unit of work; the IMAP cursor, when given, moves in the same one.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..channels.email_parse import ParsedAttachment, ParsedMessage
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import (
    Attachment, Blob, Campaign, CampaignChannel, Channel, ContactPoint, Customer, Interaction,
    Ticket, TicketRelation,
)
from ..store.entities.conversation import HeldMessage
from ..store.enums import (
    AttachmentSource, ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus,
    Priority, TicketStatus, TicketType,
)
from ..store.types import utcnow
from . import block_list
from .changelog import record
from .contact_data import normalise_email
from .errors import ValidationError
from .inbound_cursor import ImapCursor, save_cursor, write_cursor
from .numbering import next_ticket_number
from .sla import expected_solution
from .text import search_name
from .unit_of_work import read_only, unit_of_work

log = logging.getLogger(__name__)

NEW_TICKET, CONTINUED, DUPLICATE, HELD = "new_ticket", "continued", "duplicate", "held"
BOUNCE, AUTO_REPLY, REJECTED = "bounce", "auto_reply", "rejected"
KINDS = (NEW_TICKET, CONTINUED, DUPLICATE, HELD, BOUNCE, AUTO_REPLY, REJECTED)

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


# ---------------------------------------------------------------- entry point


def store_message(db: Database, blobs: BlobStore, channel_id: uuid.UUID, parsed: ParsedMessage,
                  *, cursor: ImapCursor | None = None) -> InboundResult:
    """Store one incoming message in one transaction; the cursor (if any) moves with it.

    Never writes anything twice for the same (channel, Message-ID). Attachment bytes go to the
    blob store before the transaction (content-addressed: a rolled-back message leaves at most
    an unreferenced blob, never a row without its bytes).
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
            channel = session.get(Channel, channel_id)
            limit = channel.max_attachment_bytes if channel is not None else None
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


def _log(channel_id: uuid.UUID, parsed: ParsedMessage, result: InboundResult) -> None:
    what = f"e-mail {parsed.message_id} from {parsed.sender_address or '(no sender)'} on channel {channel_id.hex}"
    if result.kind == REJECTED:
        log.warning("%s refused: %s", what, result.reason)
    elif result.kind == HELD:
        log.warning("%s held aside: %s", what, result.reason)
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
           stored: list[_Stored], *, releasing: HeldMessage | None = None) -> InboundResult:
    """Where the message goes; writes it there. `releasing`: a held message being let through."""
    channel = session.get(Channel, channel_id)
    if channel is None or channel.deleted_at is not None or channel.kind is not ChannelKind.EMAIL:
        return InboundResult(REJECTED, reason=UNKNOWN_CHANNEL)
    if _duplicate(session, channel_id, parsed.message_id, releasing=releasing):
        return InboundResult(DUPLICATE, reason="message_id")
    address = sender_key(parsed.sender_address)
    if releasing is None and address and block_list.is_blocked(session, ContactKind.EMAIL, address):
        from .inbound_held import hold

        held = hold(session, blobs, channel_id, parsed, address, BLOCKED_SENDER)
        return InboundResult(HELD, reason=BLOCKED_SENDER, held_id=held.id)
    if parsed.bounce is not None:
        return _bounce(session, channel, parsed, stored)
    automated = AUTOMATED_AUTO_REPLY if parsed.auto_reply else None
    ticket = thread_ticket(session, parsed)
    if ticket is not None and (automated or ticket.status is not TicketStatus.CLOSED):
        if automated is None and ticket.status is TicketStatus.RESOLVED:
            _reopen(session, ticket)
        interaction = _interaction(session, channel, ticket, parsed, stored, automated)
        return InboundResult(AUTO_REPLY if automated else CONTINUED, ticket.id, interaction.id)
    if not address:
        return InboundResult(REJECTED, reason=NO_SENDER)
    closed = ticket
    if closed is not None:
        campaign_id, customer_id = closed.campaign_id, closed.customer_id
        if customer_id is None:
            customer_id = find_or_create_customer(session, parsed, address)
    else:
        campaign_id = inbound_campaign(session, channel.id)
        if campaign_id is None:
            return InboundResult(REJECTED, reason=NO_CAMPAIGN)
        customer_id = find_or_create_customer(session, parsed, address)
    ticket = _new_ticket(session, campaign_id, customer_id, parsed)
    if closed is not None:
        _relate(session, ticket, closed)
    interaction = _interaction(session, channel, ticket, parsed, stored, automated)
    return InboundResult(AUTO_REPLY if automated else NEW_TICKET, ticket.id, interaction.id)


def _duplicate(session: Session, channel_id: uuid.UUID, message_id: str,
               *, releasing: HeldMessage | None = None) -> bool:
    """Whether the channel already has this Message-ID, stored or held (one query for both)."""
    held = select(HeldMessage.id).where(HeldMessage.message_id == message_id, HeldMessage.channel_id == channel_id)
    if releasing is not None:
        held = held.where(HeldMessage.id != releasing.id)
    stored = select(Interaction.id).where(Interaction.message_id == message_id, Interaction.channel_id == channel_id)
    return session.execute(stored.union_all(held).limit(1)).first() is not None


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


def _live_ticket(session: Session, ticket_id: uuid.UUID | None) -> Ticket | None:
    """The ticket, or the one it was merged into; None when it is gone."""
    for _ in range(10):
        ticket = session.get(Ticket, ticket_id) if ticket_id is not None else None
        if ticket is None:
            return None
        if ticket.merged_into_id is not None:
            ticket_id = ticket.merged_into_id
            continue
        return None if ticket.deleted_at is not None else ticket
    return None


def thread_ticket(session: Session, parsed: ParsedMessage) -> Ticket | None:
    """The ticket a message continues: by its threading headers, else by "[#number]"."""
    wanted = []
    if parsed.in_reply_to:
        wanted.append(parsed.in_reply_to)
    wanted += [r for r in reversed(parsed.references) if r not in wanted]
    if wanted:
        rows = session.execute(
            select(Interaction.message_id, Interaction.ticket_id)
            .where(Interaction.message_id.in_(wanted[:100]), Interaction.deleted_at.is_(None))
        ).all()
        found = dict(rows)
        for message_id in wanted:
            ticket = _live_ticket(session, found.get(message_id))
            if ticket is not None:
                return ticket
    for number in _TICKET_NUMBER.findall(parsed.subject or ""):
        ticket_id = session.scalar(select(Ticket.id).where(Ticket.number == int(number)))
        ticket = _live_ticket(session, ticket_id)
        if ticket is not None:
            return ticket
    return None


def inbound_campaign(session: Session, channel_id: uuid.UUID) -> uuid.UUID | None:
    """The campaign new tickets of a channel open in: its inbound default, else its first one."""
    rows = session.execute(
        select(CampaignChannel.campaign_id, CampaignChannel.is_inbound_default)
        .join(Campaign, Campaign.id == CampaignChannel.campaign_id)
        .where(CampaignChannel.channel_id == channel_id, CampaignChannel.deleted_at.is_(None),
               Campaign.deleted_at.is_(None))
        .order_by(CampaignChannel.is_inbound_default.desc(), Campaign.is_active.desc(),
                  CampaignChannel.created_at, CampaignChannel.id)
    ).all()
    return rows[0][0] if rows else None


# ---------------------------------------------------------------- customers


def _live_customer(session: Session, customer_id: uuid.UUID | None) -> Customer | None:
    for _ in range(10):
        customer = session.get(Customer, customer_id) if customer_id is not None else None
        if customer is None:
            return None
        if customer.merged_into_id is not None:
            customer_id = customer.merged_into_id
            continue
        return None if customer.deleted_at is not None else customer
    return None


def find_customer(session: Session, address: str) -> Customer | None:
    """The customer whose e-mail contact point is `address` (normalised): primary first."""
    rows = session.scalars(
        select(ContactPoint.customer_id)
        .where(ContactPoint.kind == ContactKind.EMAIL, ContactPoint.normalized_value == address,
               ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at, ContactPoint.id)
    ).all()
    for customer_id in rows:
        customer = _live_customer(session, customer_id)
        if customer is not None:
            return customer
    return None


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


def find_or_create_customer(session: Session, parsed: ParsedMessage, address: str) -> uuid.UUID:
    customer = find_customer(session, address)
    if customer is not None:
        return customer.id
    names = names_from(parsed.sender_name, parsed.sender_address)
    customer = Customer(**names, search_name=search_name(*names.values()))
    session.add(customer)
    session.flush()
    session.add(ContactPoint(customer_id=customer.id, kind=ContactKind.EMAIL,
                             value=parsed.sender_address.strip()[:500], normalized_value=address,
                             is_primary=True))
    record(session, None, "customer", customer.id, ChangeAction.CREATE, field="email", new=address)
    return customer.id


# ---------------------------------------------------------------- writing


def _new_ticket(session: Session, campaign_id: uuid.UUID, customer_id: uuid.UUID | None,
                parsed: ParsedMessage) -> Ticket:
    now = utcnow()
    ticket = Ticket(
        number=next_ticket_number(session), campaign_id=campaign_id, customer_id=customer_id,
        subject=(parsed.subject or "").strip()[:MAX_SUBJECT], description=parsed.body_text[:MAX_DESCRIPTION],
        ticket_type=TicketType.QUESTION, priority=Priority.MEDIUM, origin_channel=ChannelKind.EMAIL,
        created_at=now, updated_at=now,
        expected_solution_at=expected_solution(session, campaign_id, Priority.MEDIUM, None, now),
    )
    session.add(ticket)
    session.flush()
    record(session, None, "ticket", ticket.id, ChangeAction.CREATE, field="origin_channel",
           new=ticket.number, ticket_id=ticket.id)
    return ticket


def _relate(session: Session, ticket: Ticket, closed: Ticket) -> None:
    relation = TicketRelation(ticket_id=ticket.id, related_ticket_id=closed.id)
    session.add(relation)
    session.flush()
    record(session, None, "ticket_relation", relation.id, ChangeAction.RELATE, field="related_ticket",
           new=f"#{closed.number}", ticket_id=ticket.id)


def _reopen(session: Session, ticket: Ticket) -> None:
    old = ticket.status
    ticket.status = TicketStatus.IN_PROGRESS
    record(session, None, "ticket", ticket.id, ChangeAction.UPDATE, field="status", old=old,
           new=ticket.status, ticket_id=ticket.id)


def _interaction(session: Session, channel: Channel, ticket: Ticket, parsed: ParsedMessage,
                 stored: list[_Stored], automated: str | None) -> Interaction:
    now = utcnow()
    occurred = min(parsed.date, now)
    headers = [list(h) for h in parsed.headers]
    headers += [["X-Sagicc-Defect", d[:500]] for d in parsed.defects[:20]]
    row = Interaction(
        ticket_id=ticket.id, customer_id=ticket.customer_id, channel_id=channel.id,
        channel_kind=ChannelKind.EMAIL, direction=Direction.INCOMING, status=InteractionStatus.RECEIVED,
        is_read=False, occurred_at=occurred, created_at=now, updated_at=now,
        sender=parsed.sender[:500], recipients=", ".join(parsed.to), cc=", ".join(parsed.cc),
        subject=(parsed.subject or "")[:998], body_text=parsed.body_text, body_html=parsed.body_html,
        preview=" ".join(parsed.body_text.split())[:PREVIEW_CHARS] or (parsed.subject or "")[:PREVIEW_CHARS],
        message_id=parsed.message_id, in_reply_to=parsed.in_reply_to,
        references=" ".join(parsed.references) or None, headers=headers, automated=automated,
    )
    session.add(row)
    session.flush()
    _attach(session, ticket, row, stored)
    if ticket.last_interaction_at is None or ticket.last_interaction_at < occurred:
        ticket.last_interaction_at = occurred
    ticket.updated_at = now
    customer = _live_customer(session, ticket.customer_id)
    if customer is not None and (customer.last_interaction_at is None or customer.last_interaction_at < occurred):
        customer.last_interaction_at = occurred
    session.flush()
    return row


def _attach(session: Session, ticket: Ticket, row: Interaction, stored: list[_Stored]) -> None:
    known = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_({s.sha256 for s in stored})))) \
        if stored else set()
    for item in stored:
        if item.sha256 not in known:
            session.add(Blob(sha256=item.sha256, size=item.size))
            known.add(item.sha256)
    session.flush()
    for item in stored:
        session.add(Attachment(
            ticket_id=ticket.id, interaction_id=row.id, blob_sha256=item.sha256,
            filename=item.part.filename[:255], mime_type=item.part.mime_type[:120], size=item.size,
            source=AttachmentSource.CUSTOMER, created_at=row.created_at, updated_at=row.created_at,
        ))


def _bounce(session: Session, channel: Channel, parsed: ParsedMessage, stored: list[_Stored]) -> InboundResult:
    bounce = parsed.bounce
    original = None
    if bounce is not None and bounce.original_message_id:
        original = session.scalars(
            select(Interaction).where(Interaction.message_id == bounce.original_message_id,
                                      Interaction.deleted_at.is_(None))
            .order_by((Interaction.direction == Direction.OUTGOING).desc(), Interaction.occurred_at.desc())
        ).first()
    ticket = _live_ticket(session, original.ticket_id) if original is not None else None
    if ticket is None:
        ticket = thread_ticket(session, parsed)
    if ticket is None:
        return InboundResult(REJECTED, reason=BOUNCE_WITHOUT_ORIGINAL)
    if original is not None and bounce.failed and original.direction is Direction.OUTGOING:
        original.status = InteractionStatus.FAILED
    interaction = _interaction(session, channel, ticket, parsed, stored, AUTOMATED_BOUNCE)
    return InboundResult(BOUNCE, ticket.id, interaction.id)


__all__ = [
    "AUTOMATED_AUTO_REPLY", "AUTOMATED_BOUNCE", "AUTO_REPLY", "BLOCKED_SENDER", "BOUNCE",
    "BOUNCE_WITHOUT_ORIGINAL", "CONTINUED", "DUPLICATE", "HELD", "InboundResult", "KINDS", "NEW_TICKET",
    "NO_CAMPAIGN", "NO_SENDER", "REJECTED", "TOO_LARGE", "UNKNOWN_CHANNEL",
    "find_customer", "find_or_create_customer", "inbound_campaign", "ingest", "names_from",
    "sender_key", "store_message", "thread_ticket",
]
