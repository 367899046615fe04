"""The benchmark generator: exact counts, rows the ORM reads and writes, indexes intact."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid

import pytest
from sqlalchemy import func, select

from sagicc_desktop.demo import scale
from sagicc_desktop.services.passwords import verify_password
from sagicc_desktop.store.database import open_database, sqlite_url
from sagicc_desktop.store.entities import (
    AgendaEntry, Customer, Counter, Interaction, TaskRecord, Ticket, User,
)
from sagicc_desktop.store.enums import ChannelKind, Priority, TicketStatus

TICKETS, INTERACTIONS, HEAVY = 3_000, 12_000, 1_500


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "bench.db"
    summary = scale.generate(path, tickets=TICKETS, interactions=INTERACTIONS,
                             heavy_ticket_interactions=HEAVY, seed=5)
    return path, summary


@pytest.fixture
def orm(generated):
    database = open_database(sqlite_url(generated[0]))
    yield database
    database.dispose()


def test_exact_counts_and_counter(generated, orm):
    _, summary = generated
    assert summary["tickets"] == TICKETS and summary["interactions"] == INTERACTIONS
    with orm.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == TICKETS
        assert s.scalar(select(func.count()).select_from(Interaction)) == INTERACTIONS
        assert s.scalar(select(func.count()).select_from(Customer)) == summary["customers"]
        assert s.get(Counter, "ticket_number").value == s.scalar(select(func.max(Ticket.number))) == TICKETS
        heavy = s.scalars(select(Ticket).where(Ticket.number == 1)).one()
        n = s.scalar(select(func.count()).select_from(Interaction).where(Interaction.ticket_id == heavy.id))
        assert n == HEAVY
        assert heavy.status in TicketStatus.open_statuses() and heavy.assignee_id is not None


def test_rows_parse_through_the_orm(orm):
    with orm.sessions() as s:
        tickets = list(s.scalars(select(Ticket).order_by(Ticket.number).limit(500)))
        assert {t.status for t in s.scalars(select(Ticket))} == set(TicketStatus)
        assert {Priority(p) for p in s.scalars(select(Ticket.priority).distinct())} == set(Priority)
        assert len(set(s.scalars(select(Ticket.campaign_id).distinct()))) >= 3
        assert len(set(s.scalars(select(Ticket.assignee_id).distinct()))) >= 4
        for t in tickets:
            assert isinstance(t.id, uuid.UUID) and t.id.version == 7
            assert t.created_at.tzinfo is not None and t.updated_at >= t.created_at
            assert isinstance(t.status, TicketStatus) and t.version == 1
        rows = list(s.scalars(select(Interaction).limit(2000)))
        assert {i.channel_kind for i in rows} == set(ChannelKind)
        for i in rows:
            assert isinstance(i.ticket_id, uuid.UUID) and i.occurred_at.tzinfo is not None
            assert isinstance(i.headers, list) and i.preview
            if i.channel_kind is ChannelKind.EMAIL:
                assert ["Message-ID", i.message_id] in i.headers
        record = s.scalars(select(TaskRecord).limit(1)).one()
        assert isinstance(record.values, dict) and record.next_action_at is not None
        carlos = s.scalars(select(User).where(User.username == "carlos")).one()
        assert verify_password(carlos.password_hash, "carlos")


def test_orm_can_update_generated_rows(orm):
    with orm.sessions() as s:
        ticket = s.scalars(select(Ticket).where(Ticket.number == 2)).one()
        ticket.subject = "edited"
        s.commit()
        assert ticket.version == 2


def test_values_are_stored_as_sqlalchemy_stores_them(generated, orm):
    with orm.sessions() as s:  # a row written by the ORM, for comparison
        user = s.scalars(select(User)).first()
    con = sqlite3.connect(generated[0])
    try:
        orm_row = con.execute("SELECT id, created_at FROM users WHERE id = ?", (user.id.hex,)).fetchone()
        ours = con.execute("SELECT id, created_at, occurred_at, direction, headers FROM interactions "
                           "WHERE channel_kind = 'email' LIMIT 1").fetchone()
        stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
        for value in (orm_row[1], ours[1], ours[2]):
            assert stamp.fullmatch(value), value
        assert re.fullmatch(r"[0-9a-f]{32}", orm_row[0]) and re.fullmatch(r"[0-9a-f]{32}", ours[0])
        assert ours[3] in ("in", "out") and isinstance(json.loads(ours[4]), list)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        stale = con.execute(
            "SELECT count(*) FROM tickets t WHERE last_interaction_at IS NOT "
            "(SELECT max(occurred_at) FROM interactions i WHERE i.ticket_id = t.id)").fetchone()[0]
        assert stale == 0
        stale = con.execute(
            "SELECT count(*) FROM customers c WHERE last_interaction_at IS NOT "
            "(SELECT max(occurred_at) FROM interactions i WHERE i.customer_id = c.id)").fetchone()[0]
        assert stale == 0
    finally:
        con.close()


def test_indexes_match_a_fresh_database(generated, tmp_path):
    fresh = open_database(sqlite_url(tmp_path / "fresh.db"))
    fresh.dispose()

    def indexes(path):
        con = sqlite3.connect(path)
        try:
            return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
        finally:
            con.close()

    assert indexes(generated[0]) == indexes(tmp_path / "fresh.db")


def test_next_actions_have_agenda_entries(orm):
    with orm.sessions() as s:
        due = s.execute(select(Ticket.id, Ticket.next_action_at, Ticket.assignee_id)
                        .where(Ticket.next_action_at.is_not(None))).all()
        agenda = {(a.ticket_id, a.due_at, a.user_id) for a in s.scalars(select(AgendaEntry))}
    assert due and set(map(tuple, due)) <= agenda


def test_refuses_to_overwrite_and_bad_sizes(tmp_path, generated):
    with pytest.raises(FileExistsError):
        scale.generate(generated[0], tickets=10, interactions=10, heavy_ticket_interactions=1)
    with pytest.raises(ValueError):
        scale.generate(tmp_path / "a.db", tickets=10, interactions=5, heavy_ticket_interactions=6)
    with pytest.raises(ValueError):
        scale.generate(tmp_path / "b.db", tickets=0, interactions=0, heavy_ticket_interactions=0)
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "b.db").exists()


def test_cli_prints_the_summary(tmp_path, capsys):
    path = tmp_path / "cli.db"
    assert scale.main(["--db", str(path), "--tickets", "40", "--interactions", "150",
                       "--customers", "12", "--heavy", "30"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tickets"] == 40 and summary["interactions"] == 150 and summary["customers"] == 12
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM interactions").fetchone()[0] == 150
    finally:
        con.close()
