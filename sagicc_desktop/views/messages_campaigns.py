"""The service-error sentences for campaigns, the task form designer and SLA rules (services/campaign_admin.py, task_form_design.py, sla_admin.py); messages.py merges DETAIL into its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - for the entries

# detail code (the error's first argument) -> sentence; %1 is details["limit"], %2 details["value"].
DETAIL: dict[str, str] = {
}


