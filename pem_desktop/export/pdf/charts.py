"""The roadmap's drawings: level bars, distributions, the radar and the small bars of the summary and
scorecards.

Every colour carries a second cue that survives greyscale printing: levels are named in their
column (or shown with a hatching in stacked bars), teams on the radar have their own marker shape
and dash, targets are triangles and medians diamonds. Text on coloured ground is black or white,
whichever has the higher contrast (WCAG AA). Labels on a level bar stay inside the team's own level
column, shortened if they must be (the full name is in the tables).
"""

from __future__ import annotations

import functools
import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from pem_desktop.export.pdf.text import ACCENT, INK, MUTED, RULE, canvas_text, strings
from pem_desktop.export.pdf_fonts import BOLD, REGULAR, string_width
from pem_desktop.export.pdf_fonts import fit as fit_text
from pem_desktop.export.roadmap import AspectRoadmap, TeamPosition
from pem_desktop.i18n import gettext as _
from pem_desktop.maturity import MaturityModel
from pem_desktop.palette import level_colour, mix, text_colour_on
from pem_desktop.services.targets import Spread
from pem_desktop.services.views import TargetView

LABEL_SIZE = 7.5
LANES_PER_DRAWING = 26
BIN = 0.25  # level units per bar of a distribution
_DASHES = (None, (4, 2), (1.5, 1.5), (6, 2, 1.5, 2), (3, 3))
_SHAPES = ("circle", "square", "triangle", "diamond", "down", "cross")


def print_colour(level_index: int, count: int) -> str:
    """A level's colour softened for print (still ordered light to dark in greyscale)."""
    return mix(level_colour(level_index, count), "#FFFFFF", 0.45)


def drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the embedded one (reportlab's default, Helvetica, is not embedded)."""
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=8)


def hatch(target: Drawing, x: float, y: float, width: float, height: float, level_index: int, colour) -> None:
    """The level's hatching inside a rectangle: none for the lowest level, then /, \\, x, -, |, +."""
    kind = level_index % 7
    if kind == 0 or width <= 0 or height <= 0:
        return
    step = 3.2
    ink = colors.toColor(colour)
    lines: list[tuple[float, float, float, float]] = []
    if kind in (1, 3):  # rising diagonals: x - y = c
        lines += _diagonals(x, y, width, height, step, rising=True)
    if kind in (2, 3):
        lines += _diagonals(x, y, width, height, step, rising=False)
    if kind in (4, 6):
        lines += [(x, y + d, x + width, y + d) for d in _steps(height, step)]
    if kind in (5, 6):
        lines += [(x + d, y, x + d, y + height) for d in _steps(width, step)]
    for x1, y1, x2, y2 in lines:
        target.add(Line(x1, y1, x2, y2, strokeColor=ink, strokeWidth=0.45))


def _steps(length: float, step: float) -> list[float]:
    return [step * k for k in range(1, int(length / step) + 1) if step * k < length]


def _diagonals(x, y, width, height, step, *, rising: bool) -> list[tuple[float, float, float, float]]:
    """45° lines across the rectangle, clipped to it."""
    out = []
    offset = -height
    while offset < width:
        offset += step
        if rising:  # from (x + offset, y) up-right
            x1, y1 = x + offset, y
            x2, y2 = x + offset + height, y + height
        else:  # from (x + offset, y + height) down-right
            x1, y1 = x + offset, y + height
            x2, y2 = x + offset + height, y
        # clip the segment to x .. x + width (it always spans the full height)
        if x1 < x:
            cut = x - x1
            x1, y1 = x, y1 + (cut if rising else -cut)
        if x2 > x + width:
            cut = x2 - (x + width)
            x2, y2 = x + width, y2 - (cut if rising else -cut)
        if x2 > x1:
            out.append((x1, y1, x2, y2))
    return out


_OUTLINES = {  # marker shapes as corners of a unit figure
    "square": ((-1, -1), (1, -1), (1, 1), (-1, 1)),
    "triangle": ((-1.15, -0.9), (1.15, -0.9), (0, 1.2)),
    "down": ((-1.15, 0.9), (1.15, 0.9), (0, -1.2)),
    "diamond": ((0, -1.3), (1.1, 0), (0, 1.3), (-1.1, 0)),
    "cross": (
        (-0.4, -1.2),
        (0.4, -1.2),
        (0.4, -0.4),
        (1.2, -0.4),
        (1.2, 0.4),
        (0.4, 0.4),
        (0.4, 1.2),
        (-0.4, 1.2),
        (-0.4, 0.4),
        (-1.2, 0.4),
        (-1.2, -0.4),
        (-0.4, -0.4),
    ),
}


