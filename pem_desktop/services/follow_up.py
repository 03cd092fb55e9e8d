"""Start a follow-up workshop: a new file that carries the previous one in as its baseline.

The follow-up has the same model snapshot (or, when the facilitator takes it, a newer bundled version
of the same model, mapped by aspect and level ids), the same teams (ids, names, colours, order and
their identity `uid`, which survives renames), the targets, and the open actions, each continuing the
previous workshop's action (`carried_from`) and waiting for its review (pending). Cards start where the
teams were last time, or in the tray. The previous workshop itself, and every snapshot it held, is
stored in the new file as its history (pem_desktop.services.history), so the follow-up shows and
exports what moved even when the old file is gone. The old file is only read, never changed: a file
of an older schema is upgraded in a temporary copy.

The new file is made in one transaction under a temporary name (see create_workshop_file): it is
either complete or not there at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pem_desktop.maturity import LoadedModel, MaturityModel
from pem_desktop.maturity.catalog import bundled_models
from pem_desktop.services import model_language
from pem_desktop.services.history import OPEN_STATUSES
from pem_desktop.services.targets import insert_target, targets
from pem_desktop.services.workshop import InvalidInputError, Workshop, _line, _now, model_reader
from pem_desktop.store import history as store
from pem_desktop.store.workshop_file import create_workshop_file


@dataclass(frozen=True)
class ModelUpgrade:
    """A newer bundled version of a workshop's model, and what changed (sentences for the facilitator)."""

    current: MaturityModel
    newer: LoadedModel
    changes: tuple[str, ...]


# -- a newer version of the model ------------------------------------------------------------------


def newer_bundled_model(
    model: MaturityModel, catalogue: Callable[[], Sequence[LoadedModel]] | None = None
) -> ModelUpgrade | None:
    """The newest model with the same id and a higher version than `model` among the bundled ones (or
    `catalogue`'s), or None."""
    candidates = [
        loaded
        for loaded in (catalogue or bundled_models)()
        if loaded.model.id == model.id and _version_key(loaded.model.version) > _version_key(model.version)
    ]
    if not candidates:
        return None
    newest = max(candidates, key=lambda loaded: _version_key(loaded.model.version))
    return ModelUpgrade(model, newest, model_changes(model, newest.model))


def model_changes(old: MaturityModel, new: MaturityModel) -> tuple[str, ...]:
    """What changed from one version of a model to another, mapped by the ids of aspects and levels."""
    changes = [f"{new.title}: version {old.version} becomes {new.version}."]
    old_levels = {level.id: level for level in old.levels}
    new_levels = {level.id: level for level in new.levels}
    for level in new.levels:
        if level.id not in old_levels:
            changes.append(f"New level {level.name}.")
        elif old_levels[level.id].name != level.name:
            changes.append(f"The level {old_levels[level.id].name} is now called {level.name}.")
    for level in old.levels:
        if level.id not in new_levels:
            changes.append(f"The level {level.name} is gone: actions toward it keep no target level.")
    kept = [level.id for level in old.levels if level.id in new_levels]
    if kept != [level.id for level in new.levels if level.id in old_levels]:
        changes.append("The levels are in another order.")
    old_aspects = {aspect.id: aspect for aspect in old.aspects}
    new_aspects = {aspect.id: aspect for aspect in new.aspects}
    reworded = 0
    for aspect in new.aspects:
        before = old_aspects.get(aspect.id)
        if before is None:
            changes.append(f"New aspect {aspect.name}: no team is placed on it yet.")
            continue
        if before.name != aspect.name:
            changes.append(f"The aspect {before.name} is now called {aspect.name}.")
        old_cells = {cell.level.id: cell for cell in before.levels}
        for cell in aspect.levels:
            earlier = old_cells.get(cell.level.id)
            if earlier is None:
                continue
            if earlier.label != cell.label:
                changes.append(f"{aspect.name}, {cell.level.name}: “{earlier.label}” is now “{cell.label}”.")
            if (earlier.summary, earlier.meaning, earlier.characteristics, earlier.scenarios) != (
                cell.summary,
                cell.meaning,
                cell.characteristics,
                cell.scenarios,
            ):
                reworded += 1
    for aspect in old.aspects:
        if aspect.id not in new_aspects:
            changes.append(
                f"The aspect {aspect.name} is gone: its positions, targets and actions are not carried "
                "(the previous file keeps them)."
            )
    if reworded:
        changes.append(
            f"What {reworded} level{'s' if reworded != 1 else ''} of the aspects mean{'s' if reworded == 1 else ''} "
            "is worded differently."
        )
    if len(changes) == 1:
        changes.append("Nothing a workshop holds changes: the same aspects and levels.")
    return tuple(changes)


def map_position(old: MaturityModel, new: MaturityModel, position: float) -> float:
    """A position on the old model's continuum on the new one: the same place within the same level (by
    id); a position in a level the new model lacks keeps its share of the whole continuum."""
    clamped = old.clamp_position(position)
    index = min(int(clamped), old.level_count - 1)  # the level whose span holds it (geometry, not its standing)
    within = clamped - index
    level_id = old.levels[index].id
    if new.has_level(level_id):
        mapped = new.level(level_id).index + within
    else:
        mapped = position * new.level_count / old.level_count
    return round(new.clamp_position(mapped), 4)


