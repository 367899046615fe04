"""Stage two of the start: open the database while the sign-in window is already on screen.

Importing the ORM, checking the schema (and on a first demo start, filling it) takes longer
than showing a window, so a worker thread does it while the user types. It also imports the
main window's modules, so the window after sign-in paints at once. Results and errors come
back to the GUI thread as queued signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal


@dataclass
class Opened:
    data: object            # startup.OpenedData
    demo_users: list        # (user name, password, role) when the database holds demo data
    keychain_usable: bool
    keychain_backend: str
    filled_demo: bool


class BackgroundOpen(QObject):
    sig_opened = Signal(object)   # Opened
    sig_failed = Signal(object)   # the exception startup.open_data raised

    def __init__(self, data_dir: Path, db_url: str | None, fill_demo: bool, parent=None) -> None:
        super().__init__(parent)
        self.data_dir, self.db_url, self.fill_demo = data_dir, db_url, fill_demo
        self.thread = threading.Thread(target=self._run, name="open-database", daemon=True)

    def start(self) -> None:
        if not self.thread.is_alive() and self.thread.ident is None:
            self.thread.start()

    def _run(self) -> None:
        try:
            from .startup import fill_demo_if_empty, is_demo, open_data

            data = open_data(self.data_dir, self.db_url)
            filled = bool(self.fill_demo and fill_demo_if_empty(data))
            demo_users = []
            if is_demo(data.db):
                from .demo.seed import DEMO_USERS

                demo_users = [(u.username, u.password, u.role) for u in DEMO_USERS]
            from .services.keychain import keychain_status

            usable, backend = keychain_status()
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the user
            self.sig_failed.emit(exc)
            return
        self.sig_opened.emit(Opened(data, demo_users, usable, backend, filled))
        # Warm the modules the main window needs; an import error shows up when it is built.
        try:
            from .views import main_window  # noqa: F401
        except Exception:  # noqa: BLE001
            pass
