"""The ticket actions of the options menu (O1 reassign, O2 merge, O3 related tickets, O4 send
transcript, O5 external view, O6 close, O9 duplicate and delete), kept apart from the view that hosts them.

The services enforce every rule; the menu mirrors them (services.ticket_actions.blocked_actions),
so an action the user may not take is disabled with a tooltip saying why.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QMetaMethod, QObject, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ...services import ticket_actions
from ...services.errors import ServiceError
from ..messages import read_only_text, show_error
from ..widgets import name
from .confirm import confirm
from .external_view_dialog import ExternalViewDialog
from .merge_dialog import MergeDialog
from .reassign_dialog import ReassignDialog
from .related_dialog import RelatedDialog
from .transcript_dialog import TranscriptDialog

_ADMIN_ONLY = QT_TRANSLATE_NOOP("TicketActions", "Only administrators can do this.")


def why_blocked(reason: str) -> str:
    """The tooltip of an action blocked for `reason` (a services.ticket_actions code)."""
    if reason == ticket_actions.ADMIN_ONLY:
        return QCoreApplication.translate("TicketActions", _ADMIN_ONLY)
    return read_only_text(reason)


class TicketActions(QObject):
    """Owns the seven actions; asks the main window to open another ticket with sig_open_ticket."""

    sig_open_ticket = Signal(object)

    def __init__(self, view, menu: QMenu) -> None:
        super().__init__(view)
        name(self, "ticketActions")
        self.view, self.menu = view, menu
        self.actions: dict[str, QAction] = {}
        for key, slot in (("reassign", self.reassign), ("merge", self.merge), ("related", self.related),
                          ("transcript", self.transcript), ("external", self.external_view), ("close", self.close),
                          ("duplicate", self.duplicate), ("delete", self.delete)):
            action = name(QAction(view), f"{key}Action")
            action.triggered.connect(slot)
            self.actions[key] = action
        for key in ("reassign", "merge", "related", "transcript", "external", "close"):
            menu.addAction(self.actions[key])
        menu.addSeparator()
        menu.addAction(self.actions["duplicate"])
        menu.addAction(self.actions["delete"])
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self.update_states)
        view.installEventFilter(self)
        self.dialog: QWidget | None = None
        self.retranslate()
        self.update_states()

    @property
    def ctx(self):
        return self.view.ctx

    # -- state -------------------------------------------------------------------------------
    def update_states(self) -> None:
        try:
            blocked = ticket_actions.blocked_actions(self.ctx.db, self.ctx.user, self.view.ticket_id)
        except ServiceError:
            blocked = dict.fromkeys(self.actions, ticket_actions.CLOSED)
        blocked.setdefault("transcript", blocked.get("relate"))  # sending needs a ticket one may change
        for key, action in self.actions.items():
            reason = blocked.get(key)
            action.setEnabled(reason is None)
            action.setToolTip(why_blocked(reason) if reason else self._hints[key])
        self.blocked = blocked

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update_states()
        return False

    def retranslate(self) -> None:
        texts = {
            "reassign": (self.tr("Reassign…"), self.tr("Give the ticket to another user, or leave it unassigned")),
            "merge": (self.tr("Merge with another ticket…"), self.tr("Merge this ticket into another one")),
            "related": (self.tr("Related tickets…"), self.tr("List, add, remove and open related tickets")),
            "transcript": (self.tr("Send transcript…"),
                           self.tr("E-mail the whole conversation (never the notes) to the customer")),
            "external": (self.tr("External view…"),
                         self.tr("The public, read-only view of the ticket: open it in the browser or save it "
                                 "as HTML or PDF to share")),
            "close": (self.tr("Close ticket…"), self.tr("Close the ticket for good")),
            "duplicate": (self.tr("Duplicate ticket"), self.tr("A new ticket with the same data")),
            "delete": (self.tr("Delete ticket…"), self.tr("Delete the ticket")),
        }
        self._hints = {k: hint for k, (_text, hint) in texts.items()}
        for key, (text, _hint) in texts.items():
            self.actions[key].setText(text)

    def _opening_connected(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.sig_open_ticket))

    def _after_change(self) -> None:
        self.update_states()
        self.view.refresh()

    # -- O1 ----------------------------------------------------------------------------------
    def reassign(self) -> ReassignDialog | None:
        try:
            dialog = ReassignDialog(self.ctx, self.view.ticket_id, self.view)
        except ServiceError as exc:
            show_error(self.view, exc)
            return None
        dialog.sig_reassigned.connect(self.view.exit)  # the reassigning user leaves the ticket
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- O2 ----------------------------------------------------------------------------------
    def merge(self) -> MergeDialog | None:
        try:
            dialog = MergeDialog(self.ctx, self.view.ticket_id, self.view)
        except ServiceError as exc:
            show_error(self.view, exc)
            return None
        dialog.sig_merged.connect(self._merged)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, survivor_id: uuid.UUID) -> None:
        if self._opening_connected():
            self.sig_open_ticket.emit(survivor_id)  # on to the surviving ticket
        else:
            self._after_change()

    # -- O3 ----------------------------------------------------------------------------------
    def related(self) -> RelatedDialog | None:
        try:
            dialog = RelatedDialog(self.ctx, self.view.ticket_id, self.view)
        except ServiceError as exc:
            show_error(self.view, exc)
            return None
        dialog.sig_open_ticket.connect(self.sig_open_ticket)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- O4 ----------------------------------------------------------------------------------
    def transcript(self) -> TranscriptDialog | None:
        try:
            dialog = TranscriptDialog(self.ctx, self.view.ticket_id, self.view)
        except ServiceError as exc:
            show_error(self.view, exc)
            return None
        dialog.sig_queued.connect(self._queued)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- O5 ----------------------------------------------------------------------------------
    def external_view(self) -> ExternalViewDialog | None:
        try:
            dialog = ExternalViewDialog(self.ctx, self.view.ticket_id, self.view)
        except ServiceError as exc:
            show_error(self.view, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _queued(self, _interaction_id) -> None:
        wake = getattr(self.view.window(), "wake_outbox", None)  # MainWindow: send it now
        if callable(wake):
            wake()
        self.view.refresh()

    # -- O6 ----------------------------------------------------------------------------------
    def close(self) -> QMessageBox:
        number = self.view.header.number.text()
        box = confirm(
            self.view, "closeTicketConfirm", self.tr("Close ticket"),
            self.tr("Close ticket %1? A closed ticket cannot be reopened or changed.").replace("%1", number),
            self.tr("Close ticket"), self._close,
        )
        self.dialog = box
        return box

    def _close(self) -> None:
        """As the manual says: once closed, the user goes back to the Tickets module (and is
        Available again) to go on working."""
        try:
            ticket_actions.close(self.ctx.db, self.ctx.user, self.view.ticket_id)
        except ServiceError as exc:
            show_error(self.view, exc)
            self._after_change()
            return
        self.view.exit()

    # -- O9 ----------------------------------------------------------------------------------
    def duplicate(self) -> None:
        try:
            new_id = ticket_actions.duplicate(self.ctx.db, self.ctx.user, self.view.ticket_id)
        except ServiceError as exc:
            show_error(self.view, exc)
            return
        self.last_duplicate = new_id
        if self._opening_connected():
            self.sig_open_ticket.emit(new_id)

    def delete(self) -> QMessageBox:
        number = self.view.header.number.text()
        box = confirm(
            self.view, "deleteTicketConfirm", self.tr("Delete ticket"),
            self.tr("Delete ticket %1? It disappears from every list.").replace("%1", number),
            self.tr("Delete ticket"), self._delete,
        )
        self.dialog = box
        return box

    def _delete(self) -> None:
        try:
            ticket_actions.delete(self.ctx.db, self.ctx.user, self.view.ticket_id)
        except ServiceError as exc:
            show_error(self.view, exc)
            return
        self.view.exit()


def install_ticket_actions(view: QWidget, menu: QMenu) -> TicketActions:
    """Add the ticket's actions to the options menu; the view is a views.ticket.view.TicketView."""
    return TicketActions(view, menu)
