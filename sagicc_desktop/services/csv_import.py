"""Import: customers and tickets from CSV, so a centre can start from its old system.

Two steps for the column-mapping dialog: inspect_csv(path) guesses the encoding and the
delimiter and shows the headers and first rows; import_customers / import_tickets then take
the mapping (our field -> the file's column) with the encoding and delimiter the user
confirmed. Both check every row first and return an ImportReport listing each refused row's
line, column and code; they write nothing unless every row passes or skip_refused=True (the
good rows then go in one transaction). Administrators only. Meant to run off the GUI thread:
progress(done, total) is called per batch and a threading.Event cancels, leaving nothing written.
"""

from __future__ import annotations

from .csv_import_customers import CONTACT_FIELDS, CUSTOMER_FIELDS, CUSTOMER_REQUIRED, import_customers
from .csv_import_read import UTF8, UTF8_BOM, WINDOWS_1252, CsvPreview, ImportReport, RowRefusal, inspect_csv
from .csv_import_tickets import TICKET_FIELDS, TICKET_REQUIRED, import_tickets

__all__ = [
    "CONTACT_FIELDS", "CUSTOMER_FIELDS", "CUSTOMER_REQUIRED", "TICKET_FIELDS", "TICKET_REQUIRED",
    "UTF8", "UTF8_BOM", "WINDOWS_1252", "CsvPreview", "ImportReport", "RowRefusal",
    "import_customers", "import_tickets", "inspect_csv",
]
