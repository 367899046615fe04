"""Administering channels: e-mail (SMTP/IMAP), telephony and provider channels are validated field
by field, saved where the workers read them, logged without secrets, and their passwords and
tokens live in the keychain only."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from factories import make_admin, make_supervisor
from sagicc_desktop.channels.imap_fetch import ImapSettings
from sagicc_desktop.channels.smtp import SmtpConfig
from sagicc_desktop.services import channel_secrets
from sagicc_desktop.services import channel_settings as cs
from sagicc_desktop.services.channel_secrets import KeychainUnavailable
from sagicc_desktop.services.channel_settings import ChannelDraft
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.outgoing import channel_sender
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, Channel
from sagicc_desktop.store.enums import ChannelKind

SMTP_SECRET, IMAP_SECRET, TOKEN_SECRET = "smtp-pw-7781", "imap-pw-5521", "tok-99812"


def email_draft(**config) -> ChannelDraft:
    values = {"address": "Support@HelpDesk.example", "display_name": "Help Desk", "smtp_host": "smtp.helpdesk.example",
              "smtp_port": "587", "smtp_security": "starttls", "smtp_username": "desk",
              "imap_host": "imap.helpdesk.example", "imap_port": 993, "imap_security": "tls",
              "imap_username": "support", "imap_folder": "Soporte"}
    return ChannelDraft(name="Support mailbox", kind=ChannelKind.EMAIL, config=values | config,
                        max_attachment_bytes=25 * 1024 * 1024, allowed_types=("application/pdf", "image/*"))


def log_rows(db, channel_id) -> list[tuple[str, str | None, str | None, str | None]]:
    with read_only(db) as s:
        rows = s.execute(select(ChangeLogEntry.field, ChangeLogEntry.old_value, ChangeLogEntry.new_value,
                                ChangeLogEntry.action).where(ChangeLogEntry.entity_id == channel_id)
                         .order_by(ChangeLogEntry.at, ChangeLogEntry.field)).all()
    return [(f, o, n, a.value if hasattr(a, "value") else a) for f, o, n, a in rows]


def field_errors(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.args[0] == "invalid_settings"
    return err.value.details["fields"]


# ---------------------------------------------------------------- e-mail


def test_an_email_channel_is_stored_where_the_workers_read_it(db, memory_keyring):
    admin = make_admin(db)
    saved = cs.create_channel(db, admin, email_draft(), secrets={"smtp": SMTP_SECRET, "imap": IMAP_SECRET})
    assert saved.kind is ChannelKind.EMAIL and saved.version == 1 and saved.is_active
    assert saved.secrets == {"smtp": True, "imap": True}
    assert saved.max_attachment_bytes == 25 * 1024 * 1024 and saved.allowed_types == ("application/pdf", "image/*")

    smtp = SmtpConfig.from_channel(saved.config)
    assert (smtp.host, smtp.port, smtp.security, smtp.username) == ("smtp.helpdesk.example", 587, "starttls", "desk")
    imap = ImapSettings.from_config(saved.config)
    assert (imap.host, imap.port, imap.security, imap.username, imap.folder) == (
        "imap.helpdesk.example", 993, "tls", "support", "Soporte")
    with read_only(db) as s:
        assert channel_sender(s.get(Channel, saved.channel_id)) == "support@helpdesk.example"

    assert channel_secrets.get_password(saved.channel_id, "smtp") == SMTP_SECRET
    assert cs.channel_password(db, admin, saved.channel_id, "imap") == IMAP_SECRET
    stored = repr(saved.config) + repr(log_rows(db, saved.channel_id))
    assert SMTP_SECRET not in stored and IMAP_SECRET not in stored
    assert ("secret.smtp", None, "set", "update") in log_rows(db, saved.channel_id)


def test_every_wrong_field_is_named_at_once(db, memory_keyring):
    admin = make_admin(db)
    errors = field_errors(lambda: cs.create_channel(db, admin, ChannelDraft(
        name=" ", kind=ChannelKind.EMAIL, max_attachment_bytes=-1, allowed_types=("pdf",),
        config={"address": "not an address", "smtp_host": "smtp host", "smtp_port": "70000",
                "smtp_security": "ssl3", "imap_host": "imap.example", "imap_port": "x"})))
    assert errors == {"name": "required", "address": "invalid_email", "smtp_host": "invalid_host",
                      "smtp_port": "invalid_port", "smtp_security": "invalid_security", "imap_port": "invalid_port",
                      "imap_username": "required", "max_attachment_bytes": "invalid_size",
                      "allowed_types": "invalid_type"}
    assert field_errors(lambda: cs.create_channel(db, admin, ChannelDraft(name="M", kind=ChannelKind.EMAIL))) == {
        "address": "required", "smtp_host": "required"}
    with read_only(db) as s:
        assert s.scalars(select(Channel)).all() == []


def test_ports_default_to_the_security_and_receiving_is_optional(db, memory_keyring):
    admin = make_admin(db)
    saved = cs.create_channel(db, admin, email_draft(smtp_port="", smtp_security="tls", imap_host="",
                                                     smtp_host="192.0.2.25"))
    assert saved.config["smtp_port"] == 465 and saved.config["smtp_host"] == "192.0.2.25"
    assert not any(key.startswith("imap_") for key in saved.config)
    assert ImapSettings.from_config(saved.config) is None
    assert saved.secrets == {"smtp": False, "imap": False}


def test_an_edit_keeps_other_keys_logs_each_change_and_can_forget_a_password(db, memory_keyring):
    admin = make_admin(db)
    first = cs.create_channel(db, admin, email_draft(), secrets={"smtp": SMTP_SECRET, "imap": IMAP_SECRET})
    with unit_of_work(db) as s:  # a key no screen edits (the outbox reads it)
        channel = s.get(Channel, first.channel_id)
        channel.config = channel.config | {"smtp_timeout": 12}
    current = cs.get_channel_settings(db, admin, first.channel_id)

    saved = cs.save_channel_settings(db, admin, first.channel_id, current.version,
                                     email_draft(smtp_host="mail.helpdesk.example", imap_host=""),
                                     secrets={"imap": None, "smtp": "new-smtp-pw"})
    assert saved.version > current.version
    assert saved.config["smtp_timeout"] == 12 and saved.config["smtp_host"] == "mail.helpdesk.example"
    assert "imap_host" not in saved.config
    assert saved.secrets == {"smtp": True, "imap": False}
    assert channel_secrets.get_password(first.channel_id, "smtp") == "new-smtp-pw"
    rows = log_rows(db, first.channel_id)
    assert ("config.smtp_host", "smtp.helpdesk.example", "mail.helpdesk.example", "update") in rows
    assert ("config.imap_folder", "Soporte", None, "update") in rows
    assert ("secret.imap", None, "removed", "update") in rows
    assert "new-smtp-pw" not in repr(rows)


def test_saving_unchanged_settings_logs_nothing(db, memory_keyring):
    admin = make_admin(db)
    first = cs.create_channel(db, admin, email_draft())
    before = log_rows(db, first.channel_id)
    again = cs.save_channel_settings(db, admin, first.channel_id, first.version, email_draft())
    assert again.version == first.version and log_rows(db, first.channel_id) == before


def test_a_stale_edit_is_refused_and_its_password_not_stored(db, memory_keyring):
    admin = make_admin(db)
    first = cs.create_channel(db, admin, email_draft(), secrets={"smtp": SMTP_SECRET})
    cs.save_channel_settings(db, admin, first.channel_id, first.version, email_draft(display_name="Desk"))
    with pytest.raises(StaleEdit) as err:
        cs.save_channel_settings(db, admin, first.channel_id, first.version, email_draft(display_name="Other"),
                                 secrets={"smtp": "late"})
    assert err.value.args[0] == "channel_changed" and err.value.details["current"] == first.version + 1
    assert channel_secrets.get_password(first.channel_id, "smtp") == SMTP_SECRET
    assert cs.get_channel_settings(db, admin, first.channel_id).config["display_name"] == "Desk"


def test_administrators_only(db, memory_keyring):
    admin, supervisor = make_admin(db), make_supervisor(db)
    first = cs.create_channel(db, admin, email_draft())
    for call in (lambda: cs.list_channels(db, supervisor),
                 lambda: cs.get_channel_settings(db, supervisor, first.channel_id),
                 lambda: cs.create_channel(db, supervisor, email_draft()),
                 lambda: cs.save_channel_settings(db, supervisor, first.channel_id, first.version,
                                                  email_draft(display_name="x")),
                 lambda: cs.channel_password(db, supervisor, first.channel_id, "smtp")):
        with pytest.raises(PermissionDenied):
            call()
    assert cs.get_channel_settings(db, admin, first.channel_id).config["display_name"] == "Help Desk"


def test_no_keychain_saves_nothing_with_a_secret_and_reads_as_unknown(db, no_keyring):
    admin = make_admin(db)
    with pytest.raises(KeychainUnavailable):
        cs.create_channel(db, admin, email_draft(), secrets={"smtp": SMTP_SECRET})
    assert cs.list_channels(db, admin) == []
    saved = cs.create_channel(db, admin, email_draft())
    assert saved.secrets == {"smtp": None, "imap": None}


def test_kind_cannot_change_and_unknown_secrets_are_refused(db, memory_keyring):
    admin = make_admin(db)
    first = cs.create_channel(db, admin, email_draft())
    with pytest.raises(ValidationError) as err:
        cs.save_channel_settings(db, admin, first.channel_id, first.version,
                                 ChannelDraft(name="x", kind=ChannelKind.PHONE, config={"dial_scheme": "tel"}))
    assert err.value.args[0] == "kind_changed"
    with pytest.raises(ValidationError) as err:
        cs.create_channel(db, admin, email_draft(), secrets={"token": "x"})
    assert err.value.args[0] == "unknown_secret"
    with pytest.raises(NotFound):
        cs.get_channel_settings(db, admin, uuid.uuid4())


def test_a_demo_style_mailbox_is_read_and_saved_unchanged(db, memory_keyring):
    admin = make_admin(db)
    config = {"address": "soporte@sagicc-demo.example", "display_name": "Soporte",
              "smtp_host": "smtp.sagicc-demo.example", "smtp_port": 587, "smtp_security": "starttls", "imap_host": "imap.sagicc-demo.example",
              "imap_port": 993, "imap_folder": "INBOX", "imap_username": "soporte"}
    with unit_of_work(db) as s:
        channel = Channel(name="Correo Soporte", kind=ChannelKind.EMAIL, config=config,
                          max_attachment_bytes=25 * 1024 * 1024)
        s.add(channel)
        s.flush()
        channel_id = channel.id
    current = cs.get_channel_settings(db, admin, channel_id)
    draft = ChannelDraft(name=current.name, kind=current.kind, config=current.config,
                         max_attachment_bytes=current.max_attachment_bytes, allowed_types=current.allowed_types)
    saved = cs.save_channel_settings(db, admin, channel_id, current.version, draft)
    assert saved.config == config | {"imap_security": "tls"}  # the default the IMAP worker assumed, now written
    assert [c.name for c in cs.list_channels(db, admin)] == ["Correo Soporte"]


# ---------------------------------------------------------------- telephony and providers


def test_telephony_tel_or_sip(db, memory_keyring):
    admin = make_admin(db)
    tel = cs.create_channel(db, admin, ChannelDraft(name="Phone", kind=ChannelKind.PHONE,
                                                    config={"dial_scheme": "tel:"}, max_attachment_bytes=0))
    assert tel.config == {"dial_scheme": "tel"} and tel.secrets == {}
    sip = cs.create_channel(db, admin, ChannelDraft(name="PBX", kind=ChannelKind.PHONE,
                                                    config={"dial_scheme": "SIP", "sip_domain": "pbx.example"}))
    assert sip.config == {"dial_scheme": "sip", "sip_domain": "pbx.example"}
    assert field_errors(lambda: cs.create_channel(db, admin, ChannelDraft(
        name="Phone", kind=ChannelKind.PHONE, config={"dial_scheme": "skype"}))) == {"dial_scheme": "invalid_scheme"}
    assert field_errors(lambda: cs.create_channel(db, admin, ChannelDraft(
        name="Phone", kind=ChannelKind.PHONE, config={"dial_scheme": "sip", "sip_domain": "pbx_1"}))) == {
        "sip_domain": "invalid_host"}


def test_a_whatsapp_channel_with_its_token_in_the_keychain(db, memory_keyring):
    admin = make_admin(db)
    draft = ChannelDraft(name="WhatsApp", kind=ChannelKind.WHATSAPP,
                         config={"provider": "demo", "sender": "+57 601 555 0100",
                                 "base_url": "https://whatsapp.provider.example/v1"},
                         max_attachment_bytes=16 * 1024 * 1024, allowed_types=("Image/PNG", "audio/ogg", "image/png"))
    saved = cs.create_channel(db, admin, draft, secrets={"token": TOKEN_SECRET})
    assert saved.config["sender"] == "+576015550100" and saved.allowed_types == ("image/png", "audio/ogg")
    assert saved.secrets == {"token": True}
    assert memory_keyring.entries[("Sagicc Desktop", f"channel:{saved.channel_id}:token")] == TOKEN_SECRET
    assert TOKEN_SECRET not in repr(log_rows(db, saved.channel_id))


@pytest.mark.parametrize(("url", "code"), [
    ("", "required"), ("ftp://provider.example/api", "invalid_url"), ("https://", "invalid_url"),
    ("https://provider.example:99999/api", "invalid_url"), ("http://provider.example/api", "insecure_url"),
])
def test_provider_endpoint_is_checked(db, memory_keyring, url, code):
    admin = make_admin(db)
    draft = ChannelDraft(name="SMS", kind=ChannelKind.SMS, config={"provider": "demo", "sender": "55100",
                                                                  "base_url": url})
    assert field_errors(lambda: cs.create_channel(db, admin, draft)) == {"base_url": code}


def test_sms_senders_and_a_local_endpoint(db, memory_keyring):
    admin = make_admin(db)
    for sender in ("55100", "SagiccDesk", "+15125550100"):
        saved = cs.create_channel(db, admin, ChannelDraft(
            name=f"SMS {sender}", kind=ChannelKind.SMS, max_attachment_bytes=0,
            config={"provider": "gateway", "sender": sender, "base_url": "http://127.0.0.1:8080/sms"}))
        assert saved.config["sender"] == sender and saved.max_attachment_bytes == 0
    assert field_errors(lambda: cs.create_channel(db, admin, ChannelDraft(
        name="SMS", kind=ChannelKind.SMS, config={"sender": "a sender that is far too long",
                                                  "base_url": "https://sms.example"}))) == {
        "provider": "required", "sender": "invalid_sender"}
    assert field_errors(lambda: cs.create_channel(db, admin, ChannelDraft(
        name="WA", kind=ChannelKind.WHATSAPP, config={"provider": "p", "sender": "5550100",
                                                      "base_url": "https://wa.example"}))) == {
        "sender": "invalid_sender"}
