"""C6: the customer dashboard's counts by status, campaign and channel, with a date filter."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from factories import (
    at, bulk_tickets, make_admin, make_agent, make_campaign, make_customer, set_hide_other_campaigns,
)
from factories_merge import add
from sagicc_desktop.services.customer_dashboard import ChannelFigures, customer_dashboard
from sagicc_desktop.services.customer_profile import CustomerMerged, DateRange
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Customer, Interaction
from sagicc_desktop.store.enums import ChannelKind, Direction, InteractionStatus, TicketStatus

EMAIL, WHATSAPP, SMS, PHONE = ChannelKind.EMAIL, ChannelKind.WHATSAPP, ChannelKind.SMS, ChannelKind.PHONE
IN, OUT = Direction.INCOMING, Direction.OUTGOING


def _ticket(db, customer, campaign, day=1, status=TicketStatus.NEW, **kw) -> uuid.UUID:
    return bulk_tickets(db, [dict(campaign_id=campaign, customer_id=customer, created_at=at(day), status=status,
                                  **kw)])[0]


def _say(db, ticket, customer, *steps):
    """Interactions in the order given, one hour apart: (channel, direction[, status])."""
    rows = []
    for hour, step in enumerate(steps):
        kind, direction, *status = step
        status = status[0] if status else (InteractionStatus.RECEIVED if direction is IN else InteractionStatus.SENT)
        rows.append(Interaction(ticket_id=ticket, customer_id=customer, channel_kind=kind, direction=direction,
                                status=status, occurred_at=at(10, hour)))
    add(db, *rows)


@pytest.fixture
def world(db):
    admin = make_admin(db)
    sales, support = make_campaign(db, "Sales"), make_campaign(db, "Support")
    return db, admin, sales, support, make_customer(db)


def test_tickets_by_status_list_every_status_and_leave_out_others(world):
    db, admin, sales, support, customer = world
    for status in (TicketStatus.NEW, TicketStatus.NEW, TicketStatus.CLOSED, TicketStatus.PENDING):
        _ticket(db, customer, sales, status=status)
    _ticket(db, customer, sales, deleted_at=at(2))
    _ticket(db, make_customer(db, "Luis", "Gómez"), sales)
    board = customer_dashboard(db, admin, customer)
    assert board.tickets_by_status == ((TicketStatus.NEW, 2), (TicketStatus.IN_PROGRESS, 0),
                                       (TicketStatus.PENDING, 1), (TicketStatus.RESOLVED, 0),
                                       (TicketStatus.CLOSED, 1))
    assert board.ticket_count == 4


def test_tickets_and_interactions_by_campaign(world):
    db, admin, sales, support, customer = world
    first, second = _ticket(db, customer, sales), _ticket(db, customer, sales)
    helped = _ticket(db, customer, support)
    _ticket(db, customer, make_campaign(db, "Quiet"))
    _say(db, first, customer, (EMAIL, IN), (EMAIL, OUT))
    _say(db, second, customer, (SMS, IN))
    _say(db, helped, customer, (PHONE, OUT), (PHONE, IN), (PHONE, OUT))
    other = make_customer(db, "Luis", "Gómez")
    _say(db, helped, other, (PHONE, IN))  # someone else on the same ticket is not this customer
    add(db, Interaction(ticket_id=first, customer_id=customer, channel_kind=EMAIL, direction=IN,
                        status=InteractionStatus.RECEIVED, occurred_at=at(11), deleted_at=at(12)))
    board = customer_dashboard(db, admin, customer)
    assert [(c.campaign_name, c.tickets, c.interactions) for c in board.campaigns] == [
        ("Quiet", 1, 0), ("Sales", 2, 3), ("Support", 1, 3)]


def test_channel_preferences_preferred_and_successful(world):
    db, admin, sales, support, customer = world
    one, two, three = (_ticket(db, customer, c) for c in (sales, support, sales))
    # E-mail: answered in both tickets we wrote in. WhatsApp: the customer writes on it, but
    # our messages there were never answered after them. SMS: never answered, one was read.
    _say(db, one, customer, (EMAIL, OUT), (EMAIL, IN), (EMAIL, OUT), (WHATSAPP, IN), (WHATSAPP, IN), (WHATSAPP, OUT))
    _say(db, two, customer, (SMS, OUT), (SMS, OUT, InteractionStatus.READ), (EMAIL, IN))
    _say(db, three, customer, (EMAIL, OUT), (EMAIL, IN), (WHATSAPP, OUT))
    board = customer_dashboard(db, admin, customer)
    assert board.channels == (
        ChannelFigures(EMAIL, inbound=3, outbound=3, tickets_written=2, tickets_reached=2),
        ChannelFigures(WHATSAPP, inbound=2, outbound=2, tickets_written=2, tickets_reached=0),
        ChannelFigures(SMS, inbound=0, outbound=2, tickets_written=1, tickets_reached=1),
    )
    assert board.channels[0].total == 6
    assert (board.preferred_channel, board.successful_channel) == (EMAIL, EMAIL)


def test_preferred_channel_is_where_the_customer_writes_most(world):
    db, admin, sales, support, customer = world
    ticket = _ticket(db, customer, sales)
    _say(db, ticket, customer, (SMS, IN), (SMS, IN), (EMAIL, OUT), (EMAIL, IN), (EMAIL, OUT, InteractionStatus.READ),
         (SMS, OUT))
    board = customer_dashboard(db, admin, customer)
    assert [(c.channel_kind, c.tickets_reached) for c in board.channels] == [(EMAIL, 1), (SMS, 0)]
    assert (board.preferred_channel, board.successful_channel) == (SMS, EMAIL)


def test_ties_go_to_more_interactions_then_to_the_higher_share(world):
    db, admin, sales, support, customer = world
    one, two = _ticket(db, customer, sales), _ticket(db, customer, sales)
    # Two inbound each, WhatsApp has more interactions. E-mail reached the customer in one
    # ticket of two, SMS in its only one.
    _say(db, one, customer, (EMAIL, IN), (WHATSAPP, IN), (WHATSAPP, IN), (WHATSAPP, OUT), (WHATSAPP, OUT),
         (WHATSAPP, OUT), (EMAIL, OUT), (SMS, OUT, InteractionStatus.READ))
    _say(db, two, customer, (EMAIL, OUT), (EMAIL, IN))
    board = customer_dashboard(db, admin, customer)
    assert [(c.channel_kind, c.tickets_written, c.tickets_reached) for c in board.channels] == [
        (EMAIL, 2, 1), (WHATSAPP, 1, 0), (SMS, 1, 1)]
    assert (board.preferred_channel, board.successful_channel) == (WHATSAPP, SMS)


def test_no_interactions_no_channels(world):
    db, admin, sales, support, customer = world
    _ticket(db, customer, sales)
    board = customer_dashboard(db, admin, customer)
    assert board.channels == () and board.preferred_channel is None and board.successful_channel is None
    assert [c.campaign_name for c in board.campaigns] == ["Sales"]


def test_date_filter_on_ticket_creation_and_interaction_dates(world):
    db, admin, sales, support, customer = world
    early, late = _ticket(db, customer, sales, day=1), _ticket(db, customer, sales, day=20)
    add(db, *(Interaction(ticket_id=early, customer_id=customer, channel_kind=EMAIL, direction=direction,
                          status=InteractionStatus.SENT, occurred_at=when)
              for direction, when in ((OUT, at(5)), (OUT, at(9)), (IN, at(25)))))
    board = customer_dashboard(db, admin, customer, DateRange(dt.date(2025, 3, 1), dt.date(2025, 3, 9)))
    assert board.ticket_count == 1 and late  # the ticket of the 20th is out of range
    # Both e-mails of the range count, and the answer after the range's end still counts.
    assert board.channels == (ChannelFigures(EMAIL, inbound=0, outbound=2, tickets_written=1, tickets_reached=1),)
    assert [(c.tickets, c.interactions) for c in board.campaigns] == [(1, 2)]


def test_hidden_campaigns_are_left_out_for_agents(world):
    db, admin, sales, support, customer = world
    agent = make_agent(db, campaigns=[sales])
    set_hide_other_campaigns(db, admin)
    mine, theirs = _ticket(db, customer, sales), _ticket(db, customer, support)
    _say(db, mine, customer, (EMAIL, IN))
    _say(db, theirs, customer, (SMS, IN), (SMS, IN))
    board = customer_dashboard(db, agent, customer)
    assert board.ticket_count == 1 and [c.campaign_name for c in board.campaigns] == ["Sales"]
    assert [c.channel_kind for c in board.channels] == [EMAIL] and board.preferred_channel is EMAIL
    assert customer_dashboard(db, admin, customer).preferred_channel is SMS


def test_a_merged_customer_names_its_survivor(world):
    db, admin, sales, support, customer = world
    other = make_customer(db, "Luis", "Gómez")
    with unit_of_work(db) as s:
        gone = s.get(Customer, other)
        gone.merged_into_id, gone.deleted_at = customer, at(3)
    with pytest.raises(CustomerMerged) as exc:
        customer_dashboard(db, admin, other)
    assert exc.value.details["survivor_id"] == customer
