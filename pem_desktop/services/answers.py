"""The room's answers to the model's guided questions, per aspect and team (or the whole organisation).

The facilitator reads a question out and the room picks the answer that describes it (one click or key
per answer, each an undo step); the answers suggest a position on the continuum
(pem_desktop.maturity.questions.suggest_position), which the board shows as a hint. Every public method
is one transaction, on disk when it returns, announced to the workshop's listeners as a Change of kind
"answers". The same checks serve the room's phones, whose answers are the second way to vote
(pem_desktop.services.votes).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.maturity.questions import Suggestion, suggest_position
from pem_desktop.services.workshop import InvalidInputError, Workshop, _now
from pem_desktop.store import answers as store
from pem_desktop.store import plain
from pem_desktop.store.answers import AnswerRecord


@dataclass(frozen=True)
class AnswerView:
    """The room's answer to one question: the level whose answer it chose, for a team (None: the organisation)."""

    id: int
    aspect_id: str
    team_id: int | None
    question_id: str
    level_id: str
    answered_at: datetime | None = None


@dataclass(frozen=True)
class VoteAnswerView:
    """One answer behind a phone's vote cast by answering the questions."""

    id: int
    vote_id: int
    aspect_id: str
    question_id: str
    level_id: str


class Answers:
    """The room's answers in one open workshop; cheap to make, holds no state of its own."""

    def __init__(self, workshop: Workshop):
        self.workshop = workshop
        self._file = workshop._file  # the services of one workshop share its file and its listeners

    @property
    def model(self) -> MaturityModel:
        return self.workshop.model

    # -- reading -------------------------------------------------------------------------------

    def answers(self, aspect_id: str | None = None) -> list[AnswerView]:
        """Every answer (on one aspect), in the order first given."""
        with self._file.plain_reading() as connection:
            return [_view(record) for record in store.answers(connection, aspect_id)]

    def chosen(self, aspect_id: str, team_id: int | None) -> dict[str, int]:
        """The answers for a team (None: the organisation) on an aspect: question id -> level index."""
        index = {level.id: level.index for level in self.model.levels}
        return {
            view.question_id: index[view.level_id]
            for view in self.answers(aspect_id)
            if view.team_id == team_id and view.level_id in index
        }

    def suggestion(self, aspect_id: str, team_id: int | None) -> Suggestion | None:
        """Where the answers for a team (None: the organisation) on an aspect place it, or None unanswered."""
        aspect = self._aspect(aspect_id)
        chosen = {key: level for key, level in self.chosen(aspect_id, team_id).items() if _asks(aspect, key)}
        return suggest_position(aspect, chosen)

    # -- answering -----------------------------------------------------------------------------

    def answer(self, aspect_id: str, question_id: str, team_id: int | None, level_id: str | None) -> AnswerView | None:
        """Give, change or (level_id None) clear the answer to a question for a team (None: the organisation);
        returns the answer as it was before (None when it was unanswered), for undo."""
        self._question(aspect_id, question_id)
        if level_id is not None and not self.model.has_level(level_id):
            raise InvalidInputError(f"the model has no level {level_id!r}")
        with self._file.plain_transaction() as connection:
            self._check_team(connection, team_id)
            old = store.answer_to(connection, question_id, team_id)
            if level_id is None:
                if old is not None:
                    store.delete_answer(connection, old.id)
            elif old is None or old.level_id != level_id:
                store.set_answer(connection, aspect_id, team_id, question_id, level_id, _now())
            else:
                return _view(old)
        self._changed(aspect_id, team_id)
        return None if old is None else _view(old)

    def restore(self, aspect_id: str, question_id: str, team_id: int | None, previous: AnswerView | None) -> None:
        """Put a question's answer back as it was (`previous`, from `answer`), or unanswered (None)."""
        self._question(aspect_id, question_id)
        if previous is not None and not self.model.has_level(previous.level_id):
            raise InvalidInputError(f"the model has no level {previous.level_id!r}")
        with self._file.plain_transaction() as connection:
            self._check_team(connection, team_id)
            current = store.answer_to(connection, question_id, team_id)
            if current is not None:
                store.delete_answer(connection, current.id)
            if previous is not None:
                store.insert_answer(connection, _record(previous))
        self._changed(aspect_id, team_id)

    def clear(self, aspect_id: str, team_id: int | None) -> tuple[AnswerView, ...]:
        """Clear every answer for a team (None: the organisation) on an aspect; returns them for undo."""
        self._aspect(aspect_id)
        with self._file.plain_transaction() as connection:
            self._check_team(connection, team_id)
            removed = [record for record in store.answers(connection, aspect_id) if record.team_id == team_id]
            for record in removed:
                store.delete_answer(connection, record.id)
        if removed:
            self._changed(aspect_id, team_id)
        return tuple(_view(record) for record in removed)

    def restore_all(self, views: Iterable[AnswerView]) -> None:
        """Put back answers taken away by `clear` (any already given again are replaced)."""
        views = list(views)
        for view in views:
            self._question(view.aspect_id, view.question_id)
            if not self.model.has_level(view.level_id):
                raise InvalidInputError(f"the model has no level {view.level_id!r}")
        with self._file.plain_transaction() as connection:
            for view in views:
                self._check_team(connection, view.team_id)
                current = store.answer_to(connection, view.question_id, view.team_id)
                if current is not None:
                    store.delete_answer(connection, current.id)
                store.insert_answer(connection, _record(view))
        for aspect_id, team_id in dict.fromkeys((view.aspect_id, view.team_id) for view in views):
            self._changed(aspect_id, team_id)

    # -- helpers -------------------------------------------------------------------------------

    def _aspect(self, aspect_id: str) -> Aspect:
        if not isinstance(aspect_id, str) or not self.model.has_aspect(aspect_id):
            raise InvalidInputError(f"the model has no aspect {aspect_id!r}")
        return self.model.aspect(aspect_id)

    def _question(self, aspect_id: str, question_id: str) -> None:
        aspect = self._aspect(aspect_id)
        if not _asks(aspect, question_id):
            raise InvalidInputError(f"the aspect {aspect.name} has no question {question_id!r}")

    @staticmethod
    def _check_team(connection, team_id: int | None) -> None:
        if team_id is not None and plain.team(connection, team_id) is None:
            raise InvalidInputError(f"there is no team with id {team_id}")

    def _changed(self, aspect_id: str, team_id: int | None) -> None:
        self.workshop._changed("answers", aspect_id=aspect_id, team_id=team_id)


