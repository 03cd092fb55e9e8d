"""CSV export: a ZIP file holding placements.csv, actions.csv, disagreements.csv, votes.csv, targets.csv,
answers.csv, and a
follow-up's history.csv and action_reviews.csv (see pem_desktop.export.history_tables; only their header rows
otherwise).

One file, so that a save dialog, e-mail and the atomic write all work as for the other formats.
Each CSV is UTF-8 with a byte-order mark (so Excel shows "Zürich" and "東京" correctly; LibreOffice,
Google Sheets and Python's "utf-8-sig" read it too), comma-separated, CRLF line ends, quoted where
needed (RFC 4180). Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
a carriage return) is prefixed with an apostrophe, as OWASP recommends; numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from pem_desktop.export.answers import answer_csv_rows
from pem_desktop.export.roadmap import whole_organisation
from pem_desktop.services.targets import gap, spread, targets

CSV_FILES = (
    "placements.csv",
    "actions.csv",
    "disagreements.csv",
    "votes.csv",
    "targets.csv",
    "answers.csv",
    "history.csv",
    "action_reviews.csv",
)

PLACEMENT_COLUMNS = (
    "aspect",
    "aspect_id",
    "team",
    "team_id",
    "position",
    "level",
    "level_id",
    "level_label",
    "description",
)
ACTION_COLUMNS = (
    "action_id",
    "aspect",
    "aspect_id",
    "team",
    "team_id",
    "target_level",
    "target_level_id",
    "title",
    "detail",
    "owner",
    "due_date",
    "status",
)
DISAGREEMENT_COLUMNS = (
    "disagreement_id",
    "aspect",
    "aspect_id",
    "team",
    "team_id",
    "topic",
    "status",
    "resolution",
    "resolved_position",
    "resolved_description",
    "viewpoint",
    "holder",
    "position",
    "position_description",
    "reason",
)
TARGET_COLUMNS = (
    "aspect",
    "aspect_id",
    "team",
    "team_id",
    "target_position",
    "target_level",
    "target_level_id",
    "target_description",
    "due_date",
    "current_position",
    "current_description",
    "lowest",
    "median",
    "highest",
    "gap",
)

VOTE_COLUMNS = (
    "vote_round_id",
    "aspect",
    "aspect_id",
    "round_about",
    "round_status",
    "opened_at",
    "participant_id",
    "participant",
    "team",
    "team_id",
    "position",
    "level",
    "level_id",
    "description",
    "cast_at",
    "changed_at",
)


def csv_tables(workshop) -> dict[str, list[list]]:
    """The tables, header row first, keyed by file name."""
    model = workshop.model
    teams = workshop.teams()
    names = {team.id: team.name for team in teams}
    team_order = {team.id: index for index, team in enumerate(teams)}
    aspect_order = {aspect.id: index for index, aspect in enumerate(model.aspects)}

    def aspect_name(aspect_id: str) -> str:
        return model.aspect(aspect_id).name if model.has_aspect(aspect_id) else aspect_id

    def team_name(team_id: int | None) -> str:
        return whole_organisation() if team_id is None else names.get(team_id, "")

    placements = [list(PLACEMENT_COLUMNS)]
    for p in sorted(workshop.placements(), key=lambda p: (aspect_order[p.aspect_id], team_order[p.team_id])):
        level = model.level_at(p.position)
        label = model.aspect(p.aspect_id).at(level.index).label
        placements.append(
            [
                aspect_name(p.aspect_id),
                p.aspect_id,
                team_name(p.team_id),
                p.team_id,
                p.position,
                level.name,
                level.id,
                label,
                model.describe_position(p.position),
            ]
        )

    actions = [list(ACTION_COLUMNS)]
    for a in sorted(workshop.actions(), key=lambda a: (aspect_order[a.aspect_id], a.order, a.id)):
        target = model.level(a.target_level_id) if a.target_level_id and model.has_level(a.target_level_id) else None
        actions.append(
            [
                a.id,
                aspect_name(a.aspect_id),
                a.aspect_id,
                team_name(a.team_id),
                a.team_id,
                target.name if target else "",
                a.target_level_id or "",
                a.title,
                a.detail,
                a.owner,
                a.due_date.isoformat() if a.due_date else "",
                a.status,
            ]
        )

    disagreements = [list(DISAGREEMENT_COLUMNS)]
    for d in sorted(workshop.disagreements(), key=lambda d: (aspect_order[d.aspect_id], d.id)):
        resolved = d.resolved_position
        for number, point in enumerate(d.viewpoints, start=1):
            disagreements.append(
                [
                    d.id,
                    aspect_name(d.aspect_id),
                    d.aspect_id,
                    team_name(d.team_id),
                    d.team_id,
                    d.topic,
                    d.status,
                    d.resolution,
                    resolved,
                    model.describe_position(resolved) if resolved is not None else "",
                    number,
                    point.holder,
                    point.position,
                    model.describe_position(point.position),
                    point.reason,
                ]
            )
    votes = [list(VOTE_COLUMNS), *_vote_rows(workshop, aspect_name, team_name)]

    # One row per target; "current" is the team's position, or for the organisation the median of its
    # placed teams (with the lowest and highest beside it); the gap is target minus current, in levels.
    positions = {(p.team_id, p.aspect_id): p.position for p in workshop.placements()}
    goals = [list(TARGET_COLUMNS)]
    for t in sorted(
        targets(workshop),
        key=lambda t: (aspect_order[t.aspect_id], t.team_id is not None, team_order.get(t.team_id, -1)),
    ):
        level = model.level_at(t.position)
        if t.team_id is None:
            teams_here = spread(p for (_, aspect), p in positions.items() if aspect == t.aspect_id)
            current = None if teams_here is None else teams_here.median
            extremes = (
                ("", "", "") if teams_here is None else (teams_here.lowest, teams_here.median, teams_here.highest)
            )
        else:
            current = positions.get((t.team_id, t.aspect_id))
            extremes = ("", "", "")
        goals.append(
            [
                aspect_name(t.aspect_id),
                t.aspect_id,
                team_name(t.team_id),
                t.team_id,
                t.position,
                level.name,
                level.id,
                model.describe_position(t.position),
                t.due_date.isoformat() if t.due_date else "",
                current,
                model.describe_position(current) if current is not None else "",
                *extremes,
                gap(t, current),
            ]
        )
    history, reviews = _history_tables(workshop)
    answers = answer_csv_rows(workshop, aspect_name, team_name)
    tables = (placements, actions, disagreements, votes, goals, answers, history, reviews)
    return dict(zip(CSV_FILES, tables, strict=True))


def _history_tables(workshop) -> tuple[list[list], list[list]]:
    """history.csv and action_reviews.csv: a follow-up's chain and its review of the carried actions."""
    from pem_desktop.export.history_tables import TREND_COLUMNS, review_rows, trend_rows
    from pem_desktop.services.history import has_history, read_history
    from pem_desktop.services.trend import chain_trend

    if not has_history(workshop):
        return [list(TREND_COLUMNS)], review_rows(None, workshop.model)
    history = read_history(workshop)
    return trend_rows(chain_trend(history, workshop.model)), review_rows(history, workshop.model)


