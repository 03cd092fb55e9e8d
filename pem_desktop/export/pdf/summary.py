"""The executive summary: one page, right after the cover, for any size of workshop.

It says what to do next, where the organisation stands on each aspect against its target, the
largest gaps, the next actions by due date and the disagreements still to be decided. Lists are cut
to what fits the page (their headings say how many of how many; the register and the aspect
chapters have them all): the page is built, measured, and built again with shorter lists until it
fits. Titles that do not fit their line are shortened there, never on the pages they link to.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from pem_desktop import i18n
from pem_desktop.export.pdf import charts
from pem_desktop.export.pdf.context import Context, aspect_key, team_key, titled
from pem_desktop.export.pdf.grid import Cell, Grid
from pem_desktop.export.pdf.text import (
    ALERT,
    MUTED,
    SHADE,
    cell_lines,
    link,
    marked,
    one_line,
    rich,
    team_cell,
    text_width,
)
from pem_desktop.export.pdf_fonts import BOLD, ITALIC, REGULAR, markup
from pem_desktop.export.phrases import open_counts, views
from pem_desktop.export.roadmap import describe_target, format_number, short_date
from pem_desktop.i18n import gettext as _

PAD = 9
CELL = "cell_compact"
FIRST_LIMITS = {"gaps": 6, "actions": 8, "questions": 5}
# The lists get shorter in stages, the next actions last: to these floors first, then to these...
FLOORS = ({"actions": 5, "gaps": 3, "questions": 3}, {"actions": 5, "gaps": 1, "questions": 1})
FLOORS += ({"actions": 1, "gaps": 1, "questions": 1}, {"actions": 0, "gaps": 0, "questions": 0})


def summary_page(context: Context) -> list[Flowable]:
    """The summary's flowables, with lists as long as the page allows."""
    limits = dict(FIRST_LIMITS)
    aspects = len(context.summary.aspects)
    while True:
        flowables = _page(context, limits, aspects)
        if _height(flowables, context.width) <= context.height - 6:
            return flowables
        for floor in FLOORS:
            above = [name for name in limits if limits[name] > floor[name]]
            if above:
                limits[max(above, key=lambda name: limits[name] - floor[name])] -= 1
                break
        else:
            if aspects <= 1:
                return flowables
            aspects -= 1  # a model with very many aspects: the ones furthest from target


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for index, flowable in enumerate(flowables):
        total += flowable.wrap(width, 100_000)[1] + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def _page(context: Context, limits: dict[str, int], aspect_limit: int) -> list[Flowable]:
    summary, width = context.summary, context.width
    out: list[Flowable] = [
        *titled(_("Executive summary"), "h1", 0, "summary"),
        rich("lead", (summary.headline, REGULAR)),
    ]
    steps = [
        rich("step", (text, REGULAR), bullet=f"{number}.") for number, text in enumerate(summary.next_steps, start=1)
    ]
    out.append(marked(markup(_("What to do next"), BOLD), "h3_tight"))
    out.append(Grid([width], [[step] for step in steps], stripes=(SHADE,), rule=None, padding=(8, 2, 8, 1)))
    out += _standings(context, aspect_limit)
    out += _gaps(context, limits["gaps"])
    out += _next_actions(context, limits["actions"])
    out += _questions(context, limits["questions"])
    out.append(Spacer(1, 4))
    out.append(marked(_counts(context), "small"))
    return out


def _heading(title: str, shown: int, total: int, where: str = "") -> Flowable:
    count = ""
    if shown < total:
        # TRANSLATORS: after a heading of a list cut to fit the page: " (5 of 12; all in the register)"
        count = _(" ({shown} of {total}; {where})").format(shown=shown, total=total, where=where)
    return marked(markup(title, BOLD) + markup(count), "h3_tight")


def _standings(context: Context, limit: int) -> list[Flowable]:
    model, width = context.model, context.width
    aspects = list(context.summary.aspects)
    if limit < len(aspects):  # keep the ones furthest from target, in model order
        keep = sorted(aspects, key=lambda a: -(a.gap or -99))[:limit]
        aspects = [a for a in aspects if a in keep]
    widths = _widths(width, 0.15, 0.14, 0.14, 0.14, 0.245, 0.065, 0.12)
    _widen(widths, 5, 4, _("Gap"), _("reached"))
    _widen(widths, 0, 4, *(word for aspect in aspects for word in aspect.aspect.name.split()))  # "Investissement"
    header = _header(widths, _("Aspect"), _("Lowest"), _("Median"), _("Highest"), _("Target"), _("Gap"), _("Spread"))
    rows = []
    for aspect in aspects:
        spread = aspect.spread
        lowest, median, highest = (
            (None, None, None) if spread is None else (spread.lowest, spread.median, spread.highest)
        )
        if aspect.target is None:
            target = cell_lines(CELL, widths[4] - PAD, (_("none agreed"), ITALIC, MUTED))
        else:
            target = cell_lines(
                CELL, widths[4] - PAD, (describe_target(model, aspect.target, short=True), REGULAR), max_lines=2
            )
        gap = aspect.gap
        gap_text = "–" if gap is None else (format_number(gap) if gap > 0 else _("reached"))
        name = cell_lines(CELL, widths[0] - PAD, (aspect.aspect.name, BOLD), max_lines=2)
        rows.append(
            [
                Cell(name, link=aspect_key(aspect.number)),
                *(_words(model, value, widths[1]) for value in (lowest, median, highest)),
                target,
                cell_lines(CELL, widths[5] - PAD, (gap_text, BOLD if gap and gap > 0 else REGULAR)),
                charts.SpreadBar(model, spread, aspect.target, widths[6] - PAD),
            ]
        )
    legend = _("Gap: the target minus the median, in levels. Spread: the levels, the teams' range, ◆ median, ▼ target.")
    title = _heading(
        _("Where the organisation stands"), len(aspects), len(context.summary.aspects), _("all in the overview")
    )
    grid = Grid(widths, rows, header=header, valign="middle", padding=(4.5, 1.8, 4.5, 2.2))
    return [title, grid, marked(markup(legend), "small")]


