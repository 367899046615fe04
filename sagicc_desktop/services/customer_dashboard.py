"""C6: the customer dashboard's figures, counted by the database from indexes, never by
loading the rows (a customer may have 1,000 tickets and 20,000 interactions).

Two queries, each reading one covering index of migration 0005 and joining only the customer's
few tickets: tickets by (status, campaign), and interactions grouped per ticket and channel,
summed by (campaign, channel, direction). Every chart is a sum over those groups.

Channel preferences, defined here once so the charts and their legends agree:
- interactions per channel: every live interaction of the customer on that channel, both ways;
- preferred channel: the channel the customer writes to us on most (most inbound interactions;
  a tie goes to the channel with more interactions overall, then to ChannelKind order);
- successful channel: the channel on which our messages most often reached the customer. An
  outbound interaction counts as successful when the provider reported it read, or when the
  customer wrote to us later on the same channel in the same ticket (an answer, at any time
  after it, even past the date filter's end). The channel with the most successful outbound
  interactions wins (ties: the higher share of successful ones, then ChannelKind order); None
  when no outbound interaction succeeded.
Tickets in campaigns hidden from the actor are left out of every figure, with their
interactions. The date filter applies to a ticket's creation and an interaction's date.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, Interaction, Ticket
from ..store.enums import ChannelKind, Direction, InteractionStatus, TicketStatus
from .actor import Actor
from .customer_profile import DateRange, live_customer
from .permissions import ticket_visibility
from .unit_of_work import read_only


@dataclass(frozen=True)
class CampaignFigures:
    campaign_id: uuid.UUID
    campaign_name: str
    tickets: int
    interactions: int


@dataclass(frozen=True)
class ChannelFigures:
    channel_kind: ChannelKind
    inbound: int
    outbound: int
    successful: int  # outbound interactions read or answered (see the module's definition)

    @property
    def total(self) -> int:
        return self.inbound + self.outbound


@dataclass(frozen=True)
class CustomerDashboard:
    tickets_by_status: tuple[tuple[TicketStatus, int], ...]  # every status, in TicketStatus order
    campaigns: tuple[CampaignFigures, ...]  # campaigns with tickets or interactions, by name
    channels: tuple[ChannelFigures, ...]  # channels with interactions, in ChannelKind order
    preferred_channel: ChannelKind | None
    successful_channel: ChannelKind | None

    @property
    def ticket_count(self) -> int:
        return sum(n for _, n in self.tickets_by_status)


def _ticket_groups(session: Session, actor: Actor, customer_id: uuid.UUID, dates: DateRange) -> list:
    """(status, campaign_id, count) from the (customer, status, campaign, created_at) index."""
    return session.execute(
        select(Ticket.status, Ticket.campaign_id, func.count())
        .where(Ticket.customer_id == customer_id, Ticket.deleted_at.is_(None), ticket_visibility(session, actor),
               *dates.clauses(Ticket.created_at))
        .group_by(Ticket.status, Ticket.campaign_id)
    ).all()


def _interaction_groups(session: Session, actor: Actor, customer_id: uuid.UUID, dates: DateRange) -> list:
    """(campaign_id, channel_kind, direction, count, successful) for the customer's interactions.

    The interactions are grouped per ticket on the covering (customer, ticket, channel,
    direction, status, occurred_at) index first, so only those groups meet the tickets table.
    """
    live = (Interaction.customer_id == customer_id, Interaction.deleted_at.is_(None))
    last_answer = (
        select(Interaction.ticket_id, Interaction.channel_kind, func.max(Interaction.occurred_at).label("at"))
        .where(*live, Interaction.direction == Direction.INCOMING)
        .group_by(Interaction.ticket_id, Interaction.channel_kind)
        .subquery("last_answer")
    )
    succeeded = and_(Interaction.direction == Direction.OUTGOING,
                     or_(Interaction.status == InteractionStatus.READ, Interaction.occurred_at < last_answer.c.at))
    per_ticket = (
        select(Interaction.ticket_id, Interaction.channel_kind, Interaction.direction,
               func.count().label("n"), func.sum(case((succeeded, 1), else_=0)).label("ok"))
        .outerjoin(last_answer, and_(last_answer.c.ticket_id == Interaction.ticket_id,
                                     last_answer.c.channel_kind == Interaction.channel_kind))
        .where(*live, *dates.clauses(Interaction.occurred_at))
        .group_by(Interaction.ticket_id, Interaction.channel_kind, Interaction.direction)
        .subquery("per_ticket")
    )
    return session.execute(
        select(Ticket.campaign_id, per_ticket.c.channel_kind, per_ticket.c.direction,
               func.sum(per_ticket.c.n), func.sum(per_ticket.c.ok))
        .select_from(per_ticket).join(Ticket, Ticket.id == per_ticket.c.ticket_id)
        .where(Ticket.deleted_at.is_(None), ticket_visibility(session, actor))
        .group_by(Ticket.campaign_id, per_ticket.c.channel_kind, per_ticket.c.direction)
    ).all()


def _campaign_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Campaign.id, Campaign.name).where(Campaign.id.in_(ids))).all())


def _preferred(channels: list[ChannelFigures]) -> ChannelKind | None:
    order = {k: i for i, k in enumerate(ChannelKind)}
    writing = [c for c in channels if c.inbound]
    if not writing:
        return None
    return min(writing, key=lambda c: (-c.inbound, -c.total, order[c.channel_kind])).channel_kind


def _successful(channels: list[ChannelFigures]) -> ChannelKind | None:
    order = {k: i for i, k in enumerate(ChannelKind)}
    reached = [c for c in channels if c.successful]
    if not reached:
        return None
    return min(reached, key=lambda c: (-c.successful, -c.successful / c.outbound, order[c.channel_kind])).channel_kind


def _dashboard(session: Session, actor: Actor, customer_id: uuid.UUID, dates: DateRange) -> CustomerDashboard:
    live_customer(session, customer_id)
    by_status = {s: 0 for s in TicketStatus}
    tickets: dict[uuid.UUID, int] = {}
    for status, campaign_id, n in _ticket_groups(session, actor, customer_id, dates):
        by_status[TicketStatus(status)] += n
        tickets[campaign_id] = tickets.get(campaign_id, 0) + n
    interactions: dict[uuid.UUID, int] = {}
    per_channel: dict[ChannelKind, list[int]] = {}
    for campaign_id, kind, direction, n, ok in _interaction_groups(session, actor, customer_id, dates):
        interactions[campaign_id] = interactions.get(campaign_id, 0) + n
        inbound, outbound, successful = per_channel.setdefault(ChannelKind(kind), [0, 0, 0])
        if Direction(direction) is Direction.INCOMING:
            per_channel[ChannelKind(kind)] = [inbound + n, outbound, successful]
        else:
            per_channel[ChannelKind(kind)] = [inbound, outbound + n, successful + (ok or 0)]
    names = _campaign_names(session, set(tickets) | set(interactions))
    campaigns = sorted(
        (CampaignFigures(cid, names.get(cid, ""), tickets.get(cid, 0), interactions.get(cid, 0))
         for cid in set(tickets) | set(interactions)),
        key=lambda c: (c.campaign_name.casefold(), c.campaign_id.hex),
    )
    channels = [ChannelFigures(k, *per_channel[k]) for k in ChannelKind if k in per_channel]
    return CustomerDashboard(tuple(by_status.items()), tuple(campaigns), tuple(channels),
                             _preferred(channels), _successful(channels))


def customer_dashboard(db: Database, actor: Actor, customer_id: uuid.UUID,
                       dates: DateRange = DateRange()) -> CustomerDashboard:
    """Every figure of the dashboard in one read transaction."""
    with read_only(db) as session:
        return _dashboard(session, actor, customer_id, dates)


__all__ = ["CampaignFigures", "ChannelFigures", "CustomerDashboard", "customer_dashboard"]
