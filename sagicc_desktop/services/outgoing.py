"""Queuing an outgoing message (T6, H1, H4): everything the agent sends is written first.

``queue_message`` checks the message against the ticket, the channel and the block list, copies
the files into the blob store, and then writes in ONE transaction the outgoing interaction
(status QUEUED), its attachments, the outbox item and the change log. Nothing is sent here: the
outbox worker (channels/outbox_worker.py) sends it later, off the GUI thread, and the stored
interaction is exactly what the customer gets (no signature or footer is added on the way out:
the composer puts the signature in the body, where the agent sees it).

Decisions:
- E-mail subject: when empty, the ticket's subject is used; "[#<number>]" is put in front
  unless the subject already carries it, so the customer's reply finds its ticket.
- The channel's size limit (max_attachment_bytes) is for all the message's files together,
  as a mail server counts them; 0 means the channel takes no files.
- allowed_types empty means any type (besides the ones refused everywhere, see attachments);
  an entry may be a MIME type ("image/png"), a family ("image/*") or an extension (".pdf").
- Threading: In-Reply-To is the Message-ID of the ticket's latest e-mail interaction that
  has one (either direction); References is that one's References plus its Message-ID.
- The idempotency key is the Message-ID for e-mail, "sagicc:<interaction id>" otherwise.
"""

from __future__ import annotations

import email.utils
import html
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import (
    Attachment, Blob, Campaign, CampaignChannel, Channel, ContactPoint, Customer, Interaction, OutboxItem,
    Ticket,
)
from ..store.enums import (
    AttachmentSource, ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus, OutboxState,
)
from ..store.types import new_id, utcnow
from . import block_list
from .actor import Actor
from .attachments import clean_name, human_size, limits, store_file
from .changelog import record
from .contact_data import normalise_email, normalise_phone
from .contacts import default_region
from .errors import NotFound, ValidationError
from .permissions import visible_ticket, writable_ticket
from .unit_of_work import read_only, unit_of_work

MAX_BODY = 1_000_000
MAX_SUBJECT = 900  # a header line stays under RFC 5322's 998 with the ticket number and "Re: "
MAX_RECIPIENTS = 100
MAX_REFERENCES = 20  # the oldest ids are dropped, as mail clients do
PREVIEW_CHARS = 300
_EXTRA_HEADER = re.compile(r"X-[A-Za-z0-9-]{1,60}")
PHONE_CHANNELS = (ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS)


@dataclass(frozen=True)
class OutgoingFile:
    filename: str
    mime_type: str
    path: Path  # a file on disk to copy into the blob store
    is_voice_note: bool = False


@dataclass(frozen=True)
class ChannelChoice:
    """A channel the composer may offer for a ticket, as plain values."""

    id: uuid.UUID
    name: str
    kind: ChannelKind
    max_attachment_bytes: int
    allowed_types: tuple[str, ...]
    sender: str = ""  # the channel's address or number, as the customer will see it


# ---------------------------------------------------------------- rules


def ticket_tag(number: int) -> str:
    return f"[#{number}]"


def email_subject(subject: str, ticket_subject: str, number: int) -> str:
    """The subject as sent: the ticket's when empty, with the ticket number in front if missing."""
    text = " ".join((subject or "").split()) or " ".join((ticket_subject or "").split())
    if not text:
        raise ValidationError("subject_required")
    if ticket_tag(number) not in text:
        text = f"{ticket_tag(number)} {text}"
    if len(text) > MAX_SUBJECT:
        raise ValidationError("too_long", field="subject", limit=MAX_SUBJECT)
    return text


def channel_sender(channel: Channel) -> str:
    config = channel.config or {}
    return str(config.get("address") or config.get("sender") or "")


def type_allowed(allowed: Sequence[str], filename: str, mime_type: str) -> bool:
    if not allowed:
        return True
    mime = (mime_type or "").lower()
    extension = PurePosixPath(filename).suffix.lower()
    for entry in (a.lower().strip() for a in allowed):
        if entry == mime or (entry.endswith("/*") and mime.startswith(entry[:-1])) \
                or (entry.startswith(".") and entry == extension):
            return True
    return False


def enabled_channel(session: Session, ticket: Ticket, channel_id: uuid.UUID) -> Channel:
    """The channel if the ticket's campaign enables it and it is active; else channel_not_enabled."""
    channel = session.scalar(
        select(Channel).join(CampaignChannel, CampaignChannel.channel_id == Channel.id).where(
            CampaignChannel.campaign_id == ticket.campaign_id, CampaignChannel.channel_id == channel_id,
            CampaignChannel.deleted_at.is_(None), Channel.deleted_at.is_(None), Channel.is_active))
    if channel is None:
        raise ValidationError("channel_not_enabled")
    return channel


