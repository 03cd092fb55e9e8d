"""Votes from the room: participants join from their phones, the facilitator opens a vote on an aspect
(for one team or for every team), each participant places a marker (or answers the aspect's guided
questions, whose answers place it), and the spread is revealed.

Every public method is one transaction, on disk when it returns (a vote is stored before its phone is
told "received"), and every change is announced to the workshop's listeners as a Change of kind
"votes" (or "participants"), as every other change is. Positions are in level units, as placements are.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.services.answers import VoteAnswerView, checked_answers
from pem_desktop.services.views import TeamView, Viewpoint
from pem_desktop.services.workshop import InvalidInputError, Workshop, _line, _now
from pem_desktop.store import answers as answers_store
from pem_desktop.store import plain
from pem_desktop.store import votes as store
from pem_desktop.store.votes import ROUND_STATUSES, ParticipantRecord, RoundRecord, VoteRecord

MAX_PARTICIPANT_NAME = 40
DISAGREEMENT_THRESHOLD = 1.0  # votes spread wider than this many levels: a disagreement worth recording
WORDS_STEP = 0.01  # the finest step a phone places its marker by


@dataclass(frozen=True)
class ParticipantView:
    """Someone who joined a room ("" when they gave no name)."""

    id: int
    name: str
    joined_at: datetime | None = None


@dataclass(frozen=True)
class VoteRoundView:
    """One vote on an aspect, about one team (team_id) or about every team (None)."""

    id: int
    aspect_id: str
    team_id: int | None
    status: str = "open"
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    revealed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def is_revealed(self) -> bool:
        return self.status == "revealed"


@dataclass(frozen=True)
class VoteView:
    """One participant's vote on a team (team_id None: the whole organisation)."""

    id: int
    round_id: int
    participant_id: int
    team_id: int | None
    position: float
    cast_at: datetime | None = None
    changed_at: datetime | None = None


@dataclass(frozen=True)
class VoteSpread:
    """The votes of one round on one team (None: the whole organisation): where they lie, and their median."""

    round_id: int
    aspect_id: str
    team_id: int | None
    positions: tuple[float, ...]  # lowest first

    @property
    def count(self) -> int:
        return len(self.positions)

    @property
    def median(self) -> float:
        return round(statistics.median(self.positions), 4)

    @property
    def low(self) -> float:
        return self.positions[0]

    @property
    def high(self) -> float:
        return self.positions[-1]

    @property
    def width(self) -> float:
        """How far apart the lowest and the highest vote are, in levels."""
        return round(self.high - self.low, 4)

    def exceeds(self, threshold: float = DISAGREEMENT_THRESHOLD) -> bool:
        """Whether the votes spread wider than `threshold` levels (a disagreement worth recording)."""
        return self.count >= 2 and self.width > threshold


@dataclass(frozen=True)
class AspectVotes:
    """What the board shows of the room's votes on one aspect: its latest vote (None: there is none), how many
    votes that has from how many people, and once it is revealed the spread per team."""

    round: VoteRoundView | None
    votes: int = 0
    voters: int = 0
    spreads: tuple[VoteSpread, ...] = ()


@dataclass(frozen=True)
class ClearedRound:
    """A round taken away with its votes (and the answers behind them), kept so that undo can put it all
    back exactly."""

    round: VoteRoundView
    votes: tuple[VoteView, ...]
    answers: tuple[VoteAnswerView, ...] = ()


@dataclass(frozen=True)
class Ballot:
    """What a participant's phone is shown of a round: the aspect, its levels and the teams to choose
    from, nothing else of the workshop. `words` says, for every stretch of the continuum, how the
    model describes a position there (from `MaturityModel.describe_position`)."""

    round: VoteRoundView
    aspect: Aspect
    level_count: int
    teams: tuple[TeamView, ...]  # the one team of a one-team round, else every team
    words: tuple[tuple[float, float, str], ...]

    @property
    def whole_organisation(self) -> bool:
        """Whether a participant may vote on the whole organisation (only when every team is voted on)."""
        return self.round.team_id is None


