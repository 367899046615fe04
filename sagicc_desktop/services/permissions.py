"""Who may see and change what (U1), as SQL filters and as yes/no checks."""

from __future__ import annotations

from sqlalchemy import ColumnElement, true
from sqlalchemy.orm import Session

from ..store.entities import Ticket
from ..store.enums import TicketStatus
from .actor import Actor
from .errors import NotFound, PermissionDenied, TicketClosed
from .settings import HIDE_OTHER_CAMPAIGNS, get_setting


def hidden_campaigns_apply(session: Session, actor: Actor) -> bool:
    """True when this actor only sees (and may only use) the campaigns they belong to."""
    return not (actor.sees_everything or actor.read_only) and bool(get_setting(session, HIDE_OTHER_CAMPAIGNS))


def ticket_visibility(session: Session, actor: Actor) -> ColumnElement[bool]:
    """The WHERE clause limiting tickets to those the actor may see."""
    if hidden_campaigns_apply(session, actor):
        return Ticket.campaign_id.in_(actor.campaign_ids or {None})
    return true()


def can_see_ticket(session: Session, actor: Actor, ticket: Ticket) -> bool:
    if ticket.deleted_at is not None:
        return False
    return not hidden_campaigns_apply(session, actor) or ticket.campaign_id in actor.campaign_ids


def visible_ticket(session: Session, actor: Actor, ticket_id) -> Ticket:
    """Load a ticket the actor may see; one not visible is reported as not found."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or not can_see_ticket(session, actor, ticket):
        raise NotFound("ticket")
    return ticket


def require_writer(actor: Actor) -> None:
    if actor.read_only:
        raise PermissionDenied("viewers change nothing")


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("administrators only")



# Why a ticket may not be changed by this actor; the views turn the code into a sentence.
VIEWER, CLOSED = "viewer", "closed"


def read_only_reason(actor: Actor, ticket: Ticket) -> str | None:
    """VIEWER, CLOSED, or None when the actor may change the ticket (the rule writable_ticket enforces)."""
    if actor.read_only:
        return VIEWER
    if ticket.status is TicketStatus.CLOSED:
        return CLOSED
    return None


def writable_ticket(session: Session, actor: Actor, ticket_id) -> Ticket:
    """A ticket the actor may change: visible, not a viewer, and not closed (O6: closed is read-only)."""
    require_writer(actor)
    ticket = visible_ticket(session, actor, ticket_id)
    if read_only_reason(actor, ticket) == CLOSED:
        raise TicketClosed("closed tickets are read-only")
    return ticket
