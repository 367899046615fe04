"""Import customers or tickets from a CSV (issue 6), so a centre can start from its old system.

Steps, top to bottom in one window: choose what to import and the file; look at the first rows
read with the encoding and delimiter the service guessed (it says so plainly when the file was
not UTF-8 and was read as Windows-1252, so the accents can be checked); map each product field
to a column (matched by the header's name in English or Spanish, required fields marked); choose
all-or-nothing or "skip the refused rows"; Import. The import runs off the GUI thread with a
progress bar and Cancel (a cancelled import writes nothing); then the report: how many rows were
imported and refused, each refused row's line, column, value and reason, and Save report… to CSV.

A mapping that names no column for a required field, or a column the file does not have, is
refused before anything runs (services/csv_import_read.check_mapping), in words under the mapping.

Opened from the Administration module (administrators only): ImportDialog(ctx, parent).open().
"""

from __future__ import annotations

import csv
import io
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QScrollArea, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services import csv_import
from ...services.actor import Actor
from ...services.csv_import import CsvPreview, ImportReport, RowRefusal
from ...services.csv_import_read import check_mapping
from ...services.errors import ValidationError
from ..background_task import BackgroundTask
from ..messages import describe
from ..messages_import import field_name, file_text, row_text
from ..widgets import Retranslating, name
from .admin_parts import ERROR_COLOUR, HINT_COLOUR, hint_label

CUSTOMERS, TICKETS = "customers", "tickets"
FIELDS = {CUSTOMERS: csv_import.CUSTOMER_FIELDS, TICKETS: csv_import.TICKET_FIELDS}
REQUIRED = {CUSTOMERS: csv_import.CUSTOMER_REQUIRED, TICKETS: csv_import.TICKET_REQUIRED}
WARN_COLOUR = "#8a4b00"

# Header names (English and Spanish, compared without case, accents, spaces or punctuation)
# that a field is matched to when a file is opened.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "document_type": ("document type", "doc type", "id type", "type of document", "tipo", "tipo documento",
                      "tipo de documento", "tipo doc", "tipo identificacion"),
    "document_number": ("document", "document number", "doc", "id number", "documento", "numero documento",
                        "numero de documento", "cedula", "nit", "identificacion", "num documento"),
    "first_name": ("first name", "name", "given name", "nombre", "primer nombre", "nombres"),
    "middle_name": ("middle name", "second name", "segundo nombre", "otro nombre"),
    "last_name": ("last name", "surname", "family name", "apellido", "primer apellido", "apellidos"),
    "second_last_name": ("second last name", "second surname", "segundo apellido"),
    "birth_date": ("birth date", "date of birth", "birthday", "dob", "born", "nacimiento", "fecha nacimiento",
                   "fecha de nacimiento"),
    "phone": ("phone", "telephone", "landline", "phone number", "telefono", "tel", "fijo", "telefono fijo"),
    "mobile": ("mobile", "cell", "cellphone", "cell phone", "mobile phone", "celular", "movil", "telefono movil"),
    "email": ("email", "e-mail", "mail", "email address", "correo", "correo electronico", "e-mail address"),
    "address": ("address", "street address", "direccion", "domicilio"),
    "campaign": ("campaign", "campana", "campaña"),
    "subject": ("subject", "title", "asunto", "titulo"),
    "description": ("description", "details", "detail", "body", "descripcion", "detalle"),
    "status": ("status", "state", "estado"),
    "priority": ("priority", "prioridad"),
    "ticket_type": ("ticket type", "type", "kind", "tipo de caso", "tipo caso", "tipo de ticket"),
    "created_at": ("created", "created at", "created on", "creation date", "date", "opened", "creado", "fecha",
                   "fecha creacion", "fecha de creacion", "creacion"),
}