def marker(target: Drawing, shape: str, x: float, y: float, size: float, fill, stroke=colors.white) -> None:
    """A small marker of the given shape centred at (x, y)."""
    if shape == "circle":
        target.add(Circle(x, y, size, fillColor=fill, strokeColor=stroke, strokeWidth=0.8))
        return
    points = [value for cx, cy in _OUTLINES[shape] for value in (x + cx * size, y + cy * size)]
    target.add(Polygon(points, fillColor=fill, strokeColor=stroke, strokeWidth=0.8))


# -- an aspect's continuum -------------------------------------------------------------------------


def _level_header(
    target: Drawing, aspect: AspectRoadmap, model: MaturityModel, width: float, top: float, header: float, body: float
) -> None:
    """The level columns: a coloured head with the level's name and the aspect's label, a tinted body."""
    count = model.level_count
    column = width / count
    for index in range(count):
        aspect_level = aspect.aspect.at(index)
        colour = level_colour(index, count)
        x = index * column
        target.add(
            Rect(
                x,
                top - header - body,
                column,
                body,
                fillColor=colors.HexColor(mix(colour, "#FFFFFF", 0.86)),
                strokeColor=None,
            )
        )
        target.add(Rect(x, top - header, column, header, fillColor=colors.HexColor(colour), strokeColor=None))
        ink = colors.HexColor(text_colour_on(colour))
        for shape in strings(x + 5, top - 14, aspect_level.level.name, BOLD, 9, ink, "start", column - 10):
            target.add(shape)
        for shape in strings(x + 5, top - 26, aspect_level.label, REGULAR, 8, ink, "start", column - 10):
            target.add(shape)
        if index:
            target.add(Line(x, top - header - body, x, top, strokeColor=colors.white, strokeWidth=1.5))


def _axis(target: Drawing, model: MaturityModel, aspect: AspectRoadmap, width: float, y: float, top: float) -> None:
    """The target (a triangle and a dashed line) and the median (a diamond) along the bottom of a chart."""
    count = model.level_count

    def x_of(position: float) -> float:
        return min(max(position / count * width, 4), width - 4)

    if aspect.target is not None:
        x = x_of(aspect.target.position)
        target.add(Line(x, y + 8, x, top, strokeColor=ACCENT, strokeWidth=1.2, strokeDashArray=(3, 2)))
        marker(target, "triangle", x, y + 4, 3.6, ACCENT)
        _axis_label(target, x, y, _("target"), width)
    if aspect.spread is not None:
        x = x_of(aspect.spread.median)
        marker(target, "diamond", x, y + 4, 3.4, INK)
        _axis_label(target, x, y, _("median"), width)


def _axis_label(target: Drawing, x: float, y: float, text: str, width: float) -> None:
    label_width = string_width(text, REGULAR, 6.5)
    left = x + 6 if x + 6 + label_width <= width else x - 6 - label_width
    for shape in strings(left, y + 1.8, text, REGULAR, 6.5, MUTED, "start", label_width + 1):
        target.add(shape)


def continuum(aspect: AspectRoadmap, model: MaturityModel, width: float) -> list[Drawing]:
    """The aspect's level bar with every placed team on it, in lanes; more than fit go on further drawings."""
    lanes = label_lanes(aspect.placed, width, model)
    return [
        continuum_drawing(aspect, model, width, lanes[start : start + LANES_PER_DRAWING], axis=start == 0)
        for start in range(0, max(len(lanes), 1), LANES_PER_DRAWING)
    ]


def continuum_drawing(aspect: AspectRoadmap, model: MaturityModel, width: float, lanes: list, *, axis: bool) -> Drawing:
    header, lane_height, axis_height = 34, 15, 12 if axis else 0
    body = len(lanes) * lane_height + 10
    height = header + body + axis_height
    made = drawing(width, height)
    _level_header(made, aspect, model, width, height, header, body)
    for lane_index, lane in enumerate(lanes):
        y = height - header - 8 - lane_index * lane_height - 6
        for placed, x, left, name in lane:
            label_width = string_width(name, BOLD, LABEL_SIZE) + 8
            fill = placed.team.colour
            made.add(
                Rect(
                    left,
                    y - 4.5,
                    label_width,
                    12,
                    rx=3,
                    ry=3,
                    fillColor=colors.HexColor(fill),
                    strokeColor=colors.white,
                    strokeWidth=0.6,
                )
            )
            ink = colors.HexColor(text_colour_on(fill))
            for shape in strings(left + 4, y - 1.3, name, BOLD, LABEL_SIZE, ink, "start", label_width):
                made.add(shape)
            made.add(Circle(x, y + 1.5, 3.2, fillColor=INK, strokeColor=colors.white, strokeWidth=1))
    if axis:
        _axis(made, model, aspect, width, 0, height - header)
    return made