def _address(value: str) -> str:
    """An e-mail address from "addr" or "Name <addr>", normalised; ValidationError otherwise."""
    _name, addr = email.utils.parseaddr(value)
    if not addr or "@" not in addr:
        raise ValidationError("invalid_email", value=value)
    return normalise_email(addr)


def _recipients(session: Session, kind: ChannelKind, values: Sequence[str]) -> list[str]:
    """Normalised recipients for the channel kind, refusing blocked ones (naming the value)."""
    out: list[str] = []
    for value in values:
        value = (value or "").strip()
        if not value:
            continue
        if kind is ChannelKind.EMAIL:
            normal = _address(value)
        elif kind in PHONE_CHANNELS:
            normal = normalise_phone(value, default_region(session))
        else:
            normal = value
        if normal not in out:
            out.append(normal)
    contact_kind = ContactKind.EMAIL if kind is ChannelKind.EMAIL else ContactKind.MOBILE
    if kind is ChannelKind.EMAIL or kind in PHONE_CHANNELS:
        blocked = block_list.blocked_values(session, [(contact_kind, v) for v in out])
        for value in out:
            if (contact_kind, value) in blocked:
                raise ValidationError("recipient_blocked", value=value)
    return out


@dataclass(frozen=True)
class _Sized:
    name: str
    mime_type: str
    size: int


def _check_files(session: Session, ticket: Ticket, channel: Channel, files: Sequence[_Sized]) -> None:
    if not files:
        return
    if channel.max_attachment_bytes <= 0:
        raise ValidationError("channel_no_files", value=channel.name)
    refused = limits(session, ticket.campaign_id)
    for f in files:
        extension = PurePosixPath(f.name).suffix.lower()
        if extension in refused.refused_extensions or f.mime_type.lower() in refused.refused_mime_types \
                or not type_allowed(channel.allowed_types or [], f.name, f.mime_type):
            raise ValidationError("channel_refused_type", value=f.name)
        if f.size <= 0:
            raise ValidationError("empty_file")
    total = sum(f.size for f in files)
    if total > channel.max_attachment_bytes:
        raise ValidationError("channel_files_too_large", value=human_size(channel.max_attachment_bytes),
                              limit=channel.max_attachment_bytes)


def _own_contacts_only(session: Session, ticket: Ticket, kind: ChannelKind, to_list: list[str]) -> None:
    """Unless the campaign allows other contact data (T6), a message goes to the ticket
    customer's own e-mail or numbers: another customer's or a third party's is refused."""
    allowed = session.scalar(select(Campaign.allow_other_contact_data).where(Campaign.id == ticket.campaign_id))
    if allowed:
        return
    kinds = (ContactKind.EMAIL,) if kind is ChannelKind.EMAIL else (ContactKind.PHONE, ContactKind.MOBILE)
    own = set(session.scalars(select(ContactPoint.normalized_value).where(
        ContactPoint.customer_id == ticket.customer_id, ContactPoint.kind.in_(kinds),
        ContactPoint.deleted_at.is_(None)))) if ticket.customer_id else set()
    for value in to_list:
        if value not in own:
            raise ValidationError("recipient_not_customers", value=value)


@dataclass(frozen=True)
class _Checked:
    ticket: Ticket
    channel: Channel
    to: list[str]
    cc: list[str]
    bcc: list[str]
    subject: str


def _check(session: Session, actor: Actor, ticket_id: uuid.UUID, channel_id: uuid.UUID, to, cc, bcc,
           subject: str, body_text: str, body_html: str | None, files: Sequence[_Sized]) -> _Checked:
    ticket = writable_ticket(session, actor, ticket_id)
    channel = enabled_channel(session, ticket, channel_id)
    if not (body_text or "").strip() and not (body_html or "").strip() and not files:
        raise ValidationError("empty_message")
    if len(body_text or "") > MAX_BODY or len(body_html or "") > MAX_BODY:
        raise ValidationError("too_long", field="body", limit=MAX_BODY)
    kind = channel.kind
    to_list = _recipients(session, kind, to)
    cc_list = _recipients(session, kind, cc) if kind is ChannelKind.EMAIL else []
    bcc_list = _recipients(session, kind, bcc) if kind is ChannelKind.EMAIL else []
    if kind is not ChannelKind.EMAIL and any((v or "").strip() for v in (*cc, *bcc)):
        raise ValidationError("cc_email_only")
    if not to_list:
        raise ValidationError("no_recipient")
    _own_contacts_only(session, ticket, kind, to_list)
    if len(to_list) + len(cc_list) + len(bcc_list) > MAX_RECIPIENTS:
        raise ValidationError("too_many_recipients", limit=MAX_RECIPIENTS)
    _check_files(session, ticket, channel, files)
    if kind is ChannelKind.EMAIL:
        subject = email_subject(subject, ticket.subject, ticket.number)
    else:
        subject = " ".join((subject or "").split())[:MAX_SUBJECT]
    return _Checked(ticket, channel, to_list, cc_list, bcc_list, subject)


