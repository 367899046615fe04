"""Errors that services raise for the views to show, each with a stable code.

The views map the code to a translated sentence (views/messages.py); services stay Qt-free.
"""

from __future__ import annotations


class ServiceError(Exception):
    code = "error"

    def __init__(self, message: str = "", **details) -> None:
        super().__init__(message or self.code)
        self.details = details


class AuthError(ServiceError):
    code = "auth_failed"


class PermissionDenied(ServiceError):
    code = "permission_denied"


class NotFound(ServiceError):
    code = "not_found"


class ValidationError(ServiceError):
    code = "invalid"


class StaleEdit(ServiceError):
    """Someone else saved the record first; the user's edit is kept, not overwritten."""

    code = "stale"


class TicketClosed(ServiceError):
    code = "ticket_closed"


class PresenceLocked(ServiceError):
    """Presence cannot be changed by hand while a ticket is open (U2)."""

    code = "presence_locked"
