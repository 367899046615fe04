"""Where each panel tab's widget class lives, imported the first time the tab is shown.

One line per tab keeps tab modules independent of each other, and opening a ticket only
imports the code of the tabs on screen. Plugin tabs (T13) are added at run time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

TAB_CLASSES: dict[str, str] = {
    "customer": "sagicc_desktop.views.ticket.customer_tab:CustomerTab",
    "contact": "sagicc_desktop.views.ticket.contact_tab:ContactTab",
    "account": "sagicc_desktop.views.ticket.account_tab:AccountTab",
    "conversation": "sagicc_desktop.views.ticket.conversation.tab:ConversationTab",
    "script": "sagicc_desktop.views.ticket.simple_tabs:ScriptTab",
    "agenda": "sagicc_desktop.views.ticket.agenda_tab:AgendaTab",
    "tasks": "sagicc_desktop.views.ticket.tasks_tab:TasksTab",
    "history": "sagicc_desktop.views.ticket.history_tab:HistoryTab",
    "attachments": "sagicc_desktop.views.ticket.attachments_tab:AttachmentsTab",
    "notes": "sagicc_desktop.views.ticket.notes_tab:NotesTab",
}


def tab_class(key: str) -> Callable:
    """The widget class of a tab: called as cls(ctx, ticket_id)."""
    module, _, attr = TAB_CLASSES[key].partition(":")
    return getattr(importlib.import_module(module), attr)
