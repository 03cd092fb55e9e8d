"""Team scorecards: for each team, in team order, every aspect against its target, its actions and the
open disagreements about it (plain data, for the PDF and the Markdown summary)."""

from __future__ import annotations

from dataclasses import dataclass

from pem_desktop.export.register import Register, RegisterEntry
from pem_desktop.export.roadmap import AspectRoadmap, Roadmap, TeamPosition
from pem_desktop.services.views import DisagreementView, TeamView


@dataclass(frozen=True)
class ScoreRow:
    """The team on one aspect: its position, the target it works toward and the gap."""

    aspect: AspectRoadmap
    position: TeamPosition


@dataclass(frozen=True)
class Scorecard:
    team: TeamView
    rows: tuple[ScoreRow, ...]
    actions: tuple[RegisterEntry, ...]  # the team's own actions, in register order
    open_disagreements: tuple[tuple[AspectRoadmap, DisagreementView], ...]
    resolved_count: int

    @property
    def total_gap(self) -> float:
        """The sum of the team's positive gaps: how far it is from its targets overall."""
        return round(sum(row.position.gap for row in self.rows if row.position.gap and row.position.gap > 0), 2)


def build_scorecards(roadmap: Roadmap, register: Register) -> list[Scorecard]:
    by_team: dict[int, list[RegisterEntry]] = {}
    for entry in register.entries:
        if entry.action.team_id is not None:
            by_team.setdefault(entry.action.team_id, []).append(entry)
    cards = []
    for index, team in enumerate(roadmap.teams):
        rows = tuple(ScoreRow(aspect, aspect.positions[index]) for aspect in roadmap.aspects)
        about = [(aspect, d) for aspect in roadmap.aspects for d in aspect.disagreements() if d.team_id == team.id]
        cards.append(
            Scorecard(
                team=team,
                rows=rows,
                actions=tuple(by_team.get(team.id, ())),
                open_disagreements=tuple((aspect, d) for aspect, d in about if d.is_open),
                resolved_count=sum(1 for _, d in about if not d.is_open),
            )
        )
    return cards


__all__ = ["ScoreRow", "Scorecard", "build_scorecards"]
