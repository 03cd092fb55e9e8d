"""A follow-up's history and a trend as CSV rows: history.csv and action_reviews.csv in the CSV export, and the
one CSV file of `pem-desktop trend --format csv`.

history.csv (and the trend's CSV) has one row per workshop, team and aspect where the team was placed,
oldest workshop first, with the change since the workshop before (direction up, down, same or new, by
the rule of pem_desktop.services.history); action_reviews.csv one row per action carried from the
previous workshop, with what its review said.
"""

from __future__ import annotations

from pem_desktop.export.roadmap import whole_organisation
from pem_desktop.export.since import point_labels
from pem_desktop.services.history import History, change_between
from pem_desktop.services.trend import Trend

TREND_COLUMNS = (
    "point",
    "label",
    "workshop",
    "date",
    "source",
    "team",
    "team_key",
    "aspect",
    "aspect_id",
    "position",
    "level",
    "level_id",
    "description",
    "change",
    "direction",
)
REVIEW_COLUMNS = (
    "action",
    "aspect",
    "aspect_id",
    "team",
    "owner",
    "due_date",
    "status_last_time",
    "outcome",
    "note",
    "reviewed_at",
    "action_id",
)


def trend_rows(trend: Trend) -> list[list]:
    """The trend's positions, header row first."""
    model = trend.model
    labels = point_labels(trend)
    rows = [list(TREND_COLUMNS)]
    for number, point in enumerate(trend.points):
        before = trend.points[number - 1] if number else None
        for aspect in model.aspects:
            for team in sorted(point.teams, key=lambda team: team.order):
                position = point.position(team.uid, aspect.id)
                if position is None:
                    continue
                change = change_between(None if before is None else before.position(team.uid, aspect.id), position)
                standing = model.standing(position)
                level = standing.level
                rows.append(
                    [
                        number + 1,
                        labels[number],
                        point.title,
                        point.workshop_date.isoformat() if point.workshop_date else "",
                        point.source,
                        team.name,
                        team.uid,
                        aspect.name,
                        aspect.id,
                        position,
                        level.name,
                        level.id,
                        standing.words,
                        "" if change.amount is None else change.amount,
                        "" if before is None else change.direction,
                    ]
                )
    return rows


def review_rows(history: History | None, model) -> list[list]:
    """This workshop's review of the actions carried from the previous one, header row first."""
    rows = [list(REVIEW_COLUMNS)]
    if history is None or history.previous is None:
        return rows
    previous = history.previous
    for review in history.reviews_here:
        action = review.action
        team = previous.team(action.team_uid) if action.team_uid else None
        rows.append(
            [
                action.title,
                model.aspect(action.aspect_id).name if model.has_aspect(action.aspect_id) else action.aspect_id,
                action.aspect_id,
                team.name if team else whole_organisation(),
                action.owner,
                action.due_date.isoformat() if action.due_date else "",
                action.status,
                review.outcome,
                review.note,
                review.reviewed_at.isoformat(sep=" ", timespec="seconds") if review.reviewed_at else "",
                review.live_action_id,
            ]
        )
    return rows


__all__ = ["REVIEW_COLUMNS", "TREND_COLUMNS", "review_rows", "trend_rows"]
