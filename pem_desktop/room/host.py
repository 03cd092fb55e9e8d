"""The room on the thread that owns the workshop: joins and votes stored through the services, and the
round the phones are shown kept in step with the file.

The server thread never calls a RoomHost; it hands these methods to the RoomChannel, and the owner
runs them. What the phones see follows the file, whoever changed it (the room panel, an undo, the
headless room's commands): the round taking votes, or else the last one shown, until it is cleared.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from pem_desktop import i18n
from pem_desktop.room import protocol
from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.views import Change
from pem_desktop.services.votes import ParticipantView, VoteRoundView, Votes, VoteView

Publisher = Callable[
    [dict | None, dict[int, dict[int | None, float]], dict[int, dict[int | None, dict[str, int]]], str], None
]


@dataclass(frozen=True)
class JoinedParticipant:
    """Someone who joined this room, and how many of their windows are connected now."""

    id: int
    name: str
    joined_at: datetime | None
    connections: int = 0

    @property
    def display_name(self) -> str:
        return self.name or f"Participant {self.id}"


class RoomHost:
    """Serves one room's calls on the workshop's thread; `on_change` hears of joins and connections."""

    def __init__(
        self,
        workshop: Workshop,
        *,
        on_change: Callable[[], None] | None = None,
        on_stored: Callable[[list[VoteView]], None] | None = None,
    ):
        self.workshop = workshop
        self.votes = Votes(workshop)
        self.on_change = on_change or (lambda: None)
        self.on_stored = on_stored or (lambda _votes: None)  # after each batch of votes is on disk
        self.joined: dict[int, JoinedParticipant] = {}
        self._publish: Publisher | None = None
        self._published: tuple | None = None
        self._teams_changed = False
        current = self.votes.current_round()
        self.shown_round_id: int | None = current.id if current is not None else None
        workshop.subscribe(self._workshop_changed)

    def attach(self, publish: Publisher) -> None:
        """Start showing rounds through `publish` (RoomApp.publish)."""
        self._publish = publish
        self.refresh(force=True)

    def detach(self) -> None:
        self._publish = None
        with contextlib.suppress(ValueError):
            self.workshop.unsubscribe(self._workshop_changed)

    # -- the server's calls (through the channel) ----------------------------------------------

    def join(self, name: str) -> ParticipantView:
        view = self.votes.join(name)
        self.joined[view.id] = JoinedParticipant(view.id, view.name, view.joined_at)
        self.on_change()
        return view

    def cast_many(self, items: Sequence[tuple]) -> list[VoteView | InvalidInputError]:
        """Votes that arrived together, as (participant_id, round_id, team_id, position), or with position
        None and the answers to the aspect's questions (question id -> level index): stored in one
        transaction; each gets its vote or the reason it was refused."""
        results: list[VoteView | InvalidInputError | None] = [
            None if item[0] in self.joined else InvalidInputError("join the room first") for item in items
        ]
        accepted = [(r, p, t, *rest) for (p, r, t, *rest), result in zip(items, results, strict=True) if result is None]
        outcomes = self.votes.cast_many(accepted)
        stored = [outcome for outcome in outcomes if not isinstance(outcome, Exception)]
        if stored:
            self.on_stored(stored)
        remaining = iter(outcomes)
        return [next(remaining) if result is None else result for result in results]

    def presence(self, participant_id: int, connections: int) -> None:
        known = self.joined.get(participant_id)
        if known is not None and known.connections != connections:
            self.joined[participant_id] = JoinedParticipant(known.id, known.name, known.joined_at, connections)
            self.on_change()

    # -- what phones see -----------------------------------------------------------------------

    @property
    def shown_round(self) -> VoteRoundView | None:
        return round_shown(self.votes, self.shown_round_id)

    def participants(self) -> list[JoinedParticipant]:
        """This room's participants, in the order they joined."""
        return list(self.joined.values())

    def refresh(self, *, force: bool = False, teams: bool = False) -> None:
        """Show phones the round the file says is current, if that changed (or `force`; `teams`: the teams
        changed, their names or colours, or the model's language, so show it again), with the page in the
        workshop's language."""
        self._teams_changed = self._teams_changed or teams
        shown = round_shown(self.votes, self.shown_round_id)
        self.shown_round_id = shown.id if shown is not None else None
        key = None if shown is None else (shown.id, shown.status)
        if self._publish is None or (key == self._published and not force and not self._teams_changed):
            return
        self._published, self._teams_changed = key, False
        language = self.workshop.loaded_model.language  # the page speaks the workshop's language
        if shown is None:
            self._publish(None, {}, {}, language)
            return
        mine: dict[int, dict[int | None, float]] = {}
        cast = {}
        for vote in self.votes.votes(shown.id):
            mine.setdefault(vote.participant_id, {})[vote.team_id] = vote.position
            cast[vote.id] = vote
        levels = {level.id: level.index for level in self.workshop.model.levels}
        answers: dict[int, dict[int | None, dict[str, int]]] = {}
        for answer in self.votes.vote_answers(shown.id):
            vote = cast[answer.vote_id]
            answers.setdefault(vote.participant_id, {}).setdefault(vote.team_id, {})[answer.question_id] = levels[
                answer.level_id
            ]
        with i18n.speaking(language):  # the words for positions too ("zwischen Operativ und Skalierbar")
            ballot = self.votes.ballot(shown.id)
        self._publish(protocol.ballot_document(ballot), mine, answers, language)

    def _workshop_changed(self, change: Change) -> None:
        if change.kinds & {"teams", "model"}:  # names, colours, or the model's texts in another language
            self._teams_changed = True
        if change.kinds & {"votes", "teams", "model"}:
            self.refresh()


def round_shown(votes: Votes, last_shown: int | None) -> VoteRoundView | None:
    """What phones are shown: the round taking votes, or else the last one shown, until it is cleared."""
    current = votes.current_round()
    if current is not None or last_shown is None:
        return current
    try:
        return votes.round(last_shown)
    except InvalidInputError:
        return None
