"""Start-up: arguments, the data folder and its lock, translations, the database, sign-in, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("sagicc_desktop")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sagicc-desktop", description="Sagicc Desktop agent workspace")
    parser.add_argument("--data-dir", type=Path, help="folder for the database and attachments")
    parser.add_argument("--db-url", help="a database URL instead of the folder's SQLite file (team mode)")
    parser.add_argument("--demo", action="store_true", help="fill a fresh database with demo data")
    parser.add_argument("--lang", choices=("en", "es"), help="interface language")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, show the sign-in window, print SAGICC_READY and quit")
    parser.add_argument("--user", help=argparse.SUPPRESS)
    parser.add_argument("--password", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


class Application:
    """Holds what lives as long as the process: the Qt app, the lock, the open data."""

    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from . import i18n
        from .data_folder import default_data_dir

        self.args = args
        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        self.qt.setApplicationName("Sagicc Desktop")
        self.qt.setOrganizationName("Sagicc")
        self.data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.prefs = QSettings(str(self.data_dir / "sagicc.ini"), QSettings.Format.IniFormat)
        self.window = None
        self.ctx = None
        self.language = args.lang or str(self.prefs.value("language", "")) or i18n.system_language()
        self.set_language(self.language)

    def set_language(self, language: str) -> None:
        from PySide6.QtCore import QLocale

        from . import i18n

        self.language = language
        i18n.install_translators(self.qt, language)
        QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English,
                                   QLocale.Country.Colombia if language == "es" else QLocale.Country.UnitedStates))
        self.prefs.setValue("language", language)
        if self.ctx is not None and self.ctx.actor is not None:
            from .services.auth import set_locale

            set_locale(self.ctx.db, self.ctx.actor.user_id, language)

    def fail(self, title: str, text: str) -> int:
        """Tell the user what stopped the start, in their language; nothing was changed."""
        print(f"{title}: {text}", file=sys.stderr)
        if not self.args.smoke_test:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, title, text)
        return 2

    def run(self) -> int:
        """Stage one shows the sign-in window at once; stage two (background_open) opens the
        database meanwhile. Signing in waits for it, so a fast typist loses nothing."""
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

        from .background_open import BackgroundOpen
        from .data_folder import AlreadyRunning, acquire_lock

        def tr(text: str) -> str:
            return QCoreApplication.translate("Application", text)

        title = tr(QT_TRANSLATE_NOOP("Application", "Sagicc Desktop cannot start"))
        try:
            self.lock = acquire_lock(self.data_dir)
        except AlreadyRunning:
            return self.fail(title, tr(QT_TRANSLATE_NOOP("Application", "Sagicc Desktop is already running with this data folder:\n%1\n"
                                       "Switch to the open window, or close it first.")).replace("%1", str(self.data_dir)))

        self.exit_code = 0
        self.keychain_note = ""
        self._title = title
        self.dialog = dialog = self._sign_in_dialog()
        # Signals go to methods of this object, never to closures holding the dialog: Qt
        # objects must be gone before the QApplication is (release() below).
        self.opener = opener = BackgroundOpen(self.data_dir, self.args.db_url, self.args.demo)
        opener.sig_opened.connect(self._opened)
        opener.sig_failed.connect(self._open_failed)
        # Started once the window is painted: the thread's imports would otherwise hold the
        # interpreter lock while the window is being built.
        dialog.sig_first_paint.connect(opener.start)
        QTimer.singleShot(500, opener, opener.start)  # and in any case soon, should no paint come
        if self.args.user and self.args.password:
            dialog.username.setText(self.args.user)
            dialog.password.setText(self.args.password)
            dialog.submit()  # completes once the database is open
        if self.args.smoke_test:
            dialog.show()
            return self.qt.exec() or self.exit_code
        dialog.exec()
        if dialog.actor is None:
            return self.exit_code
        self.show_main_window(dialog.actor)
        return self.qt.exec()

    def release(self) -> None:
        """Delete the windows and helpers while the QApplication still exists (deleting them
        during interpreter shutdown, after it, crashes)."""
        if getattr(self, "opener", None) is not None:
            self.opener.thread.join(timeout=10)
        for attr in ("window", "dialog", "opener"):
            widget = getattr(self, attr, None)
            if widget is not None:
                setattr(self, attr, None)
                widget.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _opened(self, opened) -> None:
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

        from .models.labels import label
        from .views.context import AppContext

        data = opened.data
        self.ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=self.data_dir)
        if opened.filled_demo:
            log.info("demo data created in %s", self.data_dir)
        if not opened.keychain_usable:
            self.keychain_note = QCoreApplication.translate("Application", QT_TRANSLATE_NOOP(
                "Application", "No keychain is available on this workstation (%1): passwords for team mode and "
                "channels cannot be saved, everything else works.")).replace("%1", opened.keychain_backend)
            print(f"keychain: {self.keychain_note}", file=sys.stderr)
        if self.dialog is not None:
            self.dialog.set_ready(self.ctx, [(u, p, label(r)) for u, p, r in opened.demo_users])
        if self.args.smoke_test:
            QTimer.singleShot(0, lambda: (print("SAGICC_READY sign-in", flush=True), self.qt.exit(0)))

    def _open_failed(self, exc: Exception) -> None:
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

        from .store.database import CorruptDatabase, NewerDatabase, ReadOnlyDatabase

        def tr(text: str) -> str:
            return QCoreApplication.translate("Application", text)

        if isinstance(exc, CorruptDatabase):
            text = (tr(QT_TRANSLATE_NOOP("Application", "The database file is damaged and cannot be opened. It has not been "
                                         "changed. Restore a backup, or move the file away to start empty:\n%1"))
                    .replace("%1", str(self.data_dir)) + f"\n({exc})")
        elif isinstance(exc, ReadOnlyDatabase):
            text = tr(QT_TRANSLATE_NOOP("Application", "The database file cannot be written (it or its folder is read-only). "
                                        "Nothing has been changed. Check the permissions of:\n%1")).replace("%1", str(self.data_dir))
        elif isinstance(exc, NewerDatabase):
            text = tr(QT_TRANSLATE_NOOP("Application", "This database was written by a newer version of Sagicc Desktop. "
                                        "Install the newer version; the file has not been touched:\n%1")).replace("%1", str(self.data_dir))
        else:
            text = tr(QT_TRANSLATE_NOOP("Application", "The database could not be opened: %1")).replace("%1", str(exc))
        if self.dialog is not None:
            self.dialog.hide()
        self.exit_code = self.fail(self._title, text)
        if self.dialog is not None:
            self.dialog.reject()
        if self.args.smoke_test:
            self.qt.exit(self.exit_code)

    def _sign_in_dialog(self):
        from .views.sign_in import SignInDialog

        dialog = SignInDialog(self.ctx, language=self.language)
        dialog.sig_language_changed.connect(self.set_language)
        return dialog

    def show_main_window(self, actor) -> None:
        from .views.main_window import MainWindow

        self.ctx.actor = actor
        if actor.locale in ("en", "es") and actor.locale != self.language and not self.args.lang:
            self.set_language(actor.locale)
        else:
            self.set_language(self.language)
        self.window = MainWindow(self.ctx, self.language)
        self.window.sig_language.connect(self.set_language)
        self.window.sig_signed_out.connect(self._signed_out)
        if self.keychain_note:
            self.window.statusBar().showMessage(self.keychain_note, 20_000)
        self.window.show()
        from PySide6.QtCore import QTimer

        # The mail workers import smtplib, imaplib and email: after the window is on screen.
        QTimer.singleShot(1500, self.window, self.window.start_channels)

    def _signed_out(self) -> None:
        from PySide6.QtCore import QTimer

        def again() -> None:
            self.ctx.actor = None
            dialog = self._sign_in_dialog()
            dialog.exec()
            if dialog.actor is None:
                self.qt.quit()
            else:
                self.show_main_window(dialog.actor)

        QTimer.singleShot(0, again)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("SAGICC_LOG", "WARNING"))
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = Application(args)
    try:
        code = app.run()
    finally:
        app.release()
    if app.ctx is not None:
        app.ctx.db.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
