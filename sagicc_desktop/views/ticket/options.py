"""The ticket actions of the options menu (O1 reassign, O2 merge, O3 related tickets, O6 close,
O9 duplicate and delete), kept apart from the view that hosts them."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget


def install_ticket_actions(view: QWidget, menu: QMenu) -> None:
    """Add the ticket's actions to the options menu; the view is a views.ticket.view.TicketView."""
