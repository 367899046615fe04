"""The Import section: where a centre brings its customers and tickets from its old system."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..context import AppContext
from ..widgets import Retranslating, name


class ImportPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "importPage")
        self.title = name(QLabel(), "importTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.intro = name(QLabel(), "importIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = name(QPushButton(), "importStart")
        self.start_button.clicked.connect(self.start)
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def available_to(actor) -> bool:
        return actor.is_admin

    def start(self):
        from .import_dialog import ImportDialog

        self.dialog = ImportDialog(self.ctx, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.title.setText(self.tr("Import from CSV"))
        self.intro.setText(self.tr(
            "<p>Bring customers (with their document, names, phones and e-mail) or tickets from another "
            "system as CSV files, as spreadsheets export them.</p>"
            "<p>You match the file's columns to the fields, every row is checked first, and a report says "
            "which rows were refused and why. Nothing is half imported: either every row goes in, or, "
            "if you choose, only the valid ones.</p>"))
        self.start_button.setText(self.tr("&Import a CSV file…"))
        self.start_button.setAccessibleName(self.tr("Import a CSV file"))
        self.intro.setAccessibleName(self.tr("About importing"))
