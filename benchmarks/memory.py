"""Child: peak memory (RSS) with the large workshop open on the board and exported in every format.

`memory.py app FILE OUT_DIR`: the main window opens the workshop, shows every aspect, the overview and
all actions, then exports PDF, CSV, Markdown and JSON; the figure is the process's peak RSS
(getrusage ru_maxrss). `memory.py bare`: the same for a process showing a bare QMainWindow.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _common import emit, peak_rss_mb


def app_memory(path: Path, out: Path) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from pem_desktop.export import FORMATS, export_workshop
    from pem_desktop.ui.app import create_application
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.settings import AppSettings
    from pem_desktop.ui.theme import LIGHT, apply_theme

    app = create_application()
    apply_theme(app, LIGHT)
    window = MainWindow(AppSettings(QSettings(str(out / "memory.ini"), QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    page = window.page
    for aspect in page.model.aspects:
        page.show_aspect(aspect.id)
        page.view.viewport().repaint()
        QApplication.processEvents()
    page.show_overview()
    QApplication.processEvents()
    page.show_all_actions()
    QApplication.processEvents()
    for name, spec in FORMATS.items():
        export_workshop(window.workshop, name, out / f"memory{spec.suffix}")
    QApplication.processEvents()
    peak = peak_rss_mb()
    window.close_workshop()
    del app
    return {"peak_mb": peak}


def bare_memory() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.repaint()
    return {"peak_mb": peak_rss_mb()}


if __name__ == "__main__":
    emit(**(app_memory(Path(sys.argv[2]), Path(sys.argv[3])) if sys.argv[1] == "app" else bare_memory()))
