"""Channel passwords (SMTP now, IMAP later) in the OS keychain (decision 8), never in the database.

One entry per channel and purpose: service "Sagicc Desktop", user name
"channel:<channel id>:<purpose>". A workstation without a usable keychain (headless Linux with
no secret service: keyring's fail or null backend) is a normal case: every call raises
KeychainUnavailable with a code the views turn into a sentence, never a crash.
"""

from __future__ import annotations

import uuid

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from .errors import ServiceError
from .keychain import keychain_status

SERVICE = "Sagicc Desktop"
SMTP, IMAP = "smtp", "imap"


class KeychainUnavailable(ServiceError):
    """No keychain here, or it refused (locked, denied). details["value"] says which backend or why."""

    code = "keychain_unavailable"


def entry_name(channel_id: uuid.UUID, purpose: str) -> str:
    return f"channel:{channel_id}:{purpose}"


def _require_keychain() -> None:
    usable, backend = keychain_status()
    if not usable:
        raise KeychainUnavailable("keychain_unavailable", value=backend)


def set_password(channel_id: uuid.UUID, purpose: str, password: str) -> None:
    _require_keychain()
    try:
        keyring.set_password(SERVICE, entry_name(channel_id, purpose), password)
    except KeyringError as exc:  # NoKeyringError included
        raise KeychainUnavailable("keychain_error", value=str(exc) or type(exc).__name__) from exc


def get_password(channel_id: uuid.UUID, purpose: str) -> str | None:
    """The stored password, or None when none was stored for this channel and purpose."""
    _require_keychain()
    try:
        return keyring.get_password(SERVICE, entry_name(channel_id, purpose))
    except KeyringError as exc:
        raise KeychainUnavailable("keychain_error", value=str(exc) or type(exc).__name__) from exc


def delete_password(channel_id: uuid.UUID, purpose: str) -> bool:
    """Forget the password; False when there was none."""
    _require_keychain()
    try:
        keyring.delete_password(SERVICE, entry_name(channel_id, purpose))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise KeychainUnavailable("keychain_error", value=str(exc) or type(exc).__name__) from exc
    return True
