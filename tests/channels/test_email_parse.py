"""Parsing raw e-mail: never raises, decodes what can be decoded, recognises machines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sagicc_desktop.channels import email_parse
from sagicc_desktop.channels.email_parse import parse_message, safe_filename, synthetic_message_id, text_from_html

CORPUS = Path(__file__).resolve().parents[1] / "data" / "email_corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")


def test_the_corpus_is_there():
    assert len(FILES) > 150


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_corpus_message_parses_without_raising(path):
    raw = path.read_bytes()
    parsed = parse_message(raw)
    assert parsed.raw == raw
    assert parsed.message_id.startswith("<") and parsed.message_id.endswith(">")
    assert parsed.date.tzinfo is not None
    assert isinstance(parsed.body_text, str) and "\x00" not in parsed.body_text
    assert len(parsed.body_text) <= email_parse.MAX_TEXT_CHARS
    assert all(len(value) <= email_parse.MAX_HEADER_CHARS + 2 for _name, value in parsed.headers)
    for part in parsed.attachments:
        assert part.filename and "/" not in part.filename and "\\" not in part.filename
        assert isinstance(part.data, bytes)
    assert parse_message(raw).message_id == parsed.message_id  # stable, also when synthesised


def _corpus(name: str):
    return parse_message((CORPUS / name).read_bytes())


def test_headers_in_odd_charsets_are_decoded():
    assert _corpus("spamscope/mail_test_1.eml").subject == "письмо уведом-е"
    assert _corpus("django-helpdesk/quoted_printable.eml").subject == "Český test"
    parsed = _corpus("flanker/mailformed-headers.eml")  # broken bytes: replaced, not raised
    assert parsed.subject and isinstance(parsed.subject, str)


def test_a_missing_message_id_is_made_from_the_bytes():
    raw = b"From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n"
    parsed = parse_message(raw)
    assert parsed.message_id_synthesised
    assert parsed.message_id == synthetic_message_id(raw) != synthetic_message_id(raw + b"!")


def test_sender_recipients_threading_and_date():
    raw = (b"From: =?utf-8?q?Jos=C3=A9_Mar=C3=ADa?= <Jose@Example.com>\r\n"
           b"To: Support <support@sagicc.example>, other@example.com\r\nCc: boss@example.com\r\n"
           b"Subject: =?iso-8859-1?q?Factura_de_mayo?=\r\nDate: Tue, 3 Jun 2025 10:00:00 -0500\r\n"
           b"Message-ID: <abc@example.com>\r\nIn-Reply-To: <ours@sagicc.example>\r\n"
           b"References: <first@example.com>\r\n <ours@sagicc.example>\r\n\r\nHola\r\n")
    p = parse_message(raw)
    assert (p.sender_name, p.sender_address, p.sender) == ("José María", "Jose@Example.com", "José María <Jose@Example.com>")
    assert p.to == ("Support <support@sagicc.example>", "other@example.com")
    assert p.cc == ("boss@example.com",)
    assert p.subject == "Factura de mayo"
    assert p.date == dt.datetime(2025, 6, 3, 15, 0, tzinfo=dt.timezone.utc)
    assert (p.message_id, p.in_reply_to) == ("<abc@example.com>", "<ours@sagicc.example>")
    assert p.references == ("<first@example.com>", "<ours@sagicc.example>")
    assert p.body_text == "Hola"
    assert p.bounce is None and p.auto_reply is None


def test_a_bad_date_falls_back_to_now():
    now = dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc)
    assert parse_message(b"From: a@b.example\r\nDate: yesterday-ish\r\n\r\nx", now=now).date == now


def test_an_unknown_charset_is_replaced_not_raised():
    raw = (b"From: a@b.example\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\nCaf\xc3\xa9 \xff ok\r\n")
    text = parse_message(raw).body_text
    assert text.startswith("Café") and text.endswith("ok") and "\ufffd" in text


def test_html_only_mail_gets_a_text_body_and_keeps_its_html():
    raw = (b"From: a@b.example\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           b"<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;<b>there</b></p>"
           b"<script>alert(1)</script><div>Second line</div></body></html>")
    p = parse_message(raw)
    assert p.body_text == "Hello there\n\nSecond line"
    assert "<script>" in p.body_html  # kept raw: the timeline sanitises it when it shows it
    assert text_from_html("<p>a</p><p>b</p>") == "a\n\nb"


def test_attachment_names_are_made_safe():
    assert safe_filename("../../etc/passwd", "text/plain", 1) == "passwd"
    assert safe_filename("C:\\Users\\x\\evil.exe", "application/octet-stream", 1) == "evil.exe"
    assert safe_filename("con.txt", "text/plain", 3) == "attachment-3.txt"
    assert safe_filename("", "image/png", 2) == "attachment-2.png"
    assert safe_filename("a\x00b\x1fc.pdf", "application/pdf", 1) == "a_b_c.pdf"
    assert len(safe_filename("x" * 400 + ".pdf", "application/pdf", 1)) == 255


def test_inline_images_and_attachments_are_kept():
    p = _corpus("node-mailparser/test_fixtures_nodemailer.eml")
    images = {a.filename: a for a in p.attachments if a.mime_type.startswith("image/")}
    assert images["image.png"].inline and images["image.png"].content_id == "<note@example.com>"
    assert images["image.png"].data.startswith(b"\x89PNG")
    assert images["nyan cat ✔.gif"].data.startswith(b"GIF8")
    pdf = _corpus("flanker/attached-pdf.eml").attachments
    assert pdf[0].mime_type == "application/pdf" and pdf[0].data.startswith(b"%PDF")


def test_a_huge_part_is_left_out_with_a_note(monkeypatch):
    monkeypatch.setattr(email_parse, "MAX_PART_BYTES", 100)
    p = _corpus("flanker/attached-pdf.eml")
    assert p.attachments == ()
    assert any("left out" in d for d in p.defects)


def test_a_huge_text_is_cut_with_a_note():
    p = _corpus("node-mailparser/test_fixtures_large_text.eml")
    assert len(p.body_text) == email_parse.MAX_TEXT_CHARS
    assert any("cut" in d for d in p.defects)


def test_a_message_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(email_parse, "MAX_MESSAGE_BYTES", 10)
    p = parse_message(b"From: a@b.example\r\n\r\nmore than ten bytes")
    assert p.refused == "too_large" and p.body_text == ""


@pytest.mark.parametrize("name, original, failed", [
    ("flanker/bounce_office365.eml", "<20171013111011.20866.254C2F3A4D7AA526@ninomail.com>", True),
    ("flanker/bounce_gmail-invalid-address.eml",
     "<CAKsfaBUUGqVZiaMrmH3TRPfq1odQPtM7Ey5YW1SgyJJRHtAjgw@mail.gmail.com>", True),
    ("postal-mime/test_fixtures_bounce.eml", "<e85f1c9b-9b51-4028-8ec0-0a657155028e@app.fastmail.com>", True),
    ("cpython/data_msg_16.txt", "<002001c144a6$8752e060$56104586@oxy.edu>", True),
    ("flanker/bounce_no-mx.eml", "<19E44CA63F984902B7D654F8FF40F89D@bo>", False),  # delayed, not failed
])
def test_bounces_name_the_message_they_report_on(name, original, failed):
    p = _corpus(name)
    assert p.bounce is not None
    assert (p.bounce.original_message_id, p.bounce.failed) == (original, failed)
    assert p.auto_reply is None


@pytest.mark.parametrize("headers, subject, expected", [
    ("Auto-Submitted: auto-replied\r\n", "Re: hi", "Auto-Submitted: auto-replied"),
    ("Auto-Submitted: no\r\n", "Re: hi", None),
    ("X-Autoreply: yes\r\n", "Re: hi", "X-Autoreply"),
    ("X-Autorespond: on\r\n", "Re: hi", "X-Autorespond"),
    ("Precedence: auto_reply\r\n", "Re: hi", "Precedence: auto_reply"),
    ("Precedence: list\r\n", "Re: hi", None),
    ("", "Out of Office: back Monday", "subject"),
    ("", "Automatic reply: your invoice", "subject"),
    ("", "Respuesta automática: su factura", "subject"),
    ("", "Fuera de la oficina hasta el lunes", "subject"),
    ("", "Re: what about the office hours?", None),
])
def test_automatic_replies_are_recognised(headers, subject, expected):
    raw = f"From: a@b.example\r\nSubject: {subject}\r\n{headers}\r\nbody\r\n".encode()
    assert parse_message(raw).auto_reply == expected


def test_read_receipts_and_complaints_are_machine_reports_not_bounces():
    for name in ("flanker/disposition-notification.eml", "flanker/complaints_aol.eml"):
        p = _corpus(name)
        assert p.bounce is None and p.auto_reply == "report"


def test_garbage_is_still_a_message():
    for raw in (b"", b"\x00\xff\xfe" * 100, b"From:\r\n\r\n", b"Content-Type: multipart/mixed\r\n\r\n--x"):
        p = parse_message(raw)
        assert p.message_id and p.refused is None
