"""Dialogs: a new workshop, the workshop's details, a team's name."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import LoadedModel, ModelError, load_model_file
from pem_desktop.maturity.catalog import bundled_models
from pem_desktop.services.views import WorkshopInfo
from pem_desktop.services.workshop import TEAM_COLOURS
from pem_desktop.ui.badges import team_badge
from pem_desktop.ui.fields import DateField, buddy_label
from pem_desktop.ui.form_keys import submit_only_on_purpose
from pem_desktop.ui.model_language import ModelLanguageCombo
from pem_desktop.ui.screen_fit import fit_dialog


def workshop_file_filter() -> str:
    """The file dialogs' filter for workshop files, its words in the interface's language."""
    return "{workshops} (*.pemw);;{everything} (*)".format(
        workshops=QCoreApplication.translate("WorkshopPath", "PEM workshops"),
        everything=QCoreApplication.translate("WorkshopPath", "All files"),
    )


def shown_date(day: date | None) -> str:
    """A date written out in the interface's language ("Monday, 1 March 2027"), or "" when there is none."""
    return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat) if day else ""


def ask_workshop_path(parent: QWidget, title: str, current: str) -> str | None:
    """A Save dialog for a workshop file: the chosen path, ending in .pemw, or None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, current, workshop_file_filter())
    if not path:
        return None
    return path if path.endswith(".pemw") else f"{path}.pemw"


def new_workshop_path(parent: QWidget, text: str) -> Path | None:
    """The path typed for a new workshop file, ending in .pemw, with its folder made; None, after saying
    why, when a file is there already or the folder cannot be made."""
    translate = QCoreApplication.translate
    path = Path(text.strip()).expanduser()
    if path.suffix.lower() != ".pemw":
        path = path.with_name(path.name + ".pemw")
    if path.exists():
        QMessageBox.warning(
            parent,
            translate("WorkshopPath", "File exists"),
            translate("WorkshopPath", "{path} already exists. Choose another name.").format(path=path),
        )
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("WorkshopPath", "Cannot save there"),
            translate("WorkshopPath", "Cannot create the folder {folder}: {reason}").format(
                folder=path.parent, reason=error.strerror
            ),
        )
        return None
    return path


def default_workshop_folder() -> Path:
    return Path(user_documents_dir()) / "PEM Workshops"


@dataclass(frozen=True)
class NewWorkshopRequest:
    """Everything the user chose for a new workshop."""

    path: Path
    title: str
    organisation: str
    workshop_date: date
    facilitator: str
    participants: str
    loaded_model: LoadedModel
    team_names: tuple[str, ...]
    team_colours: tuple[str, ...]


class NewWorkshopDialog(QDialog):
    """Title, organisation, date, facilitator, participants, model, teams and where to save."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        fit_dialog(self, 620)
        self._folder = folder or default_workshop_folder()
        self._path_edited = False
        self._custom_model: LoadedModel | None = None
        self.result_request: NewWorkshopRequest | None = None

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Acme platform maturity workshop"))
        self.organisation_edit = QLineEdit()
        self.date_edit = DateField()
        self.date_edit.setDate(QDate.currentDate())
        self.facilitator_edit = QLineEdit()
        self.participants_edit = QPlainTextEdit()
        self.participants_edit.setPlaceholderText(self.tr("Who is in the room (names or roles)"))
        self.participants_edit.setFixedHeight(64)
        self.model_combo = QComboBox()
        for loaded in bundled_models():
            model = loaded.model
            self.model_combo.addItem(f"{model.title} {model.version}", loaded)
        self.model_combo.addItem(self.tr("Another model file…"), None)
        self.model_combo.activated.connect(self._model_chosen)
        self.language_combo = ModelLanguageCombo()
        self._model_files: dict[str, Path] = {}  # sha256 of a model chosen from a file -> its file
        self.model_combo.currentIndexChanged.connect(self._model_shown)
        self._model_shown(0)

        self.team_edit = QLineEdit()
        self.team_edit.setPlaceholderText(self.tr("Team name, then Enter"))
        self.team_edit.installEventFilter(self)  # Enter here adds the team; it never creates the workshop
        add_team = QPushButton(self.tr("Add"))
        add_team.clicked.connect(self._add_team)
        self.team_list = QListWidget()
        self.team_list.setFixedHeight(130)
        self.team_list.setAccessibleName(self.tr("Teams"))
        colour_button = QPushButton(self.tr("Colour…"))
        colour_button.clicked.connect(self._recolour_team)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.clicked.connect(self._remove_team)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_edit, 1)
        team_row.addWidget(add_team)
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(colour_button)
        team_buttons.addWidget(remove_button)
        team_buttons.addStretch(1)
        teams = QVBoxLayout()
        teams.addLayout(team_row)
        teams.addWidget(self.team_list)
        teams.addLayout(team_buttons)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.path_edit.textEdited.connect(self._path_typed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("&Participants"), self.participants_edit)
        form.addRow(self.tr("&Model"), self.model_combo)
        form.addRow(self.tr("Model &language"), self.language_combo)
        form.addRow(buddy_label(self.tr("T&eams"), self.team_edit), teams)
        form.addRow(buddy_label(self.tr("&Save as"), self.path_edit), path_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Create workshop"))
        submit_only_on_purpose(self, self.buttons)  # Enter in a field never creates it half-way through the form
        create.setToolTip(self.tr("Create the workshop ({keys})").format(keys="Ctrl+Enter"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._title_changed)
        self._title_changed("")

    def eventFilter(self, watched, event) -> bool:
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.team_edit and enter:  # (Ctrl+Enter is the form's shortcut: it never gets here)
            self._add_team()
            return True
        return super().eventFilter(watched, event)

    # -- teams ---------------------------------------------------------------------------------

    def _add_team(self) -> None:
        name = " ".join(self.team_edit.text().split())
        if not name:
            return
        existing = {self.team_list.item(i).text().casefold() for i in range(self.team_list.count())}
        if name.casefold() in existing:
            QMessageBox.information(
                self,
                self.tr("Team already listed"),
                self.tr("There is already a team called “{name}”.").format(name=name),
            )
            return
        colour = TEAM_COLOURS[self.team_list.count() % len(TEAM_COLOURS)]
        item = QListWidgetItem(team_badge(colour, name, 18), name)
        item.setData(Qt.ItemDataRole.UserRole, colour)
        self.team_list.addItem(item)
        self.team_edit.clear()

    def _recolour_team(self) -> None:
        item = self.team_list.currentItem()
        if item is None:
            return
        colour = QColorDialog.getColor(
            QColor(item.data(Qt.ItemDataRole.UserRole)), self, self.tr("Colour of {team}").format(team=item.text())
        )
        if colour.isValid():
            item.setData(Qt.ItemDataRole.UserRole, colour.name().upper())
            item.setIcon(team_badge(colour.name(), item.text(), 18))

    def _remove_team(self) -> None:
        row = self.team_list.currentRow()
        if row >= 0:
            self.team_list.takeItem(row)

    # -- model and path ------------------------------------------------------------------------

    def _model_chosen(self, index: int) -> None:
        if self.model_combo.itemData(index) is not None:
            return
        models = self.tr("Maturity models")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a maturity model"), "", f"{models} (*.yaml *.yml)")
        if not path:
            self.model_combo.setCurrentIndex(0)
            return
        try:
            loaded = load_model_file(path)
        except ModelError as error:
            self.model_combo.setCurrentIndex(0)
            show_model_error(self, path, error)
            return
        self._custom_model = loaded
        self._model_files[loaded.sha256] = Path(path)
        self.model_combo.insertItem(index, f"{loaded.model.title} {loaded.model.version} ({Path(path).name})", loaded)
        self.model_combo.setCurrentIndex(index)

    def _model_shown(self, index: int) -> None:
        loaded = self.model_combo.itemData(index)
        if loaded is not None:
            self.language_combo.set_model(loaded, self._model_files.get(loaded.sha256))

    def _title_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        if not self._path_edited:
            self.path_edit.setText(str(self._folder / f"{safe_file_name(text) or 'Workshop'}.pemw"))

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _choose_path(self) -> None:
        path = ask_workshop_path(self, self.tr("Save the workshop as"), self.path_edit.text())
        if path:
            self._path_edited = True
            self.path_edit.setText(path)

    def _accept(self) -> None:
        path = new_workshop_path(self, self.path_edit.text())
        if path is None:
            return
        try:
            loaded_model = self.language_combo.chosen_model()
        except ModelError as error:
            show_model_error(self, error.problems[0].file, error, translation=True)
            return
        names = tuple(self.team_list.item(i).text() for i in range(self.team_list.count()))
        colours = tuple(self.team_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.team_list.count()))
        self.result_request = NewWorkshopRequest(
            path=path,
            title=self.title_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            workshop_date=self.date_edit.date().toPython(),
            facilitator=self.facilitator_edit.text().strip(),
            participants=self.participants_edit.toPlainText().strip(),
            loaded_model=loaded_model,
            team_names=names,
            team_colours=colours,
        )
        self.accept()


class WorkshopDetailsDialog(QDialog):
    """Edit the workshop's title, organisation, date, facilitator, participants and notes."""

    def __init__(self, info: WorkshopInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop details"))
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(info.title)
        self.organisation_edit = QLineEdit(info.organisation)
        self.date_edit = DateField()
        self.date_edit.setDate(QDate(info.workshop_date) if info.workshop_date else QDate.currentDate())
        self.facilitator_edit = QLineEdit(info.facilitator)
        self.participants_edit = QPlainTextEdit(info.participants)
        self.participants_edit.setFixedHeight(70)
        self.notes_edit = QPlainTextEdit(info.notes)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("&Participants"), self.participants_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        submit_only_on_purpose(self, buttons)
        self.title_edit.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "organisation": self.organisation_edit.text(),
            "workshop_date": self.date_edit.date().toPython(),
            "facilitator": self.facilitator_edit.text(),
            "participants": self.participants_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
        }


class RestoreBackupDialog(QDialog):
    """Pick one of a workshop's backups and the new file to restore it into."""

    def __init__(self, workshop_path: Path, backups: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(560)
        self.workshop_path = workshop_path
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Backups of {file}, newest first. The one you choose is restored as a new file; "
                "the original stays as it is."
            ).format(file=workshop_path.name)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        locale = QLocale()
        to_the_second = locale.dateTimeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss")
        for backup in backups:
            made = locale.toString(QDateTime(backup.made_at), to_the_second)
            size = locale.toString(backup.size // 1024)
            self.list.addItem(self.tr("{made}   ({size} KB)").format(made=made, size=size))
        self.list.currentRowChanged.connect(self._backup_chosen)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Restore as"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        empty = QLabel(self.tr("There are no backups of this workshop yet."))
        empty.setVisible(not backups)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buddy_label(self.tr("Restore &as:"), self.path_edit))
        layout.addLayout(path_row)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        if backups:
            self.list.setCurrentRow(0)

    def _backup_chosen(self, row: int) -> None:
        if 0 <= row < len(self.backups):
            stamp = f"{self.backups[row].made_at:%Y-%m-%d %H.%M}"
            folder = (
                self.workshop_path.parent
                if os.access(self.workshop_path.parent, os.W_OK)
                else default_workshop_folder()
            )
            self.path_edit.setText(str(folder / f"{self.workshop_path.stem} (restored {stamp}).pemw"))

    def _choose_path(self) -> None:
        path = ask_workshop_path(self, self.tr("Restore as"), self.path_edit.text())
        if path:
            self.path_edit.setText(path)

    def chosen(self):
        """(the chosen backup, the path to restore it to)."""
        row = self.list.currentRow()
        return self.backups[row], Path(self.path_edit.text().strip()).expanduser()


def run_dialog(dialog: QDialog, result: Callable[[], object]) -> object | None:
    """Show a dialog modally; `result()` if it was accepted, else None. The dialog is disposed of after."""
    try:
        return result() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def show_model_error(parent: QWidget, path: str, error: ModelError, translation: bool = False) -> None:
    """Why a maturity model (or, with `translation`, a model translation) file cannot be used: its first problems."""
    translate = QCoreApplication.translate
    problems = error.problems
    listed = "\n".join(_problem_line(problem) for problem in problems[:12])
    if len(problems) > 12:
        listed += "\n" + translate("ModelError", "… and %n more.", None, len(problems) - 12)
    name = Path(path).name
    if translation:
        title = translate("ModelError", "This model translation cannot be used")
        text = translate("ModelError", "{file} is not a valid model translation (%n problem(s)).", None, len(problems))
    else:
        title = translate("ModelError", "This maturity model cannot be used")
        text = translate("ModelError", "{file} is not a valid maturity model (%n problem(s)).", None, len(problems))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text.format(file=name), parent=parent)
    box.setInformativeText(listed)
    box.exec()


def _problem_line(problem) -> str:
    """One problem of a model file as the error box lists it (its message is the validator's, not translated)."""
    if not problem.line:
        return f"• {problem.message}"
    if problem.path:
        return QCoreApplication.translate("ModelError", "• line {line}: {path}: {message}").format(
            line=problem.line, path=problem.path, message=problem.message
        )
    return QCoreApplication.translate("ModelError", "• line {line}: {message}").format(
        line=problem.line, message=problem.message
    )


def safe_file_name(text: str) -> str:
    """A file name made from a title: no path separators or characters that file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split())[:80].strip(" .")
