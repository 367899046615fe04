"""Decision 2: the version counter makes a stale concurrent update fail instead of overwriting."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from sagicc_desktop.store.entities import Campaign, Customer


def _customer(db, **kw) -> Customer:
    with db.sessions() as session:
        customer = Customer(first_name="Ana", last_name="Pérez", **kw)
        session.add(customer)
        session.commit()
        return customer


def test_new_rows_start_at_version_1_and_each_update_adds_one(db):
    customer = _customer(db)
    assert customer.version == 1
    with db.sessions() as session:
        row = session.get(Customer, customer.id)
        row.first_name = "Anna"
        session.commit()
        assert row.version == 2
        row.last_name = "Peres"
        session.commit()
        assert row.version == 3
    with db.sessions() as session:
        assert session.get(Customer, customer.id).version == 3


def test_updated_at_moves_on_update(db):
    customer = _customer(db)
    with db.sessions() as session:
        row = session.get(Customer, customer.id)
        row.first_name = "Anna"
        session.commit()
        assert row.updated_at > customer.updated_at
        assert row.created_at == customer.created_at


def test_a_stale_concurrent_update_raises_and_keeps_the_first_write(db):
    customer = _customer(db)
    first, second = db.sessions(), db.sessions()
    try:
        a = first.get(Customer, customer.id)
        b = second.get(Customer, customer.id)
        assert a.version == b.version == 1

        a.first_name = "First writer"
        first.commit()

        b.first_name = "Second writer"
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.sessions() as session:
        row = session.get(Customer, customer.id)
        assert row.first_name == "First writer"
        assert row.version == 2


def test_a_stale_delete_raises_too(db):
    customer = _customer(db)
    first, second = db.sessions(), db.sessions()
    try:
        a = first.get(Customer, customer.id)
        b = second.get(Customer, customer.id)
        a.last_name = "Changed"
        first.commit()
        second.delete(b)
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.sessions() as session:
        assert session.get(Customer, customer.id).last_name == "Changed"


def test_every_replicated_table_has_the_version_tombstone_and_timestamps(db):
    from sagicc_desktop.store.base import Base, Replicated

    replicated = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Replicated)]
    assert len(replicated) > 20
    for cls in replicated:
        cols = cls.__table__.columns
        for name in ("id", "created_at", "updated_at", "version", "deleted_at"):
            assert name in cols, (cls.__name__, name)
        assert cls.__mapper__.version_id_col is cols["version"], cls.__name__
    # And the tombstone is a plain nullable column, not a delete.
    with db.sessions() as session:
        session.add(Campaign(name="C"))
        session.commit()
        assert session.scalars(select(Campaign.deleted_at)).one() is None
