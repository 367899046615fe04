"""T1 and the profile's Information tab: reading a customer for editing, saving with validation,
the change log and stale edits; creating a customer without making a duplicate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from factories import (
    create_ticket, make_admin, make_agent, make_campaign, make_customer, make_viewer, set_hide_other_campaigns,
)
from sagicc_desktop.services import customer_edit as ce
from sagicc_desktop.services.customer_merge import merge_customers
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, TicketClosed, ValidationError
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, ContactPoint, Customer, Ticket
from sagicc_desktop.store.enums import ChangeAction, ContactKind, TicketStatus
from sagicc_desktop.store.types import utcnow

DRAFT = ce.CustomerDraft(document_type="cc", document_number="52.123.456", first_name="  María ",
                         middle_name="del  Pilar", last_name="García", second_last_name="López",
                         birth_date=dt.date(1980, 5, 17))


@pytest.fixture
def w(db):
    campaign = make_campaign(db)
    admin = make_admin(db, display_name="Admin Person")
    agent = make_agent(db, campaigns=[campaign], display_name="Agent Person")
    customer = make_customer(db, "Ana", "Pérez", document_number="1001")
    ticket = create_ticket(db, admin, campaign, customer)
    return dict(db=db, campaign=campaign, admin=admin, agent=agent, viewer=make_viewer(db), customer=customer,
                ticket=ticket)


def stored(db, customer_id) -> Customer:
    with unit_of_work(db) as s:
        return s.get(Customer, customer_id)


def changes(db, entity_id):
    with unit_of_work(db) as s:
        return list(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == entity_id)
                              .order_by(ChangeLogEntry.at, ChangeLogEntry.field)))


def _code(exc_info) -> str:
    return exc_info.value.args[0]


def save(w, draft=DRAFT, who="agent", **kw):
    form = ce.customer_form(w["db"], w[who], w["customer"])
    return ce.update_customer(w["db"], w[who], w["customer"], form.version, draft, **kw)


# ---------------------------------------------------------------- reading


def test_the_form_holds_the_fields_and_who_made_and_changed_the_customer(w):
    with unit_of_work(w["db"]) as s:
        c = s.get(Customer, w["customer"])
        c.created_by_id = w["admin"].user_id
        c.last_interaction_at = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc)
    save(w)
    form = ce.customer_form(w["db"], w["agent"], w["customer"])
    assert form.draft == ce.CustomerDraft("cc", "52123456", "María", "del Pilar", "García", "López",
                                          dt.date(1980, 5, 17))
    assert form.full_name == "María del Pilar García López"
    assert (form.created_by, form.updated_by) == ("Admin Person", "Agent Person")
    assert form.updated_at >= form.created_at
    assert form.last_interaction_at == dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc)
    assert form.read_only_reason is None and form.merged_into_id is None
    assert "passport" in form.document_types


def test_read_only_reasons(w):
    db = w["db"]
    assert ce.customer_form(db, w["viewer"], w["customer"]).read_only_reason == "viewer"
    other = make_customer(db, "Ana", "Perez")
    merge_customers(db, w["admin"], w["customer"], other)
    form = ce.customer_form(db, w["agent"], other)
    assert form.read_only_reason == ce.MERGED and form.merged_into_id == w["customer"]
    gone = make_customer(db, "Luis", "Gómez")
    with unit_of_work(db) as s:
        s.get(Customer, gone).deleted_at = utcnow()
    assert ce.customer_form(db, w["agent"], gone).read_only_reason == ce.DELETED
    with pytest.raises(NotFound):
        ce.customer_form(db, w["agent"], uuid.uuid4())


# ---------------------------------------------------------------- saving


def test_saving_cleans_the_values_recomputes_the_search_name_and_logs_each_field(w):
    version = save(w)
    c = stored(w["db"], w["customer"])
    assert (c.first_name, c.middle_name, c.document_number) == ("María", "del Pilar", "52123456")
    assert c.search_name == "maria del pilar garcia lopez"
    assert c.updated_by_id == w["agent"].user_id and c.version == version == 2
    log = {e.field: (e.old_value, e.new_value) for e in changes(w["db"], w["customer"])}
    assert log["first_name"] == ("Ana", "María") and log["last_name"] == ("Pérez", "García")
    assert log["document_number"] == ("1001", "52123456") and log["birth_date"] == (None, "1980-05-17")
    assert set(log) == {"first_name", "middle_name", "last_name", "second_last_name", "document_number",
                        "birth_date"}  # the type did not change: not logged
    assert all(e.action is ChangeAction.UPDATE and e.ticket_id is None for e in changes(w["db"], w["customer"]))


def test_the_name_index_follows_an_edit(w):
    from sagicc_desktop.services import customer_similarity as cs

    twin = make_customer(w["db"], "María", "García")
    assert cs.similar_customers(w["db"], w["admin"], twin, threshold=0) == []
    save(w)
    [found] = cs.similar_customers(w["db"], w["admin"], twin, threshold=0)
    assert found.customer_id == w["customer"] and found.name_score == 95


def test_saving_nothing_new_writes_nothing(w):
    version = save(w)
    assert save(w) == version
    assert len(changes(w["db"], w["customer"])) == 6


def test_saving_from_a_ticket_puts_the_change_in_the_ticket_log(w):
    save(w, dataclasses.replace(DRAFT, first_name="Marta"), ticket_id=w["ticket"])
    entries = changes(w["db"], w["customer"])
    assert entries and all(e.ticket_id == w["ticket"] for e in entries)


def test_saving_from_a_closed_ticket_or_another_customer_s_ticket_is_refused(w):
    db = w["db"]
    other_ticket = create_ticket(db, w["admin"], w["campaign"], make_customer(db, "Luis", "Gómez"))
    with pytest.raises(ValidationError) as e:
        save(w, ticket_id=other_ticket)
    assert _code(e) == "not_ticket_customer"
    with unit_of_work(db) as s:
        s.get(Ticket, w["ticket"]).status = TicketStatus.CLOSED
    with pytest.raises(TicketClosed):
        save(w, ticket_id=w["ticket"])


def test_a_stale_version_is_refused_and_keeps_the_newer_save(w):
    db = w["db"]
    form = ce.customer_form(db, w["agent"], w["customer"])
    ce.update_customer(db, w["admin"], w["customer"], form.version, dataclasses.replace(DRAFT, first_name="Rosa"))
    with pytest.raises(StaleEdit) as e:
        ce.update_customer(db, w["agent"], w["customer"], form.version, DRAFT)
    assert e.value.details["current"] == form.version + 1
    assert stored(db, w["customer"]).first_name == "Rosa"


@pytest.mark.parametrize("change, code, field", [
    ({"first_name": "   "}, "required", "first_name"),
    ({"last_name": ""}, "required", "last_name"),
    ({"first_name": "A" * 1000}, "too_long", "first_name"),
    ({"second_last_name": "B" * 121}, "too_long", "second_last_name"),
    ({"birth_date": dt.date.today() + dt.timedelta(days=2)}, "birth_date_future", "birth_date"),
    ({"birth_date": dt.date(1899, 12, 31)}, "birth_date_too_old", "birth_date"),
    ({"birth_date": dt.datetime(1980, 1, 1, 12, 0)}, "invalid_date", "birth_date"),
    ({"document_type": None}, "required", "document_type"),
    ({"document_type": "library card"}, "invalid_document_type", "document_type"),
    ({"document_number": "12/34"}, "invalid_document", "document_number"),
    ({"document_number": "9" * 41}, "too_long", "document_number"),
])
def test_bad_input_is_refused_with_a_code_and_the_field(w, change, code, field):
    with pytest.raises(ValidationError) as e:
        save(w, dataclasses.replace(DRAFT, **change))
    assert _code(e) == code and e.value.details["field"] == field
    assert stored(w["db"], w["customer"]).first_name == "Ana"


def test_the_longest_names_the_columns_hold_are_kept(w):
    save(w, dataclasses.replace(DRAFT, first_name="A" * 120, birth_date=dt.date(1900, 1, 1)))
    c = stored(w["db"], w["customer"])
    assert c.first_name == "A" * 120 and c.birth_date == dt.date(1900, 1, 1)


def test_a_document_type_without_a_number_is_dropped(w):
    save(w, dataclasses.replace(DRAFT, document_number="  ", document_type="passport"))
    c = stored(w["db"], w["customer"])
    assert (c.document_type, c.document_number) == (None, None)


def test_a_document_number_of_another_live_customer_of_the_same_type_is_refused(w):
    db = w["db"]
    holder = make_customer(db, "Luis", "Gómez", document_number="52123456")
    with pytest.raises(ValidationError) as e:
        save(w)  # "52.123.456" is the same number
    assert _code(e) == "document_taken" and e.value.details["customer_id"] == holder
    save(w, dataclasses.replace(DRAFT, document_type="passport"))  # another type: someone else's number space
    assert stored(db, w["customer"]).document_type == "passport"


def test_a_document_number_of_a_merged_or_deleted_customer_is_free(w):
    db = w["db"]
    merged, deleted = make_customer(db, "A", "B", document_number="52123456"), make_customer(db, "C", "D")
    merge_customers(db, w["admin"], make_customer(db, "E", "F"), merged)
    with unit_of_work(db) as s:
        s.get(Customer, deleted).deleted_at = utcnow()
    save(w)
    assert stored(db, w["customer"]).document_number == "52123456"


def test_tombstones_are_not_edited(w):
    db = w["db"]
    other = make_customer(db, "Ana", "Perez")
    merge_customers(db, w["admin"], w["customer"], other)
    with pytest.raises(ValidationError) as e:
        ce.update_customer(db, w["agent"], other, 1, DRAFT)
    assert _code(e) == "customer_merged" and e.value.details["survivor_id"] == w["customer"]
    gone = make_customer(db, "Luis", "Gómez")
    with unit_of_work(db) as s:
        s.get(Customer, gone).deleted_at = utcnow()
    with pytest.raises(ValidationError) as e:
        ce.update_customer(db, w["agent"], gone, 1, DRAFT)
    assert _code(e) == "customer_deleted"
    with pytest.raises(NotFound):
        ce.update_customer(db, w["agent"], uuid.uuid4(), 1, DRAFT)


def test_viewers_change_nothing(w):
    with pytest.raises(PermissionDenied):
        save(w, who="viewer")


def test_customers_of_hidden_campaigns_are_out_of_reach(w):
    db, draft = w["db"], dataclasses.replace(DRAFT, document_number=None)
    set_hide_other_campaigns(db, w["admin"])
    elsewhere = make_campaign(db)
    theirs = make_customer(db, "Luis", "Gómez")
    create_ticket(db, w["admin"], elsewhere, theirs)
    with pytest.raises(PermissionDenied) as e:
        ce.update_customer(db, w["agent"], theirs, 1, draft)
    assert _code(e) == ce.OTHER_CAMPAIGNS
    assert ce.customer_form(db, w["agent"], theirs).read_only_reason == ce.OTHER_CAMPAIGNS
    assert ce.update_customer(db, w["admin"], theirs, 1, draft) == 2  # administrators see every campaign
    create_ticket(db, w["admin"], w["campaign"], theirs)  # now also in the agent's campaign
    assert ce.update_customer(db, w["agent"], theirs, 2, dataclasses.replace(draft, first_name="Lu")) == 3
    no_tickets = make_customer(db, "Sin", "Casos")
    assert ce.update_customer(db, w["agent"], no_tickets, 1, draft) == 2


# ---------------------------------------------------------------- creating


def test_create_stores_the_customer_its_contacts_and_the_log(w):
    db = w["db"]
    customer_id = ce.create_customer(db, w["agent"], DRAFT, contacts=[
        (ContactKind.MOBILE, "+57 300 123 4567"), (ContactKind.EMAIL, "Maria@Example.com"),
        (ContactKind.MOBILE, "3001234567"), (ContactKind.MOBILE, "310 765 4321"), (ContactKind.EMAIL, " ")])
    c = stored(db, customer_id)
    assert c.search_name == "maria del pilar garcia lopez" and c.document_number == "52123456"
    assert c.created_by_id == c.updated_by_id == w["agent"].user_id
    with unit_of_work(db) as s:
        points = [(p.kind, p.normalized_value, p.is_primary) for p in s.scalars(
            select(ContactPoint).where(ContactPoint.customer_id == customer_id).order_by(ContactPoint.id))]
    assert points == [(ContactKind.MOBILE, "+573001234567", True), (ContactKind.EMAIL, "maria@example.com", True),
                      (ContactKind.MOBILE, "+573107654321", False)]
    [created] = changes(db, customer_id)
    assert created.action is ChangeAction.CREATE and created.new_value == "María del Pilar García López"


def test_create_offers_the_similar_customer_instead_of_a_duplicate(w):
    db = w["db"]
    stored_id = ce.create_customer(db, w["agent"], DRAFT, contacts=[(ContactKind.MOBILE, "3001234567")])
    again = ce.CustomerDraft(first_name="Maria", last_name="Lopez", second_last_name="Garcia")
    with pytest.raises(ValidationError) as e:
        ce.create_customer(db, w["agent"], again, contacts=[(ContactKind.PHONE, "+57 300 123 4567")])
    assert _code(e) == "similar_customers"
    [match] = e.value.details["matches"]
    assert match.customer_id == stored_id and match.reasons == ("name", "phone")
    chosen_new = ce.create_customer(db, w["agent"], again, allow_similar=True)
    assert stored(db, chosen_new).first_name == "Maria"


def test_create_refuses_bad_input_and_a_taken_document_before_anything_is_stored(w):
    db = w["db"]
    with pytest.raises(ValidationError) as e:
        ce.create_customer(db, w["agent"], dataclasses.replace(DRAFT, last_name=" "))
    assert _code(e) == "required"
    with pytest.raises(ValidationError) as e:
        ce.create_customer(db, w["agent"], dataclasses.replace(DRAFT, document_number="1001"), allow_similar=True)
    assert _code(e) == "document_taken"
    with pytest.raises(ValidationError) as e:
        ce.create_customer(db, w["agent"], DRAFT, contacts=[(ContactKind.EMAIL, "not an address")])
    assert _code(e) == "invalid_email"
    with pytest.raises(PermissionDenied):
        ce.create_customer(db, w["viewer"], DRAFT)
    with unit_of_work(db) as s:
        assert s.scalar(select(Customer.id).where(Customer.first_name == "María")) is None
