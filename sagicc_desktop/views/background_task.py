"""One slow service call (a merge, an import, a report) run off the GUI thread (decision 4).

The call gets its own thread, and with it its own database session (decision 5); progress,
the result and any error come back to the GUI thread as queued signals, so the window keeps
painting and a progress bar moves while the work goes on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class BackgroundTask(QObject):
    sig_progress = Signal(int, int)  # done, total
    sig_done = Signal(object)        # what the call returned
    sig_failed = Signal(object)      # the exception it raised

    def __init__(self, work: Callable[[Callable[[int, int], None]], object], parent=None) -> None:
        """`work(progress)` runs in the worker; it calls progress(done, total) as it goes."""
        super().__init__(parent)
        self._work = work
        self.thread = threading.Thread(target=self._run, name="background-task", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self.thread.join(timeout)
        return not self.thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(self.sig_progress.emit)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the window
            self.sig_failed.emit(exc)
            return
        self.sig_done.emit(result)
