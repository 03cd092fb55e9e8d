"""Undoable changes to targets (the organisation's or a team's, on one aspect), calling services/targets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pem_desktop.services import Workshop
from pem_desktop.services.targets import remove_target, restore_target, set_target, targets
from pem_desktop.services.workshop import UNCHANGED
from pem_desktop.ui.commands import WorkshopCommand


class SetTargetCommand(WorkshopCommand):
    """Set or move a target (and, when given, its date)."""

    def __init__(self, workshop: Workshop, aspect_id: str, team_id: int | None, position: float, due_date=UNCHANGED):
        words = workshop.model.describe_position(workshop.model.clamp_position(position))
        aspect = workshop.model.aspect(aspect_id).name
        if team_id is None:
            text = QCoreApplication.translate(
                "SetTargetCommand", "set {aspect} target of the organisation to {position}"
            )
            team = ""
        else:
            text = QCoreApplication.translate("SetTargetCommand", "set {aspect} target of {team} to {position}")
            team = workshop.team(team_id).name
        super().__init__(workshop, text.format(aspect=aspect, team=team, position=words))
        self.aspect_id, self.team_id, self.position, self.due_date = aspect_id, team_id, position, due_date
        self.old = self.new = None

    def apply(self) -> None:
        self.old = set_target(self.workshop, self.aspect_id, self.team_id, self.position, self.due_date)
        self.new = _current(self.workshop, self.aspect_id, self.team_id)

    def revert(self) -> None:
        restore_target(self.workshop, self.aspect_id, self.team_id, self.old)

    def reapply(self) -> None:
        restore_target(self.workshop, self.aspect_id, self.team_id, self.new)


class RemoveTargetCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, aspect_id: str, team_id: int | None):
        aspect = workshop.model.aspect(aspect_id).name
        if team_id is None:
            text = QCoreApplication.translate("RemoveTargetCommand", "remove {aspect} target of the organisation")
            team = ""
        else:
            text = QCoreApplication.translate("RemoveTargetCommand", "remove {aspect} target of {team}")
            team = workshop.team(team_id).name
        super().__init__(workshop, text.format(aspect=aspect, team=team))
        self.aspect_id, self.team_id = aspect_id, team_id
        self.old = None

    def apply(self) -> None:
        self.old = remove_target(self.workshop, self.aspect_id, self.team_id)

    def revert(self) -> None:
        restore_target(self.workshop, self.aspect_id, self.team_id, self.old)


def _current(workshop: Workshop, aspect_id: str, team_id: int | None):
    return next((t for t in targets(workshop, aspect_id) if t.team_id == team_id), None)
