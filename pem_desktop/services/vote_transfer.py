"""The room's votes in the JSON format: checked as they are read (pem_desktop.services.transfer calls these),
and written into the new workshop file in the import's one transaction.

    "vote_participants": [{"id", "name", "joined_at"}]
    "vote_rounds": [{"id", "aspect_id", "team_id", "status", "opened_at", "closed_at", "revealed_at"}]
    "votes": [{"id", "round_id", "participant_id", "team_id", "position", "cast_at", "changed_at"}]

All three are optional (exports of schema version 1 have none).
"""

from __future__ import annotations

from typing import Any

from pem_desktop.services.votes import MAX_PARTICIPANT_NAME
from pem_desktop.services.workshop import _line, _now
from pem_desktop.store.schema import VoteParticipantRow, VoteRoundRow, VoteRow
from pem_desktop.store.votes import ROUND_STATUSES

VOTE_KEYS = ("vote_participants", "vote_rounds", "votes")


def read_votes(reader, root: dict[str, Any], team_ids: set[int]) -> dict[str, list[dict]]:
    """The votes of a document, checked field by field with the importer's reader (`transfer._Reader`)."""
    participants = []
    for index, item in enumerate(reader.array(root.get("vote_participants", []), "vote_participants")):
        path = f"vote_participants[{index}]"
        fields = reader.fields(item, path, required=("id", "name"), optional=("joined_at",))
        participants.append(
            {
                "id": reader.identifier(fields["id"], f"{path}.id"),
                "name": reader.clean(_line, fields["name"], f"{path}.name", "name", limit=MAX_PARTICIPANT_NAME),
                "joined_at": reader.moment(fields.get("joined_at"), f"{path}.joined_at", default=_default(reader)),
            }
        )
    reader.unique([p["id"] for p in participants], "vote_participants", "participant id")

    rounds = []
    for index, item in enumerate(reader.array(root.get("vote_rounds", []), "vote_rounds")):
        path = f"vote_rounds[{index}]"
        fields = reader.fields(
            item,
            path,
            required=("id", "aspect_id", "team_id", "status"),
            optional=("opened_at", "closed_at", "revealed_at"),
        )
        status = fields["status"]
        if status not in ROUND_STATUSES:
            raise reader.fail(f"{path}.status", f"{status!r} is not one of {', '.join(ROUND_STATUSES)}")
        rounds.append(
            {
                "id": reader.identifier(fields["id"], f"{path}.id"),
                "aspect_id": reader.aspect(fields["aspect_id"], f"{path}.aspect_id"),
                "team_id": reader.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=True),
                "status": status,
                "opened_at": reader.moment(fields.get("opened_at"), f"{path}.opened_at", default=_default(reader)),
                "closed_at": _optional_moment(reader, fields.get("closed_at"), f"{path}.closed_at"),
                "revealed_at": _optional_moment(reader, fields.get("revealed_at"), f"{path}.revealed_at"),
            }
        )
    reader.unique([r["id"] for r in rounds], "vote_rounds", "vote round id")
    if sum(1 for r in rounds if r["status"] == "open") > 1:
        raise reader.fail("vote_rounds", "only one vote can be open at a time")

    round_teams = {r["id"]: r["team_id"] for r in rounds}
    participant_ids = {p["id"] for p in participants}
    votes = []
    for index, item in enumerate(reader.array(root.get("votes", []), "votes")):
        path = f"votes[{index}]"
        fields = reader.fields(
            item,
            path,
            required=("id", "round_id", "participant_id", "team_id", "position"),
            optional=("cast_at", "changed_at"),
        )
        round_id = fields["round_id"]
        if not isinstance(round_id, int) or isinstance(round_id, bool) or round_id not in round_teams:
            raise reader.fail(f"{path}.round_id", f"there is no vote round with id {round_id!r}")
        participant_id = fields["participant_id"]
        if (
            not isinstance(participant_id, int)
            or isinstance(participant_id, bool)
            or participant_id not in participant_ids
        ):
            raise reader.fail(f"{path}.participant_id", f"there is no participant with id {participant_id!r}")
        team_id = reader.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=True)
        if round_teams[round_id] is not None and team_id != round_teams[round_id]:
            raise reader.fail(f"{path}.team_id", "the vote round is about another team")
        cast_at = reader.moment(fields.get("cast_at"), f"{path}.cast_at", default=_default(reader))
        votes.append(
            {
                "id": reader.identifier(fields["id"], f"{path}.id"),
                "round_id": round_id,
                "participant_id": participant_id,
                "team_id": team_id,
                "position": reader.position(fields["position"], f"{path}.position"),
                "cast_at": cast_at,
                "changed_at": reader.moment(fields.get("changed_at"), f"{path}.changed_at", default=cast_at),
            }
        )
    reader.unique([v["id"] for v in votes], "votes", "vote id")
    reader.unique(
        [(v["round_id"], v["participant_id"], v["team_id"]) for v in votes], "votes", "vote of a participant on a team"
    )
    return {"vote_participants": participants, "vote_rounds": rounds, "votes": votes}


def insert_votes(session, content: dict[str, list[dict]]) -> None:
    """Add what `read_votes` returned to the import's transaction (after the teams)."""
    for participant in content["vote_participants"]:
        session.add(VoteParticipantRow(**participant))
    for vote_round in content["vote_rounds"]:
        session.add(VoteRoundRow(**vote_round))
    session.flush()
    for vote in content["votes"]:
        session.add(VoteRow(**vote))


def _optional_moment(reader, value: Any, path: str):
    return None if value is None else reader.moment(value, path)


def _default(_reader):
    return _now()
