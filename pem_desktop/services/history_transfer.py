"""A follow-up's history in the JSON format: checked as it is read (pem_desktop.services.transfer calls this),
and written into the new workshop file in the import's one transaction.

The keys ("snapshots", "action_reviews") are described in pem_desktop.export.history_json; both are
optional (documents of schema versions 1 and 2 have none). Everything is checked as the open-time check
of a workshop file would check it: ids unique, every team, action and reference inside its own
snapshot, an action carried only from an earlier snapshot's, one review per snapshot action.
"""

from __future__ import annotations

import re
from typing import Any

from pem_desktop.services.views import ACTION_STATUSES
from pem_desktop.services.workshop import MAX_NAME, _line, _text
from pem_desktop.store import history as store
from pem_desktop.store.expected_schema import REVIEW_OUTCOMES

HISTORY_KEYS = ("snapshots", "action_reviews")
_UID = re.compile(r"[0-9a-f]{32}")


def read_uid(reader, value: Any, path: str) -> str:
    """A team identity: 32 lowercase hexadecimal digits."""
    if not isinstance(value, str) or _UID.fullmatch(value) is None:
        raise reader.fail(path, "is not a team identity (32 lowercase hexadecimal digits)")
    return value


def read_history(reader, root: dict[str, Any]) -> store.HistoryRecords:
    """The history of a document, checked field by field with the importer's reader (`transfer._Reader`)."""
    snapshots, teams, positions, targets, actions = [], [], [], [], []
    action_snapshot: dict[int, int] = {}  # snapshot action id -> the order of its snapshot
    for index, item in enumerate(reader.array(root.get("snapshots", []), "snapshots")):
        path = f"snapshots[{index}]"
        fields = reader.fields(
            item,
            path,
            required=(
                "id",
                "order",
                "title",
                "organisation",
                "date",
                "facilitator",
                "model_version",
                "taken_at",
                "teams",
                "positions",
                "targets",
                "actions",
            ),
        )
        snapshot = store.SnapshotRecord(
            id=reader.identifier(fields["id"], f"{path}.id"),
            sort_order=reader.integer(fields["order"], f"{path}.order"),
            title=reader.clean(_line, fields["title"], f"{path}.title", "title", required=True),
            organisation=reader.clean(_line, fields["organisation"], f"{path}.organisation", "organisation"),
            workshop_date=reader.date(fields["date"], f"{path}.date"),
            facilitator=reader.clean(_line, fields["facilitator"], f"{path}.facilitator", "facilitator"),
            model_version=reader.clean(
                _line, fields["model_version"], f"{path}.model_version", "model version", required=True, limit=200
            ),
            taken_at=reader.moment(fields["taken_at"], f"{path}.taken_at"),
        )
        snapshots.append(snapshot)
        own_teams = _teams(reader, fields["teams"], f"{path}.teams", snapshot.id)
        teams += own_teams
        team_ids = {team.id for team in own_teams}
        first_position = len(positions)
        for number, entry in enumerate(reader.array(fields["positions"], f"{path}.positions")):
            where = f"{path}.positions[{number}]"
            parts = reader.fields(entry, where, required=("team_id", "aspect_id", "position"))
            positions.append(
                store.SnapshotPositionRecord(
                    id=len(positions) + 1,
                    snapshot_team_id=reader.team_ref(parts["team_id"], f"{where}.team_id", team_ids, nullable=False),
                    aspect_id=reader.aspect(parts["aspect_id"], f"{where}.aspect_id"),
                    position=reader.position(parts["position"], f"{where}.position"),
                )
            )
        reader.unique(
            [(p.snapshot_team_id, p.aspect_id) for p in positions[first_position:]],
            f"{path}.positions",
            "position of a team on an aspect",
        )
        first_target = len(targets)
        for number, entry in enumerate(reader.array(fields["targets"], f"{path}.targets")):
            where = f"{path}.targets[{number}]"
            parts = reader.fields(entry, where, required=("team_id", "aspect_id", "position", "due_date"))
            targets.append(
                store.SnapshotTargetRecord(
                    id=len(targets) + 1,
                    snapshot_id=snapshot.id,
                    snapshot_team_id=reader.team_ref(parts["team_id"], f"{where}.team_id", team_ids, nullable=True),
                    aspect_id=reader.aspect(parts["aspect_id"], f"{where}.aspect_id"),
                    position=reader.position(parts["position"], f"{where}.position"),
                    due_date=reader.date(parts["due_date"], f"{where}.due_date"),
                )
            )
        reader.unique(
            [(t.aspect_id, t.snapshot_team_id or 0) for t in targets[first_target:]],
            f"{path}.targets",
            "target of (aspect, team)",
        )
        for number, entry in enumerate(reader.array(fields["actions"], f"{path}.actions")):
            where = f"{path}.actions[{number}]"
            parts = reader.fields(
                entry,
                where,
                required=(
                    "id",
                    "team_id",
                    "aspect_id",
                    "target_level_id",
                    "title",
                    "owner",
                    "due_date",
                    "status",
                    "carried_from",
                ),
            )
            status = parts["status"]
            if status not in ACTION_STATUSES:
                raise reader.fail(f"{where}.status", f"{status!r} is not one of {', '.join(ACTION_STATUSES)}")
            carried_from = parts["carried_from"]
            if (
                carried_from is not None
                and action_snapshot.get(carried_from, snapshot.sort_order) >= snapshot.sort_order
            ):
                raise reader.fail(f"{where}.carried_from", "is not an action of an earlier snapshot")
            action = store.SnapshotActionRecord(
                id=reader.identifier(parts["id"], f"{where}.id"),
                snapshot_id=snapshot.id,
                snapshot_team_id=reader.team_ref(parts["team_id"], f"{where}.team_id", team_ids, nullable=True),
                aspect_id=reader.aspect(parts["aspect_id"], f"{where}.aspect_id"),
                target_level_id=reader.level(parts["target_level_id"], f"{where}.target_level_id"),
                title=reader.clean(_line, parts["title"], f"{where}.title", "action title", required=True),
                owner=reader.clean(_line, parts["owner"], f"{where}.owner", "owner"),
                due_date=reader.date(parts["due_date"], f"{where}.due_date"),
                status=status,
                carried_from=carried_from,
            )
            actions.append(action)
            action_snapshot.setdefault(action.id, snapshot.sort_order)
    reader.unique([s.id for s in snapshots], "snapshots", "snapshot id")
    reader.unique([s.sort_order for s in snapshots], "snapshots", "snapshot order")
    if [s.sort_order for s in snapshots] != sorted(s.sort_order for s in snapshots):
        raise reader.fail("snapshots", "are not listed oldest first")
    reader.unique([t.id for t in teams], "snapshots", "snapshot team id")
    reader.unique([a.id for a in actions], "snapshots", "snapshot action id")

    reviews = []
    for index, item in enumerate(reader.array(root.get("action_reviews", []), "action_reviews")):
        path = f"action_reviews[{index}]"
        fields = reader.fields(item, path, required=("id", "snapshot_action_id", "outcome", "note", "reviewed_at"))
        action_id = fields["snapshot_action_id"]
        if not isinstance(action_id, int) or isinstance(action_id, bool) or action_id not in action_snapshot:
            raise reader.fail(f"{path}.snapshot_action_id", f"there is no snapshot action with id {action_id!r}")
        outcome = fields["outcome"]
        if outcome not in REVIEW_OUTCOMES:
            raise reader.fail(f"{path}.outcome", f"{outcome!r} is not one of {', '.join(REVIEW_OUTCOMES)}")
        reviews.append(
            store.ReviewRecord(
                id=reader.identifier(fields["id"], f"{path}.id"),
                snapshot_action_id=action_id,
                outcome=outcome,
                note=reader.clean(_text, fields["note"], f"{path}.note", "review note"),
                reviewed_at=None
                if fields["reviewed_at"] is None
                else reader.moment(fields["reviewed_at"], f"{path}.reviewed_at"),
            )
        )
    reader.unique([r.id for r in reviews], "action_reviews", "review id")
    reader.unique([r.snapshot_action_id for r in reviews], "action_reviews", "review of a snapshot action")
    return store.HistoryRecords(snapshots, teams, positions, targets, actions, reviews)


def _teams(reader, value: Any, path: str, snapshot_id: int) -> list[store.SnapshotTeamRecord]:
    teams = []
    for index, item in enumerate(reader.array(value, path)):
        where = f"{path}[{index}]"
        fields = reader.fields(item, where, required=("id", "uid", "name", "colour", "order"))
        teams.append(
            store.SnapshotTeamRecord(
                id=reader.identifier(fields["id"], f"{where}.id"),
                snapshot_id=snapshot_id,
                uid=read_uid(reader, fields["uid"], f"{where}.uid"),
                name=reader.clean(_line, fields["name"], f"{where}.name", "team name", required=True, limit=MAX_NAME),
                colour=reader.colour(fields["colour"], f"{where}.colour"),
                sort_order=reader.integer(fields["order"], f"{where}.order"),
            )
        )
    reader.unique([team.uid for team in teams], path, "team identity")
    return teams


__all__ = ["HISTORY_KEYS", "read_history", "read_uid"]
