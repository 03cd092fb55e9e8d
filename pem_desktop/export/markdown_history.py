"""A follow-up's part of the Markdown summary: "Since <previous date>" and the trend of the chain.

The same content as the PDF's pages (pem_desktop.export.pdf_history): per aspect who moved up, down or
stayed and by how much, the review of the carried actions, and with three or more workshops a table of
positions over time per aspect (the PDF draws it as a chart). Also the trend report of `pem-desktop
trend` in Markdown.
"""

from __future__ import annotations

from pem_desktop import i18n
from pem_desktop.export.markdown import md, md_cell
from pem_desktop.export.roadmap import format_position, long_date, status_label
from pem_desktop.export.since import ActionOutcome, HistoryReport, SinceReport, TeamMove, TrendChart, since_label
from pem_desktop.i18n import N_, joined, ngettext
from pem_desktop.i18n import gettext as _
from pem_desktop.services.trend import Trend

OUTCOME_TITLES = (
    ("completed", N_("Completed")),
    ("carried", N_("Carried on (still open)")),
    ("dropped", N_("Dropped")),
    ("not_reviewed", N_("Not reviewed yet")),
)


def signed(amount: float) -> str:
    """An amount of levels with its sign: "+0.50", "−0.25" (a true minus sign), "0.00" ("+0,50" in German)."""
    if round(amount, 2) == 0:
        return i18n.decimal(0, 2)
    return ("+" if amount > 0 else "\u2212") + i18n.decimal(abs(amount), 2)


def change_words(move: TeamMove) -> str:
    """ "▲ up 0.50", "▼ down 0.25", "= same", "new", "not placed now"."""
    change = move.change
    if change.direction == "up":
        return _("▲ up {amount}").format(amount=i18n.decimal(abs(change.amount), 2))
    if change.direction == "down":
        return _("▼ down {amount}").format(amount=i18n.decimal(abs(change.amount), 2))
    if change.direction == "same":
        return _("= same") if change.amount == 0 else _("= same ({amount})").format(amount=signed(change.amount))
    return _("new on this aspect") if change.direction == "new" else _("not placed now")


def history_markdown(report: HistoryReport | None) -> list[str]:
    """The lines of the "Since" section and the trend tables (none for a workshop that is not a follow-up)."""
    if report is None:
        return []
    return [*since_markdown(report.since), *trend_markdown(report.charts)]


def since_markdown(since: SinceReport) -> list[str]:
    previous = since.previous
    out = ["", f"## {md(since.heading)}", ""]
    if previous.workshop_date:
        when = _("The previous workshop: {title}, {date}.").format(
            title=f"**{md(previous.title)}**", date=md(since_label(previous))
        )
    else:
        when = _("The previous workshop: {title}.").format(title=f"**{md(previous.title)}**")
    moved = since.moved_count
    moves = ngettext("{count} move up or down since then.", "{count} moves up or down since then.", moved)
    out.append(joined(when, moves.format(count=moved)))
    notes = []
    comma = _(", ")
    if since.renamed:
        renamed = comma.join(f"{md(then)} → {md(now)}" for then, now in since.renamed)
        notes.append(_("Renamed:") + f" {renamed}.")
    if since.added:
        notes.append(_("New teams:") + " " + comma.join(md(name) for name in since.added) + ".")
    if since.gone:
        notes.append(_("No longer in the workshop:") + " " + comma.join(md(name) for name in since.gone) + ".")
    if notes:
        out += ["", *(f"- {note}" for note in notes)]
    for aspect in since.aspects:
        out += ["", f"### {md(aspect.aspect.name)}", ""]
        if not aspect.moves:
            out.append(_("No team was placed on this aspect either time."))
            continue
        out.append(
            _("{up} up, {down} down, {same} the same.").format(
                up=len(aspect.up), down=len(aspect.down), same=len(aspect.same)
            )
        )
        changed = aspect.up + aspect.down + aspect.new + aspect.unplaced
        if changed:
            out += ["", table_head(_("Team"), _("Then"), _("Now"), _("Change"))]
            for move in changed:
                out.append(
                    f"| {md_cell(move.team)} | {_where(move.before_words, move.change.before)} | "
                    f"{_where(move.after_words, move.change.after)} | {change_words(move)} |"
                )
        if aspect.same:
            where = comma.join(
                _("{team} ({position})").format(team=md(m.team), position=m.after_words) for m in aspect.same
            )
            out += ["", _("Where they were: {teams}.").format(teams=where)]
    out += ["", "### " + _("Actions since {date}").format(date=md(since_label(previous)))]
    reviewed = False
    for key, title in OUTCOME_TITLES:
        outcomes: tuple[ActionOutcome, ...] = getattr(since, key)
        if not outcomes:
            continue
        reviewed = True
        out += ["", "**" + _("{heading} ({count}):").format(heading=_(title), count=len(outcomes)) + "**", ""]
        out += [table_head(_("Action"), _("Aspect"), _("Team"), _("Owner"), _("Last time"), _("Note"))]
        for outcome in outcomes:
            out.append(
                f"| {md_cell(outcome.title)} | {md_cell(outcome.aspect)} | {md_cell(outcome.team)} | "
                f"{md_cell(outcome.owner) if outcome.owner else '–'} | {status_label(outcome.status_before)} | "
                f"{md_cell(outcome.note) if outcome.note else '–'} |"
            )
    if not reviewed:
        out += ["", _("No action was still open at the end of the previous workshop.")]
    return out


