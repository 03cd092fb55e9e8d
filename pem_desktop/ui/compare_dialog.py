"""File > Compare…: positions over time across workshops of the same model, even ones not started as follow-ups.

Choose the workshops (the open one is in the list already); teams are matched by their identity or
their name, and a team that goes by another name in another workshop is matched with "Same team as".
The table shows each team's position on the chosen aspect in every workshop, oldest first; the trend
exports as a PDF report, Markdown or CSV (as `pem-desktop trend` does). The files are only read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.export.since import point_labels
from pem_desktop.maturity import MaturityModel
from pem_desktop.palette import readable_on
from pem_desktop.services import USER_ERRORS, Workshop
from pem_desktop.services.follow_up import opened_for_reading
from pem_desktop.services.history import History, change_between, read_history
from pem_desktop.services.trend import Trend, compare_histories
from pem_desktop.ui.badges import team_badge
from pem_desktop.ui.dialogs import default_workshop_folder, workshop_file_filter
from pem_desktop.ui.screen_fit import fit_dialog

Read = tuple[History, MaturityModel, str]
EXPORTS = ("pdf", "md", "csv")


def export_names(fmt: str) -> tuple[str, str, str]:
    """A trend export's button, its save dialog's title and its file filter, in the interface's language."""
    translate = QCoreApplication.translate
    return {
        "pdf": (
            translate("CompareDialog", "Export PDF report…"),
            translate("CompareDialog", "Export the trend (PDF report)"),
            "{} (*.pdf)".format(translate("CompareDialog", "PDF documents")),
        ),
        "md": (
            translate("CompareDialog", "Export Markdown…"),
            translate("CompareDialog", "Export the trend (Markdown)"),
            "Markdown (*.md)",
        ),
        "csv": (
            translate("CompareDialog", "Export CSV…"),
            translate("CompareDialog", "Export the trend (CSV)"),
            "{} (*.csv)".format(translate("CompareDialog", "CSV tables")),
        ),
    }[fmt]


