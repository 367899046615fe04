"""The Customers module's search as the user types: names, documents, phones and e-mails."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from factories import at, make_agent, make_customer
from factories_merge import add
from sagicc_desktop.services.customer_search import DOCUMENT, EMAIL, NAME, PHONE, phone_prefix, search_customers
from sagicc_desktop.services.text import search_name
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ContactPoint, Customer
from sagicc_desktop.store.enums import ContactKind
from sagicc_desktop.store.types import new_id, utcnow


@pytest.fixture
def agent(db):
    return make_agent(db)


def _person(db, first, last, middle="", second="", document=None, **kw):
    with unit_of_work(db) as s:
        c = Customer(first_name=first, middle_name=middle, last_name=last, second_last_name=second,
                     document_type="cc", document_number=document or None,
                     search_name=search_name(first, middle, last, second), **kw)
        s.add(c)
        s.flush()
        return c.id


def _contact(db, customer, kind, value, normalized, primary=False, **kw):
    add(db, ContactPoint(customer_id=customer, kind=kind, value=value, normalized_value=normalized,
                         is_primary=primary, **kw))


def _names(db, agent, typed, **kw):
    return [h.name for h in search_customers(db, agent, typed, **kw).rows]


def _tombstone(db, customer, merged_into=None):
    with unit_of_work(db) as s:
        c = s.get(Customer, customer)
        c.deleted_at, c.merged_into_id = at(1), merged_into


# ---------------------------------------------------------------- names


def test_short_text_is_a_prefix_of_the_name_alphabetically(db, agent):
    for first, last in (("Andrés", "Ruiz"), ("Ana", "Pérez"), ("Luis", "Anaya"), ("Anabel", "Gómez")):
        _person(db, first, last)
    assert _names(db, agent, "an") == ["Ana Pérez", "Anabel Gómez", "Andrés Ruiz"]  # not "Luis Anaya"
    assert _names(db, agent, "Á") == ["Ana Pérez", "Anabel Gómez", "Andrés Ruiz"]
    assert _names(db, agent, "ana p") == ["Ana Pérez"]
    assert _names(db, agent, "an r") == []  # short words only ever match the name's start


def test_accents_case_and_word_order_are_ignored(db, agent):
    _person(db, "José", "Pérez", second="Núñez")
    _person(db, "Ana", "Peralta")
    assert _names(db, agent, "PEREZ jose") == ["José Pérez Núñez"]
    assert _names(db, agent, "nunez") == ["José Pérez Núñez"]
    assert _names(db, agent, "Pérez, José") == ["José Pérez Núñez"]
    assert _names(db, agent, "per") == ["Ana Peralta", "José Pérez Núñez"]


def test_names_starting_with_the_text_then_word_starts_then_the_rest(db, agent):
    for first, last in (("Edgar", "Ruiz"), ("Ana", "García"), ("Gary", "Smith"), ("Olga", "Garzón")):
        _person(db, first, last)
    page = search_customers(db, agent, "gar")
    assert [h.name for h in page.rows] == ["Gary Smith", "Ana García", "Olga Garzón", "Edgar Ruiz"]
    assert {h.matched for h in page.rows} == {NAME} and not page.more


def test_short_words_narrow_a_longer_one(db, agent):
    _person(db, "Ana", "García")
    _person(db, "Luis", "García")
    _person(db, "Ana", "Ruiz")
    assert _names(db, agent, "garcia an") == ["Ana García"]


def test_tombstones_never_show(db, agent):
    live = _person(db, "Ana", "Pérez", document="5550001")
    gone, merged = _person(db, "Ana", "Pérez", document="5550002"), _person(db, "Ana", "Peres", document="5550003")
    _tombstone(db, gone)
    _tombstone(db, merged, merged_into=live)
    for typed in ("ana", "perez", "pere", "555000"):
        assert [h.id for h in search_customers(db, agent, typed).rows] == [live]


def test_limit_and_more(db, agent):
    for i in range(5):
        _person(db, "Ana", f"Pérez {i}")
    page = search_customers(db, agent, "ana", limit=3)
    assert [h.name for h in page.rows] == ["Ana Pérez 0", "Ana Pérez 1", "Ana Pérez 2"] and page.more
    assert not search_customers(db, agent, "ana", limit=5).more


def test_more_matches_than_the_page_shows_the_newest_ranked_when_they_fit(db, agent):
    now = utcnow()
    rows = [dict(id=new_id(), created_at=now, updated_at=now, version=1, first_name="Luz",
                 last_name=f"{'Marín' if i % 2 else 'Almarín'} {i}", search_name=f"luz {'marin' if i % 2 else 'almarin'} {i}")
            for i in range(12)]
    with unit_of_work(db) as s:
        s.execute(insert(Customer), rows)  # stored in this order: the last is the newest
    _tombstone(db, rows[-1]["id"])
    page = search_customers(db, agent, "marin", limit=4)
    assert [h.name for h in page.rows] == ["Luz Almarín 10", "Luz Marín 9", "Luz Almarín 8", "Luz Marín 7"]
    assert page.more
    # All eleven fit in a page: word starts ("marin") first, then the rest, alphabetically.
    page = search_customers(db, agent, "marin", limit=20)
    assert [h.name for h in page.rows] == [f"Luz Marín {i}" for i in (1, 3, 5, 7, 9)] + [
        f"Luz Almarín {i}" for i in (0, 10, 2, 4, 6, 8)]
    assert not page.more


def test_odd_characters_are_plain_text(db, agent):
    _person(db, "Ana", "O'Neil")
    assert _names(db, agent, 'ana"') == []
    assert _names(db, agent, "o'n") == ["Ana O'Neil"]
    assert _names(db, agent, "a%") == [] and _names(db, agent, "an_") == []
    assert search_customers(db, agent, "   ").rows == ()


# ---------------------------------------------------------------- identifiers


def test_document_number_prefix_typed_with_or_without_dots(db, agent):
    ana = _person(db, "Ana", "Pérez", document="1020304050")
    _person(db, "Luis", "Gómez", document="1020999")
    _person(db, "Eva", "Ruiz", document="9020304050")
    page = search_customers(db, agent, "1.020.304")
    assert [(h.id, h.matched, h.document_number) for h in page.rows] == [(ana, DOCUMENT, "1020304050")]
    assert _names(db, agent, "1020") == ["Ana Pérez", "Luis Gómez"]
    assert _names(db, agent, "a1020") == []


def test_phone_typed_in_any_format(db, agent):
    ana, luis = _person(db, "Ana", "Pérez"), _person(db, "Luis", "Gómez")
    _contact(db, ana, ContactKind.MOBILE, "300 123 4567", "+573001234567", primary=True)
    _contact(db, luis, ContactKind.PHONE, "(212) 555-0100", "+12125550100")
    _contact(db, luis, ContactKind.EMAIL, "luis@x.co", "luis@x.co", primary=True)
    for typed in ("300 123 4567", "(300) 123-45", "+57 300 1", "0057300123", "3001234567"):
        page = search_customers(db, agent, typed)
        assert [(h.id, h.matched, h.main_contact) for h in page.rows] == [(ana, PHONE, "300 123 4567")], typed
    page = search_customers(db, agent, "+1 212-555")
    assert [(h.id, h.matched, h.main_contact) for h in page.rows] == [(luis, PHONE, "(212) 555-0100")]
    assert search_customers(db, agent, "30").rows == ()  # two digits are no phone number yet


def test_phone_prefix_is_the_stored_international_form():
    assert phone_prefix("300 123 4567", "CO") == "+573001234567"
    assert phone_prefix("300-12", "CO") == "+5730012"
    assert phone_prefix("+1 (212) 55", "CO") == "+121255"
    assert phone_prefix("020 7946", "GB") == "+44207946"  # the national trunk 0 dropped
    assert phone_prefix("12", "CO") is None and phone_prefix("A123456", "CO") is None


def test_email_prefix(db, agent):
    ana = _person(db, "Ana", "Pérez")
    _contact(db, ana, ContactKind.EMAIL, "Ana.Perez@Mail.co", "ana.perez@mail.co")
    _contact(db, ana, ContactKind.EMAIL, "old@mail.co", "old@mail.co", deleted_at=at(1))
    for typed in ("ana.p", "ANA.PEREZ@MAIL", "ana.perez@mail.co"):
        page = search_customers(db, agent, typed)
        assert [(h.id, h.matched, h.main_contact) for h in page.rows] == [(ana, EMAIL, "Ana.Perez@Mail.co")], typed
    assert search_customers(db, agent, "old@").rows == ()


def test_a_row_shows_the_main_contact_and_the_last_interaction(db, agent):
    ana = _person(db, "Ana", "Pérez", document="77001", last_interaction_at=at(9))
    _contact(db, ana, ContactKind.EMAIL, "ana@x.co", "ana@x.co", primary=True)
    _contact(db, ana, ContactKind.MOBILE, "300 000 0001", "+573000000001")
    _contact(db, ana, ContactKind.MOBILE, "300 000 0002", "+573000000002", primary=True)
    hit, = search_customers(db, agent, "ana perez").rows
    assert (hit.main_contact, hit.last_interaction_at, hit.document_type, hit.document_number) == (
        "300 000 0002", at(9), "cc", "77001")
    luis = _person(db, "Luis", "Gómez")
    _contact(db, luis, ContactKind.EMAIL, "luis@x.co", "luis@x.co")
    assert search_customers(db, agent, "luis").rows[0].main_contact == "luis@x.co"


def test_identifier_matches_come_before_names(db, agent):
    named = _person(db, "Ana", "Pérez", second="123")
    holder = _person(db, "Zoe", "Zapata", document="ANA123")
    page = search_customers(db, agent, "ana 123")
    assert [(h.id, h.matched) for h in page.rows] == [(holder, DOCUMENT), (named, NAME)]
    assert [h.id for h in search_customers(db, agent, "ana").rows] == [named]  # no digit: no document