def _thread_headers(session: Session, ticket_id: uuid.UUID) -> tuple[str | None, str | None]:
    """(In-Reply-To, References) continuing the ticket's latest e-mail with a Message-ID."""
    last = session.execute(
        select(Interaction.message_id, Interaction.references).where(
            Interaction.ticket_id == ticket_id, Interaction.channel_kind == ChannelKind.EMAIL,
            Interaction.message_id.is_not(None), Interaction.message_id != "",
            Interaction.deleted_at.is_(None))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(1)
    ).first()
    if last is None:
        return None, None
    message_id, references = last
    chain = [r for r in (references or "").split() if r != message_id] + [message_id]
    return message_id, " ".join(chain[-MAX_REFERENCES:])


def make_message_id(address: str) -> str:
    domain = address.rsplit("@", 1)[1] if "@" in address else "sagicc.invalid"
    return email.utils.make_msgid(idstring="sagicc", domain=domain)


def preview_of(body_text: str, filenames: Sequence[str]) -> str:
    text = " ".join((body_text or "").split())
    if not text and filenames:
        text = ", ".join(filenames)
    return text[:PREVIEW_CHARS]


# ---------------------------------------------------------------- text and HTML

_TAGS = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"(?i)</(p|div|li|tr|h[1-6])>|<br\s*/?>")
_STYLE = re.compile(r"(?is)<(script|style)\b.*?</\1>")


def text_to_html(text: str) -> str:
    """Plain text as HTML, escaped, line breaks kept (for a transcript or a text-only reply)."""
    paragraphs = re.split(r"\n\s*\n", (text or "").strip())
    return "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paragraphs if p)


