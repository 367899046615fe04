"""L1 and L2: the ticket lists, filtered, sorted and paged by keyset.

Keyset paging keeps every page as fast as the first: a page is "the next N rows after this
(sort value, number)", served from an index, never an OFFSET scan through a million rows.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from sqlalchemy import text, Select, and_, exists, false, func, or_, select, tuple_, union_all
from sqlalchemy.orm import Session, aliased

from ..store.database import Database
from ..store.entities.tickets import OPEN_TICKETS_SQL
from ..store.entities import Campaign, Customer, TicketTag, Ticket, User
from ..store.enums import Priority, TicketStatus, TicketType
from .actor import Actor
from .permissions import ticket_visibility
from ..store import search_index
from .text import normalise
from .unit_of_work import read_only


class SortKey(str, enum.Enum):
    NUMBER = "number"
    CREATED = "created_at"
    UPDATED = "updated_at"
    PRIORITY = "priority"
    STATUS = "status"


@dataclass(frozen=True)
class TicketFilter:
    statuses: tuple[TicketStatus, ...] = ()
    campaign_id: uuid.UUID | None = None
    priorities: tuple[Priority, ...] = ()
    assignee_id: uuid.UUID | None = None
    unassigned: bool = False
    customer_id: uuid.UUID | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    tag_ids: tuple[uuid.UUID, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class TicketRow:
    """One row of the Tickets module, as plain values."""

    id: uuid.UUID
    number: int
    status: TicketStatus
    priority: Priority
    ticket_type: TicketType
    subject: str
    customer_name: str
    campaign_name: str
    assignee_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    next_action_at: dt.datetime | None
    sort_value: object = field(default=None, compare=False)

    @property
    def key(self) -> tuple:
        return (self.sort_value, self.number)


_Assignee = aliased(User)
MAX_NUMBER = 2**31 - 1


def _sort_column(sort: SortKey):
    return getattr(Ticket, sort.value)


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.timezone.utc)


def filter_clauses(session: Session, actor: Actor, flt: TicketFilter, *, paging: bool = True) -> list:
    """The WHERE clauses of a filter; `paging` for a page read in list order (not a count)."""
    clauses = [Ticket.deleted_at.is_(None), ticket_visibility(session, actor)]
    if flt.statuses:
        clauses.append(Ticket.status.in_(flt.statuses))
    if flt.campaign_id:
        clauses.append(Ticket.campaign_id == flt.campaign_id)
    if flt.priorities:
        clauses.append(Ticket.priority.in_([int(p) for p in flt.priorities]))
    if flt.unassigned:
        clauses.append(Ticket.assignee_id.is_(None))
    elif flt.assignee_id:
        clauses.append(Ticket.assignee_id == flt.assignee_id)
    if flt.customer_id:
        clauses.append(Ticket.customer_id == flt.customer_id)
    if flt.created_from:
        clauses.append(Ticket.created_at >= _day_start(flt.created_from))
    if flt.created_to:
        clauses.append(Ticket.created_at < _day_start(flt.created_to + dt.timedelta(days=1)))
    for tag_id in flt.tag_ids:
        clauses.append(
            exists().where(TicketTag.ticket_id == Ticket.id, TicketTag.tag_id == tag_id)
        )
    text = flt.text.strip()
    if text:
        if text.lstrip("#").isdecimal():
            number = int(text.lstrip("#"))
            # A longer run of digits (a phone, a document) is no ticket number; the column is
            # a 32-bit integer on PostgreSQL, so it must not even reach the query.
            clauses.append(Ticket.number == number if number <= MAX_NUMBER else false())
        else:
            clauses.append(_text_match(session, text, paging))
    return clauses


# Below this many matches the page is read from the matches themselves (a short list of
# numbers and customers, looked up on their indexes); above it, from the sort order, checking
# each ticket against the matches, which finds a page long before the end.
FEW_MATCHES = 2_000


def _text_match(session: Session, needle: str, paging: bool = True):
    """Subject or customer name contains the needle: through the text indexes where the
    database has them (store.search_index: trigrams of subjects, words of names), else as a
    substring scan."""
    name = normalise(needle)
    numbers = search_index.ticket_numbers_matching(session, needle)
    words = search_index.name_words(session, name)
    if numbers is None or words is None:
        # Every word in the name, in any order, as the word index answers (pg_trgm serves
        # these LIKEs on PostgreSQL); autoescape: % and _ typed are plain characters.
        named = and_(*(Customer.search_name.contains(w, autoescape=True) for w in name.split()))
        return or_(Ticket.subject.icontains(needle, autoescape=True),
                   Ticket.customer_id.in_(select(Customer.id).where(named)))
    few_numbers = session.scalars(numbers.limit(FEW_MATCHES + 1)).all()
    customers = search_index.customers_with(words)
    few_customers: list[str] = []
    if not all(words):
        named = 0
    elif len(words) == 1:  # one range of the index: counted here, read again by the page
        named = session.scalar(select(func.count()).select_from(customers.limit(FEW_MATCHES + 1).subquery()))
    else:  # an intersection: computed once, its ids read as stored (hex strings)
        few_customers = session.scalars(customers.limit(FEW_MATCHES + 1)).all()
        named = len(few_customers)
    if not few_numbers and not named:
        return false()
    if len(few_numbers) + named <= FEW_MATCHES or not paging:
        # Tickets by number and by customer, each on its own index, so a rare word finds
        # its few tickets without walking the whole list (and a count is read the same way).
        by_number = (Ticket.number.in_(few_numbers) if len(few_numbers) <= FEW_MATCHES
                     else Ticket.number.in_(numbers))
        ids = [uuid.UUID(hex=h) for h in few_customers] if few_customers and named <= FEW_MATCHES else customers
        by_customer = select(Ticket.id).where(Ticket.deleted_at.is_(None), Ticket.customer_id.in_(ids))
        return Ticket.id.in_(union_all(select(Ticket.id).where(by_number), by_customer) if named
                             else select(Ticket.id).where(by_number))
    # Many matches: the page is read in list order and each ticket checked as it comes (its
    # customer by one seek in the word index per word), which finds a page long before the end.
    if len(few_numbers) <= FEW_MATCHES:
        by_subject = Ticket.number.in_(few_numbers)
    else:  # a word in thousands of subjects: each walked ticket's own subject is read
        by_subject = Ticket.subject.icontains(needle, autoescape=True)
    if not named:
        return by_subject
    return or_(by_subject, and_(*search_index.customer_has(words, Ticket.customer_id)))


def _row_select(sort: SortKey) -> Select:
    return (
        select(
            Ticket.id, Ticket.number, Ticket.status, Ticket.priority, Ticket.ticket_type,
            Ticket.subject, Customer.first_name, Customer.last_name, Campaign.name,
            _Assignee.display_name, Ticket.created_at, Ticket.updated_at, Ticket.next_action_at,
            _sort_column(sort),
        )
        .select_from(Ticket)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Campaign, Campaign.id == Ticket.campaign_id)
        .outerjoin(_Assignee, _Assignee.id == Ticket.assignee_id)
    )


def _to_row(r) -> TicketRow:
    first, last = r[6] or "", r[7] or ""
    return TicketRow(
        id=r[0], number=r[1], status=r[2], priority=Priority(r[3]), ticket_type=r[4],
        subject=r[5], customer_name=f"{first} {last}".strip(), campaign_name=r[8] or "",
        assignee_name=r[9] or "", created_at=r[10], updated_at=r[11], next_action_at=r[12],
        sort_value=r[13],
    )


class TicketListQuery:
    """A filtered, sorted view of the tickets the actor may see, read page by page."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        flt: TicketFilter = TicketFilter(),
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
    ) -> None:
        self.db, self.actor, self.filter = db, actor, flt
        self.sort, self.descending = sort, descending

    def _bind_sort_value(self, value):
        if self.sort is SortKey.PRIORITY and isinstance(value, Priority):
            return int(value)
        return value

    def count(self) -> int:
        with read_only(self.db) as session:
            where = filter_clauses(session, self.actor, self.filter, paging=False)
            return session.scalar(select(func.count()).select_from(Ticket).where(*where)) or 0

    def _order(self, reverse: bool) -> tuple:
        col = _sort_column(self.sort)
        desc = self.descending != reverse
        return (col.desc(), Ticket.number.desc()) if desc else (col.asc(), Ticket.number.asc())

    def _rows(self, session: Session, *, reverse: bool, after: tuple | None = None,
              limit: int, offset: int = 0) -> list[TicketRow]:
        """Pick the page's tickets on the tickets table alone, then join their names.

        Sorting or skipping before the joins keeps a page as cheap as its index scan: joining
        first would make SQLite join every matching ticket before it can sort and cut.
        """
        where = filter_clauses(session, self.actor, self.filter)
        if after is not None:
            pair = tuple_(_sort_column(self.sort), Ticket.number)
            # A plain tuple: each value is bound with its column's type (UTC datetimes
            # stored naive), never as a literal whose meaning depends on the server.
            bound = (self._bind_sort_value(after[0]), after[1])
            forward = self.descending != reverse
            where.append(pair < bound if forward else pair > bound)
        order = self._order(reverse)
        page = select(Ticket.id).where(*where).order_by(*order).limit(limit)
        if offset:
            page = page.offset(offset)
        page = page.subquery()
        stmt = _row_select(self.sort).join(page, page.c.id == Ticket.id).order_by(*order)
        rows = [_to_row(r) for r in session.execute(stmt)]
        if reverse:
            rows.reverse()
        return rows

    def first_page(self, limit: int) -> list[TicketRow]:
        return self.page_after(None, limit)

    def page_after(self, key: tuple | None, limit: int) -> list[TicketRow]:
        """The `limit` rows that follow `key` (a row's .key) in list order."""
        with read_only(self.db) as session:
            return self._rows(session, reverse=False, after=key, limit=limit)

    def page_before(self, key: tuple | None, limit: int) -> list[TicketRow]:
        """The `limit` rows that come just before `key` (None: the list's last rows), in list order."""
        with read_only(self.db) as session:
            return self._rows(session, reverse=True, after=key, limit=limit)

    def page_at(self, offset: int, limit: int) -> list[TicketRow]:
        """Random access for a jump into the middle of the list (scrollbar drag)."""
        with read_only(self.db) as session:
            return self._rows(session, reverse=False, limit=limit, offset=offset)


