"""C6: the customer dashboard's figures, counted by the database from indexes, never by
loading the rows (a customer may have 1,000 tickets and 20,000 interactions).

Two queries, each reading one covering index of migration 0005 and joining only the customer's
few tickets: tickets by (status, campaign), and interactions grouped per ticket and channel,
summed by (campaign, channel). Every chart is a sum over those groups.

Channel preferences, defined here once so the charts and their legends agree:
- interactions per channel: every live interaction of the customer on that channel, both ways;
- preferred channel: the channel the customer writes to us on most (most inbound interactions;
  a tie goes to the channel with more interactions overall, then to ChannelKind order);
- successful channel: the channel on which writing to the customer works. In a ticket where we
  wrote on a channel, the channel reached the customer when the customer wrote to us on that
  channel in that ticket after our first message there (an answer, at any time after it, even
  past the date filter's end), or when a message we sent there was reported read. The channel
  that reached the customer in the most tickets wins (ties: the higher share of the tickets we
  wrote on it, then ChannelKind order); None when it never did. Counting tickets rather than
  messages keeps it one pass over the index: a message-by-message answer check would compare
  every outbound message with the answers after it.
Tickets in campaigns hidden from the actor are left out of every figure, with their
interactions. The date filter applies to a ticket's creation and an interaction's date.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select, true
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
    tickets_written: int  # tickets in which we wrote to the customer on this channel
    tickets_reached: int  # of those, where the customer answered on it or read us (see above)

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
    """(campaign_id, channel_kind, inbound, outbound, tickets written, tickets reached).

    One pass over the covering (customer, ticket, channel, direction, status, occurred_at)
    index groups the customer's interactions per ticket and channel; only those groups meet
    the tickets table. The date filter is a condition inside the sums, not a WHERE, so an
    answer after the range's end still counts.
    """
    in_range = and_(true(), *dates.clauses(Interaction.occurred_at))
    inbound = Interaction.direction == Direction.INCOMING
    outbound = and_(Interaction.direction == Direction.OUTGOING, in_range)
    per_ticket = (
        select(Interaction.ticket_id, Interaction.channel_kind,
               func.sum(case((and_(inbound, in_range), 1), else_=0)).label("inbound"),
               func.sum(case((outbound, 1), else_=0)).label("outbound"),
               func.min(case((outbound, Interaction.occurred_at))).label("first_out"),
               func.max(case((inbound, Interaction.occurred_at))).label("last_in"),
               func.max(case((and_(outbound, Interaction.status == InteractionStatus.READ), 1), else_=0))
               .label("read"))
        .where(Interaction.customer_id == customer_id, Interaction.deleted_at.is_(None))
        .group_by(Interaction.ticket_id, Interaction.channel_kind)
        .subquery("per_ticket")
    )
    written = per_ticket.c.first_out.is_not(None)
    reached = and_(written, or_(per_ticket.c.read == 1, per_ticket.c.first_out < per_ticket.c.last_in))
    return session.execute(
        select(Ticket.campaign_id, per_ticket.c.channel_kind, func.sum(per_ticket.c.inbound),
               func.sum(per_ticket.c.outbound), func.sum(case((written, 1), else_=0)),
               func.sum(case((reached, 1), else_=0)))
        .select_from(per_ticket).join(Ticket, Ticket.id == per_ticket.c.ticket_id)
        .where(Ticket.deleted_at.is_(None), ticket_visibility(session, actor),
               per_ticket.c.inbound + per_ticket.c.outbound > 0)
        .group_by(Ticket.campaign_id, per_ticket.c.channel_kind)
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
    reached = [c for c in channels if c.tickets_reached]
    if not reached:
        return None
    return min(reached, key=lambda c: (-c.tickets_reached, -c.tickets_reached / c.tickets_written,
                                       order[c.channel_kind])).channel_kind


def _dashboard(session: Session, actor: Actor, customer_id: uuid.UUID, dates: DateRange) -> CustomerDashboard:
    live_customer(session, customer_id)
    by_status = {s: 0 for s in TicketStatus}
    tickets: dict[uuid.UUID, int] = {}
    for status, campaign_id, n in _ticket_groups(session, actor, customer_id, dates):
        by_status[TicketStatus(status)] += n
        tickets[campaign_id] = tickets.get(campaign_id, 0) + n
    interactions: dict[uuid.UUID, int] = {}
    per_channel: dict[ChannelKind, list[int]] = {}
    for campaign_id, kind, inbound, outbound, written, reached in _interaction_groups(session, actor, customer_id,
                                                                                      dates):
        interactions[campaign_id] = interactions.get(campaign_id, 0) + inbound + outbound
        sums = per_channel.setdefault(ChannelKind(kind), [0, 0, 0, 0])
        for i, n in enumerate((inbound, outbound, written, reached)):
            sums[i] += n
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