def drawn_column(position: float, count: int) -> int:
    """The level column a position is drawn in on a chart: geometry only. What level a position counts
    as is MaturityModel.standing (1.05 is drawn in the second column but counts as the first level)."""
    return min(max(int(position), 0), count - 1)


def label_lanes(
    placed: list[TeamPosition], width: float, model: MaturityModel
) -> list[list[tuple[TeamPosition, float, float, str]]]:
    """Team markers stacked into lanes so that no two labels overlap: (team, marker x, label left, label
    text) per lane. A label sits beside its marker inside the team's level column, on the side with
    more room, and is shortened when even that is too narrow."""
    count = model.level_count
    column = width / count
    lanes: list[list[tuple[TeamPosition, float, float, str]]] = []
    ends: list[float] = []
    for item in sorted(placed, key=lambda p: (p.position, p.team.order)):
        x = min(max(item.position / count * width, 4), width - 4)
        level = drawn_column(item.position, count)
        low, high = level * column + 2, (level + 1) * column - 2
        right_room, left_room = high - (x + 6), (x - 6) - low
        name = " ".join(item.team.name.split())
        full = string_width(name, BOLD, LABEL_SIZE) + 8
        if full <= right_room:
            left = x + 6
        elif full <= left_room:
            left = x - 6 - full
        else:
            room = max(right_room, left_room, 24)
            name = fit_text(name, BOLD, LABEL_SIZE, room - 8)
            shortened = string_width(name, BOLD, LABEL_SIZE) + 8
            left = x + 6 if right_room >= left_room else x - 6 - shortened
        label_width = string_width(name, BOLD, LABEL_SIZE) + 8
        span_left, span_right = min(x - 4, left), max(x + 4, left + label_width)
        for index, end in enumerate(ends):
            if span_left >= end + 4:
                lanes[index].append((item, x, left, name))
                ends[index] = span_right
                break
        else:
            lanes.append([(item, x, left, name)])
            ends.append(span_right)
    return lanes


