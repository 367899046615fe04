"""T2: the ticket's customer's contact points: list, add, edit, delete.

Values are validated and normalised per kind (services.contact_data); the normalised value is
what duplicates and the block list compare. Deleting leaves a tombstone. Each customer has at
most one primary contact point per kind; the first of a kind becomes primary.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import ContactPoint, Ticket
from ..store.enums import ChangeAction, ContactKind
from ..store.types import utcnow
from . import block_list
from .actor import Actor
from .changelog import apply_changes, record
from .contact_data import DEFAULT_REGION, DEFAULT_REGION_SETTING, MAX_LABEL, normalise_contact
from .errors import NotFound, StaleEdit, ValidationError
from .permissions import CLOSED, VIEWER  # noqa: F401 - the read-only codes the tabs compare with
from .permissions import require_writer, visible_ticket, writable_ticket
from .permissions import read_only_reason as ticket_read_only_reason
from .settings import get_setting
from .unit_of_work import read_only, unit_of_work

# Why a ticket's tabs are read-only for this user (None: they may write).
NO_CUSTOMER = "no_customer"


def read_only_reason(actor: Actor, ticket: Ticket) -> str | None:
    """The reason the customer's data may not be changed from this ticket, for the tabs to say:
    the ticket's own rule (VIEWER, CLOSED), or a ticket without a customer."""
    reason = ticket_read_only_reason(actor, ticket)
    if reason is not None:
        return reason
    if ticket.customer_id is None:
        return NO_CUSTOMER
    return None


@dataclass(frozen=True)
class ContactPointRow:
    id: uuid.UUID
    kind: ContactKind
    value: str
    normalized_value: str
    label: str
    is_primary: bool
    version: int
    blocked: bool
    block_reason: str


@dataclass(frozen=True)
class ContactList:
    customer_id: uuid.UUID | None
    rows: tuple[ContactPointRow, ...]
    read_only_reason: str | None
    can_unblock: bool


_KIND_ORDER = {k: i for i, k in enumerate(ContactKind)}


def default_region(session: Session) -> str:
    """The region phone numbers written without a country code belong to (a setting)."""
    return str(get_setting(session, DEFAULT_REGION_SETTING) or DEFAULT_REGION).upper()


def list_contacts(db: Database, actor: Actor, ticket_id: uuid.UUID) -> ContactList:
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        points = list(session.scalars(
            select(ContactPoint).where(ContactPoint.customer_id == ticket.customer_id,
                                       ContactPoint.deleted_at.is_(None))
        )) if ticket.customer_id else []
        blocked = block_list.blocked_values(session, ((p.kind, p.normalized_value) for p in points))
        points.sort(key=lambda p: (_KIND_ORDER[p.kind], not p.is_primary, p.value.casefold()))
        rows = tuple(
            ContactPointRow(p.id, p.kind, p.value, p.normalized_value, p.label, p.is_primary, p.version,
                            (p.kind, p.normalized_value) in blocked, blocked.get((p.kind, p.normalized_value), ""))
            for p in points
        )
        return ContactList(ticket.customer_id, rows, read_only_reason(actor, ticket), block_list.can_unblock(actor))


# ---------------------------------------------------------------- writing


def _customer_of(session: Session, actor: Actor, ticket_id: uuid.UUID) -> uuid.UUID:
    ticket = writable_ticket(session, actor, ticket_id)
    if ticket.customer_id is None:
        raise ValidationError("no_customer")
    return ticket.customer_id


def _clean_label(label: str) -> str:
    label = " ".join((label or "").split())
    if len(label) > MAX_LABEL:
        raise ValidationError("too_long", field="label", limit=MAX_LABEL)
    return label


