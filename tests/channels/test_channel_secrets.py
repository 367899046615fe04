"""Channel passwords in the OS keychain: stored under the product's name per channel and
purpose; no keychain (or a null one) is a clear error, never a crash."""

from __future__ import annotations

import uuid

import keyring
import pytest
from keyring.backends import null

from sagicc_desktop.services import channel_secrets
from sagicc_desktop.services.channel_secrets import KeychainUnavailable


def test_store_read_and_forget(memory_keyring):
    channel = uuid.uuid4()
    assert channel_secrets.get_password(channel, "smtp") is None
    channel_secrets.set_password(channel, "smtp", "pw1")
    channel_secrets.set_password(channel, "imap", "pw2")
    assert memory_keyring.entries[("Sagicc Desktop", f"channel:{channel}:smtp")] == "pw1"
    assert channel_secrets.get_password(channel, "imap") == "pw2"
    assert channel_secrets.delete_password(channel, "smtp") is True
    assert channel_secrets.delete_password(channel, "smtp") is False
    assert channel_secrets.get_password(channel, "smtp") is None


@pytest.mark.parametrize("call", [
    lambda c: channel_secrets.set_password(c, "smtp", "x"),
    lambda c: channel_secrets.get_password(c, "smtp"),
    lambda c: channel_secrets.delete_password(c, "smtp"),
])
def test_no_keychain_is_a_clear_error(no_keyring, call):
    with pytest.raises(KeychainUnavailable) as err:
        call(uuid.uuid4())
    assert err.value.args[0] == "keychain_unavailable" and "fail" in err.value.details["value"]


def test_the_null_keychain_is_refused_too():
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        with pytest.raises(KeychainUnavailable):
            channel_secrets.set_password(uuid.uuid4(), "smtp", "x")  # null would drop it silently
    finally:
        keyring.set_keyring(previous)


def test_a_keychain_that_refuses_is_a_clear_error(memory_keyring, monkeypatch):
    from keyring.errors import KeyringLocked

    def locked(*_a):
        raise KeyringLocked("the keychain is locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(KeychainUnavailable) as err:
        channel_secrets.get_password(uuid.uuid4(), "smtp")
    assert err.value.args[0] == "keychain_error" and "locked" in err.value.details["value"]
