"""C1 to C4: what the customer profile shows of one customer, tab by tab.

Every read starts from a live customer: a merged customer raises CustomerMerged naming the
live customer it ended up in (following a chain of merges), so the view can go there; a
deleted one is NotFound. Tickets in campaigns the actor may not see (the hide-other-campaigns
setting) are left out everywhere, and so are their interactions and files.

The long lists (a customer may have 1,000 tickets, 20,000 interactions and their files) are
read a page at a time by keyset, newest first: a page is "the next N rows older than this
row's (date, key)", walked on an index, so the last page costs what the first does.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session, aliased

from ..store.database import Database
from ..store.entities import (
    Account, AccountData, Attachment, Campaign, ContactPoint, Customer, CustomerRelation, Interaction,
    Ticket, User,
)
from ..store.enums import ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus, TicketStatus
from ..store.types import utcnow
from . import attachments as attachment_service
from . import block_list
from .actor import Actor
from .changelog import record
from .contacts import ContactPointRow
from .customer_edit import OTHER_CAMPAIGNS, in_reach
from .errors import NotFound, PermissionDenied, StaleEdit
from .permissions import require_writer, ticket_visibility
from .unit_of_work import read_only, unit_of_work

PAGE = 50
MAX_MERGE_CHAIN = 20  # a merged customer's survivor may itself have been merged since

_Assignee, _Creator, _Updater = aliased(User), aliased(User), aliased(User)
_Other = aliased(Customer)


class CustomerMerged(NotFound):
    """The customer was merged; details["survivor_id"] is the live customer to show instead."""

    code = "customer_merged"


# ---------------------------------------------------------------- the customer itself


def _survivor(session: Session, customer: Customer) -> uuid.UUID | None:
    """The live customer a merged one ended up in, or None when the chain ends in a deleted one."""
    current = customer
    for _ in range(MAX_MERGE_CHAIN):
        if current.merged_into_id is None:
            return current.id if current.deleted_at is None else None
        nxt = session.get(Customer, current.merged_into_id)
        if nxt is None:
            return None
        current = nxt
    return None


def live_customer(session: Session, customer_id: uuid.UUID) -> Customer:
    """The customer if live; CustomerMerged (with survivor_id) or NotFound otherwise."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer")
    if customer.merged_into_id is not None:
        survivor = _survivor(session, customer)
        if survivor is not None:
            raise CustomerMerged("customer_merged", survivor_id=survivor)
        raise NotFound("customer")
    if customer.deleted_at is not None:
        raise NotFound("customer")
    return customer


@dataclass(frozen=True)
class CustomerInfo:
    """C1: the profile's header and Information tab."""

    id: uuid.UUID
    version: int
    document_type: str
    document_number: str
    first_name: str
    middle_name: str
    last_name: str
    second_last_name: str
    full_name: str
    birth_date: dt.date | None
    last_interaction_at: dt.datetime | None
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str


def _info(session: Session, customer_id: uuid.UUID) -> CustomerInfo:
    c = live_customer(session, customer_id)
    created_by, updated_by = session.execute(
        select(_Creator.display_name, _Updater.display_name).select_from(Customer)
        .outerjoin(_Creator, _Creator.id == Customer.created_by_id)
        .outerjoin(_Updater, _Updater.id == Customer.updated_by_id)
        .where(Customer.id == c.id)
    ).one()
    return CustomerInfo(
        c.id, c.version, c.document_type or "", c.document_number or "", c.first_name, c.middle_name,
        c.last_name, c.second_last_name, c.full_name, c.birth_date, c.last_interaction_at,
        c.created_at, created_by or "", c.updated_at, updated_by or "",
    )


def customer_info(db: Database, actor: Actor, customer_id: uuid.UUID) -> CustomerInfo:
    with read_only(db) as session:
        return _info(session, customer_id)


# ---------------------------------------------------------------- contact details (C2)

_KIND_ORDER = {k: i for i, k in enumerate(ContactKind)}


def _contacts(session: Session, customer_id: uuid.UUID) -> tuple[ContactPointRow, ...]:
    """Live contact points, by kind, primary first; each flagged when its value is blocked."""
    points = session.execute(
        select(ContactPoint.id, ContactPoint.kind, ContactPoint.value, ContactPoint.normalized_value,
               ContactPoint.label, ContactPoint.is_primary, ContactPoint.version)
        .where(ContactPoint.customer_id == customer_id, ContactPoint.deleted_at.is_(None))
    ).all()
    blocked = block_list.blocked_values(session, ((p.kind, p.normalized_value) for p in points))
    points = sorted(points, key=lambda p: (_KIND_ORDER[p.kind], not p.is_primary, p.value.casefold()))
    return tuple(
        ContactPointRow(p.id, p.kind, p.value, p.normalized_value, p.label, p.is_primary, p.version,
                        (p.kind, p.normalized_value) in blocked, blocked.get((p.kind, p.normalized_value), ""))
        for p in points
    )


