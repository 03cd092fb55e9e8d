"""The answers to the guided questions, for the exports: per aspect and team (or the whole organisation), the
answer chosen to each question and the position the answers suggest, beside where the team was placed; and
answers.csv, one row per answer, the room's and the phones'.

Positions are put in words by the model's one rule (MaturityModel.standing, through describe_position).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pem_desktop import i18n
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import ngettext
from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.maturity.questions import Suggestion, suggest_position
from pem_desktop.services.answers import Answers, AnswerView
from pem_desktop.services.views import TeamView

ANSWER_COLUMNS = (
    "given_by",
    "vote_round_id",
    "participant",
    "aspect",
    "aspect_id",
    "team",
    "team_id",
    "question",
    "question_id",
    "level",
    "level_id",
    "answer",
    "answered_at",
)


@dataclass(frozen=True)
class ChosenAnswer:
    """One question and the answer the room chose to it."""

    question: str
    level_name: str
    answer: str


@dataclass(frozen=True)
class AnswerGroup:
    """The room's answers on one aspect for one team (team None: the whole organisation)."""

    team: TeamView | None
    chosen: tuple[ChosenAnswer, ...]
    suggestion: Suggestion
    suggested_words: str
    placed_words: str | None  # where the team sits on the board, in words (None: not placed, or the organisation)


def answer_groups(
    model: MaturityModel, teams: list[TeamView], answers: list[AnswerView], placements: dict[tuple[int, str], float]
) -> dict[str, list[AnswerGroup]]:
    """Per aspect id, the groups of answers in team order, the whole organisation last; aspects and teams
    without answers have none."""
    by_target: dict[tuple[str, int | None], dict[str, int]] = {}
    index = {level.id: level.index for level in model.levels}
    for answer in answers:
        if answer.level_id in index:
            by_target.setdefault((answer.aspect_id, answer.team_id), {})[answer.question_id] = index[answer.level_id]
    groups: dict[str, list[AnswerGroup]] = {}
    for aspect in model.aspects:
        found = []
        for team in [*teams, None]:
            chosen = by_target.get((aspect.id, None if team is None else team.id))
            if chosen:
                found.append(_group(model, aspect, team, chosen, placements))
        if found:
            groups[aspect.id] = found
    return groups


def _group(
    model: MaturityModel,
    aspect: Aspect,
    team: TeamView | None,
    chosen: dict[str, int],
    placements: dict[tuple[int, str], float],
) -> AnswerGroup:
    asked = {question.id: question for question in aspect.questions}
    chosen = {key: level for key, level in chosen.items() if key in asked}
    rows = tuple(
        ChosenAnswer(
            question.text, model.levels[chosen[question.id]].name, question.answer_at(chosen[question.id]).text
        )
        for question in aspect.questions
        if question.id in chosen
    )
    suggestion = suggest_position(aspect, chosen)
    placed = None if team is None else placements.get((team.id, aspect.id))
    return AnswerGroup(
        team,
        rows,
        suggestion,
        model.describe_position(suggestion.position),
        None if placed is None else model.describe_position(placed),
    )


def suggestion_line(group: AnswerGroup) -> str:
    """E.g. "The answers suggest late Operational (1.83; 3 of 4 questions answered); on the board: early Scalable."."""
    suggestion = group.suggestion
    text = ngettext(
        "The answers suggest {position} ({number}; {answered} of {asked} question answered)",
        "The answers suggest {position} ({number}; {answered} of {asked} questions answered)",
        suggestion.asked,
    ).format(
        position=group.suggested_words,
        number=i18n.decimal(suggestion.position, 2),
        answered=suggestion.answered,
        asked=suggestion.asked,
    )
    if group.placed_words:
        return _("{suggestion}; on the board: {position}.").format(suggestion=text, position=group.placed_words)
    return _("{suggestion}.").format(suggestion=text)


def answer_csv_rows(workshop, aspect_name: Callable[[str], str], team_name: Callable[[int | None], str]) -> list[list]:
    """answers.csv: the room's answers (given_by "room"), then those behind the phones' votes ("vote")."""
    from pem_desktop.services.votes import Votes

    model = workshop.model
    aspect_order = {aspect.id: index for index, aspect in enumerate(model.aspects)}
    rows: list[list] = [list(ANSWER_COLUMNS)]

    def described(aspect_id: str, question_id: str, level_id: str) -> tuple[str, str, str]:
        aspect = model.aspect(aspect_id)
        question = aspect.question_by_id(question_id)
        level = model.level(level_id)
        return question.text, level.name, question.answer_at(level.index).text

    for answer in sorted(Answers(workshop).answers(), key=lambda a: (aspect_order[a.aspect_id], a.id)):
        question, level, text = described(answer.aspect_id, answer.question_id, answer.level_id)
        rows.append(
            [
                "room",
                "",
                "",
                aspect_name(answer.aspect_id),
                answer.aspect_id,
                team_name(answer.team_id),
                answer.team_id,
                question,
                answer.question_id,
                level,
                answer.level_id,
                text,
                "" if answer.answered_at is None else answer.answered_at.isoformat(sep=" ", timespec="seconds"),
            ]
        )
    votes = Votes(workshop)
    by_id = {vote.id: vote for vote in votes.votes()}
    people = {p.id: p.name for p in votes.participants()}
    for answer in votes.vote_answers():
        vote = by_id[answer.vote_id]
        question, level, text = described(answer.aspect_id, answer.question_id, answer.level_id)
        rows.append(
            [
                "vote",
                vote.round_id,
                people.get(vote.participant_id, ""),
                aspect_name(answer.aspect_id),
                answer.aspect_id,
                team_name(vote.team_id),
                vote.team_id,
                question,
                answer.question_id,
                level,
                answer.level_id,
                text,
                "" if vote.changed_at is None else vote.changed_at.isoformat(sep=" ", timespec="seconds"),
            ]
        )
    return rows
