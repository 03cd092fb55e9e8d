"""Import a workshop from its JSON export into a new workshop file, without loss.

The JSON document is written by `pem_desktop.export.json_export`; its format name and schema version
live here so that both sides agree. Version 2 added the room's votes, version 3 follow-ups (team
identities, the earlier workshops of a chain, action reviews), the targets and every time's UTC
offset; documents of versions 1 and 2 (no targets, times in UTC without an offset) still import. An
import is one transaction into a file built under a temporary name (see `create_workshop_file`): it
either creates the whole workshop or nothing at all.

A document is untrusted input: it is read only from a regular file of at most MAX_JSON_BYTES, its
structure and bounds are checked against the JSON Schema of its version (`docs/workshop-v3.schema.json`,
found with pem_desktop.resources.data_path), and then everything is checked as if a user had typed it
(the same limits and rules as the services and the open-time check of a workshop file). Every problem
names where it is in the document, e.g. `teams[2].colour: '#12' is not a colour like #1E88E5`.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from pem_desktop.maturity import LoadedModel, ModelError, load_model_text
from pem_desktop.maturity.loader import model_hash
from pem_desktop.reading import TooLargeError, UnreadableFileError, read_limited
from pem_desktop.resources import data_path
from pem_desktop.services import model_language
from pem_desktop.services.answer_transfer import ANSWER_KEYS, insert_answers, read_answers
from pem_desktop.services.history_transfer import HISTORY_KEYS, read_history, read_uid
from pem_desktop.services.targets import insert_target
from pem_desktop.services.views import (
    ACTION_STATUSES,
    DISAGREEMENT_STATUSES,
    ActionView,
    DisagreementView,
    TargetView,
    Viewpoint,
)
from pem_desktop.services.vote_transfer import VOTE_KEYS, insert_votes, read_votes
from pem_desktop.services.workshop import (
    MAX_LINE,
    MAX_NAME,
    InvalidInputError,
    Workshop,
    _check_unique_names,
    _colour,
    _insert_action,
    _insert_disagreement,
    _line,
    _now,
    _text,
    model_reader,
)
from pem_desktop.store.history import insert_history
from pem_desktop.store.integrity import MAX_ID
from pem_desktop.store.schema import (
    PlacementMoveRow,
    PlacementRow,
    TeamRow,
    WorkshopLanguageRow,
    WorkshopRow,
    new_uid,
)
from pem_desktop.store.workshop_file import create_workshop_file

JSON_FORMAT = "pem-desktop-workshop"
JSON_SCHEMA_VERSION = 3  # 2: the room's votes (vote_participants, vote_rounds, votes); 3: follow-ups (team uids,
# snapshots of the earlier workshops of a chain, action reviews, actions' carried_from), targets, every time
# with its UTC offset, the answers to the guided questions (answers, vote_answers), and the workshop's language
# with its model's translation
MAX_JSON_BYTES = 64 * 1024 * 1024  # the 200-team workshop exports to about 2 MB
MAX_SHOWN = 40  # characters of a bad value quoted in a message


def json_schema(version: int = JSON_SCHEMA_VERSION) -> dict:
    """The JSON Schema of a document of that schema version (docs/workshop-vN.schema.json)."""
    return json.loads(data_path("docs", f"workshop-v{version}.schema.json").read_text(encoding="utf-8"))


class ImportProblemError(InvalidInputError):
    """A JSON document cannot be imported; the message says where and why, in one line."""


def import_workshop_file(json_path: str | Path, pemw_path: str | Path) -> Workshop:
    """Read a JSON export and create the workshop file `pemw_path` (which must not exist) from it.

    Returns the new workshop, open; the caller closes it.
    """
    json_path = Path(json_path)
    name = json_path.name
    raw = _read_limited(json_path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblemError(f"{name} is not a JSON export of a workshop (it is not UTF-8 text).") from None
    try:
        document = json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise ImportProblemError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    except (ValueError, RecursionError) as error:
        raise ImportProblemError(f"{name} is not valid JSON ({error}).") from None
    return import_workshop(document, pemw_path, source_name=name)


def import_workshop(document: Any, pemw_path: str | Path, *, source_name: str = "the document") -> Workshop:
    """Create the workshop file `pemw_path` from a parsed JSON export (a dict)."""
    content = _Reader(source_name).document(document)

    def populate(session) -> None:
        info = content["workshop"]
        loaded: LoadedModel = content["model"]
        session.add(
            WorkshopRow(
                title=info["title"],
                organisation=info["organisation"],
                workshop_date=info["date"],
                facilitator=info["facilitator"],
                participants=info["participants"],
                notes=info["notes"],
                created_at=info["created_at"],
                updated_at=info["updated_at"],
                model_id=loaded.model.id,
                model_version=loaded.model.version,
                model_yaml=loaded.text,
                model_sha256=loaded.sha256,
            )
        )
        session.add(WorkshopLanguageRow(**model_language.snapshot_columns(loaded)))
        now = _now()
        for team in content["teams"]:
            session.add(
                TeamRow(
                    id=team["id"],
                    name=team["name"],
                    colour=team["colour"],
                    sort_order=team["order"],
                    created_at=now,
                    uid=team["uid"],
                )
            )
        session.flush()  # the teams exist before anything refers to them
        insert_history(session, content["history"])  # before the actions carried from it
        last_move: dict[tuple[int, str], datetime] = {}
        for move in content["moves"]:
            session.add(PlacementMoveRow(**move))
            last_move[move["team_id"], move["aspect_id"]] = move["moved_at"]
        for placement in content["placements"]:
            key = (placement["team_id"], placement["aspect_id"])
            session.add(PlacementRow(**placement, updated_at=last_move.get(key, now)))
        for disagreement in content["disagreements"]:
            _insert_disagreement(session, disagreement)
        for action in content["actions"]:
            _insert_action(session, action)
        insert_votes(session, content["votes"])
        for target in content["targets"]:
            insert_target(session, target)
        session.flush()
        insert_answers(session, content["answers"])

    return Workshop(create_workshop_file(pemw_path, populate, model_reader(Path(pemw_path).name)), content["model"])


def _read_limited(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_JSON_BYTES; never waits on a FIFO or reads a device."""
    try:
        return read_limited(path, MAX_JSON_BYTES)
    except TooLargeError:
        message = f"{path.name} is larger than {MAX_JSON_BYTES // 2**20} MB, far more than any workshop export."
    except UnreadableFileError as error:
        message = f"cannot read {path}: {error}."
    raise ImportProblemError(message)


