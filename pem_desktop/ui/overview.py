"""The overview: a teams x aspects matrix, coloured by level, that follows every change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pem_desktop.maturity import MaturityModel
from pem_desktop.palette import level_colour, text_colour_on
from pem_desktop.services.views import TeamView
from pem_desktop.ui.theme import Theme


class OverviewTable(QTableWidget):
    """Rows are teams, columns aspects; each cell names the level and the position within it."""

    cellChosen = Signal(str, int)  # aspect id, team id

    def __init__(self, model: MaturityModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self._teams: list[TeamView] = []
        self.setColumnCount(len(model.aspects))
        self.setHorizontalHeaderLabels([aspect.name for aspect in model.aspects])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(True)
        self.setAccessibleName("Overview of all teams and aspects")
        self.cellClicked.connect(self._chosen)
        self.cellActivated.connect(self._chosen)
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        font = QFont(self.font())
        font.setPointSizeF(12 * theme.scale)
        self.setFont(font)
        self.verticalHeader().setDefaultSectionSize(round(58 * theme.scale))
        self.verticalHeader().setMinimumWidth(round(150 * theme.scale))

    def show_positions(self, teams: list[TeamView], positions: dict[tuple[int, str], float]) -> None:
        self._teams = teams
        self.setRowCount(len(teams))
        self.setVerticalHeaderLabels([team.name for team in teams])
        for row, team in enumerate(teams):
            header = self.verticalHeaderItem(row)
            header.setForeground(QColor(team.colour))
            bold = QFont(self.font())
            bold.setBold(True)
            header.setFont(bold)
            for column, aspect in enumerate(self.model.aspects):
                position = positions.get((team.id, aspect.id))
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if position is None:
                    item.setText("not placed")
                    item.setForeground(QColor(self.theme.muted))
                else:
                    standing = self.model.standing(position)
                    index = standing.level.index
                    label = aspect.levels[index].label
                    item.setText(f"{standing.words}\n{label}")
                    colour = level_colour(index, self.model.level_count)
                    item.setBackground(QColor(colour))
                    item.setForeground(QColor(text_colour_on(colour)))
                item.setToolTip(f"{team.name} — {aspect.name}: {item.text().splitlines()[0]}")
                self.setItem(row, column, item)
        self.clearSelection()
        self.setCurrentItem(None)

    def _chosen(self, row: int, column: int) -> None:
        if 0 <= row < len(self._teams):
            self.cellChosen.emit(self.model.aspects[column].id, self._teams[row].id)
