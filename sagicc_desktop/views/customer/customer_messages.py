"""Sentences for the customer services' validation codes, and an error box that uses them.

messages.show_error knows the ticket codes; the customer codes are listed here so the profile
says "The date of birth is in the future" rather than a code. Once messages.py merges DETAIL
(as it does for the channel and audio sentences), show_customer_error is plain show_error.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.errors import ServiceError
from ..messages import show_error

DETAIL = {
    "birth_date_future": QT_TRANSLATE_NOOP("Messages", "The date of birth cannot be in the future."),
    "birth_date_too_old": QT_TRANSLATE_NOOP("Messages", "The date of birth cannot be before %2."),
    "invalid_date": QT_TRANSLATE_NOOP("Messages", "This is not a real date; write it as YYYY-MM-DD."),
    "invalid_document": QT_TRANSLATE_NOOP(
        "Messages", "The document number may only have letters, digits and hyphens."),
    "invalid_document_type": QT_TRANSLATE_NOOP("Messages", "Choose one of the document types offered."),
    "document_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another customer already has this document type and number."),
    "customer_merged": QT_TRANSLATE_NOOP(
        "Messages", "This customer was merged into another one; its information can no longer be changed."),
    "customer_deleted": QT_TRANSLATE_NOOP("Messages", "This customer has been deleted."),
    "customer_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this customer after you opened it. Your changes are still in the form: "
        "refresh to see theirs, then save again."),
    "other_campaigns": QT_TRANSLATE_NOOP(
        "Messages", "This customer's tickets are all in campaigns you do not work in: you may read the "
        "customer but not change it."),
}


def _text(error: Exception) -> str | None:
    reason = str(error.args[0]) if error.args else ""
    if reason not in DETAIL:
        return None
    text = QCoreApplication.translate("Messages", DETAIL[reason])
    return text.replace("%2", str(getattr(error, "details", {}).get("limit", "")))


def show_customer_error(parent: QWidget | None, error: ServiceError) -> QMessageBox:
    """show_error, with the customer sentences above when the code is one of them."""
    text = _text(error)
    if text is None:
        return show_error(parent, error)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Sagicc Desktop"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAccessibleName(box.windowTitle())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
