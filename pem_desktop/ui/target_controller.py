"""The board's targets: the marker layer, and the undoable commands and the form behind its gestures.

The workshop page owns one; it refreshes it with the board and calls `edit` for Notes > Set target…
(Ctrl+Shift+T), which opens the form for the selected team (else the organisation) and then gives
the marker the keyboard focus, so Left and Right move it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from pem_desktop.services.targets import TargetSet, targets
from pem_desktop.services.views import TeamView
from pem_desktop.ui.target_commands import RemoveTargetCommand, SetTargetCommand
from pem_desktop.ui.target_marker import TargetLayer

if TYPE_CHECKING:
    from pem_desktop.ui.workshop_page import WorkshopPage


class BoardTargets:
    """Targets on the board of one workshop page."""

    def __init__(self, page: WorkshopPage):
        self.page = page
        self.layer = TargetLayer(page.scene)
        self.layer.targetMoved.connect(self.move)
        self.layer.targetRemoveRequested.connect(self.remove)
        self.layer.targetEditRequested.connect(self.edit)

    @property
    def workshop(self):
        return self.page.workshop

    def refresh(self, teams: list[TeamView]) -> None:
        self.layer.show_targets(TargetSet(targets(self.workshop)), teams)

    def move(self, team_id: int | None, position: float) -> None:
        aspect_id = self.page.aspect.id
        if self.page.run(SetTargetCommand(self.workshop, aspect_id, team_id, position)):
            self._focus(team_id)

    def remove(self, team_id: int | None) -> None:
        self.page.run(RemoveTargetCommand(self.workshop, self.page.aspect.id, team_id))

    def edit(self, team_id: int | None = None) -> None:
        """The target form for a team (else the organisation) on the board's aspect."""
        if self.workshop.read_only:
            return
        from pem_desktop.ui.dialogs import run_dialog
        from pem_desktop.ui.target_dialog import TargetDialog

        aspect = self.page.aspect
        dialog = TargetDialog(
            self.workshop.model,
            aspect,
            self.workshop.teams(),
            TargetSet(targets(self.workshop, aspect.id)),
            lambda team: self.workshop.position_of(team, aspect.id),
            team_id=team_id,
            parent=self.page,
        )
        entry = run_dialog(dialog, lambda: dialog.result_input)
        if entry is None:
            return
        if entry.remove:
            self.remove(entry.team_id)
            return
        command = SetTargetCommand(self.workshop, aspect.id, entry.team_id, entry.position, entry.due_date)
        if self.page.run(command):
            if entry.team_id is not None:
                self.page.scene.select_card(entry.team_id)
            self._focus(entry.team_id)

    def _focus(self, team_id: int | None) -> None:
        marker = self.layer.marker(team_id)
        if marker is not None and marker.isVisible():
            self.page.view.setFocus()
            marker.setFocus(Qt.FocusReason.OtherFocusReason)
            marker.update()


__all__ = ["BoardTargets"]
