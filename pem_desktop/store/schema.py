"""The tables of a workshop file, as SQLAlchemy 2.0 typed ORM classes."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Base class of every table in a workshop file."""


class WorkshopRow(Base):
    """The one row describing the workshop, with the snapshot of the model it is run with."""

    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    workshop_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    facilitator: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    model_id: Mapped[str] = mapped_column(String(200))
    model_version: Mapped[str] = mapped_column(String(200))
    model_yaml: Mapped[str] = mapped_column(Text)
    model_sha256: Mapped[str] = mapped_column(String(64))


class WorkshopLanguageRow(Base):
    """The workshop's language and the translation of its model into it (empty: the model's own language).

    At most one row; a file without it (made before it existed) shows its model in the model's own language.
    """

    __tablename__ = "workshop_language"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(35))
    model_translation_yaml: Mapped[str] = mapped_column(Text, default="")
    model_translation_sha256: Mapped[str] = mapped_column(String(64), default="")


class TeamRow(Base):
    """A team (or the whole organisation) being placed on the model."""

    __tablename__ = "team"
    __table_args__ = (Index("ux_team_uid", "uid", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    sort_order: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The team's identity across a chain of follow-ups, kept when it is renamed (see SnapshotTeamRow).
    # Nullable in the DDL, as SQLite adds a column without a default; the open-time check requires one.
    uid: Mapped[str] = mapped_column(String(32), nullable=True, default=lambda: new_uid())

    placements: Mapped[list[PlacementRow]] = relationship(
        back_populates="team", cascade="all, delete-orphan", passive_deletes=True
    )


class PlacementRow(Base):
    """Where a team currently sits on one aspect's continuum, in level units."""

    __tablename__ = "placement"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    aspect_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    team: Mapped[TeamRow] = relationship(back_populates="placements")


class PlacementMoveRow(Base):
    """One entry in the history of moves: a team placed, moved or taken off an aspect."""

    __tablename__ = "placement_move"
    __table_args__ = (Index("ix_placement_move_team_aspect", "team_id", "aspect_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    aspect_id: Mapped[str] = mapped_column(String(200))
    from_position: Mapped[float | None] = mapped_column(Float, nullable=True)
    to_position: Mapped[float | None] = mapped_column(Float, nullable=True)
    moved_at: Mapped[datetime] = mapped_column(DateTime)


class DisagreementRow(Base):
    """Where the room disagrees about an aspect, for one team or the whole organisation."""

    __tablename__ = "disagreement"
    __table_args__ = (Index("ix_disagreement_aspect", "aspect_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    aspect_id: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True)
    topic: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_position: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    viewpoints: Mapped[list[ViewpointRow]] = relationship(
        back_populates="disagreement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ViewpointRow.sort_order",
    )


class ViewpointRow(Base):
    """One side of a disagreement: who holds it, the position it argues and why."""

    __tablename__ = "viewpoint"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    disagreement_id: Mapped[int] = mapped_column(ForeignKey("disagreement.id", ondelete="CASCADE"), index=True)
    holder: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer)

    disagreement: Mapped[DisagreementRow] = relationship(back_populates="viewpoints")


class ActionRow(Base):
    """An action the room agreed on, moving an aspect toward a target level."""

    __tablename__ = "action"
    __table_args__ = (Index("ix_action_aspect", "aspect_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    aspect_id: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True)
    target_level_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    title: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="agreed")
    sort_order: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # The action of the previous workshop this one continues (an action carried into a follow-up).
    carried_from: Mapped[int | None] = mapped_column(
        ForeignKey("snapshot_action.id", ondelete="CASCADE"), nullable=True
    )


class VoteParticipantRow(Base):
    """Someone who joined a room from their own device; the name is optional ("" for anonymous)."""

    __tablename__ = "vote_participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    joined_at: Mapped[datetime] = mapped_column(DateTime)


class VoteRoundRow(Base):
    """One vote of the room on an aspect: about one team (team_id) or every team (None).

    Status "open" takes votes, "closed" no longer does, "revealed" has shown them to the room.
    """

    __tablename__ = "vote_round"
    __table_args__ = (Index("ix_vote_round_aspect", "aspect_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    aspect_id: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revealed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class VoteRow(Base):
    """One participant's vote in a round: where a team (None: the whole organisation) sits, in level units.

    A participant has at most one vote per team in a round; changing it updates the row.
    """

    __tablename__ = "vote"
    __table_args__ = (
        Index("ix_vote_round_participant", "round_id", "participant_id"),
        Index("ix_vote_team_id", "team_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("vote_round.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("vote_participant.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True)
    position: Mapped[float] = mapped_column(Float)
    cast_at: Mapped[datetime] = mapped_column(DateTime)
    changed_at: Mapped[datetime] = mapped_column(DateTime)


def new_uid() -> str:
    """A new team identity: 32 random hexadecimal digits."""
    return secrets.token_hex(16)


class SnapshotRow(Base):
    """An earlier workshop of a follow-up chain, as it was when the next one was started (oldest: sort_order 0)."""

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    workshop_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    facilitator: Mapped[str] = mapped_column(Text)
    model_version: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column(DateTime)


class SnapshotTeamRow(Base):
    """A team as it was in a snapshot: its identity (TeamRow.uid), and its name, colour and order then."""

    __tablename__ = "snapshot_team"
    __table_args__ = (Index("ux_snapshot_team_uid", "snapshot_id", "uid", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    sort_order: Mapped[int] = mapped_column(Integer)


class SnapshotPositionRow(Base):
    """Where a team sat on an aspect in a snapshot."""

    __tablename__ = "snapshot_position"
    __table_args__ = (Index("ux_snapshot_position_team_aspect", "snapshot_team_id", "aspect_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_team_id: Mapped[int] = mapped_column(ForeignKey("snapshot_team.id", ondelete="CASCADE"))
    aspect_id: Mapped[str] = mapped_column(String(200))
    position: Mapped[float] = mapped_column(Float)


class SnapshotTargetRow(Base):
    """A target of a snapshot: for a team of it, or the whole organisation (snapshot_team_id None)."""

    __tablename__ = "snapshot_target"
    __table_args__ = (Index("ix_snapshot_target_snapshot_id", "snapshot_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"))
    snapshot_team_id: Mapped[int | None] = mapped_column(
        ForeignKey("snapshot_team.id", ondelete="CASCADE"), nullable=True
    )
    aspect_id: Mapped[str] = mapped_column(String(200))
    position: Mapped[float] = mapped_column(Float)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class SnapshotActionRow(Base):
    """An action of a snapshot with the status it had then; `carried_from` the earlier one it continued."""

    __tablename__ = "snapshot_action"
    __table_args__ = (Index("ix_snapshot_action_snapshot_id", "snapshot_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"))
    snapshot_team_id: Mapped[int | None] = mapped_column(
        ForeignKey("snapshot_team.id", ondelete="CASCADE"), nullable=True
    )
    aspect_id: Mapped[str] = mapped_column(String(200))
    target_level_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    carried_from: Mapped[int | None] = mapped_column(
        ForeignKey("snapshot_action.id", ondelete="CASCADE"), nullable=True
    )


class ActionReviewRow(Base):
    """What the next workshop said of an action it carried: pending, done, carried (on) or dropped, and a note."""

    __tablename__ = "action_review"
    __table_args__ = (Index("ux_action_review_snapshot_action_id", "snapshot_action_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_action_id: Mapped[int] = mapped_column(ForeignKey("snapshot_action.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class TargetRow(Base):
    """Where the room wants an aspect to be (a position in level units), by a date: for the whole
    organisation (team_id None) or for one team. At most one of each per aspect: the services keep it
    so, and the open-time check refuses a file where it is not (store/expected_schema.py)."""

    __tablename__ = "target"
    __table_args__ = (Index("ix_target_aspect", "aspect_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    aspect_id: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True)
    position: Mapped[float] = mapped_column(Float)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AnswerRow(Base):
    """The room's answer to one guided question of an aspect, for one team (None: the whole organisation).

    `level_id` is the level whose answer the room chose. One answer per question and team; changing it
    updates the row, clearing it deletes the row.
    """

    __tablename__ = "answer"
    __table_args__ = (Index("ix_answer_aspect", "aspect_id"), Index("ix_answer_team_id", "team_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    aspect_id: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), nullable=True)
    question_id: Mapped[str] = mapped_column(String(200))
    level_id: Mapped[str] = mapped_column(String(200))
    answered_at: Mapped[datetime] = mapped_column(DateTime)


class VoteAnswerRow(Base):
    """One participant's answer behind a vote cast by answering the guided questions (the vote's position
    is what the answers suggest); a vote placed on the line has none."""

    __tablename__ = "vote_answer"
    __table_args__ = (Index("ix_vote_answer_vote_question", "vote_id", "question_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("vote.id", ondelete="CASCADE"))
    aspect_id: Mapped[str] = mapped_column(String(200))
    question_id: Mapped[str] = mapped_column(String(200))
    level_id: Mapped[str] = mapped_column(String(200))