class Votes:
    """The room's votes in one open workshop; cheap to make, holds no state of its own."""

    def __init__(self, workshop: Workshop):
        self.workshop = workshop
        # The services of one workshop share its file and its listeners.
        self._file = workshop._file

    @property
    def model(self) -> MaturityModel:
        return self.workshop.model

    def _changed(self, *kinds: str, aspect_id: str | None = None, team_id: int | None = None) -> None:
        self.workshop._changed(*kinds, aspect_id=aspect_id, team_id=team_id)

    def announce(self, kinds: Iterable[str], aspect_id: str | None = None, team_id: int | None = None) -> None:
        """Tell this workshop's listeners of votes another connection stored (the room's server process)."""
        wanted = [kind for kind in kinds if kind in ("votes", "participants")]
        if wanted:
            self._changed(*wanted, aspect_id=aspect_id, team_id=team_id)

    # -- participants --------------------------------------------------------------------------

    def join(self, name: str = "") -> ParticipantView:
        """A participant joins the room, with an optional name."""
        name = _line(name, "name", limit=MAX_PARTICIPANT_NAME)
        with self._file.plain_transaction() as connection:
            record = store.add_participant(connection, name, _now())
        self._changed("participants")
        return _participant_view(record)

    def participants(self) -> list[ParticipantView]:
        with self._file.plain_reading() as connection:
            return [_participant_view(record) for record in store.participants(connection)]

    # -- rounds --------------------------------------------------------------------------------

    def open_round(self, aspect_id: str, team_id: int | None = None) -> VoteRoundView:
        """Open a vote on an aspect, about one team or (None) every team; a round still open is closed first."""
        if not self.model.has_aspect(aspect_id):
            raise InvalidInputError(f"the model has no aspect {aspect_id!r}")
        now = _now()
        with self._file.plain_transaction() as connection:
            if team_id is not None and plain.team(connection, team_id) is None:
                raise InvalidInputError(f"there is no team with id {team_id}")
            for still_open in store.rounds(connection, status="open"):
                store.set_round_status(connection, still_open.id, "closed", now, None)
            record = store.add_round(connection, aspect_id, team_id, now)
        self._changed("votes", aspect_id=aspect_id, team_id=team_id)
        return _round_view(record)

    def close_round(self, round_id: int) -> VoteRoundView:
        """Stop taking votes (they stay hidden until revealed); a closed round stays as it is."""
        return self._set_status(round_id, "closed")

    def reveal_round(self, round_id: int) -> VoteRoundView:
        """Show the votes to the room; an open round is closed at the same moment."""
        return self._set_status(round_id, "revealed")

    def _set_status(self, round_id: int, status: str) -> VoteRoundView:
        now = _now()
        with self._file.plain_transaction() as connection:
            record = self._round_record(connection, round_id)
            if record.status == status or (record.status == "revealed" and status == "closed"):
                return _round_view(record)
            closed_at = record.closed_at or now
            revealed_at = now if status == "revealed" else None
            store.set_round_status(connection, round_id, status, closed_at, revealed_at)
            record = record._replace(status=status, closed_at=closed_at, revealed_at=revealed_at)
        self._changed("votes", aspect_id=record.aspect_id, team_id=record.team_id)
        return _round_view(record)

    def clear_round(self, round_id: int) -> ClearedRound:
        """Take a round away with all its votes (to run the vote again); returns it all for undo."""
        with self._file.plain_transaction() as connection:
            record = self._round_record(connection, round_id)
            cleared = ClearedRound(
                _round_view(record),
                tuple(_vote_view(vote) for vote in store.votes(connection, round_id)),
                tuple(VoteAnswerView(*a) for a in answers_store.vote_answers(connection, round_id=round_id)),
            )
            store.delete_round(connection, round_id)
        self._changed("votes", aspect_id=record.aspect_id, team_id=record.team_id)
        return cleared

    def restore_round(self, cleared: ClearedRound) -> VoteRoundView:
        """Put a cleared round back with its votes; an open one comes back closed if another is open now.

        Its ids are kept where they are still free (a round opened since may have taken them); the
        round as restored is returned.
        """
        view = cleared.round
        if not self.model.has_aspect(view.aspect_id):
            raise InvalidInputError(f"the model has no aspect {view.aspect_id!r}")
        if view.status not in ROUND_STATUSES:
            raise InvalidInputError(f"unknown vote status {view.status!r}")
        with self._file.plain_transaction() as connection:
            status, closed_at = view.status, view.closed_at
            if status == "open" and store.rounds(connection, status="open"):
                status, closed_at = "closed", _now()
            record = RoundRecord(
                view.id, view.aspect_id, view.team_id, status, view.opened_at or _now(), closed_at, view.revealed_at
            )
            record = record._replace(id=store.insert_round(connection, record))
            vote_ids = {}
            for vote in cleared.votes:
                vote_ids[vote.id] = store.insert_vote(connection, _vote_record(vote)._replace(round_id=record.id))
            for answer in cleared.answers:
                if answer.vote_id in vote_ids:
                    answers_store.insert_vote_answer(connection, _vote_answer_record(answer, vote_ids[answer.vote_id]))
        self._changed("votes", aspect_id=view.aspect_id, team_id=view.team_id)
        return _round_view(record)

    def current_round(self) -> VoteRoundView | None:
        """The round taking votes now, if any."""
        with self._file.plain_reading() as connection:
            found = store.rounds(connection, status="open")
        return _round_view(found[-1]) if found else None

    def latest_round(self, aspect_id: str) -> VoteRoundView | None:
        """The most recent round on an aspect, whatever its status."""
        found = self.rounds(aspect_id)
        return found[-1] if found else None

    def round(self, round_id: int) -> VoteRoundView:
        with self._file.plain_reading() as connection:
            return _round_view(self._round_record(connection, round_id))

    def rounds(self, aspect_id: str | None = None) -> list[VoteRoundView]:
        """Every round (on one aspect), oldest first."""
        with self._file.plain_reading() as connection:
            return [_round_view(record) for record in store.rounds(connection, aspect_id)]

    # -- votes ---------------------------------------------------------------------------------

    def cast(self, round_id: int, participant_id: int, team_id: int | None, position: float) -> VoteView:
        """A participant's vote (new, or changing their earlier one) on a team, or None: the whole organisation.

        Refused, with the reason, when the round is not open, the team is not one this round is about,
        or the position is not on the continuum. On disk when it returns.
        """
        (result,) = self.cast_many([(round_id, participant_id, team_id, position)])
        if isinstance(result, InvalidInputError):
            raise result
        return result

    def cast_by_answers(
        self, round_id: int, participant_id: int, team_id: int | None, answers: Mapping[str, int]
    ) -> VoteView:
        """A participant's vote given as answers to the aspect's guided questions (question id -> level index):
        its position is what they suggest (maturity.questions.suggest_position), and the answers are stored
        with it. Checked as `cast` is, and the answers against the round's aspect. On disk when it returns.
        """
        (result,) = self.cast_many([(round_id, participant_id, team_id, None, answers)])
        if isinstance(result, InvalidInputError):
            raise result
        return result

    def cast_many(self, ballots: Sequence[tuple]) -> list[VoteView | InvalidInputError]:
        """Votes that arrived together, in one transaction: each (round_id, participant_id, team_id, position)
        placed on the line, or (round_id, participant_id, team_id, None, answers) given by answering the
        questions. Each is checked as `cast` (or `cast_by_answers`) checks it and gets its vote or the reason
        it was refused. Every vote returned is on disk when this returns; a failed write raises for all of
        them (WriteFailedError). A vote placed on the line replaces any answers behind the earlier one.
        """
        results: list[VoteView | InvalidInputError] = []
        touched: set[str] = set()
        now = _now()
        with self._file.plain_transaction() as connection:
            rounds: dict[int, RoundRecord | None] = {}
            participants: dict[int, bool] = {}
            teams: dict[int, bool] = {}
            for round_id, participant_id, team_id, position, *given in ballots:
                answers = given[0] if given else None
                try:
                    if answers is None:
                        position = self._vote_position(position)
                    if round_id not in rounds:
                        found = store.rounds(connection, round_id=round_id)
                        rounds[round_id] = found[0] if found else None
                    record = rounds[round_id]
                    if record is None:
                        raise InvalidInputError(f"there is no vote with id {round_id}")
                    if record.status != "open":
                        raise InvalidInputError("this vote has closed")
                    if participant_id not in participants:
                        participants[participant_id] = store.participant(connection, participant_id) is not None
                    if not participants[participant_id]:
                        raise InvalidInputError(f"there is no participant with id {participant_id}")
                    if record.team_id is not None and team_id != record.team_id:
                        raise InvalidInputError("this vote is about another team")
                    if team_id is not None:
                        if team_id not in teams:
                            teams[team_id] = plain.team(connection, team_id) is not None
                        if not teams[team_id]:
                            raise InvalidInputError(f"there is no team with id {team_id}")
                    chosen: list[tuple[str, str]] = []
                    if answers is not None:
                        suggestion, chosen = checked_answers(self.model.aspect(record.aspect_id), answers)
                        position = round(suggestion.position, 4)
                except InvalidInputError as error:
                    results.append(error)
                    continue
                vote, _old = store.cast_vote(connection, round_id, participant_id, team_id, position, now)
                answers_store.set_vote_answers(connection, vote.id, record.aspect_id, chosen)
                results.append(_vote_view(vote))
                touched.add(record.aspect_id)
        for aspect_id in sorted(touched):
            self._changed("votes", aspect_id=aspect_id)
        return results

    def votes(self, round_id: int | None = None, *, participant_id: int | None = None) -> list[VoteView]:
        with self._file.plain_reading() as connection:
            return [_vote_view(v) for v in store.votes(connection, round_id, participant_id=participant_id)]

    def vote_answers(self, round_id: int | None = None) -> list[VoteAnswerView]:
        """The answers behind votes cast by answering the questions (of one round), by vote."""
        with self._file.plain_reading() as connection:
            return [VoteAnswerView(*record) for record in answers_store.vote_answers(connection, round_id=round_id)]

    def tally(self, round_id: int) -> tuple[int, int]:
        """(votes, participants who voted) in a round: what the facilitator sees while votes are hidden."""
        with self._file.plain_reading() as connection:
            return store.vote_counts(connection, round_id)

    def round_and_counts(self, round_id: int) -> tuple[VoteRoundView | None, int, int]:
        """A round as it is now (None: it was cleared) and its (votes, voters), in one snapshot."""
        with self._file.plain_reading() as connection:
            found = store.rounds(connection, round_id=round_id)
            if not found:
                return None, 0, 0
            return (_round_view(found[0]), *store.vote_counts(connection, round_id))

    # -- results -------------------------------------------------------------------------------

    def spreads(self, round_id: int) -> list[VoteSpread]:
        """The spread of a round's votes for each team voted on, in team order, the whole organisation last."""
        with self._file.plain_reading() as connection:
            record = self._round_record(connection, round_id)
            found = store.votes(connection, round_id)
            order = {team.id: index for index, team in enumerate(plain.teams(connection))}
        return _spreads(record.id, record.aspect_id, found, order)

    def spread(self, round_id: int, team_id: int | None) -> VoteSpread | None:
        return next((s for s in self.spreads(round_id) if s.team_id == team_id), None)

    def on_aspect(self, aspect_id: str) -> AspectVotes:
        """The latest vote on an aspect, its counts and (revealed) its spreads, read in one snapshot."""
        with self._file.plain_reading() as connection:
            found = store.rounds(connection, aspect_id)
            if not found:
                return AspectVotes(None)
            record = found[-1]
            votes, voters = store.vote_counts(connection, record.id)
            if record.status != "revealed":
                return AspectVotes(_round_view(record), votes, voters)
            cast = store.votes(connection, record.id)
            order = {team.id: index for index, team in enumerate(plain.teams(connection))}
        spreads = tuple(_spreads(record.id, record.aspect_id, cast, order))
        return AspectVotes(_round_view(record), votes, voters, spreads)

    def revealed_spreads(self) -> list[VoteSpread]:
        """For each aspect and team, the spread of the latest revealed round that has votes on it (for the
        roadmap); in model order, then team order, the whole organisation last."""
        with self._file.plain_reading() as connection:
            revealed = store.rounds(connection, status="revealed")
            found = store.votes(connection)
            order = {team.id: index for index, team in enumerate(plain.teams(connection))}
        by_round: dict[int, list[VoteRecord]] = {}
        for vote in found:
            by_round.setdefault(vote.round_id, []).append(vote)
        latest: dict[tuple[str, int | None], VoteSpread] = {}
        for record in revealed:  # oldest first: later rounds replace earlier ones
            for spread in _spreads(record.id, record.aspect_id, by_round.get(record.id, []), order):
                latest[spread.aspect_id, spread.team_id] = spread
        aspect_order = {aspect.id: index for index, aspect in enumerate(self.model.aspects)}
        return sorted(
            latest.values(),
            key=lambda s: (aspect_order.get(s.aspect_id, len(aspect_order)), _team_key(s.team_id, order)),
        )

    def viewpoints(self, round_id: int, team_id: int | None, *, named: bool = True) -> list[Viewpoint]:
        """A round's votes on a team as the viewpoints of a disagreement, lowest first: each voter's name
        (named, where they gave one) or "Voter 1", "Voter 2"... (anonymous)."""
        with self._file.plain_reading() as connection:
            self._round_record(connection, round_id)
            names = {p.id: p.name for p in store.participants(connection)}
            found = [v for v in store.votes(connection, round_id) if v.team_id == team_id]
        found.sort(key=lambda v: (v.position, v.id))
        return [
            Viewpoint(
                holder=(names.get(v.participant_id, "") if named else "") or f"Voter {number}", position=v.position
            )
            for number, v in enumerate(found, start=1)
        ]

    def ballot(self, round_id: int) -> Ballot:
        """What phones are shown of a round."""
        view = self.round(round_id)
        teams = self.workshop.teams()
        if view.team_id is not None:
            teams = [team for team in teams if team.id == view.team_id]
        return Ballot(
            round=view,
            aspect=self.model.aspect(view.aspect_id),
            level_count=self.model.level_count,
            teams=tuple(teams),
            words=position_words(self.model),
        )

    # -- helpers -------------------------------------------------------------------------------

    def _vote_position(self, position: object) -> float:
        if isinstance(position, bool) or not isinstance(position, int | float):
            raise InvalidInputError("a vote's position must be a number")
        value = float(position)
        top = self.model.level_count
        if not math.isfinite(value) or not 0 <= value <= top:
            raise InvalidInputError(f"a vote's position must lie on the continuum, from 0 to {top}")
        return round(value, 4)

    @staticmethod
    def _round_record(connection, round_id: int) -> RoundRecord:
        found = store.rounds(connection, round_id=round_id)
        if not found:
            raise InvalidInputError(f"there is no vote with id {round_id}")
        return found[0]


