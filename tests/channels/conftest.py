"""Fixtures for the channel tests: a real SMTP server per test, an in-memory keychain, and the
service-test builders (tests/services) on the import path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from smtp_server import SmtpServer  # noqa: E402


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
