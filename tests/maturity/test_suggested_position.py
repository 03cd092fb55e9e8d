"""The position a set of answers to an aspect's guided questions suggests."""

from __future__ import annotations

import pytest

from pem_desktop.maturity.questions import Suggestion, find_question, suggest_position


@pytest.fixture
def investment(pe_model):
    return pe_model.model.aspect("investment")


def answers_at(aspect, *levels: int) -> dict[str, int]:
    """The aspect's questions answered in order, one level index each."""
    return {question.id: level for question, level in zip(aspect.questions, levels, strict=False)}


@pytest.mark.parametrize(
    ("levels", "position"),
    [
        ((0, 0, 0, 0), 0.5),  # every answer Provisional: the middle of Provisional
        ((1, 1, 1, 1), 1.5),
        ((3, 3, 3, 3), 3.5),  # the middle of the highest level, never its far end
        ((1, 1, 2, 2), 2.0),  # split evenly between Operational and Scalable: their boundary
        ((1, 2, 2, 2), 2.25),
        ((0, 3, 0, 3), 2.0),
        ((2,), 2.5),  # one answered question is enough
        ((0, 1, 1), 0.5 + 2 / 3),
    ],
)
def test_the_mean_of_the_answered_levels_placed_mid_level(investment, levels, position):
    suggestion = suggest_position(investment, answers_at(investment, *levels))
    assert suggestion is not None
    assert suggestion.position == pytest.approx(position)
    assert suggestion.answered == len(levels)
    assert suggestion.asked == len(investment.questions) == 4
    assert suggestion.lowest == min(levels) and suggestion.highest == max(levels)


def test_the_suggestion_reads_as_the_board_reads_positions(pe_model, investment):
    model = pe_model.model
    words = {
        levels: model.describe_position(suggest_position(investment, answers_at(investment, *levels)).position)
        for levels in ((1, 1, 1, 1), (1, 1, 2, 2), (2, 2, 2, 3))
    }
    assert words == {
        (1, 1, 1, 1): "Operational",
        (1, 1, 2, 2): "between Operational and Scalable",
        (2, 2, 2, 3): "late Scalable",
    }


def test_no_answers_suggest_nothing(investment):
    assert suggest_position(investment, {}) is None


def test_complete_and_unanimous(investment):
    full = suggest_position(investment, answers_at(investment, 2, 2, 2, 2))
    assert full == Suggestion(position=2.5, answered=4, asked=4, lowest=2, highest=2)
    assert full.complete and full.unanimous
    part = suggest_position(investment, answers_at(investment, 1, 3))
    assert not part.complete and not part.unanimous


def test_a_five_level_model(cn_model):
    aspect = cn_model.model.aspects[0]
    top = suggest_position(aspect, answers_at(aspect, 4, 4, 4, 4))
    assert top.position == 4.5
    assert cn_model.model.level_at(top.position) == cn_model.model.levels[4]


@pytest.mark.parametrize("level", [-1, 4, 99, 1.5, "1", None, True])
def test_a_level_outside_the_model_is_refused(investment, level):
    question = investment.questions[0].id
    with pytest.raises(ValueError, match=f"question '{question}'"):
        suggest_position(investment, {question: level})


def test_a_question_of_another_aspect_is_refused(pe_model, investment):
    other = pe_model.model.aspect("adoption").questions[0].id
    with pytest.raises(ValueError, match=f"no question '{other}'"):
        suggest_position(investment, {other: 1})


def test_a_question_is_found_by_its_id_alone(pe_model):
    aspect, question = find_question(pe_model.model, "operations-upgrades")
    assert aspect.id == "operations" and question.id == "operations-upgrades"
    assert aspect.question_by_id("operations-upgrades") is question
    with pytest.raises(KeyError):
        find_question(pe_model.model, "no-such-question")
