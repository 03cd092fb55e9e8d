"""Dates as the interface writes them, in its language (QLocale)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale


def long_date(day: date | None) -> str:
    """A date written out in the interface's language without the weekday, e.g. "2 December 2026",
    "2. Dezember 2026", "2026年12月2日" (empty when there is none)."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = re.sub(r"dddd[,\s]*|[,\s]*dddd", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(QDate(day), pattern)
