"""Where every team sits: the teams x aspects matrix coloured by level (each cell a link to its aspect's
chapter, each team a link to its scorecard), then a radar of every team, or, with many teams, how
many teams sit at each level of each aspect."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from pem_desktop.export.pdf import charts
from pem_desktop.export.pdf.context import Context, aspect_key, subheading, team_key, titled
from pem_desktop.export.pdf.grid import Cell, Grid
from pem_desktop.export.pdf.text import SHADE, cell_lines, one_line, plain, team_cell
from pem_desktop.export.pdf_fonts import BOLD, REGULAR
from pem_desktop.export.roadmap import format_position
from pem_desktop.i18n import gettext as _
from pem_desktop.palette import text_colour_on

MIN_MATRIX_CELL = 68  # points: narrower matrix cells would break words; a wide model gets more tables instead


def overview_chapter(context: Context) -> list[Flowable]:
    roadmap = context.roadmap
    out: list[Flowable] = [
        *titled(_("Where every team sits"), "h1", 0, "overview"),
        plain(
            _(
                "Each team on each aspect, coloured by level. A position is in level units: a level spans one unit, "
                "so {middle} is the middle of the second level; words such as “{words}” say the same. Click a "
                "cell for the aspect's chapter, a team for its scorecard."
            ).format(middle=format_position(1.5), words=_example_words(context)),
            "small",
        ),
        Spacer(1, 4),
    ]
    notes = roadmap.info.notes
    if notes:  # before the matrix, so that a short note never waits alone on a page of its own
        out += [*subheading(_("Workshop notes"), keep=30), plain(notes)]
    if not roadmap.teams:
        return [*out, plain(_("The workshop has no teams yet."))]
    if context.many_teams:
        bars = charts.level_bars(roadmap.aspects, context.model, context.width)
        out += [plain(_("How many teams sit at each level"), "h3"), bars, Spacer(1, 8)]
    out += _matrices(context)
    if not context.many_teams:
        radar = charts.radar(roadmap.aspects, roadmap.teams, context.model, context.width)
        if radar is not None:
            title = plain(_("Positions at a glance"), "h3")
            out += [Spacer(1, 10), CondPageBreak(radar.height + 30), title, radar]
    return out


def _example_words(context: Context) -> str:
    """A position in words, in the model's level names ("late Operational")."""
    model = context.model
    return model.describe_position(min(1.8, model.level_count - 0.2))


def _matrices(context: Context) -> list[Flowable]:
    """The teams x aspects matrix; a wide model's in several tables of as many aspects as fit side by side."""
    aspects = context.roadmap.aspects
    team_width = min(140.0, context.width * 0.28)
    per_table = max(1, int((context.width - team_width) // MIN_MATRIX_CELL))
    out: list[Flowable] = []
    for start in range(0, len(aspects), per_table):
        out += [Spacer(1, 8)] if out else []
        out.append(_matrix(context, aspects[start : start + per_table], team_width))
    return out


def _matrix(context: Context, aspects: list, team_width: float) -> Grid:
    roadmap, model, width = context.roadmap, context.model, context.width
    cell_width = (width - team_width) / len(aspects)
    inner = cell_width - 8
    compact = context.many_teams
    header = [one_line(_("Team"), "cell_head", team_width - 8)]
    header += [cell_lines("cell_head", inner, (a.aspect.name, BOLD), max_lines=2) for a in aspects]
    count = model.level_count
    rows = []
    for index, team in enumerate(roadmap.teams):
        row = [
            Cell(
                team_cell(team, team_width - 8, max_lines=1 if compact else 2), background=SHADE, link=team_key(team.id)
            )
        ]
        for aspect in aspects:
            placed = aspect.positions[index]
            if placed.position is None:
                row.append(
                    Cell(cell_lines("matrix", inner, (_("not placed"), REGULAR), centred=True), background=SHADE)
                )
                continue
            background = charts.print_colour(placed.level.index, count)
            ink = text_colour_on(background)
            if compact:
                text = f"{placed.level.name} {format_position(placed.position)}"
                lines = cell_lines("matrix", inner, (text, REGULAR, ink), centred=True, max_lines=1)
            else:
                text = f"{placed.description}\n{format_position(placed.position)}"
                lines = cell_lines("matrix", inner, (text, REGULAR, ink), centred=True)
            row.append(Cell(lines, background=colors.HexColor(background), link=aspect_key(aspect.number)))
        rows.append(row)
    padding = (4, 1.6, 4, 2.2) if compact else (4, 3, 4, 3.5)
    return Grid(
        [team_width] + [cell_width] * len(aspects),
        rows,
        header=header,
        aligns=["left"] + ["center"] * len(aspects),
        stripes=(),
        separators=colors.white,
        rule=None,
        valign="middle",
        padding=padding,
    )
