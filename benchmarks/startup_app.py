"""Child: start the app exactly as `pem-desktop ARGS...` does; print "painted" once the board is painted.

The runner times this process from its start to that line. Nothing is imported ahead of what the
app itself imports: the hook waits for the first paint of the board view's viewport (the window
painted with the workshop's board), then quits.
"""

from __future__ import annotations

import sys

import pem_desktop.ui.app as gui  # what `pem-desktop FILE` imports before it builds its window
from pem_desktop import cli


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer  # already loaded by the app's own imports

    from pem_desktop.ui import main_window  # imported by pem_desktop.ui.app already

    class FirstBoardPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, self.done)  # after this paint has been carried out
            return False

        def done(self) -> None:
            print("painted", flush=True)
            gui.QApplication.instance().exit(0)

    # The hook watches the board's viewport only: a filter on the whole application would see every
    # event of every object, and converting each to Python costs the app time the bare window does not pay.
    hook = FirstBoardPaint()
    show_workshop = main_window.MainWindow._show_workshop

    def show_and_watch(window, workshop):
        show_workshop(window, workshop)
        window.page.view.viewport().installEventFilter(hook)

    main_window.MainWindow._show_workshop = show_and_watch
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
