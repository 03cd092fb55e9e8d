"""The audience view: the board alone, in presentation type, on the projector; it follows the laptop."""

from __future__ import annotations

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from pem_desktop import APP_NAME
from pem_desktop.services import Workshop
from pem_desktop.ui.board import BoardScene, BoardView
from pem_desktop.ui.overview import OverviewTable
from pem_desktop.ui.theme import PRESENTATION


class AudienceWindow(QWidget):
    """A read-only board (or overview) for the room, following the facilitator's current aspect."""

    def __init__(self, workshop: Workshop):
        super().__init__()
        self.workshop = workshop
        self.setWindowTitle(f"{workshop.info().title} — {APP_NAME} (audience view)")
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"background: {PRESENTATION.window}; color: {PRESENTATION.text};")
        self.title = QLabel()
        self.title.setStyleSheet(f"font-size: {26 * PRESENTATION.scale:.0f}px; font-weight: 700; padding: 12px 16px 0;")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet(
            f"font-size: {15 * PRESENTATION.scale:.0f}px; color: {PRESENTATION.muted}; padding: 0 16px;"
        )
        self.scene = BoardScene(workshop.model, PRESENTATION, self)
        self.scene.read_only = True
        self.view = BoardView(self.scene)
        self.view.set_background(PRESENTATION.window)
        self.overview = OverviewTable(workshop.model, PRESENTATION)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.stack, 1)
        self._aspect_id = workshop.model.aspects[0].id

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen`; without a second screen, an ordinary window to drag there."""
        if screen is None:
            self.resize(1280, 720)
            self.show()
            return
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def follow(self, aspect_id: str) -> None:
        self._aspect_id = aspect_id
        self.refresh()

    def refresh(self) -> None:
        model = self.workshop.model
        teams = self.workshop.teams()
        if not self._aspect_id:
            self.title.setText("Overview")
            self.question.setText("")
            positions = {(p.team_id, p.aspect_id): p.position for p in self.workshop.placements()}
            self.overview.show_positions(teams, positions)
            self.stack.setCurrentWidget(self.overview)
            return
        aspect = model.aspect(self._aspect_id)
        self.title.setText(aspect.name)
        self.question.setText(aspect.question)
        positions = {p.team_id: p.position for p in self.workshop.placements(aspect.id)}
        self.scene.show_aspect(aspect, teams, positions)
        self.stack.setCurrentWidget(self.view)
