"""The review of the actions a follow-up carried in: was each done, carried on (still open) or dropped?

Every action that was still open at the end of the previous workshop is carried into the follow-up as
an action of its own (it continues the previous one: `ActionView.carried_from`) and waits for its
review, "pending". A review step records the outcome with an optional note and sets the carried
action's status with it, in one transaction: done makes it done, dropped makes it dropped, carried on
keeps it open (at the status it had last time, if a step before had closed it). Each step returns what
it replaced, which `restore_review` puts back exactly (undo and redo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pem_desktop.services.history import OPEN_STATUSES, Point, ReviewView, history_from_records
from pem_desktop.services.workshop import InvalidInputError, Workshop, _now, _text
from pem_desktop.store import history as store
from pem_desktop.store import plain
from pem_desktop.store.expected_schema import REVIEW_OUTCOMES

OUTCOME_STATUS = {"done": "done", "dropped": "dropped"}  # the carried action's status for each closing outcome


@dataclass(frozen=True)
class ReviewState:
    """A review and its carried action's status as they are at one moment (what a step replaces)."""

    review_id: int
    outcome: str
    note: str
    reviewed_at: datetime | None
    live_action_id: int | None
    live_status: str | None


def pending_reviews(workshop: Workshop) -> tuple[ReviewView, ...]:
    """This workshop's reviews of the actions carried from the previous one, in the previous workshop's order
    (read from the latest snapshot alone: the review refreshes after every step)."""
    with workshop._file.plain_reading() as connection:
        records = store.latest_snapshot_records(connection)
        carried = store.carried_action_ids(connection)
    return history_from_records(records, Point("", None, (), {}), carried).reviews_here


def review_action(workshop: Workshop, review_id: int, outcome: str, note: str | None = None) -> ReviewState:
    """Record that a carried action was done, carried on or dropped ("pending": not reviewed), with a note
    (None keeps the note it has); returns the state it replaced, for undo."""
    if outcome not in REVIEW_OUTCOMES:
        raise InvalidInputError(f"a review is one of {', '.join(REVIEW_OUTCOMES)}, not {outcome!r}")
    cleaned = None if note is None else _text(note, "review note")
    now = _now()
    with workshop._file.plain_transaction() as connection:
        old, previous_status = _state(connection, review_id)
        live = None
        if old.live_action_id is not None:
            status = OUTCOME_STATUS.get(outcome)
            if status is None:  # carried on or pending: open, as it was unless a step before closed it
                status = old.live_status if old.live_status in OPEN_STATUSES else previous_status
            live = (old.live_action_id, status, now)
        store.set_review(
            connection,
            review_id,
            outcome,
            old.note if cleaned is None else cleaned,
            None if outcome == "pending" else now,
            live,
        )
    workshop._changed("actions", "reviews")
    return old


def restore_review(workshop: Workshop, state: ReviewState) -> None:
    """Put a review and its carried action's status back exactly as `state` says (undo, redo)."""
    if state.outcome not in REVIEW_OUTCOMES:
        raise InvalidInputError(f"a review is one of {', '.join(REVIEW_OUTCOMES)}, not {state.outcome!r}")
    now = _now()
    with workshop._file.plain_transaction() as connection:
        current, _previous = _state(connection, state.review_id)
        live = None
        if current.live_action_id is not None and state.live_status is not None:
            live = (current.live_action_id, state.live_status, now)
        store.set_review(connection, state.review_id, state.outcome, state.note, state.reviewed_at, live)
    workshop._changed("actions", "reviews")


def current_state(workshop: Workshop, review_id: int) -> ReviewState:
    with workshop._file.plain_reading() as connection:
        return _state(connection, review_id)[0]


def _state(connection, review_id: int) -> tuple[ReviewState, str]:
    """The review's state, and the status its action had in the previous workshop."""
    found = store.reviews(connection, review_id=review_id)
    if not found:
        raise InvalidInputError(f"there is no review with id {review_id}")
    review = found[0]
    previous_status = store.snapshot_action_status(connection, review.snapshot_action_id)
    live_id = store.carried_action_id(connection, review.snapshot_action_id)
    live = None if live_id is None else plain.actions(connection, action_id=live_id)
    live_status = live[0].status if live else None
    return (
        ReviewState(review.id, review.outcome, review.note, review.reviewed_at, live_id if live else None, live_status),
        previous_status,
    )


__all__ = ["ReviewState", "current_state", "pending_reviews", "restore_review", "review_action"]
