"""T3: the customer's accounts and their additional data; the ticket's account."""

from __future__ import annotations

import pytest

from factories import count, make_account
from factories_customer_data import account, log, make_world, stored_data, ticket_row
from sagicc_desktop.services import accounts
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, TicketClosed, ValidationError
from sagicc_desktop.store.entities import Account, AccountData
from sagicc_desktop.store.enums import ChangeAction


@pytest.fixture
def w(db):
    return make_world(db)


def _add(w, number="ACC-1", who="agent", ticket=None, **kw):
    return accounts.add_account(w.db, w.actor(who), ticket or w.ticket, number=number, **kw)


def _update(w, account_id, who="agent", version=None, **kw):
    fields = dict(number="ACC-1", name="", status="active", data=())
    fields.update(kw)
    version = account(w.db, account_id).version if version is None else version
    return accounts.update_account(w.db, w.actor(who), w.ticket, account_id, version, **fields)


def _reason(exc_info) -> str:
    return exc_info.value.args[0]


def test_list_shows_accounts_with_their_data_and_the_ticket_account(w):
    first = _add(w, "ACC-2", name="Fibre 300", data=[("Plan", "300 Mbps"), ("Since", "2021")])
    second = _add(w, "ACC-1", status="suspended")
    make_account(w.db, w.other_customer, "THEIRS")
    accounts.use_for_ticket(w.db, w.agent, w.ticket, first)
    listing = accounts.list_accounts(w.db, w.viewer, w.ticket)
    assert [a.number for a in listing.accounts] == ["ACC-1", "ACC-2"]
    by_id = {a.id: a for a in listing.accounts}
    assert by_id[first].data == (("Plan", "300 Mbps"), ("Since", "2021"))
    assert by_id[first].is_ticket_account and not by_id[second].is_ticket_account
    assert by_id[second].status == "suspended" and by_id[first].name == "Fibre 300"
    assert listing.ticket_account_id == first and listing.read_only_reason == "viewer"


def test_add_writes_the_change_log(w):
    new = _add(w, "  ACC-9 ", name=" Mobile  plan ", data=[("Line", "300 123 4567"), ("", "")])
    stored = account(w.db, new)
    assert (stored.number, stored.name, stored.status) == ("ACC-9", "Mobile plan", "active")
    assert stored_data(w.db, new) == {"Line": "300 123 4567"}  # the blank row is dropped
    entries = [e for e in log(w.db, w.ticket) if e.entity_type != "ticket"]
    assert [(e.entity_type, e.action, e.field, e.new_value) for e in entries] == [
        ("account", ChangeAction.CREATE, "number", "ACC-9"),
        ("account_data", ChangeAction.CREATE, "Line", "300 123 4567"),
    ]
    assert ticket_row(w.db, w.ticket).account_id is None  # added, not yet picked


@pytest.mark.parametrize("number", ["", "   "])
def test_an_empty_account_number_is_refused(w, number):
    with pytest.raises(ValidationError) as exc:
        _add(w, number)
    assert _reason(exc) == "empty_account_number"
    assert count(w.db, Account) == 0


def test_a_duplicate_number_for_the_customer_is_refused(w):
    first = _add(w, "ACC-1")
    for number in ("ACC-1", " acc-1 "):
        with pytest.raises(ValidationError) as exc:
            _add(w, number)
        assert _reason(exc) == "duplicate_account" and exc.value.details["value"] == number.strip()
    other = _add(w, "ACC-2")
    with pytest.raises(ValidationError):
        _update(w, other, number="ACC-1")
    _add(w, "ACC-1", ticket=w.other_ticket)  # another customer may hold the same number
    accounts.update_account(w.db, w.agent, w.ticket, first, account(w.db, first).version,
                            number="ACC-1", name="renamed", status="active", data=())  # itself is fine
    assert count(w.db, Account) == 3


@pytest.mark.parametrize(("field", "limit"), [("number", 60), ("name", 160), ("status", 40)])
def test_over_long_fields_are_refused_with_the_limit(w, field, limit):
    kw = {"number": "ACC-1", field: "x" * 300}
    with pytest.raises(ValidationError) as exc:
        accounts.add_account(w.db, w.agent, w.ticket, **kw)
    assert _reason(exc) == "too_long" and exc.value.details["limit"] == limit
    assert count(w.db, Account) == 0


def test_bad_additional_data_is_refused(w):
    cases = [
        ([("", "orphan value")], "empty_key"),
        ([("Plan", "a"), ("plan", "b")], "duplicate_key"),
        ([("k" * 300, "v")], "too_long"),
        ([("Notes", "v" * (accounts.MAX_DATA_VALUE + 1))], "too_long"),
    ]
    for data, reason in cases:
        with pytest.raises(ValidationError) as exc:
            _add(w, data=data)
        assert _reason(exc) == reason
    assert count(w.db, Account) == 0 and count(w.db, AccountData) == 0


def test_edit_replaces_the_data_with_tombstones_and_revivals(w):
    acc = _add(w, data=[("Plan", "Basic"), ("Since", "2020")])
    v1 = account(w.db, acc).version
    v2 = _update(w, acc, data=[("Plan", "Premium"), ("Router", "X1")])  # data only: version still moves
    assert v2 > v1
    assert stored_data(w.db, acc) == {"Plan": "Premium", "Router": "X1"}
    assert stored_data(w.db, acc, live=False) == {"Plan": "Premium", "Router": "X1", "Since": "2020"}
    _update(w, acc, data=[("Plan", "Premium"), ("Router", "X1"), ("Since", "2019")])
    assert stored_data(w.db, acc) == {"Plan": "Premium", "Router": "X1", "Since": "2019"}
    changes = {(e.action, e.field, e.old_value, e.new_value) for e in log(w.db, w.ticket, "account_data")}
    assert (ChangeAction.UPDATE, "value", "Basic", "Premium") in changes
    assert (ChangeAction.DELETE, "Since", "2020", None) in changes
    assert (ChangeAction.CREATE, "Since", None, "2019") in changes