def table_head(*titles: str) -> str:
    """A Markdown table's head row and rule."""
    return "| " + " | ".join(titles) + " |\n|" + " --- |" * len(titles)


def trend_markdown(charts: tuple[TrendChart, ...], heading: str | None = None) -> list[str]:
    """Positions over time, a table per aspect (a row per team, or the organisation's spread)."""
    if not charts:
        return []
    out = ["", f"## {md(heading or _('Trend'))}", ""]
    out.append(_("Where each team sat on each aspect, workshop after workshop (positions in levels; – not placed)."))
    for chart in charts:
        out += ["", f"### {md(chart.aspect.name)}", ""]
        out.append(table_head(_("Team"), *(md_cell(label) for label in chart.labels)))
        if chart.summarised:
            for name, index in (
                (_("Lowest of {count} teams"), 0),
                (_("Median of {count} teams"), 1),
                (_("Highest of {count} teams"), 2),
            ):
                cells = ["–" if spread is None else format_position(spread[index]) for spread in chart.spread]
                out.append(f"| {name.format(count=len(chart.series))} | " + " | ".join(cells) + " |")
            continue
        for line in chart.series:
            cells = ["–" if value is None else format_position(value) for value in line.values]
            out.append(f"| {md_cell(line.name)} | " + " | ".join(cells) + " |")
    return out


def trend_report_markdown(trend: Trend, charts: tuple[TrendChart, ...]) -> str:
    """The whole trend report of `pem-desktop trend` (and File > Compare…) as Markdown."""
    model = trend.model
    out = ["# " + _("Trend: {model}").format(model=md(model.title)), ""]
    out.append(
        ngettext("{count} workshop, oldest first:", "{count} workshops, oldest first:", len(trend.points)).format(
            count=len(trend.points)
        )
    )
    out.append("")
    for point in trend.points:
        where = f" ({md(point.source)})" if point.source else ""
        out.append(f"- {md(long_date(point.workshop_date) or point.title)}: {md(point.title)}{where}")
    renamed = [team for team in trend.teams if len(team.names) > 1]
    if renamed:
        out += [
            "",
            _("Teams under more than one name:")
            + " "
            + _("; ").join(" = ".join(md(n) for n in t.names) for t in renamed)
            + ".",
        ]
    out += trend_markdown(charts, _("Positions over time"))
    out += ["", _("Model: {model}, version {version}.").format(model=md(model.title), version=md(model.version))]
    return "\n".join(out).rstrip() + "\n"


def _where(words: str, position: float | None) -> str:
    return words if position is None else _("{words} ({number})").format(words=words, number=format_position(position))


__all__ = ["change_words", "history_markdown", "since_markdown", "trend_markdown", "trend_report_markdown"]