def _refuse_duplicate(session: Session, customer_id: uuid.UUID, kind: ContactKind, normalized: str,
                      shown: str, except_id: uuid.UUID | None = None) -> None:
    query = select(ContactPoint.id).where(
        ContactPoint.customer_id == customer_id, ContactPoint.deleted_at.is_(None),
        ContactPoint.kind.in_(block_list.kinds_alike(kind)), ContactPoint.normalized_value == normalized,
    )
    if except_id is not None:
        query = query.where(ContactPoint.id != except_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError("duplicate_contact", value=shown)


def _live_of_kind(session: Session, customer_id: uuid.UUID, kind: ContactKind) -> list[ContactPoint]:
    return list(session.scalars(
        select(ContactPoint).where(ContactPoint.customer_id == customer_id, ContactPoint.kind == kind,
                                   ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.created_at, ContactPoint.id)
    ))


def _demote_others(session: Session, actor: Actor, point: ContactPoint, ticket_id: uuid.UUID) -> None:
    """One primary per kind: the others of the kind stop being primary."""
    for other in _live_of_kind(session, point.customer_id, point.kind):
        if other.id != point.id and other.is_primary:
            apply_changes(session, actor, other, {"is_primary": False}, entity_type="contact_point",
                          ticket_id=ticket_id)


def add_contact(
    db: Database, actor: Actor, ticket_id: uuid.UUID, *, kind: ContactKind, value: str,
    label: str = "", is_primary: bool = False,
) -> uuid.UUID:
    require_writer(actor)
    kind = ContactKind(kind)
    label = _clean_label(label)
    with unit_of_work(db) as session:
        customer_id = _customer_of(session, actor, ticket_id)
        shown, normalized = normalise_contact(kind, value, default_region(session))
        _refuse_duplicate(session, customer_id, kind, normalized, shown)
        first_of_kind = not _live_of_kind(session, customer_id, kind)
        point = ContactPoint(customer_id=customer_id, kind=kind, value=shown, normalized_value=normalized,
                             label=label, is_primary=is_primary or first_of_kind)
        session.add(point)
        session.flush()
        record(session, actor, "contact_point", point.id, ChangeAction.CREATE, field=kind.value,
               new=shown, ticket_id=ticket_id)
        if point.is_primary:
            _demote_others(session, actor, point, ticket_id)
        return point.id


def _editable_point(session: Session, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID,
                    expected_version: int, stale_reason: str = "contact_changed") -> ContactPoint:
    customer_id = _customer_of(session, actor, ticket_id)
    point = session.get(ContactPoint, contact_id)
    if point is None or point.deleted_at is not None or point.customer_id != customer_id:
        raise NotFound("contact_missing")
    if point.version != expected_version:
        raise StaleEdit(stale_reason, current=point.version, value=point.value)
    return point


def update_contact(
    db: Database, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID, expected_version: int,
    *, kind: ContactKind, value: str, label: str = "", is_primary: bool = False,
) -> int:
    """Save an edited contact point; refused if someone saved it since `expected_version`."""
    require_writer(actor)
    kind = ContactKind(kind)
    label = _clean_label(label)
    with unit_of_work(db) as session:
        point = _editable_point(session, actor, ticket_id, contact_id, expected_version)
        shown, normalized = normalise_contact(kind, value, default_region(session))
        _refuse_duplicate(session, point.customer_id, kind, normalized, shown, except_id=point.id)
        old_kind = point.kind
        changed = apply_changes(session, actor, point,
                                {"kind": kind, "value": shown, "label": label, "is_primary": is_primary},
                                entity_type="contact_point", ticket_id=ticket_id)
        point.normalized_value = normalized
        if point.is_primary:
            _demote_others(session, actor, point, ticket_id)
        if "kind" in changed:
            _promote_if_none(session, actor, point.customer_id, old_kind, ticket_id)
        _promote_if_none(session, actor, point.customer_id, kind, ticket_id, avoid=point.id)
        session.flush()
        return point.version


def _promote_if_none(session: Session, actor: Actor, customer_id: uuid.UUID, kind: ContactKind,
                     ticket_id: uuid.UUID, avoid: uuid.UUID | None = None) -> None:
    """A kind that still has contact points keeps a primary one: the oldest takes over, other
    than `avoid` (the one the user just unmarked) unless it is the only one."""
    points = _live_of_kind(session, customer_id, kind)
    if not points or any(p.is_primary for p in points):
        return
    heir = next((p for p in points if p.id != avoid), points[0])
    apply_changes(session, actor, heir, {"is_primary": True}, entity_type="contact_point", ticket_id=ticket_id)


def delete_contact(db: Database, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID,
                   expected_version: int) -> None:
    """Tombstone a contact point (deleted_at); its block-list entry, if any, stays."""
    require_writer(actor)
    with unit_of_work(db) as session:
        point = _editable_point(session, actor, ticket_id, contact_id, expected_version, "contact_changed_delete")
        point.deleted_at = utcnow()
        was_primary = point.is_primary
        point.is_primary = False
        record(session, actor, "contact_point", point.id, ChangeAction.DELETE, field=point.kind.value,
               old=point.value, ticket_id=ticket_id)
        session.flush()
        if was_primary:
            _promote_if_none(session, actor, point.customer_id, point.kind, ticket_id)


def current_version(db: Database, actor: Actor, ticket_id: uuid.UUID, contact_id: uuid.UUID) -> int:
    """The stored version of a contact point, for an edit the user chooses to save over a newer one."""
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        point = session.get(ContactPoint, contact_id)
        if point is None or point.deleted_at is not None or point.customer_id != ticket.customer_id:
            raise NotFound("contact_missing")
        return point.version
