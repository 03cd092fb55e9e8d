"""Follow-ups in the window: File > Start follow-up…, File > Compare…, Notes > Review carried actions…, and
View > Last time's positions (H), which draws where each team sat last time on the board (the page's, in
presentation mode too, and the audience view's).

The window hands this controller the page of each workshop it shows (and its audience view); it adds
the previous-positions layer to their boards and keeps them shown or hidden alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from pem_desktop.services import USER_ERRORS, Workshop
from pem_desktop.services.history import OPEN_STATUSES, previous_positions, previous_workshop
from pem_desktop.ui.board import BoardScene
from pem_desktop.ui.dates import long_date
from pem_desktop.ui.previous_positions import PreviousPositionsLayer

if TYPE_CHECKING:
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.presentation import AudienceWindow
    from pem_desktop.ui.workshop_page import WorkshopPage


class FollowUps(QObject):
    """The follow-up actions of one main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.layers: list[PreviousPositionsLayer] = []  # on the page's board and the audience view's
        self.is_follow_up = False  # the shown workshop holds an earlier one
        self.start_action = self._action(self.tr("Start &follow-up…"), self.start_follow_up, "Ctrl+Shift+F")
        self.start_action.setStatusTip(self.tr("A new workshop that starts from this one, keeping it as its history"))
        self.compare_action = self._action(self.tr("Co&mpare workshops…"), self.compare)
        self.compare_action.setStatusTip(self.tr("Positions over time across workshops of the same model"))
        self.review_action = self._action(self.tr("&Review carried actions…"), self.review, "Ctrl+Shift+R")
        self.review_action.setStatusTip(self.tr("Done, carried on or dropped: the actions carried from last time"))
        self.markers_action = self._action(self.tr("&Last time's positions"), self.show_markers, "H")
        self.markers_action.setCheckable(True)
        self.markers_action.setChecked(True)
        self.markers_action.setStatusTip(self.tr("Show where each team sat in the previous workshop (H)"))
        self.update_enabled()

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- the window's workshop -------------------------------------------------------------------------

    def workshop_shown(self, page: WorkshopPage) -> None:
        """A workshop is on show: its board gets last time's positions if it is a follow-up."""
        self.is_follow_up = self._add_layer(page.workshop, page.scene)
        self.update_enabled()

    def audience_shown(self, audience: AudienceWindow) -> None:
        self._add_layer(audience.workshop, audience.scene)

    def _add_layer(self, workshop: Workshop, scene: BoardScene) -> bool:
        previous = previous_workshop(workshop)
        if previous is None:
            return False
        when = long_date(previous.workshop_date) or previous.title
        layer = PreviousPositionsLayer(
            scene,
            lambda aspect_id: _by_team(previous_positions(workshop, aspect_id)),
            self.tr("last time ({when})").format(when=when),
        )
        layer.shown = self.markers_action.isChecked()
        if any(view.isVisible() for view in scene.views()):
            scene.add_layer(layer)
        else:  # not on screen yet: the layout it gets when shown includes the layer (one layout less to open)
            scene.layers.append(layer)
            scene.addItem(layer)
        self.layers.append(layer)
        scene.destroyed.connect(lambda: self.layers.remove(layer) if layer in self.layers else None)
        return True

    def update_enabled(self) -> None:
        workshop = self.window.workshop
        follow_up = self.is_follow_up and workshop is not None
        self.start_action.setEnabled(workshop is not None)
        self.review_action.setEnabled(follow_up and not workshop.read_only)
        self.markers_action.setEnabled(follow_up)

    def show_markers(self, shown: bool) -> None:
        for layer in self.layers:
            if isValid(layer):  # a board that is closing may not be gone yet
                layer.set_shown(shown)
        self.window.statusBar().showMessage(
            self.tr("Last time's positions shown (H hides them)")
            if shown
            else self.tr("Last time's positions hidden (H)")
        )

    # -- starting a follow-up ----------------------------------------------------------------------------

    def start_follow_up(self) -> None:
        """File > Start follow-up… of the open workshop."""
        if self.window.workshop is not None:
            self._start_from(self.window.workshop)

    def start_follow_up_of(self, path: str) -> None:
        """Start a follow-up of a workshop file (the start screen's recent list): it is only read."""
        if not Path(path).is_file():
            QMessageBox.warning(
                self.window, self.tr("Workshop not found"), self.tr("{path} is not there any more.").format(path=path)
            )
            return
        from pem_desktop.services.follow_up import opened_for_reading

        try:
            with opened_for_reading(path) as source:
                self._start_from(source)
        except USER_ERRORS as error:
            QMessageBox.warning(self.window, self.tr("Cannot start a follow-up"), str(error))

    def _start_from(self, source: Workshop) -> None:
        from pem_desktop.services.follow_up import newer_bundled_model, start_follow_up
        from pem_desktop.ui.dialogs import run_dialog
        from pem_desktop.ui.follow_up_dialog import FollowUpDialog

        carried = sum(1 for action in source.actions() if action.status in OPEN_STATUSES)
        upgrade = newer_bundled_model(source.model)
        dialog = FollowUpDialog(source.info(), source.path, carried, upgrade, self.window)
        request = run_dialog(dialog, lambda: dialog.result_request)
        if request is None:
            return
        try:
            workshop = start_follow_up(
                source,
                request.path,
                title=request.title,
                workshop_date=request.workshop_date,
                cards_at_previous=request.cards_at_previous,
                model=request.model,
            )
        except USER_ERRORS as error:
            QMessageBox.warning(self.window, self.tr("Cannot start the follow-up"), str(error))
            return
        self.window._show_workshop(workshop)
        self.window.statusBar().showMessage(
            self.tr("Follow-up started in {file}; {source} is unchanged").format(
                file=request.path.name, source=source.path.name
            )
        )
        if carried:
            self.review()

    # -- the review and comparisons ----------------------------------------------------------------------

    def review(self) -> None:
        """Notes > Review carried actions…: done, carried on or dropped, one key each."""
        window = self.window
        if window.workshop is None or window.page is None or window.workshop.read_only or not self.is_follow_up:
            return
        from pem_desktop.ui.action_review_dialog import ActionReviewDialog
        from pem_desktop.ui.dialogs import run_dialog

        dialog = ActionReviewDialog(window.workshop, window.page.run, (window.undo_action, window.redo_action), window)
        run_dialog(dialog, lambda: None)

    def compare(self) -> None:
        from pem_desktop.ui.compare_dialog import CompareDialog
        from pem_desktop.ui.dialogs import run_dialog

        dialog = CompareDialog(self.window.workshop, self.window)
        run_dialog(dialog, lambda: None)


def _by_team(positions: dict[tuple[int, str], float]) -> dict[int, float]:
    return {team_id: position for (team_id, _aspect), position in positions.items()}


__all__ = ["FollowUps"]
