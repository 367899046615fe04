"""Related customers (T1, C4): a customer's relations to other customers, each described by
free tags ("spouse", "account holder"); list, add, edit the tags, remove.

A relation joins two customers whichever side added it, so it is listed on both profiles and
there is at most one per pair: adding B to A when A is already on B's list is refused. Removing
leaves a tombstone, which adding the pair again brings back. Tags are the user's own words,
trimmed and kept once each (case ignored), in the order given.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Customer, CustomerRelation
from ..store.enums import ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .customer_edit import changeable_customer, live_customer
from .errors import NotFound, StaleEdit, ValidationError
from .unit_of_work import read_only, unit_of_work

MAX_TAG = 80
MAX_TAGS = 20
KNOWN_TAGS_FROM = 2_000  # the most recent relations whose tags are offered as suggestions


@dataclass(frozen=True)
class RelatedCustomer:
    relation_id: uuid.UUID
    version: int
    customer_id: uuid.UUID  # the other customer
    full_name: str
    document_type: str
    document_number: str
    tags: tuple[str, ...]
    related_at: dt.datetime


def clean_tags(tags: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        tag = " ".join((tag or "").split())
        if not tag or tag.casefold() in seen:
            continue
        if len(tag) > MAX_TAG:
            raise ValidationError("too_long", field="tags", limit=MAX_TAG)
        seen.add(tag.casefold())
        out.append(tag)
    if len(out) > MAX_TAGS:
        raise ValidationError("too_many_tags", field="tags", limit=MAX_TAGS)
    return out


def _either_way(a: uuid.UUID, b: uuid.UUID):
    return or_(and_(CustomerRelation.customer_id == a, CustomerRelation.related_customer_id == b),
               and_(CustomerRelation.customer_id == b, CustomerRelation.related_customer_id == a))


def _other_side(row: CustomerRelation, customer_id: uuid.UUID) -> uuid.UUID:
    return row.related_customer_id if row.customer_id == customer_id else row.customer_id


def list_relations(db: Database, actor: Actor, customer_id: uuid.UUID) -> list[RelatedCustomer]:
    """The customer's live relations to live customers, by the other customer's name."""
    with read_only(db) as session:
        if session.get(Customer, customer_id) is None:
            raise NotFound("customer")
        rows = list(session.scalars(select(CustomerRelation).where(
            or_(CustomerRelation.customer_id == customer_id, CustomerRelation.related_customer_id == customer_id),
            CustomerRelation.deleted_at.is_(None))))
        others = {c.id: c for c in session.scalars(select(Customer).where(
            Customer.id.in_([_other_side(r, customer_id) for r in rows]), Customer.deleted_at.is_(None)))}
        out = []
        for r in rows:
            other = others.get(_other_side(r, customer_id))
            if other is not None:
                out.append(RelatedCustomer(r.id, r.version, other.id, other.full_name, other.document_type or "",
                                           other.document_number or "", tuple(r.tags or ()), r.created_at))
        out.sort(key=lambda x: (x.full_name.casefold(), x.customer_id))
        return out


def known_tags(db: Database) -> list[str]:
    """Tags already in use, to suggest while typing (from the most recent relations)."""
    with read_only(db) as session:
        seen: dict[str, str] = {}
        for tags in session.scalars(select(CustomerRelation.tags).where(CustomerRelation.deleted_at.is_(None))
                                    .order_by(CustomerRelation.updated_at.desc()).limit(KNOWN_TAGS_FROM)):
            for tag in tags or ():
                seen.setdefault(tag.casefold(), tag)
        return sorted(seen.values(), key=str.casefold)


def _log(session: Session, actor: Actor, row: CustomerRelation, action: ChangeAction, *, field: str, old=None,
         new=None, ticket_id: uuid.UUID | None = None) -> None:
    record(session, actor, "customer_relation", row.id, action, field=field, old=old, new=new, ticket_id=ticket_id)


def add_relation(db: Database, actor: Actor, customer_id: uuid.UUID, related_id: uuid.UUID, tags: Iterable[str],
                 *, ticket_id: uuid.UUID | None = None) -> uuid.UUID:
    tags = clean_tags(tags)
    with unit_of_work(db) as session:
        customer = changeable_customer(session, actor, customer_id, ticket_id)
        if related_id == customer.id:
            raise ValidationError("relation_itself")
        other = live_customer(session, related_id)
        row = session.scalar(select(CustomerRelation).where(_either_way(customer.id, other.id))
                             .order_by(CustomerRelation.deleted_at.is_(None).desc()).limit(1))
        if row is not None and row.deleted_at is None:
            raise ValidationError("customer_already_related", relation_id=row.id)
        if row is None:
            row = CustomerRelation(customer_id=customer.id, related_customer_id=other.id, tags=tags)
            session.add(row)
        else:  # a removed relation between the two comes back
            row.deleted_at, row.tags = None, tags
        session.flush()
        _log(session, actor, row, ChangeAction.RELATE, field="related_customer",
             new=f"{other.full_name} ({other.id}): {', '.join(tags)}", ticket_id=ticket_id)
        return row.id


def _relation_of(session: Session, customer_id: uuid.UUID, relation_id: uuid.UUID) -> CustomerRelation:
    row = session.get(CustomerRelation, relation_id)
    if row is None or row.deleted_at is not None or customer_id not in (row.customer_id, row.related_customer_id):
        raise NotFound("relation")
    return row


def update_relation(db: Database, actor: Actor, customer_id: uuid.UUID, relation_id: uuid.UUID,
                    expected_version: int, tags: Iterable[str], *, ticket_id: uuid.UUID | None = None) -> int:
    """New tags for a relation; refused if someone saved it since `expected_version`."""
    tags = clean_tags(tags)
    with unit_of_work(db) as session:
        changeable_customer(session, actor, customer_id, ticket_id)
        row = _relation_of(session, customer_id, relation_id)
        if row.version != expected_version:
            raise StaleEdit("relation_changed", current=row.version)
        if list(row.tags or ()) != tags:
            _log(session, actor, row, ChangeAction.UPDATE, field="tags", old=", ".join(row.tags or ()),
                 new=", ".join(tags), ticket_id=ticket_id)
            row.tags = tags
            session.flush()
        return row.version


def remove_relation(db: Database, actor: Actor, customer_id: uuid.UUID, relation_id: uuid.UUID, *,
                    ticket_id: uuid.UUID | None = None) -> None:
    with unit_of_work(db) as session:
        changeable_customer(session, actor, customer_id, ticket_id)
        row = _relation_of(session, customer_id, relation_id)
        other = session.get(Customer, _other_side(row, customer_id))
        row.deleted_at = utcnow()
        _log(session, actor, row, ChangeAction.DELETE, field="related_customer",
             old=f"{other.full_name} ({other.id}): {', '.join(row.tags or ())}", ticket_id=ticket_id)
