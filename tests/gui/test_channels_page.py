"""The Channels screen: an administrator sets up an e-mail channel against the real test servers
(aiosmtpd and Dovecot, as tests/channels does), tests it off the GUI thread, and each way a test
fails is said in plain words; field problems are marked under their field and typed values stay."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "channels"))

from imap_server import PASSWORD as IMAP_PASSWORD  # noqa: E402
from imap_server import dovecot_tls  # noqa: E402,F401
from sagicc_desktop.services import channel_secrets  # noqa: E402
from sagicc_desktop.services import channel_settings as cs  # noqa: E402
from sagicc_desktop.store.enums import ChannelKind  # noqa: E402
from sagicc_desktop.views.admin.channels_page import ChannelsPage  # noqa: E402
from smtp_server import LOGIN as SMTP_LOGIN  # noqa: E402
from smtp_server import PASSWORD as SMTP_PASSWORD  # noqa: E402
from smtp_server import SmtpServer  # noqa: E402
from .conftest import show_active  # noqa: E402


@pytest.fixture
def smtp(tmp_path):
    """An aiosmtpd with STARTTLS and a login, its certificate self-signed."""
    folder = tmp_path / "smtp"
    folder.mkdir()
    server = SmtpServer(folder, security="starttls", auth=True).start()
    yield server
    server.stop()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def page(qtbot, make_ctx, memory_keyring):
    return show_active(qtbot, ChannelsPage(make_ctx("admin")), size=(1200, 900))


def type_into(qtbot, page, key: str, text: str) -> None:
    edit = page.fields[key].widget
    edit.clear()
    qtbot.keyClicks(edit, text)


def fill_email(qtbot, page, smtp: SmtpServer, imap, *, smtp_password=SMTP_PASSWORD, imap_password=IMAP_PASSWORD,
               ca_files=True) -> None:
    page.new_actions[ChannelKind.EMAIL].trigger()
    type_into(qtbot, page, "name", "Support mailbox")
    type_into(qtbot, page, "address", "support@helpdesk.example")
    type_into(qtbot, page, "smtp_host", "127.0.0.1")
    page.fields["smtp_security"].widget.setCurrentIndex(page.fields["smtp_security"].widget.findData("starttls"))
    type_into(qtbot, page, "smtp_port", str(smtp.port))
    type_into(qtbot, page, "smtp_username", SMTP_LOGIN)
    type_into(qtbot, page, "smtp", smtp_password)
    type_into(qtbot, page, "imap_host", "127.0.0.1")
    page.fields["imap_security"].widget.setCurrentIndex(page.fields["imap_security"].widget.findData("tls"))
    type_into(qtbot, page, "imap_port", str(imap.tls_port))
    type_into(qtbot, page, "imap_username", imap.user)
    type_into(qtbot, page, "imap", imap_password)
    if ca_files:
        type_into(qtbot, page, "smtp_ca_file", str(smtp.cert))
        type_into(qtbot, page, "imap_ca_file", str(imap.cert))


def save(qtbot, page, *, key: bool = False) -> None:
    """Save (Ctrl+S or the method) and wait for the worker thread to finish."""
    if key:
        qtbot.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    else:
        page.save()
    qtbot.waitUntil(lambda: page.save_task is None, timeout=10_000)
    assert page.save_button.isEnabled() and page.save_busy.isHidden()


def run_test(qtbot, page, proto: str) -> str:
    tester = page.testers[proto]
    qtbot.mouseClick(tester.button, Qt.MouseButton.LeftButton)
    assert not tester.button.isEnabled() and tester.busy.isVisible()  # running, and the window still paints
    qtbot.waitUntil(lambda: tester.task is None, timeout=30_000)
    assert tester.button.isEnabled() and not tester.busy.isVisible()
    return tester.result.text()


def test_an_email_channel_against_the_real_servers(qtbot, page, smtp, dovecot_tls):  # noqa: F811
    fill_email(qtbot, page, smtp, dovecot_tls)
    assert "Connected to 127.0.0.1:%d (SMTP)" % smtp.port in run_test(qtbot, page, "smtp")
    assert page.testers["smtp"].last.code == "ok"
    assert "Connected to 127.0.0.1:%d (IMAP)" % dovecot_tls.tls_port in run_test(qtbot, page, "imap")
    assert smtp.received == []  # a test sends nothing

    save(qtbot, page, key=True)
    assert page.status.text() == "Saved."
    channel = next(s for s in page.summaries if s.name == "Support mailbox")
    assert channel.kind is ChannelKind.EMAIL
    saved = cs.get_channel_settings(page.ctx.db, page.ctx.user, channel.channel_id)
    assert saved.config["smtp_port"] == smtp.port and saved.config["imap_port"] == dovecot_tls.tls_port
    assert "password" not in str(saved.config).lower()
    assert channel_secrets.get_password(channel.channel_id, "smtp") == SMTP_PASSWORD
    assert channel_secrets.get_password(channel.channel_id, "imap") == IMAP_PASSWORD
    # Write-only: the form is empty and says one is stored; the test uses the stored one.
    assert page.fields["smtp"].widget.text() == ""
    assert "stored in the keychain" in page.fields["smtp"].hint.text()
    assert "Connected to" in run_test(qtbot, page, "imap")
    # Leaving it empty keeps it; typing replaces it.
    type_into(qtbot, page, "imap", "new secret")
    save(qtbot, page)
    assert channel_secrets.get_password(channel.channel_id, "smtp") == SMTP_PASSWORD
    assert channel_secrets.get_password(channel.channel_id, "imap") == "new secret"


def test_a_closed_port_is_said_in_plain_words(qtbot, page, smtp, dovecot_tls, closed_port):  # noqa: F811
    fill_email(qtbot, page, smtp, dovecot_tls)
    type_into(qtbot, page, "smtp_port", str(closed_port))
    text = run_test(qtbot, page, "smtp")
    assert page.testers["smtp"].last.code == "connection_refused"
    assert f"The server 127.0.0.1:{closed_port} (SMTP) refused the connection" in text


def test_a_wrong_password_names_the_server(qtbot, page, smtp, dovecot_tls):  # noqa: F811
    fill_email(qtbot, page, smtp, dovecot_tls, smtp_password="wrong", imap_password="wrong")
    text = run_test(qtbot, page, "smtp")
    assert f"The server 127.0.0.1:{smtp.port} (SMTP) refused the user name or password" in text
    assert "The server said: 535" in text
    text = run_test(qtbot, page, "imap")
    assert f"The server 127.0.0.1:{dovecot_tls.tls_port} (IMAP) refused the user name or password" in text


def test_an_untrusted_certificate_names_it_and_suggests_the_ca_file(qtbot, page, smtp, dovecot_tls):  # noqa: F811
    fill_email(qtbot, page, smtp, dovecot_tls, ca_files=False)
    for proto in ("smtp", "imap"):
        text = run_test(qtbot, page, proto)
        assert page.testers[proto].last.code == "certificate_untrusted"
        assert "issued to CN=127.0.0.1 by CN=127.0.0.1" in text and "choose its CA file" in text


def test_bad_port_and_host_are_marked_on_their_fields_and_kept(qtbot, page):
    page.new_actions[ChannelKind.EMAIL].trigger()
    type_into(qtbot, page, "name", "Support")
    type_into(qtbot, page, "address", "support@helpdesk.example")
    type_into(qtbot, page, "smtp_host", "http://mail")
    type_into(qtbot, page, "smtp_port", "99999")
    type_into(qtbot, page, "smtp", "typed secret")
    save(qtbot, page, key=True)
    assert page.fields["smtp_host"].error.text().startswith("Write a server name")
    assert page.fields["smtp_port"].error.text() == "A port is a whole number from 1 to 65535."
    assert page.fields["smtp_host"].error.isVisible() and page.fields["address"].error.isHidden()
    assert "Nothing was saved" in page.status.text()
    assert page.fields["smtp_host"].widget.text() == "http://mail" and page.fields["smtp_port"].widget.text() == "99999"
    assert page.fields["smtp"].widget.text() == "typed secret"
    assert page.fields["smtp_host"].widget.hasFocus()  # the first marked field
    assert not any(s.name == "Support" for s in cs.list_channels(page.ctx.db, page.ctx.user))
    # Test connection refuses the same fields before any network.
    qtbot.mouseClick(page.testers["smtp"].button, Qt.MouseButton.LeftButton)
    assert page.testers["smtp"].task is None
    assert page.testers["smtp"].result.text() == "Correct the marked fields first."
    # Correcting a field clears its mark.
    type_into(qtbot, page, "smtp_port", "587")
    assert page.fields["smtp_port"].error.isHidden()


def test_changing_the_security_brings_its_port_unless_one_was_chosen(qtbot, page):
    page.new_actions[ChannelKind.EMAIL].trigger()
    combo, port = page.fields["smtp_security"].widget, page.fields["smtp_port"].widget
    assert port.text() == "587"
    combo.setCurrentIndex(combo.findData("tls"))
    assert port.text() == "465"
    combo.setCurrentIndex(combo.findData("none"))
    assert port.text() == "25"
    type_into(qtbot, page, "smtp_port", "2525")
    combo.setCurrentIndex(combo.findData("starttls"))
    assert port.text() == "2525"


def test_a_refusing_keychain_says_so_and_saves_nothing(qtbot, make_ctx, no_keyring):
    page = show_active(qtbot, ChannelsPage(make_ctx("admin")), size=(1200, 900))
    page.new_actions[ChannelKind.WHATSAPP].trigger()
    type_into(qtbot, page, "name", "WhatsApp Bogota")
    type_into(qtbot, page, "provider", "Meta")
    type_into(qtbot, page, "sender", "+57 601 555 0100")
    type_into(qtbot, page, "base_url", "https://graph.example.com/v1")
    type_into(qtbot, page, "token", "tok-1")
    save(qtbot, page)
    assert "no keychain" in page.status.text()
    assert page.fields["token"].widget.text() == "tok-1"
    assert not any(s.name == "WhatsApp Bogota" for s in cs.list_channels(page.ctx.db, page.ctx.user))


def test_a_phone_channel_and_the_list(qtbot, page):
    before = page.list.count()
    page.new_actions[ChannelKind.PHONE].trigger()
    assert page.phone_box.isVisible() and not page.smtp_box.isVisible()
    type_into(qtbot, page, "name", "Softphone SIP")
    page.scheme.setCurrentIndex(page.scheme.findData("sip"))
    type_into(qtbot, page, "sip_domain", "pbx.example.com")
    page.active.setChecked(False)
    page.save_button.setFocus()
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)  # by keyboard: the focus comes back to Save
    qtbot.waitUntil(lambda: page.save_task is None, timeout=10_000)
    assert page.save_button.hasFocus() and page.confirm_box is None  # nothing asked on the way
    assert page.status.text() == "Saved."
    assert page.list.count() == before + 1
    item = page.list.currentItem()
    assert item.text() == "Softphone SIP  (inactive)"
    assert page.settings.config == {"dial_scheme": "sip", "sip_domain": "pbx.example.com"}


def test_save_waits_on_the_keychain_off_the_gui_thread(qtbot, page, memory_keyring, monkeypatch):
    """A keychain that takes its time (a prompt, a locked keychain): the window keeps answering,
    Save is off with the busy bar, a second Save is ignored, and what is typed meanwhile stays."""
    import threading

    from PySide6.QtCore import QTimer

    release, threads = threading.Event(), []
    store = memory_keyring.set_password

    def slow_set_password(service, username, password):
        threads.append(threading.current_thread())
        assert release.wait(10)
        store(service, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", slow_set_password)
    page.new_actions[ChannelKind.SMS].trigger()
    type_into(qtbot, page, "name", "SMS Medellin")
    type_into(qtbot, page, "provider", "Infobip")
    type_into(qtbot, page, "sender", "+57 604 555 0100")
    type_into(qtbot, page, "base_url", "https://api.example.com/v1")
    type_into(qtbot, page, "token", "tok-2")
    before = page.list.count()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)  # the keychain is asked, and waits
    assert threads[0] is not threading.main_thread()
    assert not page.save_button.isEnabled() and page.save_busy.isVisible()
    assert page.status.text() == "Saving…"
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)  # the event loop runs while the keychain waits
    task = page.save_task
    qtbot.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    page.save()
    assert page.save_task is task  # a second Save is ignored while one runs
    qtbot.keyClicks(page.name_edit, " norte")  # typing goes on meanwhile
    release.set()
    qtbot.waitUntil(lambda: page.save_task is None, timeout=10_000)
    assert len(threads) == 1 and page.status.text() == "Saved."
    assert page.save_button.isEnabled() and page.save_busy.isHidden()
    assert page.list.count() == before + 1
    assert page.list.currentItem().data(Qt.ItemDataRole.UserRole) == page.settings.channel_id
    assert page.settings.name == "SMS Medellin"
    assert page.name_edit.text() == "SMS Medellin norte" and page.has_changes()  # kept, not yet saved
    assert memory_keyring.entries and "tok-2" in memory_keyring.entries.values()
    save(qtbot, page)
    assert page.settings.name == "SMS Medellin norte" and not page.has_changes()


def test_only_administrators(qtbot, make_ctx):
    assert not ChannelsPage.available_to(make_ctx("laura").user)
    page = ChannelsPage(make_ctx("laura"))
    qtbot.addWidget(page)
    assert page.list.count() == 0 and not page.refused.isHidden()


def test_every_control_is_named(qtbot, page):
    page.new_actions[ChannelKind.EMAIL].trigger()
    for field in page.fields.values():
        assert field.widget.objectName() and field.widget.accessibleName(), field.key
        assert field.caption.buddy() is field.widget


def test_unsaved_changes_are_not_lost_by_opening_another_channel(qtbot, page):
    page.list.setCurrentRow(1)
    first = page.settings
    assert first is not None and not page.has_changes()
    type_into(qtbot, page, "name", "Renamed box")
    assert page.has_changes()
    page.list.setCurrentRow(2)  # asks first; the form stays as typed
    box = page.confirm_box
    assert box is not None and box.isVisible() and "Renamed box" in box.text()
    assert page.settings.channel_id == first.channel_id and page.name_edit.text() == "Renamed box"
    assert page.list.currentRow() == 1
    qtbot.mouseClick(box.button(box.StandardButton.No), Qt.MouseButton.LeftButton)
    assert page.name_edit.text() == "Renamed box"
    page.new_actions[ChannelKind.SMS].trigger()
    box = page.confirm_box
    qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.kind is ChannelKind.SMS and page.settings is None and page.name_edit.text() == ""
    assert cs.get_channel_settings(page.ctx.db, page.ctx.user, first.channel_id).name == first.name


def test_every_reachable_control_has_names_and_retranslates(qtbot, page):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from .test_accessibility import _unnamed

    for kind in (ChannelKind.EMAIL, ChannelKind.PHONE, ChannelKind.SMS):
        page.new_actions[kind].trigger()
        qtbot.wait(10)
        assert _unnamed(page) == []
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.heading.text() == "New SMS channel"


def test_the_ca_file_is_chosen_in_a_file_dialog(qtbot, page, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    page.new_actions[ChannelKind.EMAIL].trigger()
    qtbot.mouseClick(page.findChild(QPushButton, "imapCaFileButton"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "imapCaFileDialog")
    assert dialog is not None and dialog.isVisible()
    cert = tmp_path / "company-ca.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.fileSelected.emit(str(cert))
    assert page.fields["imap_ca_file"].widget.text() == str(cert)
    dialog.reject()
