"""The stable API for additional ticket tabs (T13). Plugins import from here and nowhere else.

A plugin is an object (or a class with a no-argument constructor) published under the entry-point
group ``sagicc_desktop.tabs`` that has:

- ``key``: a short, unique, lower-case identifier (letters, digits, ``_`` and ``-``), used in
  saved layouts; it must not be one of the built-in tab keys;
- ``title(language) -> str``: the tab's title in "en" or "es" (or any language it knows);
- ``create(context) -> QWidget``: a new widget for one ticket, given a TicketContext.

A TicketContext holds plain values (ticket number, subject, customer's name, document and
contact points): a plugin never gets the database. ``current_language()`` tells which language
the user switched to, for plugins that retranslate on a LanguageChange event.

API_VERSION changes only when something here stops being compatible; a plugin may declare the
``api_version`` it was written for and is skipped, with a logged warning, when it does not match.
"""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from ..services.plugin_context import ContactInfo, TicketContext

API_VERSION = 1
ENTRY_POINT_GROUP = "sagicc_desktop.tabs"
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")


@runtime_checkable
class TabPlugin(Protocol):
    """What a tab plugin provides; subclassing is not required, having these members is."""

    key: str

    def title(self, language: str) -> str: ...

    def create(self, context: TicketContext) -> QWidget: ...


def current_language() -> str:
    """The language the user chose ("en" or "es"), as the application set it at run time."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


__all__ = ["API_VERSION", "ENTRY_POINT_GROUP", "ContactInfo", "TabPlugin", "TicketContext", "current_language"]