class CompareDialog(QDialog):
    """Compare workshops (see the module's docstring)."""

    def __init__(self, workshop: Workshop | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare workshops"))
        fit_dialog(self, 980)
        self.read: list[Read] = []
        self.paths: list[Path] = []
        self.name_map: dict[str, str] = {}
        self.trend: Trend | None = None
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Workshops compared"))
        self.files.setMaximumHeight(110)
        add = QPushButton(self.tr("&Add workshops…"))
        add.setAutoDefault(False)
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("&Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_file)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)

        self.teams = QTableWidget(0, 3)
        self.teams.setHorizontalHeaderLabels([self.tr("Team"), self.tr("In workshops"), self.tr("Same team as")])
        self.teams.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.teams.verticalHeader().setVisible(False)
        self.teams.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teams.setAccessibleName(self.tr("Teams matched across the workshops"))
        self.aspect = QComboBox()
        self.aspect.setAccessibleName(self.tr("Aspect"))
        self.aspect.currentIndexChanged.connect(self._fill_positions)
        self.positions = QTableWidget()
        self.positions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.positions.setAccessibleName(self.tr("Positions over time"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.export_buttons = []
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        for fmt in EXPORTS:
            button = QPushButton(export_names(fmt)[0])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons.append(button)
            footer.addWidget(button)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        footer.addWidget(close)

        aspect_row = QHBoxLayout()
        aspect_label = QLabel(self.tr("Positions on"))
        aspect_label.setBuddy(self.aspect)
        aspect_row.addWidget(aspect_label)
        aspect_row.addWidget(self.aspect, 1)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Workshops of the same model, oldest first. Teams are matched by their identity (a follow-up keeps "
                "it) or by name; if a team goes by another name in another workshop, say which with “Same team as”."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.teams, 1)
        layout.addLayout(aspect_row)
        layout.addWidget(self.positions, 2)
        layout.addLayout(footer)
        if workshop is not None:
            self.read.append((read_history(workshop), workshop.model, workshop.path.name))
            self.paths.append(workshop.path)
        self.refresh()

    # -- the workshops -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = self.paths[-1].parent if self.paths else default_workshop_folder()
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Workshops to compare"), str(folder), workshop_file_filter()
        )
        self.add_files([Path(path) for path in paths])

    def add_files(self, paths: list[Path]) -> None:
        problems = []
        for path in paths:
            if any(path.resolve() == known.resolve() for known in self.paths):
                continue
            try:
                with opened_for_reading(path) as workshop:
                    self.read.append((read_history(workshop), workshop.model, path.name))
                self.paths.append(path)
            except USER_ERRORS as error:
                problems.append(str(error))
        if problems:
            QMessageBox.warning(self, self.tr("Some workshops cannot be compared"), "\n\n".join(problems))
        self.refresh()

    def remove_file(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.read):
            del self.read[row]
            del self.paths[row]
            self.refresh()

    # -- the trend ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.files.clear()
        for (history, _model, _name), path in zip(self.read, self.paths, strict=True):
            earlier = len(history.snapshots)
            if earlier:
                text = self.tr("{title} — {file} and %n earlier workshop(s) inside it", "", earlier)
            else:
                text = self.tr("{title} — {file}")
            self.files.addItem(text.format(title=history.current.title, file=path.name))
        self.trend = None
        if self.read:
            try:
                self.trend = compare_histories(self.read, self.name_map)
            except USER_ERRORS as error:
                self.message.setText(str(error))
        if self.trend is None:
            if not self.read:
                self.message.setText(self.tr("Add the workshops to compare."))
            self.teams.setRowCount(0)
            self.positions.clear()
            self.positions.setRowCount(0)
            self.positions.setColumnCount(0)
        else:
            workshops = self.tr("%n workshop(s)", "", len(self.trend.points))
            teams = self.tr("%n team(s)", "", len(self.trend.teams))
            self.message.setText(self.tr("{workshops}, {teams}.").format(workshops=workshops, teams=teams))
            self._fill_teams()
            self._fill_aspects()
        for button in self.export_buttons:
            button.setEnabled(self.trend is not None)

    def _fill_teams(self) -> None:
        trend = self.trend
        self.teams.setRowCount(len(trend.teams))
        count = len(trend.points)
        for row, team in enumerate(trend.teams):
            name = QTableWidgetItem(team_badge(team.colour, team.name, 16), team.name)
            if len(team.names) > 1:
                name.setToolTip(self.tr("Also called: {names}").format(names=", ".join(team.names[:-1])))
            self.teams.setItem(row, 0, name)
            present = sum(1 for point in trend.points if point.team(team.key) is not None)
            self.teams.setItem(row, 1, QTableWidgetItem(f"{present} / {count}"))
            combo = QComboBox()
            combo.addItem(self.tr("— itself —"), "")
            for other in trend.teams:
                if other.key != team.key:
                    combo.addItem(other.name, other.name)
            combo.setAccessibleName(self.tr("Same team as, for {team}").format(team=team.name))
            combo.activated.connect(lambda _index, c=combo, t=team: self._map(t, c.currentData()))
            self.teams.setCellWidget(row, 2, combo)

    def _map(self, team, other_name: str) -> None:
        for name in team.names:
            if other_name:
                self.name_map[name] = other_name
            else:
                self.name_map.pop(name, None)
        self.refresh()

    def _fill_aspects(self) -> None:
        model = self.trend.model
        current = self.aspect.currentData()
        self.aspect.blockSignals(True)
        self.aspect.clear()
        for aspect in model.aspects:
            self.aspect.addItem(aspect.name, aspect.id)
        index = self.aspect.findData(current)
        self.aspect.setCurrentIndex(max(index, 0))
        self.aspect.blockSignals(False)
        self._fill_positions()

    def _fill_positions(self, *_args) -> None:
        trend = self.trend
        if trend is None or self.aspect.currentData() is None:
            return
        aspect_id = self.aspect.currentData()
        model = trend.model
        labels = point_labels(trend)
        locale = QLocale()
        self.positions.clear()
        self.positions.setColumnCount(len(labels))
        self.positions.setHorizontalHeaderLabels(list(labels))
        teams = trend.teams
        self.positions.setRowCount(len(teams))
        self.positions.setVerticalHeaderLabels([team.name for team in teams])
        for row, team in enumerate(teams):
            values = trend.series(aspect_id, team.key)
            for column, value in enumerate(values):
                if value is None:
                    item = QTableWidgetItem("–")
                else:
                    words = model.standing(value).words
                    before = values[column - 1] if column else None
                    change = change_between(before, value).short() if before is not None else ""
                    item = QTableWidgetItem(
                        f"{words} ({locale.toString(value, 'f', 2)})" + (f"  {change}" if change else "")
                    )
                    base = self.positions.palette().base().color().name()
                    if change.startswith("+"):
                        item.setForeground(QColor(readable_on("#15803D", base)))
                    elif change.startswith("\u2212"):
                        item.setForeground(QColor(readable_on("#B91C1C", base)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.positions.setItem(row, column, item)
        self.positions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # -- exporting --------------------------------------------------------------------------------------

    def export(self, fmt: str) -> Path | None:
        if self.trend is None:
            return None
        from pem_desktop.export import ExportError
        from pem_desktop.export.trend_report import TREND_FORMATS, export_trend

        _button, title, file_filter = export_names(fmt)
        folder = self.paths[-1].parent if self.paths else default_workshop_folder()
        suggested = folder / f"Trend {self.trend.model.title}{TREND_FORMATS[fmt]}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != TREND_FORMATS[fmt]:
            target = target.with_name(target.name + TREND_FORMATS[fmt])
        try:
            written = export_trend(self.trend, fmt, target)
        except (ExportError, *USER_ERRORS) as error:
            QMessageBox.warning(self, self.tr("The trend was not exported"), str(error))
            return None
        self.message.setText(self.tr("Wrote {path}").format(path=written))
        return written


__all__ = ["CompareDialog"]
