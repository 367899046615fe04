"""Child processes for the benchmark: each starts fresh, so start-up and memory are real.

python -m benchmarks.probes startup-real DB | startup-bare | memory-app DB | memory-bare
Each prints PAINTED (startup-real first SIGN_IN_PAINTED and SUBMITTED), or MAXRSS_KB <n>.
"""

from __future__ import annotations

import os
import resource
import sys

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
    """The main window signed in, for the memory figure."""
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
    ctx.actor = auth.sign_in(data.db, "emma", "emma")
    window = MainWindow(ctx)
    window.show()
    window.repaint()
    return app, window


def _real_start(db_path: str) -> int:
    """The application's own start (app.main) with the credentials on the command line:
    prints SIGN_IN_PAINTED when the first window is on screen, SUBMITTED when the sign-in
    goes through, PAINTED when the main window is, then quits."""
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop import app as application

    class Watch(QObject):
        seen: set[str] = set()

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj.isWidgetType():
                name = obj.objectName()
                if name == "signInDialog" and name not in self.seen:
                    self.seen.add(name)
                    print("SIGN_IN_PAINTED", flush=True)
                elif name == "mainWindow" and name not in self.seen:
                    self.seen.add(name)
                    print("PAINTED", flush=True)
                    obj._pending_timer.stop()
                    QApplication.instance().exit(0)
            return False

    args = application.parse_args(["--data-dir", str(Path(db_path).parent), "--db-url", f"sqlite:///{db_path}",
                                   "--user", "emma", "--password", "emma", "--lang", "en"])
    app = application.Application(args)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(120_000, lambda: (print("TIMEOUT", flush=True), os._exit(3)))  # never hang the benchmark
    watch = Watch()
    app.qt.installEventFilter(watch)
    from sagicc_desktop.views import sign_in

    submit = sign_in.SignInDialog.submit

    def timed_submit(self):
        if self.ready:
            print("SUBMITTED", flush=True)
        return submit(self)

    sign_in.SignInDialog.submit = timed_submit
    try:
        app.run()
    finally:
        app.release()
    return 0


def peak_rss_kb() -> int:
    """This process's peak resident memory. Linux's ru_maxrss keeps the parent's peak across
    fork and exec (a probe started by a big benchmark process would report the benchmark's),
    so read the peak of this program's own memory map, VmHWM, where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> int:
    what = argv[0]
    if what == "startup-real":
        return _real_start(argv[1])
    if what == "startup-bare":
        app, window = _bare_window()
        print("PAINTED", flush=True)
        return 0
    if what == "memory-bare":
        app, window = _bare_window()
        print("MAXRSS_KB", peak_rss_kb(), flush=True)
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
        print("MAXRSS_KB", peak_rss_kb(), flush=True)
        return 0
    raise SystemExit(f"unknown probe {what}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
