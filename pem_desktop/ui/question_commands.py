"""The undoable actions on the guided questions: answer a question (or clear its answer) for a team or the
whole organisation, clear every answer of one team on one aspect, and place a team where its answers point."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pem_desktop.maturity.questions import Suggestion
from pem_desktop.services import Workshop
from pem_desktop.services.answers import Answers, AnswerView
from pem_desktop.ui.commands import MoveTeamCommand, WorkshopCommand


class AnswerQuestionCommand(WorkshopCommand):
    """Give, change or clear (level None) the room's answer to one question: one undo step per click or key."""

    def __init__(self, workshop: Workshop, aspect_id: str, question_id: str, team_id: int | None, level_id: str | None):
        question = workshop.model.aspect(aspect_id).question_by_id(question_id)
        short = question.text if len(question.text) <= 50 else question.text[:49].rstrip() + "…"
        organisation = team_id is None
        if level_id is None and organisation:
            text = QCoreApplication.translate(
                "AnswerQuestionCommand", "clear the answer to “{question}” for the whole organisation"
            )
        elif level_id is None:
            text = QCoreApplication.translate("AnswerQuestionCommand", "clear the answer to “{question}” for {team}")
        elif organisation:
            text = QCoreApplication.translate(
                "AnswerQuestionCommand", "answer “{question}” for the whole organisation: {level}"
            )
        else:
            text = QCoreApplication.translate("AnswerQuestionCommand", "answer “{question}” for {team}: {level}")
        team = "" if organisation else workshop.team(team_id).name
        level = workshop.model.level(level_id).name if level_id is not None else ""
        super().__init__(workshop, text.format(question=short, team=team, level=level))
        self.aspect_id, self.question_id, self.team_id, self.level_id = aspect_id, question_id, team_id, level_id
        self.old: AnswerView | None = None
        self.new: AnswerView | None = None

    def apply(self) -> None:
        answers = Answers(self.workshop)
        self.old = answers.answer(self.aspect_id, self.question_id, self.team_id, self.level_id)
        self.new = next(
            (
                a
                for a in answers.answers(self.aspect_id)
                if a.question_id == self.question_id and a.team_id == self.team_id
            ),
            None,
        )

    def revert(self) -> None:
        Answers(self.workshop).restore(self.aspect_id, self.question_id, self.team_id, self.old)

    def reapply(self) -> None:
        Answers(self.workshop).restore(self.aspect_id, self.question_id, self.team_id, self.new)


class ClearAnswersCommand(WorkshopCommand):
    """Clear every answer of a team (or the organisation) on an aspect; undo puts them all back."""

    def __init__(self, workshop: Workshop, aspect_id: str, team_id: int | None):
        aspect = workshop.model.aspect(aspect_id).name
        if team_id is None:
            text = QCoreApplication.translate(
                "ClearAnswersCommand", "clear the answers for the whole organisation on {aspect}"
            )
            team = ""
        else:
            text = QCoreApplication.translate("ClearAnswersCommand", "clear the answers for {team} on {aspect}")
            team = workshop.team(team_id).name
        super().__init__(workshop, text.format(team=team, aspect=aspect))
        self.aspect_id, self.team_id = aspect_id, team_id
        self.removed: tuple[AnswerView, ...] = ()

    def apply(self) -> None:
        self.removed = Answers(self.workshop).clear(self.aspect_id, self.team_id)

    def revert(self) -> None:
        Answers(self.workshop).restore_all(self.removed)


class PlaceWhereAnswersPointCommand(MoveTeamCommand):
    """Put a team's card where its answers suggest: one undo step, like a drag."""

    def __init__(self, workshop: Workshop, team_id: int, aspect_id: str, suggestion: Suggestion):
        position = round(suggestion.position, 2)
        super().__init__(workshop, team_id, aspect_id, position)
        words = workshop.model.describe_position(position)
        text = QCoreApplication.translate(
            "PlaceWhereAnswersPointCommand", "place {team} where the answers suggest ({position})"
        )
        self.setText(text.format(team=workshop.team(team_id).name, position=words))
