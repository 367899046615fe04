"""T2 block list: who may block and unblock, idempotence, tombstones, phone/mobile as one
number, flags in the contact list, and the read helpers other screens use."""

from __future__ import annotations

import pytest

from factories_customer_data import blocks, log, make_world, put_contact
from sagicc_desktop.services import block_list, contacts
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.enums import ChangeAction, ContactKind

E, P, M = ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MOBILE


@pytest.fixture
def w(db):
    world = make_world(db)
    world.email = put_contact(db, world.customer, E, "Ana@Example.com", "ana@example.com")
    world.mobile = put_contact(db, world.customer, M, "300 123 4567", "+573001234567")
    return world


def _blocked_rows(w, who="agent"):
    return {r.id: (r.blocked, r.block_reason) for r in contacts.list_contacts(w.db, w.actor(who), w.ticket).rows}


@pytest.mark.parametrize("who", ["admin", "supervisor", "agent"])
def test_writers_may_block_and_the_row_is_flagged(w, who):
    assert block_list.block_contact(w.db, w.actor(who), w.ticket, w.email, "Asked not to be e-mailed")
    assert blocks(w.db) == [(E, "ana@example.com", "Asked not to be e-mailed")]
    assert _blocked_rows(w)[w.email] == (True, "Asked not to be e-mailed")
    assert _blocked_rows(w)[w.mobile] == (False, "")
    [entry] = log(w.db, w.ticket, "block_list")
    assert entry.action is ChangeAction.CREATE and entry.new_value == "ana@example.com"
    assert entry.user_id == w.actor(who).user_id


def test_blocking_twice_is_a_no_op(w):
    assert block_list.block_contact(w.db, w.agent, w.ticket, w.email, "first")
    assert block_list.block_contact(w.db, w.supervisor, w.ticket, w.email, "second") is False
    assert blocks(w.db) == [(E, "ana@example.com", "first")]
    assert len(log(w.db, w.ticket, "block_list")) == 1


def test_viewer_may_not_block(w):
    with pytest.raises(PermissionDenied):
        block_list.block_contact(w.db, w.viewer, w.ticket, w.email, "")
    assert blocks(w.db) == []


@pytest.mark.parametrize("who", ["admin", "supervisor"])
def test_supervisors_and_admins_unblock(w, who):
    block_list.block_contact(w.db, w.agent, w.ticket, w.email, "spam")
    assert block_list.unblock_contact(w.db, w.actor(who), w.ticket, w.email)
    assert blocks(w.db) == [] and blocks(w.db, live=False) == [(E, "ana@example.com", "spam")]  # tombstone
    assert _blocked_rows(w)[w.email] == (False, "")
    assert [e.action for e in log(w.db, w.ticket, "block_list")] == [ChangeAction.CREATE, ChangeAction.DELETE]
    assert block_list.unblock_contact(w.db, w.actor(who), w.ticket, w.email) is False  # not on the list now


@pytest.mark.parametrize("who", ["agent", "viewer"])
def test_agents_and_viewers_may_not_unblock(w, who):
    block_list.block_contact(w.db, w.admin, w.ticket, w.email, "legal")
    with pytest.raises(PermissionDenied) as exc:
        block_list.unblock_contact(w.db, w.actor(who), w.ticket, w.email)
    assert blocks(w.db) == [(E, "ana@example.com", "legal")]
    if who == "agent":
        assert exc.value.args[0] == "unblock_role"
    assert block_list.can_unblock(w.actor(who)) is False
    assert block_list.can_unblock(w.admin) and block_list.can_unblock(w.supervisor)
    assert contacts.list_contacts(w.db, w.actor(who), w.ticket).can_unblock is False


def test_blocking_again_after_unblock_revives_the_row(w):
    block_list.block_contact(w.db, w.agent, w.ticket, w.email, "one")
    block_list.unblock_contact(w.db, w.admin, w.ticket, w.email)
    assert block_list.block_contact(w.db, w.agent, w.ticket, w.email, "two")
    assert blocks(w.db, live=False) == [(E, "ana@example.com", "two")]  # one row: the unique key holds


def test_phone_and_mobile_are_one_number(w):
    landline_listing = put_contact(w.db, w.other_customer, P, "3001234567", "+573001234567")
    block_list.block_contact(w.db, w.agent, w.ticket, w.mobile, "spam")
    with read_only(w.db) as session:
        assert block_list.is_blocked(session, P, "+573001234567")
        assert block_list.is_blocked(session, M, "+573001234567")
        assert not block_list.is_blocked(session, E, "+573001234567")
    theirs = {r.id: r.blocked for r in contacts.list_contacts(w.db, w.agent, w.other_ticket).rows}
    assert theirs[landline_listing] is True
    # taken off from the phone listing, the mobile block goes too
    block_list.unblock_contact(w.db, w.admin, w.other_ticket, landline_listing)
    assert blocks(w.db) == []


def test_blocked_values_answers_many_pairs_at_once(w):
    block_list.block_contact(w.db, w.agent, w.ticket, w.email, "r1")
    block_list.block_contact(w.db, w.agent, w.ticket, w.mobile, "r2")
    pairs = [(E, "ana@example.com"), (E, "other@example.com"), (P, "+573001234567"), (M, "+573001234567")]
    pairs += [(E, f"x{n}@example.com") for n in range(1200)]  # more than one batch
    with read_only(w.db) as session:
        found = block_list.blocked_values(session, pairs)
        assert block_list.blocked_values(session, []) == {}
    assert found == {(E, "ana@example.com"): "r1", (P, "+573001234567"): "r2", (M, "+573001234567"): "r2"}


def test_block_value_for_other_screens(w):
    with unit_of_work(w.db) as session:
        assert block_list.block_value(session, w.agent, E, "someone@example.com", "  bounced  ")
        assert block_list.block_value(session, w.agent, E, "someone@example.com") is False
    assert blocks(w.db) == [(E, "someone@example.com", "bounced")]
    with pytest.raises(ValidationError) as exc, unit_of_work(w.db) as session:
        block_list.block_value(session, w.agent, E, "x@example.com", "r" * (block_list.MAX_REASON + 1))
    assert exc.value.args[0] == "too_long"
    with pytest.raises(ValidationError), unit_of_work(w.db) as session:
        block_list.block_value(session, w.agent, E, "")
    with pytest.raises(PermissionDenied), unit_of_work(w.db) as session:
        block_list.unblock_value(session, w.agent, E, "someone@example.com")
    assert len(blocks(w.db)) == 1


def test_closed_ticket_and_foreign_contacts_are_refused(w):
    with pytest.raises(TicketClosed):
        block_list.block_contact(w.db, w.admin, w.closed, w.email, "")
    theirs = put_contact(w.db, w.other_customer, E, "luis@example.com", "luis@example.com")
    with pytest.raises(NotFound):
        block_list.block_contact(w.db, w.admin, w.ticket, theirs, "")
    assert blocks(w.db) == []


def test_a_deleted_contact_keeps_its_block(w):
    block_list.block_contact(w.db, w.agent, w.ticket, w.email, "spam")
    contacts.delete_contact(w.db, w.agent, w.ticket, w.email, 1)
    again = contacts.add_contact(w.db, w.agent, w.ticket, kind=E, value="ana@example.com")
    assert _blocked_rows(w)[again] == (True, "spam")
