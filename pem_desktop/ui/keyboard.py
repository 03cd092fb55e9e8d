"""Keyboard rules that hold for every widget of the app, present and future: nothing traps Tab,
Alt+letter never types a letter, and the widget with the keyboard always shows a strong ring.

Installed once on the application (`install_keyboard_policy`; the app itself starts the event filter once its
window is first painted, see `filter_from_first_paint`):

- One QFocusFrame follows the keyboard focus from widget to widget (styled by the theme: a 3 px ring in
  the theme's focus colour, 3:1 or more against every theme's background, in presentation mode too).
  It shows when the focus came from the keyboard (Tab, a mnemonic, F6), not after a mouse click.
  Fusion's own focus marks (a tinted outline) are too faint to rely on.

An event filter that does two things:

- When a widget is first polished: tables and lists let Tab and Shift+Tab leave them (the arrow keys
  move inside), and multi-line text fields move the focus on Tab instead of typing a tab character.
- Alt+letter that matches no mnemonic or shortcut is swallowed in text fields and combo boxes (Qt would
  type the letter into whichever field has the focus); a mnemonic that does match has already moved
  the focus before the key reaches any widget. Not on macOS, where Option+letter types accented
  letters and dialogs have no mnemonics.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pem_desktop.ui.after_paint import after_first_paint

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class KeyboardPolicy(QObject):
    """The application-wide event filter described in the module's docstring."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.guard_alt = sys.platform != "darwin"
        self.keyboard_last = False  # was the last input a key (the focus ring shows) or a click (it does not)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.keyboard_last = True
        elif kind == QEvent.Type.MouseButtonPress:
            self.keyboard_last = False
        if kind == QEvent.Type.Polish:
            make_tab_leave(watched)
        elif kind == QEvent.Type.KeyPress and self.guard_alt and isinstance(watched, _TEXT_INPUTS):
            modifiers = event.modifiers()
            alt_only = modifiers & Qt.KeyboardModifier.AltModifier and not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
            )
            if alt_only and event.text().strip():
                return True  # an Alt+letter no mnemonic took: never typed into the field
        return False


def make_tab_leave(widget: QObject) -> None:
    """Tab and Shift+Tab leave this widget if it is a table, a list or a multi-line text field."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)


class FocusRing(QObject):
    """The ring around the widget with the keyboard focus (one QFocusFrame, moved as the focus moves)."""

    def __init__(self, app: QApplication, policy: KeyboardPolicy):
        super().__init__(app)
        self.policy = policy
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        keyboard = self.policy.keyboard_last or (
            new is not None and new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        )
        shown = (
            new is not None
            and keyboard
            and not new.window().windowFlags() & Qt.WindowType.Popup & ~Qt.WindowType.Window
        )
        if not shown:
            if self.frame is not None and _alive(self.frame):
                self.frame.setWidget(None)
            return
        if self.frame is None or not _alive(self.frame):
            self.frame = QFocusFrame()
            self.frame.setObjectName("focusRing")
        self.frame.setWidget(new)

    def widget(self) -> QWidget | None:
        return self.frame.widget() if self.frame is not None and _alive(self.frame) else None


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted with the window it was in
        return False
    return True


_installed: KeyboardPolicy | None = None
_ring: FocusRing | None = None


def install_keyboard_policy(app: QApplication | None = None) -> KeyboardPolicy:
    """Install the policy on the application once (later calls return the one installed)."""
    global _installed, _ring
    if _installed is None:
        app = app or QApplication.instance()
        _installed = KeyboardPolicy(app)
        app.installEventFilter(_installed)
        _ring = FocusRing(app, _installed)
    return _installed


def filter_from_first_paint(window: QWidget) -> None:
    """Take the policy's event filter off until `window` is first painted (the app does, as it starts), or
    for a second at most (a dialog shown before the window, about the file being opened, is given the rules
    then).

    No key can reach a widget before the window is on screen. Skipped meanwhile: every event of the
    start-up, each handed to Python, and, for the first object of a class PySide6 does not wrap (a scroll
    area's scroll bar container), the loading of every class of three Qt modules to work out its Python
    type (some 30 ms). The widgets made meanwhile are given the Polish rule when the filter is back.
    """
    app = QApplication.instance()
    if _installed is None or app is None:
        return
    app.removeEventFilter(_installed)
    after_first_paint(window, _restart_filter)


def _restart_filter() -> None:
    app = QApplication.instance()
    if _installed is None or app is None:
        return
    for top in app.topLevelWidgets():
        for kind in (QAbstractItemView, QPlainTextEdit, QTextEdit):
            for widget in top.findChildren(kind):
                make_tab_leave(widget)
        make_tab_leave(top)
    app.installEventFilter(_installed)


def focus_ring() -> FocusRing | None:
    """The ring that follows the keyboard focus, once the policy is installed."""
    return _ring


def highlight_first_menu_entry() -> None:
    """A menu the keyboard opened starts on its first entry, so a screen reader says where it is.

    Qt opens a context menu with nothing highlighted; Orca then says nothing until an arrow key. Call
    this through a zero timer just before a menu's exec(): it runs once the menu is showing.
    """
    menu = QApplication.activePopupWidget()
    if isinstance(menu, QMenu) and menu.activeAction() is None:
        entry = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator() and a.isVisible()), None)
        if entry is not None:
            menu.setActiveAction(entry)
