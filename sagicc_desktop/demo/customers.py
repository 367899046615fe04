"""Demo customers: Colombian and US people with documents, contact points and accounts.

A few near-duplicates (a dropped accent, a missing middle name) give "similar customers" and
customer merging something to find; a couple of contact values are on the block list.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from ..store.entities import (
    Account, AccountData, BlockedContact, ContactPoint, Customer, CustomerAssignment,
    CustomerRelation, User,
)
from ..store.enums import ContactKind, DocumentType
from . import vocabulary as V
from .catalog import Reference, stamped
from .values import normalise_email, normalise_name, normalise_phone, normalise_text


@dataclass
class Person:
    """A customer with what tickets and conversations need to address them."""

    customer: Customer
    language: str  # "es" or "en"
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # E.164, mobile first
    accounts: list[Account] = field(default_factory=list)
    address: str = ""

    @property
    def region(self) -> str:
        return "CO" if self.language == "es" else "US"


@dataclass
class CustomerRows:
    """Rows in insert order (each list may reference the ones before it)."""

    people: list[Person]
    customers: list[Customer]
    second: list = field(default_factory=list)  # contact points, accounts, blocks
    third: list = field(default_factory=list)  # account data, relations, assignments


def person_name(rng: random.Random, language: str) -> tuple[str, str, str, str]:
    """(first, middle, last, second last); English names have no second last name."""
    if language == "es":
        first = rng.choice(V.ES_FIRST)
        middle = rng.choice([m for m in V.ES_MIDDLE if m != first]) if rng.random() < 0.7 else ""
        last, second = rng.sample(V.ES_LAST, 2)
        return first, middle, last, second
    middle = rng.choice(V.EN_MIDDLE) if rng.random() < 0.35 else ""
    return rng.choice(V.EN_FIRST), middle, rng.choice(V.EN_LAST), ""


def document(rng: random.Random, language: str) -> tuple[str, str]:
    if language == "es":
        kind = rng.choices([DocumentType.NATIONAL_ID, DocumentType.FOREIGN_ID,
                            DocumentType.PASSPORT], [80, 10, 10])[0]
        if kind is DocumentType.NATIONAL_ID:
            return kind.value, str(rng.randint(10_000_000, 1_099_999_999))
        if kind is DocumentType.FOREIGN_ID:
            return kind.value, str(rng.randint(100_000, 9_999_999))
        return kind.value, f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(100_000, 999_999)}"
    if rng.random() < 0.6:
        return DocumentType.PASSPORT.value, str(rng.randint(100_000_000, 999_999_999))
    return DocumentType.OTHER.value, f"D{rng.randint(10_000_000, 99_999_999)}"


def email_local(first: str, last: str) -> str:
    plain = normalise_name(first, last).replace("'", "").split()
    return ".".join(plain)


class _Contacts:
    """Makes contact values, unique across the dataset."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make) -> str:
        for _ in range(50):
            value = make()
            key = value.lower()
            if key not in self.used:
                self.used.add(key)
                return value
        raise RuntimeError("ran out of demo contact values")

    def email(self, first: str, last: str) -> str:
        rng = self.rng
        local = email_local(first, last)

        def make() -> str:
            suffix = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
            name = local.title() if rng.random() < 0.15 else local  # mixed case, normalised
            return f"{name}{suffix}@{rng.choice(V.EMAIL_DOMAINS)}"

        return self._unique(make)

    def mobile(self, language: str) -> str:
        rng = self.rng
        if language == "es":
            return self._unique(lambda: f"{rng.choice(V.CO_MOBILE_PREFIXES)} "
                                        f"{rng.randint(200, 999)} {rng.randint(1000, 9999)}")
        return self._unique(lambda: f"({rng.choice(V.US_CITIES)[2]}) 555-01{rng.randint(0, 99):02d}")

    def landline(self, language: str, city: tuple) -> str:
        rng = self.rng
        if language == "es":
            return self._unique(lambda: f"({city[1]}) {rng.randint(200, 899)} {rng.randint(1000, 9999)}")
        return self._unique(lambda: f"({city[2]}) 555-01{rng.randint(0, 99):02d}")