def test_edit_of_account_fields_logs_each_change(w):
    acc = _add(w, name="Old")
    _update(w, acc, number="ACC-1b", name="New", status="closed")
    stored = account(w.db, acc)
    assert (stored.number, stored.name, stored.status) == ("ACC-1b", "New", "closed")
    fields = {e.field: (e.old_value, e.new_value) for e in log(w.db, w.ticket, "account")
              if e.action is ChangeAction.UPDATE}
    assert fields == {"number": ("ACC-1", "ACC-1b"), "name": ("Old", "New"), "status": ("active", "closed")}


def test_an_unchanged_save_changes_nothing(w):
    acc = _add(w, data=[("Plan", "Basic")])
    before = account(w.db, acc).version
    assert _update(w, acc, data=[("Plan", "Basic")]) == before
    assert len([e for e in log(w.db, w.ticket) if e.entity_type != "ticket"]) == 2


def test_a_stale_edit_is_refused(w):
    acc = _add(w)
    seen = account(w.db, acc).version
    _update(w, acc, who="supervisor", name="Theirs")
    with pytest.raises(StaleEdit) as exc:
        _update(w, acc, version=seen, name="Mine")
    assert _reason(exc) == "account_changed"
    assert account(w.db, acc).name == "Theirs"
    _update(w, acc, version=accounts.current_version(w.db, w.agent, w.ticket, acc), name="Mine")
    assert account(w.db, acc).name == "Mine"


# ---------------------------------------------------------------- the ticket's account


def test_use_for_ticket_sets_the_account_with_a_log_row(w):
    acc = _add(w)
    assert accounts.use_for_ticket(w.db, w.agent, w.ticket, acc, expected_account_id=None)
    assert ticket_row(w.db, w.ticket).account_id == acc
    [entry] = [e for e in log(w.db, w.ticket, "ticket") if e.field == "account_id"]
    assert entry.old_value is None and entry.new_value == str(acc) and entry.user_id == w.agent.user_id
    assert accounts.use_for_ticket(w.db, w.agent, w.ticket, acc) is False  # already so: nothing written
    assert len([e for e in log(w.db, w.ticket, "ticket") if e.field == "account_id"]) == 1


def test_use_for_ticket_refuses_a_choice_made_on_stale_data(w):
    first, second = _add(w, "ACC-1"), _add(w, "ACC-2")
    accounts.use_for_ticket(w.db, w.supervisor, w.ticket, first)
    with pytest.raises(StaleEdit) as exc:
        accounts.use_for_ticket(w.db, w.agent, w.ticket, second, expected_account_id=None)
    assert _reason(exc) == "ticket_account_changed"
    assert ticket_row(w.db, w.ticket).account_id == first
    accounts.use_for_ticket(w.db, w.agent, w.ticket, second, expected_account_id=first)
    assert ticket_row(w.db, w.ticket).account_id == second


def test_use_for_ticket_refuses_another_customers_or_a_deleted_account(w):
    theirs = make_account(w.db, w.other_customer, "THEIRS")
    with pytest.raises(NotFound) as exc:
        accounts.use_for_ticket(w.db, w.agent, w.ticket, theirs)
    assert _reason(exc) == "account_missing"
    assert ticket_row(w.db, w.ticket).account_id is None


def test_use_for_ticket_is_refused_on_a_closed_ticket(w):
    acc = _add(w)
    with pytest.raises(TicketClosed):
        accounts.use_for_ticket(w.db, w.admin, w.closed, acc)
    assert ticket_row(w.db, w.closed).account_id is None


# ---------------------------------------------------------------- permissions


@pytest.mark.parametrize("who", ["admin", "supervisor", "agent"])
def test_writers_may_add_edit_and_pick(w, who):
    acc = _add(w, who=who)
    _update(w, acc, who=who, name="Edited")
    assert accounts.use_for_ticket(w.db, w.actor(who), w.ticket, acc)
    assert account(w.db, acc).name == "Edited" and ticket_row(w.db, w.ticket).account_id == acc


def test_viewer_changes_nothing(w):
    acc = _add(w)
    with pytest.raises(PermissionDenied):
        _add(w, "ACC-2", who="viewer")
    with pytest.raises(PermissionDenied):
        _update(w, acc, who="viewer", name="viewer")
    with pytest.raises(PermissionDenied):
        accounts.use_for_ticket(w.db, w.viewer, w.ticket, acc)
    assert count(w.db, Account) == 1 and account(w.db, acc).name == ""


def test_closed_ticket_refuses_every_write(w):
    acc = _add(w)
    assert accounts.list_accounts(w.db, w.admin, w.closed).read_only_reason == "closed"
    with pytest.raises(TicketClosed):
        _add(w, "ACC-2", who="admin", ticket=w.closed)
    with pytest.raises(TicketClosed):
        accounts.update_account(w.db, w.admin, w.closed, acc, 1, number="X", name="", status="", data=())
    assert count(w.db, Account) == 1


def test_a_ticket_without_customer(w):
    listing = accounts.list_accounts(w.db, w.agent, w.orphan)
    assert listing.accounts == () and listing.read_only_reason == "no_customer"
    with pytest.raises(ValidationError) as exc:
        _add(w, ticket=w.orphan)
    assert _reason(exc) == "no_customer"
