"""The whole workshop as one JSON document, which `pem-desktop import` turns back into a .pemw file.

Deterministic: keys sorted, lists in a stable order, no export time stamp; exporting, importing and
exporting again gives byte-identical files. Times carry their UTC offset ("2026-11-25T14:05:09.123456+00:00");
dates are plain ISO dates. The format name and schema version are defined with the importer in
`pem_desktop.services.transfer`; docs/workshop-v3.schema.json describes the document.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from pem_desktop.services.targets import targets
from pem_desktop.services.transfer import JSON_FORMAT, JSON_SCHEMA_VERSION


def workshop_document(workshop) -> dict:
    """Everything a workshop file holds, as plain JSON-ready data."""
    from pem_desktop.export.history_json import history_document

    info = workshop.info()
    loaded = workshop.loaded_model
    model = loaded.model
    translation = loaded.translation
    teams = workshop.teams()
    aspect_order = {aspect.id: index for index, aspect in enumerate(model.aspects)}
    team_order = {team.id: index for index, team in enumerate(teams)}
    placements = sorted(
        workshop.placements(),
        key=lambda p: (team_order.get(p.team_id, len(team_order)), p.team_id, aspect_order.get(p.aspect_id, -1)),
    )
    return {
        "format": JSON_FORMAT,
        "schema_version": JSON_SCHEMA_VERSION,
        "workshop": {
            "title": info.title,
            "organisation": info.organisation,
            "date": _day(info.workshop_date),
            "facilitator": info.facilitator,
            "participants": info.participants,
            "notes": info.notes,
            "language": info.language,
            "created_at": _moment(info.created_at),
            "updated_at": _moment(info.updated_at),
        },
        "model": {
            "id": model.id,
            "title": loaded.original.title,
            "version": model.version,
            "sha256": loaded.sha256,
            "yaml": loaded.text,
            "translation": None
            if translation is None
            else {"language": translation.language, "sha256": translation.sha256, "yaml": translation.text},
        },
        "teams": [{"id": t.id, "uid": t.uid, "name": t.name, "colour": t.colour, "order": t.order} for t in teams],
        "placements": [{"team_id": p.team_id, "aspect_id": p.aspect_id, "position": p.position} for p in placements],
        "moves": [
            {
                "id": m.id,
                "team_id": m.team_id,
                "aspect_id": m.aspect_id,
                "from_position": m.from_position,
                "to_position": m.to_position,
                "moved_at": _moment(m.moved_at),
            }
            for m in sorted(workshop.moves(), key=lambda m: m.id)
        ],
        "disagreements": [
            {
                "id": d.id,
                "aspect_id": d.aspect_id,
                "team_id": d.team_id,
                "topic": d.topic,
                "viewpoints": [{"holder": v.holder, "position": v.position, "reason": v.reason} for v in d.viewpoints],
                "status": d.status,
                "resolution": d.resolution,
                "resolved_position": d.resolved_position,
                "created_at": _moment(d.created_at),
                "updated_at": _moment(d.updated_at),
            }
            for d in sorted(workshop.disagreements(), key=lambda d: d.id)
        ],
        "actions": [
            {
                "id": a.id,
                "aspect_id": a.aspect_id,
                "team_id": a.team_id,
                "target_level_id": a.target_level_id,
                "title": a.title,
                "detail": a.detail,
                "owner": a.owner,
                "due_date": _day(a.due_date),
                "status": a.status,
                "order": a.order,
                "created_at": _moment(a.created_at),
                "updated_at": _moment(a.updated_at),
                "carried_from": a.carried_from,
            }
            for a in sorted(workshop.actions(), key=lambda a: (a.order, a.id))
        ],
        "targets": [
            {
                "aspect_id": t.aspect_id,
                "team_id": t.team_id,
                "position": t.position,
                "due_date": _day(t.due_date),
                "created_at": _moment(t.created_at),
                "updated_at": _moment(t.updated_at),
            }
            for t in sorted(
                targets(workshop),
                key=lambda t: (aspect_order.get(t.aspect_id, -1), t.team_id is not None, team_order.get(t.team_id, -1)),
            )
        ],
        **votes_document(workshop),
        **history_document(workshop),
        **answers_document(workshop),
    }


def votes_document(workshop) -> dict:
    """The room's participants, vote rounds and votes (read back by pem_desktop.services.vote_transfer)."""
    from pem_desktop.services.votes import Votes

    votes = Votes(workshop)
    return {
        "vote_participants": [
            {"id": p.id, "name": p.name, "joined_at": _moment(p.joined_at)} for p in votes.participants()
        ],
        "vote_rounds": [
            {
                "id": r.id,
                "aspect_id": r.aspect_id,
                "team_id": r.team_id,
                "status": r.status,
                "opened_at": _moment(r.opened_at),
                "closed_at": _moment(r.closed_at),
                "revealed_at": _moment(r.revealed_at),
            }
            for r in votes.rounds()
        ],
        "votes": [
            {
                "id": v.id,
                "round_id": v.round_id,
                "participant_id": v.participant_id,
                "team_id": v.team_id,
                "position": v.position,
                "cast_at": _moment(v.cast_at),
                "changed_at": _moment(v.changed_at),
            }
            for v in votes.votes()
        ],
    }


def answers_document(workshop) -> dict:
    """The answers to the guided questions (read back by pem_desktop.services.answer_transfer)."""
    from pem_desktop.services.answers import Answers
    from pem_desktop.services.votes import Votes

    return {
        "answers": [
            {
                "id": a.id,
                "aspect_id": a.aspect_id,
                "team_id": a.team_id,
                "question_id": a.question_id,
                "level_id": a.level_id,
                "answered_at": _moment(a.answered_at),
            }
            for a in Answers(workshop).answers()
        ],
        "vote_answers": [
            {
                "id": a.id,
                "vote_id": a.vote_id,
                "aspect_id": a.aspect_id,
                "question_id": a.question_id,
                "level_id": a.level_id,
            }
            for a in sorted(Votes(workshop).vote_answers(), key=lambda a: a.id)
        ],
    }


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


def write_json(workshop, path: Path) -> None:
    path.write_text(dumps(workshop_document(workshop)), encoding="utf-8", newline="\n")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime | None) -> str | None:
    """A stored time (UTC, without its zone) with its offset: "2026-11-25T14:05:09.123456+00:00"."""
    if value is None:
        return None
    moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return moment.isoformat(timespec="microseconds")
