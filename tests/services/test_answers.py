"""The room's answers to the guided questions: given, changed, cleared and put back, each one transaction;
the position they suggest; kept with a removed team; and votes cast by answering the questions."""

from __future__ import annotations

import pytest

from pem_desktop.maturity.questions import suggest_position
from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.answers import Answers
from pem_desktop.services.votes import Votes

ADOPTION = ("adoption-discovery", "adoption-motivation", "adoption-outliers", "adoption-support")


@pytest.fixture
def answers(workshop) -> Answers:
    return Answers(workshop)


def _levels(workshop: Workshop) -> list[str]:
    return [level.id for level in workshop.model.levels]


def test_an_answer_is_given_changed_and_cleared_and_each_returns_what_was_there(workshop, answers):
    payments = workshop.teams()[0].id
    levels = _levels(workshop)
    heard = []
    workshop.subscribe(heard.append)
    assert answers.answer("adoption", ADOPTION[0], payments, levels[1]) is None
    before = answers.answer("adoption", ADOPTION[0], payments, levels[2])
    assert before is not None and before.level_id == levels[1]
    assert answers.chosen("adoption", payments) == {ADOPTION[0]: 2}
    assert answers.chosen("adoption", None) == {}  # the whole organisation is answered apart
    assert answers.answer("adoption", ADOPTION[0], payments, None).level_id == levels[2]
    assert answers.answers() == []
    assert [change.kinds for change in heard] == [frozenset({"answers"})] * 3
    assert {(change.aspect_id, change.team_id) for change in heard} == {("adoption", payments)}


def test_the_same_answer_again_changes_nothing_and_announces_nothing(workshop, answers):
    level = _levels(workshop)[0]
    answers.answer("adoption", ADOPTION[1], None, level)
    heard = []
    workshop.subscribe(heard.append)
    assert answers.answer("adoption", ADOPTION[1], None, level).level_id == level
    assert heard == []


def test_the_answers_suggest_the_position_the_rule_gives(workshop, answers):
    search = workshop.teams()[1].id
    levels = _levels(workshop)
    assert answers.suggestion("adoption", search) is None
    for question, level in zip(ADOPTION[:3], (1, 1, 2), strict=True):
        answers.answer("adoption", question, search, levels[level])
    suggestion = answers.suggestion("adoption", search)
    assert suggestion == suggest_position(
        workshop.model.aspect("adoption"), dict(zip(ADOPTION[:3], (1, 1, 2), strict=True))
    )
    assert suggestion.position == pytest.approx(4 / 3 + 0.5)
    assert (suggestion.answered, suggestion.asked) == (3, 4)
    assert workshop.model.describe_position(suggestion.position) == "late Operational"


def test_restore_puts_an_answer_back_exactly_or_takes_it_away(workshop, answers):
    team = workshop.teams()[2].id
    level = _levels(workshop)[3]
    answers.answer("interfaces", "interfaces-requesting", team, level)
    given = answers.answers()[0]
    answers.answer("interfaces", "interfaces-requesting", team, None)
    answers.restore("interfaces", "interfaces-requesting", team, given)
    assert answers.answers() == [given]  # same id, same time
    answers.restore("interfaces", "interfaces-requesting", team, None)
    assert answers.answers() == []


def test_clear_takes_every_answer_of_one_team_on_one_aspect_and_restore_all_puts_them_back(workshop, answers):
    payments, search = (team.id for team in workshop.teams()[:2])
    level = _levels(workshop)[1]
    for question in ADOPTION:
        answers.answer("adoption", question, payments, level)
    answers.answer("adoption", ADOPTION[0], search, level)
    answers.answer("investment", "investment-funding", payments, level)
    everything = answers.answers()
    removed = answers.clear("adoption", payments)
    assert len(removed) == 4
    assert {a.team_id for a in answers.answers()} == {search, payments}
    assert len(answers.answers()) == 2
    answers.restore_all(removed)
    assert sorted(answers.answers(), key=lambda a: a.id) == everything


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a, t, lv: a.answer("nowhere", ADOPTION[0], t, lv), "no aspect"),
        (lambda a, t, lv: a.answer("investment", ADOPTION[0], t, lv), "has no question"),  # another aspect's
        (lambda a, t, lv: a.answer("adoption", "made-up", t, lv), "has no question"),
        (lambda a, t, lv: a.answer("adoption", ADOPTION[0], t, "legendary"), "no level"),
        (lambda a, t, lv: a.answer("adoption", ADOPTION[0], 999, lv), "no team"),
        (lambda a, t, lv: a.answer(None, ADOPTION[0], t, lv), "no aspect"),
    ],
)
def test_answers_the_model_does_not_have_are_refused_and_nothing_is_stored(workshop, answers, call, message):
    with pytest.raises(InvalidInputError, match=message):
        call(answers, workshop.teams()[0].id, _levels(workshop)[0])
    assert answers.answers() == []


