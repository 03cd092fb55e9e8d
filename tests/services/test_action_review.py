"""The review of carried actions: each step sets the outcome, the note and the carried action's status, and undoes."""

from __future__ import annotations

import pytest

from pem_desktop.services import InvalidInputError
from pem_desktop.services.action_review import current_state, pending_reviews, restore_review, review_action
from pem_desktop.services.follow_up import start_follow_up


@pytest.fixture
def follow_up(tmp_path, demo_workshop):
    workshop = start_follow_up(demo_workshop, tmp_path / "follow-up.pemw")
    yield workshop
    workshop.close()


def _status(workshop, review):
    return workshop.action(review.live_action_id).status


def test_each_outcome_sets_the_carried_action(follow_up):
    charter = next(r for r in pending_reviews(follow_up) if r.action.status == "in progress")
    heard = []
    follow_up.subscribe(heard.append)
    review_action(follow_up, charter.id, "done", "Signed off by the CTO")
    assert _status(follow_up, charter) == "done"
    state = current_state(follow_up, charter.id)
    assert (state.outcome, state.note) == ("done", "Signed off by the CTO") and state.reviewed_at is not None
    review_action(follow_up, charter.id, "carried")  # the note is kept; open again, as it was last time
    assert _status(follow_up, charter) == "in progress"
    assert current_state(follow_up, charter.id).note == "Signed off by the CTO"
    review_action(follow_up, charter.id, "dropped", "")
    assert _status(follow_up, charter) == "dropped" and current_state(follow_up, charter.id).note == ""
    assert {"actions", "reviews"} <= heard[-1].kinds


def test_every_step_is_undone_and_redone_exactly(follow_up):
    review = pending_reviews(follow_up)[0]
    start = current_state(follow_up, review.id)
    steps = []
    for outcome, note in (("done", "shipped"), ("dropped", "no budget after all"), ("carried", "back on")):
        before = review_action(follow_up, review.id, outcome, note)
        steps.append((before, current_state(follow_up, review.id)))
    for before, after in reversed(steps):  # undo, newest first
        assert current_state(follow_up, review.id) == after
        restore_review(follow_up, before)
        assert _status(follow_up, review) == before.live_status
    assert current_state(follow_up, review.id) == start
    assert start.outcome == "pending" and start.reviewed_at is None
    for _before, after in steps:  # redo
        restore_review(follow_up, after)
    assert current_state(follow_up, review.id) == steps[-1][1]
    assert _status(follow_up, review) == "agreed"


def test_a_review_is_kept_when_its_carried_action_is_deleted(follow_up):
    review = pending_reviews(follow_up)[0]
    deleted = follow_up.delete_action(review.live_action_id)
    review_action(follow_up, review.id, "done", "done elsewhere")
    state = current_state(follow_up, review.id)
    assert (state.outcome, state.live_action_id) == ("done", None)
    follow_up.restore_action(deleted)  # undo of the delete finds its review again
    assert pending_reviews(follow_up)[0].live_action_id == deleted.id


def test_what_a_review_refuses(follow_up):
    review = pending_reviews(follow_up)[0]
    with pytest.raises(InvalidInputError, match="a review is one of"):
        review_action(follow_up, review.id, "maybe")
    with pytest.raises(InvalidInputError, match="there is no review"):
        review_action(follow_up, 9999, "done")
    with pytest.raises(InvalidInputError, match="longer than"):
        review_action(follow_up, review.id, "done", "x" * 100_001)
    assert current_state(follow_up, review.id).outcome == "pending"
