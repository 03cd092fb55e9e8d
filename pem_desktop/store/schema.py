"""The tables of a workshop file, as SQLAlchemy 2.0 typed ORM classes."""

from __future__ import annotations

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


class TeamRow(Base):
    """A team (or the whole organisation) being placed on the model."""

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))
    sort_order: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)

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
