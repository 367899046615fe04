"""Switching a ticket's customer (T1, from the similar customers): the ticket and its
interactions move, the old customer's account is cleared, the change log says so; refused for
viewers, closed tickets, tombstones and customers out of reach."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import factories_merge as fm
from factories import (
    create_ticket, make_account, make_admin, make_agent, make_campaign, make_customer, make_viewer,
    set_hide_other_campaigns,
)
from sagicc_desktop.services import ticket_customer as tc
from sagicc_desktop.services.customer_merge import merge_customers
from sagicc_desktop.services.errors import PermissionDenied, StaleEdit, TicketClosed, ValidationError
from sagicc_desktop.services.ticket_actions import close
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, Interaction, Ticket


@pytest.fixture
def w(db):
    campaign = make_campaign(db)
    admin = make_admin(db)
    agent = make_agent(db, campaigns=[campaign])
    old, new = make_customer(db, "Ana", "Pérez"), make_customer(db, "Ana", "Perez")
    account = make_account(db, old)
    ticket = create_ticket(db, admin, campaign, old)
    with unit_of_work(db) as s:
        s.get(Ticket, ticket).account_id = account
    fm.add(db, fm.interaction(ticket, old))
    return dict(db=db, campaign=campaign, admin=admin, agent=agent, viewer=make_viewer(db), old=old, new=new,
                ticket=ticket, account=account)


def test_reads_the_ticket_customer_and_why_read_only(w):
    seen = tc.ticket_customer(w["db"], w["agent"], w["ticket"])
    assert (seen.customer_id, seen.read_only_reason) == (w["old"], None)
    assert tc.ticket_customer(w["db"], w["viewer"], w["ticket"]).read_only_reason == "viewer"


def test_switch_moves_the_ticket_and_its_interactions_and_clears_the_account(w):
    db = w["db"]
    before = tc.ticket_customer(db, w["agent"], w["ticket"]).ticket_version
    version = tc.switch_customer(db, w["agent"], w["ticket"], w["new"], expected_version=before)
    assert version > before
    t = fm.get(db, Ticket, w["ticket"])
    assert (t.customer_id, t.account_id) == (w["new"], None)
    assert fm.count_where(db, Interaction, Interaction.ticket_id == w["ticket"],
                          Interaction.customer_id == w["new"]) == 1
    with unit_of_work(db) as s:
        logged = {e.field: (e.old_value, e.new_value) for e in s.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == w["ticket"],
                                         ChangeLogEntry.field.in_(("customer_id", "account_id"))))}
    assert str(w["old"]) in logged["customer_id"][0] and str(w["new"]) in logged["customer_id"][1]
    assert logged["account_id"][1] is None
    # the same customer again changes nothing
    assert tc.switch_customer(db, w["agent"], w["ticket"], w["new"]) == version


def test_refusals(w):
    db = w["db"]
    with pytest.raises(PermissionDenied):
        tc.switch_customer(db, w["viewer"], w["ticket"], w["new"])
    with pytest.raises(StaleEdit):
        tc.switch_customer(db, w["agent"], w["ticket"], w["new"], expected_version=0)
    third = make_customer(db, "Luis", "Gómez")
    merge_customers(db, w["admin"], w["new"], third)
    with pytest.raises(ValidationError) as err:
        tc.switch_customer(db, w["agent"], w["ticket"], third)
    assert err.value.args[0] == "customer_merged"
    close(db, w["admin"], w["ticket"])
    with pytest.raises(TicketClosed):
        tc.switch_customer(db, w["agent"], w["ticket"], w["new"])
    assert fm.get(db, Ticket, w["ticket"]).customer_id == w["old"]


def test_a_customer_of_hidden_campaigns_is_out_of_reach(w):
    db = w["db"]
    elsewhere = make_campaign(db)
    stranger = make_customer(db, "Eva", "Ruiz")
    create_ticket(db, w["admin"], elsewhere, stranger)
    set_hide_other_campaigns(db, w["admin"])
    with pytest.raises(PermissionDenied) as err:
        tc.switch_customer(db, w["agent"], w["ticket"], stranger)
    assert err.value.args[0] == "other_campaigns"
