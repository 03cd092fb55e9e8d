"""The undoable actions on the room's votes: place a team at the votes' median, record a disagreement from
their spread, clear a vote. The room panel calls them, and so will the board's drawing of revealed votes.

Opening, closing and revealing a vote are not undo steps: the phones have already seen them (as a started
timebox is not undone); clearing a vote's results is, since it removes what the room said.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

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
        text = QCoreApplication.translate("PlaceAtMedianCommand", "place {team} at the votes' median ({position})")
        self.setText(text.format(team=name, position=workshop.model.describe_position(spread.median)))


class DisagreementFromVotesCommand(WorkshopCommand):
    """Record a disagreement whose viewpoints are the voters' positions (named, or "Voter 1", "Voter 2"...)."""

    def __init__(self, workshop: Workshop, spread: VoteSpread, *, named: bool = True):
        if spread.team_id is None:
            text = QCoreApplication.translate(
                "DisagreementFromVotesCommand", "record disagreement on the whole organisation from the votes"
            )
            team = ""
        else:
            text = QCoreApplication.translate(
                "DisagreementFromVotesCommand", "record disagreement on {team} from the votes"
            )
            team = workshop.team(spread.team_id).name
        super().__init__(workshop, text.format(team=team))
        self.spread, self.named = spread, named
        self.view = None

    def apply(self) -> None:
        spread = self.spread
        model = self.workshop.model
        points = Votes(self.workshop).viewpoints(spread.round_id, spread.team_id, named=self.named)
        topic = QCoreApplication.translate(
            "DisagreementFromVotesCommand",
            "The room's votes spread {width} levels, from {low} to {high} (%n vote(s))",
            None,
            spread.count,
        ).format(
            width=QLocale().toString(spread.width, "f", 2),
            low=model.describe_position(spread.low),
            high=model.describe_position(spread.high),
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
        text = QCoreApplication.translate("ClearVotesCommand", "clear the votes on {aspect}")
        super().__init__(workshop, text.format(aspect=aspect))
        self.round_id = round_id
        self.cleared: ClearedRound | None = None

    def apply(self) -> None:
        self.cleared = Votes(self.workshop).clear_round(self.round_id)

    def revert(self) -> None:
        self.round_id = Votes(self.workshop).restore_round(self.cleared).id
