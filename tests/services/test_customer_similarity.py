"""Similar customers: retrieval through the indexes, scores and reasons, the offers for a new
customer and an incoming sender, and the quality of matching over the labelled pairs."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import text

from benchmarks.customer_similarity_figures import load_labelled_pairs
from factories import make_admin
from sagicc_desktop.services import customer_similarity as cs
from sagicc_desktop.services.customer_merge import merge_customers
from sagicc_desktop.services.contact_data import normalise_contact
from sagicc_desktop.services.errors import NotFound
from sagicc_desktop.services.text import search_name
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ContactPoint, Customer
from sagicc_desktop.store.enums import ContactKind
from sagicc_desktop.store.types import utcnow


def person(db, first, last, middle="", second="", *, doc=None, doc_type="cc", birth=None, phones=(), emails=()):
    """A stored customer with its contact points in their normalised form."""
    with unit_of_work(db) as s:
        c = Customer(first_name=first, middle_name=middle, last_name=last, second_last_name=second,
                     document_type=doc_type if doc else None, document_number=doc, birth_date=birth,
                     search_name=search_name(first, middle, last, second))
        s.add(c)
        s.flush()
        for kind, values in ((ContactKind.MOBILE, phones), (ContactKind.EMAIL, emails)):
            for v in values:
                s.add(ContactPoint(customer_id=c.id, kind=kind, value=v, normalized_value=v))
        return c.id


@pytest.fixture
def admin(db):
    return make_admin(db)


def _by_id(matches):
    return {m.customer_id: m for m in matches}


# ---------------------------------------------------------------- the labelled pairs


def test_precision_and_recall_of_the_labelled_pairs_reach_ninety_percent(db):
    pairs = load_labelled_pairs(db)
    assert len(pairs) >= 120
    assert {case for *_, case in pairs} >= {"accents", "swapped_surnames", "missing_middle_name", "typo",
                                              "phone_format", "email_case", "same_common_name"}
    quality = cs.match_quality(db, [(a, b, same) for a, b, same, _ in pairs])
    assert quality.threshold == cs.DEFAULT_THRESHOLD
    assert quality.true_positives + quality.false_negatives == sum(same for _, _, same, _ in pairs)
    assert quality.precision >= 0.9, quality
    assert quality.recall >= 0.9, quality


def test_match_quality_counts_each_outcome(db):
    a = person(db, "Ana", "Pérez", doc="111222333", phones=["+573001112233"])
    twin = person(db, "Ana", "Perez", phones=["+573001112233"])
    stranger = person(db, "Luis", "Gómez")
    quality = cs.match_quality(db, [(a, twin, True), (a, stranger, True), (a, twin, False), (a, stranger, False)])
    assert (quality.true_positives, quality.false_negatives, quality.false_positives, quality.true_negatives) == (
        1, 1, 1, 1)
    assert quality.precision == 0.5 and quality.recall == 0.5


# ---------------------------------------------------------------- reasons and percentages


def test_same_document_says_document_and_name(db, admin):
    a = person(db, "María", "García", "Fernanda", "López", doc="52123456", birth=dt.date(1980, 5, 1))
    b = person(db, "Fernanda", "García", doc="52123456")
    [m] = cs.similar_customers(db, admin, a)
    assert m.customer_id == b and m.reasons == (cs.DOCUMENT, cs.NAME)
    assert m.percentage >= 99 and m.document_number == "52123456"


def test_a_phone_written_another_way_and_an_address_in_another_case_are_shared(db, admin):
    a = person(db, "Jorge", "Rincón", phones=["+573001234567"], emails=["jorge.rincon@example.com"])
    b = person(db, "Jorge", "Rincon")
    with unit_of_work(db) as s:  # stored the way the Contact tab stores what was typed
        for kind, typed in ((ContactKind.PHONE, "300 123 4567"), (ContactKind.EMAIL, "Jorge.Rincon@EXAMPLE.com")):
            shown, normalized = normalise_contact(kind, typed)
            s.add(ContactPoint(customer_id=b, kind=kind, value=shown, normalized_value=normalized))
    [m] = cs.similar_customers(db, admin, a)
    assert m.customer_id == b
    assert m.reasons == (cs.NAME, cs.PHONE, cs.EMAIL) and m.percentage == 100


def test_two_people_with_one_common_name_do_not_match(db, admin):
    a = person(db, "José", "García", doc="80111222", birth=dt.date(1970, 1, 2), phones=["+573001110000"],
               emails=["jose1@example.com"])
    b = person(db, "Jose", "Garcia", doc="80999888", birth=dt.date(1991, 9, 9), phones=["+573002220000"],
               emails=["jose2@example.com"])
    assert cs.similar_customers(db, admin, a) == []
    [weak] = cs.similar_customers(db, admin, a, threshold=0)
    assert weak.customer_id == b and weak.reasons == (cs.NAME,) and weak.name_score == 100
    assert weak.percentage < 5


def test_word_order_accents_and_a_missing_middle_name_are_ignored(db, admin):
    a = person(db, "Ana", "Pérez", "María", "Gómez", birth=dt.date(1985, 3, 3))
    swapped = person(db, "ANA", "Gomez", "Maria", "Perez")
    shorter = person(db, "Ana", "Pérez", "", "Gómez", birth=dt.date(1985, 3, 3))
    got = _by_id(cs.similar_customers(db, admin, a))
    assert set(got) == {swapped, shorter}
    assert got[swapped].name_score == 100 and got[shorter].name_score == 95
    assert got[shorter].reasons == (cs.NAME, cs.BIRTH_DATE)
    assert got[shorter].percentage > got[swapped].percentage  # the birth date adds


def test_siblings_sharing_the_home_phone_are_not_offered(db, admin):
    a = person(db, "Daniel", "Pérez", "", "Mora", phones=["+576012345678"])
    b = person(db, "Daniela", "Pérez", "", "Mora", phones=["+576012345678"])
    c = person(db, "Camila", "Pérez", "", "Mora", phones=["+576012345678"])
    assert cs.similar_customers(db, admin, a) == []
    weak = _by_id(cs.similar_customers(db, admin, a, threshold=0))
    assert set(weak) == {b, c} and all(cs.PHONE in m.reasons for m in weak.values())


def test_candidates_are_sorted_best_first_and_limited(db, admin):
    a = person(db, "Laura", "Castro", doc="1001", phones=["+573005550001"], birth=dt.date(1990, 1, 1))
    by_doc = person(db, "Laura", "Castro", doc="1001")
    by_name = person(db, "Laura", "Castro")
    by_phone = person(db, "Laura", "Castro", "Inés", phones=["+573005550001"])
    got = cs.similar_customers(db, admin, a, threshold=0)
    assert [m.customer_id for m in got] == [by_doc, by_phone, by_name]
    assert [m.percentage for m in got] == sorted((m.percentage for m in got), reverse=True)
    assert [m.customer_id for m in cs.similar_customers(db, admin, a, threshold=0, limit=1)] == [by_doc]


def test_the_customer_itself_tombstones_and_merged_customers_are_left_out(db, admin):
    a = person(db, "Sofía", "Ríos", doc="7001", emails=["sofia@example.com"])
    deleted = person(db, "Sofia", "Rios", doc="7001")
    merged = person(db, "Sofia", "Rios", emails=["sofia@example.com"])
    survivor = person(db, "Sofía", "Ríos", "Inés")
    with unit_of_work(db) as s:
        s.get(Customer, deleted).deleted_at = utcnow()
    merge_customers(db, admin, survivor, merged, contacts=False)
    got = cs.similar_customers(db, admin, a, threshold=0)
    assert [m.customer_id for m in got] == [survivor]


def test_an_unknown_customer_is_not_found(db, admin):
    with pytest.raises(NotFound):
        cs.similar_customers(db, admin, uuid.uuid4())


# ---------------------------------------------------------------- retrieval stays bounded


def test_names_are_retrieved_by_two_shared_words_only(db, admin):
    a = person(db, "Valentina", "Quintero", "", "Ospina")
    two = person(db, "Valentina", "Ospina")
    one = person(db, "Valentina", "Zapata")  # one word in common: never retrieved
    got = _by_id(cs.similar_customers(db, admin, a, threshold=0))
    assert two in got and one not in got


def test_a_typo_in_a_two_word_name_is_still_retrieved(db, admin):
    a = person(db, "Matthew", "Robinson", birth=dt.date(1977, 7, 7))
    typo = person(db, "Mathew", "Robinson", birth=dt.date(1977, 7, 7))
    [m] = cs.similar_customers(db, admin, a)
    assert m.customer_id == typo and m.reasons == (cs.NAME, cs.BIRTH_DATE)


def test_the_name_index_hands_over_a_bounded_number_of_candidates(db):
    target = person(db, "James", "Smith", doc="P-1")
    many = [person(db, "James", "Smith", doc=f"P-{i}") for i in range(2, 32)]
    shares_phone = person(db, "Robert", "Jones", phones=["+12125550100"])
    with unit_of_work(db) as s:
        s.add(ContactPoint(customer_id=target, kind=ContactKind.MOBILE, value="+12125550100",
                           normalized_value="+12125550100"))
    with unit_of_work(db) as s:
        probe = cs.probe_of(s, target)
        bounded = cs.similar_to_probe(s, probe, threshold=0, limit=1000, name_limit=10)
        full = cs.similar_to_probe(s, probe, threshold=0, limit=1000)
    assert len([m for m in bounded if m.customer_id in many]) == 10
    assert len([m for m in full if m.customer_id in many]) == 30
    assert shares_phone in {m.customer_id for m in bounded}  # exact keys come on top of the cap


def test_without_the_trigram_extension_postgres_scans_and_finds_the_same(db, admin):
    a = person(db, "Gloria", "Sierra", "", "Mora", birth=dt.date(1958, 3, 11))
    b = person(db, "Gloria", "Mora", "", "Sierra", birth=dt.date(1958, 3, 11))
    before = cs.similar_customers(db, admin, a)
    if db.dialect == "postgresql":  # the LIKE fallback where pg_trgm could not be installed
        with db.engine.begin() as conn:
            conn.execute(text("DROP EXTENSION pg_trgm CASCADE"))
    after = cs.similar_customers(db, admin, a)
    assert [m.customer_id for m in before] == [m.customer_id for m in after] == [b]


def test_a_name_many_customers_bear_says_less(db, admin):
    with unit_of_work(db) as s:
        s.add_all(Customer(first_name="Pedro", last_name="Gil", second_last_name="Mora",
                           search_name="pedro gil mora") for _ in range(64))
    common = cs.matches_for_new_customer(db, admin, first_name="Pedro", last_name="Gil", second_last_name="Mora")
    assert common == []
    weak = cs.matches_for_new_customer(db, admin, first_name="Pedro", last_name="Gil", second_last_name="Mora",
                                       threshold=0, limit=100)
    assert len(weak) == 64 and {m.percentage for m in weak} == {62}
    person(db, "Rosa", "Gil", "", "Mora")
    [rare] = cs.matches_for_new_customer(db, admin, first_name="Rosa", last_name="Gil", second_last_name="Mora")
    assert rare.percentage == 92 and rare.reasons == (cs.NAME,)
    assert cs.common_name_discount(4) == 0 and cs.common_name_discount(64) == 2.0
    assert cs.common_name_discount(100_000) == cs.NAMESAKES_MAX


# ---------------------------------------------------------------- offers before a duplicate is made


def test_a_new_customer_is_offered_the_stored_match(db, admin):
    stored = person(db, "Carlos", "Restrepo", "Andrés", "Mejía", doc="71222333", phones=["+573101234567"])
    person(db, "Carlos", "Restrepo", "", "Vélez", doc="71999999", birth=dt.date(1960, 1, 1))
    got = cs.matches_for_new_customer(db, admin, first_name="carlos", last_name="RESTREPO",
                                      second_last_name="Mejia", phones=["+57 310 123 4567"])
    assert [m.customer_id for m in got] == [stored]
    assert got[0].reasons == (cs.NAME, cs.PHONE)
    by_document = cs.matches_for_new_customer(db, admin, first_name="C.", last_name="Restrepo",
                                              document_type="cc", document_number="71.222.333")
    assert [m.customer_id for m in by_document] == [stored] and by_document[0].reasons[0] == cs.DOCUMENT


def test_a_new_customer_with_nothing_alike_gets_no_offer(db, admin):
    person(db, "Carlos", "Restrepo", phones=["+573101234567"])
    assert cs.matches_for_new_customer(db, admin, first_name="Olga", last_name="Vera",
                                       phones=["not a phone"], emails=["not an address"]) == []


def test_an_incoming_sender_is_offered_the_customer_it_resembles(db, admin):
    stored = person(db, "Ana", "Pérez", "María", "Gómez", emails=["ana.perez@example.com"],
                    phones=["+573001234567"])
    by_address = cs.matches_for_sender(db, admin, "Ana.Perez@Example.com")
    assert [m.customer_id for m in by_address] == [stored] and cs.EMAIL in by_address[0].reasons
    by_name = cs.matches_for_sender(db, admin, "anita@example.net", "Ana María Pérez Gómez")
    assert [m.customer_id for m in by_name] == [stored] and by_name[0].reasons == (cs.NAME,)
    by_phone = cs.matches_for_sender(db, admin, "300 123 4567")
    assert [m.customer_id for m in by_phone] == [stored] and by_phone[0].reasons == (cs.PHONE,)
    made_for_it = person(db, "Ana", "Perez", emails=["anita@example.net"])
    offered = cs.matches_for_sender(db, admin, "anita@example.net", "Ana María Pérez Gómez", exclude=made_for_it)
    assert [m.customer_id for m in offered] == [stored]


# ---------------------------------------------------------------- pure parts


def test_document_key_and_name_score():
    assert cs.document_key(" 1.020.304 050 ") == "1020304050"
    assert cs.document_key("ab-12") == "AB-12"
    assert cs.name_score("maria garcia lopez", "maria lopez garcia") == 100
    assert cs.name_score("jose garcia", "jose maria garcia lopez") == 95
    assert 85 <= cs.name_score("jose garsia lopez", "jose garcia lopez") < 100
    assert cs.name_score("ana gomez", "") == 0
    assert cs.name_words("María del Pilar De la Torre") == ["maria", "pilar", "torre"]