def contact_details(db: Database, actor: Actor, customer_id: uuid.UUID) -> tuple[ContactPointRow, ...]:
    with read_only(db) as session:
        live_customer(session, customer_id)
        return _contacts(session, customer_id)


# ---------------------------------------------------------------- date ranges and pages


@dataclass(frozen=True)
class DateRange:
    """Whole days, both ends included (UTC), as the profile's date filter picks them; None: open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def clauses(self, column) -> list:
        out = []
        if self.start is not None:
            out.append(column >= _day_start(self.start))
        if self.end is not None:
            out.append(column < _day_start(self.end + dt.timedelta(days=1)))
        return out


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.timezone.utc)


def _older_than(at_column, key_column, cursor: tuple | None) -> list:
    """Rows after `cursor` in (at DESC, key DESC) order: a range on the date column plus a
    tie-break, so the walk starts at the cursor on the (customer, date) index."""
    if cursor is None:
        return []
    at, key = cursor
    return [at_column <= at, or_(at_column < at, key_column < key)]


def _visible_tickets(session: Session, actor: Actor):
    """Live tickets the actor may see, as WHERE clauses on Ticket."""
    return [Ticket.deleted_at.is_(None), ticket_visibility(session, actor)]


# ---------------------------------------------------------------- tickets (C3)


@dataclass(frozen=True)
class CustomerTicketRow:
    id: uuid.UUID
    number: int
    status: TicketStatus
    subject: str
    campaign_name: str
    assignee_name: str
    created_at: dt.datetime

    @property
    def cursor(self) -> tuple[dt.datetime, int]:
        """Hand it back as `after` for the next (older) page."""
        return (self.created_at, self.number)


def _tickets(session: Session, actor: Actor, customer_id: uuid.UUID, dates: DateRange,
             after: tuple[dt.datetime, int] | None, limit: int) -> list[CustomerTicketRow]:
    page = (
        select(Ticket.id)
        .where(Ticket.customer_id == customer_id, *_visible_tickets(session, actor),
               *dates.clauses(Ticket.created_at), *_older_than(Ticket.created_at, Ticket.number, after))
        .order_by(Ticket.created_at.desc(), Ticket.number.desc()).limit(limit)
        .subquery()
    )
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.status, Ticket.subject, Campaign.name, _Assignee.display_name,
               Ticket.created_at)
        .join(page, page.c.id == Ticket.id)
        .outerjoin(Campaign, Campaign.id == Ticket.campaign_id)
        .outerjoin(_Assignee, _Assignee.id == Ticket.assignee_id)
        .order_by(Ticket.created_at.desc(), Ticket.number.desc())
    ).all()
    return [CustomerTicketRow(i, n, s, subj, camp or "", who or "", at) for i, n, s, subj, camp, who, at in rows]


def tickets_page(db: Database, actor: Actor, customer_id: uuid.UUID, *, dates: DateRange = DateRange(),
                 after: tuple[dt.datetime, int] | None = None, limit: int = PAGE) -> list[CustomerTicketRow]:
    """The customer's tickets created in `dates`, newest first: `limit` of them older than `after`."""
    with read_only(db) as session:
        live_customer(session, customer_id)
        return _tickets(session, actor, customer_id, dates, after, limit)


# ---------------------------------------------------------------- interactions (C3)


@dataclass(frozen=True)
class CustomerInteractionRow:
    id: uuid.UUID
    ticket_id: uuid.UUID
    ticket_number: int
    occurred_at: dt.datetime
    channel_kind: ChannelKind
    direction: Direction
    status: InteractionStatus
    sender: str
    subject: str
    preview: str

    @property
    def cursor(self) -> tuple[dt.datetime, uuid.UUID]:
        return (self.occurred_at, self.id)


def _interactions(session: Session, actor: Actor, customer_id: uuid.UUID, dates: DateRange,
                  after: tuple[dt.datetime, uuid.UUID] | None, limit: int) -> list[CustomerInteractionRow]:
    rows = session.execute(
        select(Interaction.id, Interaction.ticket_id, Ticket.number, Interaction.occurred_at,
               Interaction.channel_kind, Interaction.direction, Interaction.status, Interaction.sender,
               Interaction.subject, Interaction.preview)
        .join(Ticket, Ticket.id == Interaction.ticket_id)
        .where(Interaction.customer_id == customer_id, Interaction.deleted_at.is_(None),
               *_visible_tickets(session, actor), *dates.clauses(Interaction.occurred_at),
               *_older_than(Interaction.occurred_at, Interaction.id, after))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit)
    ).all()
    return [CustomerInteractionRow(*r) for r in rows]