class _LanguageFields(NamedTuple):
    language: str
    model_translation_yaml: str
    model_translation_sha256: str


def _no_constants(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


class _Reader:
    """Checks a parsed document field by field; the first problem raises ImportProblemError."""

    def __init__(self, source_name: str):
        self.source = source_name
        self.model: LoadedModel | None = None
        self.snapshot_action_ids: set[int] = set()
        self.version = JSON_SCHEMA_VERSION

    def fail(self, path: str, message: str) -> ImportProblemError:
        where = f"{self.source}: {path}: " if path else f"{self.source}: "
        return ImportProblemError(where + message)

    # -- the document --------------------------------------------------------------------------

    def document(self, document: Any) -> dict:
        foreign = ImportProblemError(
            f'{self.source} is not a PEM Desktop workshop export (it has no "format": "{JSON_FORMAT}").'
        )
        if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
            raise foreign
        version = document.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("schema_version", "missing or not a positive whole number")
        if version > JSON_SCHEMA_VERSION:
            raise ImportProblemError(
                f"{self.source} was exported by a newer version of PEM Desktop (schema version {_shown(version)}); "
                "update the app to import it."
            )
        self.against_schema(document, version)
        self.version = version
        optional = VOTE_KEYS + HISTORY_KEYS + (("targets", *ANSWER_KEYS) if version >= 3 else ())
        root = self.fields(
            document,
            "",
            required=(
                "format",
                "schema_version",
                "workshop",
                "model",
                "teams",
                "placements",
                "moves",
                "disagreements",
                "actions",
            ),
            optional=optional,
        )
        workshop = root["workshop"]
        language = workshop.get("language") if isinstance(workshop, dict) else None
        model = self.loaded_model(root["model"], "model", language)
        self.model = model
        teams = self.teams(root["teams"])
        team_ids = {team["id"] for team in teams}
        history = read_history(self, root)
        self.snapshot_action_ids = {action.id for action in history.actions}
        votes = read_votes(self, root, team_ids)
        return {
            "history": history,
            "workshop": self.workshop(root["workshop"]),
            "model": model,
            "teams": teams,
            "placements": self.placements(root["placements"], team_ids),
            "moves": self.moves(root["moves"], team_ids),
            "disagreements": self.disagreements(root["disagreements"], team_ids),
            "actions": self.actions(root["actions"], team_ids),
            "votes": votes,
            "targets": self.targets(root.get("targets", []), team_ids),
            "answers": read_answers(self, root, team_ids, votes),
        }

    def workshop(self, value: Any) -> dict:
        fields = self.fields(
            value,
            "workshop",
            required=("title", "organisation", "date", "facilitator", "participants", "notes"),
            optional=("created_at", "updated_at", "language"),
        )
        now = _now()
        return {
            "title": self.clean(_line, fields["title"], "workshop.title", "title", required=True),
            "organisation": self.clean(_line, fields["organisation"], "workshop.organisation", "organisation"),
            "date": self.date(fields["date"], "workshop.date"),
            "facilitator": self.clean(_line, fields["facilitator"], "workshop.facilitator", "facilitator"),
            "participants": self.clean(_text, fields["participants"], "workshop.participants", "participants"),
            "notes": self.clean(_text, fields["notes"], "workshop.notes", "notes"),
            "created_at": self.moment(fields.get("created_at"), "workshop.created_at", default=now),
            "updated_at": self.moment(fields.get("updated_at"), "workshop.updated_at", default=now),
        }

    def loaded_model(self, value: Any, path: str, language: Any = None) -> LoadedModel:
        """The model snapshot, in its translation when the document has one (into the workshop's `language`)."""
        fields = self.fields(
            value, path, required=("yaml",), optional=("id", "title", "version", "sha256", "translation")
        )
        text = fields["yaml"]
        if not isinstance(text, str) or not text.strip():
            raise self.fail(f"{path}.yaml", "missing the model's YAML text")
        sha = fields.get("sha256")
        if sha is not None and sha != model_hash(text):
            raise self.fail(f"{path}.sha256", "does not match the model's YAML text (the model has been altered)")
        try:
            loaded = load_model_text(text, f"{self.source} ({path}.yaml)")
        except ModelError as error:
            raise self.fail(f"{path}.yaml", f"not a valid maturity model ({error.problems[0]})") from None
        for key, actual in (("id", loaded.model.id), ("title", loaded.model.title), ("version", loaded.model.version)):
            if key in fields and fields[key] != actual:
                raise self.fail(f"{path}.{key}", f"{fields[key]!r} does not match the model's YAML text ({actual!r})")
        translation = fields.get("translation")
        if language is None and translation is None:
            return loaded
        if language is not None and not isinstance(language, str):
            raise self.fail("workshop.language", "must be text")
        if translation is None:
            translation = {"yaml": "", "sha256": ""}
        where = f"{path}.translation"
        entry = self.fields(translation, where, required=("yaml", "sha256"), optional=("language",))
        text, sha = entry["yaml"], entry["sha256"]
        if not isinstance(text, str) or not isinstance(sha, str):
            raise self.fail(where, "yaml and sha256 must be text")
        wanted = language if language is not None else entry.get("language", loaded.model.language)
        if "language" in entry and entry["language"] != wanted:
            raise self.fail(f"{where}.language", f"{entry['language']!r} is not the workshop's language ({wanted!r})")
        try:
            return model_language.model_from_snapshot(loaded, _LanguageFields(wanted, text, sha), self.source)
        except model_language.SnapshotError as error:
            raise self.fail(where if text else "workshop.language", str(error).removeprefix("its ")) from None

    def teams(self, value: Any) -> list[dict]:
        teams = []
        for index, item in enumerate(self.array(value, "teams")):
            path = f"teams[{index}]"
            fields = self.fields(item, path, required=("id", "name", "colour", "order"), optional=("uid",))
            teams.append(
                {
                    "id": self.identifier(fields["id"], f"{path}.id"),
                    "uid": read_uid(self, fields["uid"], f"{path}.uid") if "uid" in fields else new_uid(),
                    "name": self.clean(
                        _line, fields["name"], f"{path}.name", "team name", required=True, limit=MAX_NAME
                    ),
                    "colour": self.colour(fields["colour"], f"{path}.colour"),
                    "order": self.integer(fields["order"], f"{path}.order"),
                }
            )
        self.unique([team["id"] for team in teams], "teams", "team id")
        self.unique([team["uid"] for team in teams], "teams", "team identity")
        try:
            _check_unique_names([team["name"] for team in teams])
        except InvalidInputError as error:
            raise self.fail("teams", str(error)) from None
        return teams

    def placements(self, value: Any, team_ids: set[int]) -> list[dict]:
        placements = []
        for index, item in enumerate(self.array(value, "placements")):
            path = f"placements[{index}]"
            fields = self.fields(item, path, required=("team_id", "aspect_id", "position"))
            placements.append(
                {
                    "team_id": self.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=False),
                    "aspect_id": self.aspect(fields["aspect_id"], f"{path}.aspect_id"),
                    "position": self.position(fields["position"], f"{path}.position"),
                }
            )
        self.unique(
            [(p["team_id"], p["aspect_id"]) for p in placements], "placements", "placement of a team on an aspect"
        )
        return placements

    def moves(self, value: Any, team_ids: set[int]) -> list[dict]:
        moves = []
        for index, item in enumerate(self.array(value, "moves")):
            path = f"moves[{index}]"
            fields = self.fields(
                item, path, required=("id", "team_id", "aspect_id", "from_position", "to_position", "moved_at")
            )
            moves.append(
                {
                    "id": self.identifier(fields["id"], f"{path}.id"),
                    "team_id": self.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=False),
                    "aspect_id": self.aspect(fields["aspect_id"], f"{path}.aspect_id"),
                    "from_position": self.position(fields["from_position"], f"{path}.from_position", nullable=True),
                    "to_position": self.position(fields["to_position"], f"{path}.to_position", nullable=True),
                    "moved_at": self.moment(fields["moved_at"], f"{path}.moved_at"),
                }
            )
        self.unique([move["id"] for move in moves], "moves", "move id")
        return moves

    def disagreements(self, value: Any, team_ids: set[int]) -> list[DisagreementView]:
        views = []
        for index, item in enumerate(self.array(value, "disagreements")):
            path = f"disagreements[{index}]"
            fields = self.fields(
                item,
                path,
                required=("id", "aspect_id", "team_id", "topic", "viewpoints", "status"),
                optional=("resolution", "resolved_position", "created_at", "updated_at"),
            )
            points = []
            for number, point in enumerate(self.array(fields["viewpoints"], f"{path}.viewpoints")):
                where = f"{path}.viewpoints[{number}]"
                parts = self.fields(point, where, required=("holder", "position"), optional=("reason",))
                points.append(
                    Viewpoint(
                        holder=self.clean(_line, parts["holder"], f"{where}.holder", "viewpoint holder"),
                        position=self.position(parts["position"], f"{where}.position"),
                        reason=self.clean(_text, parts.get("reason", ""), f"{where}.reason", "viewpoint reason"),
                    )
                )
            if len(points) < 2:
                raise self.fail(f"{path}.viewpoints", "a disagreement needs at least two viewpoints")
            status = fields["status"]
            if status not in DISAGREEMENT_STATUSES:
                raise self.fail(f"{path}.status", f"{status!r} is not one of {', '.join(DISAGREEMENT_STATUSES)}")
            views.append(
                DisagreementView(
                    id=self.identifier(fields["id"], f"{path}.id"),
                    aspect_id=self.aspect(fields["aspect_id"], f"{path}.aspect_id"),
                    team_id=self.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=True),
                    topic=self.clean(_text, fields["topic"], f"{path}.topic", "topic", limit=MAX_LINE),
                    viewpoints=tuple(points),
                    status=status,
                    resolution=self.clean(_text, fields.get("resolution", ""), f"{path}.resolution", "resolution"),
                    resolved_position=self.position(
                        fields.get("resolved_position"), f"{path}.resolved_position", nullable=True
                    ),
                    created_at=self.moment(fields.get("created_at"), f"{path}.created_at", default=_now()),
                    updated_at=self.moment(fields.get("updated_at"), f"{path}.updated_at", default=_now()),
                )
            )
        self.unique([view.id for view in views], "disagreements", "disagreement id")
        return views

    def actions(self, value: Any, team_ids: set[int]) -> list[ActionView]:
        views = []
        for index, item in enumerate(self.array(value, "actions")):
            path = f"actions[{index}]"
            fields = self.fields(
                item,
                path,
                required=("id", "aspect_id", "team_id", "target_level_id", "title", "status", "order"),
                optional=("detail", "owner", "due_date", "created_at", "updated_at", "carried_from"),
            )
            status = fields["status"]
            if status not in ACTION_STATUSES:
                raise self.fail(f"{path}.status", f"{status!r} is not one of {', '.join(ACTION_STATUSES)}")
            carried_from = fields.get("carried_from")
            if carried_from is not None and carried_from not in self.snapshot_action_ids:
                raise self.fail(f"{path}.carried_from", f"there is no snapshot action with id {_shown(carried_from)}")
            views.append(
                ActionView(
                    id=self.identifier(fields["id"], f"{path}.id"),
                    aspect_id=self.aspect(fields["aspect_id"], f"{path}.aspect_id"),
                    team_id=self.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=True),
                    target_level_id=self.level(fields["target_level_id"], f"{path}.target_level_id"),
                    title=self.clean(_line, fields["title"], f"{path}.title", "action title", required=True),
                    detail=self.clean(_text, fields.get("detail", ""), f"{path}.detail", "action detail"),
                    owner=self.clean(_line, fields.get("owner", ""), f"{path}.owner", "owner"),
                    due_date=self.date(fields.get("due_date"), f"{path}.due_date"),
                    status=status,
                    order=self.integer(fields["order"], f"{path}.order"),
                    created_at=self.moment(fields.get("created_at"), f"{path}.created_at", default=_now()),
                    updated_at=self.moment(fields.get("updated_at"), f"{path}.updated_at", default=_now()),
                    carried_from=carried_from,
                )
            )
        self.unique([view.id for view in views], "actions", "action id")
        return views

    def against_schema(self, document: dict, version: int) -> None:
        """The structure and bounds of the document, as its version's JSON Schema describes them."""
        from jsonschema import Draft202012Validator

        validator = Draft202012Validator(json_schema(version))
        error = next(iter(sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))), None)
        if error is not None:
            raise self.fail(*_explain(error))

    def targets(self, value: Any, team_ids: set[int]) -> list[TargetView]:
        views = []
        for index, item in enumerate(self.array(value, "targets")):
            path = f"targets[{index}]"
            fields = self.fields(
                item,
                path,
                required=("aspect_id", "team_id", "position"),
                optional=("due_date", "created_at", "updated_at"),
            )
            views.append(
                TargetView(
                    aspect_id=self.aspect(fields["aspect_id"], f"{path}.aspect_id"),
                    team_id=self.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=True),
                    position=self.position(fields["position"], f"{path}.position"),
                    due_date=self.date(fields.get("due_date"), f"{path}.due_date"),
                    created_at=self.moment(fields.get("created_at"), f"{path}.created_at", default=_now()),
                    updated_at=self.moment(fields.get("updated_at"), f"{path}.updated_at", default=_now()),
                )
            )
        scopes = [
            (view.aspect_id, "the whole organisation" if view.team_id is None else view.team_id) for view in views
        ]
        self.unique(scopes, "targets", "target of (aspect, team)")
        return views

    # -- values --------------------------------------------------------------------------------

    def fields(self, value: Any, path: str, *, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path or "the document", "must be an object")
        prefix = f"{path}." if path else ""
        for key in required:
            if key not in value:
                raise self.fail(prefix + key, "missing")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise self.fail(prefix + unknown[0], "unknown key")
        return value

    def array(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            raise self.fail(path, "must be a list")
        return value

    def clean(self, cleaner, value: Any, path: str, field: str, **options) -> str:
        if not isinstance(value, str):
            raise self.fail(path, "must be text")
        try:
            return cleaner(value, field, **options)
        except InvalidInputError as error:
            raise self.fail(path, str(error)) from None

    def integer(self, value: Any, path: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_ID:
            raise self.fail(path, f"must be a whole number from 0 to {MAX_ID}")
        return value

    def identifier(self, value: Any, path: str) -> int:
        number = self.integer(value, path)
        if not 1 <= number <= MAX_ID:
            raise self.fail(path, f"must be a whole number from 1 to {MAX_ID}")
        return number

    def unique(self, values: list, path: str, what: str) -> None:
        seen = set()
        for value in values:
            if value in seen:
                raise self.fail(path, f"the {what} {value!r} appears twice")
            seen.add(value)

    def colour(self, value: Any, path: str) -> str:
        try:
            return _colour(value)
        except InvalidInputError as error:
            raise self.fail(path, str(error)) from None

    def position(self, value: Any, path: str, *, nullable: bool = False) -> float | None:
        if value is None and nullable:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise self.fail(path, "must be a number")
        assert self.model is not None
        top = self.model.model.level_count
        if not 0 <= value <= top:
            raise self.fail(path, f"{value} is outside the continuum (0 to {top})")
        return round(float(value), 4)

    def aspect(self, value: Any, path: str) -> str:
        assert self.model is not None
        if not isinstance(value, str) or not self.model.model.has_aspect(value):
            raise self.fail(path, f"the model has no aspect {value!r}")
        return value

    def level(self, value: Any, path: str) -> str | None:
        assert self.model is not None
        if value is None:
            return None
        if not isinstance(value, str) or not self.model.model.has_level(value):
            raise self.fail(path, f"the model has no level {value!r}")
        return value

    def team_ref(self, value: Any, path: str, team_ids: set[int], *, nullable: bool) -> int | None:
        if value is None and nullable:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value not in team_ids:
            raise self.fail(path, f"there is no team with id {value!r}")
        return value

    def date(self, value: Any, path: str) -> date | None:
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(path, f"{_shown(value)} is not a date like 2026-11-25") from None

    def moment(self, value: Any, path: str, *, default: datetime | None = None) -> datetime:
        if value is None and default is not None:
            return default
        try:
            if not isinstance(value, str):
                raise ValueError
            moment = datetime.fromisoformat(value)
        except ValueError:
            example = "2026-11-25T14:30:00+00:00" if self.version >= 3 else "2026-11-25T14:30:00"
            raise self.fail(path, f"{_shown(value)} is not a time like {example}") from None
        if moment.tzinfo is None and self.version >= 3:
            raise self.fail(path, f"{_shown(value)} has no UTC offset (write it like 2026-11-25T14:30:00+00:00)")
        if moment.tzinfo is not None:
            try:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            except OverflowError:
                raise self.fail(path, f"{_shown(value)} is out of the range of dates") from None
        return moment


def _shown(value: Any) -> str:
    """A value for a message, cut short (a hostile document's values can be megabytes, or 400 digits)."""
    text = (
        repr(value) if not isinstance(value, int) or abs(value) < 10**MAX_SHOWN else f"a {len(str(value))}-digit number"
    )
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


_KINDS = {"string": "text", "integer": "a whole number", "number": "a number", "array": "a list", "object": "an object"}


def _explain(error) -> tuple[str, str]:
    """(where, what) for the first problem jsonschema found, in the words of the importer's own messages."""
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    kind, expected, instance = error.validator, error.validator_value, error.instance
    description = error.schema.get("description") if isinstance(error.schema, dict) else None
    if kind == "required":
        missing = next(key for key in expected if key not in instance)
        return (f"{path}.{missing}" if path else missing), "missing"
    if kind == "additionalProperties":
        unknown = sorted(set(instance) - set(error.schema.get("properties", {})))[0]
        return (f"{path}.{unknown}" if path else str(unknown)), "unknown key"
    if kind == "type":
        kinds = [expected] if isinstance(expected, str) else expected
        return path, "must be " + " or ".join(_KINDS.get(name, name) for name in kinds)
    if kind == "maxLength":
        return path, f"is longer than {expected} characters"
    if kind == "minLength":
        return path, "must not be empty"
    if kind in ("minimum", "maximum"):
        return path, f"{_shown(instance)} is outside {description or f'the allowed range ({kind} {expected})'}"
    if kind == "pattern":
        return path, f"{_shown(instance)} is not {description or 'allowed here'}"
    if kind in ("enum", "const"):
        choices = expected if kind == "enum" else [expected]
        return path, f"{_shown(instance)} is not one of {', '.join(str(choice) for choice in choices)}"
    if kind == "maxItems":
        return path, f"has more than {expected} entries"
    if kind == "minItems":
        return path, f"needs at least {expected} entries"
    if kind == "anyOf":  # a value or null: say what the value should have been
        inner = next((sub for sub in error.context if sub.validator != "type" or sub.validator_value != "null"), None)
        if inner is not None:
            return _explain(inner)
    return path, error.message[:200]


__all__ = [
    "JSON_FORMAT",
    "JSON_SCHEMA_VERSION",
    "MAX_JSON_BYTES",
    "ImportProblemError",
    "import_workshop",
    "import_workshop_file",
    "json_schema",
]
