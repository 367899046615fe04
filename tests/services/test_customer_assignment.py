"""The customer's assigned user, per campaign or for all campaigns: who may assign, change and
remove (administrators and the assigned user), who may be assigned, the change log."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from factories import (
    create_ticket, make_admin, make_agent, make_campaign, make_customer, make_supervisor, make_user, make_viewer,
)
from sagicc_desktop.services import customer_assignment as ca
from sagicc_desktop.services.customer_merge import merge_customers
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import ChangeLogEntry
from sagicc_desktop.store.enums import ChangeAction, Role


@pytest.fixture
def w(db):
    sales, support = make_campaign(db, "Sales"), make_campaign(db, "Support")
    return dict(db=db, sales=sales, support=support, admin=make_admin(db, display_name="Admin"),
                supervisor=make_supervisor(db, display_name="Super"),
                laura=make_agent(db, campaigns=[sales, support], display_name="Laura"),
                carlos=make_agent(db, campaigns=[sales], display_name="Carlos"),
                viewer=make_viewer(db), customer=make_customer(db, "Ana", "Pérez"))


def _code(exc_info) -> str:
    return exc_info.value.args[0]


def rows(w, who="admin"):
    return [(a.campaign_name, a.user_name, a.can_change) for a in ca.list_assignments(w["db"], w[who], w["customer"])]


def log(db, entity_id):
    with read_only(db) as s:
        return [(e.action, e.field, e.old_value, e.new_value) for e in s.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity_id == entity_id)
            .order_by(ChangeLogEntry.at, ChangeLogEntry.id))]


def test_an_administrator_assigns_for_all_campaigns_and_for_one(w):
    db = w["db"]
    ca.set_assignment(db, w["admin"], w["customer"], w["carlos"].user_id, w["sales"])
    overall = ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id)
    assert rows(w) == [("", "Laura", True), ("Sales", "Carlos", True)]
    assert rows(w, "carlos") == [("", "Laura", False), ("Sales", "Carlos", True)]
    assert log(db, overall) == [(ChangeAction.CREATE, "assigned_user", None, "Laura")]
    assert (ChangeAction.UPDATE, "assigned_user:Sales", None, "Carlos") in log(
        db, w["customer"])
    with read_only(db) as s:
        assert ca.effective_user(s, w["customer"], w["sales"]) == w["carlos"].user_id
        assert ca.effective_user(s, w["customer"], w["support"]) == w["laura"].user_id
        assert ca.effective_user(s, w["customer"], None) == w["laura"].user_id


def test_the_assigned_user_may_hand_it_over_and_others_may_not(w):
    db = w["db"]
    rid = ca.set_assignment(db, w["admin"], w["customer"], w["carlos"].user_id, w["sales"])
    for who in ("laura", "supervisor"):
        with pytest.raises(PermissionDenied) as e:
            ca.set_assignment(db, w[who], w["customer"], w[who].user_id, w["sales"])
        assert _code(e) == ca.ADMIN_OR_ASSIGNED
    assert ca.set_assignment(db, w["carlos"], w["customer"], w["laura"].user_id, w["sales"]) == rid
    assert rows(w) == [("Sales", "Laura", True)]
    assert log(db, rid)[-1] == (ChangeAction.REASSIGN, "assigned_user:Sales", "Carlos", "Laura")
    with pytest.raises(PermissionDenied):  # Carlos handed it over: no longer his
        ca.set_assignment(db, w["carlos"], w["customer"], w["carlos"].user_id, w["sales"])


def test_only_administrators_and_the_overall_assignee_add_a_campaign_assignment(w):
    db = w["db"]
    with pytest.raises(PermissionDenied):
        ca.set_assignment(db, w["laura"], w["customer"], w["laura"].user_id, w["support"])
    assert ca.can_add(db, w["laura"], w["customer"]) is False
    ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id)
    assert ca.can_add(db, w["laura"], w["customer"]) is True and ca.can_add(db, w["carlos"], w["customer"]) is False
    ca.set_assignment(db, w["laura"], w["customer"], w["carlos"].user_id, w["sales"])
    assert rows(w) == [("", "Laura", True), ("Sales", "Carlos", True)]


def test_removing_is_for_administrators_and_the_assigned_user_and_can_be_undone_by_assigning(w):
    db = w["db"]
    rid = ca.set_assignment(db, w["admin"], w["customer"], w["carlos"].user_id, w["sales"])
    with pytest.raises(PermissionDenied):
        ca.remove_assignment(db, w["laura"], w["customer"], rid)
    ca.remove_assignment(db, w["carlos"], w["customer"], rid)
    assert rows(w) == []
    with pytest.raises(NotFound):
        ca.remove_assignment(db, w["admin"], w["customer"], rid)
    assert log(db, rid)[-1] == (ChangeAction.DELETE, "assigned_user:Sales", "Carlos", None)
    assert ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id, w["sales"]) == rid
    assert rows(w) == [("Sales", "Laura", True)]


def test_assigning_the_same_user_again_changes_nothing(w):
    db = w["db"]
    rid = ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id)
    assert ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id) == rid
    assert len(log(db, rid)) == 1


def test_a_stale_change_is_refused(w):
    db = w["db"]
    ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id)
    [seen] = ca.list_assignments(db, w["admin"], w["customer"])
    ca.set_assignment(db, w["admin"], w["customer"], w["carlos"].user_id, expected_version=seen.version)
    with pytest.raises(StaleEdit):
        ca.set_assignment(db, w["admin"], w["customer"], w["supervisor"].user_id, expected_version=seen.version)
    assert rows(w) == [("", "Carlos", True)]


def test_who_may_be_assigned(w):
    db = w["db"]
    inactive = make_agent(db, campaigns=[w["support"]], active=False)
    cases = [(w["viewer"].user_id, None, "user_cannot_be_assigned"), (inactive.user_id, None, "user_inactive"),
             (uuid.uuid4(), None, "user_inactive"), (w["carlos"].user_id, w["support"], "user_not_in_campaign"),
             (w["carlos"].user_id, uuid.uuid4(), "required")]
    for user_id, campaign_id, code in cases:
        with pytest.raises(ValidationError) as e:
            ca.set_assignment(db, w["admin"], w["customer"], user_id, campaign_id)
        assert _code(e) == code
    ca.set_assignment(db, w["admin"], w["customer"], w["supervisor"].user_id, w["support"])  # every campaign's
    assert rows(w) == [("Support", "Super", True)]


def test_viewers_tombstones_and_unknown_customers_are_refused(w):
    db = w["db"]
    with pytest.raises(PermissionDenied):
        ca.set_assignment(db, w["viewer"], w["customer"], w["laura"].user_id)
    twin = make_customer(db, "Ana", "Perez")
    merge_customers(db, w["admin"], w["customer"], twin)
    with pytest.raises(ValidationError) as e:
        ca.set_assignment(db, w["admin"], twin, w["laura"].user_id)
    assert _code(e) == "customer_merged"
    with pytest.raises(NotFound):
        ca.list_assignments(db, w["admin"], uuid.uuid4())


def test_from_a_ticket_the_change_lands_in_the_ticket_log(w):
    db = w["db"]
    ticket = create_ticket(db, w["admin"], w["sales"], w["customer"])
    rid = ca.set_assignment(db, w["admin"], w["customer"], w["laura"].user_id, ticket_id=ticket)
    with read_only(db) as s:
        logged = set(s.scalars(select(ChangeLogEntry.entity_id).where(ChangeLogEntry.ticket_id == ticket,
                                                                       ChangeLogEntry.field == "assigned_user")))
    assert logged == {rid, w["customer"]}


def test_an_administrator_user_made_by_role_can_be_assigned_anywhere(w):
    boss = make_user(w["db"], Role.ADMINISTRATOR, display_name="Boss")
    ca.set_assignment(w["db"], w["admin"], w["customer"], boss.user_id, w["support"])
    assert rows(w) == [("Support", "Boss", True)]
