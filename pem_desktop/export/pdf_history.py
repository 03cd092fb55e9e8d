"""A follow-up's pages in the PDF roadmap, and the trend report of `pem-desktop trend` (reportlab).

"Since <previous date>": what moved, as a matrix of teams by aspects with an arrow and the amount in
every cell (▲ up, ▼ down, = the same; readable in greyscale), then per aspect the teams that moved
with where they were and are, then the review of the carried actions (completed, carried on,
dropped, not reviewed yet, with the notes). With three or more workshops in the chain, "Trend": a
chart per aspect of the positions over time, over the model's levels, one line per team (marker
shapes and dashes tell them apart in greyscale), or with many teams the organisation's median and
its range. The plain data comes from pem_desktop.export.since; the styles and helpers are the
roadmap's (pem_desktop.export.pdf); the
reportlab tables here are the follow-up pages' own.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pem_desktop import APP_NAME, __version__, i18n
from pem_desktop.export.markdown_history import OUTCOME_TITLES, signed
from pem_desktop.export.pdf import PAGE_SIZES
from pem_desktop.export.pdf.charts import drawing as _drawing
from pem_desktop.export.pdf.document import MARGIN, BoldingCanvas
from pem_desktop.export.pdf.text import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    STYLES,
    Para,
    canvas_text,
    paragraph_style,
    template_segments,
)
from pem_desktop.export.pdf.text import cell_lines as _cell_text
from pem_desktop.export.pdf.text import plain as _p
from pem_desktop.export.pdf.text import rich as _rich
from pem_desktop.export.pdf.text import strings as _strings
from pem_desktop.export.pdf_fonts import BOLD, REGULAR, font_runs, markup, register_fonts, string_width
from pem_desktop.export.roadmap import format_position, long_date, status_word
from pem_desktop.export.since import (
    ActionOutcome,
    HistoryReport,
    SinceReport,
    TeamMove,
    TrendChart,
    build_since,
    since_label,
    trend_charts,
)
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import ngettext
from pem_desktop.palette import level_colour, mix
from pem_desktop.services.history import History
from pem_desktop.services.trend import Trend

UP = colors.HexColor("#DDF0DF")  # cell tints: up, down (light enough for black text, also in greyscale)
DOWN = colors.HexColor("#F8DEDC")
MATRIX_TEAMS = 30  # rows per movement matrix; more teams get more matrices
MARKERS = ("circle", "square", "triangle", "diamond")
DASHES = (None, (4, 2), (1.5, 1.5), (6, 2, 1.5, 2))


def history_chapters(report: HistoryReport | None, width: float) -> list[Flowable]:
    """The "Since" chapter and, with three or more workshops, the "Trend" chapter (each from a new page)."""
    if report is None:
        return []
    out = [PageBreak(), *since_chapter(report.since, width)]
    if report.charts:
        out += [PageBreak(), *trend_chapter(report.charts, width, _("Trend"), "trend")]
    return out


TABLE_CHUNK = 15  # rows per table in long tables


def _heading(text_markup: str, style: ParagraphStyle, outline_title: str, level: int, key: str) -> Para:
    """A heading that becomes a PDF outline entry (and, at level 0, the running header's section)."""
    made = Para(text_markup, paragraph_style(style.name))
    made.outline = (outline_title, level, key)
    return made


def _cell(text: str, width: float) -> str | Flowable:
    """A table cell for short text: a plain string when it fits on one line in the regular font (much
    faster to lay out), else a wrapping paragraph."""
    runs = font_runs(text, REGULAR)
    plain = "\n" not in text and "\r" not in text and all(font == REGULAR for font, _run in runs)
    if plain and string_width(text, REGULAR, 8.5) <= width - 13:
        return text
    return _cell_text("cell", width - 13, (text, REGULAR))


def _chunked_table(head: list, rows: list, widths: list[float], style: list, stripes: list) -> list[Flowable]:
    """A long table as consecutive tables of TABLE_CHUNK rows, which look like one (reportlab lays a table
    out again from its first row at each page split; chunks keep it linear). The header row is repeated
    when the first chunk breaks across a page."""
    tables: list[Flowable] = []
    for start in range(0, max(len(rows), 1), TABLE_CHUNK):
        chunk = rows[start : start + TABLE_CHUNK]
        first = start == 0
        body = [head, *chunk] if first else chunk
        commands = list(style)
        if first:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT))
        offset = 1 if first else 0
        for index in range(len(chunk)):
            colour = stripes[(start + index) % len(stripes)]
            commands.append(("BACKGROUND", (0, index + offset), (-1, index + offset), colour))
        table = Table(body, colWidths=widths, repeatRows=1 if first else 0)
        table.setStyle(_table_style(commands))
        tables.append(table)
    return tables


