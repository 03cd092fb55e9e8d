"""A follow-up's part of the Markdown summary: "Since <previous date>" and the trend of the chain.

The same content as the PDF's pages (pem_desktop.export.pdf_history): per aspect who moved up, down or
stayed and by how much, the review of the carried actions, and with three or more workshops a table of
positions over time per aspect (the PDF draws it as a chart). Also the trend report of `pem-desktop
trend` in Markdown.
"""

from __future__ import annotations

from pem_desktop.export.markdown import md, md_cell
from pem_desktop.export.roadmap import format_position, status_label
from pem_desktop.export.since import ActionOutcome, HistoryReport, SinceReport, TeamMove, TrendChart, since_label
from pem_desktop.services.history import signed
from pem_desktop.services.trend import Trend

OUTCOME_TITLES = (
    ("completed", "Completed"),
    ("carried", "Carried on (still open)"),
    ("dropped", "Dropped"),
    ("not_reviewed", "Not reviewed yet"),
)


def change_words(move: TeamMove) -> str:
    """ "▲ up 0.50", "▼ down 0.25", "= same", "new", "not placed now"."""
    change = move.change
    if change.direction == "up":
        return f"▲ up {abs(change.amount):.2f}"
    if change.direction == "down":
        return f"▼ down {abs(change.amount):.2f}"
    if change.direction == "same":
        return "= same" if change.amount == 0 else f"= same ({signed(change.amount)})"
    return "new on this aspect" if change.direction == "new" else "not placed now"


def history_markdown(report: HistoryReport | None) -> list[str]:
    """The lines of the "Since" section and the trend tables (none for a workshop that is not a follow-up)."""
    if report is None:
        return []
    return [*since_markdown(report.since), *trend_markdown(report.charts)]


def since_markdown(since: SinceReport) -> list[str]:
    previous = since.previous
    out = ["", f"## {md(since.heading)}", ""]
    out.append(
        f"The previous workshop: **{md(previous.title)}**"
        + (f", {md(since_label(previous))}" if previous.workshop_date else "")
        + f". {since.moved_count} move{'s' if since.moved_count != 1 else ''} up or down since then."
    )
    notes = []
    if since.renamed:
        notes.append("Renamed: " + ", ".join(f"{md(then)} → {md(now)}" for then, now in since.renamed) + ".")
    if since.added:
        notes.append("New teams: " + ", ".join(md(name) for name in since.added) + ".")
    if since.gone:
        notes.append("No longer in the workshop: " + ", ".join(md(name) for name in since.gone) + ".")
    if notes:
        out += ["", *(f"- {note}" for note in notes)]
    for aspect in since.aspects:
        out += ["", f"### {md(aspect.aspect.name)}", ""]
        if not aspect.moves:
            out.append("No team was placed on this aspect either time.")
            continue
        out.append(f"{len(aspect.up)} up, {len(aspect.down)} down, {len(aspect.same)} the same.")
        changed = aspect.up + aspect.down + aspect.new + aspect.unplaced
        if changed:
            out += ["", "| Team | Then | Now | Change |", "| --- | --- | --- | --- |"]
            for move in changed:
                out.append(
                    f"| {md_cell(move.team)} | {_where(move.before_words, move.change.before)} | "
                    f"{_where(move.after_words, move.change.after)} | {change_words(move)} |"
                )
        if aspect.same:
            out += ["", "Where they were: " + ", ".join(f"{md(m.team)} ({m.after_words})" for m in aspect.same) + "."]
    out += ["", f"### Actions since {md(since_label(previous))}"]
    reviewed = False
    for key, title in OUTCOME_TITLES:
        outcomes: tuple[ActionOutcome, ...] = getattr(since, key)
        if not outcomes:
            continue
        reviewed = True
        out += ["", f"**{title} ({len(outcomes)}):**", ""]
        out += ["| Action | Aspect | Team | Owner | Last time | Note |", "| --- | --- | --- | --- | --- | --- |"]
        for outcome in outcomes:
            out.append(
                f"| {md_cell(outcome.title)} | {md_cell(outcome.aspect)} | {md_cell(outcome.team)} | "
                f"{md_cell(outcome.owner) if outcome.owner else '–'} | {status_label(outcome.status_before)} | "
                f"{md_cell(outcome.note) if outcome.note else '–'} |"
            )
    if not reviewed:
        out += ["", "No action was still open at the end of the previous workshop."]
    return out


def trend_markdown(charts: tuple[TrendChart, ...], heading: str = "Trend") -> list[str]:
    """Positions over time, a table per aspect (a row per team, or the organisation's spread)."""
    if not charts:
        return []
    out = ["", f"## {md(heading)}", ""]
    out.append("Where each team sat on each aspect, workshop after workshop (positions in levels; – not placed).")
    for chart in charts:
        out += ["", f"### {md(chart.aspect.name)}", ""]
        out.append("| Team | " + " | ".join(md_cell(label) for label in chart.labels) + " |")
        out.append("| --- |" + " --- |" * len(chart.labels))
        if chart.summarised:
            for name, index in (("Lowest", 0), ("Median", 1), ("Highest", 2)):
                cells = ["–" if spread is None else format_position(spread[index]) for spread in chart.spread]
                out.append(f"| {name} of {len(chart.series)} teams | " + " | ".join(cells) + " |")
            continue
        for line in chart.series:
            cells = ["–" if value is None else format_position(value) for value in line.values]
            out.append(f"| {md_cell(line.name)} | " + " | ".join(cells) + " |")
    return out


def trend_report_markdown(trend: Trend, charts: tuple[TrendChart, ...]) -> str:
    """The whole trend report of `pem-desktop trend` (and File > Compare…) as Markdown."""
    model = trend.model
    out = [f"# Trend: {md(model.title)}", ""]
    out.append(f"{len(trend.points)} workshops, oldest first:")
    out.append("")
    for point in trend.points:
        where = f" ({md(point.source)})" if point.source else ""
        out.append(f"- {md(point.label())}: {md(point.title)}{where}")
    renamed = [team for team in trend.teams if len(team.names) > 1]
    if renamed:
        out += [
            "",
            "Teams under more than one name: " + "; ".join(" = ".join(md(n) for n in t.names) for t in renamed) + ".",
        ]
    out += trend_markdown(charts, "Positions over time")
    out += ["", f"Model: {md(model.title)}, version {md(model.version)}."]
    return "\n".join(out).rstrip() + "\n"


def _where(words: str, position: float | None) -> str:
    return words if position is None else f"{words} ({format_position(position)})"


__all__ = ["change_words", "history_markdown", "since_markdown", "trend_markdown", "trend_report_markdown"]
