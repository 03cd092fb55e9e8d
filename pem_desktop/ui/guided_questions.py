"""The guided questions of the board's aspect, kept in step: the Questions tab beside the board, the stage above
it (one question at a time, for the room; F8), and the hint of the suggested position on the continuum.

Whose answers they are follows the card selected on the board (or is chosen in the tab; the whole
organisation too). Every answer is an undoable command; what is shown is re-read from the file after each
change, as everything else on the board is. `shown()` says what the room is shown, for the audience view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from pem_desktop.maturity import Aspect
from pem_desktop.maturity.questions import Suggestion, suggest_position
from pem_desktop.services import Workshop
from pem_desktop.services.answers import Answers
from pem_desktop.services.views import Change
from pem_desktop.ui.board import BoardScene
from pem_desktop.ui.question_commands import (
    AnswerQuestionCommand,
    ClearAnswersCommand,
    PlaceWhereAnswersPointCommand,
)
from pem_desktop.ui.question_stage import SHARE, QuestionStage
from pem_desktop.ui.questions_panel import QuestionsPanel
from pem_desktop.ui.suggestion_layer import SuggestionLayer
from pem_desktop.ui.theme import Theme


@dataclass(frozen=True)
class QuestionsShown:
    """What the room is shown of the guided questions: which aspect and question, whose answers, and whether
    the stage is up."""

    aspect_id: str
    team_id: int | None
    index: int
    on_stage: bool


@dataclass(frozen=True)
class AnswersNow:
    """The answers for one team (or the organisation) on one aspect, as the file holds them."""

    chosen: dict[str, int]
    suggestion: Suggestion | None
    whose: str
    colour: str
    placed: float | None  # where the team's card is (None: not placed, or the organisation)


def answers_now(workshop: Workshop, aspect: Aspect, team_id: int | None, accent: str) -> AnswersNow:
    """Read the answers and their suggestion; the board, the tab and the audience view all show these."""
    chosen = Answers(workshop).chosen(aspect.id, team_id)
    asked = {question.id for question in aspect.questions}
    chosen = {key: level for key, level in chosen.items() if key in asked}
    suggestion = suggest_position(aspect, chosen)
    if team_id is None:
        whole = QCoreApplication.translate("GuidedQuestions", "Whole organisation")
        return AnswersNow(chosen, suggestion, whole, accent, None)
    team = workshop.team(team_id)
    return AnswersNow(chosen, suggestion, team.name, team.colour, workshop.position_of(team_id, aspect.id))


class GuidedQuestions(QObject):
    """Owns the Questions tab, the stage and the suggestion layer of one workshop page."""

    shownChanged = Signal()  # the stage went up or down, or shows another question or team
    titleChanged = Signal(str)  # the Questions tab's title, e.g. "Questions (3/4)"

    def __init__(
        self,
        workshop: Workshop,
        scene: BoardScene,
        run: Callable,
        theme: Theme,
        board_box: QWidget,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.workshop = workshop
        self.model = workshop.model
        self.scene = scene
        self.run = run
        self.theme = theme
        self.board_box = board_box
        self.aspect: Aspect = self.model.aspects[0]
        self.team_id: int | None = None
        self.index = 0
        self.on_stage = False
        self.panel = QuestionsPanel(self.model, theme)
        self.panel.set_editable(not workshop.read_only)
        self.stage = QuestionStage(theme, interactive=True)
        self.stage.setVisible(False)
        self.layer = SuggestionLayer(scene)
        scene.add_layer(self.layer)
        self._now: AnswersNow | None = None
        self._panel_stale = False  # True: the tab, hidden, is behind the file until it is shown again

        self.panel.answerChosen.connect(self.choose)
        self.panel.targetChosen.connect(self.set_target)
        self.panel.placeRequested.connect(self.place)
        self.panel.clearRequested.connect(self.clear)
        self.panel.currentChanged.connect(self._focused_question)
        self.panel.stageToggled.connect(self.set_on_stage)
        self.stage.answerChosen.connect(self.choose)
        self.stage.stepRequested.connect(self.step)
        self.stage.teamStepRequested.connect(self.step_team)
        self.stage.placeRequested.connect(self.place)
        self.layer.placeRequested.connect(self.place)
        scene.cardSelected.connect(self._card_selected)
        board_box.installEventFilter(self)
        self.panel.installEventFilter(self)
        workshop.subscribe(self._on_change)

    # -- what is shown -------------------------------------------------------------------------

    def shown(self) -> QuestionsShown:
        return QuestionsShown(self.aspect.id, self.team_id, self.index, self.stage_visible())

    def stage_visible(self) -> bool:
        return self.on_stage and bool(self.aspect.questions)

    def show_aspect(self, aspect: Aspect) -> None:
        if aspect.id != self.aspect.id:
            self.index = 0
        self.aspect = aspect
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.panel.set_theme(theme)
        self.stage.set_theme(theme)
        self.refresh()

    def set_zoom(self, zoom: float) -> None:
        self.stage.set_zoom(zoom)

    def refresh(self) -> None:
        """Show the file's answers for the current team and aspect everywhere."""
        teams = self.workshop.teams()
        if self.team_id is not None and all(team.id != self.team_id for team in teams):
            self.team_id = None  # the team was removed
        aspect = self.aspect
        self.index = min(self.index, max(len(aspect.questions) - 1, 0))
        now = self._now = answers_now(self.workshop, aspect, self.team_id, self.theme.accent)
        can_place = self._can_place(now)
        self._panel_stale = True
        self._refresh_panel(teams)
        if aspect.questions:
            question = aspect.questions[self.index]
            self.stage.show_question(aspect, self.index, now.chosen.get(question.id), now.whose)
        self.stage.setVisible(self.stage_visible())
        self.layer.show_suggestion(now.suggestion, now.whose, now.colour, can_place)
        answered = len(now.chosen)
        if answered:
            title = self.tr("Questions ({answered}/{asked})").format(answered=answered, asked=len(aspect.questions))
        else:
            title = self.tr("Questions")
        self.titleChanged.emit(title)
        self.shownChanged.emit()

    def _refresh_panel(self, teams: list | None = None) -> None:
        """The Questions tab in step with what was read, if it is shown; else once it is (its buttons, some
        twenty per aspect, are not built for a hidden tab: not at start-up, not at each change of aspect)."""
        now = self._now
        if not self._panel_stale or now is None or not self.panel.isVisible():
            return
        self._panel_stale = False
        self.panel.set_teams(self.workshop.teams() if teams is None else teams, self.team_id)
        self.panel.show_answers(self.aspect, now.chosen, self._summary(now), self._can_place(now))
        self.panel.mark_current(self.index)

    def _can_place(self, now: AnswersNow) -> bool:
        if self.workshop.read_only or self.team_id is None or now.suggestion is None:
            return False
        return now.placed is None or round(now.suggestion.position, 2) != round(now.placed, 2)

    def _summary(self, now: AnswersNow) -> str:
        aspect = self.aspect
        if not aspect.questions:
            return ""
        if now.suggestion is None:
            return self.tr(
                "No answers yet for {whose} on {aspect}. Read a question out; click the answer the room chooses, "
                "or press its number."
            ).format(whose=now.whose, aspect=aspect.name)
        suggestion = now.suggestion
        text = self.tr(
            "{whose}: {answered} of %n question(s) answered; the answers suggest {words} ({position}).",
            "",
            suggestion.asked,
        ).format(
            whose=now.whose,
            answered=suggestion.answered,
            words=self.model.describe_position(suggestion.position),
            position=QLocale().toString(suggestion.position, "f", 2),
        )
        if now.placed is not None:
            more = self.tr("The card is at {words}.").format(words=self.model.describe_position(now.placed))
        elif self.team_id is not None:
            more = self.tr("The card is not placed yet.")
        else:
            return text
        return f"{text} {more}"

    # -- what the facilitator does -------------------------------------------------------------

    def set_target(self, team_id: int | None) -> None:
        if team_id != self.team_id:
            self.team_id = team_id
            self.refresh()

    def step(self, step: int) -> None:
        """Previous (-1) or next (+1) question, or (0) the first one."""
        count = len(self.aspect.questions)
        if count:
            self.index = 0 if step == 0 else min(max(self.index + step, 0), count - 1)
            self.refresh()
            if self.panel.isVisible() and not self.stage.hasFocus():
                self.panel.focus_question(self.index)

    def step_team(self, step: int) -> None:
        """Whose answers: the next (+1) or previous (-1) team, the whole organisation after the last."""
        ids: list[int | None] = [team.id for team in self.workshop.teams()]
        ids.append(None)
        position = ids.index(self.team_id) if self.team_id in ids else len(ids) - 1
        team_id = ids[(position + step) % len(ids)]
        self.set_target(team_id)
        if team_id is None:
            self.scene.clearSelection()
        else:
            self.scene.select_card(team_id)  # the board shows whose answers these are

    def choose(self, question_id: str, level: int) -> None:
        """The room's answer to a question (a level index; -1 clears it): one undo step."""
        if self.workshop.read_only:
            return
        level_id = None if level < 0 else self.model.levels[level].id
        if not self.run(AnswerQuestionCommand(self.workshop, self.aspect.id, question_id, self.team_id, level_id)):
            self.refresh()

    def clear(self) -> None:
        if not self.workshop.read_only and self._now is not None and self._now.chosen:
            self.run(ClearAnswersCommand(self.workshop, self.aspect.id, self.team_id))

    def place(self) -> None:
        """Move the team's card where its answers suggest: one undo step."""
        now = self._now
        if now is None or not self._can_place(now):
            return
        self.run(PlaceWhereAnswersPointCommand(self.workshop, self.team_id, self.aspect.id, now.suggestion))
        self.scene.select_card(self.team_id)

    def set_on_stage(self, on: bool) -> None:
        """Show or hide the stage (F8); shown, it takes the keyboard."""
        self.on_stage = on
        self.panel.stage_button.blockSignals(True)
        self.panel.stage_button.setChecked(on)
        self.panel.stage_button.blockSignals(False)
        self.refresh()
        if self.stage_visible():
            self.stage.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_stage(self) -> None:
        self.set_on_stage(not self.on_stage)

    # -- listening -----------------------------------------------------------------------------

    def _focused_question(self, index: int) -> None:
        if index != self.index:
            self.index = index
            self.refresh()

    def _card_selected(self, team_id: int) -> None:
        if team_id >= 0:
            self.set_target(team_id)

    def _on_change(self, change: Change) -> None:
        if change.kinds & {"answers", "teams", "placements"}:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.board_box and event.type() == QEvent.Type.Resize:
            self.stage.set_budget(self.board_box.height() * SHARE)
        elif watched is self.panel and event.type() == QEvent.Type.Show:
            self._refresh_panel()
        return False

    def close(self) -> None:
        self.workshop.unsubscribe(self._on_change)
