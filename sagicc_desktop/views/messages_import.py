"""The sentences for the CSV import (services/csv_import*.py): the refusals of the whole file
(before anything runs) and the reasons each row was refused, with the names of the product's
fields. messages.py merges DETAIL into its own; the row and file codes stay here because some of
them (too_long, empty_file ...) mean something else elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

# detail code (the error's first argument) -> sentence; %1 is details["limit"], %2 details["value"].
DETAIL: dict[str, str] = {
}

_C = "Messages"

# The product's fields a column can be mapped to (csv_import.CUSTOMER_FIELDS and TICKET_FIELDS).
FIELD_NAMES: dict[str, str] = {
    "document_type": QT_TRANSLATE_NOOP("Messages", "Document type"),
    "document_number": QT_TRANSLATE_NOOP("Messages", "Document number"),
    "first_name": QT_TRANSLATE_NOOP("Messages", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Messages", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Messages", "Last name"),
    "second_last_name": QT_TRANSLATE_NOOP("Messages", "Second last name"),
    "birth_date": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Messages", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "campaign": QT_TRANSLATE_NOOP("Messages", "Campaign"),
    "subject": QT_TRANSLATE_NOOP("Messages", "Subject"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "priority": QT_TRANSLATE_NOOP("Messages", "Priority"),
    "ticket_type": QT_TRANSLATE_NOOP("Messages", "Ticket type"),
    "created_at": QT_TRANSLATE_NOOP("Messages", "Created on"),
}

# The whole file refused before anything runs (ValidationError codes of csv_import): %1 is the
# field's name, %2 the file's column.
FILE: dict[str, str] = {
    "missing_column": QT_TRANSLATE_NOOP(
        "Messages", "The file has no column “%2” (mapped to %1). Choose one of its columns. Nothing was imported."),
    "unmapped_field": QT_TRANSLATE_NOOP(
        "Messages", "%1 is required: choose the file's column that holds it. Nothing was imported."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "%1 cannot be imported here."),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file is empty: it has no header row to map."),
    "unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The file could not be read (%2). Check that it exists and is not open in another program."),
}

# A refused row (RowRefusal.code): %1 is a number or field from its details, %2 another.
ROW: dict[str, str] = {
    "missing_required": QT_TRANSLATE_NOOP("Messages", "Required, but empty."),
    "missing_required_field": QT_TRANSLATE_NOOP(
        "Messages", "Needs %1, and the file has no column mapped to it."),
    "required": QT_TRANSLATE_NOOP("Messages", "Required, but empty."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most %1 characters."),
    "invalid_date": QT_TRANSLATE_NOOP(
        "Messages", "Not a real date; write it as YYYY-MM-DD or DD/MM/YYYY."),
    "bad_encoding": QT_TRANSLATE_NOOP(
        "Messages", "Has characters that cannot be read in this encoding; save the file as UTF-8 and import it again."),
    "column_count": QT_TRANSLATE_NOOP("Messages", "Has %2 cells where the header has %1."),
    "duplicate_document_in_file": QT_TRANSLATE_NOOP(
        "Messages", "The same document is already on line %1 of the file."),
    "document_taken": QT_TRANSLATE_NOOP("Messages", "A stored customer already has this document."),
    "invalid_document": QT_TRANSLATE_NOOP(
        "Messages", "A document number may only have letters, digits and hyphens."),
    "invalid_document_type": QT_TRANSLATE_NOOP(
        "Messages", "Not a known document type (cc, ce, passport, nit, other)."),
    "birth_date_future": QT_TRANSLATE_NOOP("Messages", "The date of birth is in the future."),
    "birth_date_too_old": QT_TRANSLATE_NOOP("Messages", "The date of birth is before %1."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "Not a valid e-mail address."),
    "invalid_phone": QT_TRANSLATE_NOOP("Messages", "Not a valid phone number."),
    "empty_contact": QT_TRANSLATE_NOOP("Messages", "Empty contact data."),
    "unknown_campaign": QT_TRANSLATE_NOOP("Messages", "No campaign has this name."),
    "unknown_customer": QT_TRANSLATE_NOOP("Messages", "No customer has this document."),
    "ambiguous_customer": QT_TRANSLATE_NOOP(
        "Messages", "Several customers have this document number: add the document type column."),
    "invalid_status": QT_TRANSLATE_NOOP(
        "Messages", "Not a known status (new, in_progress, pending, resolved, closed)."),
    "invalid_priority": QT_TRANSLATE_NOOP("Messages", "Not a known priority (critical, high, medium, low, or 1 to 4)."),
    "invalid_ticket_type": QT_TRANSLATE_NOOP(
        "Messages", "Not a known ticket type (question, complaint, suggestion, claim, request)."),
    "date_future": QT_TRANSLATE_NOOP("Messages", "The date is in the future."),
}
ROW_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "Refused (%1).")


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def field_name(field: str) -> str:
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def file_text(exc: Exception) -> str:
    """The sentence for an up-front refusal of the file (a ValidationError of csv_import)."""
    code = str(exc.args[0]) if exc.args else ""
    details = getattr(exc, "details", {}) or {}
    template = FILE.get(code)
    if template is None:
        from .messages import describe

        return describe(exc)
    return tr(template).replace("%1", field_name(str(details.get("field", "")))).replace(
        "%2", str(details.get("column", details.get("value", ""))))


def row_text(refusal) -> str:
    """The reason a row was refused (a csv_import.RowRefusal), in plain words."""
    details = refusal.details or {}
    code = refusal.code
    if code == "missing_required" and details.get("field"):
        return tr(ROW["missing_required_field"]).replace("%1", field_name(details["field"]))
    if code not in ROW:
        return tr(ROW_UNKNOWN).replace("%1", code)
    first = details.get("limit", details.get("first_line", details.get("expected", "")))
    text = tr(ROW[code]).replace("%2", str(details.get("found", "")))
    return text.replace("%1", f"{first:,}" if isinstance(first, int) and code == "too_long" else str(first))
