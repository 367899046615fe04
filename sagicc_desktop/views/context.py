"""What every screen needs: the database, the blob store and the signed-in user."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..services.actor import Actor
from ..store.blobs import BlobStore
from ..store.database import Database


@dataclass
class AppContext:
    db: Database
    blobs: BlobStore
    data_dir: Path
    actor: Actor | None = None
    # Show a customer's profile (set by the main window): tabs and dialogs anywhere ask for it
    # here rather than knowing the window. None where there is no window (a lone test widget).
    open_customer: Callable[[uuid.UUID], None] | None = None

    def prefs(self):
        """This workstation's own preferences (devices, softphone), beside the database.

        The same sagicc.ini the application keeps its language in; Qt shares one file
        between QSettings objects of a process.
        """
        from PySide6.QtCore import QSettings

        return QSettings(str(self.data_dir / "sagicc.ini"), QSettings.Format.IniFormat)

    @property
    def user(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("nobody is signed in")
        return self.actor
