"""Trends: where each team sat on each aspect, workshop after workshop.

A trend is built from points (pem_desktop.services.history.Point), oldest first: the chain of a
follow-up (its snapshots and itself), or any workshops of the same model compared side by side, even
ones not started as follow-ups. Teams are matched across points by their identity (a follow-up keeps
its teams' `uid`) and otherwise by name, case-insensitively; `name_map` says which names differ but
mean the same team ("Payments team" = "Payments"). Workshops run with different versions of the
same model are shown on the newest version, mapped by aspect and level ids.

Comparing files: each file is its own point, and brings the earlier workshops stored in it (a
follow-up's history) unless one of the compared files is that workshop itself (the same title and
date): the file, which may have changed since, is the truth.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pem_desktop.maturity import MaturityModel
from pem_desktop.services.follow_up import _version_key, map_position, opened_for_reading
from pem_desktop.services.history import History, Point, PointTarget, PointTeam, read_history
from pem_desktop.services.workshop import InvalidInputError

MAX_COMPARED = 50  # files compared at once; far more than a chart can show


@dataclass(frozen=True)
class TrendTeam:
    """A team across the points of a trend: `key` its identity in the trend, `name` its latest name."""

    key: str
    name: str
    colour: str
    names: tuple[str, ...]  # every name it had, first to last


@dataclass(frozen=True)
class Trend:
    """Points (oldest first) whose positions are keyed by the trend's team keys, shown on `model`."""

    model: MaturityModel
    points: tuple[Point, ...]
    teams: tuple[TrendTeam, ...]

    def series(self, aspect_id: str, key: str) -> list[float | None]:
        """A team's position on an aspect at every point (None where it was not placed, or not there)."""
        return [point.position(key, aspect_id) for point in self.points]

    def placed_teams(self, aspect_id: str) -> list[TrendTeam]:
        """The teams placed on an aspect at one point at least."""
        return [team for team in self.teams if any(value is not None for value in self.series(aspect_id, team.key))]

    def team(self, key: str) -> TrendTeam:
        return next(team for team in self.teams if team.key == key)


def chain_trend(history: History, model: MaturityModel) -> Trend:
    """The trend of a follow-up's own chain (its teams already share identities)."""
    return build_trend(list(history.points), model)


def compare_files(paths: Sequence[str | Path], name_map: Mapping[str, str] | None = None) -> Trend:
    """The trend over workshop files of the same model (see the module's docstring); the files are only read."""
    if not paths:
        raise InvalidInputError("name at least one workshop file to compare")
    if len(paths) > MAX_COMPARED:
        raise InvalidInputError(f"compare at most {MAX_COMPARED} workshops at once")
    read: list[tuple[History, MaturityModel, str]] = []
    for path in paths:
        with opened_for_reading(path) as workshop:
            read.append((read_history(workshop), workshop.model, Path(path).name))
    return compare_histories(read, name_map)


def compare_histories(
    read: Sequence[tuple[History, MaturityModel, str]], name_map: Mapping[str, str] | None = None
) -> Trend:
    """The trend over workshops already read: (history, model, file name) each."""
    models = [model for _history, model, _name in read]
    ids = {model.id for model in models}
    if len(ids) > 1:
        names = ", ".join(sorted({f"{model.title} ({model.id})" for model in models}))
        raise InvalidInputError(f"only workshops of the same model can be compared; these use {names}")
    newest = max(models, key=lambda model: _version_key(model.version))
    live = {(history.current.title, history.current.workshop_date) for history, _model, _name in read}
    points: list[Point] = []
    for history, model, name in read:
        for point in history.snapshots:
            if (point.title, point.workshop_date) not in live:
                points.append(_on_model(_from(point, name), model, newest))
        points.append(_on_model(_from(history.current, name), model, newest))
    return build_trend(points, newest, name_map)


def build_trend(points: Sequence[Point], model: MaturityModel, name_map: Mapping[str, str] | None = None) -> Trend:
    """Match the teams of `points` (ordered by date, undated last, else as given) and key them alike."""
    mapping = {key.casefold(): value for key, value in (name_map or {}).items()}
    ordered = sorted(
        enumerate(points), key=lambda item: (item[1].workshop_date is None, item[1].workshop_date or 0, item[0])
    )
    by_uid: dict[str, int] = {}
    by_name: dict[str, int] = {}
    found: list[dict] = []  # per trend team: key, names, colour
    keyed: list[Point] = []
    for _index, point in ordered:
        keys: dict[str, str] = {}
        taken: set[int] = set()
        for team in sorted(point.teams, key=lambda team: team.order):
            name_key = mapping.get(team.name.casefold(), team.name).casefold()
            match = by_uid.get(team.uid)
            if match is None or match in taken:
                match = by_name.get(name_key)
            if match is None or match in taken:
                match = len(found)
                found.append({"key": team.uid, "names": [], "colour": team.colour})
            taken.add(match)
            entry = found[match]
            if team.name in entry["names"]:
                entry["names"].remove(team.name)
            entry["names"].append(team.name)  # the latest name last
            entry["colour"] = team.colour
            by_uid[team.uid] = match
            by_name[name_key] = match
            by_name.setdefault(team.name.casefold(), match)
            keys[team.uid] = entry["key"]
        keyed.append(_rekeyed(point, keys))
    teams = tuple(
        TrendTeam(entry["key"], entry["names"][-1], entry["colour"], tuple(entry["names"])) for entry in found
    )
    return Trend(model, tuple(keyed), teams)


def _from(point: Point, source: str) -> Point:
    return replace(point, source=source)


def _on_model(point: Point, model: MaturityModel, newest: MaturityModel) -> Point:
    """A point of a workshop run with another version of the model, on the newest version."""
    if model.version == newest.version:
        return point
    positions = {
        (uid, aspect): map_position(model, newest, position)
        for (uid, aspect), position in point.positions.items()
        if newest.has_aspect(aspect)
    }
    targets = tuple(
        PointTarget(t.aspect_id, t.team_uid, map_position(model, newest, t.position), t.due_date)
        for t in point.targets
        if newest.has_aspect(t.aspect_id)
    )
    actions = tuple(
        replace(a, target_level_id=a.target_level_id if newest.has_level(a.target_level_id or "") else None)
        for a in point.actions
        if newest.has_aspect(a.aspect_id)
    )
    return replace(point, positions=positions, targets=targets, actions=actions)


def _rekeyed(point: Point, keys: Mapping[str, str]) -> Point:
    """The point with every team uid replaced by the trend's key for that team (itself when none changes, as
    in a follow-up's own chain)."""
    if all(uid == key for uid, key in keys.items()):
        return point
    return replace(
        point,
        teams=tuple(PointTeam(keys[t.uid], t.name, t.colour, t.order) for t in point.teams),
        positions={(keys[uid], aspect): value for (uid, aspect), value in point.positions.items() if uid in keys},
        targets=tuple(
            replace(t, team_uid=None if t.team_uid is None else keys[t.team_uid])
            for t in point.targets
            if t.team_uid is None or t.team_uid in keys
        ),
        actions=tuple(replace(a, team_uid=None if a.team_uid is None else keys.get(a.team_uid)) for a in point.actions),
    )


__all__ = ["MAX_COMPARED", "Trend", "TrendTeam", "build_trend", "chain_trend", "compare_files", "compare_histories"]
