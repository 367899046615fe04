"""What storing incoming e-mail asks of the database, asked once per batch, and its new rows.

services.inbound decides where each message goes by asking questions: is this Message-ID
already stored on the channel, is the sender blocked, which tickets do the threading ids
belong to, which customer has this address, which campaign does the channel open tickets in,
what does its SLA promise. An ``IngestContext`` answers them and remembers the answers:

- For a batch, ``prefetch`` asks each question for every message at once (a few ``IN (...)``
  queries), so storing fifty messages costs about as many queries as storing one.
- What the batch itself writes is remembered as it goes (a Message-ID stored, the ticket a
  message went to, a new customer's address, a new ticket), so the tenth message of a batch
  threads, finds its customer and is recognised as a duplicate exactly as it would be had the
  first nine been stored in transactions of their own.

New rows are kept aside and written by ``write`` in foreign-key order, one multi-row INSERT per
table (the entities have no ORM relationships the unit of work could order them by, and it
would otherwise write tables alphabetically). Ticket numbers are handed out there too, so the
counter is locked only while writing, not while deciding.

A context lives inside one transaction; it is thrown away with it (a rolled-back batch or
savepoint leaves nothing behind in it that the next attempt could trust).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..channels.email_parse import ParsedMessage
from ..store.entities import (
    Attachment, Blob, Campaign, CampaignChannel, Channel, ContactPoint, Counter, Customer, Interaction,
    Ticket, TicketRelation,
)
from ..store.entities.conversation import HeldMessage
from ..store.enums import ChangeAction, ContactKind, Direction, Priority
from . import block_list
from .changelog import record
from .numbering import TICKET_NUMBER, next_ticket_number
from . import sla

CHUNK = 500  # values per IN (...): well under SQLite's and PostgreSQL's parameter limits

# Write order: a row only refers to rows of earlier tiers.
_TIER = {Customer: 0, Blob: 0, ContactPoint: 1, Ticket: 1, TicketRelation: 2, Interaction: 2, Attachment: 3}
_TIERS = 4


def _chunks(values: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def duplicates_of(session: Session, channel_id: uuid.UUID, message_ids: Iterable[str]) -> set[str]:
    """Which of these Message-IDs the channel already has, stored or held (one query per chunk)."""
    wanted = sorted(set(message_ids))
    found: set[str] = set()
    for chunk in _chunks(wanted):
        stored = select(Interaction.message_id).where(Interaction.channel_id == channel_id,
                                                      Interaction.message_id.in_(chunk))
        held = select(HeldMessage.message_id).where(HeldMessage.channel_id == channel_id,
                                                    HeldMessage.message_id.in_(chunk))
        found.update(session.scalars(stored.union_all(held)))
    return found


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


def _customer_ids_query(addresses: Sequence[str]):
    return (
        select(ContactPoint.normalized_value, ContactPoint.customer_id)
        .where(ContactPoint.kind == ContactKind.EMAIL, ContactPoint.normalized_value.in_(addresses),
               ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.normalized_value, ContactPoint.is_primary.desc(), ContactPoint.created_at,
                  ContactPoint.id)
    )


def reserve_ticket_numbers(session: Session, count: int) -> range:
    """`count` consecutive ticket numbers in two statements: the first through next_ticket_number
    (which creates the counter if needed and locks it), the rest in one step under that lock."""
    first = next_ticket_number(session)
    if count > 1:
        table = Counter.__table__
        last = session.execute(
            update(table).where(table.c.name == TICKET_NUMBER).values(value=table.c.value + (count - 1))
            .returning(table.c.value)
        ).scalar_one()
        if last != first + count - 1:  # cannot happen under the lock; refuse rather than guess
            raise RuntimeError(f"ticket counter moved while reserved ({first}, {last}, {count})")
    return range(first, first + count)


class IngestContext:
    """Answers and pending rows for the incoming messages of one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._seen: set[tuple[uuid.UUID, str]] = set()      # (channel, Message-ID) known to exist
        self._checked: set[tuple[uuid.UUID, str]] = set()   # asked already (found or not)
        self._blocked: dict[str, bool] = {}
        self._ticket_of: dict[str, uuid.UUID] = {}          # Message-ID -> ticket id
        self._threads_asked: set[str] = set()
        self._customers_of: dict[str, list[uuid.UUID]] = {}
        self._campaigns: dict[uuid.UUID, uuid.UUID | None] = {}
        self._solution: dict[uuid.UUID, tuple[int, sla.BusinessCalendar | None] | None] = {}
        self._blobs_known: set[str] = set()
        self._new_tickets: dict[uuid.UUID, Ticket] = {}
        self._new_customers: dict[uuid.UUID, Customer] = {}
        self._new_interactions: dict[str, Interaction] = {}  # Message-ID -> the latest one staged
        self._numbered: list[Ticket] = []                   # new tickets waiting for their number
        self._pending: list[list] = [[] for _ in range(_TIERS)]
        # The session's identity map holds rows weakly: the prefetched ones are kept alive here,
        # so session.get() finds them instead of asking again.
        self._rows: dict[tuple[type, object], object] = {}

    # ------------------------------------------------------------ the whole batch at once

    def prefetch(self, channel_id: uuid.UUID, messages: Sequence[ParsedMessage], addresses: Iterable[str],
                 blob_shas: Iterable[str] = ()) -> None:
        """Ask every question of these messages in a few queries (normalised sender `addresses`)."""
        session = self.session
        ids = [m.message_id for m in messages]
        known = duplicates_of(session, channel_id, ids)
        for message_id in ids:
            self._checked.add((channel_id, message_id))
            if message_id in known:
                self._seen.add((channel_id, message_id))
        addresses = sorted({a for a in addresses if a})
        if addresses:
            found = block_list.blocked_values(session, [(ContactKind.EMAIL, a) for a in addresses])
            for address in addresses:
                self._blocked[address] = (ContactKind.EMAIL, address) in found
            self._load_customers([a for a in addresses if a not in self._customers_of])
        wanted = []
        for message in messages:
            if message.in_reply_to:
                wanted.append(message.in_reply_to)
            wanted += message.references
        if wanted:
            self._load_threads(sorted(set(wanted)))
            self._load_rows(Ticket, set(self._ticket_of.values()))
            # A reply moves its ticket's customer's last interaction: load those customers too.
            self._load_rows(Customer, {t.customer_id for (entity, _), t in self._rows.items()
                                       if entity is Ticket and t.customer_id is not None})
        self.known_blobs(set(blob_shas))

    def _keep(self, rows: Iterable) -> None:
        for row in rows:
            self._rows[(type(row), row.id)] = row

    def _get(self, entity: type, key):
        row = self._rows.get((entity, key))
        if row is None:
            row = self.session.get(entity, key)
            if row is not None:
                self._rows[(entity, key)] = row
        return row

    # ------------------------------------------------------------ questions

    def channel(self, channel_id: uuid.UUID) -> Channel | None:
        return self._get(Channel, channel_id)

    def is_duplicate(self, channel_id: uuid.UUID, message_id: str) -> bool:
        key = (channel_id, message_id)
        if key in self._seen:
            return True
        if key not in self._checked:
            self._checked.add(key)
            if duplicates_of(self.session, channel_id, [message_id]):
                self._seen.add(key)
        return key in self._seen

    def remember_message(self, channel_id: uuid.UUID, message_id: str) -> None:
        """A message now stored or held on the channel: fetched again, it is a duplicate."""
        self._seen.add((channel_id, message_id))

    def is_blocked(self, address: str) -> bool:
        if address not in self._blocked:
            self._blocked[address] = block_list.is_blocked(self.session, ContactKind.EMAIL, address)
        return self._blocked[address]

    def tickets_of(self, message_ids: Sequence[str]) -> dict[str, uuid.UUID]:
        """The ticket each of these Message-IDs is on (any channel, not deleted), when known."""
        missing = sorted({m for m in message_ids if m not in self._threads_asked})
        if missing:
            self._load_threads(missing)
        return {m: self._ticket_of[m] for m in message_ids if m in self._ticket_of}

    def _load_threads(self, message_ids: Sequence[str]) -> None:
        for chunk in _chunks(message_ids):
            rows = self.session.execute(
                select(Interaction.message_id, Interaction.ticket_id)
                .where(Interaction.message_id.in_(chunk), Interaction.deleted_at.is_(None))
            )
            for message_id, ticket_id in rows:
                self._ticket_of.setdefault(message_id, ticket_id)
        self._threads_asked.update(message_ids)

    def ticket(self, ticket_id: uuid.UUID) -> Ticket | None:
        return self._new_tickets.get(ticket_id) or self._get(Ticket, ticket_id)

    def ticket_id_by_number(self, number: int) -> uuid.UUID | None:
        # New tickets of this transaction have no number before write(): nobody can quote one yet.
        return self.session.scalar(select(Ticket.id).where(Ticket.number == number))

    def interaction_by_message_id(self, message_id: str) -> Interaction | None:
        """The interaction with this Message-ID: ours (outgoing) first, else the latest."""
        row = self.session.scalars(
            select(Interaction).where(Interaction.message_id == message_id, Interaction.deleted_at.is_(None))
            .order_by((Interaction.direction == Direction.OUTGOING).desc(), Interaction.occurred_at.desc())
        ).first()
        if row is not None and row.direction is Direction.OUTGOING:
            return row
        staged = self._new_interactions.get(message_id)
        if staged is not None and (row is None or staged.occurred_at >= row.occurred_at):
            return staged
        return row

    def customer(self, customer_id: uuid.UUID) -> Customer | None:
        return self._new_customers.get(customer_id) or self._get(Customer, customer_id)

    def customer_ids(self, address: str) -> list[uuid.UUID]:
        """Customers with this e-mail contact point, primary points first."""
        if address not in self._customers_of:
            self._load_customers([address])
        return self._customers_of[address]

    def _load_customers(self, addresses: Sequence[str]) -> None:
        for address in addresses:
            self._customers_of[address] = []
        ids: set[uuid.UUID] = set()
        for chunk in _chunks(addresses):
            for address, customer_id in self.session.execute(_customer_ids_query(chunk)):
                self._customers_of[address].append(customer_id)
                ids.add(customer_id)
        self._load_rows(Customer, ids)

    def _load_rows(self, entity: type, ids: set) -> None:
        missing = sorted((i for i in ids if (entity, i) not in self._rows), key=str)
        for chunk in _chunks(missing):
            self._keep(self.session.scalars(select(entity).where(entity.id.in_(chunk))))

    def inbound_campaign(self, channel_id: uuid.UUID) -> uuid.UUID | None:
        if channel_id not in self._campaigns:
            self._campaigns[channel_id] = inbound_campaign(self.session, channel_id)
        return self._campaigns[channel_id]

    def expected_solution(self, campaign_id: uuid.UUID, start: dt.datetime) -> dt.datetime | None:
        """The campaign's SLA date for a new medium-priority ticket without category."""
        if campaign_id not in self._solution:
            hours = sla.rule_hours(self.session, campaign_id, Priority.MEDIUM, None)
            self._solution[campaign_id] = None if hours is None else (
                hours, sla.calendar_of(self.session, campaign_id))
        rule = self._solution[campaign_id]
        return None if rule is None else sla.due(start, *rule)

    def known_blobs(self, shas: set[str]) -> set[str]:
        """Which of these blobs already have their row (written before, or staged here)."""
        missing = sorted(shas - self._blobs_known)
        for chunk in _chunks(missing):
            self._blobs_known.update(self.session.scalars(select(Blob.sha256).where(Blob.sha256.in_(chunk))))
        return shas & self._blobs_known

    # ------------------------------------------------------------ writing

    def add(self, row) -> None:
        """Stage a new row (its id set by the caller) for write()."""
        self._pending[_TIER[type(row)]].append(row)
        if isinstance(row, Ticket):
            self._new_tickets[row.id] = row
            if row.number is None:
                self._numbered.append(row)
        elif isinstance(row, Customer):
            self._new_customers[row.id] = row
        elif isinstance(row, Blob):
            self._blobs_known.add(row.sha256)
        elif isinstance(row, Interaction):
            if row.message_id:
                self._new_interactions[row.message_id] = row
                self._ticket_of.setdefault(row.message_id, row.ticket_id)
                if row.channel_id is not None:
                    self._seen.add((row.channel_id, row.message_id))

    def add_customer(self, address: str, customer: Customer) -> None:
        self.add(customer)
        self._customers_of[address] = [customer.id]

    def write(self) -> None:
        """Number the new tickets, then write every staged row in foreign-key order."""
        session = self.session
        if self._numbered:
            with session.no_autoflush:
                numbers = reserve_ticket_numbers(session, len(self._numbered))
            for ticket, number in zip(self._numbered, numbers):
                ticket.number = number
                record(session, None, "ticket", ticket.id, ChangeAction.CREATE, field="origin_channel",
                       new=ticket.number, ticket_id=ticket.id)
        self._numbered = []
        session.flush()  # updates of rows already stored, the change log
        for rows in self._pending:
            by_entity: dict[type, list[dict]] = {}
            for row in rows:
                by_entity.setdefault(type(row), []).append(_values(row))
            for entity, values in by_entity.items():
                # The ORM leaves None out (the column default applies), so rows with the same
                # None columns go together: one executemany each instead of one per change.
                values.sort(key=lambda v: tuple(k for k, x in v.items() if x is None))
                session.execute(insert(entity), values)
            rows.clear()


def _values(row) -> dict:
    """The attributes set on a new (never added) row, as ORM bulk INSERT takes them."""
    return {k: v for k, v in row.__dict__.items() if not k.startswith("_sa_")}

__all__ = ["CHUNK", "IngestContext", "duplicates_of", "inbound_campaign", "reserve_ticket_numbers"]
