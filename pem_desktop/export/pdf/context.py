"""What every part of the PDF is built from: the roadmap, its register, summary and scorecards, the
frame's size, and the helpers that keep a heading with what follows it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable

from pem_desktop.export.pdf.grid import Grid
from pem_desktop.export.pdf.text import heading, plain
from pem_desktop.export.register import Register
from pem_desktop.export.roadmap import Roadmap
from pem_desktop.export.scorecards import Scorecard
from pem_desktop.export.summary import ExecutiveSummary
from pem_desktop.maturity import MaturityModel

TEAM_LABEL_LIMIT = 12  # more teams than this: distributions instead of a radar and walls of labels
KEEP_WITH_HEADING = 64  # points of what follows a heading that must fit on its page with it


@dataclass
class Context:
    roadmap: Roadmap
    register: Register
    summary: ExecutiveSummary
    scorecards: list[Scorecard]
    width: float  # of the body frame
    height: float

    @property
    def model(self) -> MaturityModel:
        return self.roadmap.model

    @property
    def many_teams(self) -> bool:
        return len(self.roadmap.teams) > TEAM_LABEL_LIMIT


def titled(
    text: str,
    style: str,
    level: int,
    key: str,
    *,
    keep: float = KEEP_WITH_HEADING,
    outline_title: str | None = None,
    in_contents: bool = True,
) -> list[Flowable]:
    """A heading that never stands alone at the foot of a page: it starts a new page unless `keep`
    points of what follows fit below it. `outline_title` is what the bookmarks, the contents and the
    running header call it, if not `text`."""
    made = heading(text, style, level, key, outline_title=outline_title)
    made.in_contents = in_contents
    room = made.wrap(10_000, 10_000)[1] + made.style.spaceBefore + made.style.spaceAfter + keep
    return [CondPageBreak(room), made]


def subheading(text: str, *, keep: float = KEEP_WITH_HEADING) -> list[Flowable]:
    """A minor heading (plain text) that never stands alone at the foot of a page."""
    made = plain(text, "h3")
    return [CondPageBreak(made.wrap(10_000, 10_000)[1] + made.style.spaceBefore + keep), made]


def heading_over_grid(text: str, grid: Grid, *, page_height: float) -> list[Flowable]:
    """A minor heading and the table under it, the heading kept with the table's header and first row
    (a table that would start on the next page takes its heading with it)."""
    first = grid.header_height + (grid.row_heights[0] if grid.row_heights else 0)
    return [*subheading(text, keep=max(KEEP_WITH_HEADING, min(first + 4, page_height * 0.8))), grid]


def aspect_key(number: int) -> str:
    return f"aspect-{number}"


def section_key(aspect_number: int, level_index: int) -> str:
    """The key of an aspect's section "Toward <level>"."""
    return f"aspect-{aspect_number}-toward-{level_index}"


def team_key(team_id: int) -> str:
    return f"team-{team_id}"


__all__ = ["TEAM_LABEL_LIMIT", "Context", "aspect_key", "section_key", "subheading", "team_key", "titled"]
