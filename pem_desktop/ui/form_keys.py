"""The keys of a form dialog: a plain Enter in one of its fields never submits it half filled in.

QDialog presses its default button on Enter, and QDialogButtonBox makes its OK button the default when
it is shown, so Enter in the first field of a form would create an action with only its title. In a
form only the accept button (clicked, or Enter or Space on it when it has the focus) or Ctrl+Enter
anywhere in the dialog accepts; Enter in a multi-line field still breaks its line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PlainEnterIgnored(QObject):
    """Eats a plain Enter that reached the dialog (one its field did not use), and keeps its buttons from
    being drawn as the default one that Enter would press (Qt makes one the default as the dialog shows)."""

    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox):
        super().__init__(dialog)
        self.buttons = buttons

    def no_default_button(self) -> None:
        for button in self.buttons.buttons():
            button.setDefault(False)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self.no_default_button)  # after the dialog and its box have shown
        elif event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                event.accept()
                return True
        return False


def submit_only_on_purpose(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """Make `dialog` accept only through `buttons`' OK button or Ctrl+Enter (when OK is enabled)."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)  # (Enter on a button with the focus presses it)
    keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)  # in Qt's words
    ok.setToolTip(f"{ok.text().replace('&', '')} ({keys})")

    def accept_if_ready() -> None:
        if ok.isEnabled():
            ok.click()

    for sequence in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(sequence), dialog, accept_if_ready)
    guard = PlainEnterIgnored(dialog, buttons)
    guard.no_default_button()
    dialog.installEventFilter(guard)
