"""C5: merge two customers. The survivor takes the other's contact points (no duplicates by
kind and normalised value), accounts and tickets; the other stays as a tombstone pointing at it.

Every move is one set-based UPDATE, so a customer with thousands of tickets merges in a few
statements. `progress(done, total)` is called after each step for a progress bar.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, insert, select
from sqlalchemy.orm import Session, aliased

from ..store.database import Database
from ..store.entities import (
    Account, ChangeLogEntry, ContactPoint, Customer, CustomerAssignment, CustomerRelation,
    Interaction, Ticket,
)
from ..store.enums import ChangeAction, TicketStatus
from ..store.types import new_id, utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, ValidationError
from .permissions import hidden_campaigns_apply, require_writer
from .row_moves import move_rows, touch_rows
from .unit_of_work import unit_of_work

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CustomerMergeResult:
    survivor_id: uuid.UUID
    contacts_moved: int
    contacts_dropped: int
    accounts_moved: int
    tickets_moved: int


def merge_customers(
    db: Database, actor: Actor, survivor_id: uuid.UUID, other_id: uuid.UUID, *,
    contacts: bool = True, accounts: bool = True, tickets: bool = True,
    progress: Progress | None = None,
) -> CustomerMergeResult:
    """One transaction; irreversible once committed."""
    with unit_of_work(db) as session:
        return merge_in_session(session, actor, survivor_id, other_id, contacts=contacts,
                                accounts=accounts, tickets=tickets, progress=progress)


def _live(session: Session, customer_id: uuid.UUID) -> Customer:
    c = session.get(Customer, customer_id)
    if c is None or c.deleted_at is not None or c.merged_into_id is not None:
        raise NotFound("customer_gone")
    return c


def merge_in_session(
    session: Session, actor: Actor, survivor_id: uuid.UUID, other_id: uuid.UUID, *,
    contacts: bool = True, accounts: bool = True, tickets: bool = True,
    progress: Progress | None = None,
) -> CustomerMergeResult:
    """The merge inside the caller's transaction (a ticket merge may merge customers too)."""
    require_writer(actor)
    if survivor_id == other_id:
        raise ValidationError("merge_customer_itself")
    survivor, other = _live(session, survivor_id), _live(session, other_id)
    _refuse_hidden_open_tickets(session, actor, (survivor.id, other.id))
    steps: list[Callable[[], int]] = []
    moved = {"contacts": 0, "dropped": 0, "accounts": 0, "tickets": 0}

    def do_contacts() -> int:
        moved["contacts"], moved["dropped"] = _move_contacts(session, survivor.id, other.id)
        return moved["contacts"]

    def do_accounts() -> int:
        moved["accounts"] = len(move_rows(session, Account, Account.customer_id, other.id, survivor.id,
                                          Account.deleted_at.is_(None)))
        return moved["accounts"]

    def do_tickets() -> int:
        moved["tickets"] = _move_tickets(session, actor, survivor, other)
        return moved["tickets"]

    if contacts:
        steps.append(do_contacts)
    if accounts:
        steps.append(do_accounts)
    if tickets:
        steps.append(do_tickets)
    steps.append(lambda: _move_relations(session, survivor.id, other.id))
    steps.append(lambda: _move_assignments(session, survivor.id, other.id))
    total = len(steps) + 1
    for done, step in enumerate(steps, start=1):
        step()
        if progress:
            progress(done, total)

    now = utcnow()
    other.deleted_at, other.merged_into_id, other.updated_by_id = now, survivor.id, actor.user_id
    survivor.updated_at, survivor.updated_by_id = now, actor.user_id
    summary = (f"contacts {moved['contacts']} (+{moved['dropped']} duplicates), "
               f"accounts {moved['accounts']}, tickets {moved['tickets']}")
    record(session, actor, "customer", survivor.id, ChangeAction.MERGE, field="merged_from",
           old=None, new=f"{other.full_name} ({other.id}): {summary}")
    record(session, actor, "customer", other.id, ChangeAction.MERGE, field="merged_into",
           old=None, new=f"{survivor.full_name} ({survivor.id})")
    session.flush()
    if progress:
        progress(total, total)
    return CustomerMergeResult(survivor.id, moved["contacts"], moved["dropped"], moved["accounts"],
                               moved["tickets"])