def interactions_page(db: Database, actor: Actor, customer_id: uuid.UUID, *, dates: DateRange = DateRange(),
                      after: tuple[dt.datetime, uuid.UUID] | None = None,
                      limit: int = PAGE) -> list[CustomerInteractionRow]:
    """The customer's interactions in `dates` on tickets the actor may see, newest first."""
    with read_only(db) as session:
        live_customer(session, customer_id)
        return _interactions(session, actor, customer_id, dates, after, limit)


# ---------------------------------------------------------------- attachments (C2)


@dataclass(frozen=True)
class CustomerAttachmentRow:
    id: uuid.UUID
    ticket_id: uuid.UUID
    ticket_number: int
    filename: str
    size: int
    mime_type: str
    added_at: dt.datetime
    added_by: str

    @property
    def cursor(self) -> tuple[dt.datetime, uuid.UUID]:
        return (self.added_at, self.id)


def _attachments(session: Session, actor: Actor, customer_id: uuid.UUID,
                 after: tuple[dt.datetime, uuid.UUID] | None, limit: int) -> list[CustomerAttachmentRow]:
    rows = session.execute(
        select(Attachment.id, Attachment.ticket_id, Ticket.number, Attachment.filename, Attachment.size,
               Attachment.mime_type, Attachment.created_at, User.display_name)
        .join(Ticket, Ticket.id == Attachment.ticket_id)
        .outerjoin(User, User.id == Attachment.uploaded_by_id)
        .where(Ticket.customer_id == customer_id, *_visible_tickets(session, actor),
               Attachment.deleted_at.is_(None), *_older_than(Attachment.created_at, Attachment.id, after))
        .order_by(Attachment.created_at.desc(), Attachment.id.desc()).limit(limit)
    ).all()
    return [CustomerAttachmentRow(i, t, n, name, size, mime, at, who or "")
            for i, t, n, name, size, mime, at, who in rows]


def attachments_page(db: Database, actor: Actor, customer_id: uuid.UUID, *,
                     after: tuple[dt.datetime, uuid.UUID] | None = None,
                     limit: int = PAGE) -> list[CustomerAttachmentRow]:
    """Files of the customer's tickets the actor may see, newest first. Open or save one with
    attachments.blob_path / attachments.save_copy (they check the ticket again)."""
    with read_only(db) as session:
        live_customer(session, customer_id)
        return _attachments(session, actor, customer_id, after, limit)


def delete_attachment(db: Database, actor: Actor, customer_id: uuid.UUID, attachment_id: uuid.UUID) -> None:
    """Remove a file shown in the profile, through the attachments service (its rules: the
    ticket must be writable, the change log names the ticket). The file must belong to one of
    this customer's tickets, so a stale profile never removes someone else's file."""
    with read_only(db) as session:
        live_customer(session, customer_id)
        owner = session.scalar(
            select(Ticket.customer_id).join(Attachment, Attachment.ticket_id == Ticket.id)
            .where(Attachment.id == attachment_id, Attachment.deleted_at.is_(None))
        )
    if owner != customer_id:
        raise NotFound("attachment")
    attachment_service.remove(db, actor, attachment_id)


# ---------------------------------------------------------------- related customers (C4)


@dataclass(frozen=True)
class RelatedCustomerRow:
    relation_id: uuid.UUID
    customer_id: uuid.UUID
    name: str
    document_type: str
    document_number: str
    tags: tuple[str, ...]


def _related(session: Session, customer_id: uuid.UUID) -> list[RelatedCustomerRow]:
    """Relations in either direction to live customers, by name (one query; SQLite reads each
    direction on its own index)."""
    mine = CustomerRelation.customer_id == customer_id
    other_id = case((mine, CustomerRelation.related_customer_id), else_=CustomerRelation.customer_id)
    rows = session.execute(
        select(CustomerRelation.id, _Other.id, _Other.first_name, _Other.middle_name, _Other.last_name,
               _Other.second_last_name, _Other.document_type, _Other.document_number, CustomerRelation.tags)
        .join(_Other, _Other.id == other_id)
        .where(or_(mine, CustomerRelation.related_customer_id == customer_id),
               CustomerRelation.deleted_at.is_(None), _Other.deleted_at.is_(None))
    ).all()
    out = [RelatedCustomerRow(rid, cid, " ".join(p for p in (first, middle, last, second) if p), dtype or "",
                              dnum or "", tuple(tags or ()))
           for rid, cid, first, middle, last, second, dtype, dnum, tags in rows]
    return sorted(out, key=lambda r: (r.name.casefold(), r.customer_id.hex))


