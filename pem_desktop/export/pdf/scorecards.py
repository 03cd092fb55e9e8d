"""Team scorecards: half a page to a page per team, in team order: every aspect against the team's
target, its actions and the open disagreements about it."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from pem_desktop.export.pdf import charts
from pem_desktop.export.pdf.context import Context, aspect_key, subheading, team_key, titled
from pem_desktop.export.pdf.grid import Cell, Grid
from pem_desktop.export.pdf.register import actions_grid
from pem_desktop.export.pdf.text import INK, MUTED, cell_lines, one_line, plain, rich, team_cell
from pem_desktop.export.pdf_fonts import BOLD, ITALIC, REGULAR
from pem_desktop.export.phrases import with_number
from pem_desktop.export.roadmap import describe_target, format_gap, format_number
from pem_desktop.export.scorecards import Scorecard
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import joined, ngettext, sentence_space

RANKED = 10


def scorecards_chapter(context: Context) -> list[Flowable]:
    cards = context.scorecards
    if not cards:
        return []
    out: list[Flowable] = [
        *titled(_("Team scorecards"), "h1", 0, "scorecards"),
        plain(
            _(
                "One card per team, in team order: where it sits on every aspect against the target it works toward "
                "(its own, or else the organisation's), the gap in levels, its actions and the open disagreements "
                "about it."
            )
            + sentence_space()
            + (
                _(
                    "Organisation-wide actions are in the register; with this many teams, a card lists the team's "
                    "open actions."
                )
                if context.many_teams
                else _("Organisation-wide actions are in the register.")
            ),
            "small",
        ),
    ]
    ranked = sorted((c for c in cards if c.total_gap > 0), key=lambda c: (-c.total_gap, c.team.order))[:RANKED]
    if ranked:
        width = context.width
        widths = [width * 0.5, width * 0.2, width * 0.3]
        head = [
            one_line(t, "cell_head", w - 9)
            for t, w in zip((_("Team"), _("Total gap"), _("Largest gap")), widths, strict=True)
        ]
        rows = []
        for card in ranked:
            worst = max(card.rows, key=lambda r: r.position.gap or 0)
            rows.append(
                [
                    Cell(team_cell(card.team, widths[0] - 9), link=team_key(card.team.id)),
                    cell_lines("cell", widths[1] - 9, (format_gap(card.total_gap), REGULAR)),
                    cell_lines(
                        "cell",
                        widths[2] - 9,
                        (
                            _("{aspect} ({gap})").format(
                                aspect=worst.aspect.aspect.name, gap=format_gap(worst.position.gap)
                            ),
                            REGULAR,
                        ),
                    ),
                ]
            )
        title = _("Teams furthest from their targets")
        if len(cards) > RANKED:
            title = _("Teams furthest from their targets (the {count} furthest)").format(count=len(ranked))
        out += [plain(title, "h3"), Grid(widths, rows, header=head), Spacer(1, 6)]
    for card in cards:
        out += _card(context, card)
    return out


def _card(context: Context, card: Scorecard) -> list[Flowable]:
    """One team's card: kept on one page; with many teams, only its head and aspects are, and its actions
    flow on, so that two cards share most pages."""
    team = card.team
    made = rich("h2", ("■ ", BOLD, team.colour), (team.name, BOLD))
    made.outline = (team.name, 1, team_key(team.id))
    head: list[Flowable] = [made, rich("small", (_line(card), REGULAR)), _aspect_table(context, card)]
    rest: list[Flowable] = []
    shown = [entry for entry in card.actions if entry.is_open] if context.many_teams else list(card.actions)
    if shown:
        closed = len(card.actions) - len(shown)
        if closed:
            count = _("{open} open; {closed} done or dropped, in the register").format(open=len(shown), closed=closed)
        else:
            count = str(len(shown))
        if context.many_teams:
            title = _("Open actions of {team} ({count})").format(team=team.name, count=count)
        else:
            title = _("Actions of {team} ({count})").format(team=team.name, count=count)
        if context.many_teams:  # a line, not a heading: two or three cards share a page
            rest += [CondPageBreak(60), rich("small", (title, BOLD))]
        else:
            rest += subheading(title, keep=40)
        rest.append(actions_grid(context, shown, "team", one_line_each=context.many_teams))
    elif card.actions:
        done = _("No open actions; {count} done or dropped, in the register.").format(count=len(card.actions))
        rest.append(plain(done, "small"))
    else:
        rest.append(plain(_("No actions for this team yet."), "small"))
    if card.open_disagreements:
        count = len(card.open_disagreements)
        title = _("Open disagreements about {team} ({count})").format(team=team.name, count=count)
        rest += subheading(title, keep=24)
        for aspect, disagreement in card.open_disagreements:
            views = _("; ").join(
                _("{holder}: {position}").format(
                    holder=point.holder or _("someone"), position=context.model.describe_position(point.position)
                )
                for point in disagreement.viewpoints
            )
            topic = (disagreement.topic or _("Disagreement"), BOLD)
            rest.append(rich("bullet", topic, (f" · {aspect.aspect.name} — ", REGULAR), (views, ITALIC), bullet="›"))
    rest.append(Spacer(1, 10))
    if context.many_teams:
        return [KeepTogether(head), *rest]  # its head and aspects stay together; its actions flow on
    return [KeepTogether(head + rest)]


def _line(card: Scorecard) -> str:
    behind = [row for row in card.rows if row.position.gap is not None and row.position.gap > 0]
    if behind:
        worst = max(behind, key=lambda row: row.position.gap)
        text = ngettext(
            "Short of its target on {count} of {total} aspect, most on {aspect} ({gap}).",
            "Short of its target on {count} of {total} aspects, most on {aspect} ({gap}).",
            len(card.rows),
        ).format(
            count=len(behind), total=len(card.rows), aspect=worst.aspect.aspect.name, gap=format_gap(worst.position.gap)
        )
    elif any(row.position.target is not None for row in card.rows):
        text = _("At or beyond its target on every aspect that has one.")
    else:
        text = _("No targets set for this team.")
    opened = [entry for entry in card.actions if entry.is_open]
    overdue = sum(entry.overdue for entry in opened)
    if overdue:
        actions = ngettext(
            "{count} open action ({overdue} overdue)", "{count} open actions ({overdue} overdue)", len(opened)
        ).format(count=len(opened), overdue=overdue)
    else:
        actions = ngettext("{count} open action", "{count} open actions", len(opened)).format(count=len(opened))
    if card.open_disagreements:
        count = len(card.open_disagreements)
        about = ngettext("{count} open disagreement about it", "{count} open disagreements about it", count).format(
            count=count
        )
        # TRANSLATORS: a scorecard's line: "4 open actions (1 overdue); 2 open disagreements about it."
        return joined(text, _("{actions}; {disagreements}.").format(actions=actions, disagreements=about))
    return joined(text, _("{actions}.").format(actions=actions))


def _aspect_table(context: Context, card: Scorecard) -> Grid:
    model, width = context.model, context.width
    compact = context.many_teams  # one line a row
    style = "cell_compact" if compact else "cell"
    widths = [width * share for share in (0.18, 0.24, 0.27, 0.09, 0.22)]
    head = [
        one_line(text, "cell_head", w - 9)
        for text, w in zip((_("Aspect"), _("Now"), _("Target"), _("Gap")), widths[:4], strict=True)
    ]
    head.append(charts.LevelScale(model, widths[4] - 9))
    rows = []
    for row in card.rows:
        p = row.position
        if p.position is None:
            now = (_("not placed"), ITALIC, MUTED)
        else:
            now = (with_number(p.description, p.position), REGULAR)
        if p.target is None:
            target = [(_("no target"), ITALIC, MUTED)]
        elif compact:
            target = [(describe_target(model, p.target, short=True), REGULAR)]
            target += [(" " + _("(its own)"), REGULAR, MUTED)] if p.own_target else []
        else:
            whose = _("its own") if p.own_target else _("the organisation's")
            target = [(describe_target(model, p.target), REGULAR), ("\n" + whose, REGULAR, MUTED)]
        gap = "–" if p.gap is None else (format_number(p.gap) if p.gap > 0 else _("reached"))
        limit = 1 if compact else 0
        name = cell_lines(style, widths[0] - 9, (row.aspect.aspect.name, BOLD), max_lines=limit)
        rows.append(
            [
                Cell(name, link=None if compact else aspect_key(row.aspect.number)),
                cell_lines(style, widths[1] - 9, now, max_lines=limit),
                cell_lines(style, widths[2] - 9, *target, max_lines=limit),
                cell_lines(style, widths[3] - 9, (gap, BOLD if p.gap and p.gap > 0 else REGULAR, INK)),
                charts.PositionBar(model, p.position, p.target, card.team.colour, widths[4] - 9),
            ]
        )
    padding = (4.5, 1.5, 4.5, 2) if compact else (4.5, 3.5, 4.5, 4)
    return Grid(widths, rows, header=head, valign="middle", padding=padding)


__all__ = ["scorecards_chapter"]
