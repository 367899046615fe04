"""T2: the ticket's customer's contact points: validation, duplicates, primary, tombstones,
permissions per role, the change log and stale edits."""

from __future__ import annotations

import pytest

from factories import count
from factories_customer_data import contact, log, make_world, put_contact
from sagicc_desktop.services import contacts
from sagicc_desktop.services.contact_data import DEFAULT_REGION_SETTING, normalise_contact
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, TicketClosed, ValidationError
from sagicc_desktop.services.settings import set_setting
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ContactPoint
from sagicc_desktop.store.enums import ChangeAction, ContactKind

E, P, M, A, S = ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MOBILE, ContactKind.ADDRESS, ContactKind.SOCIAL


@pytest.fixture
def w(db):
    return make_world(db)


def _add(w, kind, value, who="agent", ticket=None, **kw):
    return contacts.add_contact(w.db, w.actor(who), ticket or w.ticket, kind=kind, value=value, **kw)


def _rows(w, who="agent", ticket=None):
    return contacts.list_contacts(w.db, w.actor(who), ticket or w.ticket).rows


def _reason(exc_info) -> str:
    return exc_info.value.args[0]


# ---------------------------------------------------------------- values


def test_each_kind_is_normalised(w):
    ids = {
        E: _add(w, E, "  Ana.Perez@Example.COM "),
        M: _add(w, M, "300 123 4567"),
        P: _add(w, P, "(601) 234 5678", label="Home"),
        A: _add(w, A, "  Calle 10 #  5-20, Bogotá "),
        S: _add(w, S, " @ana_perez "),
    }
    got = {kind: contact(w.db, i) for kind, i in ids.items()}
    assert got[E].value == "Ana.Perez@Example.COM" and got[E].normalized_value == "ana.perez@example.com"
    assert got[M].normalized_value == "+573001234567" and got[M].value == "300 123 4567"
    assert got[P].normalized_value == "+576012345678" and got[P].label == "Home"
    assert got[A].value == "Calle 10 #  5-20, Bogotá" and got[A].normalized_value == "calle 10 # 5-20, bogotá"
    assert got[S].value == "@ana_perez"
    assert [r.kind for r in _rows(w)] == [E, P, M, A, S]  # listed in kind order


def test_the_default_region_setting_reads_local_numbers(w):
    with unit_of_work(w.db) as session:
        set_setting(session, w.admin, DEFAULT_REGION_SETTING, "US")
    point = contact(w.db, _add(w, P, "(202) 456-1111"))
    assert point.normalized_value == "+12024561111"
    # a number with its country code is the same wherever it is typed
    assert contact(w.db, _add(w, M, "+57 300 123 4567")).normalized_value == "+573001234567"


@pytest.mark.parametrize("value", ["ana@@x", "ana@example", "ana example.com", "a" * 300 + "@example.com"])
def test_invalid_email_is_refused(w, value):
    with pytest.raises(ValidationError) as exc:
        _add(w, E, value)
    assert _reason(exc) == "invalid_email"
    assert count(w.db, ContactPoint) == 0


@pytest.mark.parametrize("kind", [P, M])
@pytest.mark.parametrize("value", ["12", "ana", "phone me", "3" * 300])
def test_invalid_phone_is_refused(w, kind, value):
    with pytest.raises(ValidationError) as exc:
        _add(w, kind, value)
    assert _reason(exc) == "invalid_phone"
    assert exc.value.details["value"].strip() == value.strip()
    assert count(w.db, ContactPoint) == 0


@pytest.mark.parametrize("kind", list(ContactKind))
@pytest.mark.parametrize("value", ["", "   ", "\t\n"])
def test_empty_values_are_refused(w, kind, value):
    with pytest.raises(ValidationError) as exc:
        _add(w, kind, value)
    assert _reason(exc) == "empty_contact"


def test_values_over_the_column_limits_are_refused_with_the_limit(w):
    with pytest.raises(ValidationError) as exc:
        _add(w, A, "Calle " + "x" * 600)
    assert _reason(exc) == "too_long" and exc.value.details["limit"] == 500
    with pytest.raises(ValidationError) as exc:
        _add(w, E, "ana@example.com", label="L" * 300)
    assert _reason(exc) == "too_long" and exc.value.details["limit"] == 80
    assert count(w.db, ContactPoint) == 0
    assert contact(w.db, _add(w, A, "A" * 300)).value == "A" * 300  # 300 fits the value column


def test_normalise_contact_keeps_the_old_helpers_working():
    assert normalise_contact(E, "X@Y.co") == ("X@Y.co", "x@y.co")
    with pytest.raises(ValidationError):
        normalise_contact(S, "  ")


# ---------------------------------------------------------------- duplicates and primary


