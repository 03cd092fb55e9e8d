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
from pem_desktop.export.roadmap import describe_target, format_gap, format_position
from pem_desktop.export.scorecards import Scorecard
from pem_desktop.wording import counted

RANKED = 10


def scorecards_chapter(context: Context) -> list[Flowable]:
    cards = context.scorecards
    if not cards:
        return []
    out: list[Flowable] = [
        *titled("Team scorecards", "h1", 0, "scorecards"),
        plain(
            "One card per team, in team order: where it sits on every aspect against the target it works toward "
            "(its own, or else the organisation's), the gap in levels, its actions and the open disagreements "
            "about it. Organisation-wide actions are in the register"
            + ("; with this many teams, a card lists the team's open actions." if context.many_teams else "."),
            "small",
        ),
    ]
    ranked = sorted((c for c in cards if c.total_gap > 0), key=lambda c: (-c.total_gap, c.team.order))[:RANKED]
    if ranked:
        width = context.width
        widths = [width * 0.5, width * 0.2, width * 0.3]
        head = [
            one_line(t, "cell_head", w - 9) for t, w in zip(("Team", "Total gap", "Largest gap"), widths, strict=True)
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
                        (f"{worst.aspect.aspect.name} ({format_gap(worst.position.gap)})", REGULAR),
                    ),
                ]
            )
        title = "Teams furthest from their targets" + (f" (the {len(ranked)} furthest)" if len(cards) > RANKED else "")
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
        count = f"{len(shown)} open; {closed} done or dropped, in the register" if closed else f"{len(shown)}"
        title = f"{'Open actions' if context.many_teams else 'Actions'} of {team.name} ({count})"
        if context.many_teams:  # a line, not a heading: two or three cards share a page
            rest += [CondPageBreak(60), rich("small", (title, BOLD))]
        else:
            rest += subheading(title, keep=40)
        rest.append(actions_grid(context, shown, "team", one_line_each=context.many_teams))
    elif card.actions:
        rest.append(plain(f"No open actions; {len(card.actions)} done or dropped, in the register.", "small"))
    else:
        rest.append(plain("No actions for this team yet.", "small"))
    if card.open_disagreements:
        count = len(card.open_disagreements)
        rest += subheading(f"Open disagreements about {team.name} ({count})", keep=24)
        for aspect, disagreement in card.open_disagreements:
            views = "; ".join(
                f"{point.holder or 'someone'}: {context.model.describe_position(point.position)}"
                for point in disagreement.viewpoints
            )
            topic = (disagreement.topic or "Disagreement", BOLD)
            rest.append(rich("bullet", topic, (f" · {aspect.aspect.name} — ", REGULAR), (views, ITALIC), bullet="›"))
    rest.append(Spacer(1, 10))
    if context.many_teams:
        return [KeepTogether(head), *rest]  # its head and aspects stay together; its actions flow on
    return [KeepTogether(head + rest)]


def _line(card: Scorecard) -> str:
    behind = [row for row in card.rows if row.position.gap is not None and row.position.gap > 0]
    if behind:
        worst = max(behind, key=lambda row: row.position.gap)
        most = f"{worst.aspect.aspect.name} ({format_gap(worst.position.gap)})"
        text = f"Short of its target on {len(behind)} of {counted(len(card.rows), 'aspect')}, most on {most}."
    elif any(row.position.target is not None for row in card.rows):
        text = "At or beyond its target on every aspect that has one."
    else:
        text = "No targets set for this team."
    opened = [entry for entry in card.actions if entry.is_open]
    overdue = sum(entry.overdue for entry in opened)
    text += f" {counted(len(opened), 'open action')}" + (f" ({overdue} overdue)" if overdue else "")
    if card.open_disagreements:
        text += f"; {counted(len(card.open_disagreements), 'open disagreement')} about it"
    return text + "."


def _aspect_table(context: Context, card: Scorecard) -> Grid:
    model, width = context.model, context.width
    compact = context.many_teams  # one line a row
    style = "cell_compact" if compact else "cell"
    widths = [width * share for share in (0.18, 0.24, 0.27, 0.09, 0.22)]
    head = [
        one_line(text, "cell_head", w - 9)
        for text, w in zip(("Aspect", "Now", "Target", "Gap"), widths[:4], strict=True)
    ]
    head.append(charts.LevelScale(model, widths[4] - 9))
    rows = []
    for row in card.rows:
        p = row.position
        if p.position is None:
            now = ("not placed", ITALIC, MUTED)
        else:
            now = (f"{p.description} ({format_position(p.position)})", REGULAR)
        if p.target is None:
            target = [("no target", ITALIC, MUTED)]
        elif compact:
            target = [(describe_target(model, p.target, short=True), REGULAR)]
            target += [(" (its own)", REGULAR, MUTED)] if p.own_target else []
        else:
            whose = "its own" if p.own_target else "the organisation's"
            target = [(describe_target(model, p.target), REGULAR), ("\n" + whose, REGULAR, MUTED)]
        gap = "–" if p.gap is None else (f"{p.gap:.1f}" if p.gap > 0 else "reached")
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
