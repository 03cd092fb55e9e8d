"""Start the GUI: the application object, settings, the interface's language, theme and the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from pem_desktop import APP_ID, APP_NAME, __version__
from pem_desktop.maturity import keep_parsed_models_in
from pem_desktop.resources import data_path
from pem_desktop.services import preload_for_changes
from pem_desktop.ui.after_paint import after_first_paint
from pem_desktop.ui.interface_language import chosen_language, install_interface_language
from pem_desktop.ui.keyboard import filter_from_first_paint
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import FUSION_ARGUMENTS, FUSION_SET, THEMES, apply_theme


def create_application(argv: list[str] | None = None) -> QApplication:
    """The application object (made once), in the Fusion style the themes are drawn for."""
    QCoreApplication.setOrganizationName("PEM Desktop")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:  # the argument wins over a desktop's QT_STYLE_OVERRIDE
        app = QApplication([*(argv or [sys.argv[0]]), *FUSION_ARGUMENTS])
        app.setProperty(FUSION_SET, True)  # apply_theme need not set it (7 ms, see theme.py)
    app.setDesktopFileName(APP_ID)
    return app


def _set_window_icon(app: QApplication) -> None:
    """The app's icon (an SVG: Qt loads its SVG support for it, which the first paint need not wait for)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(data_path("resources", "icons", "pem-desktop.svg"))))


def run(path: Path | None = None, *, demo: bool = False, language: str | None = None, read_only: bool = False) -> int:
    """Open the main window (on `path`, or on a fresh demo workshop) and run until it closes; `language`
    (--language) is the interface's for this run, instead of the one chosen in View > Language; `read_only`
    (--read-only) opens `path` read-only."""
    app = create_application()
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if cache:  # parsed models kept there open the next workshop without a YAML parser
        keep_parsed_models_in(Path(cache) / "models")
    settings = AppSettings()
    install_interface_language(chosen_language(settings, language))  # before the first widget is made
    apply_theme(app, THEMES[settings.theme])
    window = MainWindow(settings)
    filter_from_first_paint(window)  # the keyboard policy's filter: not needed before the window is on screen
    sys.excepthook = lambda kind, error, tb: _unexpected_error(window, kind, error, tb)
    if path is not None and not demo:
        # before the window is shown: its first paint is the board (read_only None: read-only if it must be)
        window.open_path(path, read_only=read_only or None)
    window.show()
    after_first_paint(window, preload_for_changes)
    after_first_paint(window, lambda: _set_window_icon(app))
    if demo:
        window.open_demo()  # writing the demo takes a moment: the window is on screen meanwhile
    return app.exec()


def _unexpected_error(window: MainWindow, kind, error, tb) -> None:
    """A bug: say so plainly, keep running (every change already on disk stays there)."""
    details = "".join(traceback.format_exception(kind, error, tb))
    print(details, file=sys.stderr)
    title = QCoreApplication.translate("App", "Something went wrong")
    box = QMessageBox(QMessageBox.Icon.Critical, title, "", parent=window)
    box.setText(
        QCoreApplication.translate(
            "App",
            "PEM Desktop hit an unexpected problem. Every change you made before this is saved in the workshop file.",
        )
    )
    box.setDetailedText(details)
    box.exec()
