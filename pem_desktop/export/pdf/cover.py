"""The cover: title, organisation, the workshop's facts and its teams."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pem_desktop.export.pdf.context import Context
from pem_desktop.export.pdf.text import RULE, marked, plain, rich
from pem_desktop.export.pdf_fonts import REGULAR
from pem_desktop.export.roadmap import long_date
from pem_desktop.wording import counted

COVER_TEAMS = 36  # teams listed on the cover; the overview and the scorecards have them all


def cover(context: Context) -> list[Flowable]:
    roadmap, model, width = context.roadmap, context.model, context.width
    info = roadmap.info
    out: list[Flowable] = [Spacer(1, 22 * mm), plain(info.title, "cover_title")]
    out.append(plain(info.organisation, "cover_subtitle") if info.organisation else Spacer(1, 12))
    facts = [
        ("Date", long_date(info.workshop_date)),
        ("Facilitator", info.facilitator),
        ("Participants", info.participants),
        ("Maturity model", f"{model.title}, version {model.version}"),
        (
            "Recorded",
            f"{counted(len(roadmap.teams), 'team')} on {counted(len(model.aspects), 'aspect')} · "
            f"{counted(roadmap.action_count, 'action')} · {counted(roadmap.disagreement_count, 'disagreement')} "
            f"({roadmap.open_disagreement_count} open) · {counted(len(roadmap.targets), 'target')}",
        ),
        ("Exported", long_date(roadmap.today)),
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
        out += [marked("Teams", "h3"), _team_grid(context)]
    return out


def _team_grid(context: Context) -> Table:
    columns = 3
    teams = context.roadmap.teams
    shown = teams if len(teams) <= COVER_TEAMS else teams[: COVER_TEAMS - 1]
    cells: list = [rich("body", ("■", REGULAR, team.colour), (f" {team.name}", REGULAR)) for team in shown]
    if len(shown) < len(teams):
        cells.append(marked(f"and {len(teams) - len(shown)} more: see the team scorecards", "small"))
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