def test_a_duplicate_of_a_live_contact_is_refused(w):
    _add(w, E, "ana@example.com")
    _add(w, M, "300 123 4567")
    for kind, value in [(E, " ANA@example.com"), (M, "+57 300 1234567"), (P, "3001234567")]:
        with pytest.raises(ValidationError) as exc:
            _add(w, kind, value)
        assert _reason(exc) == "duplicate_contact" and exc.value.details["value"]
    assert count(w.db, ContactPoint) == 2


def test_same_value_on_another_customer_or_after_delete_is_fine(w):
    first = _add(w, E, "ana@example.com")
    _add(w, E, "ana@example.com", ticket=w.other_ticket)
    contacts.delete_contact(w.db, w.agent, w.ticket, first, contact(w.db, first).version)
    again = _add(w, E, "ana@example.com")
    assert again != first and count(w.db, ContactPoint) == 3


def test_editing_into_a_duplicate_is_refused(w):
    _add(w, E, "ana@example.com")
    other = _add(w, E, "ana@work.example.com")
    with pytest.raises(ValidationError) as exc:
        contacts.update_contact(w.db, w.agent, w.ticket, other, contact(w.db, other).version,
                                kind=E, value="Ana@Example.com")
    assert _reason(exc) == "duplicate_contact"
    # saving a point unchanged is not a duplicate of itself
    contacts.update_contact(w.db, w.agent, w.ticket, other, contact(w.db, other).version,
                            kind=E, value="ana@work.example.com")


def test_one_primary_per_kind(w):
    first = _add(w, E, "one@example.com")
    second = _add(w, E, "two@example.com")
    phone = _add(w, M, "300 123 4567")
    assert contact(w.db, first).is_primary and not contact(w.db, second).is_primary
    assert contact(w.db, phone).is_primary  # the first of its kind
    contacts.update_contact(w.db, w.agent, w.ticket, second, contact(w.db, second).version,
                            kind=E, value="two@example.com", is_primary=True)
    assert contact(w.db, second).is_primary and not contact(w.db, first).is_primary
    third = _add(w, E, "three@example.com", is_primary=True)
    assert [r.id for r in _rows(w) if r.is_primary and r.kind is E] == [third]


def test_deleting_the_primary_promotes_the_oldest_left(w):
    first, second, third = (_add(w, E, f"{n}@example.com") for n in ("one", "two", "three"))
    contacts.delete_contact(w.db, w.agent, w.ticket, first, contact(w.db, first).version)
    assert contact(w.db, second).is_primary and not contact(w.db, third).is_primary


def test_unmarking_the_primary_passes_it_on(w):
    first, second = _add(w, E, "one@example.com"), _add(w, E, "two@example.com")
    contacts.update_contact(w.db, w.agent, w.ticket, first, contact(w.db, first).version,
                            kind=E, value="one@example.com", is_primary=False)
    assert contact(w.db, second).is_primary and not contact(w.db, first).is_primary


def test_changing_the_kind_keeps_a_primary_on_both_sides(w):
    phone, other_phone = _add(w, P, "601 234 5678"), _add(w, P, "601 234 5679")
    contacts.update_contact(w.db, w.agent, w.ticket, phone, contact(w.db, phone).version,
                            kind=M, value="300 123 4567", is_primary=True)
    assert contact(w.db, phone).kind is M and contact(w.db, phone).is_primary
    assert contact(w.db, other_phone).is_primary


# ---------------------------------------------------------------- edit, delete, stale, log


def test_edit_writes_the_change_log_and_bumps_the_version(w):
    point = _add(w, E, "ana@example.com", label="Home")
    before = contact(w.db, point).version
    version = contacts.update_contact(w.db, w.agent, w.ticket, point, before, kind=E,
                                      value="ana.p@example.com", label="Work", is_primary=True)
    stored = contact(w.db, point)
    assert version == stored.version > before
    assert stored.normalized_value == "ana.p@example.com"
    entries = {(e.action, e.field): e for e in log(w.db, w.ticket, "contact_point")}
    assert entries[(ChangeAction.CREATE, "email")].new_value == "ana@example.com"
    assert entries[(ChangeAction.UPDATE, "value")].old_value == "ana@example.com"
    assert entries[(ChangeAction.UPDATE, "value")].new_value == "ana.p@example.com"
    assert entries[(ChangeAction.UPDATE, "label")].new_value == "Work"
    assert all(e.user_id == w.agent.user_id and e.entity_id == point for e in entries.values())


