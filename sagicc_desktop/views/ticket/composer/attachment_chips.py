"""The files going out with a message, shown as removable chips; files dropped on the composer
land here after the channel's size and type limits are checked (by the composer, with the
outgoing service's own rules)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ....services.attachments import human_size, mime_type_of
from ...icons import icon
from ...widgets import Retranslating, name


@dataclass(frozen=True)
class PendingFile:
    path: Path
    filename: str
    mime_type: str
    size: int
    is_voice_note: bool = False

    @classmethod
    def of(cls, path: Path, *, mime_type: str | None = None, is_voice_note: bool = False) -> "PendingFile":
        guessed = mime_type or mime_type_of(path.name)
        return cls(path, path.name, guessed, path.stat().st_size, is_voice_note)

    def payload(self) -> dict:
        return {"path": str(self.path), "filename": self.filename, "mime_type": self.mime_type,
                "is_voice_note": self.is_voice_note}


class AttachmentChips(Retranslating, QWidget):
    """A row of chips: the file's name and size, and a button to take it off the message."""

    sig_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        name(self, "composerAttachments")
        self.files: list[PendingFile] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.setVisible(False)
        self.retranslate()

    def add(self, pending: PendingFile) -> None:
        self.files.append(pending)
        self._rebuild()

    def remove(self, index: int) -> None:
        del self.files[index]
        self._rebuild()

    def clear(self) -> None:
        self.files = []
        self._rebuild()

    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    def _rebuild(self) -> None:
        while self._row.count() > 1:
            item = self._row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for index, f in enumerate(self.files):
            chip = name(QWidget(), f"attachmentChip{index}")
            chip.setStyleSheet("QWidget#%s { background: palette(alternate-base); border-radius: 9px; }"
                               % chip.objectName())
            layout = QHBoxLayout(chip)
            layout.setContentsMargins(8, 2, 2, 2)
            glyph = "fa5s.microphone" if f.is_voice_note else "fa5s.paperclip"
            text = name(QLabel(f"{f.filename} · {human_size(f.size)}"), f"attachmentChipText{index}")
            badge = QLabel()
            badge.setPixmap(icon(glyph).pixmap(12, 12))
            remove = name(QToolButton(), f"removeAttachment{index}",
                          self.tr("Remove %1").replace("%1", f.filename))
            remove.setIcon(icon("fa5s.times"))
            remove.setAutoRaise(True)
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(lambda _c=False, i=index: self.remove(i))
            layout.addWidget(badge)
            layout.addWidget(text)
            layout.addWidget(remove)
            self._row.insertWidget(index, chip)
        self.setVisible(bool(self.files))
        self.sig_changed.emit()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Files to send"))
        if self.files:
            self._rebuild()