def _vote_rows(workshop, aspect_name, team_name) -> list[list]:
    """One row per vote (a participant's marker on a team in a round), in the order the rounds were opened."""
    from pem_desktop.services.votes import Votes

    model = workshop.model
    votes = Votes(workshop)
    rounds = {r.id: r for r in votes.rounds()}
    people = {p.id: p.name for p in votes.participants()}
    rows = []
    for vote in sorted(votes.votes(), key=lambda v: (v.round_id, v.id)):
        vote_round = rounds[vote.round_id]
        level = model.level_at(vote.position)
        rows.append(
            [
                vote_round.id,
                aspect_name(vote_round.aspect_id),
                vote_round.aspect_id,
                "every team" if vote_round.team_id is None else team_name(vote_round.team_id),
                vote_round.status,
                _when(vote_round.opened_at),
                vote.participant_id,
                people.get(vote.participant_id, ""),
                team_name(vote.team_id),
                vote.team_id,
                vote.position,
                level.name,
                level.id,
                model.describe_position(vote.position),
                _when(vote.cast_at),
                _when(vote.changed_at),
            ]
        )
    return rows


def _when(moment) -> str:
    return "" if moment is None else moment.isoformat(sep=" ", timespec="seconds")


def csv_text(rows: list[list]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return "\ufeff" + buffer.getvalue()


def write_csv_zip(workshop, path: Path) -> None:
    tables = csv_tables(workshop)
    changed = workshop.info().updated_at
    stamp = (changed.year, changed.month, changed.day, changed.hour, changed.minute, changed.second)
    stamp = max(stamp, (1980, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, rows in tables.items():
            # Dated by the workshop's last change, not the export: the same workshop gives the same archive.
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, csv_text(rows).encode("utf-8"))


def _cell(value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
