"""O4 Send transcript: the public conversation as HTML and plain text, queued by e-mail to one of
the customer's addresses; never a note, never an internal interaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from factories_outgoing import block, make_outgoing
from sagicc_desktop.channels import mime_out
from sagicc_desktop.resources import resources_dir
from sagicc_desktop.services import notes, outbox, outgoing, transcript
from sagicc_desktop.services.errors import TicketClosed, ValidationError
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import CampaignChannel, Interaction, OutboxItem
from sagicc_desktop.store.enums import ChannelKind, ContactKind, Direction, InteractionStatus

NOTE = "PRIVATE-NOTE: the customer is difficult"
INTERNAL = "INTERNAL-ONLY: escalate to legal"
T0 = dt.datetime(2024, 3, 1, 15, 0, tzinfo=dt.timezone.utc)


def _interaction(db, ticket, minutes, *, direction=Direction.INCOMING, public=True, text="",
                 status=InteractionStatus.RECEIVED, kind=ChannelKind.EMAIL, **kw):
    with unit_of_work(db) as s:
        s.add(Interaction(ticket_id=ticket, channel_kind=kind, direction=direction, status=status,
                          is_public=public, body_text=text, occurred_at=T0 + dt.timedelta(minutes=minutes), **kw))


@pytest.fixture
def w(db):
    w = make_outgoing(db)
    _interaction(db, w.ticket, 0, text="My invoice is wrong <script>alert(1)</script> & late",
                 sender="ana@example.com", subject="Invoice question", message_id="<c1@customer.example>")
    _interaction(db, w.ticket, 5, direction=Direction.OUTGOING, status=InteractionStatus.SENT,
                 text="We are checking it.", user_id=w.agent.user_id, sender="support@helpdesk.example")
    _interaction(db, w.ticket, 6, direction=Direction.OUTGOING, status=InteractionStatus.SENT, public=False,
                 text=INTERNAL)
    _interaction(db, w.ticket, 7, direction=Direction.OUTGOING, status=InteractionStatus.FAILED,
                 text="NEVER-LEFT: a cancelled reply")
    _interaction(db, w.ticket, 8, kind=ChannelKind.PHONE, direction=Direction.OUTGOING,
                 status=InteractionStatus.SENT, text="", call_outcome="answered", user_id=w.agent.user_id)
    _interaction(db, w.ticket, 9, body_html="<p>Thanks, <b>solved</b></p>", sender="ana@example.com")
    notes.add_note(db, w.agent, w.ticket, NOTE)
    return w


def _render(w):
    with read_only(w.db) as s:
        from sagicc_desktop.store.entities import Ticket

        return transcript.render(s, w.agent, s.get(Ticket, w.ticket), now=T0 + dt.timedelta(days=1))


def test_the_templates_are_found_where_the_application_looks():
    assert (resources_dir() / "templates" / "transcript.html.j2").is_file()
    assert (resources_dir() / "templates" / "transcript.txt.j2").is_file()


def test_public_conversation_only_never_notes_or_internal(w):
    r = _render(w)
    assert r.count == 4
    for part in (r.text, r.html):
        assert "PRIVATE-NOTE" not in part and "INTERNAL-ONLY" not in part and "NEVER-LEFT" not in part
        assert "We are checking it." in part and "answered" in part and "solved" in part
    assert "<script>alert(1)</script> & late" in r.text  # plain text is not HTML
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; late" in r.html and "<script>" not in r.html
    assert "<b>solved</b>" not in r.html  # a customer's markup is shown as text, never re-sent
    assert r.text.index("My invoice") < r.text.index("We are checking") < r.text.index("Thanks")
    assert f"#{w.number}" in r.subject and r.subject.endswith("Invoice question")
    assert w.agent.display_name in r.text and "Ana Pérez" in r.text


def test_send_queues_an_email_with_both_parts_to_the_customer(w, blobs):
    iid = transcript.send_transcript(w.db, blobs, w.agent, w.ticket, "Ana@Example.com")
    m = outbox.load_message(w.db, iid)
    assert m.to == ("ana@example.com",) and m.channel_kind is ChannelKind.EMAIL and m.channel_id == w.email
    assert m.subject.startswith(f"[#{w.number}] ") and (transcript.MARK, str(w.number)) in m.headers
    assert m.in_reply_to is not None  # threaded with the conversation
    email = mime_out.build(m, blobs)
    text = email.get_body(("plain",)).get_content()
    html = email.get_body(("html",)).get_content()
    assert email[transcript.MARK] == str(w.number)
    for part in (text, html, email.as_string()):
        assert NOTE not in part and INTERNAL not in part
    assert "We are checking it." in text and "We are checking it." in html
    with read_only(w.db) as s:
        assert s.scalar(select(OutboxItem.id).where(OutboxItem.interaction_id == iid)) is not None


def test_an_earlier_transcript_is_not_in_the_next(w, blobs):
    transcript.send_transcript(w.db, blobs, w.agent, w.ticket, "ana@example.com")
    r = _render(w)
    assert r.count == 4 and r.text.count("My invoice is wrong") == 1


@pytest.mark.parametrize("address, code", [("someone@else.example", "transcript_not_customer_address"),
                                           ("", "transcript_not_customer_address")])
def test_only_the_customers_addresses(w, blobs, address, code):
    with pytest.raises(ValidationError) as err:
        transcript.send_transcript(w.db, blobs, w.agent, w.ticket, address)
    assert err.value.args[0] == code


def test_a_blocked_address_is_refused(w, blobs):
    block(w.db, ContactKind.EMAIL, "ana.work@example.org", "asked")
    with pytest.raises(ValidationError) as err:
        transcript.send_transcript(w.db, blobs, w.agent, w.ticket, "ana.work@example.org")
    assert err.value.args[0] == "recipient_blocked" and err.value.details["value"] == "ana.work@example.org"
    info = transcript.info(w.db, w.agent, w.ticket)
    assert [(a.normalized_value, a.blocked, a.block_reason) for a in info.addresses] == [
        ("ana@example.com", False, ""), ("ana.work@example.org", True, "asked")]
    assert info.interaction_count == 4 and info.channel_name == "Mailbox"


def test_no_email_channel_and_closed_ticket(w, blobs):
    with unit_of_work(w.db) as s:
        for cc in s.scalars(select(CampaignChannel).where(CampaignChannel.channel_id == w.email)):
            s.delete(cc)
    with pytest.raises(ValidationError) as err:
        transcript.send_transcript(w.db, blobs, w.agent, w.ticket, "ana@example.com")
    assert err.value.args[0] == "no_email_channel"
    from factories_outgoing import close_ticket

    close_ticket(w.db, w.ticket)
    with pytest.raises(TicketClosed):
        transcript.send_transcript(w.db, blobs, w.agent, w.ticket, "ana@example.com")


def test_spanish_labels_follow_the_agent(w):
    import dataclasses

    w.agent = dataclasses.replace(w.agent, locale="es")
    r = _render(w)
    assert r.subject.startswith(f"[#{w.number}] Conversación: ") and "Usted escribió" in r.text and "Le escribimos" in r.html


def test_the_transcript_module_never_reads_notes():
    import inspect

    source = inspect.getsource(transcript)
    assert "Note" not in source.replace("notes table", "").replace("services/notes.py", "")
    assert outgoing  # queue_message is the only way out