def address(rng: random.Random, language: str, city: tuple) -> str:
    if language == "es":
        apt = f", Apto {rng.randint(1, 20)}0{rng.randint(1, 4)}" if rng.random() < 0.5 else ""
        return (f"{rng.choice(V.CO_STREETS)} {rng.randint(1, 150)} # {rng.randint(1, 99)}-"
                f"{rng.randint(1, 99):02d}{apt}, {city[0]}")
    apt = f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}" if rng.random() < 0.4 else ""
    return f"{rng.randint(100, 9999)} {rng.choice(V.US_STREETS)}{apt}, {city[0]}, {city[1]} {city[3]}"


def _account_data(rng: random.Random, language: str, product: tuple, since: dt.date,
                  place: str) -> list[tuple[str, str]]:
    es = language == "es"
    name = product[1] if es else product[2]
    balance = rng.choice([0, 0, rng.randint(20, 250)])
    rows = [
        ("Plan", name),
        ("Ciclo de facturación" if es else "Billing cycle",
         f"Día {rng.choice([1, 15])}" if es else f"Day {rng.choice([1, 15])}"),
        ("Fecha de activación" if es else "Activation date", since.isoformat()),
        ("Saldo pendiente" if es else "Balance due",
         f"$ {balance * 1000:,}".replace(",", ".") if es else f"${balance}.00"),
    ]
    if product[0] in ("HOG", "TV", "FIJ"):
        rows.append(("Dirección de instalación" if es else "Service address", place))
        rows.append(("Equipo" if es else "Device",
                     rng.choice(["Módem Huawei HG8245", "Router ZTE F670", "Decodificador HD"])))
    else:
        rows.append(("Equipo" if es else "Device",
                     rng.choice(["Samsung Galaxy A54", "iPhone 15", "Motorola G84", "Xiaomi 13T"])))
    return rows


