"""Related customers: list on both sides, add with tags, edit the tags, remove; the refusals
(itself, twice, tombstones, viewers, stale edits) and the change log."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from factories import create_ticket, make_admin, make_agent, make_campaign, make_customer, make_viewer
from sagicc_desktop.services import customer_relations as cr
from sagicc_desktop.services.customer_merge import merge_customers
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, Customer, CustomerRelation
from sagicc_desktop.store.enums import ChangeAction
from sagicc_desktop.store.types import utcnow


@pytest.fixture
def w(db):
    campaign = make_campaign(db)
    admin = make_admin(db)
    return dict(db=db, campaign=campaign, admin=admin, agent=make_agent(db, campaigns=[campaign]),
                viewer=make_viewer(db), ana=make_customer(db, "Ana", "Pérez"),
                luis=make_customer(db, "Luis", "Gómez"), eva=make_customer(db, "Eva", "Díaz"))


def _code(exc_info) -> str:
    return exc_info.value.args[0]


def log(db, relation_id):
    with unit_of_work(db) as s:
        return list(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == relation_id)
                              .order_by(ChangeLogEntry.at, ChangeLogEntry.id)))


def test_a_relation_is_listed_on_both_customers_with_its_tags(w):
    db = w["db"]
    rid = cr.add_relation(db, w["agent"], w["ana"], w["luis"], [" spouse ", "Spouse", "account  holder", ""])
    cr.add_relation(db, w["agent"], w["eva"], w["ana"], ["sibling"])
    on_ana = cr.list_relations(db, w["agent"], w["ana"])
    assert [(r.full_name, r.tags) for r in on_ana] == [("Eva Díaz", ("sibling",)),
                                                        ("Luis Gómez", ("spouse", "account holder"))]
    [on_luis] = cr.list_relations(db, w["agent"], w["luis"])
    assert (on_luis.relation_id, on_luis.customer_id, on_luis.tags) == (rid, w["ana"], ("spouse", "account holder"))
    [entry] = log(db, rid)
    assert entry.action is ChangeAction.RELATE and entry.new_value.startswith("Luis Gómez (")
    assert cr.known_tags(db) == ["account holder", "sibling", "spouse"]


def test_editing_tags_logs_the_change_and_guards_the_version(w):
    db = w["db"]
    rid = cr.add_relation(db, w["agent"], w["ana"], w["luis"], ["spouse"])
    [row] = cr.list_relations(db, w["agent"], w["luis"])
    version = cr.update_relation(db, w["agent"], w["luis"], rid, row.version, ["spouse", "beneficiary"])
    assert version == row.version + 1
    assert cr.update_relation(db, w["agent"], w["ana"], rid, version, ["Spouse ", "beneficiary"]) == version + 1
    assert cr.update_relation(db, w["agent"], w["ana"], rid, version + 1, ["Spouse", "beneficiary"]) == version + 1
    with pytest.raises(StaleEdit):
        cr.update_relation(db, w["agent"], w["ana"], rid, row.version, ["family"])
    updates = [(e.old_value, e.new_value) for e in log(db, rid) if e.action is ChangeAction.UPDATE]
    assert updates == [("spouse", "spouse, beneficiary"), ("spouse, beneficiary", "Spouse, beneficiary")]
    with pytest.raises(NotFound):
        cr.update_relation(db, w["agent"], w["eva"], rid, version + 1, ["x"])  # not one of Eva's


def test_removing_leaves_a_tombstone_and_adding_again_brings_it_back(w):
    db = w["db"]
    rid = cr.add_relation(db, w["agent"], w["ana"], w["luis"], ["spouse"])
    cr.remove_relation(db, w["agent"], w["luis"], rid)
    assert cr.list_relations(db, w["agent"], w["ana"]) == []
    with pytest.raises(NotFound):
        cr.remove_relation(db, w["agent"], w["ana"], rid)
    assert cr.add_relation(db, w["agent"], w["luis"], w["ana"], ["former spouse"]) == rid
    [row] = cr.list_relations(db, w["agent"], w["ana"])
    assert row.tags == ("former spouse",)
    assert [e.action for e in log(db, rid)] == [ChangeAction.RELATE, ChangeAction.DELETE, ChangeAction.RELATE]


def test_a_relation_to_itself_or_twice_is_refused(w):
    db = w["db"]
    with pytest.raises(ValidationError) as e:
        cr.add_relation(db, w["agent"], w["ana"], w["ana"], ["me"])
    assert _code(e) == "relation_itself"
    rid = cr.add_relation(db, w["agent"], w["ana"], w["luis"], ["spouse"])
    for a, b in ((w["ana"], w["luis"]), (w["luis"], w["ana"])):
        with pytest.raises(ValidationError) as e:
            cr.add_relation(db, w["agent"], a, b, ["again"])
        assert _code(e) == "customer_already_related" and e.value.details["relation_id"] == rid


def test_tombstones_are_refused_on_either_side(w):
    db = w["db"]
    twin = make_customer(db, "Ana", "Perez")
    merge_customers(db, w["admin"], w["ana"], twin)
    with pytest.raises(ValidationError) as e:
        cr.add_relation(db, w["agent"], w["luis"], twin, ["family"])
    assert _code(e) == "customer_merged" and e.value.details["survivor_id"] == w["ana"]
    with pytest.raises(ValidationError) as e:
        cr.add_relation(db, w["agent"], twin, w["luis"], ["family"])
    assert _code(e) == "customer_merged"
    with unit_of_work(db) as s:
        s.get(Customer, w["eva"]).deleted_at = utcnow()
    with pytest.raises(ValidationError) as e:
        cr.add_relation(db, w["agent"], w["luis"], w["eva"], ["family"])
    assert _code(e) == "customer_deleted"
    with pytest.raises(NotFound):
        cr.add_relation(db, w["agent"], w["luis"], uuid.uuid4(), ["family"])


def test_a_deleted_customer_drops_out_of_the_list(w):
    db = w["db"]
    cr.add_relation(db, w["agent"], w["ana"], w["eva"], ["sibling"])
    with unit_of_work(db) as s:
        s.get(Customer, w["eva"]).deleted_at = utcnow()
    assert cr.list_relations(db, w["agent"], w["ana"]) == []
    with pytest.raises(NotFound):
        cr.list_relations(db, w["agent"], uuid.uuid4())


@pytest.mark.parametrize("tags, code", [(["x" * 81], "too_long"), ([f"t{i}" for i in range(21)], "too_many_tags")])
def test_tags_must_fit(w, tags, code):
    with pytest.raises(ValidationError) as e:
        cr.add_relation(w["db"], w["agent"], w["ana"], w["luis"], tags)
    assert _code(e) == code
    assert cr.list_relations(w["db"], w["agent"], w["ana"]) == []


def test_viewers_change_nothing(w):
    db = w["db"]
    with pytest.raises(PermissionDenied):
        cr.add_relation(db, w["viewer"], w["ana"], w["luis"], ["spouse"])
    rid = cr.add_relation(db, w["agent"], w["ana"], w["luis"], ["spouse"])
    with pytest.raises(PermissionDenied):
        cr.update_relation(db, w["viewer"], w["ana"], rid, 1, ["x"])
    with pytest.raises(PermissionDenied):
        cr.remove_relation(db, w["viewer"], w["ana"], rid)
    assert len(cr.list_relations(db, w["viewer"], w["ana"])) == 1


def test_from_a_ticket_the_change_lands_in_the_ticket_log(w):
    db = w["db"]
    ticket = create_ticket(db, w["admin"], w["campaign"], w["ana"])
    rid = cr.add_relation(db, w["agent"], w["ana"], w["luis"], ["spouse"], ticket_id=ticket)
    [entry] = log(db, rid)
    assert entry.ticket_id == ticket
    with pytest.raises(ValidationError) as e:
        cr.add_relation(db, w["agent"], w["luis"], w["eva"], ["x"], ticket_id=ticket)
    assert _code(e) == "not_ticket_customer"
    with unit_of_work(db) as s:
        assert s.scalar(select(CustomerRelation.id).where(CustomerRelation.customer_id == w["luis"])) is None
