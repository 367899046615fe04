"""U2, beyond the manuals: Away after the configured idle time, Available again on return.

An application-wide event filter would see every event of the application (paints, timers,
layouts: thousands when a ticket opens). So the filter is installed by the slow timer and
removes itself at the first key press or mouse event it sees: one input per timer period is
all that idleness needs (the Away then comes at most one period late). Only an Away that this
watcher set is undone by activity: an Away the user picked by hand stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..services import presence
from ..store.enums import Presence
from .context import AppContext

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    def __init__(self, ctx: AppContext, on_change: Callable[[Presence], None], parent=None,
                 check_ms: int = 30_000, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.ctx, self.on_change, self.clock = ctx, on_change, clock
        self.last_input = clock()
        self.set_away = False
        self.minutes = presence.away_after_minutes(ctx.db)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.listening = False
        if self.minutes:
            self._listen()
            self.timer.start()

    def _listen(self) -> None:
        if not self.listening:
            self.listening = True
            QApplication.instance().installEventFilter(self)

    def _stop_listening(self) -> None:
        if self.listening:
            self.listening = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if self.listening and event.type() in _INPUT:
            self.last_input = self.clock()
            QTimer.singleShot(0, self._stop_listening)  # not from inside the filter itself
            if self.set_away:
                self.set_away = False
                QTimer.singleShot(0, self._back)  # never write to the database inside a filter
        return False

    def check(self) -> None:
        self._listen()
        if self.set_away or not self.minutes or self.ctx.actor is None:
            return
        if self.clock() - self.last_input >= self.minutes * 60 and presence.went_idle(self.ctx.db, self.ctx.user):
            self.set_away = True
            self.on_change(Presence.AWAY)

    def _back(self) -> None:
        if self.ctx.actor is not None and presence.came_back(self.ctx.db, self.ctx.user):
            self.on_change(Presence.AVAILABLE)

    def stop(self) -> None:
        self.timer.stop()
        self._stop_listening()