def build_customers(rng: random.Random, now: dt.datetime, ref: Reference, count: int,
                    spanish_share: float = 0.6) -> CustomerRows:
    contacts = _Contacts(rng)
    staff = list(ref.users.values())
    out = CustomerRows([], [])
    duplicates = max(2, count // 60)
    for i in range(count):
        created = now - dt.timedelta(days=rng.uniform(181, 720), seconds=rng.randint(0, 86_399))
        if i >= count - duplicates and out.people:  # near-duplicate of an earlier customer
            original = rng.choice(out.people)
            language = original.language
            c0 = original.customer
            names = (normalise_name(c0.first_name).title() if rng.random() < 0.5 else c0.first_name,
                     "", c0.last_name, c0.second_last_name)
        else:
            language = "es" if rng.random() < spanish_share else "en"
            names = person_name(rng, language)
        doc_type, doc_number = document(rng, language)
        creator = rng.choice(staff) if rng.random() < 0.7 else None
        customer = Customer(
            **stamped(rng, created), document_type=doc_type, document_number=doc_number,
            first_name=names[0], middle_name=names[1], last_name=names[2],
            second_last_name=names[3], search_name=normalise_name(*names),
            birth_date=dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
            created_by_id=creator and creator.id, updated_by_id=creator and creator.id)
        person = Person(customer, language)
        out.people.append(person)
        out.customers.append(customer)
        out.second += _contact_points(rng, contacts, person, names, created)
        out.second += _accounts(rng, person, created, out.third)
    out.second += _blocked(rng, out.people, now, ref)
    out.third += _relations(rng, out.people, now)
    out.third += _assignments(rng, out.people, now, ref)
    return out


def _contact_points(rng, contacts: _Contacts, person: Person, names, created) -> list:
    language, cid = person.language, person.customer.id
    labels = V.CONTACT_LABELS[language]
    city = rng.choice(V.CO_CITIES if language == "es" else V.US_CITIES)
    rows: list[ContactPoint] = []

    def add(kind: ContactKind, value: str, normalised: str, label: str) -> None:
        primary = not any(r.kind is kind for r in rows)
        rows.append(ContactPoint(**stamped(rng, created), customer_id=cid, kind=kind, value=value,
                                 normalized_value=normalised, label=label, is_primary=primary))

    for n in range(1 if rng.random() < 0.8 else 2):
        if n or rng.random() < 0.93:
            value = contacts.email(names[0], names[2])
            add(ContactKind.EMAIL, value, normalise_email(value), labels["work" if n else "personal"])
            person.emails.append(value)
    if rng.random() < 0.95:
        value = contacts.mobile(language)
        add(ContactKind.MOBILE, value, normalise_phone(value, person.region), labels["personal"])
        person.phones.append(normalise_phone(value, person.region))
    if rng.random() < 0.45:
        value = contacts.landline(language, city)
        add(ContactKind.PHONE, value, normalise_phone(value, person.region), labels["home"])
        person.phones.append(normalise_phone(value, person.region))
    if rng.random() < 0.7:
        value = address(rng, language, city)
        add(ContactKind.ADDRESS, value, normalise_text(value), labels["home"])
        person.address = value
    if rng.random() < 0.2:
        value = "@" + email_local(names[0], names[2]).replace(".", "_")
        add(ContactKind.SOCIAL, value, normalise_text(value), rng.choice(V.SOCIAL_NETWORKS))
    return rows


def _accounts(rng, person: Person, created: dt.datetime, data_rows: list) -> list:
    rows = []
    place = person.address
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        product = rng.choice(V.PRODUCTS)
        since = (created + dt.timedelta(days=rng.randint(0, 60))).date()
        account = Account(**stamped(rng, created), customer_id=person.customer.id,
                          number=f"{product[0]}-{rng.randint(10_000_000, 99_999_999)}",
                          name=product[1] if person.language == "es" else product[2],
                          status=rng.choice(V.ACCOUNT_STATUSES))
        person.accounts.append(account)
        rows.append(account)
        place = place or address(rng, person.language, rng.choice(
            V.CO_CITIES if person.language == "es" else V.US_CITIES))
        data_rows += [AccountData(**stamped(rng, created), account_id=account.id, key=k, value=v)
                      for k, v in _account_data(rng, person.language, product, since, place)]
    return rows


def _blocked(rng, people: list[Person], now: dt.datetime, ref: Reference) -> list:
    admin: User = next(u for u in ref.users.values() if u.role.value == "administrator")
    with_email = [p for p in people if p.language == "es" and p.emails]
    with_phone = [p for p in people if p.language == "en" and p.phones]
    when = now - dt.timedelta(days=rng.randint(10, 60))
    rows = []
    if with_email:
        email = rng.choice(with_email).emails[0]
        rows.append(BlockedContact(**stamped(rng, when), kind=ContactKind.EMAIL,
                                   normalized_value=normalise_email(email), created_by_id=admin.id,
                                   reason="Solicitó no ser contactado por correo (habeas data)."))
    if with_phone:
        phone = rng.choice(with_phone).phones[0]
        rows.append(BlockedContact(**stamped(rng, when), kind=ContactKind.MOBILE,
                                   normalized_value=phone, created_by_id=admin.id,
                                   reason="The customer reported our messages as spam."))
    return rows


def _relations(rng, people: list[Person], now: dt.datetime) -> list:
    rows, seen = [], set()
    for language in ("es", "en"):
        pool = [p for p in people if p.language == language]
        for _ in range(min(6, len(pool) // 2)):
            a, b = rng.sample(pool, 2)
            key = (a.customer.id, b.customer.id)
            if key in seen or key[::-1] in seen:
                continue
            seen.add(key)
            rows.append(CustomerRelation(**stamped(rng, now - dt.timedelta(days=rng.randint(5, 150))),
                                         customer_id=a.customer.id, related_customer_id=b.customer.id,
                                         tags=list(rng.choice(V.RELATION_TAGS[language]))))
    return rows


def _assignments(rng, people: list[Person], now: dt.datetime, ref: Reference) -> list:
    rows, seen = [], set()
    for person in rng.sample(people, min(25, len(people))):
        fitting = [c for c in ref.campaigns if c.spec.language == person.language] or ref.campaigns
        campaign = rng.choice(fitting)
        campaign_id = None if rng.random() < 0.3 else campaign.campaign.id
        key = (person.customer.id, campaign_id)
        if key in seen:
            continue
        seen.add(key)
        user = rng.choice(campaign.assignable)
        rows.append(CustomerAssignment(**stamped(rng, now - dt.timedelta(days=rng.randint(1, 120))),
                                       customer_id=person.customer.id, campaign_id=campaign_id,
                                       user_id=user.id))
    return rows
