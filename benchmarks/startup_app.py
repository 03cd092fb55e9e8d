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

    from pem_desktop.ui.board import BoardView

    class FirstBoardPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched.parent(), BoardView):
                self.seen = True
                QTimer.singleShot(0, self.done)  # after this paint has been carried out
            return False

        def done(self) -> None:
            print("painted", flush=True)
            gui.QApplication.instance().exit(0)

    hook = FirstBoardPaint()
    create = gui.create_application

    def create_and_watch(*args, **kwargs):
        app = create(*args, **kwargs)
        app.installEventFilter(hook)
        return app

    gui.create_application = create_and_watch
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
