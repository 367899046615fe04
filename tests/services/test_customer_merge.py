"""C5: merging customers: contact points without duplicates, accounts, tickets, a tombstone."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

import factories_merge as fm
from factories import bulk_tickets, create_ticket, make_admin, make_agent, make_campaign, make_customer, make_viewer
from sagicc_desktop.services.customer_merge import merge_customers
from sagicc_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    Account, ChangeLogEntry, CustomerAssignment, CustomerRelation, Interaction, SyncChange, Ticket,
)
from sagicc_desktop.store.enums import ChangeAction, ContactKind


@pytest.fixture
def w(db):
    campaign = make_campaign(db)
    admin = make_admin(db)
    keep, other = make_customer(db, "Ana", "Pérez"), make_customer(db, "Ana", "Perez")
    fm.add(db,
           fm.contact(keep, ContactKind.EMAIL, "ana@example.com"),
           fm.contact(other, ContactKind.EMAIL, "ANA@example.com"),   # same e-mail, other case
           fm.contact(other, ContactKind.PHONE, "ana@example.com"),   # same value, other kind
           fm.contact(other, ContactKind.MOBILE, "+573001234567"))
    return dict(db=db, campaign=campaign, admin=admin, agent=make_agent(db, campaigns=[campaign]),
                viewer=make_viewer(db), keep=keep, other=other)


def test_merge_moves_contacts_without_duplicates_accounts_and_tickets(w):
    db = w["db"]
    [acc] = fm.add(db, Account(customer_id=w["other"], number="A-1"))
    t = create_ticket(db, w["admin"], w["campaign"], w["other"])
    [i] = fm.add(db, fm.interaction(t, w["other"]))
    result = merge_customers(db, w["agent"], w["keep"], w["other"])
    assert fm.live_contacts(db, w["keep"]) == [
        ("email", "ana@example.com"), ("mobile", "+573001234567"), ("phone", "ana@example.com")]
    assert fm.live_contacts(db, w["other"]) == []
    assert (result.contacts_moved, result.contacts_dropped, result.accounts_moved, result.tickets_moved) == (2, 1, 1, 1)
    assert fm.account(db, acc).customer_id == w["keep"]
    assert fm.get(db, Ticket, t).customer_id == w["keep"]
    assert fm.get(db, Interaction, i).customer_id == w["keep"]
    gone = fm.customer(db, w["other"])
    assert gone.deleted_at is not None and gone.merged_into_id == w["keep"]
    assert fm.customer(db, w["keep"]).deleted_at is None
    with unit_of_work(db) as s:
        logged = {(e.entity_id, e.field) for e in s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.action == ChangeAction.MERGE))}
    assert {(w["keep"], "merged_from"), (w["other"], "merged_into"), (t, "customer_id")} <= logged


def test_the_other_customers_own_repeats_arrive_once(w):
    db = w["db"]
    fm.add(db, fm.contact(w["other"], ContactKind.SOCIAL, "@ana"), fm.contact(w["other"], ContactKind.SOCIAL, "@ana"))
    result = merge_customers(db, w["admin"], w["keep"], w["other"])
    assert fm.live_contacts(db, w["keep"]).count(("social", "@ana")) == 1
    assert (result.contacts_moved, result.contacts_dropped) == (3, 2)


def test_only_the_chosen_parts_move(w):
    db = w["db"]
    fm.add(db, Account(customer_id=w["other"], number="A-2"))
    t = create_ticket(db, w["admin"], w["campaign"], w["other"])
    result = merge_customers(db, w["admin"], w["keep"], w["other"], contacts=False, accounts=False)
    assert (result.contacts_moved, result.accounts_moved, result.tickets_moved) == (0, 0, 1)
    assert fm.live_contacts(db, w["keep"]) == [("email", "ana@example.com")]
    assert fm.count_where(db, Account, Account.customer_id == w["keep"]) == 0
    assert fm.get(db, Ticket, t).customer_id == w["keep"]
    assert fm.customer(db, w["other"]).merged_into_id == w["keep"]


def test_relations_and_assignments_follow_without_duplicates(w):
    db = w["db"]
    friend, cousin = make_customer(db), make_customer(db)
    fm.add(db, fm.customer_relation(w["keep"], friend), fm.customer_relation(w["other"], friend),
           fm.customer_relation(cousin, w["other"]), fm.customer_relation(w["other"], w["keep"]),
           fm.assignment(w["keep"], w["agent"].user_id), fm.assignment(w["other"], w["admin"].user_id),
           fm.assignment(w["other"], w["admin"].user_id, w["campaign"]))
    merge_customers(db, w["admin"], w["keep"], w["other"])
    with unit_of_work(db) as s:
        rels = {(r.customer_id, r.related_customer_id) for r in s.scalars(
            select(CustomerRelation).where(CustomerRelation.deleted_at.is_(None)))}
        assigned = {(a.campaign_id, a.user_id) for a in s.scalars(select(CustomerAssignment).where(
            CustomerAssignment.customer_id == w["keep"], CustomerAssignment.deleted_at.is_(None)))}
    assert rels == {(w["keep"], friend), (cousin, w["keep"])}
    assert assigned == {(None, w["agent"].user_id), (w["campaign"], w["admin"].user_id)}


def test_bad_inputs(w):
    db = w["db"]
    with pytest.raises(ValidationError) as err:
        merge_customers(db, w["admin"], w["keep"], w["keep"])
    assert err.value.args[0] == "merge_customer_itself"
    with pytest.raises(PermissionDenied):
        merge_customers(db, w["viewer"], w["keep"], w["other"])
    merge_customers(db, w["admin"], w["keep"], w["other"])
    for survivor, other in ((w["keep"], w["other"]), (w["other"], w["keep"])):
        with pytest.raises(NotFound) as err:
            merge_customers(db, w["admin"], survivor, other)
        assert err.value.args[0] == "customer_gone"


def test_a_failed_merge_changes_nothing(w):
    db = w["db"]
    t = create_ticket(db, w["admin"], w["campaign"], w["other"])

    def boom(done, total):
        if done == 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        merge_customers(db, w["admin"], w["keep"], w["other"], progress=boom)
    assert fm.get(db, Ticket, t).customer_id == w["other"]
    assert len(fm.live_contacts(db, w["other"])) == 3
    assert fm.customer(db, w["other"]).deleted_at is None


def test_a_thousand_tickets_each_merge_in_set_based_statements(w):
    db = w["db"]
    for cid in (w["keep"], w["other"]):
        bulk_tickets(db, [dict(campaign_id=w["campaign"], customer_id=cid) for _ in range(1000)])
    statements: list[str] = []

    def count(conn, cursor, statement, params, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    steps = []
    try:
        result = merge_customers(db, w["admin"], w["keep"], w["other"],
                                 progress=lambda done, total: steps.append((done, total)))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert result.tickets_moved == 1000
    assert fm.count_where(db, Ticket, Ticket.customer_id == w["keep"]) == 2000
    assert fm.count_where(db, ChangeLogEntry, ChangeLogEntry.field == "customer_id") == 1000
    assert fm.count_where(db, SyncChange, SyncChange.table_name == "tickets") >= 1000
    ticket_updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE TICKETS")]
    assert len(ticket_updates) == 1  # one UPDATE, not one per ticket
    assert len(statements) < 60
    assert [d for d, _ in steps] == list(range(1, steps[-1][1] + 1))


def test_open_tickets_in_campaigns_hidden_from_the_user_stop_the_merge(w):
    """Two customers, each with an open ticket in a campaign the agent may not see: the agent
    cannot merge them (it would move tickets they cannot see); an administrator can."""
    from factories import set_hide_other_campaigns

    db = w["db"]
    north, south = make_campaign(db, "North"), make_campaign(db, "South")
    create_ticket(db, w["admin"], north, w["keep"], subject="Open in North")
    create_ticket(db, w["admin"], south, w["other"], subject="Open in South")
    set_hide_other_campaigns(db, w["admin"])
    with pytest.raises(ValidationError) as err:
        merge_customers(db, w["agent"], w["keep"], w["other"])
    assert err.value.args[0] == "merge_hidden_tickets"
    with unit_of_work(db) as s:  # nothing moved
        assert {t.customer_id for t in s.scalars(select(Ticket).where(Ticket.subject.like("Open in %")))} == {
            w["keep"], w["other"]}
    set_hide_other_campaigns(db, w["admin"], on=False)  # everyone sees every campaign again
    assert merge_customers(db, w["agent"], w["keep"], w["other"]).tickets_moved == 1
