"""Save a copy of an attachment where the user chooses: the ticket's Attachments tab and the
customer profile's files offer the same dialog and the same copy."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ...services import attachments
from ...services.errors import ServiceError
from ..messages import show_error
from ..widgets import name


def ask_save_target(parent: QWidget, title: str, filename: str, object_name: str,
                    chosen: Callable[[Path], object]) -> QFileDialog:
    """A non-blocking Save dialog proposing `filename`; `chosen(target)` runs on acceptance."""
    dialog = QFileDialog(parent, title)
    name(dialog, object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(filename)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda target: chosen(Path(target)))
    dialog.open()
    return dialog


def save_copy(parent: QWidget, ctx, attachment_id: uuid.UUID, target: Path) -> bool:
    """Copy the file's bytes to target; a refusal or a disk error is said to the user."""
    try:
        attachments.save_copy(ctx.db, ctx.blobs, ctx.user, attachment_id, target)
    except (ServiceError, OSError) as exc:
        show_error(parent, exc)
        return False
    return True