def distribution(aspect: AspectRoadmap, model: MaturityModel, width: float) -> Drawing:
    """How many teams sit where along the aspect's continuum (bars of a quarter level), under the level
    heads, with the target and the median: for more teams than labels can show."""
    count = model.level_count
    per_level = round(1 / BIN)
    bins = [0] * (count * per_level)
    for placed in aspect.placed:  # each team in the bar drawn where it sits on the continuum
        bins[min(int(placed.position / BIN + 1e-9), len(bins) - 1)] += 1
    header, bars, axis_height = 34, 78, 12
    height = header + bars + 14 + axis_height
    made = drawing(width, height)
    _level_header(made, aspect, model, width, height, header, bars + 14)
    tallest = max(bins) or 1
    bar_width = width / len(bins)
    base = axis_height + 4
    for index, number in enumerate(bins):
        if not number:
            continue
        level = index // per_level
        bar_height = bars * number / tallest
        x = index * bar_width + 1.5
        fill = level_colour(level, count)
        made.add(Rect(x, base, bar_width - 3, bar_height, fillColor=colors.HexColor(fill), strokeColor=None))
        label = str(number)
        made.add(
            String(
                x + (bar_width - 3) / 2,
                base + bar_height + 2,
                label,
                fontName=BOLD,
                fontSize=7,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    _axis(made, model, aspect, width, 0, height - header)
    return made


# -- the overview's distributions and radar ---------------------------------------------------------


def level_counts(aspect: AspectRoadmap, model: MaturityModel) -> list[int]:
    """How many of the aspect's placed teams are in each level."""
    counts = [0] * model.level_count
    for placed in aspect.placed:
        counts[model.standing(placed.position).level.index] += 1
    return counts


def level_bars(aspects: list[AspectRoadmap], model: MaturityModel, width: float) -> Drawing:
    """Per aspect, a bar split by how many teams sit at each level (hatched per level), with the counts."""
    count = model.level_count
    name_width, row, bar = min(110.0, width * 0.25), 20.0, 13.0
    legend = 16.0
    height = legend + row * len(aspects) + 4
    made = drawing(width, height)
    bar_left, bar_width = name_width + 6, width - name_width - 40
    for index, level in enumerate(model.levels):  # the legend, with each level's hatching
        x = bar_left + index * bar_width / count
        fill = print_colour(level.index, count)
        made.add(Rect(x, height - 11, 14, 9, fillColor=colors.HexColor(fill), strokeColor=INK, strokeWidth=0.4))
        hatch(made, x, height - 11, 14, 9, level.index, mix(fill, "#000000", 0.45))
        for shape in strings(x + 18, height - 9.5, level.name, REGULAR, 7.5, INK, "start", bar_width / count - 22):
            made.add(shape)
    for number, aspect in enumerate(aspects):
        y = height - legend - (number + 1) * row + (row - bar) / 2
        for shape in strings(0, y + 3.5, aspect.aspect.name, BOLD, 8, INK, "start", name_width):
            made.add(shape)
        counts = level_counts(aspect, model)
        total = sum(counts) or 1
        x = bar_left
        for level_index, teams in enumerate(counts):
            if not teams:
                continue
            part = bar_width * teams / total
            fill = print_colour(level_index, count)
            made.add(Rect(x, y, part, bar, fillColor=colors.HexColor(fill), strokeColor=colors.white, strokeWidth=0.8))
            hatch(made, x + 0.5, y + 0.5, part - 1, bar - 1, level_index, mix(fill, "#000000", 0.45))
            label = str(teams)
            if string_width(label, BOLD, 7.5) + 6 < part:
                box = string_width(label, BOLD, 7.5) + 4
                made.add(Rect(x + part / 2 - box / 2, y + 2, box, bar - 4, fillColor=colors.white, strokeColor=None))
                made.add(
                    String(
                        x + part / 2, y + 3.7, label, fontName=BOLD, fontSize=7.5, fillColor=INK, textAnchor="middle"
                    )
                )
            x += part
        placed = sum(counts)
        made.add(
            String(bar_left + bar_width + 4, y + 3.5, f"{placed}", fontName=REGULAR, fontSize=7.5, fillColor=MUTED)
        )
    return made


def radar(aspects: list[AspectRoadmap], teams: list, model: MaturityModel, width: float) -> Drawing | None:
    """A radar of every team's positions: one polygon per team, each with its own marker shape and dash."""
    if len(aspects) < 3:
        return None
    placed_teams = [i for i in range(len(teams)) if any(a.positions[i].position is not None for a in aspects)]
    if not placed_teams:
        return None
    size = min(width * 0.62, 283)
    made = drawing(width, size + 16)
    cx, cy, radius = size / 2 + 40, size / 2 + 8, size / 2 - 26
    count = model.level_count
    angles = [math.pi / 2 - 2 * math.pi * k / len(aspects) for k in range(len(aspects))]

    def point(k: int, value: float) -> tuple[float, float]:
        r = radius * value / count
        return cx + r * math.cos(angles[k]), cy + r * math.sin(angles[k])

    for ring in range(count, 0, -1):
        points = [c for k in range(len(aspects)) for c in point(k, ring)]
        tint = mix(level_colour(ring - 1, count), "#FFFFFF", 0.86)
        made.add(Polygon(points, fillColor=colors.HexColor(tint), strokeColor=RULE, strokeWidth=0.5))
    for k, aspect in enumerate(aspects):
        x, y = point(k, count)
        made.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
        lx, ly = point(k, count + 0.35)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        for shape in strings(lx, ly - 3, aspect.aspect.name, BOLD, 8, INK, anchor, 90):
            made.add(shape)
    for ring in range(1, count + 1):
        x, y = point(0, ring - 0.5)
        for shape in strings(x + 3, y - 2.5, model.levels[ring - 1].name, REGULAR, 6.5, MUTED, "start", 70):
            made.add(shape)
    legend_x, legend_y = cx + radius + 70, cy + radius
    for row, index in enumerate(placed_teams):
        team = teams[index]
        values = [a.positions[index].position or 0.0 for a in aspects]
        corners = [point(k, v) for k, v in enumerate(values)]
        colour = colors.HexColor(team.colour)
        dash = _DASHES[row % len(_DASHES)]
        shape = _SHAPES[row % len(_SHAPES)]
        made.add(
            Polygon(
                [c for xy in corners for c in xy],
                fillColor=None,
                strokeColor=colour,
                strokeWidth=1.6,
                strokeDashArray=dash,
            )
        )
        for x, y in corners:
            marker(made, shape, x, y, 2.6, colour)
        y = legend_y - row * 13
        made.add(Line(legend_x, y + 3, legend_x + 18, y + 3, strokeColor=colour, strokeWidth=2, strokeDashArray=dash))
        marker(made, shape, legend_x + 9, y + 3, 2.8, colour)
        for text in strings(legend_x + 23, y, team.name, REGULAR, 8, INK, "start", width - legend_x - 24):
            made.add(text)
    return made


# -- small bars for tables ------------------------------------------------------------------------------


class _Bar(Flowable):
    """A one-line bar drawn straight on the canvas (thousands of them: a drawing each would cost ten times
    as much): the model's levels as tinted segments, left to right."""

    def __init__(self, model: MaturityModel, width: float, height: float = 13):
        super().__init__()
        self.model, self.width, self.height = model, width, height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def x_of(self, position: float) -> float:
        return min(max(position / self.model.level_count * self.width, 3), self.width - 3)

    def draw(self):
        canvas = self.canv
        count = self.model.level_count
        column = self.width / count
        for index, tint in enumerate(_strip_tints(count)):
            canvas.setFillColor(tint)
            canvas.rect(index * column + 0.5, 2, column - 1, self.height - 4, stroke=0, fill=1)
        self.draw_marks(canvas, self.height / 2)

    def draw_marks(self, canvas, middle: float) -> None:
        raise NotImplementedError

    def triangle_down(self, canvas, x: float, y: float, size: float, fill) -> None:
        path = canvas.beginPath()
        path.moveTo(x - size * 1.15, y + size * 0.9)
        path.lineTo(x + size * 1.15, y + size * 0.9)
        path.lineTo(x, y - size * 1.2)
        path.close()
        canvas.setFillColor(fill)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.8)
        canvas.drawPath(path, stroke=1, fill=1)


class SpreadBar(_Bar):
    """One aspect in a line: the range of the teams (lowest to highest), the median (a diamond) and the
    target (a triangle pointing down)."""

    def __init__(self, model: MaturityModel, spread: Spread | None, target: TargetView | None, width: float):
        super().__init__(model, width)
        self.spread, self.target = spread, target

    def draw_marks(self, canvas, middle: float) -> None:
        if self.spread is not None:
            low, high = self.x_of(self.spread.lowest), self.x_of(self.spread.highest)
            canvas.setFillColor(INK)
            canvas.rect(low, middle - 1.6, max(high - low, 1.5), 3.2, stroke=0, fill=1)
            x, size = self.x_of(self.spread.median), 3.4
            path = canvas.beginPath()
            path.moveTo(x, middle - size * 1.3)
            path.lineTo(x + size * 1.1, middle)
            path.lineTo(x, middle + size * 1.3)
            path.lineTo(x - size * 1.1, middle)
            path.close()
            canvas.setFillColor(colors.white)
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.9)
            canvas.drawPath(path, stroke=1, fill=1)
        if self.target is not None:
            self.triangle_down(canvas, self.x_of(self.target.position), self.height - 3, 3.2, ACCENT)