@dataclass(frozen=True)
class PendingRow:
    id: uuid.UUID
    number: int
    subject: str
    customer_name: str
    priority: Priority
    status: TicketStatus
    created_at: dt.datetime
    next_action_at: dt.datetime | None


def pending_tickets(db: Database, actor: Actor, limit: int = 200) -> list[PendingRow]:
    """L2: the actor's open tickets; scheduled next actions first (soonest first),
    then by priority, then oldest first.

    Two index-ordered reads (scheduled, then unscheduled) on the open-tickets index, so the
    list costs the same for an agent with ten open tickets or ten thousand.
    """
    mine = (Ticket.assignee_id == actor.user_id, _open_tickets())
    tail = (Ticket.priority.asc(), Ticket.created_at.asc(), Ticket.number.asc())
    with read_only(db) as session:
        scheduled = session.scalars(
            select(Ticket.id).where(*mine, Ticket.next_action_at.is_not(None))
            .order_by(Ticket.next_action_at.asc(), *tail).limit(limit)
        ).all()
        rest = session.scalars(
            select(Ticket.id).where(*mine, Ticket.next_action_at.is_(None))
            .order_by(*tail).limit(limit - len(scheduled))
        ).all() if len(scheduled) < limit else []
        ids = list(scheduled) + list(rest)
        if not ids:
            return []
        rows = {
            r[0]: r for r in session.execute(
                select(
                    Ticket.id, Ticket.number, Ticket.subject, Customer.first_name,
                    Customer.last_name, Ticket.priority, Ticket.status, Ticket.created_at,
                    Ticket.next_action_at,
                )
                .outerjoin(Customer, Customer.id == Ticket.customer_id)
                .where(Ticket.id.in_(ids))
            )
        }
        return [
            PendingRow(r[0], r[1], r[2], f"{r[3] or ''} {r[4] or ''}".strip(), Priority(r[5]),
                       r[6], r[7], r[8])
            for r in (rows[i] for i in ids)
        ]


def _open_tickets():
    """Open, live tickets, written as the partial index's own condition (literal values), so
    SQLite can prove the index applies; bound parameters would hide that from its planner."""
    return text(OPEN_TICKETS_SQL)


def pending_count(db: Database, actor: Actor) -> int:
    with read_only(db) as session:
        return session.scalar(
            select(func.count()).select_from(Ticket).where(
                Ticket.assignee_id == actor.user_id,
                _open_tickets(),
            )
        ) or 0


__all__ = [
    "SortKey", "TicketFilter", "TicketRow", "TicketListQuery", "PendingRow",
    "pending_tickets", "pending_count",
]
