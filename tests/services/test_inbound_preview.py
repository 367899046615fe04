"""The held-mail screen's reading: plain-text preview of a held message, and where released ones went."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest

from factories import make_agent, make_campaign, make_supervisor
from sagicc_desktop.channels.email_parse import parse_message
from sagicc_desktop.services import block_list, inbound
from sagicc_desktop.services.errors import NotFound, PermissionDenied
from sagicc_desktop.services.inbound_held import discard_held
from sagicc_desktop.services.inbound_preview import list_entries, preview_held, release
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import CampaignChannel, Channel, Ticket
from sagicc_desktop.store.enums import ChannelKind, ContactKind
from sagicc_desktop.store.types import utcnow

SUPPORT = "support@sagicc.example"


def mail(subject: str = "Cheap watches", text: str | None = "Plain words only.",
         html: str | None = '<p>Look <img src="https://tracker.example/pixel.png"></p><script>alert(1)</script>',
         attachment: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Spam King <Spam@Bad.example>"
    msg["To"] = f"Support <{SUPPORT}>"
    msg["Cc"] = "boss@sagicc.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="bad.example")
    if text is not None:
        msg.set_content(text)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="offer.pdf")
    return msg.as_bytes()


@pytest.fixture
def held(db, blobs):
    """A channel, a supervisor, an agent, and a blocked sender whose message is held."""
    campaign_id = make_campaign(db)
    supervisor, agent = make_supervisor(db, display_name="Sofía Supervisor"), make_agent(db)
    with unit_of_work(db) as s:
        channel = Channel(name="Support mailbox", kind=ChannelKind.EMAIL, config={"address": SUPPORT})
        s.add(channel)
        s.flush()
        s.add(CampaignChannel(campaign_id=campaign_id, channel_id=channel.id, is_inbound_default=True))
        block_list.block_value(s, supervisor, ContactKind.EMAIL, "spam@bad.example", "sends offers daily")
        channel_id = channel.id

    def put(raw: bytes):
        result = inbound.store_message(db, blobs, channel_id, parse_message(raw))
        assert result.kind == inbound.HELD
        return result.held_id

    return db, supervisor, agent, put


def test_the_preview_gives_headers_and_plain_text_never_the_html(held, blobs):
    db, supervisor, _agent, put = held
    held_id = put(mail(attachment=b"%PDF-1.4 fake"))
    preview = preview_held(db, blobs, supervisor, held_id)
    assert preview.sender == "Spam King <Spam@Bad.example>"
    assert preview.subject == "Cheap watches"
    assert any(SUPPORT in t for t in preview.to) and any("boss@sagicc.example" in c for c in preview.cc)
    assert preview.text.strip() == "Plain words only."
    assert preview.has_html is True
    assert "<" not in preview.text and "tracker.example" not in preview.text
    assert preview.attachments == (("offer.pdf", len(b"%PDF-1.4 fake")),)
    assert preview.block_reason == "sends offers daily"
    assert not preview.text_cut


def test_an_html_only_message_is_previewed_as_its_text(held, blobs):
    db, supervisor, _agent, put = held
    held_id = put(mail(text=None, html="<p>Only <b>markup</b> here</p><script>steal()</script>"))
    preview = preview_held(db, blobs, supervisor, held_id)
    assert "Only" in preview.text and "markup" in preview.text
    assert "<b>" not in preview.text and "<p>" not in preview.text
    assert preview.has_html


def test_long_text_is_cut_and_says_so(held, blobs):
    db, supervisor, _agent, put = held
    held_id = put(mail(text="x" * 5000, html=None))
    preview = preview_held(db, blobs, supervisor, held_id, max_chars=1000)
    assert len(preview.text) == 1000 and preview.text_cut and not preview.has_html


def test_a_sender_taken_off_the_block_list_shows_no_reason(held, blobs):
    db, supervisor, _agent, put = held
    held_id = put(mail())
    with unit_of_work(db) as s:
        block_list.unblock_value(s, supervisor, ContactKind.EMAIL, "spam@bad.example")
    assert preview_held(db, blobs, supervisor, held_id).block_reason is None


def test_agents_see_no_preview_and_discarded_messages_are_gone(held, blobs):
    db, supervisor, agent, put = held
    held_id = put(mail())
    with pytest.raises(PermissionDenied):
        preview_held(db, blobs, agent, held_id)
    with pytest.raises(PermissionDenied):
        list_entries(db, agent)
    discard_held(db, supervisor, held_id)
    with pytest.raises(NotFound):
        preview_held(db, blobs, supervisor, held_id)


def test_released_entries_name_who_released_them_and_the_ticket_number(held, blobs):
    db, supervisor, _agent, put = held
    first = put(mail(subject="First"))
    second = put(mail(subject="Second"))
    entries = list_entries(db, supervisor)
    assert [e.row.subject for e in entries] == ["Second", "First"]
    assert all(e.released_by == "" and e.ticket_number is None for e in entries)

    result = release(db, blobs, supervisor, first)
    assert result.kind == inbound.NEW_TICKET
    assert [e.row.id for e in list_entries(db, supervisor)] == [second]
    everything = {e.row.id: e for e in list_entries(db, supervisor, include_released=True)}
    with unit_of_work(db) as s:
        number = s.get(Ticket, result.ticket_id).number
    assert result.ticket_number == number
    assert (everything[first].released_by, everything[first].ticket_number) == ("Sofía Supervisor", number)
    assert everything[first].row.released_ticket_id == result.ticket_id
    assert everything[second].ticket_number is None
