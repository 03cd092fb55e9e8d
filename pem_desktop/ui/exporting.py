"""File > Export and File > Import: save dialogs, a progress dialog for long exports, opening the result."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from pem_desktop.export import FORMATS, ExportError, export_workshop
from pem_desktop.services import USER_ERRORS, Workshop
from pem_desktop.ui.dialogs import FILE_FILTER
from pem_desktop.ui.settings import AppSettings

_FILTERS = {
    "pdf": "PDF documents (*.pdf)",
    "csv": "ZIP archives of CSV tables (*.zip)",
    "md": "Markdown (*.md)",
    "json": "JSON (*.json)",
}
_NAME_ENDINGS = {"pdf": "roadmap", "csv": "tables", "md": "summary", "json": "export"}


class ExportCancelled(Exception):
    """The user pressed Cancel while an export ran."""


def default_page_size() -> str:
    """US Letter where the locale measures in inches (the US), A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


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
        kind = FORMATS[format_name]
        title = f"Export {kind.title}" + (f" ({page_size})" if page_size else "")
        target = ask_save_path(
            self.parent, title, self.suggested_path(workshop, format_name), _FILTERS[format_name], kind.suffix
        )
        if target is None:
            return None
        if target.resolve() == workshop.path.resolve():
            QMessageBox.warning(self.parent, "Export failed", "That is the workshop file itself; choose another name.")
            return None
        progress = QProgressDialog(f"Writing {target.name}…", "Cancel", 0, 100, self.parent)
        progress.setWindowTitle("Exporting")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # quick exports never flash a dialog
        progress.setAutoClose(False)
        progress.setValue(0)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ExportCancelled

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_workshop(workshop, format_name, target, page_size=page_size or "A4", progress=report)
        except ExportCancelled:
            self._status("Export cancelled; nothing was written")
            return None
        except (ExportError, *USER_ERRORS) as error:
            QMessageBox.warning(self.parent, "Export failed", str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        self.settings.set_export_folder(target.parent)
        self._status(f"Exported to {target}")
        if format_name == "pdf":
            self.offer_to_open(target)
        return target

    def offer_to_open(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Roadmap exported",
            f"The roadmap is saved as {path.name} in {path.parent}.",
            parent=self.parent,
        )
        open_button = box.addButton("Open the PDF", QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton("Show the folder", QMessageBox.ButtonRole.ActionRole)
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

        folder = self.settings.export_folder() or Path.home()
        source = ask_open_path(self.parent, "Import a workshop from JSON", Path(folder), "JSON (*.json);;All files (*)")
        if source is None:
            return None
        target = ask_save_path(
            self.parent, "Save the imported workshop as", source.with_suffix(".pemw"), FILE_FILTER, ".pemw"
        )
        if target is None:
            return None
        try:
            import_workshop_file(source, target).close()
        except USER_ERRORS as error:
            QMessageBox.warning(self.parent, "Cannot import the workshop", str(error))
            return None
        return target

    def _status(self, message: str) -> None:
        bar = getattr(self.parent, "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 10_000)
