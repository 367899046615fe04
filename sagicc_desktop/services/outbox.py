"""The outbox state machine (H4), written before and after every attempt to send.

    queued --claim--> sending --sent--> sent
       ^                 |
       |   transient     |--failed (4xx, connection, timeout)--> queued (later, with backoff)
       |                 |--failed (5xx, or the last attempt)--> failed
       |                 '--deferred (no connector, no password)--> queued (not counted)
    retry <-- failed / cancelled <-- cancel (queued or failed only)

Every transition is its own short transaction, so the database always says what happened:
an item is SENDING from the moment before the first byte goes out until the moment after the
server accepted it. A crash in between leaves it SENDING; ``recover_interrupted`` (at the
worker's start) and the lease in ``claim_due`` put it back in the queue, and it is sent again
with the same Message-ID, which the receiving side (and our own IMAP ingest) uses to keep one
copy: that is the at-least-once transport made exactly-once by the idempotency key
(docs/outbox.md). The interaction's status mirrors the item's state (a cancelled item shows as
failed on the interaction; ``deliveries`` tells the two apart).

The transitions are conditional UPDATEs that also bump the rows' version, so two workers never
claim the same item and a user's Cancel that races with a claim fails as a StaleEdit instead
of cancelling a message already on its way. These calls are the system's, not a user's: they
take no actor and write no change log (the user's Retry and Cancel in services/outgoing do).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, true, update
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Attachment, Channel, Interaction, OutboxItem, User
from ..store.enums import ChannelKind, InteractionStatus, OutboxState
from ..store.types import utcnow
from .actor import Actor
from .errors import NotFound
from .permissions import visible_ticket
from .unit_of_work import read_only, unit_of_work

#: An item SENDING for longer than this was abandoned by a worker that died (another
#: workstation's, in team mode): it may be claimed again. Longer than any send can take.
SENDING_LEASE = dt.timedelta(minutes=15)
#: The text kept in last_error for a channel that has no transport yet (the views translate it).
NO_CONNECTOR = "no_connector"
MAX_ERROR = 2000

_MIRROR = {
    OutboxState.QUEUED: InteractionStatus.QUEUED,
    OutboxState.SENDING: InteractionStatus.SENDING,
    OutboxState.SENT: InteractionStatus.SENT,
    OutboxState.FAILED: InteractionStatus.FAILED,
    OutboxState.CANCELLED: InteractionStatus.FAILED,
}


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: base * 2**(attempt-1), at most cap, times 1 ± jitter."""

    base_s: float = 30.0
    cap_s: float = 3600.0
    max_attempts: int = 8
    jitter: float = 0.25

    def delay(self, attempts: int, rng: random.Random | None = None) -> float:
        raw = min(self.cap_s, self.base_s * 2 ** max(0, attempts - 1))
        spread = (rng or random).uniform(-self.jitter, self.jitter)
        return max(0.0, raw * (1 + spread))


DEFAULT_BACKOFF = Backoff()


@dataclass(frozen=True)
class WorkItem:
    """A claimed item, as plain values for a worker thread."""

    item_id: uuid.UUID
    interaction_id: uuid.UUID
    idempotency_key: str
    channel_id: uuid.UUID | None
    channel_kind: ChannelKind
    attempts: int


@dataclass(frozen=True)
class FileRef:
    filename: str
    mime_type: str
    sha256: str
    size: int


@dataclass(frozen=True)
class OutgoingMessage:
    """Everything a transport needs to send one interaction, read in one go (no session kept)."""

    interaction_id: uuid.UUID
    ticket_id: uuid.UUID
    channel_id: uuid.UUID | None
    channel_kind: ChannelKind
    channel_name: str
    channel_config: dict
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    subject: str
    body_text: str
    body_html: str | None
    message_id: str | None
    in_reply_to: str | None
    references: str | None
    occurred_at: dt.datetime
    files: tuple[FileRef, ...]
    is_voice_note: bool
    author: str  # the agent's display name
    headers: tuple[tuple[str, str], ...] = ()  # extra "X-" headers queue_message was given

    @property
    def envelope_to(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.to, *self.cc, *self.bcc)))


@dataclass(frozen=True)
class Delivery:
    """An outgoing interaction's delivery, for the timeline's state and its Retry/Cancel."""

    interaction_id: uuid.UUID
    state: OutboxState
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str
    sent_at: dt.datetime | None

    @property
    def can_retry(self) -> bool:
        return self.state in (OutboxState.FAILED, OutboxState.CANCELLED)

    @property
    def can_cancel(self) -> bool:
        return self.state in (OutboxState.QUEUED, OutboxState.FAILED)

    @property
    def no_connector(self) -> bool:
        return self.last_error == NO_CONNECTOR


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(",") if p.strip())


