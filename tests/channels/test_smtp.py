"""SMTP sending (H1) against a real aiosmtpd server: plain, STARTTLS and implicit TLS with a
login, the MIME we build (headers, alternatives, attachments), and how failures are classed."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from sagicc_desktop.channels import mime_out, smtp
from sagicc_desktop.channels.smtp import SendError, SmtpConfig
from sagicc_desktop.services.outbox import FileRef, OutgoingMessage
from sagicc_desktop.store.enums import ChannelKind
from smtp_server import PASSWORD, free_port


def _message(config: dict, *, files=(), body_html=None, **kw) -> OutgoingMessage:
    values = dict(
        interaction_id=uuid.uuid4(), ticket_id=uuid.uuid4(), channel_id=uuid.uuid4(), channel_kind=ChannelKind.EMAIL,
        channel_name="Mailbox", channel_config=config, sender=config["address"], to=("ana@example.com",),
        cc=("boss@example.com",), bcc=("audit@example.com",), subject="[#42] Your invoice ñ",
        body_text="Hello Ana,\nsee attached.", body_html=body_html, message_id="<m1.sagicc@helpdesk.example>",
        in_reply_to="<c1@customer.example>", references="<c0@customer.example> <c1@customer.example>",
        occurred_at=dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc), files=tuple(files),
        is_voice_note=False, author="Carlos")
    return OutgoingMessage(**(values | kw))


def _send(server, blobs, message, password=None, **config_extra):
    config = SmtpConfig.from_channel(server.config(**config_extra))
    return smtp.send(mime_out.build(message, blobs), message.envelope_to, config, password)


def test_a_message_arrives_with_its_headers_parts_and_attachments(smtp_server, blobs):
    pdf = bytes(range(256)) * 40
    sha, size = blobs.put_bytes(pdf)
    sha2, size2 = blobs.put_bytes("línea uno\n".encode())
    message = _message(smtp_server.config(), body_html="<p>Hello <b>Ana</b></p>",
                       files=[FileRef("factura ñ.pdf", "application/pdf", sha, size),
                              FileRef("notes.txt", "text/plain", sha2, size2)])
    assert _send(smtp_server, blobs, message) == []
    [got] = smtp_server.received
    assert got.mail_from == "support@helpdesk.example"
    assert sorted(got.rcpt_tos) == ["ana@example.com", "audit@example.com", "boss@example.com"]
    m = got.message
    assert m["From"] == "Help Desk <support@helpdesk.example>"
    assert m["To"] == "ana@example.com" and m["Cc"] == "boss@example.com" and m["Bcc"] is None
    assert b"audit@example.com" not in got.data  # Bcc only in the envelope
    assert m["Subject"] == "[#42] Your invoice ñ"
    assert m["Message-ID"] == "<m1.sagicc@helpdesk.example>" and m["In-Reply-To"] == "<c1@customer.example>"
    assert m["References"] == "<c0@customer.example> <c1@customer.example>"
    assert m["Date"] == "Mon, 06 May 2024 07:08:09 +0000"
    assert m.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Hello Ana,\nsee attached.\n"
    assert m.get_body(("html",)).get_content().strip() == "<p>Hello <b>Ana</b></p>"
    parts = {p.get_filename(): p for p in m.iter_attachments()}
    assert parts["factura ñ.pdf"].get_content() == pdf
    assert parts["factura ñ.pdf"].get_content_type() == "application/pdf"
    assert parts["notes.txt"].get_payload(decode=True) == "línea uno\n".encode()  # the bytes as stored


def test_starttls_with_login(make_smtp, blobs):
    server = make_smtp(security="starttls", auth=True)
    _send(server, blobs, _message(server.config()), PASSWORD)
    assert len(server.received) == 1


def test_implicit_tls_with_login(make_smtp, blobs):
    server = make_smtp(security="tls", auth=True)
    _send(server, blobs, _message(server.config()), PASSWORD)
    assert len(server.received) == 1


def test_a_wrong_password_is_permanent(make_smtp, blobs):
    server = make_smtp(security="starttls", auth=True)
    with pytest.raises(SendError) as err:
        _send(server, blobs, _message(server.config()), "wrong")
    assert err.value.permanent and err.value.code == 535 and server.received == []


def test_an_untrusted_certificate_is_permanent(make_smtp, blobs):
    server = make_smtp(security="starttls")
    with pytest.raises(SendError) as err:
        _send(server, blobs, _message(server.config()), smtp_ca_file="")
    assert err.value.permanent and "certificate" in str(err.value)


def test_starttls_required_but_not_offered_is_permanent(smtp_server, blobs):
    with pytest.raises(SendError) as err:
        _send(smtp_server, blobs, _message(smtp_server.config()), smtp_security="starttls")
    assert err.value.permanent and "STARTTLS" in str(err.value)


def test_nobody_listening_is_transient(blobs):
    config = SmtpConfig(host="127.0.0.1", port=free_port(), security="none", timeout_s=2)
    with pytest.raises(SendError) as err:
        smtp.send(mime_out.build(_message({"address": "a@b.example"}), blobs), ["ana@example.com"], config, None)
    assert not err.value.permanent


@pytest.mark.parametrize("reply, permanent", [("550 5.1.1 No such user", True), ("451 4.3.0 Try later", False)])
def test_refused_recipients_are_classed_by_their_reply(smtp_server, blobs, reply, permanent):
    smtp_server.handler.refuse = {"ana@example.com": reply, "boss@example.com": reply, "audit@example.com": reply}
    with pytest.raises(SendError) as err:
        _send(smtp_server, blobs, _message(smtp_server.config()))
    assert err.value.permanent is permanent and reply in str(err.value)


def test_some_recipients_refused_among_others_is_sent_with_a_note(smtp_server, blobs):
    smtp_server.handler.refuse = {"boss@example.com": "550 5.1.1 No such user"}
    refused = _send(smtp_server, blobs, _message(smtp_server.config()))
    assert refused == ["boss@example.com: 550 5.1.1 No such user"] and len(smtp_server.received) == 1


def test_config_from_the_channel():
    c = SmtpConfig.from_channel({"smtp_host": "mail.example", "smtp_security": "tls"})
    assert (c.port, c.security, c.username) == (465, "tls", "")
    assert SmtpConfig.from_channel({"smtp_host": "mail.example"}).port == 587
    with pytest.raises(SendError) as err:
        SmtpConfig.from_channel({"smtp_host": "mail.example", "smtp_security": "ssl3"})
    assert err.value.permanent


def test_text_to_html_escapes_and_html_to_text_reads():
    assert mime_out.text_to_html("a < b & <script>\nnext\n\npara") == \
        "<p>a &lt; b &amp; &lt;script&gt;<br>\nnext</p>\n<p>para</p>\n"
    assert mime_out.html_to_text("<style>p{}</style><p>One &amp; two</p><p>Three<br>four</p>") == \
        "One & two\nThree\nfour\n"


def test_an_html_only_message_gets_a_text_part(smtp_server, blobs):
    _send(smtp_server, blobs, _message(smtp_server.config(), body_text="", body_html="<p>Only <i>HTML</i></p>"))
    m = smtp_server.received[0].message
    assert m.get_body(("plain",)).get_content().strip() == "Only HTML"
