"""Undoable changes to targets (the organisation's or a team's, on one aspect), calling services/targets."""

from __future__ import annotations

from pem_desktop.services import Workshop
from pem_desktop.services.targets import remove_target, restore_target, set_target, targets
from pem_desktop.services.workshop import UNCHANGED
from pem_desktop.ui.commands import WorkshopCommand


def _whose(workshop: Workshop, team_id: int | None) -> str:
    return "the organisation" if team_id is None else workshop.team(team_id).name


class SetTargetCommand(WorkshopCommand):
    """Set or move a target (and, when given, its date)."""

    def __init__(self, workshop: Workshop, aspect_id: str, team_id: int | None, position: float, due_date=UNCHANGED):
        words = workshop.model.describe_position(workshop.model.clamp_position(position))
        aspect = workshop.model.aspect(aspect_id).name
        super().__init__(workshop, f"set {aspect} target of {_whose(workshop, team_id)} to {words}")
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
        super().__init__(workshop, f"remove {aspect} target of {_whose(workshop, team_id)}")
        self.aspect_id, self.team_id = aspect_id, team_id
        self.old = None

    def apply(self) -> None:
        self.old = remove_target(self.workshop, self.aspect_id, self.team_id)

    def revert(self) -> None:
        restore_target(self.workshop, self.aspect_id, self.team_id, self.old)


def _current(workshop: Workshop, aspect_id: str, team_id: int | None):
    return next((t for t in targets(workshop, aspect_id) if t.team_id == team_id), None)
