"""The undoable actions on the room's votes: place a team at the votes' median, record a disagreement from
their spread, clear a vote. The room panel calls them, and so will the board's drawing of revealed votes.

Opening, closing and revealing a vote are not undo steps: the phones have already seen them (as a started
timebox is not undone); clearing a vote's results is, since it removes what the room said.
"""

from __future__ import annotations

from pem_desktop.services import Workshop
from pem_desktop.services.votes import ClearedRound, Votes, VoteSpread
from pem_desktop.ui.commands import MoveTeamCommand, WorkshopCommand


class PlaceAtMedianCommand(MoveTeamCommand):
    """Put a team where the room's votes put it (their median): one undo step, like a drag."""

    def __init__(self, workshop: Workshop, spread: VoteSpread):
        if spread.team_id is None:
            raise ValueError("the whole organisation has no card to place")
        super().__init__(workshop, spread.team_id, spread.aspect_id, spread.median)
        name = workshop.team(spread.team_id).name
        self.setText(f"place {name} at the votes' median ({workshop.model.describe_position(spread.median)})")


class DisagreementFromVotesCommand(WorkshopCommand):
    """Record a disagreement whose viewpoints are the voters' positions (named, or "Voter 1", "Voter 2"...)."""

    def __init__(self, workshop: Workshop, spread: VoteSpread, *, named: bool = True):
        team = "the whole organisation" if spread.team_id is None else workshop.team(spread.team_id).name
        super().__init__(workshop, f"record disagreement on {team} from the votes")
        self.spread, self.named = spread, named
        self.view = None

    def apply(self) -> None:
        spread = self.spread
        model = self.workshop.model
        points = Votes(self.workshop).viewpoints(spread.round_id, spread.team_id, named=self.named)
        topic = (
            f"The room's votes spread {spread.width:.2f} levels, from {model.describe_position(spread.low)} "
            f"to {model.describe_position(spread.high)} ({spread.count} votes)"
        )
        self.view = self.workshop.record_disagreement(spread.aspect_id, points, team_id=spread.team_id, topic=topic)

    def revert(self) -> None:
        self.workshop.delete_disagreement(self.view.id)

    def reapply(self) -> None:
        self.workshop.restore_disagreement(self.view)


class ClearVotesCommand(WorkshopCommand):
    """Take a vote and all its votes away (to run it again); undo puts them back."""

    def __init__(self, workshop: Workshop, round_id: int):
        votes = Votes(workshop)
        aspect = workshop.model.aspect(votes.round(round_id).aspect_id).name
        super().__init__(workshop, f"clear the votes on {aspect}")
        self.round_id = round_id
        self.cleared: ClearedRound | None = None

    def apply(self) -> None:
        self.cleared = Votes(self.workshop).clear_round(self.round_id)

    def revert(self) -> None:
        self.round_id = Votes(self.workshop).restore_round(self.cleared).id
