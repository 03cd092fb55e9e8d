"""Every user action as a QUndoCommand whose redo and undo call services (Qt's undo framework).

An action runs once before its command is pushed, so a refused action (bad input, a failed write)
shows its message and never reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from pem_desktop.services import USER_ERRORS, Workshop

ErrorReporter = Callable[[Exception], None]


class WorkshopCommand(QUndoCommand):
    """Base: `apply` does the action, `revert` takes it back, `reapply` does it again after an undo."""

    def __init__(self, workshop: Workshop, text: str):
        super().__init__(text)
        self.workshop = workshop
        self.report: ErrorReporter = lambda error: None
        self._pushed = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def reapply(self) -> None:
        self.apply()

    def redo(self) -> None:
        if not self._pushed:  # the first redo is the push of an action that already ran
            self._pushed = True
            return
        self._guarded(self.reapply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except USER_ERRORS as error:  # reported to the user; the file keeps its last good state
            self.setObsolete(True)
            self.report(error)


class MoveTeamCommand(WorkshopCommand):
    """Place, move or un-place a team on an aspect."""

    def __init__(self, workshop: Workshop, team_id: int, aspect_id: str, position: float | None):
        model = workshop.model
        name = workshop.team(team_id).name
        aspect = model.aspect(aspect_id).name
        old = workshop.position_of(team_id, aspect_id)
        if position is None:
            text = QCoreApplication.translate("MoveTeamCommand", "take {team} off {aspect}")
        elif old is None:
            text = QCoreApplication.translate("MoveTeamCommand", "place {team} at {position}")
        else:
            text = QCoreApplication.translate("MoveTeamCommand", "move {team} to {position}")
        words = model.describe_position(position) if position is not None else ""
        super().__init__(workshop, text.format(team=name, aspect=aspect, position=words))
        self.team_id, self.aspect_id, self.position, self.old = team_id, aspect_id, position, old

    def apply(self) -> None:
        self.old = self.workshop.place_team(self.team_id, self.aspect_id, self.position)

    def revert(self) -> None:
        self.workshop.undo_place_team(self.team_id, self.aspect_id, self.old)


class AddTeamCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, name: str, colour: str | None = None):
        text = QCoreApplication.translate("AddTeamCommand", "add team {team}")
        super().__init__(workshop, text.format(team=" ".join(name.split())))
        self.name, self.colour = name, colour
        self.team_id: int | None = None
        self._removed = None

    def apply(self) -> None:
        self.team_id = self.workshop.add_team(self.name, self.colour).id

    def revert(self) -> None:
        self._removed = self.workshop.remove_team(self.team_id)

    def reapply(self) -> None:
        self.workshop.restore_team(self._removed)


class RemoveTeamCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, team_id: int):
        text = QCoreApplication.translate("RemoveTeamCommand", "remove team {team}")
        super().__init__(workshop, text.format(team=workshop.team(team_id).name))
        self.team_id = team_id
        self._removed = None

    def apply(self) -> None:
        self._removed = self.workshop.remove_team(self.team_id)

    def revert(self) -> None:
        self.workshop.restore_team(self._removed)


class RenameTeamCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, team_id: int, name: str):
        text = QCoreApplication.translate("RenameTeamCommand", "rename {team} to {name}")
        super().__init__(workshop, text.format(team=workshop.team(team_id).name, name=" ".join(name.split())))
        self.team_id, self.name, self.old = team_id, name, ""

    def apply(self) -> None:
        self.old = self.workshop.rename_team(self.team_id, self.name)

    def revert(self) -> None:
        self.workshop.rename_team(self.team_id, self.old)


class RecolourTeamCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, team_id: int, colour: str):
        text = QCoreApplication.translate("RecolourTeamCommand", "recolour {team}")
        super().__init__(workshop, text.format(team=workshop.team(team_id).name))
        self.team_id, self.colour, self.old = team_id, colour, ""

    def apply(self) -> None:
        self.old = self.workshop.recolour_team(self.team_id, self.colour)

    def revert(self) -> None:
        self.workshop.recolour_team(self.team_id, self.old)


class ReorderTeamCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, team_id: int, new_index: int):
        text = QCoreApplication.translate("ReorderTeamCommand", "reorder {team}")
        super().__init__(workshop, text.format(team=workshop.team(team_id).name))
        self.team_id, self.new_index, self.old_index = team_id, new_index, 0

    def apply(self) -> None:
        self.old_index = self.workshop.reorder_team(self.team_id, self.new_index)

    def revert(self) -> None:
        self.workshop.reorder_team(self.team_id, self.old_index)


def perform(stack: QUndoStack, command: WorkshopCommand, report: ErrorReporter) -> bool:
    """Run a command's action now; on success put it on the undo stack, on failure report why."""
    command.report = report
    try:
        command.apply()
    except USER_ERRORS as error:  # the service refused or the write failed: nothing changed
        report(error)
        return False
    stack.push(command)
    return True


