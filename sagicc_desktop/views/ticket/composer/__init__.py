"""The composer (T6) under the conversation timeline, and its dialogs."""

from .composer import Composer

__all__ = ["Composer"]
