"""How an action's status and due date are shown: one wording for the table, the notes and the dialogs.

A module of its own, light to import, so that the notes beside the board do not bring in the all-actions
table before the board is painted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def status_text(status: str) -> str:
    """An action's status as shown (the file keeps the English word)."""
    return {
        "proposed": QCoreApplication.translate("ActionStatus", "proposed"),
        "agreed": QCoreApplication.translate("ActionStatus", "agreed"),
        "in progress": QCoreApplication.translate("ActionStatus", "in progress"),
        "done": QCoreApplication.translate("ActionStatus", "done"),
        "dropped": QCoreApplication.translate("ActionStatus", "dropped"),
    }.get(status, status)


def date_format() -> str:
    """The locale's short date format with a four-digit year, for showing and editing due dates."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")
