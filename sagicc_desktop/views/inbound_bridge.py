"""Incoming e-mail for the window: runs the IMAP worker and reports on the GUI thread.

The worker (channels/imap_worker.py) polls off the GUI thread (decision 4) and calls back on
its own thread; this object re-emits those calls as Qt signals. A signal emitted from the
worker thread reaches slots of objects living in the GUI thread as a queued call, so the
slots run on the GUI thread and may touch widgets.

Wiring it in the main window (one bridge per signed-in AppContext)::

    self.inbound = InboundBridge(ctx, parent=self)
    self.inbound.sig_arrived.connect(self._on_mail_arrived)  # (ticket_id, interaction_id, kind)
    self.inbound.sig_error.connect(self._on_mail_error)      # (channel_id, message)
    self.inbound.start()
    ...
    # closeEvent / sign-out: stop before the database is closed
    self.inbound.stop()

``kind`` is one of services.inbound.KINDS ("new_ticket", "continued", "held", "bounce",
"auto_reply"); ids are uuid hex strings, empty for a held message (no ticket yet). A slot
typically refreshes the ticket list, the open ticket's timeline when its id matches, and the
notifications; sig_error is worth a status-bar line, not a dialog (the worker keeps retrying).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from ..channels.imap_worker import ImapWorker
from .context import AppContext

DEFAULT_INTERVAL_S = 60.0


def _hex(value: uuid.UUID | None) -> str:
    return value.hex if value is not None else ""


class InboundBridge(QObject):
    sig_arrived = Signal(str, str, str)
    sig_error = Signal(str, str)

    def __init__(self, ctx: AppContext, *, interval: float = DEFAULT_INTERVAL_S, parent: QObject | None = None,
                 **worker_options) -> None:
        super().__init__(parent)
        self.setObjectName("inboundBridge")
        self.worker = ImapWorker(ctx.db, ctx.blobs, interval=interval, on_new=self._arrived,
                                 on_error=self._failed, **worker_options)

    # Called on the worker thread: only emit.
    def _arrived(self, ticket_id: uuid.UUID | None, interaction_id: uuid.UUID | None, kind: str) -> None:
        self.sig_arrived.emit(_hex(ticket_id), _hex(interaction_id), kind)

    def _failed(self, channel_id: uuid.UUID, message: str) -> None:
        self.sig_error.emit(_hex(channel_id), message)

    @property
    def running(self) -> bool:
        return self.worker.running

    def start(self) -> None:
        self.worker.start()

    def poll_now(self) -> None:
        self.worker.wake()

    def stop(self, timeout: float = 15.0) -> bool:
        return self.worker.stop(timeout)
