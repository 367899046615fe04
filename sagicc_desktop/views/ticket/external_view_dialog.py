"""O5: the ticket's external view, previewed, opened in the browser or saved as HTML or PDF.

The page comes from services/external_view.py (the campaign's sections, never private notes or
internal interactions). "Open in browser" writes it beside the data (external/ in the data
folder) and hands it to the system's browser; "Save as HTML…" and "Save as PDF…" write where the
user chooses, to share. The PDF is the same HTML laid out by Qt's text engine on A4 pages.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout,
)

from ...services import external_view
from ...services.errors import ServiceError
from ..context import AppContext
from ..messages import show_error
from ..task_form import ui_language
from ..widgets import Retranslating, name

LANGUAGES = (("en", "English"), ("es", "Español"))  # said in their own language, as in Preferences
PDF_DPI = 96


def write_pdf(html: str, path: Path) -> None:
    """Lay the page out on A4 with 15 mm margins and write it as a PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(Path(path).stem)
    writer.setCreator("Sagicc Desktop")
    # The page's CSS sizes are in px: at 96 dots per inch a px is a px, as in a browser.
    writer.setResolution(PDF_DPI)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(PDF_DPI).size()))
    document.print_(writer)


class ExternalViewDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        name(self, "externalViewDialog")
        self.resize(820, 680)
        self.language = name(QComboBox(), "externalViewLanguage")
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))  # as the screen speaks
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.hint = name(QLabel(), "externalViewHint")
        self.hint.setWordWrap(True)
        self.preview = name(QTextBrowser(), "externalViewPreview")
        self.preview.setOpenExternalLinks(True)
        self.open_button = name(QPushButton(), "externalViewOpen")
        self.html_button = name(QPushButton(), "externalViewSaveHtml")
        self.pdf_button = name(QPushButton(), "externalViewSavePdf")
        self.buttons = name(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "externalViewButtons")
        for button in (self.open_button, self.html_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_in_browser)
        self.html_button.clicked.connect(lambda: self.save_html())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.page = self._build()  # raises ServiceError: the caller says why and opens nothing
        self.language.currentIndexChanged.connect(self._language_changed)
        self.retranslate()

    def _build(self) -> external_view.ExternalPage:
        page = external_view.external_view(self.ctx.db, self.ctx.user, self.ticket_id,
                                           language=self.language.currentData())
        self.preview.setHtml(page.html)
        return page

    def _language_changed(self) -> None:
        try:
            self.page = self._build()
        except ServiceError as exc:
            show_error(self, exc)

    # -- output ------------------------------------------------------------------------------
    def open_in_browser(self) -> Path | None:
        folder = self.ctx.data_dir / "external"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{self.page.file_stem}.html"
            path.write_text(self.page.html, encoding="utf-8")
        except OSError as exc:
            show_error(self, exc)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _target(self, suffix: str, title: str, kinds: str, path: str | None) -> Path | None:
        if path is None:
            start = str(Path.home() / f"{self.page.file_stem}{suffix}")
            path, _ = QFileDialog.getSaveFileName(self, title, start, kinds)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)

    def save_html(self, path: str | None = None) -> Path | None:
        target = self._target(".html", self.tr("Save the external view as HTML"), self.tr("Web page (*.html)"), path)
        if target is None:
            return None
        try:
            target.write_text(self.page.html, encoding="utf-8")
        except OSError as exc:
            show_error(self, exc)
            return None
        self.hint.setText(self.tr("Saved: %1").replace("%1", str(target)))
        return target

    def save_pdf(self, path: str | None = None) -> Path | None:
        target = self._target(".pdf", self.tr("Save the external view as PDF"), self.tr("PDF document (*.pdf)"), path)
        if target is None:
            return None
        try:
            with open(target, "ab"):
                pass  # a folder we cannot write to is said now, not as an empty PDF
            write_pdf(self.page.html, target)
        except OSError as exc:
            show_error(self, exc)
            return None
        self.hint.setText(self.tr("Saved: %1").replace("%1", str(target)))
        return target

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("External view of ticket #%1").replace("%1", str(self.page.number)))
        self.hint.setText(self.tr(
            "What people outside the company see of this ticket: the sections its campaign shares. "
            "Private notes and internal messages are never included."))
        self.language_label.setText(self.tr("&Language:"))
        self.open_button.setText(self.tr("&Open in browser"))
        self.html_button.setText(self.tr("Save as &HTML…"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.language.setAccessibleName(self.tr("Language of the page"))
        self.preview.setAccessibleName(self.tr("Preview of the external view"))
        self.hint.setAccessibleName(self.tr("About the external view"))
        self.open_button.setAccessibleName(self.tr("Open in browser"))
        self.html_button.setAccessibleName(self.tr("Save as HTML"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
