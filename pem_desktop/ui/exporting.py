"""File > Export and File > Import: save dialogs, a progress dialog for long exports, opening the result.

An export runs `pem-desktop export --progress` in a child process: the window keeps painting while a
long PDF is laid out, Cancel stops it at once, and reportlab's memory (about 75 MB for a large
roadmap) is given back when the child ends instead of staying with the app for the session. Every
change is committed when it is made, so the child reads exactly what the board shows.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QProcess, QProcessEnvironment, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QWindow
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

import pem_desktop
from pem_desktop.export import FORMATS
from pem_desktop.export.files import partial_files
from pem_desktop.services import USER_ERRORS, Workshop
from pem_desktop.ui.dialogs import workshop_file_filter
from pem_desktop.ui.settings import AppSettings

_NAME_ENDINGS = {"pdf": "roadmap", "csv": "tables", "md": "summary", "json": "export"}


def export_dialog_texts(format_name: str, page_size: str | None = None) -> tuple[str, str]:
    """The save dialog's title and file filter for an export, in the interface's language."""
    translate = QCoreApplication.translate
    if format_name == "pdf":
        title = (
            translate("Exporter", "Export the PDF roadmap ({page_size})").format(page_size=page_size)
            if page_size
            else translate("Exporter", "Export the PDF roadmap")
        )
        return title, "{} (*.pdf)".format(translate("Exporter", "PDF documents"))
    if format_name == "csv":
        return (
            translate("Exporter", "Export CSV tables (ZIP of placements, actions, disagreements, votes, answers)"),
            "{} (*.zip)".format(translate("Exporter", "ZIP archives of CSV tables")),
        )
    if format_name == "md":
        return translate("Exporter", "Export the Markdown summary"), "Markdown (*.md)"
    return translate("Exporter", "Export JSON (the whole workshop, for import)"), "JSON (*.json)"


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str) -> Path | None:
    """A save dialog (Qt's own, the same on every platform); the suffix is added when the user leaves it out."""
    dialog = QFileDialog(parent, title, str(suggested.parent), file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_open_path(parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(folder), file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class Exporter:
    """Runs one export for the main window: asks where, shows progress, reports the result."""

    def __init__(self, parent: QWidget, settings: AppSettings):
        self.parent = parent
        self.settings = settings

    def suggested_path(self, workshop: Workshop, format_name: str) -> Path:
        folder = self.settings.export_folder() or workshop.path.parent
        stem = re.sub(r"[^\w\- ]+", "", workshop.path.stem, flags=re.UNICODE).strip() or "workshop"
        return Path(folder) / f"{stem} {_NAME_ENDINGS[format_name]}{FORMATS[format_name].suffix}"

    def export(self, workshop: Workshop, format_name: str, page_size: str | None = None) -> Path | None:
        """Ask for a file name and export; returns the written file, or None if cancelled or failed."""
        translate = QCoreApplication.translate
        title, file_filter = export_dialog_texts(format_name, page_size)
        target = ask_save_path(
            self.parent, title, self.suggested_path(workshop, format_name), file_filter, FORMATS[format_name].suffix
        )
        if target is None:
            return None
        if target.resolve() == workshop.path.resolve():
            QMessageBox.warning(
                self.parent,
                translate("Exporter", "Export failed"),
                translate("Exporter", "That is the workshop file itself; choose another name."),
            )
            return None
        job = ExportProcess(self.parent, workshop.path, format_name, target, page_size or "A4")
        error = job.run()
        if job.cancelled:
            self._status(translate("Exporter", "Export cancelled; nothing was written"))
            return None
        if error is not None:
            QMessageBox.warning(self.parent, translate("Exporter", "Export failed"), error)
            return None
        self.settings.set_export_folder(target.parent)
        self._status(translate("Exporter", "Exported to {path}").format(path=target))
        if format_name == "pdf":
            self.offer_to_open(target)
        return target

    def offer_to_open(self, path: Path) -> None:
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Exporter", "Roadmap exported"),
            translate("Exporter", "The roadmap is saved as {file} in {folder}.").format(
                file=path.name, folder=path.parent
            ),
            parent=self.parent,
        )
        open_button = box.addButton(translate("Exporter", "Open the PDF"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(translate("Exporter", "Show the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def import_json(self) -> Path | None:
        """Ask for a JSON export and a new workshop file; returns the new file, or None."""
        from pem_desktop.services.transfer import import_workshop_file

        translate = QCoreApplication.translate
        folder = self.settings.export_folder() or Path.home()
        everything = translate("WorkshopPath", "All files")
        source = ask_open_path(
            self.parent,
            translate("Exporter", "Import a workshop from JSON"),
            Path(folder),
            f"JSON (*.json);;{everything} (*)",
        )
        if source is None:
            return None
        target = ask_save_path(
            self.parent,
            translate("Exporter", "Save the imported workshop as"),
            source.with_suffix(".pemw"),
            workshop_file_filter(),
            ".pemw",
        )
        if target is None:
            return None
        try:
            import_workshop_file(source, target).close()
        except USER_ERRORS as error:
            QMessageBox.warning(self.parent, translate("Exporter", "Cannot import the workshop"), str(error))
            return None
        return target

    def _status(self, message: str) -> None:
        bar = getattr(self.parent, "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 10_000)


class ExportProcess:
    """One `pem-desktop export --progress` child process, shown as a progress dialog with Cancel."""

    def __init__(self, parent: QWidget, workshop: Path, format_name: str, target: Path, page_size: str):
        self.parent = parent
        self.target = target
        self.arguments = [
            "export",
            str(workshop),
            "--format",
            format_name,
            "--output",
            str(target),
            "--page-size",
            page_size,
            "--progress",
        ]
        self.cancelled = False

    def run(self) -> str | None:
        """Export and wait; returns the error to show, or None (written, or `cancelled` is set)."""
        leftovers = set(partial_files(self.target))
        process = QProcess(self.parent)
        program, arguments, environment = _export_command(self.arguments)
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessEnvironment(environment)
        translate = QCoreApplication.translate
        progress = QProgressDialog(self.parent)  # its Cancel button is Qt's own, translated by Qt
        progress.setLabelText(translate("Exporter", "Writing {file}…").format(file=self.target.name))
        progress.setRange(0, 0)
        progress.setWindowTitle(translate("Exporter", "Exporting"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # quick exports never flash a dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        finished = QEventLoop()
        process.finished.connect(finished.quit)
        process.readyReadStandardOutput.connect(lambda: self._read_progress(process, progress))

        def cancel() -> None:  # also emitted when the dialog closes, after the process has ended
            if process.state() != QProcess.ProcessState.NotRunning:
                self.cancelled = True
                process.kill()

        progress.canceled.connect(cancel)
        blocker = _InputBlocker(progress)
        QApplication.instance().installEventFilter(blocker)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            process.start()
            if not process.waitForStarted(30_000):
                return translate("Exporter", "Could not start the export: {reason}").format(
                    reason=process.errorString()
                )
            if process.state() != QProcess.ProcessState.NotRunning:
                finished.exec()
            if self.cancelled:
                for partial in set(partial_files(self.target)) - leftovers:  # a killed export leaves its temporary file
                    with contextlib.suppress(OSError):
                        partial.unlink()
                return None
            if process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0:
                return None
            return _error_line(bytes(process.readAllStandardError().data()).decode("utf-8", "replace"), process)
        finally:
            QApplication.instance().removeEventFilter(blocker)
            QApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
            process.deleteLater()

    def _read_progress(self, process: QProcess, progress: QProgressDialog) -> None:
        while process.canReadLine():
            words = bytes(process.readLine().data()).decode("utf-8", "replace").split()
            if len(words) == 3 and words[0] == "progress" and words[1].isdigit() and words[2].isdigit():
                done, total = int(words[1]), max(int(words[2]), 1)
                progress.setMaximum(total)
                progress.setValue(min(done, total))


class _InputBlocker(QObject):
    """Drops keyboard and mouse input for anything but the progress dialog while an export runs.

    The dialog, window-modal, blocks the window once it shows (after 400 ms); until then nothing may
    change the workshop under the export process, or start a second export or close the window.
    """

    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Shortcut,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.ContextMenu,
        }
    )

    def __init__(self, dialog: QProgressDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:
        if event.type() not in self._INPUT:
            return False
        if isinstance(watched, QWidget):
            return watched.window() is not self.dialog
        # input from the window system reaches the window (a QWindow) before its widgets
        return not (isinstance(watched, QWindow) and watched is self.dialog.windowHandle())


def _export_command(arguments: list[str]) -> tuple[str, list[str], QProcessEnvironment]:
    """The program and arguments that run `pem-desktop export` with this very installation."""
    environment = QProcessEnvironment.systemEnvironment()
    if getattr(sys, "frozen", False):  # a packaged build: the program is the app itself
        return sys.executable, arguments, environment
    package_parent = str(Path(pem_desktop.__file__).resolve().parent.parent)
    inherited = environment.value("PYTHONPATH")
    environment.insert("PYTHONPATH", package_parent + (os.pathsep + inherited if inherited else ""))
    return sys.executable, ["-m", "pem_desktop", *arguments], environment


def _error_line(stderr: str, process: QProcess) -> str:
    """The child's one-line error without the program name, or what happened if it printed none."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    said = re.match(r"^[\w .-]+: error: (.+)$", lines[-1]) if lines else None
    if said:  # the one-line message the command gives for anything a user can cause
        return said.group(1)
    translate = QCoreApplication.translate
    if lines:  # a bug: name it, for the report
        return translate("Exporter", "The export stopped unexpectedly ({reason}); nothing was written.").format(
            reason=lines[-1]
        )
    if process.exitStatus() == QProcess.ExitStatus.CrashExit:
        return translate("Exporter", "The export stopped unexpectedly; nothing was written.")
    return translate("Exporter", "The export ended with status {status}; nothing was written.").format(
        status=process.exitCode()
    )
