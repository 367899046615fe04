"""Which parts of a ticket its public external view (O5) shows, as the campaign sets them (A2).

Stored in Campaign.external_view_sections as {section: bool}. A section the campaign never set
takes its default here, so campaigns made before a section existed keep a sensible view. Private
notes and internal interactions are never a section: the external view cannot show them at all.
"""

from __future__ import annotations

from collections.abc import Mapping

CUSTOMER, TICKET, CONVERSATION, TASKS, ATTACHMENTS, SURVEYS = (
    "customer", "ticket", "conversation", "tasks", "attachments", "surveys")
SECTIONS = (CUSTOMER, TICKET, CONVERSATION, TASKS, ATTACHMENTS, SURVEYS)
DEFAULTS = {CUSTOMER: True, TICKET: True, CONVERSATION: False, TASKS: True, ATTACHMENTS: False, SURVEYS: True}


def effective_sections(stored: Mapping | None) -> dict[str, bool]:
    """Every section with its value: the stored one where set, else the default; unknown keys drop."""
    stored = stored or {}
    return {key: bool(stored.get(key, DEFAULTS[key])) for key in SECTIONS}
