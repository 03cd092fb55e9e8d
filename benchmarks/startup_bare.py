"""Child: the baseline of the start-up figure, a bare PySide6 QMainWindow; prints "painted" once painted."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__()
        self.window = window
        self.seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print("painted", flush=True)
        QApplication.instance().exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1366, 768)
    hook = FirstPaint(window)
    window.installEventFilter(hook)  # the window only, as the app's hook watches the board only
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
