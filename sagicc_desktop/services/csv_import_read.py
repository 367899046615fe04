"""Reading a CSV for import: guessing its encoding and delimiter for the column-mapping dialog,
then handing its rows over with their line numbers and the refusals every import shares.

Old systems export in UTF-8 (often with a byte-order mark, Excel's habit) or in Windows-1252
(Spanish accents); anything that is not valid UTF-8 is read as Windows-1252 and the preview
says so, so the administrator can confirm the accents look right before importing.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationError

UTF8, UTF8_BOM, WINDOWS_1252 = "utf-8", "utf-8-sig", "cp1252"
DELIMITERS = ",;\t|"
SAMPLE_BYTES = 64 * 1024
PREVIEW_ROWS = 10
# Codes of refused rows (RowRefusal.code); the views turn them into sentences.
MISSING_REQUIRED, TOO_LONG, INVALID_DATE = "missing_required", "too_long", "invalid_date"
BAD_ENCODING, COLUMN_COUNT = "bad_encoding", "column_count"
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class CsvPreview:
    """What the mapping dialog shows before anything is imported."""

    encoding: str  # one of UTF8, UTF8_BOM, WINDOWS_1252: pass it back to the import
    encoding_is_fallback: bool  # not valid UTF-8: read as Windows-1252
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first PREVIEW_ROWS data rows
    row_estimate: int  # data rows, estimated from the file size when the file is large


@dataclass(frozen=True)
class RowRefusal:
    """One reason a row is not imported: its physical line (the header is line 1), the CSV
    column concerned (empty when the row as a whole is refused) and a code."""

    line: int
    column: str
    code: str
    details: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    """The outcome: `written` is False when nothing was written (refusals without
    skip_refused, or cancelled); `refused` lists every reason, ordered by line."""

    total_rows: int
    imported: int
    refused: tuple[RowRefusal, ...]
    written: bool
    cancelled: bool = False

    @property
    def refused_lines(self) -> tuple[int, ...]:
        return tuple(sorted({r.line for r in self.refused}))


@dataclass(frozen=True)
class CsvRow:
    line: int
    cells: dict[str, str]  # mapped field -> cell text (stripped; "" when blank or absent)
    problems: tuple[RowRefusal, ...] = ()  # refusals found while reading (encoding, cell count)


def detect_encoding(raw: bytes) -> tuple[str, bool]:
    """(encoding, is_fallback) for the file's first bytes."""
    if raw.startswith(codecs.BOM_UTF8):
        return UTF8_BOM, False
    try:
        raw.decode(UTF8)
    except UnicodeDecodeError as exc:
        if exc.start < len(raw) - 3:  # not just a character cut by the sample's end
            return WINDOWS_1252, True
    return UTF8, False


def detect_delimiter(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = text.split("\n", 1)[0]
        return max(DELIMITERS, key=first.count)


def inspect_csv(path: Path | str, *, rows: int = PREVIEW_ROWS) -> CsvPreview:
    """Encoding, delimiter, headers, first rows and a row estimate; reads only the start of the file.
    Raises ValidationError('empty_file') for a file without a header."""
    path = Path(path)
    size = path.stat().st_size
    with path.open("rb") as f:
        raw = f.read(SAMPLE_BYTES)
    encoding, fallback = detect_encoding(raw)
    whole = len(raw) >= size
    if not whole:  # drop the line the sample cut in half
        raw = raw[: raw.rfind(b"\n") + 1] or raw
    text = raw.decode(encoding, errors="replace")
    delimiter = detect_delimiter(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    records = [r for r in records if any(c.strip() for c in r)]
    if not records:
        raise ValidationError("empty_file")
    headers = tuple(h.strip() for h in records[0])
    data = records[1:]
    estimate = len(data) if whole else round(len(data) * size / max(len(raw), 1))
    return CsvPreview(encoding, fallback, delimiter, headers, tuple(tuple(r) for r in data[:rows]), estimate)


# ---------------------------------------------------------------- reading rows for an import


def check_mapping(mapping: Mapping[str, str], fields: tuple[str, ...], required: tuple[str, ...],
                  headers: tuple[str, ...]) -> None:
    """Refuse the whole file up front: an unknown field, a required field left unmapped, or a
    mapped column the file does not have (ValidationError 'missing_column', nothing imported)."""
    for name in mapping:
        if name not in fields:
            raise ValidationError("unknown_field", field=name)
    for name in required:
        if not mapping.get(name):
            raise ValidationError("unmapped_field", field=name)
    for name, column in mapping.items():
        if column and column not in headers:
            raise ValidationError("missing_column", field=name, column=column)


def _decode(raw: bytes, encoding: str) -> tuple[str, bool]:
    """The text and whether some bytes did not fit the encoding (they become U+FFFD)."""
    try:
        return raw.decode(encoding), False
    except UnicodeDecodeError:
        return raw.decode(encoding, errors="replace"), True


def read_rows(path: Path | str, mapping: Mapping[str, str], fields: tuple[str, ...],
              required: tuple[str, ...], *, encoding: str, delimiter: str) -> list[CsvRow]:
    """Every data row with its cells by field; blank lines are skipped. Rows with undecodable
    bytes are refused (bad_encoding) rather than stored with replacement characters."""
    text, damaged = _decode(Path(path).read_bytes(), encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = tuple(h.strip() for h in next(reader, ()))
    if not headers:
        raise ValidationError("empty_file")
    check_mapping(mapping, fields, required, headers)
    where = {name: headers.index(col) for name, col in mapping.items() if col}
    out: list[CsvRow] = []
    line = reader.line_num + 1
    for record in reader:
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in record):
            continue
        problems = []
        if len(record) != len(headers):
            problems.append(RowRefusal(start, "", COLUMN_COUNT, {"expected": len(headers), "found": len(record)}))
        cells = {name: (record[i].strip() if i < len(record) else "") for name, i in where.items()}
        if damaged:
            problems += [RowRefusal(start, mapping[n], BAD_ENCODING, {"encoding": encoding})
                         for n, v in cells.items() if _REPLACEMENT in v]
        out.append(CsvRow(start, cells, tuple(problems)))
    return out