def test_a_removed_team_takes_its_answers_and_its_restore_brings_them_back(workshop, answers):
    payments = workshop.teams()[0].id
    level = _levels(workshop)[2]
    answers.answer("adoption", ADOPTION[0], payments, level)
    answers.answer("adoption", ADOPTION[0], None, level)
    votes = Votes(workshop)
    vote = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast_by_answers(vote.id, ada.id, payments, {ADOPTION[0]: 1, ADOPTION[1]: 2})
    given, behind = answers.answers(), votes.vote_answers()
    removed = workshop.remove_team(payments)
    assert [a.team_id for a in answers.answers()] == [None]
    assert votes.vote_answers() == []
    workshop.restore_team(removed)
    assert answers.answers() == given
    assert votes.vote_answers() == behind


# -- votes by answering the questions ------------------------------------------------------------


def test_a_vote_by_answers_is_placed_where_the_answers_suggest_and_keeps_them(workshop):
    votes = Votes(workshop)
    vote = votes.open_round("adoption")
    ada = votes.join("Ada")
    search = workshop.teams()[1].id
    cast = votes.cast_by_answers(vote.id, ada.id, search, {ADOPTION[2]: 0, ADOPTION[0]: 1})
    assert cast.position == 1.0  # between Provisional and Operational: (0 + 1) / 2 + 0.5
    levels = _levels(workshop)
    assert [(a.vote_id, a.question_id, a.level_id) for a in votes.vote_answers(vote.id)] == [
        (cast.id, ADOPTION[0], levels[1]),  # in the aspect's order of questions
        (cast.id, ADOPTION[2], levels[0]),
    ]
    changed = votes.cast_by_answers(vote.id, ada.id, search, {ADOPTION[0]: 3})
    assert (changed.id, changed.position) == (cast.id, 3.5)
    assert [a.level_id for a in votes.vote_answers()] == [levels[3]]
    # Placing the marker on the line afterwards is the vote now: the answers behind it go.
    moved = votes.cast(vote.id, ada.id, search, 2.25)
    assert (moved.id, moved.position) == (cast.id, 2.25)
    assert votes.vote_answers() == []


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({}, "at least one"),
        ("adoption-discovery", "at least one"),
        ({"investment-funding": 1}, "no such question"),
        ({"adoption-discovery": 4}, "one of the 4 levels"),
        ({"adoption-discovery": -1}, "one of the 4 levels"),
        ({"adoption-discovery": True}, "one of the 4 levels"),
        ({"adoption-discovery": 1.5}, "one of the 4 levels"),
        ({"adoption-discovery": "operational"}, "one of the 4 levels"),
    ],
)
def test_answers_that_are_not_the_aspects_are_refused_and_no_vote_is_stored(workshop, answers, message):
    votes = Votes(workshop)
    vote = votes.open_round("adoption")
    ada = votes.join("Ada")
    with pytest.raises(InvalidInputError, match=message):
        votes.cast_by_answers(vote.id, ada.id, None, answers)
    assert votes.votes() == [] and votes.vote_answers() == []


def test_a_burst_mixes_both_ways_of_voting_in_one_transaction(workshop):
    votes = Votes(workshop)
    vote = votes.open_round("adoption")
    people = [votes.join(name) for name in ("Ada", "Grace", "Linus")]
    results = votes.cast_many(
        [
            (vote.id, people[0].id, None, 1.2),
            (vote.id, people[1].id, None, None, {ADOPTION[0]: 2}),
            (vote.id, people[2].id, None, None, {"nope": 2}),
        ]
    )
    assert [getattr(r, "position", None) for r in results] == [1.2, 2.5, None]
    assert isinstance(results[2], InvalidInputError)
    assert len(votes.vote_answers()) == 1


def test_clearing_a_vote_takes_its_answers_and_undo_puts_them_back(workshop):
    votes = Votes(workshop)
    vote = votes.open_round("adoption")
    ada, grace = votes.join("Ada"), votes.join("Grace")
    votes.cast_by_answers(vote.id, ada.id, None, {ADOPTION[0]: 2, ADOPTION[3]: 3})
    votes.cast(vote.id, grace.id, None, 0.4)
    before_votes, before_answers = votes.votes(), votes.vote_answers()
    cleared = votes.clear_round(vote.id)
    assert votes.votes() == [] and votes.vote_answers() == []
    votes.restore_round(cleared)
    assert votes.votes() == before_votes
    assert votes.vote_answers() == before_answers


def test_a_restored_round_whose_ids_were_taken_keeps_its_answers_on_its_own_votes(workshop):
    votes = Votes(workshop)
    first = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast_by_answers(first.id, ada.id, None, {ADOPTION[1]: 1})
    cleared = votes.clear_round(first.id)
    second = votes.open_round("adoption")  # takes the cleared round's id, and its vote takes the vote's
    votes.cast(second.id, ada.id, None, 3.0)
    restored = votes.restore_round(cleared)
    assert restored.id != second.id
    (answer,) = votes.vote_answers()
    restored_vote = next(v for v in votes.votes() if v.round_id == restored.id)
    assert answer.vote_id == restored_vote.id and restored_vote.position == 1.5
