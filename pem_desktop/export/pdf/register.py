"""The action register (every action in one table, open ones first) and the action tables that the
aspect sections and team scorecards share with it.

Flags are words, not only colours, so they survive greyscale printing: "overdue" under the due date,
"no owner" and "no due date" in their cells. Each register row is a link target; the "#" of an
action anywhere else in the roadmap links to it.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from pem_desktop.export.pdf.context import Context, section_key, subheading, titled
from pem_desktop.export.pdf.grid import Cell, Grid
from pem_desktop.export.pdf.text import ALERT, INK, MUTED, STYLES, cell_lines, plain, text_width
from pem_desktop.export.pdf_fonts import BOLD, REGULAR
from pem_desktop.export.phrases import status_counts
from pem_desktop.export.register import GROUPS, RegisterEntry, group_title
from pem_desktop.export.roadmap import long_date, short_date, status_label
from pem_desktop.i18n import N_
from pem_desktop.i18n import gettext as _
from pem_desktop.services.views import ACTION_STATUSES

LONG_DETAIL = 600  # characters; longer details print below the table, where they can break across pages
PAD = 9  # a cell's left and right padding together

# The columns of each kind of action table: each column shows one or more fields stacked (team over
# owner, say), and is either as wide as its widest possible text or gets a share of what is left.
COLUMNS = {
    "register": (("ref",), ("action",), ("where", "team"), ("owner",), ("due",), ("status",)),
    "aspect": (("ref",), ("action",), ("team", "owner"), ("due", "status")),
    "team": (("ref",), ("action",), ("where",), ("owner",), ("due",), ("status",)),
}
SHARES = {
    "register": {("action",): 0.44, ("where", "team"): 0.33, ("owner",): 0.23},
    "aspect": {("action",): 0.7, ("team", "owner"): 0.3},
    "team": {("action",): 0.47, ("where",): 0.31, ("owner",): 0.22},
}
HEADS = {
    "ref": "#",
    "action": N_("Action"),
    "where": N_("Aspect → toward"),
    "team": N_("Team"),
    "owner": N_("Owner"),
    "due": N_("Due"),
    "status": N_("Status"),
}


def _fixed() -> dict[str, list[tuple[str, str]]]:
    """The widest texts of the columns as wide as their text, in the language of the export."""
    return {
        "ref": [("#9999", BOLD)],
        "due": [(short_date(date(2027, 9, 30)), BOLD), (_("no due date"), BOLD), (_("overdue"), BOLD)],
        "status": [(status_label(status), REGULAR) for status in ACTION_STATUSES],
    }


def register_chapter(context: Context) -> list[Flowable]:
    register = context.register
    today = long_date(register.today)
    out: list[Flowable] = [
        *titled(_("Action register"), "h1", 0, "register"),
        plain(
            _(
                "Every action of the workshop: open ones first (agreed, in progress or proposed), then the done "
                "and the dropped ones; each by due date, then owner. Flagged: overdue (due before {date}, the "
                "day of this export, and not done), and open actions with no owner or no due date. The aspect "
                "sections give each action's detail."
            ).format(date=today),
            "small",
        ),
    ]
    if not register.entries:
        out.append(plain(_("No actions were recorded."), "body"))
        return out
    for name, _statuses in GROUPS:
        entries = register.group(name)
        if not entries:
            continue
        counts = [str(len(entries))]
        if name == "Open":
            counts += [
                template.format(count=number)
                for number, template in (
                    (sum(e.overdue for e in entries), _("{count} overdue")),
                    (sum(e.unowned for e in entries), _("{count} without owner")),
                    (sum(e.undated for e in entries), _("{count} without due date")),
                )
                if number
            ]
        title = group_title(name, _(", ").join(counts))
        out += titled(title, "h2", 1, f"register-{name.lower()}", outline_title=group_title(name, str(len(entries))))
        out.append(actions_grid(context, entries, "register"))
    return out


def actions_grid(
    context: Context, entries: list[RegisterEntry], kind: str, *, details: bool = False, one_line_each: bool = False
) -> Grid:
    """A table of actions: "register" (every column), "aspect" (in an aspect section, with the detail) or
    "team" (on a scorecard); with `one_line_each`, long texts are shortened to one line (the register
    has them in full)."""
    columns = COLUMNS[kind]
    style = "cell" if kind == "aspect" and not context.many_teams else "cell_compact"  # many rows: denser
    size = STYLES[style].fontSize
    widest = _fixed()
    fixed = {
        column: max(text_width(text, font, size) for field in column for text, font in widest[field]) + PAD + 1
        for column in columns
        if column not in SHARES[kind]
    }
    rest = context.width - sum(fixed.values())
    widths = [fixed[column] if column in fixed else rest * SHARES[kind][column] for column in columns]
    _fit_words(widths, columns, size)
    header = [
        cell_lines("cell_head", width - PAD, ("\n".join(_(HEADS[field]) for field in column), BOLD))
        for column, width in zip(columns, widths, strict=True)
    ]
    limit = 1 if one_line_each else 0
    rows = []
    for entry in entries:
        row = []
        for column, width in zip(columns, widths, strict=True):
            segments = []
            for field in column:
                parts = _field(entry, field, details=details, kind=kind)
                if segments:
                    parts[0] = ("\n" + parts[0][0], *parts[0][1:])
                segments += parts
            shortened = limit * len(column) if column[0] in ("action", "where", "team", "owner") else 0
            lines = cell_lines(style, width - PAD, *segments, max_lines=shortened)
            linked = column == ("where",) and not context.many_teams  # thousands of links would slow the PDF down
            row.append(Cell(lines, link=_section_key(context, entry)) if linked else lines)
        rows.append(row)
    padding = (4.5, 2.5, 4.5, 3) if style == "cell_compact" else (4.5, 3.5, 4.5, 4)
    return Grid(widths, rows, header=header, padding=padding)


def _fit_words(widths: list[float], columns: tuple, size: float) -> None:
    """Widen a shared column to its longest word in bold (its heading, the "no owner" flag: "Verantwortlich"
    in German), at the expense of the action column, so that no such word is broken inside."""
    flags = {"owner": _("no owner")}
    action = columns.index(("action",))
    for index, column in enumerate(columns):
        if index == action:
            continue
        words = [word for field in column for text in (_(HEADS[field]), flags.get(field, "")) for word in text.split()]
        needed = max((text_width(word, BOLD, max(size, 8)) for word in words), default=0) + PAD + 1
        extra = max(0.0, needed - widths[index])
        widths[index] += extra
        widths[action] -= extra


def _field(entry: RegisterEntry, field: str, *, details: bool, kind: str) -> list[tuple]:
    """One field of an action as (text, font[, colour]) segments; flags are words in the alert colour."""
    action = entry.action
    if field == "ref":
        return [(entry.reference, BOLD if kind == "register" else REGULAR)]
    if field == "action":
        segments = [(action.title, BOLD)]
        if details and action.detail:
            if len(action.detail) > LONG_DETAIL:
                segments.append(("\n" + _("(details below the table)"), REGULAR, MUTED))
            else:
                segments.append(("\n" + action.detail, REGULAR))
        return segments
    if field == "where":
        toward = f" → {entry.target_level.name}" if entry.target_level else ""
        return [(entry.aspect.name + toward, REGULAR)]
    if field == "team":
        return [(entry.team_name, REGULAR, MUTED if kind == "register" else INK)]
    if field == "owner":
        if action.owner:
            return [(action.owner, REGULAR)]
        return [(_("no owner"), BOLD, ALERT)] if entry.unowned else [("–", REGULAR)]
    if field == "due":
        if action.due_date is None:
            return [(_("no due date"), BOLD, ALERT)] if entry.undated else [("–", REGULAR)]
        if entry.overdue:
            return [(short_date(action.due_date), BOLD, ALERT), ("\n" + _("overdue"), BOLD, ALERT)]
        return [(short_date(action.due_date), REGULAR)]
    return [(status_label(action.status), REGULAR)]


def long_details(entries: list[RegisterEntry]) -> list[Flowable]:
    """The details too long for a table cell, each under its action's title."""
    out: list[Flowable] = []
    for entry in entries:
        detail = entry.action.detail
        if detail and len(detail) > LONG_DETAIL:
            title = _("Details of {reference} {title}").format(reference=entry.reference, title=entry.action.title)
            out += subheading(title, keep=40)
            out.append(plain(detail))
    return out


def describe_counts(entries: list[RegisterEntry]) -> str:
    """E.g. "3: 2 agreed, 1 proposed"."""
    return status_counts([entry.action.status for entry in entries])


def _section_key(context: Context, entry: RegisterEntry) -> str:
    """Where the action is in its aspect's chapter: the section of its target level, else "other"."""
    number = context.roadmap.aspect(entry.aspect.id).number
    if entry.target_level is not None:
        return section_key(number, entry.target_level.index)
    return f"aspect-{number}-other"


__all__ = ["actions_grid", "describe_counts", "long_details", "register_chapter"]
