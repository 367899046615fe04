"""Dates and numbers in the user's locale (X1); every view formats through here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def to_qdatetime(value: dt.datetime) -> QDateTime:
    utc = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def date_time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


def date_only(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).date(), QLocale.FormatType.ShortFormat)


def time_only(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).time(), QLocale.FormatType.ShortFormat)
