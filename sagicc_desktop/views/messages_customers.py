"""The customers part of the service-error sentences (see messages.py), kept apart so it grows alone.

Codes of services/customer_edit, customer_relations, customer_assignment, customer_merge and
ticket_customer; messages.py merges DETAIL into its own, so its describe() and show_error() say them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP


# detail code (the error's first argument) -> sentence; %1 is details["limit"].
DETAIL: dict[str, str] = {
    # The customer's information (services/customer_edit.py)
    "birth_date_future": QT_TRANSLATE_NOOP("Messages", "The date of birth cannot be in the future."),
    "birth_date_too_old": QT_TRANSLATE_NOOP("Messages", "The date of birth cannot be before 1 January 1900."),
    "invalid_date": QT_TRANSLATE_NOOP("Messages", "This is not a real date; write it as YYYY-MM-DD."),
    "invalid_document": QT_TRANSLATE_NOOP(
        "Messages", "The document number may only have letters, digits and hyphens."),
    "invalid_document_type": QT_TRANSLATE_NOOP("Messages", "Choose one of the document types offered."),
    "document_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another customer already has this document type and number. If it is the same person, "
        "merge the two customers instead."),
    "customer_merged": QT_TRANSLATE_NOOP(
        "Messages", "This customer was merged into another one and can no longer be changed or chosen."),
    "customer_deleted": QT_TRANSLATE_NOOP("Messages", "This customer has been deleted."),
    "customer": QT_TRANSLATE_NOOP("Messages", "That customer does not exist."),
    "customer_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this customer after you opened it. Your changes are still in the form: "
        "refresh to see theirs, then save again."),
    "other_campaigns": QT_TRANSLATE_NOOP(
        "Messages", "This customer's tickets are all in campaigns you do not work in: you may not change it."),
    "not_ticket_customer": QT_TRANSLATE_NOOP(
        "Messages", "This is no longer the ticket's customer. The tab has been refreshed."),
    "similar_customers": QT_TRANSLATE_NOOP(
        "Messages", "Customers that look like the same person already exist: choose one of them, or confirm "
        "that this is a new customer."),
    # Related customers (services/customer_relations.py)
    "relation_itself": QT_TRANSLATE_NOOP("Messages", "A customer cannot be related to itself."),
    "customer_already_related": QT_TRANSLATE_NOOP("Messages", "These two customers are already related."),
    "too_many_tags": QT_TRANSLATE_NOOP("Messages", "Too many tags: at most %1 for one relation."),
    "relation_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else changed this relation after you opened it. The list has been refreshed: "
        "edit it again if you still want to."),
    # The assigned user (services/customer_assignment.py)
    "admin_or_assigned_user": QT_TRANSLATE_NOOP(
        "Messages", "Only administrators and the assigned user may change or remove this assignment."),
    "user_inactive": QT_TRANSLATE_NOOP("Messages", "That user has been deactivated."),
    "user_cannot_be_assigned": QT_TRANSLATE_NOOP("Messages", "Viewers cannot be assigned to customers."),
    "user_not_in_campaign": QT_TRANSLATE_NOOP(
        "Messages", "That user does not work in this campaign: choose a member of the campaign."),
    "assignment_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else changed this assignment meanwhile. The list has been refreshed."),
    "assignment": QT_TRANSLATE_NOOP("Messages", "That assignment no longer exists."),
    # Merging customers (services/customer_merge.py)
    "merge_customer_itself": QT_TRANSLATE_NOOP(
        "Messages", "A customer cannot be merged with itself: choose another customer as the duplicate."),
    "customer_gone": QT_TRANSLATE_NOOP(
        "Messages", "One of the two customers no longer exists or has already been merged into another one, "
        "so it cannot take part in a merge. Choose a live customer."),
    "merge_hidden_tickets": QT_TRANSLATE_NOOP(
        "Messages", "The customers have open tickets in campaigns you may not see, so you may not merge them. "
        "Ask an administrator."),
}

# Why a customer may not be changed (customer_edit.read_only_reason, and the ticket's
# permissions.read_only_reason from a ticket), said the same way in the tab, the profile and the panels.
READ_ONLY: dict[str, str] = {
    "viewer": QT_TRANSLATE_NOOP("Messages", "Viewers can read the customer but not change it."),
    "closed": QT_TRANSLATE_NOOP("Messages", "This ticket is closed: its customer cannot be changed from it."),
    "merged": QT_TRANSLATE_NOOP("Messages", "This customer was merged into another one."),
    "deleted": QT_TRANSLATE_NOOP("Messages", "This customer has been deleted."),
    "other_campaigns": DETAIL["other_campaigns"],
}


def read_only_text(reason: str | None) -> str:
    """The sentence for a read-only reason code; "" when the customer may be changed."""
    return QCoreApplication.translate("Messages", READ_ONLY[reason]) if reason in READ_ONLY else ""
