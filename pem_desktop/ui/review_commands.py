"""The review of a carried action as an undo step: done, carried on, dropped (or back to not reviewed), with a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pem_desktop.services import Workshop
from pem_desktop.services.action_review import ReviewState, current_state, restore_review, review_action
from pem_desktop.services.history import ReviewView
from pem_desktop.ui.commands import WorkshopCommand


class ReviewActionCommand(WorkshopCommand):
    """Record what became of an action carried from the previous workshop; undo puts back the review and the
    carried action's status as they were, redo as they were after."""

    def __init__(self, workshop: Workshop, review: ReviewView, outcome: str, note: str | None = None):
        title = review.action.title if len(review.action.title) <= 50 else review.action.title[:49] + "…"
        if outcome == review.outcome and note is not None:
            text = QCoreApplication.translate("ReviewActionCommand", "review note on {action}")
        else:
            text = {
                "done": QCoreApplication.translate("ReviewActionCommand", "review done: {action}"),
                "carried": QCoreApplication.translate("ReviewActionCommand", "review carried on: {action}"),
                "dropped": QCoreApplication.translate("ReviewActionCommand", "review dropped: {action}"),
                "pending": QCoreApplication.translate("ReviewActionCommand", "review not reviewed: {action}"),
            }[outcome]
        super().__init__(workshop, text.format(action=title))
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
