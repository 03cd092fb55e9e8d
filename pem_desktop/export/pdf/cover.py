"""The cover: title, organisation, the workshop's facts and its teams."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pem_desktop.export.pdf.context import Context
from pem_desktop.export.pdf.text import RULE, plain, rich
from pem_desktop.export.pdf_fonts import REGULAR
from pem_desktop.export.phrases import model_version
from pem_desktop.export.roadmap import long_date
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import ngettext

COVER_TEAMS = 36  # teams listed on the cover; the overview and the scorecards have them all


def cover(context: Context) -> list[Flowable]:
    roadmap, model, width = context.roadmap, context.model, context.width
    info = roadmap.info
    out: list[Flowable] = [Spacer(1, 22 * mm), plain(info.title, "cover_title")]
    out.append(plain(info.organisation, "cover_subtitle") if info.organisation else Spacer(1, 12))
    facts = [
        (_("Date"), long_date(info.workshop_date)),
        (_("Facilitator"), info.facilitator),
        (_("Participants"), info.participants),
        (_("Maturity model"), model_version(model)),
        (_("Recorded"), recorded(roadmap)),
        (_("Exported"), long_date(roadmap.today)),
    ]
    rows = [[plain(label, "fact_label"), plain(value)] for label, value in facts if value]
    table = Table(rows, colWidths=[34 * mm, width - 34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    out += [table, Spacer(1, 14)]
    if roadmap.teams:
        out += [plain(_("Teams"), "h3"), _team_grid(context)]
    return out


def recorded(roadmap) -> str:
    """What the workshop recorded, in a line: teams on aspects, actions, disagreements, targets."""
    model = roadmap.model
    teams, aspects = len(roadmap.teams), len(model.aspects)
    parts = [
        # TRANSLATORS: "6 teams on 5 aspects" on the cover
        _("{teams} on {aspects}").format(
            teams=ngettext("{count} team", "{count} teams", teams).format(count=teams),
            aspects=ngettext("{count} aspect", "{count} aspects", aspects).format(count=aspects),
        ),
        ngettext("{count} action", "{count} actions", roadmap.action_count).format(count=roadmap.action_count),
        ngettext(
            "{count} disagreement ({open} open)", "{count} disagreements ({open} open)", roadmap.disagreement_count
        ).format(count=roadmap.disagreement_count, open=roadmap.open_disagreement_count),
        ngettext("{count} target", "{count} targets", len(roadmap.targets)).format(count=len(roadmap.targets)),
    ]
    return " · ".join(parts)


def _team_grid(context: Context) -> Table:
    columns = 3
    teams = context.roadmap.teams
    shown = teams if len(teams) <= COVER_TEAMS else teams[: COVER_TEAMS - 1]
    cells: list = [rich("body", ("■", REGULAR, team.colour), (f" {team.name}", REGULAR)) for team in shown]
    if len(shown) < len(teams):
        more = len(teams) - len(shown)
        text = ngettext("and {count} more: see the team scorecards", "and {count} more: see the team scorecards", more)
        cells.append(plain(text.format(count=more), "small"))
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[context.width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table