def _version_key(version: str) -> tuple:
    """A version for comparing: numbers as numbers ("1.10" after "1.9"), words after numbers."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|[^\W\d_]+", version)
    )


# -- starting a follow-up ---------------------------------------------------------------------------


def start_follow_up(
    source: Workshop,
    path: str | Path,
    *,
    title: str | None = None,
    workshop_date: date | None = None,
    cards_at_previous: bool = True,
    model: LoadedModel | None = None,
) -> Workshop:
    """Create the follow-up of `source` (an open workshop, only read) at `path` (which must not exist).

    `model`: a newer version of the same model to run it with (see newer_bundled_model); by default the
    source's own snapshot. Returns the new workshop, open; the caller closes it.
    """
    path = Path(path)
    if path.exists() and source.path.exists() and path.resolve() == source.path.resolve():
        raise InvalidInputError("a follow-up needs a file of its own, not the previous workshop's")
    loaded = model or source.loaded_model
    if loaded.model.id != source.model.id:
        raise InvalidInputError(
            f"a follow-up keeps its model: {loaded.model.title} is not a version of {source.model.title}"
        )
    if model is not None:  # a newer version: in the source's language when a bundled translation fits it
        loaded = model_language.in_language(loaded, source.loaded_model.language)
    info = source.info()
    new_title = _line(title if title is not None else info.title, "title", required=True)
    if workshop_date is not None and not isinstance(workshop_date, date):
        raise InvalidInputError("the workshop date must be a date")
    mapping = _Mapping(source.model, loaded.model)
    teams = source.teams()
    placements = source.placements()
    actions = source.actions()
    goals = [replace(t, position=mapping.position(t.position)) for t in targets(source) if mapping.aspect(t.aspect_id)]
    with source._file.plain_reading() as connection:
        earlier = store.read_history(connection)
    now = _now()
    baseline = _baseline(source, info, teams, placements, actions, goals, earlier, mapping, now)
    carried = [action for action in actions if action.status in OPEN_STATUSES and mapping.aspect(action.aspect_id)]
    first_review = max((review.id for review in baseline.reviews), default=0) + 1
    snapshot_action_of = {action.id: action.id + baseline.action_offset for action in actions}
    history = store.HistoryRecords(
        baseline.snapshots,
        baseline.teams,
        baseline.positions,
        baseline.targets,
        baseline.actions,
        [
            *baseline.reviews,
            *(
                store.ReviewRecord(first_review + number, snapshot_action_of[action.id], "pending", "", None)
                for number, action in enumerate(carried)
            ),
        ],
    )

    def populate(session) -> None:
        from pem_desktop.store.schema import ActionRow, PlacementRow, TeamRow, WorkshopLanguageRow, WorkshopRow

        session.add(
            WorkshopRow(
                title=new_title,
                organisation=info.organisation,
                workshop_date=workshop_date or date.today(),
                facilitator=info.facilitator,
                participants="",
                notes="",
                created_at=now,
                updated_at=now,
                model_id=loaded.model.id,
                model_version=loaded.model.version,
                model_yaml=loaded.text,
                model_sha256=loaded.sha256,
            )
        )
        session.add(WorkshopLanguageRow(**model_language.snapshot_columns(loaded)))  # the source's language
        session.flush()
        store.insert_rows(
            session,
            TeamRow,
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "colour": t.colour,
                    "sort_order": t.order,
                    "created_at": now,
                    "uid": t.uid,
                }
                for t in teams
            ],
        )
        store.insert_history(session, history)
        if cards_at_previous:
            rows = [
                {
                    "team_id": p.team_id,
                    "aspect_id": p.aspect_id,
                    "position": mapping.position(p.position),
                    "updated_at": now,
                }
                for p in placements
                if mapping.aspect(p.aspect_id)
            ]
            store.insert_rows(session, PlacementRow, rows)
        store.insert_rows(
            session,
            ActionRow,
            [
                {
                    "id": a.id,
                    "aspect_id": a.aspect_id,
                    "team_id": a.team_id,
                    "target_level_id": mapping.level(a.target_level_id),
                    "title": a.title,
                    "detail": a.detail,
                    "owner": a.owner,
                    "due_date": a.due_date,
                    "status": a.status,
                    "sort_order": a.order,
                    "created_at": a.created_at or now,
                    "updated_at": now,
                    "carried_from": snapshot_action_of[a.id],
                }
                for a in carried
            ],
        )
        for goal in goals:  # the room's targets stand until it changes them
            insert_target(session, replace(goal, created_at=now, updated_at=now))

    return Workshop(create_workshop_file(path, populate, model_reader(path.name)), loaded)


def start_follow_up_of_file(source_path: str | Path, path: str | Path, **options) -> Workshop:
    """The follow-up of the workshop file `source_path`, which is only read (see start_follow_up)."""
    with opened_for_reading(source_path) as source:
        return start_follow_up(source, path, **options)


@contextmanager
def opened_for_reading(path: str | Path) -> Iterator[Workshop]:
    """A workshop file opened read-only to be read, whatever its schema revision, without changing it (one of
    an older revision is read from a copy upgraded in a temporary folder: see open_workshop_file)."""
    workshop = Workshop.open(path, read_only=True)
    try:
        yield workshop
    finally:
        workshop.close()


# -- the baseline: the previous workshop and its own history -------------------------------------------


class _Mapping:
    """Aspects, levels and positions of the source's model on the follow-up's (the same when not upgraded)."""

    def __init__(self, old: MaturityModel, new: MaturityModel):
        self.old, self.new = old, new
        self.same = old is new or (old.version == new.version and old == new)

    def aspect(self, aspect_id: str) -> bool:
        return self.same or self.new.has_aspect(aspect_id)

    def level(self, level_id: str | None) -> str | None:
        if level_id is None or self.same or self.new.has_level(level_id):
            return level_id
        return None

    def position(self, position: float) -> float:
        return position if self.same else map_position(self.old, self.new, position)


@dataclass(frozen=True)
class _Baseline:
    snapshots: list[store.SnapshotRecord]
    teams: list[store.SnapshotTeamRecord]
    positions: list[store.SnapshotPositionRecord]
    targets: list[store.SnapshotTargetRecord]
    actions: list[store.SnapshotActionRecord]
    reviews: list[store.ReviewRecord]
    action_offset: int  # the snapshot action of the source's action N has the id N + action_offset


def _baseline(source, info, teams, placements, actions, goals, earlier, mapping: _Mapping, now) -> _Baseline:
    """The source's history (mapped onto the follow-up's model) and the source itself as its newest snapshot."""
    snapshots = list(earlier.snapshots)
    snapshot_teams = list(earlier.teams)
    positions = [
        p._replace(position=mapping.position(p.position)) for p in earlier.positions if mapping.aspect(p.aspect_id)
    ]
    targets = [
        t._replace(position=mapping.position(t.position)) for t in earlier.targets if mapping.aspect(t.aspect_id)
    ]
    kept_actions = [
        a._replace(target_level_id=mapping.level(a.target_level_id))
        for a in earlier.actions
        if mapping.aspect(a.aspect_id)
    ]
    kept_ids = {a.id for a in kept_actions}
    kept_actions = [
        a if a.carried_from in kept_ids or a.carried_from is None else a._replace(carried_from=None)
        for a in kept_actions
    ]
    reviews = [r for r in earlier.reviews if r.snapshot_action_id in kept_ids]

    snapshot_id = max((s.id for s in snapshots), default=0) + 1
    order = max((s.sort_order for s in snapshots), default=-1) + 1
    snapshots.append(
        store.SnapshotRecord(
            snapshot_id,
            order,
            info.title,
            info.organisation,
            info.workshop_date,
            info.facilitator,
            source.model.version,
            now,
        )
    )
    team_offset = max((t.id for t in snapshot_teams), default=0)
    snapshot_team_of = {team.id: team_offset + number for number, team in enumerate(teams, start=1)}
    snapshot_teams += [
        store.SnapshotTeamRecord(snapshot_team_of[team.id], snapshot_id, team.uid, team.name, team.colour, team.order)
        for team in teams
    ]
    next_position = max((p.id for p in positions), default=0) + 1
    for number, placement in enumerate(p for p in placements if mapping.aspect(p.aspect_id)):
        positions.append(
            store.SnapshotPositionRecord(
                next_position + number,
                snapshot_team_of[placement.team_id],
                placement.aspect_id,
                mapping.position(placement.position),
            )
        )
    next_target = max((t.id for t in targets), default=0) + 1
    for number, goal in enumerate(goals):  # already mapped onto the follow-up's model
        team = None if goal.team_id is None else snapshot_team_of[goal.team_id]
        record = store.SnapshotTargetRecord(
            next_target + number, snapshot_id, team, goal.aspect_id, goal.position, goal.due_date
        )
        targets.append(record)
    # The live actions keep their ids in the follow-up; their snapshot copies get ids above every earlier one.
    action_offset = max((a.id for a in kept_actions), default=0)
    for action in actions:
        if not mapping.aspect(action.aspect_id):
            continue
        kept_actions.append(
            store.SnapshotActionRecord(
                action.id + action_offset,
                snapshot_id,
                None if action.team_id is None else snapshot_team_of[action.team_id],
                action.aspect_id,
                mapping.level(action.target_level_id),
                action.title,
                action.owner,
                action.due_date,
                action.status,
                action.carried_from if action.carried_from in kept_ids else None,
            )
        )
    return _Baseline(snapshots, snapshot_teams, positions, targets, kept_actions, reviews, action_offset)


__all__ = [
    "ModelUpgrade",
    "map_position",
    "model_changes",
    "newer_bundled_model",
    "opened_for_reading",
    "start_follow_up",
    "start_follow_up_of_file",
]
