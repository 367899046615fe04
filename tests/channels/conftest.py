"""Fixtures for the channel tests: a real SMTP server per test, an in-memory keychain, and the
service-test builders (tests/services) on the import path."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from smtp_server import SmtpServer  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in a dict, for tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def make_smtp(tmp_path):
    """make_smtp(security="starttls", auth=True) -> a started server, stopped after the test."""
    servers: list[SmtpServer] = []

    def make(**kw) -> SmtpServer:
        folder = tmp_path / f"smtp{len(servers)}"
        folder.mkdir()
        server = SmtpServer(folder, **kw).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(make_smtp) -> SmtpServer:
    """A plain SMTP server without login."""
    return make_smtp()
