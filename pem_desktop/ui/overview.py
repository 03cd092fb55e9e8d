"""The overview: a teams x aspects matrix, coloured by level, that follows every change.

With targets, a first row gives the organisation's target on each aspect, and every cell says the
target the team works toward and how far it is (its own target, or else the organisation's).

Its type is sized from font metrics for the space it has: every cell's words whole within its
column, every row on screen where the type can shrink that far (down to a readable limit).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pem_desktop.maturity import MaturityModel
from pem_desktop.palette import level_colour, readable_on, text_colour_on
from pem_desktop.services.history import change_between
from pem_desktop.services.targets import TargetSet, gap
from pem_desktop.services.views import TeamView
from pem_desktop.ui.badges import team_badge
from pem_desktop.ui.text_fit import ShownText, extent, fits, scaled
from pem_desktop.ui.theme import Theme, system_point_size

CELL_MARGIN = 6  # pixels kept free on each side of a cell's text (the item delegate uses 3)
SMALLEST = 0.55  # the type shrinks to this share of its size, no further, to fit the window
FULL_TEXT = Qt.ItemDataRole.UserRole  # a cell's text with the team's target line
SHORT_TEXT = Qt.ItemDataRole.UserRole + 1  # without it (in the tooltip still), when the full ones do not fit


class OverviewTable(QTableWidget):
    """Rows are teams, columns aspects; each cell names where the team stands and the level's label."""

    cellChosen = Signal(str, int)  # aspect id, team id

    def __init__(self, model: MaturityModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self.zoom = 1.0
        self._teams: list[TeamView] = []
        self._offset = 0  # rows above the first team's (the organisation's targets)
        self.setColumnCount(len(model.aspects))
        self.setHorizontalHeaderLabels([aspect.name for aspect in model.aspects])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAccessibleName(self.tr("Overview of all teams and aspects"))
        self.cellClicked.connect(self._chosen)
        self.cellActivated.connect(self._chosen)
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._fit()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._fit()

    def nominal_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(system_point_size() * 1.15 * self.theme.scale * self.zoom)
        return font

    def show_positions(
        self,
        teams: list[TeamView],
        positions: dict[tuple[int, str], float],
        previous: dict[tuple[int, str], float] | None = None,
        targets: TargetSet | None = None,
    ) -> None:
        """Each team on each aspect; with `previous` (a follow-up's last time), the change in every cell; with
        `targets`, the organisation's in a first row and the one each team works toward in its cells."""
        previous = previous or {}
        targets = targets if targets is not None else TargetSet(())
        self._teams = teams
        self._offset = 1 if len(targets) else 0
        self.setRowCount(len(teams) + self._offset)
        if self._offset:
            self._show_organisation_targets(targets)
        for row, team in enumerate(teams, start=self._offset):
            header = QTableWidgetItem(team.name)
            header.setToolTip(team.name)
            self.setVerticalHeaderItem(row, header)
            for column, aspect in enumerate(self.model.aspects):
                position = positions.get((team.id, aspect.id))
                before = previous.get((team.id, aspect.id))
                since = change_words(before, position) if previous else ""
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if position is None:
                    item.setText(self.tr("not placed") + (f"\n{since}" if since else ""))
                    item.setForeground(QColor(readable_on(self.theme.muted, self.theme.panel)))
                    item.setToolTip(self.tr("{team} — {aspect}: not placed").format(team=team.name, aspect=aspect.name))
                else:
                    standing = self.model.standing(position)
                    index = standing.level.index
                    text = f"{standing.words}\n{aspect.levels[index].label}" + (f"\n{since}" if since else "")
                    tip = ""
                    target = targets.for_team(aspect.id, team.id)
                    short = text
                    if target is not None:  # short in the cell (the gap in levels), in full in the tooltip
                        distance = gap(target, position)
                        words = self.model.describe_position(target.position)
                        levels = QLocale().toString(distance, "f", 1)
                        text += f"\n→ {words} ({levels})" if distance > 0 else f"\n→ {words} ✓"
                        whose = self.tr("its own") if target.team_id is not None else self.tr("the organisation's")
                        to_go = self.tr("{distance} levels to go").format(distance=levels) if distance > 0 else None
                        tip = self.tr("; target {position} ({whose}), {to_go}").format(
                            position=words, whose=whose, to_go=to_go or self.tr("reached")
                        )
                    item.setText(text)
                    item.setData(SHORT_TEXT, short)
                    item.setData(FULL_TEXT, text)
                    colour = level_colour(index, self.model.level_count)
                    item.setBackground(QColor(colour))
                    item.setForeground(QColor(text_colour_on(colour)))
                    # The tooltip's clauses, each said whole: where, heading toward, last time, target.
                    toward = (
                        self.tr(", heading toward {level}").format(level=standing.heading_toward.name)
                        if standing.heading_toward
                        else ""
                    )
                    last = (
                        self.tr("; last time {position}").format(position=self.model.standing(before).words)
                        if before is not None
                        else ""
                    )
                    where = self.tr("{team} — {aspect}: {position}").format(
                        team=team.name, aspect=aspect.name, position=standing.words
                    )
                    item.setToolTip(f"{where}{toward}{last}{tip}")
                self.setItem(row, column, item)
        self._fit()
        self.clearSelection()
        self.setCurrentItem(None)

    def _show_organisation_targets(self, targets: TargetSet) -> None:
        header = QTableWidgetItem(self.tr("Target"))
        header.setToolTip(self.tr("The organisation's target on each aspect"))
        self.setVerticalHeaderItem(0, header)
        for column, aspect in enumerate(self.model.aspects):
            target = targets.organisation(aspect.id)
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if target is None:
                item.setText(self.tr("no target"))
                item.setForeground(QColor(readable_on(self.theme.muted, self.theme.panel)))
            else:
                text = self.model.describe_position(target.position)
                if target.due_date:
                    month = self.tr("MMM yyyy", "the format of a target's month (QDate)")
                    text = self.tr("{position} by {date}").format(
                        position=text, date=QLocale().toString(QDate(target.due_date), month)
                    )
                item.setText(text)
            item.setToolTip(
                self.tr("The organisation's target on {aspect}: {target}").format(
                    aspect=aspect.name, target=item.text().replace(chr(10), " ")
                )
            )
            self.setItem(0, column, item)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- fitting -------------------------------------------------------------------------------

    def _row_texts(self) -> dict[int, list[str]]:
        """The texts of each row shown, by row."""
        shown = (row for row in range(self.rowCount()) if not self.isRowHidden(row))
        cells = {row: [self.item(row, column) for column in range(self.columnCount())] for row in shown}
        return {row: [item.text() for item in items if item is not None] for row, items in cells.items()}

    def _fit(self) -> None:
        """The largest type (within limits) at which every cell, header and team name fits, rows on screen;
        if even the smallest is not enough with the targets' lines, the cells go without them."""
        items = [self.item(r, c) for r in range(self.rowCount()) for c in range(self.columnCount())]
        with_targets = [item for item in items if item is not None and item.data(FULL_TEXT) is not None]
        for item in with_targets:
            item.setText(item.data(FULL_TEXT))
        if self._offset:
            self.setRowHidden(0, False)
        if self._fit_once() or (not self._offset and not with_targets):
            return
        for item in with_targets:
            item.setText(item.data(SHORT_TEXT))
        if not self._fit_once() and self._offset:
            self.setRowHidden(0, True)  # the organisation's targets are on the board and in the cells' tooltips
            self._fit_once()

    def _fit_once(self) -> bool:
        """Set the type for the current texts; whether everything fits."""
        nominal = self.nominal_font()
        target_row = self._offset and not self.isRowHidden(0)
        names = [self.tr("Target")] * target_row + [team.name for team in self._teams]
        row_texts = self._row_texts()
        texts = [text for row in row_texts.values() for text in row]
        width = max(self.width() - 2 * self.frameWidth(), 200)  # the team names' header and the cells
        height = max(self.height() - 2 * self.frameWidth() - 2, 120)
        factor = 1.0
        while True:
            font = scaled(nominal, factor)
            bold = QFont(font)
            bold.setBold(True)
            badge = round(QFontMetricsF(bold).height())
            names_width = max((QFontMetricsF(bold).horizontalAdvance(name) for name in names), default=0.0)
            header_width = min(names_width + badge + 3 * CELL_MARGIN, width * 0.34)
            column_width = (width - header_width) / max(self.columnCount(), 1) - 1
            inner = column_width - 2 * CELL_MARGIN
            cells_fit = all(fits(font, text, inner, 1e6) for text in texts)
            names_fit = names_width + badge + 3 * CELL_MARGIN <= header_width + 0.5
            # Each row as tall as its tallest cell (one long position in words need not make every row tall).
            line = QFontMetricsF(font).height()
            row_heights = {
                row: max((extent(font, text, inner)[1] for text in cells), default=line) + 2 * CELL_MARGIN + 1
                for row, cells in row_texts.items()
            }  # (the + 1: the grid line)
            top_height = QFontMetricsF(bold).height() + 2 * CELL_MARGIN
            aspects_fit = all(
                QFontMetricsF(bold).horizontalAdvance(a.name) <= inner + CELL_MARGIN for a in self.model.aspects
            )
            rows_fit = top_height + sum(math.ceil(h) for h in row_heights.values()) <= height
            fitted = cells_fit and names_fit and aspects_fit and rows_fit
            if fitted or factor <= SMALLEST:
                break
            factor = max(factor * 0.94, SMALLEST)
        self.setFont(font)
        self.horizontalHeader().setFont(bold)
        self.verticalHeader().setFont(bold)
        self.setIconSize(self.iconSize().__class__(badge, badge))
        self.verticalHeader().setFixedWidth(round(header_width))
        self.verticalHeader().setDefaultSectionSize(math.ceil(max(row_heights.values(), default=line)))
        for row, row_height in row_heights.items():
            self.setRowHeight(row, math.ceil(row_height))
        self.horizontalHeader().setFixedHeight(round(top_height))
        if self._offset and self.verticalHeaderItem(0) is not None:
            self.verticalHeaderItem(0).setFont(bold)
            self.verticalHeaderItem(0).setForeground(QColor(self.theme.text))
        for row, team in enumerate(self._teams, start=self._offset):
            header = self.verticalHeaderItem(row)
            if header is not None:
                header.setIcon(team_badge(team.colour, team.name, badge))
                header.setFont(bold)
                header.setForeground(QColor(self.theme.text))
        return fitted

    def shown_texts(self) -> list[ShownText]:
        """Every cell, aspect name and team name with its font and space (for the no-clipping tests)."""
        shown = []
        font = self.font()
        for row in range(self.rowCount()):
            if self.isRowHidden(row):
                continue
            for column in range(self.columnCount()):
                item = self.item(row, column)
                rect = QRectF(self.visualItemRect(item)).adjusted(CELL_MARGIN, CELL_MARGIN, -CELL_MARGIN, -CELL_MARGIN)
                rect.translate(self.viewport().pos())
                shown.append(ShownText(f"overview cell {row},{column}", item.text(), item.text(), font, rect, True))
        header, bold = self.horizontalHeader(), self.horizontalHeader().font()
        for column, aspect in enumerate(self.model.aspects):
            rect = QRectF(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height())
            rect = rect.adjusted(CELL_MARGIN / 2, 0, -CELL_MARGIN / 2, 0).translated(self.viewport().x(), 0)
            shown.append(ShownText(f"overview aspect {aspect.name}", aspect.name, aspect.name, bold, rect))
        side = self.verticalHeader()
        for row, team in enumerate(self._teams, start=self._offset):
            top = side.sectionViewportPosition(row)
            left = self.iconSize().width() + 2 * CELL_MARGIN
            rect = QRectF(left, top, side.width() - left - CELL_MARGIN / 2, side.sectionSize(row))
            rect.translate(0, header.height())
            shown.append(ShownText(f"overview team {team.name}", team.name, team.name, side.font(), rect))
        return shown

    def _chosen(self, row: int, column: int) -> None:
        row -= self._offset
        if 0 <= row < len(self._teams):
            self.cellChosen.emit(self.model.aspects[column].id, self._teams[row].id)


def change_words(before: float | None, now: float | None) -> str:
    """A cell's change since last time: "▲ +0.50", "▼ −0.25", "= same", "new", "was placed" (or "")."""
    change = change_between(before, now)
    direction = change.direction
    if direction in ("up", "down"):  # the amount with its sign (a true minus), in the locale's digits
        amount = QLocale().toString(abs(change.amount), "f", 2)
        return f"▲ +{amount}" if direction == "up" else f"▼ \u2212{amount}"
    if direction == "same":
        return QCoreApplication.translate("OverviewTable", "= same")
    if direction == "new":
        return QCoreApplication.translate("OverviewTable", "new", "a team placed for the first time")
    return QCoreApplication.translate("OverviewTable", "was placed") if before is not None else ""
