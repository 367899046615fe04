"""The ticket's customer as the Customer tab sees it, and switching a ticket to another customer
(T1: "this ticket is really from that customer", usually a duplicate the similar list found).

Switching moves one ticket and its interactions (the conversation was with the new customer);
the old customer keeps everything else (a merge moves everything). The ticket's account belonged
to the old customer, so it is cleared. Viewers, closed tickets and tombstone customers are refused, as is a customer out
of the user's reach (customer_edit.in_reach).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Account, Customer, Interaction, Ticket
from ..store.enums import ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .customer_edit import OTHER_CAMPAIGNS, in_reach, live_customer
from .errors import PermissionDenied, StaleEdit
from .permissions import read_only_reason, visible_ticket, writable_ticket
from .row_moves import touch_rows
from .unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class TicketCustomer:
    ticket_id: uuid.UUID
    ticket_version: int
    customer_id: uuid.UUID | None
    read_only_reason: str | None  # permissions.VIEWER or CLOSED: why the ticket may not be changed


def ticket_customer(db: Database, actor: Actor, ticket_id: uuid.UUID) -> TicketCustomer:
    with read_only(db) as session:
        t = visible_ticket(session, actor, ticket_id)
        return TicketCustomer(t.id, t.version, t.customer_id, read_only_reason(actor, t))


def _label(c: Customer | None) -> str | None:
    return f"{c.full_name} ({c.id})" if c is not None else None


def _clear_foreign_account(session: Session, actor: Actor, t: Ticket) -> None:
    if t.account_id is None:
        return
    account = session.get(Account, t.account_id)
    if account is not None and account.customer_id == t.customer_id:
        return
    record(session, actor, "ticket", t.id, ChangeAction.UPDATE, field="account_id",
           old=account.number if account else str(t.account_id), new=None, ticket_id=t.id)
    t.account_id = None


def switch_customer(db: Database, actor: Actor, ticket_id: uuid.UUID, customer_id: uuid.UUID, *,
                    expected_version: int | None = None) -> int:
    """Make `customer_id` the ticket's customer; returns the ticket's new version (unchanged when
    it already was). `expected_version` guards against someone else's save since it was read."""
    with unit_of_work(db) as session:
        t = writable_ticket(session, actor, ticket_id)
        if expected_version is not None and t.version != expected_version:
            raise StaleEdit("ticket changed since it was loaded", current=t.version)
        new = live_customer(session, customer_id)
        if t.customer_id == new.id:
            return t.version
        if not in_reach(session, actor, new.id):
            raise PermissionDenied(OTHER_CAMPAIGNS)
        old = session.get(Customer, t.customer_id) if t.customer_id else None
        record(session, actor, "ticket", t.id, ChangeAction.UPDATE, field="customer_id",
               old=_label(old), new=_label(new), ticket_id=t.id)
        t.customer_id = new.id
        _clear_foreign_account(session, actor, t)
        t.updated_at = utcnow()
        session.flush()
        touch_rows(session, Interaction, (Interaction.ticket_id == t.id,), {"customer_id": new.id})
        session.refresh(t)
        return t.version