def _set_state(session: Session, item_id: uuid.UUID, interaction_id: uuid.UUID, state: OutboxState,
               expect: OutboxState | None, now: dt.datetime, **values) -> bool:
    """Move one item (and mirror its interaction) if it is still in `expect`; False if not."""
    conditions = [OutboxItem.id == item_id]
    if expect is not None:
        conditions.append(OutboxItem.state == expect)
    done = session.execute(
        update(OutboxItem).where(*conditions)
        .values(state=state, updated_at=now, version=OutboxItem.version + 1, **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done:
        session.execute(
            update(Interaction).where(Interaction.id == interaction_id)
            .values(status=_MIRROR[state], updated_at=now, version=Interaction.version + 1)
            .execution_options(synchronize_session=False))
    return bool(done)


def _kind_filter(kinds: Collection[ChannelKind] | None):
    return Interaction.channel_kind.in_(list(kinds)) if kinds is not None else true()


# ---------------------------------------------------------------- the worker's transitions


def claim_due(db: Database, now: dt.datetime | None = None, limit: int = 10, *,
              kinds: Collection[ChannelKind] | None = None, lease: dt.timedelta = SENDING_LEASE) -> list[WorkItem]:
    """Mark up to `limit` due items SENDING (attempts + 1) in one transaction and return them.

    Due: queued with next_attempt_at reached, or sending for longer than the lease. Only items
    of `kinds` (the channel kinds that have a transport), when given."""
    now = now or utcnow()
    with unit_of_work(db) as session:
        candidates = session.execute(
            select(OutboxItem.id, OutboxItem.version, OutboxItem.interaction_id, OutboxItem.idempotency_key,
                   OutboxItem.attempts, Interaction.channel_id, Interaction.channel_kind)
            .join(Interaction, Interaction.id == OutboxItem.interaction_id)
            .where(or_(and_(OutboxItem.state == OutboxState.QUEUED, OutboxItem.next_attempt_at <= now),
                       and_(OutboxItem.state == OutboxState.SENDING, OutboxItem.updated_at < now - lease)),
                   _kind_filter(kinds))
            .order_by(OutboxItem.next_attempt_at, OutboxItem.id).limit(limit)
        ).all()
        claimed: list[WorkItem] = []
        for item_id, version, interaction_id, key, attempts, channel_id, kind in candidates:
            done = session.execute(
                update(OutboxItem).where(OutboxItem.id == item_id, OutboxItem.version == version)
                .values(state=OutboxState.SENDING, attempts=attempts + 1, updated_at=now,
                        version=OutboxItem.version + 1)
                .execution_options(synchronize_session=False)
            ).rowcount
            if not done:  # another worker took it first
                continue
            session.execute(
                update(Interaction).where(Interaction.id == interaction_id)
                .values(status=InteractionStatus.SENDING, updated_at=now, version=Interaction.version + 1)
                .execution_options(synchronize_session=False))
            claimed.append(WorkItem(item_id, interaction_id, key, channel_id, kind, attempts + 1))
        return claimed


def _interaction_of(session: Session, item_id: uuid.UUID) -> tuple[uuid.UUID, int] | None:
    row = session.execute(select(OutboxItem.interaction_id, OutboxItem.attempts)
                          .where(OutboxItem.id == item_id)).first()
    return (row[0], row[1]) if row else None


def mark_sent(db: Database, item_id: uuid.UUID, now: dt.datetime | None = None, *, note: str = "") -> bool:
    """The server accepted it: SENT, with the time (`note`: e.g. recipients it refused among
    others). False when the item was no longer SENDING."""
    now = now or utcnow()
    with unit_of_work(db) as session:
        found = _interaction_of(session, item_id)
        if found is None:
            return False
        return _set_state(session, item_id, found[0], OutboxState.SENT, OutboxState.SENDING, now,
                          sent_at=now, last_error=(note or "")[:MAX_ERROR])


def mark_failed(db: Database, item_id: uuid.UUID, error: str, permanent: bool, *,
                backoff: Backoff = DEFAULT_BACKOFF, now: dt.datetime | None = None,
                rng: random.Random | None = None) -> OutboxState | None:
    """A failed attempt: FAILED when permanent or out of attempts, else QUEUED again after the
    backoff. Returns the new state (None when the item was no longer SENDING)."""
    now = now or utcnow()
    with unit_of_work(db) as session:
        found = _interaction_of(session, item_id)
        if found is None:
            return None
        interaction_id, attempts = found
        text = (error or "")[:MAX_ERROR]
        if permanent or attempts >= backoff.max_attempts:
            state, values = OutboxState.FAILED, {"last_error": text}
        else:
            due = now + dt.timedelta(seconds=backoff.delay(attempts, rng))
            state, values = OutboxState.QUEUED, {"last_error": text, "next_attempt_at": due}
        return state if _set_state(session, item_id, interaction_id, state, OutboxState.SENDING, now,
                                   **values) else None


def defer(db: Database, item_id: uuid.UUID, error: str, delay: dt.timedelta, *,
          now: dt.datetime | None = None) -> bool:
    """Not an attempt after all (no connector, no password yet): back to QUEUED after `delay`,
    the attempt not counted, the reason kept in last_error."""
    now = now or utcnow()
    with unit_of_work(db) as session:
        found = _interaction_of(session, item_id)
        if found is None:
            return False
        return _set_state(session, item_id, found[0], OutboxState.QUEUED, OutboxState.SENDING, now,
                          attempts=max(0, found[1] - 1), next_attempt_at=now + delay,
                          last_error=(error or "")[:MAX_ERROR])


def park_unsupported(db: Database, supported: Collection[ChannelKind], now: dt.datetime | None = None) -> list[uuid.UUID]:
    """Say on queued items of channels without a transport that no connector is configured;
    they stay QUEUED and are not counted as failures. Returns the interactions it marked."""
    now = now or utcnow()
    with unit_of_work(db) as session:
        rows = session.execute(
            select(OutboxItem.id, OutboxItem.interaction_id)
            .join(Interaction, Interaction.id == OutboxItem.interaction_id)
            .where(OutboxItem.state == OutboxState.QUEUED, OutboxItem.last_error != NO_CONNECTOR,
                   Interaction.channel_kind.not_in(list(supported)))
        ).all()
        for item_id, _interaction in rows:
            session.execute(
                update(OutboxItem).where(OutboxItem.id == item_id, OutboxItem.state == OutboxState.QUEUED)
                .values(last_error=NO_CONNECTOR, updated_at=now, version=OutboxItem.version + 1)
                .execution_options(synchronize_session=False))
        return [interaction for _item, interaction in rows]


def recover_interrupted(db: Database, *, older_than: dt.timedelta = dt.timedelta(0),
                        now: dt.datetime | None = None) -> list[uuid.UUID]:
    """Items left SENDING by a crash go back to QUEUED, due now, to be sent again with the same
    Message-ID. Returns their interactions. `older_than` spares another live worker's items."""
    now = now or utcnow()
    with unit_of_work(db) as session:
        rows = session.execute(
            select(OutboxItem.id, OutboxItem.interaction_id).where(
                OutboxItem.state == OutboxState.SENDING, OutboxItem.updated_at <= now - older_than)
        ).all()
        done = []
        for item_id, interaction_id in rows:
            if _set_state(session, item_id, interaction_id, OutboxState.QUEUED, OutboxState.SENDING, now,
                          next_attempt_at=now, last_error="interrupted"):
                done.append(interaction_id)
        return done


def next_due(db: Database, kinds: Collection[ChannelKind] | None = None) -> dt.datetime | None:
    """When the next queued item (of `kinds`) is due; None when nothing waits."""
    with read_only(db) as session:
        return session.scalar(
            select(func.min(OutboxItem.next_attempt_at))
            .join(Interaction, Interaction.id == OutboxItem.interaction_id)
            .where(OutboxItem.state == OutboxState.QUEUED, _kind_filter(kinds)))


def load_message(db: Database, interaction_id: uuid.UUID) -> OutgoingMessage:
    """The interaction with its channel and files, as plain values for a transport."""
    with read_only(db) as session:
        row = session.get(Interaction, interaction_id)
        if row is None:
            raise NotFound("interaction")
        channel = session.get(Channel, row.channel_id) if row.channel_id else None
        author = session.scalar(select(User.display_name).where(User.id == row.user_id)) if row.user_id else ""
        files = tuple(FileRef(a.filename, a.mime_type, a.blob_sha256, a.size) for a in session.scalars(
            select(Attachment).where(Attachment.interaction_id == interaction_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id)))
        return OutgoingMessage(
            interaction_id=row.id, ticket_id=row.ticket_id, channel_id=row.channel_id,
            channel_kind=row.channel_kind, channel_name=channel.name if channel else "",
            channel_config=dict(channel.config or {}) if channel else {}, sender=row.sender,
            to=_split(row.recipients), cc=_split(row.cc), bcc=_split(row.bcc), subject=row.subject,
            body_text=row.body_text, body_html=row.body_html, message_id=row.message_id,
            in_reply_to=row.in_reply_to, references=row.references, occurred_at=row.occurred_at,
            files=files, is_voice_note=row.is_voice_note, author=author or "",
            headers=tuple((str(n), str(v)) for n, v in (row.headers or [])))


# ---------------------------------------------------------------- for the views


def deliveries(db: Database, actor: Actor, ticket_id: uuid.UUID,
               interaction_ids: Iterable[uuid.UUID] | None = None) -> dict[uuid.UUID, Delivery]:
    """The delivery of the ticket's outgoing interactions (or of the ones given), by interaction."""
    with read_only(db) as session:
        visible_ticket(session, actor, ticket_id)
        query = (select(OutboxItem).join(Interaction, Interaction.id == OutboxItem.interaction_id)
                 .where(Interaction.ticket_id == ticket_id))
        if interaction_ids is not None:
            ids = list(interaction_ids)
            if not ids:
                return {}
            query = query.where(OutboxItem.interaction_id.in_(ids))
        return {i.interaction_id: Delivery(i.interaction_id, i.state, i.attempts,
                                           i.next_attempt_at if i.state is OutboxState.QUEUED else None,
                                           i.last_error, i.sent_at)
                for i in session.scalars(query)}
