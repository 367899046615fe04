"""Decision 1 and 2: UUIDv7 keys made on the workstation, UTC timestamps on both backends."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from sagicc_desktop.store.entities import Campaign, Customer
from sagicc_desktop.store.types import new_id, utcnow


def test_new_id_is_a_version_7_uuid():
    value = new_id()
    assert isinstance(value, uuid.UUID)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_new_ids_are_strictly_increasing_even_within_one_millisecond():
    ids = [new_id() for _ in range(5_000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    # The same order holds for the bytes (PostgreSQL compares uuid bytewise) and for the
    # 32-character hex text SQLite stores.
    assert [i.bytes for i in ids] == sorted(i.bytes for i in ids)
    assert [i.hex for i in ids] == sorted(i.hex for i in ids)


def test_new_id_carries_the_creation_time():
    before = int(time.time() * 1000)
    value = new_id()
    after = int(time.time() * 1000)
    millis = int.from_bytes(value.bytes[:6], "big")
    assert millis >= before
    # uuid6 keeps ids monotonic by bumping the millisecond when many are made within one
    # millisecond, so right after a burst the embedded time can run a little ahead.
    assert millis - after < 60_000


def test_ids_made_later_sort_after_earlier_ones():
    first = new_id()
    time.sleep(0.002)
    second = new_id()
    assert first < second


def test_utcnow_is_aware_utc():
    now = utcnow()
    assert now.tzinfo is not None
    assert now.utcoffset() == dt.timedelta(0)


def test_rows_get_time_ordered_ids_in_the_database(db):
    with db.sessions() as session:
        for i in range(30):
            session.add(Campaign(name=f"C{i:02d}"))
            session.flush()  # one at a time: ids are assigned in creation order
        session.commit()
        by_id = session.scalars(select(Campaign.name).order_by(Campaign.id)).all()
    assert by_id == [f"C{i:02d}" for i in range(30)]


@pytest.mark.parametrize(
    "offset", [dt.timedelta(0), dt.timedelta(hours=-5), dt.timedelta(hours=5, minutes=30)]
)
def test_datetimes_round_trip_as_aware_utc(db, offset):
    zone = dt.timezone(offset)
    moment = dt.datetime(2025, 3, 9, 23, 45, 12, 123456, tzinfo=zone)
    with db.sessions() as session:
        customer = Customer(first_name="Ana", last_interaction_at=moment)
        session.add(customer)
        session.commit()
        customer_id = customer.id
    with db.sessions() as session:
        loaded = session.get(Customer, customer_id)
        assert loaded.last_interaction_at.tzinfo is not None
        assert loaded.last_interaction_at.utcoffset() == dt.timedelta(0)
        assert loaded.last_interaction_at == moment  # the same instant
        assert loaded.last_interaction_at == moment.astimezone(dt.timezone.utc)
        # What is stored is the UTC wall-clock time, whatever zone was handed in.
        raw = session.execute(
            text("SELECT last_interaction_at FROM customers WHERE first_name = 'Ana'")
        ).scalar_one()
        if isinstance(raw, str):  # SQLite stores text
            raw = dt.datetime.fromisoformat(raw)
        assert raw.tzinfo is None
        assert raw == moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
        assert loaded.created_at.tzinfo is not None


def test_null_datetimes_stay_null(db):
    with db.sessions() as session:
        customer = Customer(first_name="Ana", last_interaction_at=None)
        session.add(customer)
        session.commit()
        session.expire_all()
        assert session.get(Customer, customer.id).last_interaction_at is None


def test_naive_datetimes_are_refused(db):
    with db.sessions() as session:
        session.add(Customer(first_name="Ana", last_interaction_at=dt.datetime(2025, 1, 1, 12, 0)))
        with pytest.raises(StatementError) as info:
            session.flush()
        assert isinstance(info.value.orig, ValueError)
        assert "naive" in str(info.value.orig)
        session.rollback()
    with db.sessions() as session:
        assert session.scalars(select(Customer)).all() == []


def test_naive_datetimes_are_refused_in_queries_too(db):
    with db.sessions() as session:
        with pytest.raises(StatementError):
            session.execute(
                select(Customer).where(Customer.created_at > dt.datetime(2025, 1, 1))
            ).all()