def html_to_text(markup: str) -> str:
    """A readable plain-text part from our own HTML (blocks become lines, tags go)."""
    text = _STYLE.sub("", markup or "")
    text = _BLOCK_END.sub("\n", text)
    text = html.unescape(_TAGS.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# ---------------------------------------------------------------- the calls


def queue_message(db: Database, blobs: BlobStore, actor: Actor, ticket_id: uuid.UUID, *,
                  channel_id: uuid.UUID, to: Sequence[str], cc: Sequence[str] = (), bcc: Sequence[str] = (),
                  subject: str = "", body_text: str = "", body_html: str | None = None,
                  files: Sequence[OutgoingFile] = (), is_public: bool = True,
                  headers: Sequence[tuple[str, str]] = ()) -> uuid.UUID:
    """Writes, in ONE transaction: the outgoing Interaction (direction OUT, status QUEUED, sender
    = the channel's address/sender, recipients, cc, bcc, subject, body, preview, message_id,
    in_reply_to/references from the ticket's latest e-mail interaction, is_voice_note if a file is
    a voice note), its Attachment rows (source USER, blobs stored first), the OutboxItem
    (idempotency_key = the Message-ID for e-mail, a UUID-based key otherwise) and a change-log
    row; returns the interaction id. Raises ValidationError (see views/messages_channels.py).
    `headers`: extra "X-" headers to send and keep on the interaction (e.g. a transcript's mark)."""
    extra = [[str(name), str(value)] for name, value in headers]
    for name, value in extra:
        if not _EXTRA_HEADER.fullmatch(name) or "\r" in value or "\n" in value:
            raise ValueError(f"not an extra header: {name!r}")
    sized: list[_Sized] = []
    for f in files:
        name = clean_name(f.filename)
        try:
            size = Path(f.path).stat().st_size
        except OSError as exc:
            raise ValidationError("unreadable", value=name) from exc
        sized.append(_Sized(name, f.mime_type or "application/octet-stream", size))
    # Refuse what would be refused before copying any byte; then copy outside the transaction.
    with read_only(db) as session:
        checked = _check(session, actor, ticket_id, channel_id, to, cc, bcc, subject, body_text, body_html, sized)
        max_bytes = checked.channel.max_attachment_bytes
    stored = [store_file(blobs, Path(f.path), max_bytes) for f in files]

    with unit_of_work(db) as session:
        c = _check(session, actor, ticket_id, channel_id, to, cc, bcc, subject, body_text, body_html, sized)
        now = utcnow()
        interaction_id = new_id()
        sender = channel_sender(c.channel)
        message_id = in_reply_to = references = None
        if c.channel.kind is ChannelKind.EMAIL:
            message_id = make_message_id(sender)
            in_reply_to, references = _thread_headers(session, c.ticket.id)
        row = Interaction(
            id=interaction_id, ticket_id=c.ticket.id, customer_id=c.ticket.customer_id, channel_id=c.channel.id,
            channel_kind=c.channel.kind, direction=Direction.OUTGOING, status=InteractionStatus.QUEUED,
            is_read=True, is_public=is_public, occurred_at=now, user_id=actor.user_id, sender=sender,
            recipients=", ".join(c.to), cc=", ".join(c.cc), bcc=", ".join(c.bcc), subject=c.subject,
            body_text=body_text or "", body_html=body_html or None,
            preview=preview_of(body_text, [s.name for s in sized]), message_id=message_id,
            in_reply_to=in_reply_to, references=references,
            is_voice_note=any(f.is_voice_note for f in files), headers=extra, created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        for meta, blob in zip(sized, stored):
            if session.get(Blob, blob.sha256) is None:
                session.add(Blob(sha256=blob.sha256, size=blob.size))
                session.flush()
            session.add(Attachment(ticket_id=c.ticket.id, interaction_id=row.id, blob_sha256=blob.sha256,
                                   filename=meta.name, mime_type=meta.mime_type, size=blob.size,
                                   source=AttachmentSource.USER, uploaded_by_id=actor.user_id,
                                   created_at=now, updated_at=now))
        session.add(OutboxItem(interaction_id=row.id, idempotency_key=message_id or f"sagicc:{row.id}",
                               state=OutboxState.QUEUED, attempts=0, next_attempt_at=now,
                               created_at=now, updated_at=now))
        if c.ticket.customer_id is not None:
            customer = session.get(Customer, c.ticket.customer_id)
            if customer is not None:
                customer.last_interaction_at = now
        record(session, actor, "interaction", row.id, ChangeAction.CREATE, field="message",
               new=f"{c.channel.kind.value}: {', '.join(c.to)}", ticket_id=c.ticket.id)
        session.flush()
        return row.id


def _outbox_of(session: Session, actor: Actor, interaction_id: uuid.UUID) -> tuple[Interaction, OutboxItem]:
    row = session.get(Interaction, interaction_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("interaction")
    writable_ticket(session, actor, row.ticket_id)
    item = session.scalar(select(OutboxItem).where(OutboxItem.interaction_id == interaction_id))
    if item is None:
        raise ValidationError("not_in_outbox")
    return row, item


def retry(db: Database, actor: Actor, interaction_id: uuid.UUID) -> None:
    """Failed or cancelled -> queued, due now, with a fresh count of attempts; a queued one is
    made due now. One being sent or already sent is refused."""
    with unit_of_work(db) as session:
        row, item = _outbox_of(session, actor, interaction_id)
        if item.state in (OutboxState.SENDING, OutboxState.SENT):
            raise ValidationError("outbox_sending" if item.state is OutboxState.SENDING else "outbox_sent")
        now = utcnow()
        old = item.state
        item.state, item.next_attempt_at, item.updated_at = OutboxState.QUEUED, now, now
        if old is not OutboxState.QUEUED:
            item.attempts, item.last_error = 0, ""
        row.status, row.updated_at = InteractionStatus.QUEUED, now
        record(session, actor, "interaction", row.id, ChangeAction.UPDATE, field="delivery",
               old=old, new=OutboxState.QUEUED, ticket_id=row.ticket_id)


def cancel(db: Database, actor: Actor, interaction_id: uuid.UUID) -> None:
    """Queued or failed -> cancelled (the interaction shows as failed). Never one being sent: a
    worker that claimed it meanwhile makes this a StaleEdit instead."""
    with unit_of_work(db) as session:
        row, item = _outbox_of(session, actor, interaction_id)
        if item.state in (OutboxState.SENDING, OutboxState.SENT):
            raise ValidationError("outbox_sending" if item.state is OutboxState.SENDING else "outbox_sent")
        if item.state is OutboxState.CANCELLED:
            return
        now = utcnow()
        old = item.state
        item.state, item.updated_at = OutboxState.CANCELLED, now
        row.status, row.updated_at = InteractionStatus.FAILED, now
        record(session, actor, "interaction", row.id, ChangeAction.UPDATE, field="delivery",
               old=old, new=OutboxState.CANCELLED, ticket_id=row.ticket_id)


def sendable_channels(db: Database, actor: Actor, ticket_id: uuid.UUID) -> list[ChannelChoice]:
    """The active channels the ticket's campaign enables, by kind and name."""
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        rows = session.scalars(
            select(Channel).join(CampaignChannel, CampaignChannel.channel_id == Channel.id).where(
                CampaignChannel.campaign_id == ticket.campaign_id, CampaignChannel.deleted_at.is_(None),
                Channel.deleted_at.is_(None), Channel.is_active)
            .order_by(Channel.kind, Channel.name)
        ).unique().all()
        return [ChannelChoice(c.id, c.name, c.kind, c.max_attachment_bytes, tuple(c.allowed_types or ()),
                              channel_sender(c)) for c in rows]
