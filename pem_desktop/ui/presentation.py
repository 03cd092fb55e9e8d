"""The audience view: the board alone, in presentation type, on the projector; it follows the laptop, the guided
question on the laptop's stage (F8) and the hint of the position its answers suggest included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from pem_desktop import APP_NAME
from pem_desktop.services import Workshop
from pem_desktop.services.history import previous_positions
from pem_desktop.services.targets import target_set
from pem_desktop.ui.board import BoardScene, BoardView
from pem_desktop.ui.guided_questions import QuestionsShown, answers_now
from pem_desktop.ui.overview import OverviewTable
from pem_desktop.ui.question_stage import SHARE, QuestionStage
from pem_desktop.ui.screen_fit import screen_key, screen_of
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.suggestion_layer import SuggestionLayer
from pem_desktop.ui.target_marker import TargetLayer
from pem_desktop.ui.theme import Theme, system_point_size


class AudienceWindow(QWidget):
    """A read-only board (or overview) for the room, following the facilitator's current aspect.

    Its zoom is the one remembered for the projector's screen (Ctrl+= / Ctrl+- on the laptop set the
    laptop's own)."""

    def __init__(self, workshop: Workshop, theme: Theme, settings: AppSettings):
        super().__init__()
        self.workshop = workshop
        self.settings = settings
        title = self.tr("{title} — {app} (audience view)")
        self.setWindowTitle(title.format(title=workshop.info().title, app=APP_NAME))
        # The keyboard stays with the facilitator's window on the laptop.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.scene = BoardScene(workshop.model, theme, self)
        self.scene.read_only = True
        self.view = BoardView(self.scene)
        self.stage = QuestionStage(theme, interactive=False)
        self.stage.setVisible(False)
        self.suggestion = SuggestionLayer(self.scene)
        self.scene.add_layer(self.suggestion)
        self.targets = TargetLayer(self.scene)  # the organisation's target, as on the facilitator's board
        self._questions: QuestionsShown | None = None
        self._theme = theme
        self.overview = OverviewTable(workshop.model, theme)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.stage)
        layout.addWidget(self.stack, 1)
        self._aspect_id = workshop.model.aspects[0].id
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        size = system_point_size() * theme.scale
        self.setStyleSheet(f"background: {theme.window}; color: {theme.text};")
        self.title.setStyleSheet(f"font-size: {size * 1.8:.1f}pt; font-weight: 700; padding: 12px 16px 0;")
        self.question.setStyleSheet(f"font-size: {size * 1.1:.1f}pt; color: {theme.muted}; padding: 0 16px;")
        self._theme = theme
        self.scene.set_theme(theme)
        self.stage.set_theme(theme)
        self.view.set_background(theme.window)
        self.overview.set_theme(theme)

    def show_on(self, screen: QScreen) -> None:
        """Full screen on the projector's screen."""
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()
        zoom = self.settings.zoom(screen_key(screen))
        self.scene.set_zoom(zoom)
        self.stage.set_zoom(zoom)
        self.overview.set_zoom(zoom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.stage.set_budget(self.height() * SHARE)

    def show_questions(self, shown: QuestionsShown) -> None:
        """Follow the laptop's guided question: its stage, and the hint of the answers' suggestion."""
        self._questions = shown
        self.refresh()

    def _show_questions(self, aspect) -> None:
        shown = self._questions
        if shown is None or shown.aspect_id != aspect.id:
            self.stage.setVisible(False)
            self.suggestion.show_suggestion(None, "", "", False)
            return
        now = answers_now(self.workshop, aspect, shown.team_id, self._theme.accent)
        if shown.on_stage and aspect.questions:
            index = min(shown.index, len(aspect.questions) - 1)
            self.stage.show_question(aspect, index, now.chosen.get(aspect.questions[index].id), now.whose)
        self.stage.setVisible(shown.on_stage and bool(aspect.questions))
        self.question.setHidden(self.stage.isVisible())
        self.suggestion.show_suggestion(now.suggestion, now.whose, now.colour, False)

    def follow(self, aspect_id: str) -> None:
        self._aspect_id = aspect_id
        self.refresh()

    def refresh(self) -> None:
        model = self.workshop.model
        teams = self.workshop.teams()
        zoom = self.settings.zoom(screen_key(screen_of(self)))
        if not self._aspect_id:
            self.title.setText(self.tr("Overview"))
            self.question.setText("")
            self.stage.setVisible(False)
            positions = {(p.team_id, p.aspect_id): p.position for p in self.workshop.placements()}
            self.overview.set_zoom(zoom)
            self.overview.show_positions(teams, positions, previous_positions(self.workshop), target_set(self.workshop))
            self.stack.setCurrentWidget(self.overview)
            return
        aspect = model.aspect(self._aspect_id)
        self.title.setText(aspect.name)
        self.question.setText(aspect.question)
        positions = {p.team_id: p.position for p in self.workshop.placements(aspect.id)}
        self.scene.set_zoom(zoom)
        self.stage.set_zoom(zoom)
        self._show_questions(aspect)
        self.scene.show_aspect(aspect, teams, positions, self.workshop.disagreements(aspect.id))
        self.targets.show_targets(target_set(self.workshop), teams)
        self.stack.setCurrentWidget(self.view)