def _key(text: str) -> str:
    """A header as compared: no accents, no case, letters and digits only."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in plain if c.isalnum())


def auto_mapping(fields: Iterable[str], headers: Iterable[str]) -> dict[str, str]:
    """field -> column for the headers that name a field; each column is used once."""
    headers = list(headers)
    keys = {_key(h): h for h in reversed(headers)}  # the first of equal headers wins
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field in fields:
        for candidate in (field, *SYNONYMS.get(field, ())):
            column = keys.get(_key(candidate))
            if column is not None and column not in used:
                mapping[field] = column
                used.add(column)
                break
    return mapping


def refused_values(path: Path, encoding: str, delimiter: str, refusals: Iterable[RowRefusal]) -> dict:
    """(line, column) -> the cell's text, for the report; lines counted as the import counts them."""
    wanted = {(r.line, r.column) for r in refusals if r.column}
    if not wanted:
        return {}
    lines = {line for line, _column in wanted}
    text = Path(path).read_bytes().decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = [h.strip() for h in next(reader, [])]
    values: dict[tuple[int, str], str] = {}
    line = reader.line_num + 1
    for record in reader:
        start, line = line, reader.line_num + 1
        if start in lines:
            for (wanted_line, column) in wanted:
                if wanted_line == start and column in headers:
                    index = headers.index(column)
                    values[(start, column)] = record[index] if index < len(record) else ""
        if start > max(lines):
            break
    return values


