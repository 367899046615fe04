"""The demo dataset: complete, bilingual, consistent, on SQLite and PostgreSQL.

Seeding takes a few seconds, so each backend is seeded once per module and the tests read it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict

import pytest
from sqlalchemy import func, select, text

from sagicc_desktop.demo import DEMO_USERS, normalise_name, seed_demo
from sagicc_desktop.services.passwords import verify_password
from sagicc_desktop.store.blobs import BlobStore
from sagicc_desktop.store.database import open_database, sqlite_url
from sagicc_desktop.store.entities import (
    AgendaEntry, Attachment, Blob, Campaign, CampaignChannel, CampaignScript, Channel,
    ContactPoint, Counter, Customer, Interaction, MessageTemplate, Setting, SlaRule, Survey,
    TaskFormDefinition, TaskRecord, Ticket, User, UserPresence,
)
from sagicc_desktop.store.enums import (
    ChannelKind, ContactKind, Direction, Presence, Priority, Role, TicketStatus, TicketType,
)

NOW = dt.datetime(2025, 3, 14, 15, 9, 26, tzinfo=dt.timezone.utc)
SPANISH = re.compile(r"[áéíóúñÁÉÍÓÚÑ¿¡]")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def seeded(request, tmp_path_factory):
    """(database, blob store, summary) seeded once per backend."""
    root = tmp_path_factory.mktemp(request.param)
    blobs = BlobStore(root / "blobs")
    if request.param == "sqlite":
        database = open_database(sqlite_url(root / "demo.db"))
        yield database, blobs, seed_demo(database, blobs, now=NOW)
        database.dispose()
        return
    admin = request.getfixturevalue("pg_template")
    shared = next(p for p in request.config.pluginmanager.get_plugins() if hasattr(p, "_fresh_pg"))
    database, name = shared._fresh_pg(admin)  # a clone of the migrated template, as `db` makes
    yield database, blobs, seed_demo(database, blobs, now=NOW)
    database.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _all(db, model):
    with db.sessions() as s:
        return list(s.scalars(select(model)))


def test_summary_and_counter(seeded):
    db, _, summary = seeded
    assert summary["tickets"] >= 350 and summary["customers"] >= 250
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == summary["tickets"]
        assert s.scalar(select(func.count()).select_from(Interaction)) == summary["interactions"]
        counter = s.get(Counter, "ticket_number")
        assert counter.value == s.scalar(select(func.max(Ticket.number))) == summary["tickets"]
        assert s.scalar(select(func.min(Ticket.number))) == 1
        assert s.get(Setting, "hide_other_campaigns").value is False


def test_every_status_priority_type_role_and_channel(seeded):
    db, _, _ = seeded
    tickets = _all(db, Ticket)
    assert {t.status for t in tickets} == set(TicketStatus)
    assert {t.ticket_type for t in tickets} == set(TicketType)
    assert {Priority(t.priority) for t in tickets} == set(Priority)
    assert {u.role for u in _all(db, User)} == set(Role)
    assert {c.kind for c in _all(db, Channel)} == set(ChannelKind)
    assert {i.channel_kind for i in _all(db, Interaction)} == set(ChannelKind)
    assert {i.direction for i in _all(db, Interaction)} == set(Direction)
    assert any(t.assignee_id is None for t in tickets)
    closed = [t for t in tickets if t.status is TicketStatus.CLOSED]
    assert closed and all(t.closed_at is not None for t in closed)
    assert all(t.closed_at is None for t in tickets if t.status is not TicketStatus.CLOSED)


def test_demo_users_sign_in_and_are_offline(seeded):
    db, _, _ = seeded
    users = {u.username: u for u in _all(db, User)}
    assert set(users) == {d.username for d in DEMO_USERS}
    for demo in DEMO_USERS:
        user = users[demo.username]
        assert user.role is demo.role and verify_password(user.password_hash, demo.password)
        assert user.signature_html
    presence = _all(db, UserPresence)
    assert len(presence) == len(users) and {p.status for p in presence} == {Presence.OFFLINE}


def test_campaign_configuration(seeded):
    db, _, _ = seeded
    campaigns = _all(db, Campaign)
    assert 3 <= len(campaigns) <= 4
    scripts = {s.campaign_id: s for s in _all(db, CampaignScript)}
    forms = {f.campaign_id: f for f in _all(db, TaskFormDefinition)}
    sla = defaultdict(set)
    for rule in _all(db, SlaRule):
        sla[rule.campaign_id].add(Priority(rule.priority))
    links = defaultdict(set)
    for link in _all(db, CampaignChannel):
        links[link.campaign_id].add(link.channel_id)
    types = set()
    for c in campaigns:
        assert "<h2>" in scripts[c.id].html and c.external_view_sections
        assert sla[c.id] == set(Priority) and links[c.id]
        for f in forms[c.id].fields:
            assert set(f) == {"key", "label", "label_es", "type", "required", "choices"}
            types.add(f["type"])
    assert types == {"text", "long_text", "number", "date", "time", "choice", "multi_choice", "yes_no"}
    assert {s.campaign_id for s in _all(db, Survey)} == {c.id for c in campaigns}
    templates = _all(db, MessageTemplate)
    assert {t.language for t in templates} == {"es", "en"}
    assert all("{{ customer.first_name }}" in t.body for t in templates)


def test_bilingual_customers_and_normalised_contacts(seeded):
    db, _, _ = seeded
    customers = _all(db, Customer)
    spanish = [c for c in customers if c.second_last_name]
    english = [c for c in customers if not c.second_last_name]
    assert len(spanish) > 50 and len(english) > 50
    assert any(SPANISH.search(c.full_name) for c in spanish)
    for c in customers:
        assert c.search_name == normalise_name(c.first_name, c.middle_name, c.last_name,
                                               c.second_last_name)
        assert c.search_name.isascii() and c.search_name == c.search_name.lower()
        assert c.document_type and c.document_number and c.birth_date
    for cp in _all(db, ContactPoint):
        if cp.kind is ContactKind.EMAIL:
            assert cp.normalized_value == cp.value.lower() and "@" in cp.value
        elif cp.kind in (ContactKind.PHONE, ContactKind.MOBILE):
            assert re.fullmatch(r"\+(57|1)\d{10}", cp.normalized_value), cp.normalized_value


def test_bilingual_tickets_and_conversations(seeded):
    db, _, _ = seeded
    tickets = _all(db, Ticket)
    assert any(SPANISH.search(t.subject) for t in tickets)
    assert any(t.subject.isascii() and " the " in f" {t.description} " for t in tickets)
    by_ticket = defaultdict(list)
    for i in _all(db, Interaction):
        by_ticket[i.ticket_id].append(i)
    for t in tickets:
        rows = sorted(by_ticket[t.id], key=lambda i: i.occurred_at)
        assert rows, t.number
        times = [i.occurred_at for i in rows]
        assert len(set(times)) == len(times) and t.last_interaction_at == times[-1]
        assert times[0] >= t.created_at and times[-1] <= NOW
        for i in rows:
            assert i.preview and i.preview == " ".join(i.body_text.split())[:200]
            if i.channel_kind is ChannelKind.EMAIL:
                assert i.subject and i.message_id and ["Message-ID", i.message_id] in i.headers
            if i.channel_kind is ChannelKind.PHONE:
                assert i.call_duration_s is not None and i.call_outcome
        mails = [i for i in rows if i.channel_kind is ChannelKind.EMAIL]
        for prev, nxt in zip(mails, mails[1:]):
            assert nxt.in_reply_to == prev.message_id


def test_agents_have_open_work_with_next_actions(seeded):
    db, _, _ = seeded
    tickets = _all(db, Ticket)
    agenda = {(a.ticket_id, a.due_at) for a in _all(db, AgendaEntry)}
    for agent in [u for u in _all(db, User) if u.role is Role.AGENT]:
        mine = [t for t in tickets if t.assignee_id == agent.id
                and t.status in TicketStatus.open_statuses()]
        assert len(mine) >= 5, agent.username
        upcoming = [t for t in mine if t.next_action_at and t.next_action_at > NOW]
        assert upcoming, agent.username
    for t in tickets:
        if t.next_action_at is not None:
            assert t.status in TicketStatus.open_statuses() and (t.id, t.next_action_at) in agenda


def test_task_records_fit_their_forms(seeded):
    db, _, _ = seeded
    forms = {f.id: f for f in _all(db, TaskFormDefinition)}
    checks = {"text": str, "long_text": str, "number": int, "date": str, "time": str,
              "choice": str, "multi_choice": list, "yes_no": bool}
    records = _all(db, TaskRecord)
    assert records
    for record in records:
        fields = {f["key"]: f for f in forms[record.form_definition_id].fields}
        assert set(record.values) <= set(fields)
        for key, f in fields.items():
            if f["required"]:
                assert key in record.values
            if key in record.values:
                assert isinstance(record.values[key], checks[f["type"]])
                if f["type"] == "choice":
                    assert record.values[key] in f["choices"]


def test_attachments_are_in_the_blob_store(seeded):
    db, blobs, summary = seeded
    attachments = _all(db, Attachment)
    blob_rows = {b.sha256: b for b in _all(db, Blob)}
    assert len(attachments) == summary["attachments"] >= 5
    assert len(blob_rows) < len(attachments)  # one screenshot is shared
    assert {a.mime_type for a in attachments} >= {"image/png", "text/csv", "audio/ogg"}
    for a in attachments:
        data = blobs.read(a.blob_sha256)
        assert hashlib.sha256(data).hexdigest() == a.blob_sha256
        assert len(data) == a.size == blob_rows[a.blob_sha256].size
    png = next(a for a in attachments if a.mime_type == "image/png")
    assert blobs.read(png.blob_sha256).startswith(b"\x89PNG\r\n\x1a\n")


def test_voice_notes_are_real_recordings_whose_length_the_timeline_shows(seeded):
    import soundfile

    db, blobs, _ = seeded
    notes = [i for i in _all(db, Interaction) if i.is_voice_note]
    assert notes
    by_interaction = {a.interaction_id: a for a in _all(db, Attachment)}
    for note in notes:
        audio = by_interaction[note.id]
        assert audio.mime_type == "audio/ogg"
        info = soundfile.info(str(blobs.path_for(audio.blob_sha256)))
        assert info.samplerate == 48000 and info.subtype == "OPUS"
        minutes, seconds = divmod(round(info.duration), 60)
        assert note.body_text.endswith(f"({minutes}:{seconds:02d})")


def test_a_second_seed_is_refused(seeded):
    db, blobs, _ = seeded
    with pytest.raises(ValueError):
        seed_demo(db, blobs)


def test_same_seed_same_data(tmp_path):
    def snapshot(path):
        database = open_database(sqlite_url(path))
        seed_demo(database, BlobStore(tmp_path / "blobs"), seed=3, now=NOW)
        with database.sessions() as s:
            rows = s.execute(select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status,
                                    Ticket.assignee_id).order_by(Ticket.number)).all()
        database.dispose()
        return rows

    assert snapshot(tmp_path / "a.db") == snapshot(tmp_path / "b.db")


def test_a_naive_now_is_refused(sqlite_db, blobs):
    with pytest.raises(ValueError):
        seed_demo(sqlite_db, blobs, now=NOW.replace(tzinfo=None))
    with sqlite_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 0
