"""The outbox worker seen from Qt: starts and stops it, and tells the GUI thread of each change.

The worker (channels/outbox_worker.py) is a plain thread; its on_state callback runs on that
thread. The bridge turns it into sig_state_changed(interaction id, state value) delivered on
the GUI thread through a queued connection, so slots may touch widgets.

Wiring it in the main window (after sign-in, once the AppContext has its user)::

    self.outbox = OutboxBridge(ctx, parent=self)
    self.outbox.sig_state_changed.connect(conversation.update_state)  # refresh one row
    self.outbox.start()
    # after queue_message / retry in the composer or the timeline:
    self.outbox.wake()
    # in closeEvent (or when signing out), before the database is disposed:
    self.outbox.stop()

stop() waits at most `timeout` seconds for a send in progress; if the thread is still in the
middle of one (a slow server) it is left to end on its own as a daemon thread, and whatever
it had claimed is sent again at the next start (docs/outbox.md explains why that is safe).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from ..channels.outbox_worker import OutboxWorker, Transport, default_transports
from ..services.outbox import DEFAULT_BACKOFF, Backoff
from ..store.enums import ChannelKind
from .context import AppContext


class OutboxBridge(QObject):
    #: (interaction id as text, state: "queued", "sending", "sent", "failed" or "cancelled")
    sig_state_changed = Signal(str, str)
    _sig_from_worker = Signal(str, str)  # emitted on the worker's thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 transports: dict[ChannelKind, Transport] | None = None,
                 backoff: Backoff = DEFAULT_BACKOFF, poll_s: float = 60.0) -> None:
        super().__init__(parent)
        self.setObjectName("outboxBridge")
        self.ctx, self.backoff, self.poll_s = ctx, backoff, poll_s
        self.transports = transports if transports is not None else default_transports(ctx.blobs)
        self._worker: OutboxWorker | None = None
        self._sig_from_worker.connect(self.sig_state_changed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._worker = OutboxWorker(self.ctx.db, self.transports, backoff=self.backoff,
                                    on_state=self._sig_from_worker.emit, poll_s=self.poll_s)
        self._worker.start()

    def wake(self) -> None:
        """Something was queued or retried: look at the outbox now."""
        if self._worker is not None:
            self._worker.wake()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop the worker; True when it has ended within `timeout`."""
        worker, self._worker = self._worker, None
        return worker.stop(timeout) if worker is not None else True
