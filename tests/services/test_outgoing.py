"""Queuing an outgoing message (T6, H1, H4): one transaction writes the interaction, its files,
the outbox item and the change log; every refusal names its reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories_outgoing import ADDRESS, block, close_ticket, make_outgoing
from sagicc_desktop.services import outgoing
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.outgoing import OutgoingFile
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Attachment, ChangeLogEntry, Interaction, OutboxItem
from sagicc_desktop.store.enums import (
    AttachmentSource, ChannelKind, ContactKind, Direction, InteractionStatus, OutboxState,
)


@pytest.fixture
def w(db):
    return make_outgoing(db)


def _queue(w, blobs, **kw):
    args = {"channel_id": w.email, "to": ["Ana@Example.com"], "body_text": "Hello Ana"} | kw
    return outgoing.queue_message(w.db, blobs, w.agent, w.ticket, **args)


def _rows(db, interaction_id):
    with read_only(db) as s:
        row = s.get(Interaction, interaction_id)
        item = s.scalar(select(OutboxItem).where(OutboxItem.interaction_id == interaction_id))
        files = list(s.scalars(select(Attachment).where(Attachment.interaction_id == interaction_id)
                               .order_by(Attachment.filename)))
        log = list(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == interaction_id)
                             .order_by(ChangeLogEntry.at)))
        s.expunge_all()  # keep the loaded values past the read-only rollback
        return row, item, files, log


def _file(tmp_path, name, data=b"%PDF-1.4 test"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_email_is_written_queued_with_its_outbox_item_files_and_log(w, blobs, tmp_path):
    pdf = _file(tmp_path, "invoice.pdf")
    iid = _queue(w, blobs, cc=["boss@example.com"], bcc=["audit@example.com"], subject="Your invoice",
                 body_html="<p>Hello Ana</p>",
                 files=[OutgoingFile("invoice.pdf", "application/pdf", pdf)])
    row, item, files, log = _rows(w.db, iid)
    assert row.direction is Direction.OUTGOING and row.status is InteractionStatus.QUEUED
    assert row.channel_kind is ChannelKind.EMAIL and row.sender == ADDRESS
    assert (row.recipients, row.cc, row.bcc) == ("ana@example.com", "boss@example.com", "audit@example.com")
    assert row.subject == f"[#{w.number}] Your invoice"
    assert row.body_text == "Hello Ana" and row.body_html == "<p>Hello Ana</p>" and row.preview == "Hello Ana"
    assert row.message_id.startswith("<") and row.message_id.endswith("@helpdesk.example>")
    assert row.in_reply_to is None and row.references is None and row.user_id == w.agent.user_id
    assert item.state is OutboxState.QUEUED and item.idempotency_key == row.message_id and item.attempts == 0
    [f] = files
    assert (f.filename, f.mime_type, f.source, f.size) == ("invoice.pdf", "application/pdf",
                                                          AttachmentSource.USER, pdf.stat().st_size)
    assert blobs.read(f.blob_sha256) == pdf.read_bytes()
    assert [(e.field, e.new_value) for e in log] == [("message", "email: ana@example.com")]


def test_a_reply_continues_the_thread_of_the_latest_email(w, blobs):
    with unit_of_work(w.db) as s:
        s.add(Interaction(ticket_id=w.ticket, channel_kind=ChannelKind.EMAIL, direction=Direction.INCOMING,
                          status=InteractionStatus.RECEIVED, message_id="<m2@customer.example>",
                          references="<m0@x> <m1@x>", subject="Re: invoice"))
    row, *_ = _rows(w.db, _queue(w, blobs, subject="Re: invoice"))
    assert row.in_reply_to == "<m2@customer.example>"
    assert row.references == "<m0@x> <m1@x> <m2@customer.example>"
    # and the next one continues from ours
    row2, *_ = _rows(w.db, _queue(w, blobs, subject="Again"))
    assert row2.in_reply_to == row.message_id
    assert row2.references.split() == ["<m0@x>", "<m1@x>", "<m2@customer.example>", row.message_id]


def test_subject_defaults_to_the_ticket_and_keeps_an_existing_number(w, blobs):
    row, *_ = _rows(w.db, _queue(w, blobs))
    assert row.subject == f"[#{w.number}] Invoice question"
    row, *_ = _rows(w.db, _queue(w, blobs, subject=f"Re: Invoice [#{w.number}]"))
    assert row.subject == f"Re: Invoice [#{w.number}]"


def test_a_whatsapp_message_gets_a_uuid_key_and_a_normalised_number(w, blobs, tmp_path):
    note = _file(tmp_path, "note.ogg", b"OggS" + b"\0" * 100)
    iid = _queue(w, blobs, channel_id=w.whatsapp, to=["300 123 4567"], body_text="",
                 files=[OutgoingFile("note.ogg", "audio/ogg", note, is_voice_note=True)])
    row, item, files, _ = _rows(w.db, iid)
    assert row.recipients == "+573001234567" and row.sender == "+576015550100"
    assert row.message_id is None and item.idempotency_key == f"sagicc:{iid}"
    assert row.is_voice_note and row.preview == "note.ogg" and len(files) == 1


@pytest.mark.parametrize("kw, code", [
    ({"to": []}, "no_recipient"),
    ({"to": ["  "]}, "no_recipient"),
    ({"to": ["not an address"]}, "invalid_email"),
    ({"cc": ["bad@"]}, "invalid_email"),
    ({"body_text": "  "}, "empty_message"),
    ({"channel_id": "other"}, "channel_not_enabled"),
    ({"channel_id": "whatsapp", "to": ["12"]}, "invalid_phone"),
    ({"channel_id": "whatsapp", "to": ["3001234567"], "cc": ["a@b.example"]}, "cc_email_only"),
])
def test_refusals(w, blobs, kw, code):
    kw = dict(kw)
    if kw.get("channel_id") == "other":
        kw["channel_id"] = w.other_channel
    elif kw.get("channel_id") == "whatsapp":
        kw["channel_id"] = w.whatsapp
    with pytest.raises(ValidationError) as err:
        _queue(w, blobs, **kw)
    assert err.value.args[0] == code
    with read_only(w.db) as s:
        assert s.scalar(select(OutboxItem.id)) is None


def test_a_blocked_recipient_is_refused_by_name(w, blobs):
    block(w.db, ContactKind.EMAIL, "ana@example.com")
    with pytest.raises(ValidationError) as err:
        _queue(w, blobs, to=["ana.work@example.org"], cc=["ANA@example.com"])
    assert err.value.args[0] == "recipient_blocked" and err.value.details["value"] == "ana@example.com"
    block(w.db, ContactKind.PHONE, "+573001234567")  # a number blocked as phone is blocked as mobile
    with pytest.raises(ValidationError) as err:
        _queue(w, blobs, channel_id=w.whatsapp, to=["+57 300 123 4567"])
    assert err.value.details["value"] == "+573001234567"


def test_files_within_the_channel_limits(w, blobs, tmp_path):
    png = _file(tmp_path, "a.png", b"\x89PNG" + b"0" * 600)
    png2 = _file(tmp_path, "b.png", b"\x89PNG" + b"1" * 600)
    pdf = _file(tmp_path, "a.pdf")
    on_whatsapp = {"channel_id": w.whatsapp, "to": ["3001234567"]}
    with pytest.raises(ValidationError) as err:
        _queue(w, blobs, **on_whatsapp, files=[OutgoingFile("a.pdf", "application/pdf", pdf)])
    assert err.value.args[0] == "channel_refused_type" and err.value.details["value"] == "a.pdf"
    with pytest.raises(ValidationError) as err:  # 1,208 bytes together, the channel takes 1,000
        _queue(w, blobs, **on_whatsapp, files=[OutgoingFile("a.png", "image/png", png),
                                                OutgoingFile("b.png", "image/png", png2)])
    assert err.value.args[0] == "channel_files_too_large" and err.value.details["limit"] == 1000
    exe = _file(tmp_path, "setup.exe", b"MZ")
    with pytest.raises(ValidationError) as err:  # refused everywhere, even where any type goes
        _queue(w, blobs, files=[OutgoingFile("setup.exe", "application/octet-stream", exe)])
    assert err.value.args[0] == "channel_refused_type"
    assert _queue(w, blobs, **on_whatsapp, files=[OutgoingFile("a.png", "image/png", png)])


def test_a_channel_without_files_refuses_any(w, blobs, tmp_path):
    from factories_outgoing import make_channel

    sms = make_channel(w.db, ChannelKind.SMS, "SMS", config={"sender": "55100"}, max_bytes=0, campaign=w.campaign)
    with pytest.raises(ValidationError) as err:
        _queue(w, blobs, channel_id=sms, to=["3001234567"],
               files=[OutgoingFile("a.png", "image/png", _file(tmp_path, "a.png"))])
    assert err.value.args[0] == "channel_no_files"


def test_closed_ticket_and_viewer_are_refused(w, blobs):
    with pytest.raises(PermissionDenied):
        outgoing.queue_message(w.db, blobs, w.viewer, w.ticket, channel_id=w.email, to=["a@b.example"],
                               body_text="x")
    close_ticket(w.db, w.ticket)
    with pytest.raises(TicketClosed):
        _queue(w, blobs)


def test_retry_and_cancel_follow_the_states(w, blobs):
    iid = _queue(w, blobs)
    outgoing.cancel(w.db, w.agent, iid)
    row, item, _, log = _rows(w.db, iid)
    assert item.state is OutboxState.CANCELLED and row.status is InteractionStatus.FAILED
    outgoing.retry(w.db, w.agent, iid)
    row, item, _, log = _rows(w.db, iid)
    assert item.state is OutboxState.QUEUED and row.status is InteractionStatus.QUEUED
    assert [(e.field, e.old_value, e.new_value) for e in log if e.field == "delivery"] in (
        [("delivery", "queued", "cancelled"), ("delivery", "cancelled", "queued")],
        [("delivery", "cancelled", "queued"), ("delivery", "queued", "cancelled")])
    with unit_of_work(w.db) as s:
        s.scalar(select(OutboxItem).where(OutboxItem.interaction_id == iid)).state = OutboxState.SENDING
    for call in (outgoing.cancel, outgoing.retry):
        with pytest.raises(ValidationError) as err:
            call(w.db, w.agent, iid)
        assert err.value.args[0] == "outbox_sending"
    with pytest.raises(NotFound):
        outgoing.retry(w.db, w.agent, w.campaign)


def test_sendable_channels_are_the_campaigns_active_ones(w):
    choices = outgoing.sendable_channels(w.db, w.agent, w.ticket)
    assert [(c.name, c.kind, c.sender) for c in choices] == [
        ("Mailbox", ChannelKind.EMAIL, ADDRESS), ("WhatsApp", ChannelKind.WHATSAPP, "+576015550100")]
    assert choices[1].allowed_types == ("image/png", "audio/*") and choices[1].max_attachment_bytes == 1000


def test_only_the_customers_own_contact_data_unless_the_campaign_allows_more(w, blobs):
    from sagicc_desktop.store.entities import Campaign

    with pytest.raises(ValidationError) as err:
        _queue(w, blobs, to=["stranger@example.net"])
    assert err.value.args[0] == "recipient_not_customers"
    assert err.value.details["value"] == "stranger@example.net"
    _queue(w, blobs, to=["ANA.work@example.org"], cc=["boss@example.net"])  # CC may be anyone
    with unit_of_work(w.db) as s:
        s.get(Campaign, w.campaign).allow_other_contact_data = True
    _queue(w, blobs, to=["stranger@example.net"])