class PositionBar(_Bar):
    """A team on one aspect: its position (a dot in its colour), its target (a triangle pointing down) and
    the way between them (dotted)."""

    def __init__(
        self, model: MaturityModel, position: float | None, target: TargetView | None, colour: str, width: float
    ):
        super().__init__(model, width)
        self.position, self.target, self.colour = position, target, colour

    def draw_marks(self, canvas, middle: float) -> None:
        position, target = self.position, self.target
        if position is not None and target is not None and target.position > position:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1)
            canvas.setDash(2, 1.5)
            canvas.line(self.x_of(position), middle, self.x_of(target.position), middle)
            canvas.setDash()
        if target is not None:
            self.triangle_down(canvas, self.x_of(target.position), self.height - 3, 3.2, ACCENT)
        if position is not None:
            canvas.setFillColor(colors.HexColor(self.colour))
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.9)
            canvas.circle(self.x_of(position), middle, 3.6, stroke=1, fill=1)


@functools.cache
def _strip_tints(count: int) -> tuple:
    return tuple(colors.HexColor(mix(level_colour(index, count), "#FFFFFF", 0.7)) for index in range(count))


class LevelScale(Flowable):
    """The level names evenly spaced over a bar's width (for the head of a column of bars), in white."""

    def __init__(self, model: MaturityModel, width: float):
        super().__init__()
        self.model, self.width, self.height = model, width, 8

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        column = self.width / self.model.level_count
        self.canv.setFillColor(colors.white)
        for level in self.model.levels:
            name = fit_text(level.name, BOLD, 6, column - 2)
            middle = level.index * column + column / 2
            canvas_text(self.canv, middle - string_width(name, BOLD, 6) / 2, 1, name, BOLD, 6, column)
