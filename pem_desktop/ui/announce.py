"""Saying something to assistive technology once: a countdown's last minute, a form's error.

Qt 6.8's announcement event reaches screen readers that listen for announcements (Orca 46 and later
on Linux, Narrator and NVDA through UI Automation on Windows, VoiceOver on macOS). Every message we
announce is also shown on screen, so nothing depends on hearing it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Announce `message` as coming from `source`; assertive interrupts what is being said."""
    event = QAccessibleAnnouncementEvent(source, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
