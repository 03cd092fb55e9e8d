"""The review of the actions carried from the previous workshop: a keyboard-driven step through each of them.

Up / Down choose an action; D marks it done, C carried on (still open), X dropped, 0 not reviewed; the
next one not reviewed is chosen after each. N (or Tab) goes to its note, where Enter keeps the note and
Esc leaves it unchanged. Every step is an undoable command on the window's undo stack (Ctrl+Z and
Ctrl+Shift+Z work here too); the list follows the file, so an undo shows at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.services import USER_ERRORS, Workshop
from pem_desktop.services.action_review import pending_reviews
from pem_desktop.services.history import ReviewView, previous_workshop
from pem_desktop.services.views import Change
from pem_desktop.ui.action_words import status_text
from pem_desktop.ui.dialogs import shown_date
from pem_desktop.ui.review_commands import ReviewActionCommand
from pem_desktop.ui.screen_fit import fit_dialog, screen_of

MARKS = {"done": "✓", "carried": "→", "dropped": "✗", "pending": "•"}
KEYS = {Qt.Key.Key_D: "done", Qt.Key.Key_C: "carried", Qt.Key.Key_X: "dropped", Qt.Key.Key_0: "pending"}


class ActionReviewDialog(QDialog):
    """Walk through the carried actions: done, carried on, dropped, each with an optional note."""

    def __init__(
        self,
        workshop: Workshop,
        run: Callable[[ReviewActionCommand], bool],
        history_actions: tuple[QAction, ...] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workshop = workshop
        self.run = run
        self.setWindowTitle(self.tr("Review of carried actions"))
        fit_dialog(self, 900)
        screen = screen_of(self)
        room = screen.availableGeometry().height() - 80 if screen is not None else 560
        self.resize(900, max(min(560, room), 320))  # room for the whole list, on a 768-pixel projector too
        self.reviews: list[ReviewView] = []
        previous = previous_workshop(workshop)
        when = (shown_date(previous.workshop_date) or previous.title) if previous else ""
        self.intro = QLabel(
            self.tr(
                "These actions were still open at the end of the previous workshop ({when}). For each: was it done, "
                "is it still open (carried on), or was it dropped? Keys: D done · C carried on · X dropped · "
                "0 not reviewed · N a note first (Enter keeps it) · Ctrl+Z undo"
            ).format(when=when)
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Carried actions"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.installEventFilter(self)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("muted")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.buttons = {}
        row = QHBoxLayout()
        for outcome, text in (
            ("done", self.tr("&Done (D)")),
            ("carried", self.tr("&Carried on (C)")),
            ("dropped", self.tr("Dr&opped (X)")),
            ("pending", self.tr("&Not reviewed (0)")),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, o=outcome: self.record(o))
            self.buttons[outcome] = button
            row.addWidget(button)
        row.addStretch(1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note, e.g. what was done or why it was dropped (Enter keeps it)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.installEventFilter(self)
        note_label = QLabel(self.tr("No&te"))
        note_label.setBuddy(self.note)
        details = QWidget()
        right = QVBoxLayout(details)
        right.addWidget(self.title)
        right.addWidget(self.facts)
        right.addWidget(self.detail)
        right.addSpacing(8)
        right.addWidget(self.outcome)
        right.addLayout(row)
        right.addWidget(note_label)
        right.addWidget(self.note)
        right.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setSizes([380, 520])

        self.progress = QLabel()
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        # Fixed words, as on the main toolbar (the stack's own text, "Undo move …", goes stale); the tooltip says
        # what exactly will be undone or redone.
        for word, action in zip((self.tr("Undo"), self.tr("Redo")), history_actions, strict=False):
            button = QPushButton(word)
            button.setAutoDefault(False)
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            action.changed.connect(
                lambda b=button, a=action: (b.setEnabled(a.isEnabled()), b.setToolTip(a.text().replace("&", "")))
            )
            footer.addWidget(button)
        footer.addWidget(close)
        self.addActions(list(history_actions))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        workshop.subscribe(self._on_change)
        self.refresh()
        self.list.setCurrentRow(self._next_pending(-1) if self.reviews else -1)
        self.list.setFocus()

    # -- the list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.reviews = list(pending_reviews(self.workshop))
        self.list.blockSignals(True)
        self.list.clear()
        for review in self.reviews:
            item = QListWidgetItem(f"{MARKS[review.outcome]}  {review.action.title}")
            item.setToolTip(self._outcome_text(review))
            self.list.addItem(item)
        self.list.blockSignals(False)
        reviewed = sum(1 for review in self.reviews if review.reviewed)
        self.progress.setText(self.tr("{done} of {count} reviewed").format(done=reviewed, count=len(self.reviews)))
        if self.reviews:
            self.list.setCurrentRow(min(max(current, 0), len(self.reviews) - 1))
            self._show_current(self.list.currentRow())
        else:
            self.title.setText(self.tr("No action was carried from the previous workshop."))
            for button in self.buttons.values():
                button.setEnabled(False)
            self.note.setEnabled(False)

    def _show_current(self, row: int) -> None:
        if not 0 <= row < len(self.reviews):
            return
        review = self.reviews[row]
        action = review.action
        model = self.workshop.model
        aspect = model.aspect(action.aspect_id).name if model.has_aspect(action.aspect_id) else action.aspect_id
        team = self.tr("Whole organisation")
        if action.team_uid:
            team = next(
                (t.name for t in self.workshop.teams() if t.uid == action.team_uid), self.tr("a team no longer here")
            )
        parts = [aspect, team]
        if action.target_level_id and model.has_level(action.target_level_id):
            parts.append(self.tr("toward {level}").format(level=model.level(action.target_level_id).name))
        parts.append(self.tr("owner: {owner}").format(owner=action.owner) if action.owner else self.tr("no owner"))
        if action.due_date:
            parts.append(self.tr("due {date}").format(date=shown_date(action.due_date)))
        parts.append(self.tr("last time: {status}").format(status=status_text(action.status)))
        self.title.setText(action.title)
        self.facts.setText(" · ".join(parts))
        detail = ""
        if review.live_action_id is not None:
            try:
                detail = self.workshop.action(review.live_action_id).detail
            except USER_ERRORS:
                detail = ""
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.outcome.setText(self._outcome_text(review))
        for outcome, button in self.buttons.items():
            button.setEnabled(not self.workshop.read_only)
            button.setDown(False)
            font = button.font()
            font.setBold(outcome == review.outcome)
            button.setFont(font)
        self.note.setEnabled(not self.workshop.read_only)
        self.note.setText(review.note)

    def _outcome_text(self, review: ReviewView) -> str:
        words = {
            "done": self.tr("✓ Done"),
            "carried": self.tr("→ Carried on: still open in this workshop"),
            "dropped": self.tr("✗ Dropped"),
            "pending": self.tr("• Not reviewed yet"),
        }[review.outcome]
        if review.live_action_id is None:
            words = self.tr("{outcome} (its action was removed from this workshop)").format(outcome=words)
        return words

    def _next_pending(self, after: int) -> int:
        """The row of the next action not reviewed after `after` (wrapping), or `after` when all are."""
        count = len(self.reviews)
        for step in range(1, count + 1):
            row = (after + step) % count
            if not self.reviews[row].reviewed:
                return row
        return min(max(after, 0), count - 1)

    # -- steps -----------------------------------------------------------------------------------------

    def record(self, outcome: str) -> None:
        """The chosen action's outcome (one undo step); then on to the next one not reviewed."""
        row = self.list.currentRow()
        if self.workshop.read_only or not 0 <= row < len(self.reviews):
            return
        review = self.reviews[row]
        note = self.note.text() if self.note.text() != review.note else None
        if outcome == review.outcome and note is None:
            self._go(self._next_pending(row))
            return
        if self.run(ReviewActionCommand(self.workshop, review, outcome, note)):  # the list follows the change
            self._go(self._next_pending(row) if outcome != "pending" else row)

    def keep_note(self) -> None:
        row = self.list.currentRow()
        if self.workshop.read_only or not 0 <= row < len(self.reviews):
            return
        review = self.reviews[row]
        if self.note.text().strip() != review.note:
            self.run(ReviewActionCommand(self.workshop, review, review.outcome, self.note.text()))
        self.list.setFocus()

    def _go(self, row: int) -> None:
        if 0 <= row < len(self.reviews):
            self.list.setCurrentRow(row)
        self.list.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if watched is self.list and plain:
            if key in KEYS:
                self.record(KEYS[key])
                return True
            if key in (Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.note.setFocus()
                self.note.selectAll()
                return True
        if watched is self.note:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.keep_note()  # Enter keeps the note; it never closes the review
                return True
            if key == Qt.Key.Key_Escape:
                self._show_current(self.list.currentRow())  # the note as it was
                self.list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _on_change(self, change: Change) -> None:
        if change.kinds & {"reviews", "actions", "teams"}:
            self.refresh()

    def done(self, result: int) -> None:
        self.workshop.unsubscribe(self._on_change)
        super().done(result)


__all__ = ["ActionReviewDialog"]