def _words(model, value: float | None, width: float) -> Flowable:
    text = "–" if value is None else model.describe_position(value)
    return cell_lines(CELL, width - PAD, (text, REGULAR), max_lines=3)


def _gaps(context: Context, limit: int) -> list[Flowable]:
    gaps = context.summary.gaps
    if not gaps or limit <= 0:
        return []
    model = context.model
    widths = _widths(context.width, 0.22, 0.15, 0.29, 0.26, 0.08)
    _widen(widths, 4, 3, _("Gap"))
    rows = []
    for item in gaps[:limit]:
        p = item.position
        rows.append(
            [
                Cell(team_cell(p.team, widths[0] - PAD, max_lines=1, style=CELL), link=team_key(p.team.id)),
                Cell(_one(item.aspect.aspect.name, widths[1]), link=aspect_key(item.aspect.number)),
                _one(p.description, widths[2]),
                _one(describe_target(model, p.target, short=True), widths[3]),
                _one(format_number(p.gap), widths[4], BOLD),
            ]
        )
    title = _heading(_("Largest gaps to target"), len(rows), len(gaps), _("every team on its scorecard"))
    return [title, _grid(widths, rows, _header(widths, _("Team"), _("Aspect"), _("Now"), _("Target"), _("Gap")))]


def _next_actions(context: Context, limit: int) -> list[Flowable]:
    entries = context.summary.next_actions
    if limit <= 0:
        return []
    if not entries:
        title = marked(markup(_("Next actions by due date"), BOLD), "h3_tight")
        return [title, rich("small", (_("No open actions."), REGULAR))]
    widths = _widths(context.width, 0.07, 0.38, 0.16, 0.17, 0.22)
    rows = []
    for entry in entries[:limit]:
        action = entry.action
        owner = _one(action.owner, widths[3]) if action.owner else _one(_("no owner"), widths[3], BOLD, ALERT)
        if action.due_date is None:
            due = _one(_("no due date"), widths[4], BOLD, ALERT)
        elif entry.overdue:
            due = cell_lines(
                CELL, widths[4] - PAD, (short_date(action.due_date), BOLD, ALERT), (" " + _("overdue"), BOLD, ALERT)
            )
        else:
            due = _one(short_date(action.due_date), widths[4])
        rows.append(
            [
                Cell(_one(entry.reference, widths[0], BOLD), link="register"),
                _one(action.title, widths[1]),
                _one(entry.team_name, widths[2]),
                owner,
                due,
            ]
        )
    title = _heading(_("Next actions by due date"), len(rows), len(entries), _("all in the register"))
    return [title, _grid(widths, rows, _header(widths, "#", _("Action"), _("Team"), _("Owner"), _("Due")))]


def _questions(context: Context, limit: int) -> list[Flowable]:
    questions = context.summary.open_questions
    if not questions or limit <= 0:
        return []
    widths = _widths(context.width, 0.15, 0.2, 0.42, 0.23)
    rows = []
    for question in questions[:limit]:
        d = question.disagreement
        low = min(point.position for point in d.viewpoints)
        high = max(point.position for point in d.viewpoints)
        rows.append(
            [
                Cell(_one(question.aspect.aspect.name, widths[0]), link=aspect_key(question.aspect.number)),
                _one(context.roadmap.team_name(d.team_id), widths[1]),
                _one(d.topic or _("Disagreement"), widths[2], BOLD),
                _one(views(len(d.viewpoints), high - low), widths[3]),
            ]
        )
    title = _heading(_("Disagreements still to be decided"), len(rows), len(questions), _("all in the aspect chapters"))
    header = _header(widths, _("Aspect"), _("About"), _("Disagreement"), _("Views"))
    return [title, _grid(widths, rows, header)]


def _widths(width: float, *shares: float) -> list[float]:
    return [width * share for share in shares]


def _widen(widths: list[float], column: int, donor: int, *texts: str) -> None:
    """Make a narrow column as wide as its longest word in bold (a heading such as "Abstand"), taken from
    the donor column."""
    needed = max(text_width(text, BOLD, 8) for text in texts) + PAD + 1
    extra = max(0.0, needed - widths[column])
    widths[column] += extra
    widths[donor] -= extra


def _header(widths: list[float], *titles: str) -> list[Flowable]:
    return [one_line(title, "cell_head", width - PAD) for title, width in zip(titles, widths, strict=True)]


def _counts(context: Context) -> str:
    # TRANSLATORS: {register} and {scorecard} become links; translate the words of the links separately
    where = markup(_("Every action is in the {register}; every team on its {scorecard}.")).format(
        register=link(markup(_("action register")), "register"), scorecard=link(markup(_("scorecard")), "scorecards")
    )
    return markup(open_counts(context.summary)) + i18n.sentence_space() + where


def _one(text: str, width: float, font: str = REGULAR, colour=None) -> Flowable:
    return one_line(text, CELL, width - PAD, font=font, colour=colour)


def _grid(widths: list[float], rows: list, header: list) -> Grid:
    return Grid(widths, rows, header=header, padding=(4.5, 2.2, 4.5, 2.6))


__all__ = ["summary_page"]
