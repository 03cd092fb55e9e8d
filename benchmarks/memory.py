"""Child: peak memory (RSS) with the large workshop open on the board and exported in every format.

`memory.py app FILE OUT_DIR`: the main window opens the workshop, shows every aspect, the overview and
all actions, makes a change, then exports PDF, CSV, Markdown and JSON the way File > Export does (each in an export
process of its own, after the save dialog); the figure is the app process's peak RSS (getrusage
ru_maxrss). `memory.py export FILE OUT`: the peak RSS of the export process for the PDF (the
largest), run as the app runs it (`pem-desktop export`); measured in a process of its own, because
a child's ru_maxrss as its parent sees it starts from the parent's size at fork.
`memory.py bare`: the same for a process showing a bare QMainWindow.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _common import emit, peak_rss_mb


def app_memory(path: Path, out: Path) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from pem_desktop.export import FORMATS
    from pem_desktop.ui.app import create_application
    from pem_desktop.ui.exporting import ExportProcess
    from pem_desktop.ui.interface_language import install_interface_language
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.settings import AppSettings
    from pem_desktop.ui.theme import LIGHT, apply_theme

    app = create_application()
    install_interface_language("en")  # as the app does: its English catalog words the plurals
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
    first = page.model.aspects[0].id  # a change other than a move loads SQLAlchemy, as any real session does
    window.workshop.delete_action(window.workshop.add_action(first, "Measured by benchmarks/memory.py").id)
    QApplication.processEvents()
    for name, spec in FORMATS.items():
        job = ExportProcess(window, path, name, out / f"memory{spec.suffix}", "A4")
        error = job.run()
        assert error is None and not job.cancelled, error
    QApplication.processEvents()
    peak = peak_rss_mb()
    window.close_workshop()
    del app
    return {"peak_mb": peak}


def export_memory(path: Path, out: Path) -> dict:
    from pem_desktop.cli import main

    assert main(["export", str(path), "--format", "pdf", "--output", str(out)]) == 0
    return {"peak_mb": peak_rss_mb()}


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
    if sys.argv[1] == "app":
        emit(**app_memory(Path(sys.argv[2]), Path(sys.argv[3])))
    elif sys.argv[1] == "export":
        emit(**export_memory(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        emit(**bare_memory())