def related_customers(db: Database, actor: Actor, customer_id: uuid.UUID) -> list[RelatedCustomerRow]:
    with read_only(db) as session:
        live_customer(session, customer_id)
        return _related(session, customer_id)


# ---------------------------------------------------------------- accounts (C4)


@dataclass(frozen=True)
class CustomerAccountRow:
    id: uuid.UUID
    number: str
    name: str
    status: str
    version: int
    data: tuple[tuple[str, str], ...]


def _accounts(session: Session, customer_id: uuid.UUID) -> list[CustomerAccountRow]:
    accounts = session.execute(
        select(Account.id, Account.number, Account.name, Account.status, Account.version)
        .where(Account.customer_id == customer_id, Account.deleted_at.is_(None))
        .order_by(Account.number, Account.id)
    ).all()
    data: dict[uuid.UUID, list[tuple[str, str]]] = {a.id: [] for a in accounts}
    if data:
        for account_id, key, value in session.execute(
            select(AccountData.account_id, AccountData.key, AccountData.value)
            .where(AccountData.account_id.in_(list(data)), AccountData.deleted_at.is_(None))
            .order_by(AccountData.created_at, AccountData.key)
        ):
            data[account_id].append((key, value))
    return [CustomerAccountRow(a.id, a.number, a.name, a.status, a.version, tuple(data[a.id])) for a in accounts]


def accounts(db: Database, actor: Actor, customer_id: uuid.UUID) -> list[CustomerAccountRow]:
    """The customer's live accounts with each one's additional data, by number."""
    with read_only(db) as session:
        live_customer(session, customer_id)
        return _accounts(session, customer_id)


def delete_account(db: Database, actor: Actor, customer_id: uuid.UUID, account_id: uuid.UUID,
                   expected_version: int) -> None:
    """Remove an account from the customer: the account and its data become tombstones and the
    change log says so. Tickets that named the account keep naming it (their history stays as
    it was). Refused to viewers, where the customer is out of reach (PermissionDenied), and when
    someone saved the account since `expected_version` (StaleEdit)."""
    require_writer(actor)
    with unit_of_work(db) as session:
        live_customer(session, customer_id)
        if not in_reach(session, actor, customer_id):
            raise PermissionDenied(OTHER_CAMPAIGNS)
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None or account.customer_id != customer_id:
            raise NotFound("account_missing")
        if account.version != expected_version:
            raise StaleEdit("account_changed", current=account.version)
        now = utcnow()
        for row in session.scalars(select(AccountData).where(AccountData.account_id == account.id,
                                                              AccountData.deleted_at.is_(None))):
            row.deleted_at = now
            record(session, actor, "account_data", row.id, ChangeAction.DELETE, field=row.key, old=row.value)
        account.deleted_at, account.updated_at = now, now
        record(session, actor, "account", account.id, ChangeAction.DELETE, field="number", old=account.number)
        session.flush()


# ---------------------------------------------------------------- everything on opening


@dataclass(frozen=True)
class CustomerProfile:
    """What the profile paints when it opens: the header, its tabs and each list's first page."""

    info: CustomerInfo
    contacts: tuple[ContactPointRow, ...]
    tickets: tuple[CustomerTicketRow, ...]
    interactions: tuple[CustomerInteractionRow, ...]
    attachments: tuple[CustomerAttachmentRow, ...]
    related: tuple[RelatedCustomerRow, ...]
    accounts: tuple[CustomerAccountRow, ...]


def open_profile(db: Database, actor: Actor, customer_id: uuid.UUID, *, dates: DateRange = DateRange(),
                 limit: int = PAGE) -> CustomerProfile:
    """Every tab's data in one read transaction (one consistent snapshot, one connection)."""
    with read_only(db) as session:
        info = _info(session, customer_id)
        return CustomerProfile(
            info,
            _contacts(session, customer_id),
            tuple(_tickets(session, actor, customer_id, dates, None, limit)),
            tuple(_interactions(session, actor, customer_id, dates, None, limit)),
            tuple(_attachments(session, actor, customer_id, None, limit)),
            tuple(_related(session, customer_id)),
            tuple(_accounts(session, customer_id)),
        )


__all__ = [
    "CustomerMerged", "CustomerInfo", "DateRange", "CustomerTicketRow", "CustomerInteractionRow",
    "CustomerAttachmentRow", "RelatedCustomerRow", "CustomerAccountRow", "CustomerProfile",
    "live_customer", "customer_info", "contact_details", "tickets_page", "interactions_page",
    "attachments_page", "delete_attachment", "related_customers", "accounts", "delete_account",
    "open_profile",
]