def position_words(model: MaturityModel, step: float = WORDS_STEP) -> tuple[tuple[float, float, str], ...]:
    """The model's words for positions along the whole continuum, as (from, to, words) stretches, so that a
    phone describes its marker exactly as the app does, without a copy of the rule."""
    stretches: list[list] = []
    steps = round(model.level_count / step)
    for index in range(steps + 1):
        position = round(index * step, 4)
        words = model.describe_position(position)
        if stretches and stretches[-1][2] == words:
            stretches[-1][1] = position
        else:
            stretches.append([position, position, words])
    return tuple((start, end, words) for start, end, words in stretches)


def _spreads(round_id: int, aspect_id: str, found: Iterable[VoteRecord], order: dict[int, int]) -> list[VoteSpread]:
    by_team: dict[int | None, list[float]] = {}
    for vote in found:
        by_team.setdefault(vote.team_id, []).append(vote.position)
    return [
        VoteSpread(round_id, aspect_id, team_id, tuple(sorted(positions)))
        for team_id, positions in sorted(by_team.items(), key=lambda item: _team_key(item[0], order))
    ]


def _team_key(team_id: int | None, order: dict[int, int]) -> tuple[int, int]:
    return (1, 0) if team_id is None else (0, order.get(team_id, len(order)))


def _participant_view(record: ParticipantRecord) -> ParticipantView:
    return ParticipantView(record.id, record.name, record.joined_at)


def _round_view(record: RoundRecord) -> VoteRoundView:
    return VoteRoundView(*record)


def _vote_view(record: VoteRecord) -> VoteView:
    return VoteView(*record)


def _vote_answer_record(view: VoteAnswerView, vote_id: int) -> answers_store.VoteAnswerRecord:
    return answers_store.VoteAnswerRecord(view.id, vote_id, view.aspect_id, view.question_id, view.level_id)


def _vote_record(view: VoteView) -> VoteRecord:
    now = _now()
    return VoteRecord(
        view.id,
        view.round_id,
        view.participant_id,
        view.team_id,
        view.position,
        view.cast_at or now,
        view.changed_at or now,
    )


__all__ = [
    "DISAGREEMENT_THRESHOLD",
    "AspectVotes",
    "Ballot",
    "ClearedRound",
    "ParticipantView",
    "VoteRoundView",
    "VoteSpread",
    "VoteView",
    "Votes",
    "position_words",
]
