"""A follow-up's history in the JSON document: the earlier workshops of its chain and the reviews of carried actions.

    "snapshots": [{"id", "order", "title", "organisation", "date", "facilitator", "model_version", "taken_at",
                   "teams": [{"id", "uid", "name", "colour", "order"}],
                   "positions": [{"team_id", "aspect_id", "position"}],
                   "targets": [{"team_id", "aspect_id", "position", "due_date"}],
                   "actions": [{"id", "team_id", "aspect_id", "target_level_id", "title", "owner", "due_date",
                                "status", "carried_from"}]}]
    "action_reviews": [{"id", "snapshot_action_id", "outcome", "note", "reviewed_at"}]

Team ids inside a snapshot are its own (snapshot_team ids); positions and targets are listed in the
order of the snapshot's teams and the model's aspects, so that an import exports back byte for byte.
Read back by pem_desktop.services.history_transfer.
"""

from __future__ import annotations

from pem_desktop.export.json_export import _day, _moment
from pem_desktop.store import history as store


def history_document(workshop) -> dict:
    with workshop._file.plain_reading() as connection:
        records = store.read_history(connection)
    aspect_order = {aspect.id: index for index, aspect in enumerate(workshop.model.aspects)}
    teams_of: dict[int, list[store.SnapshotTeamRecord]] = {}
    for team in records.teams:
        teams_of.setdefault(team.snapshot_id, []).append(team)
    team_rank = {
        team.id: rank
        for teams in teams_of.values()
        for rank, team in enumerate(sorted(teams, key=lambda t: (t.sort_order, t.id)))
    }
    snapshot_of_team = {team.id: team.snapshot_id for team in records.teams}
    positions: dict[int, list[store.SnapshotPositionRecord]] = {}
    for row in records.positions:
        positions.setdefault(snapshot_of_team[row.snapshot_team_id], []).append(row)
    targets: dict[int, list[store.SnapshotTargetRecord]] = {}
    for row in records.targets:
        targets.setdefault(row.snapshot_id, []).append(row)
    actions: dict[int, list[store.SnapshotActionRecord]] = {}
    for row in records.actions:
        actions.setdefault(row.snapshot_id, []).append(row)
    return {
        "snapshots": [
            {
                "id": s.id,
                "order": s.sort_order,
                "title": s.title,
                "organisation": s.organisation,
                "date": _day(s.workshop_date),
                "facilitator": s.facilitator,
                "model_version": s.model_version,
                "taken_at": _moment(s.taken_at),
                "teams": [
                    {"id": t.id, "uid": t.uid, "name": t.name, "colour": t.colour, "order": t.sort_order}
                    for t in sorted(teams_of.get(s.id, ()), key=lambda t: team_rank[t.id])
                ],
                "positions": [
                    {"team_id": p.snapshot_team_id, "aspect_id": p.aspect_id, "position": p.position}
                    for p in sorted(
                        positions.get(s.id, ()),
                        key=lambda p: (team_rank[p.snapshot_team_id], aspect_order.get(p.aspect_id, -1)),
                    )
                ],
                "targets": [
                    {
                        "team_id": t.snapshot_team_id,
                        "aspect_id": t.aspect_id,
                        "position": t.position,
                        "due_date": _day(t.due_date),
                    }
                    for t in sorted(
                        targets.get(s.id, ()),
                        key=lambda t: (
                            aspect_order.get(t.aspect_id, -1),
                            t.snapshot_team_id is not None,
                            team_rank.get(t.snapshot_team_id, -1),
                        ),
                    )
                ],
                "actions": [
                    {
                        "id": a.id,
                        "team_id": a.snapshot_team_id,
                        "aspect_id": a.aspect_id,
                        "target_level_id": a.target_level_id,
                        "title": a.title,
                        "owner": a.owner,
                        "due_date": _day(a.due_date),
                        "status": a.status,
                        "carried_from": a.carried_from,
                    }
                    for a in sorted(actions.get(s.id, ()), key=lambda a: a.id)
                ],
            }
            for s in records.snapshots
        ],
        "action_reviews": [
            {
                "id": r.id,
                "snapshot_action_id": r.snapshot_action_id,
                "outcome": r.outcome,
                "note": r.note,
                "reviewed_at": _moment(r.reviewed_at),
            }
            for r in records.reviews
        ],
    }
