"""Votes from the room, through the services: rounds, votes and their changes, the spread and its median,
the viewpoints of a disagreement, clearing and undoing, and removing a team with its votes."""

from __future__ import annotations

import pytest

from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.views import Change
from pem_desktop.services.votes import DISAGREEMENT_THRESHOLD, Votes, position_words


@pytest.fixture
def votes(workshop: Workshop) -> Votes:
    return Votes(workshop)


def team(workshop: Workshop, name: str) -> int:
    return next(t.id for t in workshop.teams() if t.name == name)


def test_a_round_takes_votes_until_it_closes_and_each_participant_has_one_vote_per_team(workshop, votes):
    payments = team(workshop, "Payments")
    heard: list[Change] = []
    workshop.subscribe(heard.append)
    opened = votes.open_round("adoption")
    assert opened.is_open and opened.team_id is None and votes.current_round() == opened
    ada, bo = votes.join("Ada"), votes.join("")
    votes.cast(opened.id, ada.id, payments, 1.5)
    votes.cast(opened.id, ada.id, payments, 1.8)  # a change, not a second vote
    votes.cast(opened.id, ada.id, None, 2.0)  # the whole organisation is a vote of its own
    votes.cast(opened.id, bo.id, payments, 3.2)
    assert votes.tally(opened.id) == (3, 2)
    assert sorted((v.participant_id, v.team_id or 0, v.position) for v in votes.votes(opened.id)) == [
        (ada.id, 0, 2.0),
        (ada.id, payments, 1.8),
        (bo.id, payments, 3.2),
    ]
    assert {"votes"} <= set().union(*(change.kinds for change in heard))
    assert all(change.aspect_id == "adoption" for change in heard if "votes" in change.kinds)

    closed = votes.close_round(opened.id)
    assert closed.status == "closed" and closed.closed_at is not None
    assert votes.current_round() is None
    with pytest.raises(InvalidInputError, match="closed"):
        votes.cast(opened.id, bo.id, payments, 0.5)
    assert votes.spread(opened.id, payments).positions == (1.8, 3.2)


def test_votes_are_on_disk_when_cast_returns(tmp_path, workshop, votes):
    opened = votes.open_round("operations")
    ada = votes.join("Ada")
    votes.cast(opened.id, ada.id, team(workshop, "Mobile"), 2.25)
    reader = Workshop.open(workshop.path, read_only=True)  # another connection: only what was committed
    try:
        assert [(v.position, v.participant_id) for v in Votes(reader).votes()] == [(2.25, ada.id)]
    finally:
        reader.close()


def test_opening_a_round_closes_the_one_still_open(votes):
    first = votes.open_round("adoption")
    second = votes.open_round("investment")
    assert votes.round(first.id).status == "closed"
    assert votes.current_round() == second
    assert [r.id for r in votes.rounds("adoption")] == [first.id]
    assert votes.latest_round("investment") == second


def test_a_one_team_round_takes_votes_on_that_team_only(workshop, votes):
    mobile, search = team(workshop, "Mobile"), team(workshop, "Search")
    opened = votes.open_round("interfaces", mobile)
    ada = votes.join("Ada")
    for wrong in (search, None):
        with pytest.raises(InvalidInputError, match="another team"):
            votes.cast(opened.id, ada.id, wrong, 1.0)
    votes.cast(opened.id, ada.id, mobile, 1.0)
    ballot = votes.ballot(opened.id)
    assert [t.name for t in ballot.teams] == ["Mobile"] and not ballot.whole_organisation


@pytest.mark.parametrize("position", [-0.01, 4.0001, float("nan"), float("inf"), "2", None, True])
def test_a_vote_off_the_continuum_is_refused(workshop, votes, position):
    opened = votes.open_round("adoption")
    ada = votes.join("Ada")
    with pytest.raises(InvalidInputError):
        votes.cast(opened.id, ada.id, team(workshop, "Payments"), position)
    assert votes.votes() == []


def test_a_vote_needs_a_real_round_participant_and_team(workshop, votes):
    opened = votes.open_round("adoption")
    ada = votes.join("Ada")
    with pytest.raises(InvalidInputError, match="no vote"):
        votes.cast(opened.id + 5, ada.id, None, 1)
    with pytest.raises(InvalidInputError, match="participant"):
        votes.cast(opened.id, ada.id + 5, None, 1)
    with pytest.raises(InvalidInputError, match="team"):
        votes.cast(opened.id, ada.id, 999, 1)
    with pytest.raises(InvalidInputError, match="aspect"):
        votes.open_round("nonsense")
    with pytest.raises(InvalidInputError, match="team"):
        votes.open_round("adoption", 999)
    with pytest.raises(InvalidInputError, match="longer than 40"):
        votes.join("x" * 41)
    assert votes.join(" An\u0000na\n ").name == "Anna"


