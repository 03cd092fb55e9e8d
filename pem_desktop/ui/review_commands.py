"""The review of a carried action as an undo step: done, carried on, dropped (or back to not reviewed), with a note."""

from __future__ import annotations

from pem_desktop.services import Workshop
from pem_desktop.services.action_review import ReviewState, current_state, restore_review, review_action
from pem_desktop.services.history import ReviewView
from pem_desktop.ui.commands import WorkshopCommand

OUTCOME_WORDS = {"done": "done", "carried": "carried on", "dropped": "dropped", "pending": "not reviewed"}


class ReviewActionCommand(WorkshopCommand):
    """Record what became of an action carried from the previous workshop; undo puts back the review and the
    carried action's status as they were, redo as they were after."""

    def __init__(self, workshop: Workshop, review: ReviewView, outcome: str, note: str | None = None):
        title = review.action.title if len(review.action.title) <= 50 else review.action.title[:49] + "…"
        what = "note on" if outcome == review.outcome and note is not None else OUTCOME_WORDS[outcome] + ":"
        super().__init__(workshop, f"review {what} {title}")
        self.review_id, self.outcome, self.note = review.id, outcome, note
        self.before: ReviewState | None = None
        self.after: ReviewState | None = None

    def apply(self) -> None:
        self.before = review_action(self.workshop, self.review_id, self.outcome, self.note)
        self.after = current_state(self.workshop, self.review_id)

    def revert(self) -> None:
        restore_review(self.workshop, self.before)

    def reapply(self) -> None:
        restore_review(self.workshop, self.after)