def _refuse_hidden_open_tickets(session: Session, actor: Actor, customer_ids: tuple[uuid.UUID, ...]) -> None:
    """Where other campaigns are hidden from the user, a merge would move (or tie to another
    customer) open tickets they cannot see: that is for someone who sees them."""
    if not hidden_campaigns_apply(session, actor):
        return
    hidden = session.scalar(select(Ticket.id).where(
        Ticket.customer_id.in_(customer_ids), Ticket.deleted_at.is_(None),
        Ticket.status.in_(TicketStatus.open_statuses()),
        Ticket.campaign_id.not_in(actor.campaign_ids or {None})).limit(1))
    if hidden is not None:
        raise ValidationError("merge_hidden_tickets")


def _move_contacts(session: Session, survivor_id: uuid.UUID, other_id: uuid.UUID) -> tuple[int, int]:
    """Move the contact points the survivor lacks; tombstone the duplicates so contact look-ups
    (incoming e-mail, calls) find only the survivor."""
    mine = aliased(ContactPoint)
    same = (mine.deleted_at.is_(None), mine.kind == ContactPoint.kind,
            mine.normalized_value == ContactPoint.normalized_value)
    on_survivor = select(mine.id).where(mine.customer_id == survivor_id, *same).exists()
    # the other customer's own repeats: the earliest (UUIDv7 ids sort by time) is the one kept
    repeated = select(mine.id).where(mine.customer_id == other_id, mine.id < ContactPoint.id, *same).exists()
    live = (ContactPoint.customer_id == other_id, ContactPoint.deleted_at.is_(None))
    dropped = touch_rows(session, ContactPoint, (*live, on_survivor | repeated), {"deleted_at": utcnow()})
    moved = move_rows(session, ContactPoint, ContactPoint.customer_id, other_id, survivor_id,
                      ContactPoint.deleted_at.is_(None))
    return len(moved), len(dropped)


def _move_tickets(session: Session, actor: Actor, survivor: Customer, other: Customer) -> int:
    """Tickets and their interactions follow the customer; each ticket's change log says so."""
    moved = move_rows(session, Ticket, Ticket.customer_id, other.id, survivor.id)
    move_rows(session, Interaction, Interaction.customer_id, other.id, survivor.id)
    if moved:
        now = utcnow()
        old, new = f"{other.full_name} ({other.id})", f"{survivor.full_name} ({survivor.id})"
        session.execute(insert(ChangeLogEntry), [
            {"id": new_id(), "at": now, "user_id": actor.user_id, "entity_type": "ticket",
             "entity_id": t, "ticket_id": t, "action": ChangeAction.MERGE, "field": "customer_id",
             "old_value": old, "new_value": new}
            for t in moved
        ])
    return len(moved)


def _move_relations(session: Session, survivor_id: uuid.UUID, other_id: uuid.UUID) -> int:
    """Related customers follow, unless the survivor already has that relation or it would
    relate the survivor to itself (then the row is tombstoned)."""
    count = 0
    for mine, theirs in ((CustomerRelation.customer_id, CustomerRelation.related_customer_id),
                         (CustomerRelation.related_customer_id, CustomerRelation.customer_id)):
        kept = aliased(CustomerRelation)
        kept_mine = getattr(kept, mine.key)
        kept_theirs = getattr(kept, theirs.key)
        clash = select(kept.id).where(kept_mine == survivor_id, kept_theirs == theirs).exists()
        live = (mine == other_id, CustomerRelation.deleted_at.is_(None))
        touch_rows(session, CustomerRelation, (*live, clash | (theirs == survivor_id)),
                   {"deleted_at": utcnow()})
        count += len(move_rows(session, CustomerRelation, mine, other_id, survivor_id, *live[1:]))
    return count


def _move_assignments(session: Session, survivor_id: uuid.UUID, other_id: uuid.UUID) -> int:
    """Assigned users per campaign follow where the survivor has none for that campaign."""
    kept = aliased(CustomerAssignment)
    clash = select(kept.id).where(
        kept.customer_id == survivor_id,
        and_(kept.campaign_id == CustomerAssignment.campaign_id)
        | (kept.campaign_id.is_(None) & CustomerAssignment.campaign_id.is_(None)),
    ).exists()
    live = (CustomerAssignment.customer_id == other_id, CustomerAssignment.deleted_at.is_(None))
    touch_rows(session, CustomerAssignment, (*live, clash), {"deleted_at": utcnow()})
    return len(move_rows(session, CustomerAssignment, CustomerAssignment.customer_id, other_id, survivor_id,
                         *live[1:]))
