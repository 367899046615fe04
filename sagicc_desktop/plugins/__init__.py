"""Finding additional ticket tabs (T13) through Python entry points, safely.

Installed packages publish plugins under the entry-point group ``sagicc_desktop.tabs``
(see docs/plugins.md and plugins/api.py). A plugin that fails to import, to construct, to name
itself or to build its widget is skipped with a logged warning: a broken integration never
breaks the ticket view.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points

from PySide6.QtWidgets import QWidget

from .api import API_VERSION, ENTRY_POINT_GROUP, KEY_PATTERN, TabPlugin, TicketContext

log = logging.getLogger(__name__)

#: The ticket view's own tabs; no plugin may take their keys (a test keeps this in step).
BUILT_IN_KEYS = frozenset({
    "ticket", "customer", "contact", "account", "conversation", "script", "agenda", "tasks", "history",
    "attachments", "notes",
})


def _instantiate(ep: EntryPoint) -> object:
    obj = ep.load()
    return obj() if isinstance(obj, type) else obj


def _problem(plugin: object, reserved: set[str], seen: set[str]) -> str | None:
    """Why a loaded object cannot be used as a tab plugin, or None when it can."""
    key = getattr(plugin, "key", None)
    if not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        return f"has no valid key (got {key!r})"
    if not callable(getattr(plugin, "title", None)) or not callable(getattr(plugin, "create", None)):
        return "lacks title(language) or create(context)"
    version = getattr(plugin, "api_version", API_VERSION)
    if version != API_VERSION:
        return f"was written for plugin API {version!r}, this is {API_VERSION}"
    if key in reserved:
        return f"uses the key of a built-in tab: {key}"
    if key in seen:
        return f"repeats the key of another plugin: {key}"
    return None


def discover(reserved: Iterable[str] = (), eps: Iterable[EntryPoint] | None = None) -> list[TabPlugin]:
    """Every usable tab plugin, ordered by key. `eps` defaults to the installed entry points."""
    found: list[TabPlugin] = []
    seen: set[str] = set()
    reserved = set(reserved) | BUILT_IN_KEYS
    for ep in (entry_points(group=ENTRY_POINT_GROUP) if eps is None else eps):
        try:
            plugin = _instantiate(ep)
        except Exception:  # noqa: BLE001 - any failure of third-party code is skipped
            log.warning("tab plugin %s (%s) failed to load; skipped", ep.name, ep.value, exc_info=True)
            continue
        problem = _problem(plugin, reserved, seen)
        if problem:
            log.warning("tab plugin %s (%s) %s; skipped", ep.name, ep.value, problem)
            continue
        seen.add(plugin.key)
        found.append(plugin)  # type: ignore[arg-type]
    return sorted(found, key=lambda p: p.key)


@lru_cache(maxsize=4)
def installed_tabs(reserved: frozenset[str] = frozenset()) -> tuple[TabPlugin, ...]:
    """discover() once per run: plugins are installed packages, they do not change while running."""
    return tuple(discover(reserved))


def tab_title(plugin: TabPlugin, language: str) -> str:
    """The plugin's title, or its key when title() fails or returns nothing usable."""
    try:
        title = plugin.title(language)
    except Exception:  # noqa: BLE001
        log.warning("tab plugin %s: title() failed", plugin.key, exc_info=True)
        return plugin.key
    return title if isinstance(title, str) and title.strip() else plugin.key


def create_tab(plugin: TabPlugin, context: TicketContext) -> QWidget | None:
    """The plugin's widget for this ticket, or None (logged) when it raises or returns no widget."""
    try:
        widget = plugin.create(context)
    except Exception:  # noqa: BLE001
        log.warning("tab plugin %s failed to build its tab for ticket %s; skipped",
                    plugin.key, context.ticket_number, exc_info=True)
        return None
    if not isinstance(widget, QWidget):
        log.warning("tab plugin %s returned %s instead of a QWidget; skipped", plugin.key, type(widget).__name__)
        return None
    if not widget.objectName():
        widget.setObjectName(f"pluginTab_{plugin.key}")
    return widget


__all__ = ["BUILT_IN_KEYS", "create_tab", "discover", "installed_tabs", "tab_title"]
