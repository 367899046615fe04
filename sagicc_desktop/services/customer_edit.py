"""T1 and the profile's Information tab: a customer's basic information, read for editing,
saved with validation and the change log; and creating a customer without making a duplicate.

Rules, so the views and the other customer services agree:
- A document number belongs to one live customer per document type: the same number under
  another type is allowed (a passport number may equal someone's national ID). Numbers are
  compared and stored in one form (customer_similarity.document_key: no spaces or dots, upper
  case), so "1.020.304.050" and "1020304050" clash.
- First and last name are required; every name fits its column (MAX_NAME characters) and is
  kept with single spaces. A date of birth is not in the future nor before EARLIEST_BIRTH.
- A tombstone (deleted or merged) is never edited; a merged one names its survivor.
- Viewers change nothing. Where other campaigns are hidden from the user, a customer whose
  tickets are all in campaigns the user does not belong to is out of reach (a customer without
  tickets is anybody's).
- Saving from a ticket (ticket_id given) needs that ticket writable (not closed) and puts the
  changes in the ticket's change log too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import ContactPoint, Customer, Ticket, User
from ..store.enums import ChangeAction, ContactKind, DocumentType
from ..store.types import utcnow
from . import customer_similarity
from .actor import Actor
from .changelog import apply_changes, record
from .contact_data import normalise_contact
from .contacts import default_region
from .customer_similarity import DEFAULT_THRESHOLD, document_key
from .errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from .permissions import VIEWER, hidden_campaigns_apply, require_writer, writable_ticket
from .text import search_name
from .unit_of_work import read_only, unit_of_work

MAX_NAME = 120  # customers.first_name, middle_name, last_name, second_last_name
MAX_DOCUMENT = 40  # customers.document_number
EARLIEST_BIRTH = dt.date(1900, 1, 1)
NAME_FIELDS = ("first_name", "middle_name", "last_name", "second_last_name")
REQUIRED_NAMES = ("first_name", "last_name")
DOCUMENT_TYPES = tuple(t.value for t in DocumentType)

# Why a customer's information may not be changed by this user (None: it may).
MERGED, DELETED, OTHER_CAMPAIGNS = "merged", "deleted", "other_campaigns"


@dataclass(frozen=True)
class CustomerDraft:
    """The editable fields as the form holds them."""

    document_type: str | None = None
    document_number: str | None = None
    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""
    second_last_name: str = ""
    birth_date: dt.date | None = None


@dataclass(frozen=True)
class CustomerForm:
    id: uuid.UUID
    version: int
    draft: CustomerDraft
    full_name: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    last_interaction_at: dt.datetime | None
    merged_into_id: uuid.UUID | None
    read_only_reason: str | None
    document_types: tuple[str, ...] = field(default=DOCUMENT_TYPES)


# ---------------------------------------------------------------- validation


def clean_draft(draft: CustomerDraft, *, today: dt.date | None = None) -> dict:
    """The draft as column values; raises ValidationError(code, field=...) on bad input."""
    values: dict = {}
    for name in NAME_FIELDS:
        value = " ".join((getattr(draft, name) or "").split())
        if len(value) > MAX_NAME:
            raise ValidationError("too_long", field=name, limit=MAX_NAME)
        if not value and name in REQUIRED_NAMES:
            raise ValidationError("required", field=name)
        values[name] = value
    number = document_key(draft.document_number)
    kind = (draft.document_type or "").strip() or None
    if number:
        if len(number) > MAX_DOCUMENT:
            raise ValidationError("too_long", field="document_number", limit=MAX_DOCUMENT)
        if not all(ch.isalnum() or ch == "-" for ch in number):
            raise ValidationError("invalid_document", field="document_number")
        if kind is None:
            raise ValidationError("required", field="document_type")
        if kind not in DOCUMENT_TYPES:
            raise ValidationError("invalid_document_type", field="document_type")
    values["document_number"] = number or None
    values["document_type"] = kind if number else None  # a type without a number says nothing
    birth = draft.birth_date
    if birth is not None:
        if isinstance(birth, dt.datetime) or not isinstance(birth, dt.date):
            raise ValidationError("invalid_date", field="birth_date")
        if birth > (today or dt.date.today()):
            raise ValidationError("birth_date_future", field="birth_date")
        if birth < EARLIEST_BIRTH:
            raise ValidationError("birth_date_too_old", field="birth_date", limit=EARLIEST_BIRTH.isoformat())
    values["birth_date"] = birth
    return values


def _refuse_taken_document(session: Session, values: dict, except_id: uuid.UUID | None = None) -> None:
    if not values["document_number"]:
        return
    query = select(Customer.id).where(
        Customer.document_number == values["document_number"], Customer.document_type == values["document_type"],
        Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))
    if except_id is not None:
        query = query.where(Customer.id != except_id)
    holder = session.scalar(query.limit(1))
    if holder is not None:
        raise ValidationError("document_taken", field="document_number", customer_id=holder)


# ---------------------------------------------------------------- who may change a customer


def in_reach(session: Session, actor: Actor, customer_id: uuid.UUID) -> bool:
    """False only where other campaigns are hidden and every live ticket of the customer is in
    a campaign the actor does not belong to (two indexed look-ups)."""
    if not hidden_campaigns_apply(session, actor):
        return True
    tickets = select(Ticket.id).where(Ticket.customer_id == customer_id, Ticket.deleted_at.is_(None))
    if session.scalar(tickets.limit(1)) is None:
        return True
    mine = tickets.where(Ticket.campaign_id.in_(actor.campaign_ids or {None}))
    return session.scalar(mine.limit(1)) is not None


def read_only_reason(session: Session, actor: Actor, customer: Customer) -> str | None:
    if customer.merged_into_id is not None:
        return MERGED
    if customer.deleted_at is not None:
        return DELETED
    if actor.read_only:
        return VIEWER
    if not in_reach(session, actor, customer.id):
        return OTHER_CAMPAIGNS
    return None


def live_customer(session: Session, customer_id: uuid.UUID) -> Customer:
    """A customer that is neither deleted nor merged; ValidationError names the tombstone."""
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound("customer")
    if c.merged_into_id is not None:
        raise ValidationError("customer_merged", survivor_id=c.merged_into_id)
    if c.deleted_at is not None:
        raise ValidationError("customer_deleted")
    return c


def changeable_customer(session: Session, actor: Actor, customer_id: uuid.UUID,
                        ticket_id: uuid.UUID | None = None) -> Customer:
    """The customer, if this actor may change it (and, from a ticket, the ticket's customer)."""
    require_writer(actor)
    if ticket_id is not None:
        ticket = writable_ticket(session, actor, ticket_id)
        if ticket.customer_id != customer_id:
            raise ValidationError("not_ticket_customer")
    c = live_customer(session, customer_id)
    if not in_reach(session, actor, c.id):
        raise PermissionDenied(OTHER_CAMPAIGNS)
    return c


# ---------------------------------------------------------------- reading


def _user_name(session: Session, user_id: uuid.UUID | None) -> str:
    return (session.scalar(select(User.display_name).where(User.id == user_id)) or "") if user_id else ""


def customer_form(db: Database, actor: Actor, customer_id: uuid.UUID) -> CustomerForm:
    """The basic information with who created and last changed it, and why it is read-only."""
    with read_only(db) as session:
        c = session.get(Customer, customer_id)
        if c is None:
            raise NotFound("customer")
        draft = CustomerDraft(c.document_type, c.document_number, c.first_name, c.middle_name, c.last_name,
                              c.second_last_name, c.birth_date)
        return CustomerForm(c.id, c.version, draft, c.full_name, c.created_at, _user_name(session, c.created_by_id),
                            c.updated_at, _user_name(session, c.updated_by_id), c.last_interaction_at,
                            c.merged_into_id, read_only_reason(session, actor, c))


# ---------------------------------------------------------------- writing


def update_customer(db: Database, actor: Actor, customer_id: uuid.UUID, expected_version: int,
                    draft: CustomerDraft, *, ticket_id: uuid.UUID | None = None) -> int:
    """Save the form; refused if someone saved the customer since `expected_version`. Returns
    the new version (unchanged when nothing changed)."""
    require_writer(actor)
    values = clean_draft(draft)
    with unit_of_work(db) as session:
        c = changeable_customer(session, actor, customer_id, ticket_id)
        if c.version != expected_version:
            raise StaleEdit("customer_changed", current=c.version)
        _refuse_taken_document(session, values, except_id=c.id)
        changed = apply_changes(session, actor, c, values, entity_type="customer", ticket_id=ticket_id)
        if changed:
            c.search_name = search_name(*(values[n] for n in NAME_FIELDS))
            c.updated_by_id, c.updated_at = actor.user_id, utcnow()
        session.flush()
        return c.version


def create_customer(db: Database, actor: Actor, draft: CustomerDraft, *,
                    contacts: Iterable[tuple[ContactKind, str]] = (), allow_similar: bool = False,
                    threshold: int = DEFAULT_THRESHOLD) -> uuid.UUID:
    """A new customer with its first contact points (kind, value as typed). Unless
    `allow_similar`, refused with ValidationError("similar_customers", matches=...) when stored
    customers look like the same person, so the agent picks one of them instead; calling again
    with allow_similar=True (the agent chose a new customer) creates it."""
    require_writer(actor)
    values = clean_draft(draft)
    with unit_of_work(db) as session:
        region = default_region(session)
        points = _clean_contacts(contacts, region)
        _refuse_taken_document(session, values)
        if not allow_similar:
            probe = customer_similarity.Probe(
                values["first_name"], values["middle_name"], values["last_name"], values["second_last_name"],
                values["document_type"], values["document_number"], values["birth_date"],
                frozenset(n for k, _, n in points if k in customer_similarity.PHONE_KINDS),
                frozenset(n for k, _, n in points if k is ContactKind.EMAIL))
            matches = customer_similarity.similar_to_probe(session, probe, threshold=threshold, limit=10)
            if matches:
                raise ValidationError("similar_customers", matches=tuple(matches))
        c = Customer(**values, search_name=search_name(*(values[n] for n in NAME_FIELDS)),
                     created_by_id=actor.user_id, updated_by_id=actor.user_id)
        session.add(c)
        session.flush()
        record(session, actor, "customer", c.id, ChangeAction.CREATE, field=None, new=c.full_name)
        primary_done: set[ContactKind] = set()
        for kind, shown, normalized in points:
            point = ContactPoint(customer_id=c.id, kind=kind, value=shown, normalized_value=normalized,
                                 is_primary=kind not in primary_done)
            primary_done.add(kind)
            session.add(point)
            session.flush()
            record(session, actor, "contact_point", point.id, ChangeAction.CREATE, field=kind.value, new=shown)
        return c.id


def _clean_contacts(contacts: Iterable[tuple[ContactKind, str]], region: str) -> list[tuple[ContactKind, str, str]]:
    """Validated and normalised (kind, shown, normalised); blanks skipped, repeats once."""
    out, seen = [], set()
    for kind, value in contacts:
        if not (value or "").strip():
            continue
        kind = ContactKind(kind)
        shown, normalized = normalise_contact(kind, value, region)
        if (kind, normalized) not in seen:
            seen.add((kind, normalized))
            out.append((kind, shown, normalized))
    return out
