"""The channels part of the service-error sentences (see messages.py), kept apart so it grows alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# detail code (the ValidationError's first argument) -> sentence; %1 is details["limit"],
# %2 details["value"].
DETAIL: dict[str, str] = {
}
