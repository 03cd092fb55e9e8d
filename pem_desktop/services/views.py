"""Immutable view objects that services hand to the UI and to exports (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# The statuses are part of the file's schema (pem_desktop.store.expected_schema checks them on open).
from pem_desktop.store.expected_schema import ACTION_STATUSES as ACTION_STATUSES
from pem_desktop.store.expected_schema import DISAGREEMENT_STATUSES as DISAGREEMENT_STATUSES


@dataclass(frozen=True)
class WorkshopInfo:
    """The workshop's own details."""

    title: str
    organisation: str = ""
    workshop_date: date | None = None
    facilitator: str = ""
    participants: str = ""
    notes: str = ""
    model_id: str = ""
    model_version: str = ""
    language: str = "en"
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class TeamView:
    """A team and where it sorts among the others; `uid` is its identity across follow-ups (kept when renamed)."""

    id: int
    name: str
    colour: str
    order: int
    uid: str = ""


@dataclass(frozen=True)
class PlacementView:
    """A team's position on one aspect's continuum, in level units."""

    team_id: int
    aspect_id: str
    position: float


@dataclass(frozen=True)
class MoveView:
    """One entry of the placement history; None positions mean "not placed"."""

    id: int
    team_id: int
    aspect_id: str
    from_position: float | None
    to_position: float | None
    moved_at: datetime


@dataclass(frozen=True)
class Viewpoint:
    """One side of a disagreement."""

    holder: str
    position: float
    reason: str = ""


@dataclass(frozen=True)
class DisagreementView:
    """A disagreement about an aspect, for one team (team_id) or the whole organisation (None)."""

    id: int
    aspect_id: str
    team_id: int | None
    topic: str
    viewpoints: tuple[Viewpoint, ...]
    status: str = "open"
    resolution: str = ""
    resolved_position: float | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class ActionView:
    """An agreed action on an aspect, moving toward a target level."""

    id: int
    aspect_id: str
    title: str
    team_id: int | None = None
    target_level_id: str | None = None
    detail: str = ""
    owner: str = ""
    due_date: date | None = None
    status: str = "agreed"
    order: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    carried_from: int | None = None  # the action of the previous workshop it continues (a snapshot action's id)


@dataclass(frozen=True)
class TargetView:
    """Where the room wants an aspect to be, by a date: for one team (team_id) or the whole organisation (None).

    `position` is in level units like a placement; a team without a target of its own works toward
    the organisation's.
    """

    aspect_id: str
    team_id: int | None
    position: float
    due_date: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class RemovedTeam:
    """Everything removed with a team, so that undo can put it all back exactly."""

    team: TeamView
    placements: tuple[PlacementView, ...]
    moves: tuple[MoveView, ...]
    disagreements: tuple[DisagreementView, ...]
    actions: tuple[ActionView, ...]
    vote_rounds: tuple = ()  # the rounds about this team alone (store.votes.RoundRecord)
    votes: tuple = ()  # the votes on this team, in any round (store.votes.VoteRecord)
    targets: tuple[TargetView, ...] = ()  # the team's own targets
    answers: tuple = ()  # the room's answers to guided questions for this team (store.answers.AnswerRecord)
    vote_answers: tuple = ()  # the answers behind its votes (store.answers.VoteAnswerRecord)


#: Every kind of stored data a Change can name ("model", the model's language, is named apart).
DATA_KINDS = frozenset(
    {
        "workshop",
        "teams",
        "placements",
        "disagreements",
        "actions",
        "votes",
        "participants",
        "answers",
        "targets",
        "reviews",
    }
)


@dataclass(frozen=True)
class Change:
    """What one service call changed, so that views can refresh what they show."""

    kinds: frozenset[str]
    aspect_id: str | None = None
    team_id: int | None = None
