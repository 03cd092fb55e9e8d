"""The workshop use cases: each public method is one transaction, on disk when it returns."""

from __future__ import annotations

import importlib
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from pem_desktop.maturity import LoadedModel, MaturityModel, ModelError, load_model_text
from pem_desktop.maturity.translation import untranslated
from pem_desktop.services import model_language
from pem_desktop.services.views import (
    ACTION_STATUSES,
    DATA_KINDS,
    DISAGREEMENT_STATUSES,
    ActionView,
    Change,
    DisagreementView,
    MoveView,
    PlacementView,
    RemovedTeam,
    TeamView,
    Viewpoint,
    WorkshopInfo,
)
from pem_desktop.store import answers as answers_store
from pem_desktop.store import plain
from pem_desktop.store import votes as votes_store
from pem_desktop.store.backups import Backup, list_backups, make_backup
from pem_desktop.store.expected_schema import MAX_LINE, MAX_NAME, MAX_TEXT
from pem_desktop.store.integrity import Facts
from pem_desktop.store.workshop_file import (
    DamagedWorkshopError,
    WorkshopFile,
    create_workshop_file,
    open_workshop_file,
    wait_for_orm,
)


class _OnFirstUse:
    """A store module imported when first used: the ORM (and so SQLAlchemy) is needed to change a
    workshop, not to show one, and loads in the background meanwhile (see preload_orm)."""

    def __init__(self, name: str):
        self._name = name
        self._module = None

    def __getattr__(self, attribute: str):
        if self._module is None:
            wait_for_orm()
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)


queries = _OnFirstUse("pem_desktop.store.queries")
schema = _OnFirstUse("pem_desktop.store.schema")
targets = _OnFirstUse("pem_desktop.services.targets")  # its own module; it builds on this one

# Twelve team colours told apart with normal colour vision and with red-green or blue-yellow deficiency
# (tests/test_palette.py checks the distances); each takes black or white text at 4.5:1 or more. In
# greyscale some coincide: the team's name (or initial, where space is short) goes with its colour.
TEAM_COLOURS = (
    "#0062B2",  # blue
    "#E69F00",  # orange
    "#009E49",  # green
    "#B96EA5",  # mauve
    "#56B4E9",  # sky blue
    "#FF1803",  # vermilion
    "#F0E442",  # yellow
    "#332288",  # indigo
    "#761557",  # wine
    "#12571D",  # forest green
    "#8B8B23",  # olive
    "#65363E",  # brown
)
_COLOUR_DIGITS = set("0123456789abcdefABCDEF")


class InvalidInputError(ValueError):
    """A value given to a service is not acceptable; the message says why, for the user."""


Listener = Callable[[Change], None]


class _Unchanged:
    """The type of UNCHANGED: "leave this field as it is" where None is a meaningful value."""


UNCHANGED = _Unchanged()


