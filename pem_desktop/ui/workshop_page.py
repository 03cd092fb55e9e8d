"""The page of an open workshop: aspect navigator, board or overview, and the level detail panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from pem_desktop.maturity import Aspect
from pem_desktop.services import Workshop
from pem_desktop.services.views import Change
from pem_desktop.ui.board import BoardScene, BoardView
from pem_desktop.ui.commands import MoveTeamCommand, perform
from pem_desktop.ui.level_detail import LevelDetailPanel
from pem_desktop.ui.overview import OverviewTable
from pem_desktop.ui.theme import Theme


class WorkshopPage(QWidget):
    """Everything shown for one open workshop; every change goes through undoable commands."""

    aspectShown = Signal(str)  # aspect id, or "" for the overview

    def __init__(
        self,
        workshop: Workshop,
        stack: QUndoStack,
        theme: Theme,
        report: Callable[[Exception], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workshop = workshop
        self.model = workshop.model
        self.stack = stack
        self.theme = theme
        self.report = report
        self._pinned_level: int | None = None

        self.navigator = QTabBar()
        self.navigator.setObjectName("aspectNavigator")
        self.navigator.setAccessibleName("Aspects")
        self.navigator.setExpanding(False)
        self.navigator.setDrawBase(False)
        for index, aspect in enumerate(self.model.aspects):
            self.navigator.addTab(aspect.name)
            self.navigator.setTabToolTip(
                index, f"{aspect.question}  (Ctrl+{index + 1})" if index < 9 else aspect.question
            )
        self.navigator.addTab("Overview")
        self.navigator.setTabToolTip(len(self.model.aspects), "All teams on all aspects (Ctrl+0)")
        self.navigator.currentChanged.connect(self._tab_changed)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(workshop.read_only)
        self.banner.setText(f"Read-only: {workshop.path.name} cannot be changed here. Nothing you see can be lost.")

        self.aspect_title = QLabel()
        self.aspect_title.setObjectName("aspectTitle")
        self.aspect_question = QLabel()
        self.aspect_question.setObjectName("aspectQuestion")
        self.aspect_question.setWordWrap(True)
        self.scene = BoardScene(self.model, theme, self)
        self.scene.read_only = workshop.read_only
        self.view = BoardView(self.scene)
        self.view.set_background(theme.window)
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(12, 8, 0, 0)
        board_layout.setSpacing(2)
        board_layout.addWidget(self.aspect_title)
        board_layout.addWidget(self.aspect_question)
        board_layout.addWidget(self.view, 1)

        self.overview = OverviewTable(self.model, theme)
        self.overview.cellChosen.connect(self._overview_cell_chosen)
        self.centre = QStackedWidget()
        self.centre.addWidget(board_box)
        self.centre.addWidget(self.overview)

        self.detail = LevelDetailPanel(self.model, theme)
        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 360])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigator)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.scene.cardDropped.connect(self.move_team)
        self.view.moveRequested.connect(self.move_team)
        self.scene.cardSelected.connect(self._card_selected)
        self.scene.levelHovered.connect(self._level_hovered)
        self.scene.levelClicked.connect(self._level_clicked)
        workshop.subscribe(self._on_change)
        self.show_aspect(self.model.aspects[0].id)

    # -- navigation ----------------------------------------------------------------------------

    @property
    def aspect(self) -> Aspect:
        return self.scene.aspect

    def showing_overview(self) -> bool:
        return self.centre.currentWidget() is self.overview

    def show_aspect(self, aspect_id: str) -> None:
        index = next(i for i, aspect in enumerate(self.model.aspects) if aspect.id == aspect_id)
        if self.navigator.currentIndex() != index:
            self.navigator.setCurrentIndex(index)  # comes back through _tab_changed
            return
        self._show_aspect_now(self.model.aspects[index])

    def show_overview(self) -> None:
        self.navigator.setCurrentIndex(len(self.model.aspects))

    def step_aspect(self, step: int) -> None:
        count = self.navigator.count()
        self.navigator.setCurrentIndex((self.navigator.currentIndex() + step) % count)

    def _tab_changed(self, index: int) -> None:
        if index == len(self.model.aspects):
            self._refresh_overview()
            self.centre.setCurrentWidget(self.overview)
            self.aspectShown.emit("")
        elif 0 <= index < len(self.model.aspects):
            self._show_aspect_now(self.model.aspects[index])

    def _show_aspect_now(self, aspect: Aspect) -> None:
        self.centre.setCurrentIndex(0)
        self.aspect_title.setText(aspect.name)
        self.aspect_question.setText(aspect.question)
        self._pinned_level = None
        self._refresh_board(aspect)
        self.detail.show_level(aspect, None)
        self.view.setFocus()
        self.aspectShown.emit(aspect.id)

    # -- refreshing from the file --------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.kinds & {"teams", "placements"}:
            if self.showing_overview():
                self._refresh_overview()
            else:
                self._refresh_board(self.aspect)

    def _refresh_board(self, aspect: Aspect) -> None:
        positions = {p.team_id: p.position for p in self.workshop.placements(aspect.id)}
        self.scene.show_aspect(aspect, self.workshop.teams(), positions)

    def _refresh_overview(self) -> None:
        positions = {(p.team_id, p.aspect_id): p.position for p in self.workshop.placements()}
        self.overview.show_positions(self.workshop.teams(), positions)

    def refresh_all(self) -> None:
        if self.showing_overview():
            self._refresh_overview()
        else:
            self._refresh_board(self.aspect)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.scene.set_theme(theme)
        self.view.set_background(theme.window)
        self.detail.set_theme(theme)
        self.overview.set_theme(theme)
        self.refresh_all()

    # -- actions -------------------------------------------------------------------------------

    def move_team(self, team_id: int, position: float | None) -> None:
        command = MoveTeamCommand(self.workshop, team_id, self.aspect.id, position)
        perform(self.stack, command, self.report)
        self.scene.select_card(team_id)

    def selected_team_id(self) -> int | None:
        return None if self.showing_overview() else self.scene.selected_team_id()

    # -- the level detail ----------------------------------------------------------------------

    def _card_selected(self, team_id: int) -> None:
        card = self.scene.cards.get(team_id)
        if card is not None and card.position is not None:
            self._pinned_level = self.model.level_index_at(card.position)
            self.detail.show_level(self.aspect, self._pinned_level)

    def _level_hovered(self, index: int) -> None:
        self.detail.show_level(self.aspect, index if index >= 0 else self._pinned_level)

    def _level_clicked(self, index: int) -> None:
        self._pinned_level = index
        self.detail.show_level(self.aspect, index)

    def _overview_cell_chosen(self, aspect_id: str, team_id: int) -> None:
        self.show_aspect(aspect_id)
        self.scene.select_card(team_id)

    def close(self) -> bool:
        self.workshop.unsubscribe(self._on_change)
        return super().close()