def test_reveal_the_spread_and_its_median(workshop, votes):
    payments, search = team(workshop, "Payments"), team(workshop, "Search")
    opened = votes.open_round("measurement")
    for position in (0.5, 1.5, 1.7, 2.8):
        votes.cast(opened.id, votes.join("").id, payments, position)
    votes.cast(opened.id, votes.join("").id, search, 3.0)
    revealed = votes.reveal_round(opened.id)
    assert revealed.is_revealed and revealed.closed_at and revealed.revealed_at
    spreads = votes.spreads(opened.id)
    assert [s.team_id for s in spreads] == [payments, search]
    spread = spreads[0]
    assert spread.count == 4 and spread.median == 1.6 and (spread.low, spread.high) == (0.5, 2.8)
    assert spread.width == 2.3 and spread.exceeds() and spread.exceeds(DISAGREEMENT_THRESHOLD)
    assert not spreads[1].exceeds()  # a single vote spreads nowhere
    assert not spread.exceeds(2.5)
    assert votes.reveal_round(opened.id) == revealed  # revealing again changes nothing
    assert votes.close_round(opened.id) == revealed  # nor does closing a revealed vote


def test_the_roadmap_spread_is_the_latest_revealed_round_per_team_and_aspect(workshop, votes):
    payments, mobile = team(workshop, "Payments"), team(workshop, "Mobile")
    first = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast(first.id, ada.id, payments, 1.0)
    votes.cast(first.id, ada.id, mobile, 2.0)
    votes.reveal_round(first.id)
    second = votes.open_round("adoption", payments)
    votes.cast(second.id, ada.id, payments, 3.0)
    votes.reveal_round(second.id)
    hidden = votes.open_round("investment")
    votes.cast(hidden.id, ada.id, payments, 0.5)  # never revealed: not in the roadmap
    found = {(s.aspect_id, s.team_id): s.positions for s in votes.revealed_spreads()}
    assert found == {("adoption", payments): (3.0,), ("adoption", mobile): (2.0,)}


def test_viewpoints_named_or_anonymous_lowest_first(workshop, votes):
    payments = team(workshop, "Payments")
    opened = votes.open_round("adoption")
    for name, position in (("Ada", 2.5), ("", 0.5), ("Bo", 1.25)):
        votes.cast(opened.id, votes.join(name).id, payments, position)
    named = votes.viewpoints(opened.id, payments, named=True)
    assert [(v.holder, v.position) for v in named] == [("Voter 1", 0.5), ("Bo", 1.25), ("Ada", 2.5)]
    anonymous = votes.viewpoints(opened.id, payments, named=False)
    assert [v.holder for v in anonymous] == ["Voter 1", "Voter 2", "Voter 3"]


def test_clearing_a_round_and_undoing_it_gives_back_exactly_what_was_there(workshop, votes):
    opened = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast(opened.id, ada.id, team(workshop, "Payments"), 1.5)
    votes.cast(opened.id, ada.id, None, 2.5)
    before_round, before_votes = votes.round(opened.id), votes.votes()
    cleared = votes.clear_round(opened.id)
    assert votes.rounds() == [] and votes.votes() == [] and votes.current_round() is None
    assert votes.restore_round(cleared) == before_round
    assert votes.round(opened.id) == before_round and votes.votes() == before_votes


def test_a_cleared_open_round_comes_back_closed_when_another_is_open(workshop, votes):
    first = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast(first.id, ada.id, None, 1.0)
    cleared = votes.clear_round(first.id)
    second = votes.open_round("adoption")  # the database hands out the cleared round's id again
    votes.cast(second.id, ada.id, None, 3.0)
    restored = votes.restore_round(cleared)
    assert restored.status == "closed" and votes.current_round() == second
    assert restored.id != second.id
    assert sorted((v.round_id, v.position) for v in votes.votes()) == [(second.id, 3.0), (restored.id, 1.0)]


def test_removing_a_team_removes_its_votes_and_undo_brings_them_back(workshop, votes):
    payments, search = team(workshop, "Payments"), team(workshop, "Search")
    every = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast(every.id, ada.id, payments, 1.0)
    votes.cast(every.id, ada.id, search, 2.0)
    only = votes.open_round("investment", payments)
    votes.cast(only.id, ada.id, payments, 3.0)
    before = votes.votes(), votes.rounds()
    removed = workshop.remove_team(payments)
    assert [v.team_id for v in votes.votes()] == [search]
    assert [r.id for r in votes.rounds()] == [every.id]
    workshop.restore_team(removed)
    assert (votes.votes(), votes.rounds()) == before


def test_the_phones_words_for_positions_are_the_models_words(pe_model, cn_model):
    for loaded in (pe_model, cn_model):
        model = loaded.model
        stretches = position_words(model)
        assert stretches[0][0] == 0 and stretches[-1][1] == model.level_count
        for hundredths in range(model.level_count * 100 + 1):
            position = hundredths / 100
            assert [w for a, b, w in stretches if a <= position <= b] == [model.describe_position(position)]


def test_a_read_only_workshop_takes_no_votes(tmp_path, pe_model):
    path = tmp_path / "read-only.pemw"
    Workshop.create(path, title="T", loaded_model=pe_model).close()
    reader = Workshop.open(path, read_only=True)
    try:
        with pytest.raises(Exception, match="read-only"):
            Votes(reader).open_round("adoption")
    finally:
        reader.close()