class Workshop:
    """An open workshop and every use case on it. Listeners hear about each committed change."""

    def __init__(self, workshop_file: WorkshopFile, loaded_model: LoadedModel):
        self._file = workshop_file
        self.loaded_model = loaded_model
        self._listeners: list[Listener] = []
        self._changed_since_backup = False

    # -- opening and creating ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        title: str,
        loaded_model: LoadedModel,
        organisation: str = "",
        workshop_date: date | None = None,
        facilitator: str = "",
        participants: str = "",
        notes: str = "",
        team_names: Iterable[str] = (),
        team_colours: Sequence[str | None] = (),
    ) -> Workshop:
        """Create a new workshop file with its model snapshot and first teams (colours optional, by index)."""
        title = _line(title, "title", required=True)
        names = [_line(name, "team name", required=True, limit=MAX_NAME) for name in team_names]
        _check_unique_names(names)
        colours = [
            _colour(team_colours[index]) if index < len(team_colours) and team_colours[index] else None
            for index in range(len(names))
        ]
        now = _now()

        def populate(session) -> None:
            session.add(
                schema.WorkshopRow(
                    title=title,
                    organisation=_line(organisation, "organisation"),
                    workshop_date=workshop_date,
                    facilitator=_line(facilitator, "facilitator"),
                    participants=_text(participants, "participants"),
                    notes=_text(notes, "notes"),
                    created_at=now,
                    updated_at=now,
                    model_id=loaded_model.model.id,
                    model_version=loaded_model.model.version,
                    model_yaml=loaded_model.text,
                    model_sha256=loaded_model.sha256,
                )
            )
            session.add(schema.WorkshopLanguageRow(**model_language.snapshot_columns(loaded_model)))
            for order, name in enumerate(names):
                colour = colours[order] or TEAM_COLOURS[order % len(TEAM_COLOURS)]
                session.add(schema.TeamRow(name=name, colour=colour, sort_order=order, created_at=now))

        return cls(create_workshop_file(path, populate, model_reader(Path(path).name)), loaded_model)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool | None = None, shared: bool = False) -> Workshop:
        """Open a workshop file; its own model snapshot is what it is shown with.

        `read_only=None` opens it for writing when the file and its folder allow, else read-only;
        `shared` opens it beside the app that has it open (the room's server process does).
        """
        workshop_file = open_workshop_file(
            path, read_only=read_only, read_model=model_reader(Path(path).name), shared=shared
        )
        try:
            with workshop_file.plain_reading() as connection:
                row = plain.workshop_language(connection)
            loaded = model_language.model_from_snapshot(workshop_file.model, row, workshop_file.path.name)
        except model_language.SnapshotError as error:
            workshop_file.close()
            raise DamagedWorkshopError(f"{workshop_file.path.name} is damaged: {error}.") from None
        except BaseException:
            workshop_file.close()
            raise
        return cls(workshop_file, loaded)

    def close(self) -> None:
        self._file.close()

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def read_only(self) -> bool:
        return self._file.read_only

    @property
    def read_only_reason(self) -> str:
        """Why the file is open read-only ("the file is read-only", ...), or ""."""
        return self._file.read_only_reason

    def keep_alive(self) -> None:
        """Tell other app instances this workshop is still open here (call every minute or so)."""
        self._file.keep_alive()

    # -- backups -------------------------------------------------------------------------------

    def backup(self) -> Backup:
        """A backup copy of the file as it is now, in the user's data folder."""
        backup = make_backup(self.path)
        self._changed_since_backup = False
        return backup

    def backup_if_changed(self) -> Backup | None:
        """A backup copy, if anything changed since the last one (for a periodic timer)."""
        return self.backup() if self._changed_since_backup and not self.read_only else None

    def backups(self) -> list[Backup]:
        return list_backups(self.path)

    @property
    def model(self) -> MaturityModel:
        return self.loaded_model.model

    # -- listening -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def reads_without_waiting(self):
        """A block whose reads raise FileBusyError at once, instead of waiting, while the room's process is
        committing (see WorkshopFile.reads_without_waiting): for refreshing a view during a burst of votes."""
        return self._file.reads_without_waiting()

    def announce_outside_change(self) -> None:
        """Another program (the window holding the lock) changed the file: every listener re-reads it."""
        kinds = set(DATA_KINDS)
        if self.reread_language():
            kinds.add("model")
        change = Change(frozenset(kinds), None, None)
        for listener in list(self._listeners):
            listener(change)

    def _changed(self, *kinds: str, aspect_id: str | None = None, team_id: int | None = None) -> None:
        self._changed_since_backup = True
        change = Change(frozenset(kinds), aspect_id, team_id)
        for listener in list(self._listeners):
            listener(change)

    # -- reading -------------------------------------------------------------------------------

    def info(self) -> WorkshopInfo:
        with self._file.plain_reading() as connection:
            row = plain.workshop_row(connection)
        return WorkshopInfo(
            title=row.title,
            organisation=row.organisation,
            workshop_date=row.workshop_date,
            facilitator=row.facilitator,
            participants=row.participants,
            notes=row.notes,
            model_id=row.model_id,
            model_version=row.model_version,
            language=self.loaded_model.language,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    def teams(self) -> list[TeamView]:
        with self._file.plain_reading() as connection:
            return [_team_view(row) for row in plain.teams(connection)]

    def team(self, team_id: int) -> TeamView:
        with self._file.plain_reading() as connection:
            row = plain.team(connection, team_id)
        if row is None:
            raise InvalidInputError(f"there is no team with id {team_id}")
        return _team_view(row)

    def placements(self, aspect_id: str | None = None) -> list[PlacementView]:
        with self._file.plain_reading() as connection:
            return [_placement_view(row) for row in plain.placements(connection, aspect_id)]

    def position_of(self, team_id: int, aspect_id: str) -> float | None:
        with self._file.plain_reading() as connection:
            row = plain.placement(connection, team_id, aspect_id)
        return None if row is None else row.position

    def moves(self, team_id: int | None = None, aspect_id: str | None = None) -> list[MoveView]:
        with self._file.plain_reading() as connection:
            return [_move_view(row) for row in plain.moves(connection, team_id, aspect_id)]

    def disagreements(self, aspect_id: str | None = None, team_id: int | None = None) -> list[DisagreementView]:
        with self._file.plain_reading() as connection:
            return [_disagreement_view(row) for row in plain.disagreements(connection, aspect_id, team_id)]

    def disagreement(self, disagreement_id: int) -> DisagreementView:
        with self._file.plain_reading() as connection:
            rows = plain.disagreements(connection, disagreement_id=disagreement_id)
        if not rows:
            raise InvalidInputError(f"there is no disagreement with id {disagreement_id}")
        return _disagreement_view(rows[0])

    def actions(self, aspect_id: str | None = None, team_id: int | None = None) -> list[ActionView]:
        with self._file.plain_reading() as connection:
            return [_action_view(row) for row in plain.actions(connection, aspect_id, team_id)]

    def action(self, action_id: int) -> ActionView:
        with self._file.plain_reading() as connection:
            rows = plain.actions(connection, action_id=action_id)
        if not rows:
            raise InvalidInputError(f"there is no action with id {action_id}")
        return _action_view(rows[0])

    def default_target_level(self, team_id: int | None, aspect_id: str) -> str | None:
        """The level the team is heading toward (MaturityModel.standing), or None (not placed, or at the top)."""
        if team_id is None:
            return None
        position = self.position_of(team_id, aspect_id)
        if position is None:
            return None
        toward = self.model.heading_toward(position)
        return None if toward is None else toward.id

    # -- the workshop itself -------------------------------------------------------------------

    def update_info(self, **fields) -> WorkshopInfo:
        """Change title, organisation, workshop_date, facilitator, participants or notes; returns the old info."""
        allowed = {"title", "organisation", "workshop_date", "facilitator", "participants", "notes"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInputError(f"unknown workshop field(s): {', '.join(sorted(unknown))}")
        old = self.info()
        cleaned = {}
        for key, value in fields.items():
            if key == "workshop_date":
                if value is not None and not isinstance(value, date):
                    raise InvalidInputError("the workshop date must be a date")
                cleaned[key] = value
            elif key in ("participants", "notes"):
                cleaned[key] = _text(value, key)
            else:
                cleaned[key] = _line(value, key, required=key == "title")
        with self._file.transaction() as session:
            row = queries.workshop_row(session)
            for key, value in cleaned.items():
                setattr(row, key, value)
            row.updated_at = _now()
        self._changed("workshop")
        return old

    def reread_language(self) -> bool:
        """Read the workshop's language again (another program may have changed it); True when the
        model is now shown in another language. DamagedWorkshopError when the file's is not valid."""
        with self._file.plain_reading() as connection:
            row = plain.workshop_language(connection)
        try:
            loaded = model_language.model_from_snapshot(untranslated(self.loaded_model), row, self.path.name)
        except model_language.SnapshotError as error:
            raise DamagedWorkshopError(f"{self.path.name} is damaged: {error}.") from None
        if loaded.translation == self.loaded_model.translation:
            return False
        self.loaded_model = loaded
        return True

    def set_model_language(self, loaded: LoadedModel) -> LoadedModel:
        """Show the workshop's model in another language, which becomes the workshop's language.

        `loaded` is this workshop's model in its own language or with a translation (see
        services.model_language); the model's own text stays as it is. Returns the model as it was
        shown before, to undo with.
        """
        if loaded.text != self.loaded_model.text or loaded.sha256 != self.loaded_model.sha256:
            raise InvalidInputError("a workshop's model can be shown in another language, but not replaced")
        with self._file.transaction() as session:
            queries.workshop_row(session).updated_at = _now()
            row = queries.workshop_language_row(session)
            for key, value in model_language.snapshot_columns(loaded).items():
                setattr(row, key, value)
        old, self.loaded_model = self.loaded_model, loaded
        self._changed("workshop", "model")
        return old

    # -- teams ---------------------------------------------------------------------------------

    def add_team(self, name: str, colour: str | None = None) -> TeamView:
        name = _line(name, "team name", required=True, limit=MAX_NAME)
        with self._file.transaction() as session:
            existing = queries.teams(session)
            _check_unique_names([row.name for row in existing] + [name])
            if colour is None:
                used = {row.colour.upper() for row in existing}
                colour = next(
                    (c for c in TEAM_COLOURS if c not in used), TEAM_COLOURS[len(existing) % len(TEAM_COLOURS)]
                )
            row = schema.TeamRow(
                name=name,
                colour=_colour(colour),
                sort_order=queries.next_sort_order(session, schema.TeamRow.sort_order),
                created_at=_now(),
            )
            session.add(row)
            session.flush()
            view = _team_view(row)
        self._changed("teams", team_id=view.id)
        return view

    def rename_team(self, team_id: int, name: str) -> str:
        """Rename a team; returns the old name."""
        name = _line(name, "team name", required=True, limit=MAX_NAME)
        with self._file.transaction() as session:
            row = self._team_row(session, team_id)
            others = [other.name for other in queries.teams(session) if other.id != team_id]
            _check_unique_names([*others, name])
            old, row.name = row.name, name
        self._changed("teams", team_id=team_id)
        return old

    def recolour_team(self, team_id: int, colour: str) -> str:
        """Give a team another colour ("#RRGGBB"); returns the old colour."""
        colour = _colour(colour)
        with self._file.transaction() as session:
            row = self._team_row(session, team_id)
            old, row.colour = row.colour, colour
        self._changed("teams", team_id=team_id)
        return old

    def reorder_team(self, team_id: int, new_index: int) -> int:
        """Move a team to another place in the list of teams; returns its old index."""
        with self._file.transaction() as session:
            rows = list(queries.teams(session))
            row = self._team_row(session, team_id)
            old_index = rows.index(row)
            rows.remove(row)
            rows.insert(max(0, min(new_index, len(rows))), row)
            for order, each in enumerate(rows):
                each.sort_order = order
        self._changed("teams", team_id=team_id)
        return old_index

    def remove_team(self, team_id: int) -> RemovedTeam:
        """Remove a team with its placements, history, disagreements and actions; returns all of it for undo."""
        with self._file.transaction() as session:
            row = self._team_row(session, team_id)
            with self._file.plain_reading() as connection:  # inside this transaction
                vote_rounds = tuple(votes_store.team_rounds(connection, team_id))
                team_votes = tuple(votes_store.votes(connection, team_id=team_id))
                answers = tuple(answers_store.team_answers(connection, team_id))
                vote_answers = tuple(answers_store.team_vote_answers(connection, team_id))
            removed = RemovedTeam(
                team=_team_view(row),
                placements=tuple(_placement_view(p) for p in row.placements),
                moves=tuple(_move_view(m) for m in queries.moves(session, team_id)),
                disagreements=tuple(_disagreement_view(d) for d in queries.disagreements(session, team_id=team_id)),
                actions=tuple(_action_view(a) for a in queries.actions(session, team_id=team_id)),
                vote_rounds=vote_rounds,
                votes=team_votes,
                targets=tuple(targets.target_view(t) for t in queries.targets(session, team_id=team_id)),
                answers=answers,
                vote_answers=vote_answers,
            )
            session.delete(row)
        self._changed("teams", "placements", "disagreements", "actions", "votes", "targets", "answers", team_id=team_id)
        return removed

    def restore_team(self, removed: RemovedTeam) -> TeamView:
        """Put back a removed team exactly as it was (same id, order, placements, history...)."""
        team = removed.team
        with self._file.transaction() as session:
            rows = [row for row in queries.teams(session)]
            if any(row.id == team.id for row in rows):
                raise InvalidInputError(f"team {team.name!r} is already there")
            _check_unique_names([row.name for row in rows] + [team.name])
            row = schema.TeamRow(
                id=team.id,
                name=team.name,
                colour=team.colour,
                sort_order=team.order,
                created_at=_now(),
                uid=team.uid or schema.new_uid(),
            )
            session.add(row)
            session.flush()
            for other in rows:
                if other.sort_order >= team.order:
                    other.sort_order += 1
            now = _now()
            for placement in removed.placements:
                session.add(
                    schema.PlacementRow(
                        team_id=team.id, aspect_id=placement.aspect_id, position=placement.position, updated_at=now
                    )
                )
            for move in removed.moves:
                session.add(
                    schema.PlacementMoveRow(
                        id=move.id,
                        team_id=team.id,
                        aspect_id=move.aspect_id,
                        from_position=move.from_position,
                        to_position=move.to_position,
                        moved_at=move.moved_at,
                    )
                )
            for disagreement in removed.disagreements:
                _insert_disagreement(session, disagreement)
            for action in removed.actions:
                _insert_action(session, action)
            for record in removed.vote_rounds:
                session.add(schema.VoteRoundRow(**record._asdict()))
            session.flush()
            for record in removed.votes:
                if session.get(schema.VoteRoundRow, record.round_id) is not None:  # unless its round was cleared since
                    session.add(schema.VoteRow(**record._asdict()))
            for target in removed.targets:
                targets.insert_target(session, target)
            for record in removed.answers:
                session.add(schema.AnswerRow(**record._asdict()))
            session.flush()
            for record in removed.vote_answers:
                if session.get(schema.VoteRow, record.vote_id) is not None:
                    session.add(schema.VoteAnswerRow(**record._asdict()))
        self._changed("teams", "placements", "disagreements", "actions", "votes", "targets", "answers", team_id=team.id)
        return team

    # -- placements ----------------------------------------------------------------------------

    def place_team(self, team_id: int, aspect_id: str, position: float | None) -> float | None:
        """Put a team at a position on an aspect (None takes it off); records the move; returns the old position.

        The change made on every drop: two plain statements in one transaction (see pem_desktop.store.plain).
        """
        self._check_aspect(aspect_id)
        if position is not None:
            position = self._position(position)
        with self._file.plain_transaction() as connection:
            if plain.team(connection, team_id) is None:
                raise InvalidInputError(f"there is no team with id {team_id}")
            row = plain.placement(connection, team_id, aspect_id)
            old = None if row is None else row.position
            if old == position:
                return old
            now = _now()
            plain.set_placement(connection, team_id, aspect_id, position, now)
            plain.add_move(connection, team_id, aspect_id, old, position, now)
        self._changed("placements", aspect_id=aspect_id, team_id=team_id)
        return old

    def undo_place_team(self, team_id: int, aspect_id: str, position: float | None) -> None:
        """Take back the last move of a team on an aspect: restore `position` and drop that history row."""
        self._check_aspect(aspect_id)
        if position is not None:
            position = self._position(position)
        with self._file.plain_transaction() as connection:
            if plain.team(connection, team_id) is None:
                raise InvalidInputError(f"there is no team with id {team_id}")
            plain.set_placement(connection, team_id, aspect_id, position, _now())
            plain.delete_last_move(connection, team_id, aspect_id)
        self._changed("placements", aspect_id=aspect_id, team_id=team_id)

    # -- disagreements -------------------------------------------------------------------------

    def record_disagreement(
        self,
        aspect_id: str,
        viewpoints: Iterable[Viewpoint],
        *,
        team_id: int | None = None,
        topic: str = "",
        resolved: bool = False,
        resolution: str = "",
        resolved_position: float | None = None,
    ) -> DisagreementView:
        """Record where the room disagrees: two or more viewpoints, each with a position and a reason.

        A disagreement the room settled at once can be recorded already resolved.
        """
        self._check_aspect(aspect_id)
        points = self._viewpoints(viewpoints)
        topic = _text(topic, "topic", limit=MAX_LINE)
        resolution = _text(resolution, "resolution")
        if resolved_position is not None:
            resolved_position = self._position(resolved_position)
        now = _now()
        with self._file.transaction() as session:
            if team_id is not None:
                self._team_row(session, team_id)
            row = schema.DisagreementRow(
                aspect_id=aspect_id,
                team_id=team_id,
                topic=topic,
                status="resolved" if resolved else "open",
                resolution=resolution if resolved else "",
                resolved_position=resolved_position if resolved else None,
                created_at=now,
                updated_at=now,
            )
            row.viewpoints = [_viewpoint_row(point, order) for order, point in enumerate(points)]
            session.add(row)
            session.flush()
            view = _disagreement_view(row)
        self._changed("disagreements", aspect_id=aspect_id, team_id=team_id)
        return view

    def edit_disagreement(
        self,
        disagreement_id: int,
        *,
        topic: str | None = None,
        viewpoints: Iterable[Viewpoint] | None = None,
        team_id: int | _Unchanged | None = UNCHANGED,
        status: str | None = None,
        resolution: str | None = None,
        resolved_position: float | _Unchanged | None = UNCHANGED,
    ) -> DisagreementView:
        """Change any part of a disagreement in one transaction; returns it as it was before."""
        points = None if viewpoints is None else self._viewpoints(viewpoints)
        if status is not None and status not in DISAGREEMENT_STATUSES:
            raise InvalidInputError(f"a disagreement is {' or '.join(DISAGREEMENT_STATUSES)}, not {status!r}")
        if resolved_position is not None and resolved_position is not UNCHANGED:
            resolved_position = self._position(resolved_position)
        with self._file.transaction() as session:
            row = self._row(session, schema.DisagreementRow, disagreement_id, "disagreement")
            old = _disagreement_view(row)
            if topic is not None:
                row.topic = _text(topic, "topic", limit=MAX_LINE)
            if points is not None:
                row.viewpoints = [_viewpoint_row(point, order) for order, point in enumerate(points)]
            if team_id is not UNCHANGED:
                if team_id is not None:
                    self._team_row(session, team_id)
                row.team_id = team_id
            if status is not None:
                row.status = status
            if resolution is not None:
                row.resolution = _text(resolution, "resolution")
            if resolved_position is not UNCHANGED:
                row.resolved_position = resolved_position
            row.updated_at = _now()
        self._changed("disagreements", aspect_id=old.aspect_id, team_id=old.team_id)
        return old

    def resolve_disagreement(
        self, disagreement_id: int, resolution: str, position: float | None = None
    ) -> DisagreementView:
        """Close a disagreement with what was agreed (and the agreed position); returns it as it was."""
        resolution = _text(resolution, "resolution")
        if position is not None:
            position = self._position(position)
        with self._file.transaction() as session:
            row = self._row(session, schema.DisagreementRow, disagreement_id, "disagreement")
            old = _disagreement_view(row)
            row.status, row.resolution, row.resolved_position, row.updated_at = "resolved", resolution, position, _now()
        self._changed("disagreements", aspect_id=old.aspect_id, team_id=old.team_id)
        return old

    def reopen_disagreement(self, disagreement_id: int) -> DisagreementView:
        with self._file.transaction() as session:
            row = self._row(session, schema.DisagreementRow, disagreement_id, "disagreement")
            old = _disagreement_view(row)
            row.status, row.updated_at = "open", _now()
        self._changed("disagreements", aspect_id=old.aspect_id, team_id=old.team_id)
        return old

    def delete_disagreement(self, disagreement_id: int) -> DisagreementView:
        with self._file.transaction() as session:
            row = self._row(session, schema.DisagreementRow, disagreement_id, "disagreement")
            old = _disagreement_view(row)
            session.delete(row)
        self._changed("disagreements", aspect_id=old.aspect_id, team_id=old.team_id)
        return old

    def restore_disagreement(self, view: DisagreementView) -> None:
        """Put a disagreement back exactly as it was (after delete, or to undo an edit)."""
        self._check_aspect(view.aspect_id)
        if view.status not in DISAGREEMENT_STATUSES:
            raise InvalidInputError(f"unknown disagreement status {view.status!r}")
        with self._file.transaction() as session:
            existing = session.get(schema.DisagreementRow, view.id)
            if existing is not None:
                session.delete(existing)
                session.flush()
            _insert_disagreement(session, view)
        self._changed("disagreements", aspect_id=view.aspect_id, team_id=view.team_id)

    # -- actions -------------------------------------------------------------------------------

    def add_action(
        self,
        aspect_id: str,
        title: str,
        *,
        team_id: int | None = None,
        target_level_id: str | _Unchanged | None = UNCHANGED,
        detail: str = "",
        owner: str = "",
        due_date: date | None = None,
        status: str = "agreed",
    ) -> ActionView:
        """Agree an action; the target level defaults to the level adjacent above the team's position."""
        self._check_aspect(aspect_id)
        if target_level_id is UNCHANGED:
            target_level_id = self.default_target_level(team_id, aspect_id)
        fields = self._action_fields(
            title=title, target_level_id=target_level_id, detail=detail, owner=owner, due_date=due_date, status=status
        )
        now = _now()
        with self._file.transaction() as session:
            if team_id is not None:
                self._team_row(session, team_id)
            row = schema.ActionRow(
                aspect_id=aspect_id,
                team_id=team_id,
                sort_order=queries.next_sort_order(session, schema.ActionRow.sort_order),
                created_at=now,
                updated_at=now,
                **fields,
            )
            session.add(row)
            session.flush()
            view = _action_view(row)
        self._changed("actions", aspect_id=aspect_id, team_id=team_id)
        return view

    def edit_action(self, action_id: int, **fields) -> ActionView:
        """Change title, detail, owner, due date, status, target level, team or aspect; returns the old action."""
        allowed = {"title", "detail", "owner", "due_date", "status", "target_level_id", "team_id", "aspect_id"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInputError(f"unknown action field(s): {', '.join(sorted(unknown))}")
        with self._file.transaction() as session:
            row = self._row(session, schema.ActionRow, action_id, "action")
            old = _action_view(row)
            if "aspect_id" in fields:
                self._check_aspect(fields["aspect_id"])
                row.aspect_id = fields.pop("aspect_id")
            if "team_id" in fields:
                if fields["team_id"] is not None:
                    self._team_row(session, fields["team_id"])
                row.team_id = fields.pop("team_id")
            merged = {
                key: fields.get(key, getattr(old, key))
                for key in ("title", "detail", "owner", "due_date", "status", "target_level_id")
            }
            for key, value in self._action_fields(**merged).items():
                setattr(row, key, value)
            row.updated_at = _now()
            new_aspect, new_team = row.aspect_id, row.team_id
        # An action moved to another aspect or team concerns both: say so by naming neither.
        self._changed(
            "actions",
            aspect_id=old.aspect_id if new_aspect == old.aspect_id else None,
            team_id=old.team_id if new_team == old.team_id else None,
        )
        return old

    def complete_action(self, action_id: int) -> ActionView:
        """Mark an action done; returns it as it was."""
        return self.edit_action(action_id, status="done")

    def delete_action(self, action_id: int) -> ActionView:
        with self._file.transaction() as session:
            row = self._row(session, schema.ActionRow, action_id, "action")
            old = _action_view(row)
            session.delete(row)
        self._changed("actions", aspect_id=old.aspect_id, team_id=old.team_id)
        return old

    def restore_action(self, view: ActionView) -> None:
        """Put an action back exactly as it was (after delete, or to undo an edit)."""
        self._check_aspect(view.aspect_id)
        self._action_fields(
            title=view.title,
            target_level_id=view.target_level_id,
            detail=view.detail,
            owner=view.owner,
            due_date=view.due_date,
            status=view.status,
        )
        with self._file.transaction() as session:
            existing = session.get(schema.ActionRow, view.id)
            if existing is not None:
                session.delete(existing)
                session.flush()
            _insert_action(session, view)
        self._changed("actions", aspect_id=view.aspect_id, team_id=view.team_id)

    # -- helpers -------------------------------------------------------------------------------

    def _check_aspect(self, aspect_id: str) -> None:
        if not self.model.has_aspect(aspect_id):
            raise InvalidInputError(f"the model has no aspect {aspect_id!r}")

    def _position(self, position: float) -> float:
        try:
            value = float(position)
        except (TypeError, ValueError):
            raise InvalidInputError(f"{position!r} is not a position") from None
        if not math.isfinite(value):
            raise InvalidInputError("a position must be a finite number")
        return round(self.model.clamp_position(value), 4)

    def _viewpoints(self, viewpoints: Iterable[Viewpoint]) -> list[Viewpoint]:
        points = [
            Viewpoint(
                holder=_line(point.holder, "viewpoint holder"),
                position=self._position(point.position),
                reason=_text(point.reason, "viewpoint reason"),
            )
            for point in viewpoints
        ]
        if len(points) < 2:
            raise InvalidInputError("a disagreement needs at least two viewpoints")
        return points

    def _action_fields(self, *, title, target_level_id, detail, owner, due_date, status) -> dict:
        if target_level_id is not None and not self.model.has_level(target_level_id):
            raise InvalidInputError(f"the model has no level {target_level_id!r}")
        if status not in ACTION_STATUSES:
            raise InvalidInputError(f"an action's status is one of {', '.join(ACTION_STATUSES)}, not {status!r}")
        if due_date is not None and not isinstance(due_date, date):
            raise InvalidInputError("the due date must be a date")
        return {
            "title": _line(title, "action title", required=True),
            "target_level_id": target_level_id,
            "detail": _text(detail, "action detail"),
            "owner": _line(owner, "owner"),
            "due_date": due_date,
            "status": status,
        }

    @staticmethod
    def _team_row(session, team_id: int) -> schema.TeamRow:
        row = session.get(schema.TeamRow, team_id)
        if row is None:
            raise InvalidInputError(f"there is no team with id {team_id}")
        return row

    @staticmethod
    def _row(session, kind, row_id: int, what: str):
        row = session.get(kind, row_id)
        if row is None:
            raise InvalidInputError(f"there is no {what} with id {row_id}")
        return row


def model_reader(name: str) -> Callable[[str], tuple[LoadedModel, Facts]]:
    """How the store's open-time check reads the model snapshot of the workshop file `name`."""

    def read_model(snapshot: str) -> tuple[LoadedModel, Facts]:
        try:
            loaded = load_model_text(snapshot, f"{name} (model snapshot)")
        except ModelError as error:
            raise DamagedWorkshopError(
                f"{name} is damaged: its copy of the maturity model is invalid ({error.problems[0]})."
            ) from None
        model = loaded.model
        facts = Facts(
            model.level_count,
            frozenset(aspect.id for aspect in model.aspects),
            frozenset(level.id for level in model.levels),
            model.id,
            model.version,
            frozenset((aspect.id, question.id) for aspect in model.aspects for question in aspect.questions),
        )
        return loaded, facts

    return read_model


# -- conversions ---------------------------------------------------------------------------


def _team_view(row: schema.TeamRow) -> TeamView:
    return TeamView(id=row.id, name=row.name, colour=row.colour, order=row.sort_order, uid=row.uid)


def _placement_view(row: schema.PlacementRow) -> PlacementView:
    return PlacementView(team_id=row.team_id, aspect_id=row.aspect_id, position=row.position)


def _move_view(row: schema.PlacementMoveRow) -> MoveView:
    return MoveView(row.id, row.team_id, row.aspect_id, row.from_position, row.to_position, row.moved_at)


def _disagreement_view(row: schema.DisagreementRow) -> DisagreementView:
    return DisagreementView(
        id=row.id,
        aspect_id=row.aspect_id,
        team_id=row.team_id,
        topic=row.topic,
        viewpoints=tuple(Viewpoint(v.holder, v.position, v.reason) for v in row.viewpoints),
        status=row.status,
        resolution=row.resolution,
        resolved_position=row.resolved_position,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _action_view(row: schema.ActionRow) -> ActionView:
    return ActionView(
        id=row.id,
        aspect_id=row.aspect_id,
        title=row.title,
        team_id=row.team_id,
        target_level_id=row.target_level_id,
        detail=row.detail,
        owner=row.owner,
        due_date=row.due_date,
        status=row.status,
        order=row.sort_order,
        created_at=row.created_at,
        updated_at=row.updated_at,
        carried_from=row.carried_from,
    )


def _viewpoint_row(point: Viewpoint, order: int) -> schema.ViewpointRow:
    return schema.ViewpointRow(holder=point.holder, position=point.position, reason=point.reason, sort_order=order)


def _insert_disagreement(session, view: DisagreementView) -> None:
    now = _now()
    row = schema.DisagreementRow(
        id=view.id,
        aspect_id=view.aspect_id,
        team_id=view.team_id,
        topic=view.topic,
        status=view.status,
        resolution=view.resolution,
        resolved_position=view.resolved_position,
        created_at=view.created_at or now,
        updated_at=view.updated_at or now,
    )
    row.viewpoints = [_viewpoint_row(point, order) for order, point in enumerate(view.viewpoints)]
    session.add(row)


def _insert_action(session, view: ActionView) -> None:
    now = _now()
    session.add(
        schema.ActionRow(
            id=view.id,
            aspect_id=view.aspect_id,
            team_id=view.team_id,
            target_level_id=view.target_level_id,
            title=view.title,
            detail=view.detail,
            owner=view.owner,
            due_date=view.due_date,
            status=view.status,
            sort_order=view.order,
            created_at=view.created_at or now,
            updated_at=view.updated_at or now,
            carried_from=view.carried_from,
        )
    )


# -- input cleaning ------------------------------------------------------------------------


def _clean(value: object, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInputError(f"the {field} must be text")
    # Keep tabs and newlines; drop other control characters and lone surrogates that SQLite and PDFs reject.
    value = value.encode("utf-8", "replace").decode("utf-8")
    return "".join(ch for ch in value if ch in "\t\n" or unicodedata.category(ch) != "Cc")


def _line(value: object, field: str, *, required: bool = False, limit: int = MAX_LINE) -> str:
    text = " ".join(_clean(value, field).split())
    if required and not text:
        raise InvalidInputError(f"the {field} must not be empty")
    if len(text) > limit:
        raise InvalidInputError(f"the {field} is longer than {limit} characters")
    return text


def _text(value: object, field: str, *, limit: int = MAX_TEXT) -> str:
    text = _clean(value, field).replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise InvalidInputError(f"the {field} is longer than {limit} characters")
    return text


def _colour(value: str) -> str:
    if not isinstance(value, str) or len(value) != 7 or value[0] != "#" or not set(value[1:]) <= _COLOUR_DIGITS:
        raise InvalidInputError(f"{value!r} is not a colour like #1E88E5")
    return value.upper()


def _check_unique_names(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        key = name.casefold()
        if key in seen:
            raise InvalidInputError(f"there is already a team called {name!r}")
        seen.add(key)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


__all__ = ["DamagedWorkshopError", "InvalidInputError", "Workshop"]