def checked_answers(aspect: Aspect, answers: object) -> tuple[Suggestion, list[tuple[str, str]]]:
    """A participant's answers (question id -> level index), checked against the aspect: the position they
    suggest and the (question id, level id) pairs to store, in the aspect's order of questions.

    InvalidInputError, with the reason, for anything else: not a mapping, no answer, a question the aspect
    does not ask, a level that is not a whole number of the model's levels.
    """
    if not isinstance(answers, Mapping) or not answers:
        raise InvalidInputError("answer at least one question")
    levels = [entry.level for entry in aspect.levels]
    for question_id, level in answers.items():
        if not isinstance(question_id, str) or not _asks(aspect, question_id):
            raise InvalidInputError(f"the aspect {aspect.name} has no such question")
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level < len(levels):
            raise InvalidInputError(f"an answer is one of the {len(levels)} levels")
    suggestion = suggest_position(aspect, dict(answers))
    pairs = [(q.id, levels[answers[q.id]].id) for q in aspect.questions if q.id in answers]
    return suggestion, pairs


def _asks(aspect: Aspect, question_id: str) -> bool:
    return any(question.id == question_id for question in aspect.questions)


def _view(record: AnswerRecord) -> AnswerView:
    return AnswerView(*record)


def _record(view: AnswerView) -> AnswerRecord:
    return AnswerRecord(
        view.id, view.aspect_id, view.team_id, view.question_id, view.level_id, view.answered_at or _now()
    )


__all__ = ["AnswerView", "Answers", "VoteAnswerView", "checked_answers"]
