"""Guided questions: the position on the continuum that a set of answers suggests.

Each question of an aspect has one answer per level. Answering a question means choosing the answer
whose level describes the room (or one participant) best; a question may be left unanswered. The
suggestion is the mean of the chosen answers' levels, placed in the middle of a level: level i spans
[i, i + 1) in level units (as every position in the app), so answers all at level i suggest i + 0.5,
answers split evenly between levels i and i + 1 suggest i + 1.0 (their boundary), and the suggestion
always lies between the middle of the lowest level and the middle of the highest. It is the same rule
as the community self-assessment's average of 1-to-4 scores: an average score s is position s - 0.5.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pem_desktop.maturity.model import Aspect, MaturityModel, Question


@dataclass(frozen=True)
class Suggestion:
    """The position a set of answers suggests, with how many questions were answered and their spread."""

    position: float
    answered: int
    asked: int
    lowest: int
    highest: int

    @property
    def complete(self) -> bool:
        """Every question of the aspect was answered."""
        return self.answered == self.asked

    @property
    def unanimous(self) -> bool:
        """Every answer named the same level."""
        return self.lowest == self.highest


def suggest_position(aspect: Aspect, answers: Mapping[str, int]) -> Suggestion | None:
    """The suggestion from `answers` (question id -> index of the chosen answer's level), or None if empty.

    Raises ValueError for a question the aspect does not have or a level index outside the model.
    """
    level_count = len(aspect.levels)
    known = {question.id for question in aspect.questions}
    levels: list[int] = []
    for question_id, level in answers.items():
        if question_id not in known:
            raise ValueError(f"the aspect '{aspect.id}' has no question '{question_id}'")
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level < level_count:
            raise ValueError(f"question '{question_id}': {level!r} is not a level index from 0 to {level_count - 1}")
        levels.append(level)
    if not levels:
        return None
    return Suggestion(
        position=sum(levels) / len(levels) + 0.5,
        answered=len(levels),
        asked=len(aspect.questions),
        lowest=min(levels),
        highest=max(levels),
    )


def find_question(model: MaturityModel, question_id: str) -> tuple[Aspect, Question]:
    """The aspect and the question with this id (question ids are unique across a model); KeyError if none."""
    for aspect in model.aspects:
        for question in aspect.questions:
            if question.id == question_id:
                return aspect, question
    raise KeyError(question_id)