class ImportDialog(Retranslating, QDialog):
    sig_imported = Signal(str, int)  # what (customers or tickets), how many rows were written

    @staticmethod
    def available_to(actor: Actor) -> bool:
        return actor.is_admin

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "importDialog")
        self.path: Path | None = None
        self.preview: CsvPreview | None = None
        self.report: ImportReport | None = None
        self.values: dict = {}
        self.task: BackgroundTask | None = None
        self.cancel_event: threading.Event | None = None
        self.combos: dict[str, QComboBox] = {}
        self.captions: dict[str, QLabel] = {}
        self._message: tuple[str, str] | None = None  # (kind, text) said under the mapping

        # -- what and which file --------------------------------------------------------------
        self.what_box = name(QGroupBox(), "importWhatGroup")
        self.customers_radio = name(QRadioButton(), "importCustomersRadio")
        self.tickets_radio = name(QRadioButton(), "importTicketsRadio")
        self.customers_radio.setChecked(True)
        self.what_group = QButtonGroup(self)
        self.what_group.addButton(self.customers_radio)
        self.what_group.addButton(self.tickets_radio)
        self.customers_radio.toggled.connect(lambda _on: self._kind_changed())
        self.file_edit = name(QLineEdit(), "importFileEdit")
        self.file_edit.setReadOnly(True)
        self.file_button = name(QPushButton(), "importChooseFileButton")
        self.file_button.clicked.connect(self.choose_file)
        self.file_caption = name(QLabel(), "importFileLabel")
        self.file_caption.setBuddy(self.file_button)
        what = QFormLayout(self.what_box)
        radios = QHBoxLayout()
        radios.addWidget(self.customers_radio)
        radios.addWidget(self.tickets_radio)
        radios.addStretch(1)
        self.what_caption = name(QLabel(), "importWhatLabel")
        what.addRow(self.what_caption, radios)
        file_line = QHBoxLayout()
        file_line.addWidget(self.file_edit, 1)
        file_line.addWidget(self.file_button)
        what.addRow(self.file_caption, file_line)

        # -- preview ----------------------------------------------------------------------------
        self.preview_box = name(QGroupBox(), "importPreviewGroup")
        self.reading = name(QLabel(), "importReadingLabel")
        self.reading.setWordWrap(True)
        self.preview_table = name(QTableWidget(), "importPreviewTable")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setMinimumHeight(150)
        name(self.preview_table.horizontalHeader(), "importPreviewHeader")
        name(self.preview_table.verticalHeader(), "importPreviewRows")
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.reading)
        preview_layout.addWidget(self.preview_table)

        # -- mapping ----------------------------------------------------------------------------
        self.mapping_box = name(QGroupBox(), "importMappingGroup")
        self.mapping_intro = hint_label("importMappingIntro")
        self.mapping_form_host = QWidget()
        self.mapping_form = QFormLayout(self.mapping_form_host)
        self.mapping_form.setContentsMargins(0, 0, 0, 0)
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.addWidget(self.mapping_intro)
        mapping_layout.addWidget(self.mapping_form_host)
        self.skip = name(QCheckBox(), "importSkipRefusedCheck")
        self.skip_hint = hint_label("importSkipRefusedHint")
        mapping_layout.addWidget(self.skip)
        mapping_layout.addWidget(self.skip_hint)

        self.message = name(QLabel(), "importMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.progress = name(QProgressBar(), "importProgress")
        self.progress.hide()

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.addWidget(self.what_box)
        setup_layout.addWidget(self.preview_box)
        setup_layout.addWidget(self.mapping_box)
        setup_layout.addStretch(1)
        self.setup_scroll = name(QScrollArea(), "importSetupScroll")
        self.setup_scroll.setWidgetResizable(True)
        self.setup_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setup_scroll.setWidget(setup)

        # -- the report -------------------------------------------------------------------------
        self.report_page = name(QWidget(), "importReportPage")
        self.summary = name(QLabel(), "importSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px;")
        self.refusals = name(QTableWidget(0, 4), "importRefusalsTable")
        self.refusals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refusals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refusals.setWordWrap(True)
        header = self.refusals.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.refusals.setColumnWidth(2, 200)
        self.refusals.verticalHeader().hide()
        name(self.refusals.horizontalHeader(), "importRefusalsHeader")
        self.save_report_button = name(QPushButton(), "importSaveReportButton")
        self.save_report_button.clicked.connect(self.choose_report_file)
        self.again_button = name(QPushButton(), "importAgainButton")
        self.again_button.clicked.connect(self.back_to_setup)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.save_report_button)
        report_buttons.addWidget(self.again_button)
        report_buttons.addStretch(1)
        report_layout = QVBoxLayout(self.report_page)
        report_layout.addWidget(self.summary)
        report_layout.addWidget(self.refusals, 1)
        report_layout.addLayout(report_buttons)

        self.stack = name(QStackedWidget(), "importStack")
        self.stack.addWidget(self.setup_scroll)
        self.stack.addWidget(self.report_page)

        self.import_button = name(QPushButton(), "importRunButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run)
        self.cancel_button = name(QPushButton(), "importCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(880, 820)
        self._build_mapping()
        self._show_preview()
        self.retranslate()
        if not self.available_to(ctx.user):
            self.what_box.setEnabled(False)
            self._say("error", self.tr("Only administrators can import."))
        self.file_button.setFocus()

    # -- kind and file --------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return TICKETS if self.tickets_radio.isChecked() else CUSTOMERS

    def _kind_changed(self) -> None:
        self._build_mapping()
        self._say(None, "")
        self.retranslate()

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the CSV file"))
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv *.txt)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.load_file(Path(path)))
        dialog.open()

    def load_file(self, path: Path) -> None:
        """Read the start of the file: encoding, delimiter, headers, first rows; map by name."""
        self._say(None, "")
        try:
            preview = csv_import.inspect_csv(path)
        except ValidationError as exc:
            self.path, self.preview = None, None
            self._show_preview()
            self._build_mapping()
            self._say("error", file_text(exc))
            return
        except OSError as exc:
            self.path, self.preview = None, None
            self._show_preview()
            self._build_mapping()
            self._say("error", file_text(ValidationError("unreadable", value=exc.strerror or str(exc))))
            return
        self.path, self.preview = Path(path), preview
        self.file_edit.setText(str(path))
        self._show_preview()
        self._build_mapping()
        self.retranslate()

    def _show_preview(self) -> None:
        preview = self.preview
        self.preview_box.setVisible(preview is not None)
        self.mapping_box.setEnabled(preview is not None)
        self.import_button.setEnabled(preview is not None and self.task is None)
        if preview is None:
            self.preview_table.clear()
            self.preview_table.setRowCount(0)
            self.preview_table.setColumnCount(0)
            return
        self.preview_table.setColumnCount(len(preview.headers))
        self.preview_table.setHorizontalHeaderLabels(list(preview.headers))
        self.preview_table.setRowCount(len(preview.rows))
        for row, cells in enumerate(preview.rows):
            for column, text in enumerate(cells[:len(preview.headers)]):
                self.preview_table.setItem(row, column, QTableWidgetItem(text))
        self.preview_table.resizeColumnsToContents()

    def _build_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        self.captions.clear()
        headers = self.preview.headers if self.preview else ()
        guessed = auto_mapping(FIELDS[self.kind], headers)
        for field in FIELDS[self.kind]:
            combo = name(QComboBox(), f"importMap_{field}")
            combo.addItem("", "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(field, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._say(None, ""))
            caption = name(QLabel(), f"importMap_{field}Label")
            caption.setBuddy(combo)
            self.mapping_form.addRow(caption, combo)
            self.combos[field] = combo
            self.captions[field] = caption

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}

    # -- running --------------------------------------------------------------------------------
    def run(self) -> None:
        if self.task is not None or self.preview is None or self.path is None:
            return
        mapping, kind = self.mapping(), self.kind
        try:  # refused up front, before anything runs
            check_mapping(mapping, FIELDS[kind], REQUIRED[kind], self.preview.headers)
        except ValidationError as exc:
            self._say("error", file_text(exc))
            field = exc.details.get("field")
            if field in self.combos:
                self.setup_scroll.ensureWidgetVisible(self.combos[field])
                self.combos[field].setFocus()
            return
        db, user, path, preview = self.ctx.db, self.ctx.user, self.path, self.preview
        skip = self.skip.isChecked()
        cancel = self.cancel_event = threading.Event()
        do_import = csv_import.import_customers if kind == CUSTOMERS else csv_import.import_tickets

        def work(progress):
            report = do_import(db, user, path, mapping, encoding=preview.encoding, delimiter=preview.delimiter,
                               progress=progress, cancel=cancel, skip_refused=skip)
            try:
                values = refused_values(path, preview.encoding, preview.delimiter, report.refused)
            except (OSError, csv.Error, UnicodeError):  # the values are a help; the reasons stand alone
                values = {}
            return report, values

        self.task = BackgroundTask(work, self)
        self.task.sig_progress.connect(self._progress)
        self.task.sig_done.connect(self._done)
        self.task.sig_failed.connect(self._failed)
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self._say(None, "")
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first batch reports
        self.setup_scroll.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.preview is not None)
        self.cancel_button.setEnabled(True)
        self.retranslate()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_import(self) -> None:
        """Stop the running import between batches; nothing it read is written."""
        if self.cancel_event is not None and self.task is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self._say("info", self.tr("Cancelling…"))

    def _done(self, outcome) -> None:
        report, values = outcome
        self.task = None
        self._busy(False)
        self.report, self.values = report, values
        if report.written:
            self.sig_imported.emit(self.kind, report.imported)
        self._fill_report()
        self.stack.setCurrentWidget(self.report_page)
        self.retranslate()
        QTimer.singleShot(0, self.refusals.resizeRowsToContents)  # once the columns have their widths
        (self.save_report_button if report.refused else self.cancel_button).setFocus()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self._busy(False)
        self._say("error", file_text(exc) if isinstance(exc, ValidationError) else describe(exc))

    def back_to_setup(self) -> None:
        self.report = None
        self.stack.setCurrentWidget(self.setup_scroll)
        self.retranslate()

    def reject(self) -> None:
        if self.task is not None:  # Cancel (or Esc) while importing stops the import first
            self.cancel_import()
            return
        super().reject()

    # -- the report -----------------------------------------------------------------------------
    def report_rows(self) -> list[tuple[str, str, str, str]]:
        """(line, column, value, reason) of every refusal, as shown and saved."""
        rows = []
        for refusal in self.report.refused if self.report else ():
            value = self.values.get((refusal.line, refusal.column), "")
            rows.append((str(refusal.line), refusal.column, value, row_text(refusal)))
        return rows

    def _fill_report(self) -> None:
        rows = self.report_rows()
        self.refusals.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.refusals.setItem(row, column, item)
        self.refusals.resizeRowsToContents()
        self.save_report_button.setEnabled(bool(rows))

    def choose_report_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save report"))
        dialog.setObjectName("importReportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setNameFilters([self.tr("CSV files (*.csv)")])
        if self.path is not None:
            dialog.selectFile(str(self.path.with_name(self.path.stem + "-refused.csv")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_report(Path(path)))
        dialog.open()

    def save_report(self, path: Path) -> bool:
        """The refused rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents)."""
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow([self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Reason")])
                writer.writerows(self.report_rows())
        except OSError as exc:
            self._say("error", self.tr("The report could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self._say("info", self.tr("Report saved to %1.").replace("%1", str(path)))
        return True

    # -- words ----------------------------------------------------------------------------------
    def _say(self, kind: str | None, text: str) -> None:
        self._message = (kind, text) if kind else None
        colour = ERROR_COLOUR if kind == "error" else HINT_COLOUR
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(kind))

    def _summary_text(self) -> str:
        report = self.report
        if report is None:
            return ""
        refused = len(report.refused_lines)
        if report.cancelled:
            return self.tr("The import was cancelled: nothing was written.")
        if not report.written and refused:
            return self.tr(
                "Nothing was imported: %1 of %2 rows were refused (listed below). Correct them in the file and "
                "import it again, or choose to import the valid rows and skip the refused ones.") \
                .replace("%1", f"{refused:,}").replace("%2", f"{report.total_rows:,}")
        if self.kind == CUSTOMERS:
            text = self.tr("Imported %n customer(s).", "", report.imported)
        else:
            text = self.tr("Imported %n ticket(s).", "", report.imported)
        if refused:
            text += " " + self.tr("%n row(s) were refused and skipped (listed below).", "", refused)
        return text

    def _reading_text(self) -> str:
        preview = self.preview
        if preview is None:
            return ""
        delimiters = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"),
                      "|": self.tr("vertical bars")}
        separated = delimiters.get(preview.delimiter, preview.delimiter)
        if preview.encoding_is_fallback:
            text = self.tr("This file is not UTF-8: it was read as Windows-1252 (Western European). Check that "
                           "accents and ñ look right below; if they do not, save the file as UTF-8 and choose it "
                           "again.")
        else:
            text = self.tr("Read as UTF-8.")
        rows = self.tr("Columns separated by %1; about %2 rows.").replace("%1", separated) \
            .replace("%2", f"{preview.row_estimate:,}")
        return f"{text} {rows}"

    def retranslate(self) -> None:
        title = self.tr("Import from CSV")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.what_box.setTitle(self.tr("1. What to import"))
        self.what_caption.setText(self.tr("Import:"))
        self.customers_radio.setText(self.tr("C&ustomers and their contact data"))
        self.tickets_radio.setText(self.tr("&Tickets"))
        self.customers_radio.setAccessibleName(self.tr("Import customers"))
        self.tickets_radio.setAccessibleName(self.tr("Import tickets"))
        self.file_caption.setText(self.tr("&File:"))
        self.file_edit.setAccessibleName(self.tr("File"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.file_button.setText(self.tr("C&hoose file…"))
        self.file_button.setAccessibleName(self.tr("Choose the CSV file"))
        self.preview_box.setTitle(self.tr("2. The first rows"))
        self.reading.setText(self._reading_text())
        fallback = bool(self.preview and self.preview.encoding_is_fallback)
        self.reading.setStyleSheet(f"color: {WARN_COLOUR if fallback else HINT_COLOUR};")
        self.reading.setAccessibleName(self.reading.text())
        self.preview_table.setAccessibleName(self.tr("The file's first rows"))
        self.preview_table.horizontalHeader().setAccessibleName(self.tr("The file's columns"))
        self.preview_table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.mapping_box.setTitle(self.tr("3. Columns"))
        self.mapping_intro.setText(self.tr(
            "For each field, choose the file's column that holds it; fields marked * are required. Columns "
            "named like the field (in English or Spanish) are already chosen."))
        required = REQUIRED[self.kind]
        for field, combo in self.combos.items():
            combo.setItemText(0, self.tr("(not imported)"))
            label = field_name(field)
            self.captions[field].setText(f"{label} *:" if field in required else f"{label}:")
            combo.setAccessibleName(self.tr("%1 (required)").replace("%1", label) if field in required else label)
        self.skip.setText(self.tr("Import the valid rows and skip the &refused ones"))
        self.skip.setAccessibleName(self.tr("Import the valid rows and skip the refused ones"))
        self.skip_hint.setText(self.tr(
            "Otherwise the import is all or nothing: one refused row and nothing is written."))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.summary.setText(self._summary_text())
        self.summary.setAccessibleName(self.summary.text())
        self.refusals.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Value"),
                                                 self.tr("Reason")])
        self.refusals.setAccessibleName(self.tr("Refused rows"))
        self.refusals.horizontalHeader().setAccessibleName(self.tr("Columns of the report"))
        self.save_report_button.setText(self.tr("&Save report…"))
        self.save_report_button.setAccessibleName(self.tr("Save the report of refused rows"))
        self.again_button.setText(self.tr("&Back to the file"))
        self.again_button.setAccessibleName(self.tr("Back to the file and the columns"))
        on_report = self.stack.currentWidget() is self.report_page
        self.import_button.setVisible(not on_report)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.cancel_button.setText(self.tr("Close") if on_report else self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