def test_delete_leaves_a_tombstone_and_a_log_row(w):
    point = _add(w, S, "@ana")
    contacts.delete_contact(w.db, w.agent, w.ticket, point, contact(w.db, point).version)
    assert contact(w.db, point).deleted_at is not None
    assert _rows(w) == ()
    deleted = [e for e in log(w.db, w.ticket, "contact_point") if e.action is ChangeAction.DELETE]
    assert [(d.entity_id, d.old_value) for d in deleted] == [(point, "@ana")]


def test_a_stale_edit_is_refused_and_says_what_is_stored(w):
    point = _add(w, E, "ana@example.com")
    seen = contact(w.db, point).version
    contacts.update_contact(w.db, w.supervisor, w.ticket, point, seen, kind=E, value="theirs@example.com")
    with pytest.raises(StaleEdit) as exc:
        contacts.update_contact(w.db, w.agent, w.ticket, point, seen, kind=E, value="mine@example.com")
    assert _reason(exc) == "contact_changed" and exc.value.details["value"] == "theirs@example.com"
    with pytest.raises(StaleEdit) as exc:
        contacts.delete_contact(w.db, w.agent, w.ticket, point, seen)
    assert _reason(exc) == "contact_changed_delete"
    assert contact(w.db, point).value == "theirs@example.com" and contact(w.db, point).deleted_at is None
    # the user may then choose to save over theirs
    latest = contacts.current_version(w.db, w.agent, w.ticket, point)
    contacts.update_contact(w.db, w.agent, w.ticket, point, latest, kind=E, value="mine@example.com")
    assert contact(w.db, point).value == "mine@example.com"


def test_a_deleted_or_foreign_contact_is_not_found(w):
    theirs = put_contact(w.db, w.other_customer, E, "luis@example.com", "luis@example.com")
    with pytest.raises(NotFound) as exc:
        contacts.update_contact(w.db, w.agent, w.ticket, theirs, 1, kind=E, value="x@example.com")
    assert _reason(exc) == "contact_missing"
    mine = _add(w, E, "ana@example.com")
    contacts.delete_contact(w.db, w.agent, w.ticket, mine, contact(w.db, mine).version)
    with pytest.raises(NotFound):
        contacts.delete_contact(w.db, w.agent, w.ticket, mine, contact(w.db, mine).version)


# ---------------------------------------------------------------- permissions


@pytest.mark.parametrize("who", ["admin", "supervisor", "agent"])
def test_writers_may_add_edit_and_delete(w, who):
    point = _add(w, E, "ana@example.com", who=who)
    contacts.update_contact(w.db, w.actor(who), w.ticket, point, contact(w.db, point).version,
                            kind=E, value="ana2@example.com")
    contacts.delete_contact(w.db, w.actor(who), w.ticket, point, contact(w.db, point).version)
    assert contact(w.db, point).deleted_at is not None


def test_viewer_reads_but_changes_nothing(w):
    point = _add(w, E, "ana@example.com")
    listing = contacts.list_contacts(w.db, w.viewer, w.ticket)
    assert [r.value for r in listing.rows] == ["ana@example.com"]
    assert listing.read_only_reason == contacts.VIEWER
    with pytest.raises(PermissionDenied):
        _add(w, E, "viewer@example.com", who="viewer")
    with pytest.raises(PermissionDenied):
        contacts.update_contact(w.db, w.viewer, w.ticket, point, 1, kind=E, value="v@example.com")
    with pytest.raises(PermissionDenied):
        contacts.delete_contact(w.db, w.viewer, w.ticket, point, 1)
    assert count(w.db, ContactPoint) == 1 and contact(w.db, point).deleted_at is None


def test_closed_ticket_is_read_only(w):
    point = put_contact(w.db, w.customer, E, "ana@example.com", "ana@example.com")
    assert contacts.list_contacts(w.db, w.admin, w.closed).read_only_reason == contacts.CLOSED
    with pytest.raises(TicketClosed):
        _add(w, E, "x@example.com", who="admin", ticket=w.closed)
    with pytest.raises(TicketClosed):
        contacts.update_contact(w.db, w.admin, w.closed, point, 1, kind=E, value="x@example.com")
    with pytest.raises(TicketClosed):
        contacts.delete_contact(w.db, w.admin, w.closed, point, 1)
    assert contact(w.db, point).value == "ana@example.com"


def test_a_ticket_without_customer_has_no_contacts(w):
    listing = contacts.list_contacts(w.db, w.agent, w.orphan)
    assert listing.rows == () and listing.read_only_reason == contacts.NO_CUSTOMER
    with pytest.raises(ValidationError) as exc:
        _add(w, E, "x@example.com", ticket=w.orphan)
    assert _reason(exc) == "no_customer"


def test_open_ticket_is_writable_for_an_agent(w):
    assert contacts.list_contacts(w.db, w.agent, w.ticket).read_only_reason is None