def _table_style(commands: list) -> TableStyle:
    """A table style whose plain-text cells use the embedded font."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


# -- since ---------------------------------------------------------------------------------------------


def since_chapter(since: SinceReport, width: float) -> list[Flowable]:
    previous = since.previous
    counts = [
        _("{count} completed").format(count=len(since.completed)),
        _("{count} carried on").format(count=len(since.carried)),
        _("{count} dropped").format(count=len(since.dropped)),
    ]
    if since.not_reviewed:
        counts.append(_("{count} not reviewed yet").format(count=len(since.not_reviewed)))
    moved = since.moved_count
    if previous.workshop_date:
        when = _("The previous workshop: {title}, {date}.")
    else:
        when = _("The previous workshop: {title}.")
    moves = ngettext(
        "{count} move up or down since then; of the actions still open then, {outcomes}.",
        "{count} moves up or down since then; of the actions still open then, {outcomes}.",
        moved,
    ).format(count=moved, outcomes=_(", ").join(counts))
    out: list[Flowable] = [
        _heading(markup(since.heading, BOLD), STYLES["h1"], since.heading, 0, "since"),
        _rich(
            "body",
            *template_segments(when, REGULAR, title=(previous.title, BOLD), date=(since_label(previous), REGULAR)),
            (i18n.sentence_space() + moves, REGULAR),
        ),
    ]
    for label, names in (
        (_("Renamed:"), [f"{then} → {now}" for then, now in since.renamed]),
        (_("New teams:"), list(since.added)),
        (_("No longer in the workshop:"), list(since.gone)),
    ):
        if names:
            out.append(_rich("small", (label + " ", BOLD), (_("; ").join(names), REGULAR)))
    out += movement_matrices(since, width)
    legend = _(
        "▲ moved up, ▼ moved down, by that many levels; = stayed (moved less than {threshold} of a level); "
        "“new”: placed this time only; “–”: not placed either time."
    ).format(threshold=i18n.decimal(0.05, 2))
    out.append(_p(legend, "small"))
    for aspect in since.aspects:
        changed = aspect.up + aspect.down + aspect.new + aspect.unplaced
        if not changed:
            continue
        out.append(CondPageBreak(40 * mm))
        out.append(
            _heading(markup(aspect.aspect.name, BOLD), STYLES["h2"], aspect.aspect.name, 1, f"since-{aspect.aspect.id}")
        )
        out += moves_table(changed, width)
    out += actions_since(since, width)
    return out


def movement_matrices(since: SinceReport, width: float) -> list[Flowable]:
    """Teams by aspects: in each cell the change since last time (▲ +0.50, ▼ −0.25, =), tinted up or down."""
    aspects = since.aspects
    rows: dict[str, dict[str, TeamMove]] = {}
    order: list[tuple[str, str]] = []
    for team in sorted(since.current.teams, key=lambda team: team.order):
        if since.previous.team(team.uid) is not None:
            order.append((team.name, team.colour))
            rows[team.name] = {}
    for aspect in aspects:
        for move in aspect.moves:
            rows[move.team][aspect.aspect.id] = move
    if not order:
        return [_p(_("No team of the previous workshop is in this one."))]
    team_width = min(40 * mm, width * 0.26)
    cell_width = (width - team_width) / len(aspects)
    head = [_p(_("Team"), "cell_head")] + [
        _cell_text("cell_head", cell_width - 12, (aspect.aspect.name, BOLD, colors.white), centred=True)
        for aspect in aspects
    ]
    out: list[Flowable] = []
    for start in range(0, len(order), MATRIX_TEAMS):
        body = [head]
        commands = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("GRID", (1, 1), (-1, -1), 0.4, colors.white),
        ]
        for row_number, (name, colour) in enumerate(order[start : start + MATRIX_TEAMS], start=1):
            cells: list = [_rich("cell", ("■ ", REGULAR, colour), (name, REGULAR))]
            for column, aspect in enumerate(aspects, start=1):
                move = rows[name].get(aspect.aspect.id)
                cells.append(_centred(_matrix_cell(move), cell_width))
                if move is not None and move.change.direction in ("up", "down"):
                    tint = UP if move.change.direction == "up" else DOWN
                    commands.append(("BACKGROUND", (column, row_number), (column, row_number), tint))
            body.append(cells)
        table = Table(body, colWidths=[team_width] + [cell_width] * len(aspects), repeatRows=1)
        table.setStyle(_table_style(commands))
        out += [table, Spacer(1, 6)]
    return out


def _centred(text: str, width: float) -> str | Flowable:
    """A matrix cell: a plain string when the regular font has every character (the table centres it), else
    lines centred in the cell (words in a script the fallback font draws)."""
    if all(font == REGULAR for font, _run in font_runs(text, REGULAR)):
        return text
    return _cell_text("cell", width - 12, (text, REGULAR), centred=True)


def _matrix_cell(move: TeamMove | None) -> str:
    if move is None:
        return "–"
    change = move.change
    if change.direction == "up":
        return f"▲ {signed(change.amount)}"
    if change.direction == "down":
        return f"▼ {signed(change.amount)}"
    if change.direction == "same":
        return "="
    return _("new") if change.direction == "new" else _("not placed")


def moves_table(moves: tuple[TeamMove, ...], width: float) -> list[Flowable]:
    widths = [w * width for w in (0.26, 0.3, 0.3, 0.14)]
    head = [_p(text, "cell_head") for text in (_("Team"), _("Then"), _("Now"), _("Change"))]
    rows = []
    for move in moves:
        then = _where(move.before_words, move.change.before)
        now = _where(move.after_words, move.change.after)
        change = _cell(_matrix_cell(move), widths[3])
        rows.append([_cell(move.team, widths[0]), _cell(then, widths[1]), _cell(now, widths[2]), change])
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    return [*_chunked_table(head, rows, widths, style, [colors.white, SHADE]), Spacer(1, 4)]


def actions_since(since: SinceReport, width: float) -> list[Flowable]:
    title = _("Actions since {date}").format(date=since_label(since.previous))
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        _heading(markup(title, BOLD), STYLES["h2"], title, 1, "since-actions"),
    ]
    shown = False
    for key, heading in OUTCOME_TITLES:
        outcomes: tuple[ActionOutcome, ...] = getattr(since, key)
        if not outcomes:
            continue
        shown = True
        out.append(_p(_("{heading} ({count})").format(heading=_(heading), count=len(outcomes)), "h3"))
        widths = [w * width for w in (0.27, 0.16, 0.16, 0.16, 0.25)]  # the owner column fits "Verantwortlich"
        head = [_p(text, "cell_head") for text in (_("Action"), _("Aspect"), _("Team"), _("Owner"), _("Note"))]
        rows = [
            [
                _cell(outcome.title, widths[0]),
                _cell(outcome.aspect, widths[1]),
                _cell(outcome.team, widths[2]),
                _cell(outcome.owner or "–", widths[3]),
                _cell(outcome.note or _("(was {status})").format(status=status_word(outcome.status_before)), widths[4]),
            ]
            for outcome in outcomes
        ]
        style = [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        out += [*_chunked_table(head, rows, widths, style, [colors.white, SHADE]), Spacer(1, 4)]
    if not shown:
        out.append(_p(_("No action was still open at the end of the previous workshop.")))
    return out


def _where(words: str, position: float | None) -> str:
    return words if position is None else _("{words} ({number})").format(words=words, number=format_position(position))


# -- trend ---------------------------------------------------------------------------------------------


def trend_chapter(charts: tuple[TrendChart, ...], width: float, title: str, key: str) -> list[Flowable]:
    out: list[Flowable] = [
        _heading(markup(title, BOLD), STYLES["h1"], title, 0, key),
        _p(
            _(
                "Where each team sat on each aspect, workshop after workshop. The bands are the model's levels, "
                "lowest at the bottom; a gap in a line is a workshop where the team was not placed."
            ),
            "small",
        ),
    ]
    for chart in charts:
        drawing = trend_drawing(chart, width)
        out.append(
            KeepTogether(
                [
                    _heading(
                        markup(chart.aspect.name, BOLD), STYLES["h2"], chart.aspect.name, 1, f"{key}-{chart.aspect.id}"
                    ),
                    drawing,
                ]
            )
        )
    return out


def trend_drawing(chart: TrendChart, width: float) -> Drawing:
    """The chart of one aspect: level bands, the points' dates along the bottom, a line per team (or the
    median and range), and a legend below."""
    model_levels = chart.aspect.levels
    count = len(model_levels)
    axis_width = min(34 * mm, width * 0.22)
    plot_height = 46 * mm
    legend = [] if chart.summarised else list(chart.series)
    columns = 3
    legend_rows = -(-len(legend) // columns)
    legend_height = legend_rows * 11 + (6 if legend else 16)
    bottom = legend_height + 14  # dates below the plot
    height = bottom + plot_height + 6
    drawing = _drawing(width, height)
    left, right = axis_width, width - 6
    band = plot_height / count

    def y_of(position: float) -> float:
        return bottom + position / count * plot_height

    points = len(chart.labels)
    step = (right - left) / max(points - 1, 1)

    def x_of(index: int) -> float:
        return left + index * step if points > 1 else (left + right) / 2

    for index, cell in enumerate(model_levels):
        colour = level_colour(index, count)
        drawing.add(
            Rect(
                left,
                bottom + index * band,
                right - left,
                band,
                fillColor=colors.HexColor(mix(colour, "#FFFFFF", 0.82)),
                strokeColor=None,
            )
        )
        for shape in _strings(
            left - 4, bottom + index * band + band / 2 + 1, cell.level.name, BOLD, 7.5, INK, "end", axis_width - 6
        ):
            drawing.add(shape)
        for shape in _strings(
            left - 4, bottom + index * band + band / 2 - 8, cell.label, REGULAR, 6.5, MUTED, "end", axis_width - 6
        ):
            drawing.add(shape)
        if index:
            drawing.add(
                Line(left, bottom + index * band, right, bottom + index * band, strokeColor=colors.white, strokeWidth=1)
            )
    for index, label in enumerate(chart.labels):
        x = x_of(index)
        drawing.add(Line(x, bottom, x, bottom + plot_height, strokeColor=RULE, strokeWidth=0.4))
        anchor = "start" if points > 1 and index == 0 else "end" if points > 1 and index == points - 1 else "middle"
        for shape in _strings(x, bottom - 10, label, REGULAR, 7, MUTED, anchor, max(step, 40)):
            drawing.add(shape)
    if chart.summarised:
        _draw_spread(drawing, chart, x_of, y_of)
        note = ngettext(
            "{count} team: the line is their median, the shaded band runs from the lowest to the highest.",
            "{count} teams: the line is their median, the shaded band runs from the lowest to the highest.",
            len(chart.series),
        ).format(count=len(chart.series))
        for shape in _strings(left, 4, note, REGULAR, 7, MUTED, "start", right - left):
            drawing.add(shape)
        return drawing
    for number, line in enumerate(chart.series):
        ink = colors.HexColor(line.colour)
        dash = DASHES[(number // len(MARKERS)) % len(DASHES)]
        shape = MARKERS[number % len(MARKERS)]
        run: list[float] = []
        for index, value in enumerate(line.values):
            if value is None:
                _polyline(drawing, run, ink, dash)
                run = []
                continue
            run += [x_of(index), y_of(value)]
        _polyline(drawing, run, ink, dash)
        for index, value in enumerate(line.values):
            if value is not None:
                _marker(drawing, shape, x_of(index), y_of(value), ink)
    column_width = (width - 6) / columns
    for number, line in enumerate(legend):
        row, column = divmod(number, columns)
        x = column * column_width + 6
        y = legend_height - 8 - row * 11
        ink = colors.HexColor(line.colour)
        dash = DASHES[(number // len(MARKERS)) % len(DASHES)]
        drawing.add(Line(x, y + 3, x + 16, y + 3, strokeColor=ink, strokeWidth=1.6, strokeDashArray=dash))
        _marker(drawing, MARKERS[number % len(MARKERS)], x + 8, y + 3, ink)
        for text in _strings(x + 21, y, line.name, REGULAR, 7.5, INK, "start", column_width - 26):
            drawing.add(text)
    return drawing


def _draw_spread(drawing: Drawing, chart: TrendChart, x_of, y_of) -> None:
    present = [(index, spread) for index, spread in enumerate(chart.spread) if spread is not None]
    if not present:
        return
    upper = [coordinate for index, spread in present for coordinate in (x_of(index), y_of(spread[2]))]
    lower = [coordinate for index, spread in reversed(present) for coordinate in (x_of(index), y_of(spread[0]))]
    drawing.add(Polygon(upper + lower, fillColor=colors.HexColor("#9FB3D1"), fillOpacity=0.55, strokeColor=None))
    median = [coordinate for index, spread in present for coordinate in (x_of(index), y_of(spread[1]))]
    _polyline(drawing, median, ACCENT, None)
    for index, spread in present:
        _marker(drawing, "circle", x_of(index), y_of(spread[1]), ACCENT)


def _polyline(drawing: Drawing, points: list[float], ink, dash) -> None:
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=ink, strokeWidth=1.6, strokeDashArray=dash))


def _marker(drawing: Drawing, shape: str, x: float, y: float, ink) -> None:
    size = 2.8
    if shape == "circle":
        drawing.add(Circle(x, y, size, fillColor=ink, strokeColor=colors.white, strokeWidth=0.6))
    elif shape == "square":
        drawing.add(
            Rect(x - size, y - size, 2 * size, 2 * size, fillColor=ink, strokeColor=colors.white, strokeWidth=0.6)
        )
    elif shape == "triangle":
        drawing.add(
            Polygon(
                [x - size, y - size, x + size, y - size, x, y + size * 1.2],
                fillColor=ink,
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )
    else:
        drawing.add(
            Polygon(
                [x, y - size * 1.3, x + size * 1.3, y, x, y + size * 1.3, x - size * 1.3, y],
                fillColor=ink,
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )


# -- the trend report ------------------------------------------------------------------------------------


def write_trend_pdf(trend: Trend, path: Path, *, page_size: str = "A4") -> None:
    """The trend report of `pem-desktop trend` (and File > Compare…): the workshops compared, then per aspect a
    chart and the positions as a table."""
    register_fonts()
    model = trend.model
    document = SimpleDocTemplate(
        str(path),
        pagesize=PAGE_SIZES[page_size],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=_("Trend: {model}").format(model=model.title),
        author=APP_NAME,
        subject=_("Positions over time: {model}").format(model=model.title),
        creator=f"{APP_NAME} {__version__}",
        initialFontName=REGULAR,
        initialFontSize=10,
        lang=i18n.current().tag,
    )
    width = document.width
    charts = trend_charts(trend, min_points=1)
    story: list[Flowable] = [
        _heading(markup(_("Trend: {model}").format(model=model.title), BOLD), STYLES["h1"], _("Trend"), 0, "workshops"),
        _p(
            ngettext(
                "{count} workshop, oldest first; model version {version}.",
                "{count} workshops, oldest first; model version {version}.",
                len(trend.points),
            ).format(count=len(trend.points), version=model.version),
            "small",
        ),
    ]
    widths = [w * width for w in (0.2, 0.5, 0.3)]
    head = [_p(text, "cell_head") for text in (_("Date"), _("Workshop"), _("File"))]
    rows = [
        [
            _cell(long_date(point.workshop_date) or "–", widths[0]),
            _cell(point.title, widths[1]),
            _cell(point.source or "–", widths[2]),
        ]
        for point in trend.points
    ]
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    story += _chunked_table(head, rows, widths, style, [colors.white, SHADE])
    renamed = [team for team in trend.teams if len(team.names) > 1]
    if renamed:
        story.append(Spacer(1, 6))
        story.append(
            _rich(
                "small",
                (_("Teams under more than one name:") + " ", BOLD),
                ("; ".join(" = ".join(t.names) for t in renamed), REGULAR),
            )
        )
    if len(trend.points) > 1:
        overall = build_since(History((trend.points[0],), trend.points[-1]), model)
        title = _("From {first} to {last}").format(
            first=since_label(trend.points[0]), last=since_label(trend.points[-1])
        )
        story += [Spacer(1, 8), _heading(markup(title, BOLD), STYLES["h2"], title, 1, "overall")]
        story += movement_matrices(overall, width)
    for chart in charts:
        story += [CondPageBreak(110 * mm), *_trend_aspect(chart, width)]
    if not charts:
        story.append(_p(_("No team was placed on any aspect in these workshops.")))
    document.build(story, onFirstPage=_trend_page, onLaterPages=_trend_page, canvasmaker=BoldingCanvas)


def _trend_aspect(chart: TrendChart, width: float) -> list[Flowable]:
    out: list[Flowable] = [
        _heading(markup(chart.aspect.name, BOLD), STYLES["h2"], chart.aspect.name, 0, f"trend-{chart.aspect.id}"),
        _p(chart.aspect.question, "question"),
        trend_drawing(chart, width),
        Spacer(1, 8),
    ]
    labels = list(chart.labels)
    team_width = min(48 * mm, width * 0.3)
    column = (width - team_width) / max(len(labels), 1)
    head = [_p(_("Team"), "cell_head")] + [_rich("cell_head", (label, BOLD, colors.white)) for label in labels]
    if chart.summarised:
        lines = [
            (name.format(count=len(chart.series)), [None if s is None else s[index] for s in chart.spread])
            for name, index in (
                (_("Lowest of {count} teams"), 0),
                (_("Median of {count} teams"), 1),
                (_("Highest of {count} teams"), 2),
            )
        ]
    else:
        lines = [(line.name, list(line.values)) for line in chart.series]
    rows = [
        [_cell(name, team_width)] + ["–" if value is None else format_position(value) for value in values]
        for name, values in lines
    ]
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    return out + _chunked_table(head, rows, [team_width] + [column] * len(labels), style, [colors.white, SHADE])


def _trend_page(canvas, document) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    width = document.pagesize[0] - 2 * MARGIN
    canvas_text(canvas, MARGIN, MARGIN, _("Page {page}").format(page=canvas.getPageNumber()), REGULAR, 8, width / 2)
    footer = _("{app} · trend report").format(app=APP_NAME)
    canvas_text(canvas, MARGIN + width, MARGIN, footer, REGULAR, 8, width / 2, right=True)
    canvas.restoreState()


__all__ = ["history_chapters", "since_chapter", "trend_chapter", "trend_drawing", "write_trend_pdf"]
