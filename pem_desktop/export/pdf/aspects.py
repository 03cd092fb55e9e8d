"""One chapter per aspect: its target and the organisation's spread, the level bar (or, with many
teams, the distribution), then a section per adjacent level someone is heading toward ("Toward
Scalable: As product"): what the level means, who is moving toward it, its actions and its
disagreements. The model's full description of each level is in the appendix, linked from here.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from pem_desktop.export.answers import suggestion_line
from pem_desktop.export.pdf import charts
from pem_desktop.export.pdf.context import (
    Context,
    aspect_key,
    heading_over_grid,
    section_key,
    subheading,
    team_key,
    titled,
)
from pem_desktop.export.pdf.grid import Cell, Grid
from pem_desktop.export.pdf.register import actions_grid, describe_counts, long_details
from pem_desktop.export.pdf.text import cell_lines, link, marked, one_line, plain, rich, team_cell, template_segments
from pem_desktop.export.pdf_fonts import BOLD, ITALIC, REGULAR, markup
from pem_desktop.export.phrases import numbered, toward, with_number
from pem_desktop.export.roadmap import (
    AspectRoadmap,
    LevelSection,
    describe_target,
    format_gap,
    format_position,
    spread_rows,
    spread_words,
    whole_organisation,
)
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import joined, ngettext, sentence_space
from pem_desktop.services.views import DisagreementView
from pem_desktop.wording import sentence_end

FURTHEST = 10  # teams listed as furthest from their target, in a chapter with many teams
OWN_TARGETS = 12


def appendix_key(aspect_number: int, level_index: int) -> str:
    return f"appendix-{aspect_number}-{level_index}"


def aspect_chapter(context: Context, aspect: AspectRoadmap) -> list[Flowable]:
    title = numbered(aspect.number, aspect.aspect.name)
    out: list[Flowable] = [
        *titled(title, "h1", 0, aspect_key(aspect.number)),
        plain(aspect.aspect.question, "question"),
    ]
    out += _target(context, aspect)
    if aspect.placed:
        if context.many_teams:
            out += [charts.distribution(aspect, context.model, context.width), Spacer(1, 4)]
            out += _furthest(context, aspect)
        else:
            out += [
                item
                for drawing in charts.continuum(aspect, context.model, context.width)
                for item in (drawing, Spacer(1, 6))
            ]
    if aspect.unplaced:
        names = _(", ").join(p.team.name for p in aspect.unplaced)
        out.append(plain(_("Not placed on this aspect: {teams}").format(teams=names), "small"))
    if aspect.vote_spreads:
        out += _vote_spreads(context, aspect)
    if aspect.answer_groups:
        out += _guided_answers(context, aspect)
    if not aspect.sections and not aspect.has_other:
        out.append(plain(_("No team is heading to another level, and no actions or disagreements were recorded.")))
    for section in aspect.sections:
        out += _section(context, aspect, section)
    if aspect.has_other:
        out += _other(context, aspect)
    return out


def _target(context: Context, aspect: AspectRoadmap) -> list[Flowable]:
    model = context.model
    now = "" if aspect.spread is None else spread_words(model, aspect.spread)
    if aspect.target is None:
        text = [(_("No target has been agreed for the organisation on this aspect."), ITALIC)]
        if now:
            text.append((sentence_space() + _("Now: {state}.").format(state=now), REGULAR))
    else:
        text = template_segments(
            _("Target for the organisation: {target} ({number})."),
            REGULAR,
            target=(describe_target(model, aspect.target), BOLD),
            number=(format_position(aspect.target.position), REGULAR),
        )
        if now:
            gap = aspect.gap
            if gap > 0:
                sentence = _("Now: {state}: {gap} to go.").format(state=now, gap=format_gap(gap))
            else:
                sentence = _("Now: {state}: the median team has reached it.").format(state=now)
            text.append((sentence_space() + sentence, REGULAR))
    out: list[Flowable] = [rich("body", *text)]
    own = [p for p in aspect.positions if p.own_target]
    if own:
        shown = own[:OWN_TARGETS]
        parts = [_("{team}: {target}").format(team=p.team.name, target=describe_target(model, p.target)) for p in shown]
        more = len(own) - len(shown)
        if more:
            parts.append(
                ngettext(
                    "and {count} more (see their scorecards)", "and {count} more (see their scorecards)", more
                ).format(count=more)
            )
        out.append(rich("small", (_("Teams with a target of their own:") + " ", BOLD), (_("; ").join(parts), REGULAR)))
    return out


def _vote_spreads(context: Context, aspect: AspectRoadmap) -> list[Flowable]:
    """The room's revealed votes per team: how many, the median, how far apart."""
    widths = [context.width * share for share in (0.27, 0.09, 0.3, 0.16, 0.18)]
    heads = (_("Team"), _("Votes"), _("Median"), _("Lowest to highest"), _("Spread"))
    head = [one_line(text, "cell_head", w - 9) for text, w in zip(heads, widths, strict=True)]
    rows = [
        [cell_lines("cell", width - 9, (text, REGULAR)) for text, width in zip(row, widths, strict=True)]
        for row in spread_rows(context.roadmap, aspect)
    ]
    return [*subheading(_("Votes from the room")), Grid(widths, rows, header=head), Spacer(1, 6)]


