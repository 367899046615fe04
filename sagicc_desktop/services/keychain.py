"""Whether the OS keychain can hold secrets here (U3, H1); headless Linux often has none."""

from __future__ import annotations

import keyring
from keyring.backends import fail


def keychain_status() -> tuple[bool, str]:
    """(usable, backend name). A missing backend is a normal case, not a crash."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration
        return False, f"error: {exc}"
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or "null" in name.lower():
        return False, name
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return False, name
    return True, name
