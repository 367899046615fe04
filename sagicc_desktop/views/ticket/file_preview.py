"""T11: a look at an attachment without leaving the ticket: images, PDF pages and plain text.

The preview reads the blob file named by its hash (never by the user's file name); other
types say that there is no preview and point to Download.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from ..widgets import Retranslating, name

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/csv")
TEXT_PREVIEW_BYTES = 64 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # a bomb of a PNG is not decoded on the GUI thread
MAX_UPSCALE = 4


def kind_of(mime_type: str) -> str:
    """Which preview a type gets: image, pdf, text or none."""
    mime = (mime_type or "").lower()
    if mime.startswith("image/") and mime != "image/svg+xml":
        return "image"
    if mime == "application/pdf":
        return "pdf"
    if mime.startswith(TEXT_TYPES):
        return "text"
    return "none"


class FilePreview(Retranslating, QWidget):
    """Shows one file; show_file() picks the page, clear() shows the hint again."""

    def __init__(self, parent=None, object_name: str = "filePreview") -> None:
        super().__init__(parent)
        name(self, object_name)
        self.kind = "empty"
        self._pixmap = QPixmap()
        self.stack = QStackedWidget()
        self.message = name(QLabel(), object_name + "Message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(mid); padding: 12px;")
        self.image = name(QLabel(), object_name + "Image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumSize(40, 40)
        self.pdf_document = QPdfDocument(self)
        self.pdf = name(QPdfView(), object_name + "Pdf")
        self.pdf.setDocument(self.pdf_document)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text = name(QPlainTextEdit(), object_name + "Text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        for page in (self.message, self.image, self.pdf, self.text):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._message_key = "hint"
        self.retranslate()
        self.clear()

    # -- what to show ---------------------------------------------------------------------------
    def clear(self) -> None:
        self._show_message("hint")

    def show_file(self, path: Path, mime_type: str) -> str:
        """Preview the file at path; returns the kind shown (image, pdf, text or message)."""
        kind = kind_of(mime_type)
        if kind == "image" and self._load_image(path):
            self.kind = "image"
            self.stack.setCurrentWidget(self.image)
        elif kind == "pdf" and self._load_pdf(path):
            self.kind = "pdf"
            self.stack.setCurrentWidget(self.pdf)
        elif kind == "text" and self._load_text(path):
            self.kind = "text"
            self.stack.setCurrentWidget(self.text)
        else:
            self._show_message("unreadable" if kind != "none" else "no_preview")
        return self.kind

    def show_unavailable(self) -> None:
        """The bytes are missing (e.g. not synchronised yet): say so instead of a blank pane."""
        self._show_message("unreadable")

    def _load_image(self, path: Path) -> bool:
        reader = QImageReader(str(path))
        size = reader.size()
        if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
            return False
        image = reader.read()
        if image.isNull():
            return False
        self._pixmap = QPixmap.fromImage(image)
        self._scale()
        return True

    def _load_pdf(self, path: Path) -> bool:
        self.pdf_document.close()
        error = self.pdf_document.load(str(path))
        return error == QPdfDocument.Error.None_ and self.pdf_document.pageCount() > 0

    def _load_text(self, path: Path) -> bool:
        try:
            with open(path, "rb") as fh:
                data = fh.read(TEXT_PREVIEW_BYTES + 1)
        except OSError:
            return False
        text = data[:TEXT_PREVIEW_BYTES].decode("utf-8", errors="replace")
        if len(data) > TEXT_PREVIEW_BYTES:
            text += "\n…"
        self.text.setPlainText(text)
        return True

    def _show_message(self, key: str) -> None:
        self.kind = "message" if key != "hint" else "empty"
        self._message_key = key
        self._pixmap = QPixmap()
        self.image.clear()
        self.pdf_document.close()
        self.message.setText(self._messages()[key])
        self.stack.setCurrentWidget(self.message)

    def _messages(self) -> dict[str, str]:
        return {
            "hint": self.tr("Select a file to preview it."),
            "no_preview": self.tr("There is no preview for this type of file. Use Download to open it."),
            "unreadable": self.tr("This file cannot be shown; it may be damaged. Use Download to keep a copy."),
        }

    # -- images follow the size of the pane ------------------------------------------------------
    def _scale(self) -> None:
        if self._pixmap.isNull():
            return
        area = self.image.size()
        src = self._pixmap.size()
        limit = src * MAX_UPSCALE
        target = area.boundedTo(limit) if area.isValid() else src
        self.image.setPixmap(self._pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._scale()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("File preview"))
        self.image.setAccessibleName(self.tr("Image preview"))
        self.pdf.setAccessibleName(self.tr("PDF preview"))
        self.text.setAccessibleName(self.tr("Text preview"))
        self.message.setAccessibleName(self.tr("File preview"))
        if self.stack.currentWidget() is self.message:
            self.message.setText(self._messages()[self._message_key])


class FilePreviewDialog(Retranslating, QDialog):
    """The same preview in a window of its own, for a closer look (double-click a file)."""

    def __init__(self, title: str, path: Path, mime_type: str, parent=None) -> None:
        super().__init__(parent)
        name(self, "filePreviewDialog")
        self.file_title = title
        self.preview = FilePreview(self, "filePreviewLarge")
        self.buttons = name(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "filePreviewButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()
        self.preview.show_file(path, mime_type)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", self.file_title))
        self.setAccessibleName(self.windowTitle())
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        name(close, "filePreviewClose")
        close.setAccessibleName(self.tr("Close preview"))