def _guided_answers(context: Context, aspect: AspectRoadmap) -> list[Flowable]:
    """The answers the room chose to the guided questions, per team, and the position they suggest."""
    widths = [context.width * share for share in (0.2, 0.34, 0.46)]
    head = [
        one_line(text, "cell_head", w - 9)
        for text, w in zip((_("Team"), _("Question"), _("Answer chosen")), widths, strict=True)
    ]
    rows = []
    for group in aspect.answer_groups:
        name = whole_organisation() if group.team is None else group.team.name
        for number, chosen in enumerate(group.chosen):
            rows.append(
                [
                    cell_lines("cell", widths[0] - 9, (name if number == 0 else "", REGULAR)),
                    cell_lines("cell", widths[1] - 9, (chosen.question, REGULAR)),
                    cell_lines("cell", widths[2] - 9, (chosen.level_name + _(": "), BOLD), (chosen.answer, REGULAR)),
                ]
            )
        rows.append(
            [
                cell_lines("cell", widths[0] - 9, ("" if group.chosen else name, REGULAR)),
                cell_lines("cell", widths[1] - 9, (_("Suggested"), ITALIC)),
                cell_lines("cell", widths[2] - 9, (suggestion_line(group), ITALIC)),
            ]
        )
    return [*subheading(_("Answers to the guided questions")), Grid(widths, rows, header=head), Spacer(1, 6)]


def _furthest(context: Context, aspect: AspectRoadmap) -> list[Flowable]:
    """With many teams: the ones furthest from their target on this aspect."""
    behind = sorted((p for p in aspect.placed if p.gap is not None and p.gap > 0), key=lambda p: (-p.gap, p.team.order))
    if not behind:
        return []
    shown = behind[:FURTHEST]
    width = context.width
    widths = [width * 0.34, width * 0.26, width * 0.28, width * 0.12]
    head = [
        one_line(text, "cell_head", w - 9)
        for text, w in zip((_("Team"), _("Now"), _("Target"), _("Gap")), widths, strict=True)
    ]
    rows = []
    for p in shown:
        rows.append(
            [
                Cell(team_cell(p.team, widths[0] - 9), link=team_key(p.team.id)),
                cell_lines("cell", widths[1] - 9, (with_number(p.description, p.position), REGULAR)),
                cell_lines("cell", widths[2] - 9, (describe_target(context.model, p.target), REGULAR)),
                cell_lines("cell", widths[3] - 9, (format_gap(p.gap), BOLD)),
            ]
        )
    title = ngettext(
        "Furthest from their target ({shown} of {count} team short of it; every team is on its scorecard)",
        "Furthest from their target ({shown} of {count} teams short of it; every team is on its scorecard)",
        len(behind),
    ).format(shown=len(shown), count=len(behind))
    return [KeepTogether([plain(title, "h3"), Grid(widths, rows, header=head)])]


def _section(context: Context, aspect: AspectRoadmap, section: LevelSection) -> list[Flowable]:
    level = section.aspect_level
    title = toward(level.level.name, level.label)
    out: list[Flowable] = [*titled(title, "h2", 1, section_key(aspect.number, section.level.index))]
    out.append(plain(level.meaning))
    if level.characteristics:
        count = len(level.characteristics)
        target = appendix_key(aspect.number, section.level.index)
        words = ngettext(
            "what {level} looks like on this aspect ({count} characteristic)",
            "what {level} looks like on this aspect ({count} characteristics)",
            count,
        ).format(level=level.level.name, count=count)
        # TRANSLATORS: {link} is "what Scalable looks like on this aspect (6 characteristics)", a link
        sentence = markup(_("The model describes {link} in the appendix.")).format(link=link(markup(words), target))
        out.append(marked(sentence, "small"))
    out += subheading(_("Moving toward it"), keep=30)
    out.append(rich("body", *_movers(context, section)))
    entries = [context.register.entry(action.id) for action in section.actions]
    entries.sort(key=lambda e: e.number)
    if entries:
        grid = actions_grid(context, entries, "aspect", details=True)
        title = _("Actions ({counts})").format(counts=describe_counts(entries))
        out += heading_over_grid(title, grid, page_height=context.height)
        out += long_details(entries)
    else:
        out += subheading(_("Actions"), keep=24)
        out.append(plain(_("No actions recorded toward this level yet."), "small"))
    out += disagreements(context, section.open_disagreements, section.resolved_disagreements)
    return out