class UpdateInfoCommand(WorkshopCommand):
    """Change the workshop's details (title, organisation, date, facilitator, participants, notes)."""

    def __init__(self, workshop: Workshop, values: dict):
        super().__init__(workshop, QCoreApplication.translate("UpdateInfoCommand", "edit workshop details"))
        self.values = values
        self.old: dict = {}

    def apply(self) -> None:
        old = self.workshop.update_info(**self.values)
        self.old = {key: getattr(old, key) for key in self.values}

    def revert(self) -> None:
        self.workshop.update_info(**self.old)


class RecordDisagreementCommand(WorkshopCommand):
    """Record a new disagreement (and, when the room already agreed, its resolution)."""

    def __init__(self, workshop: Workshop, aspect_id: str, entry, team_name: str):
        text = QCoreApplication.translate("RecordDisagreementCommand", "record disagreement on {team}")
        super().__init__(workshop, text.format(team=team_name))
        self.aspect_id, self.entry = aspect_id, entry
        self.view = None

    def apply(self) -> None:
        entry = self.entry
        self.view = self.workshop.record_disagreement(
            self.aspect_id,
            entry.viewpoints,
            team_id=entry.team_id,
            topic=entry.topic,
            resolved=entry.resolved,
            resolution=entry.resolution,
            resolved_position=entry.resolved_position,
        )

    def revert(self) -> None:
        self.workshop.delete_disagreement(self.view.id)

    def reapply(self) -> None:
        self.workshop.restore_disagreement(self.view)


class EditDisagreementCommand(WorkshopCommand):
    """Change a disagreement: topic, team, viewpoints, resolution."""

    def __init__(self, workshop: Workshop, disagreement_id: int, text: str, **changes):
        super().__init__(workshop, text)
        self.disagreement_id, self.changes = disagreement_id, changes
        self.old = self.new = None

    def apply(self) -> None:
        self.old = self.workshop.edit_disagreement(self.disagreement_id, **self.changes)
        self.new = self.workshop.disagreement(self.disagreement_id)

    def revert(self) -> None:
        self.workshop.restore_disagreement(self.old)

    def reapply(self) -> None:
        self.workshop.restore_disagreement(self.new)


class DeleteDisagreementCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, disagreement_id: int):
        super().__init__(workshop, QCoreApplication.translate("DeleteDisagreementCommand", "delete disagreement"))
        self.disagreement_id = disagreement_id
        self.old = None

    def apply(self) -> None:
        self.old = self.workshop.delete_disagreement(self.disagreement_id)

    def revert(self) -> None:
        self.workshop.restore_disagreement(self.old)


class AddActionCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, fields: dict):
        text = QCoreApplication.translate("AddActionCommand", "add action {action}")
        super().__init__(workshop, text.format(action=" ".join(str(fields.get("title", "")).split())[:60]))
        self.fields = fields
        self.view = None

    def apply(self) -> None:
        fields = dict(self.fields)
        self.view = self.workshop.add_action(fields.pop("aspect_id"), fields.pop("title"), **fields)

    def revert(self) -> None:
        self.workshop.delete_action(self.view.id)

    def reapply(self) -> None:
        self.workshop.restore_action(self.view)


class EditActionCommand(WorkshopCommand):
    """Change any fields of an action (also used for marking it done)."""

    def __init__(self, workshop: Workshop, action_id: int, text: str, **changes):
        super().__init__(workshop, text)
        self.action_id, self.changes = action_id, changes
        self.old = self.new = None

    def apply(self) -> None:
        self.old = self.workshop.edit_action(self.action_id, **self.changes)
        self.new = self.workshop.action(self.action_id)

    def revert(self) -> None:
        self.workshop.restore_action(self.old)

    def reapply(self) -> None:
        self.workshop.restore_action(self.new)


class DeleteActionCommand(WorkshopCommand):
    def __init__(self, workshop: Workshop, action_id: int):
        text = QCoreApplication.translate("DeleteActionCommand", "delete action {action}")
        super().__init__(workshop, text.format(action=workshop.action(action_id).title[:60]))
        self.action_id = action_id
        self.old = None

    def apply(self) -> None:
        self.old = self.workshop.delete_action(self.action_id)

    def revert(self) -> None:
        self.workshop.restore_action(self.old)
