"""Child processes for the benchmark: each starts fresh, so start-up and memory are real.

python -m benchmarks.probes startup-app DB | startup-bare | memory-app DB | memory-bare
Each prints one line: PAINTED, or MAXRSS_KB <n>.
"""

from __future__ import annotations

import os
import resource
import sys
import time

# How long the deliberately slow password check took (Argon2): reported apart from start-up.
window_hash_ms: list[float] = []

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def _bare_window():
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1360, 860)
    window.show()
    window.repaint()
    return app, window


def _app_window(db_path: str):
    """The real start: translations, open and check the database, sign in, main window."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from sagicc_desktop import i18n
    from sagicc_desktop.services import auth
    from sagicc_desktop.startup import open_data
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.main_window import MainWindow

    app = QApplication([])
    i18n.install_translators(app, "en")
    folder = Path(db_path).parent
    data = open_data(folder, f"sqlite:///{db_path}")
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=folder)
    t0 = time.perf_counter()
    ctx.actor = auth.sign_in(data.db, "emma", "emma")
    window_hash_ms.append((time.perf_counter() - t0) * 1000)
    window = MainWindow(ctx)
    window.show()
    window.repaint()
    return app, window


def main(argv: list[str]) -> int:
    what = argv[0]
    if what == "startup-bare":
        app, window = _bare_window()
        print("PAINTED", flush=True)
        return 0
    if what == "startup-app":
        app, window = _app_window(argv[1])
        print("PAINTED", flush=True)
        print("SIGN_IN_MS", window_hash_ms[0], flush=True)
        window._pending_timer.stop()
        return 0
    if what == "memory-bare":
        app, window = _bare_window()
        print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        return 0
    if what == "memory-app":
        app, window = _app_window(argv[1])
        model = window.tickets_page.model
        while not model.count_known:  # the count arrives from its worker thread
            app.processEvents()
        window.resize(1360, 860)
        app.processEvents()
        table = window.tickets_page.table
        bar = table.verticalScrollBar()
        step = 100  # one model page per step: every page of the list is read and painted
        for value in range(0, bar.maximum() + step, step):
            bar.setValue(value)
            table.viewport().repaint()
            if value % 20_000 == 0:
                app.processEvents()
        print("ROWS", model.rowCount(), "PAGES_READ", model.page_reads, "STEPS", bar.maximum() // step + 1, flush=True)
        print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        return 0
    raise SystemExit(f"unknown probe {what}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