def _movers(context: Context, section: LevelSection) -> list[tuple]:
    """Who moves toward the level, as paragraph segments: each team in bold after a square of its colour."""
    model = context.model
    if context.many_teams:
        moving = section.moving
        text = _("No team is heading here next.") if not moving else ""
        if moving:
            text = ngettext(
                "{count} team is heading here next, now from {low} to {high}.",
                "{count} teams are heading here next, now from {low} to {high}.",
                len(moving),
            ).format(
                count=len(moving),
                low=model.describe_position(min(p.position for p in moving)),
                high=model.describe_position(max(p.position for p in moving)),
            )
        if section.also_acting:
            others = len(section.also_acting)
            have = ngettext(
                "{count} other team has actions toward it.", "{count} other teams have actions toward it.", others
            )
            text = joined(text, have.format(count=others))
        if section.organisation_acting:
            text = joined(text, _("The whole organisation has actions toward it."))
        return [(text, REGULAR)]
    entries = [(p, " " + _("({position})").format(position=p.description)) for p in section.moving]
    entries += [
        (p, " " + _("(actions toward it; now {position})").format(position=p.description)) for p in section.also_acting
    ]
    segments: list[tuple] = []
    for p, words in entries:
        segments += [
            (_(", ") if segments else "", REGULAR),
            ("■ ", REGULAR, p.team.colour),
            (p.team.name, BOLD),
            (words, REGULAR),
        ]
    if section.organisation_acting:
        whole = _("the whole organisation (organisation-wide actions)")
        segments.append(((_(", ") if segments else "") + whole, REGULAR))
    return segments or [(_("No team yet."), REGULAR)]


def _other(context: Context, aspect: AspectRoadmap) -> list[Flowable]:
    out: list[Flowable] = [
        *titled(_("Other actions and disagreements"), "h2", 1, f"aspect-{aspect.number}-other"),
        plain(
            _(
                "Actions without a target level, and disagreements about the whole organisation or about a team "
                "with no level above it on this aspect."
            ),
            "small",
        ),
    ]
    if aspect.other_actions:
        entries = sorted((context.register.entry(a.id) for a in aspect.other_actions), key=lambda e: e.number)
        grid = actions_grid(context, entries, "aspect", details=True)
        title = _("Actions ({counts})").format(counts=describe_counts(entries))
        out += heading_over_grid(title, grid, page_height=context.height)
        out += long_details(entries)
    out += disagreements(context, aspect.other_open, aspect.other_resolved)
    return out


def disagreements(
    context: Context, open_ones: list[DisagreementView], resolved: list[DisagreementView]
) -> list[Flowable]:
    """Open disagreements with every viewpoint, then the resolved ones with their resolution."""
    model, roadmap = context.model, context.roadmap
    out: list[Flowable] = []
    for number, disagreement in enumerate(open_ones):
        title = (
            plain(_("Open disagreements ({count}), to be decided").format(count=len(open_ones)), "h3")
            if number == 0
            else None
        )
        out += open_disagreement(context, disagreement, title=title)
    if resolved:
        out += subheading(_("Resolved disagreements ({count})").format(count=len(resolved)), keep=28)
    for disagreement in resolved:
        topic = disagreement.topic or _("Disagreement")
        team = roadmap.team_name(disagreement.team_id)
        resolution = disagreement.resolution or _("resolved")
        segments = [(topic, BOLD), (f" · {team}: {resolution}", REGULAR)]
        if disagreement.resolved_position is not None:
            agreed = model.describe_position(disagreement.resolved_position)
            segments.append((sentence_end(resolution) + " ", REGULAR))
            segments += template_segments(_("Agreed position: {position}."), REGULAR, position=(agreed, ITALIC))
        out.append(rich("bullet", *segments, bullet="✓"))
    return out


def open_disagreement(
    context: Context, disagreement: DisagreementView, *, title: Flowable | None = None
) -> list[Flowable]:
    """A disagreement with every viewpoint, kept on one page when short (with `title` above it, if given)."""
    topic = disagreement.topic or _("Disagreement")
    about = context.roadmap.team_name(disagreement.team_id)
    block: list[Flowable] = [] if title is None else [title]
    block.append(rich("body", (topic, BOLD), (f" · {about}", REGULAR)))
    for point in disagreement.viewpoints:
        where = with_number(context.model.describe_position(point.position), point.position)
        reason = _(": ") + point.reason if point.reason else ""
        # TRANSLATORS: a viewpoint of a disagreement: "SRE lead argues late Operational (1.80)", then its reason
        argues = template_segments(
            _("{holder} argues {position}"),
            REGULAR,
            holder=(point.holder or _("Someone"), BOLD),
            position=(where, ITALIC),
        )
        block.append(rich("viewpoint", *argues, (reason, REGULAR), bullet="›"))
    short = sum(len(point.reason) for point in disagreement.viewpoints) < 1500
    return [KeepTogether(block), Spacer(1, 4)] if short else [*block, Spacer(1, 4)]  # a long one may break


__all__ = ["appendix_key", "aspect_chapter", "disagreements", "open_disagreement"]
