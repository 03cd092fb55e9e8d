"""The queries services need, so that no SQL lives outside the store."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from pem_desktop.store.schema import (
    ActionRow,
    DisagreementRow,
    PlacementMoveRow,
    PlacementRow,
    TargetRow,
    TeamRow,
    WorkshopLanguageRow,
    WorkshopRow,
)


def workshop_row(session: Session) -> WorkshopRow | None:
    return session.scalars(select(WorkshopRow).limit(1)).first()


def workshop_language_row(session: Session) -> WorkshopLanguageRow:
    """The row of the workshop's language, added (to be filled in) to a file made before it was kept."""
    row = session.scalars(select(WorkshopLanguageRow).limit(1)).first()
    if row is None:
        row = WorkshopLanguageRow()
        session.add(row)
    return row


def teams(session: Session) -> Sequence[TeamRow]:
    return session.scalars(select(TeamRow).order_by(TeamRow.sort_order, TeamRow.id)).all()


def placements(session: Session, aspect_id: str | None = None) -> Sequence[PlacementRow]:
    query = select(PlacementRow)
    if aspect_id is not None:
        query = query.where(PlacementRow.aspect_id == aspect_id)
    return session.scalars(query).all()


def placement(session: Session, team_id: int, aspect_id: str) -> PlacementRow | None:
    return session.get(PlacementRow, (team_id, aspect_id))


def moves(session: Session, team_id: int | None = None, aspect_id: str | None = None) -> Sequence[PlacementMoveRow]:
    query = select(PlacementMoveRow).order_by(PlacementMoveRow.id)
    if team_id is not None:
        query = query.where(PlacementMoveRow.team_id == team_id)
    if aspect_id is not None:
        query = query.where(PlacementMoveRow.aspect_id == aspect_id)
    return session.scalars(query).all()


def delete_last_move(session: Session, team_id: int, aspect_id: str) -> None:
    last = session.scalars(
        select(PlacementMoveRow.id)
        .where(PlacementMoveRow.team_id == team_id, PlacementMoveRow.aspect_id == aspect_id)
        .order_by(PlacementMoveRow.id.desc())
        .limit(1)
    ).first()
    if last is not None:
        session.execute(delete(PlacementMoveRow).where(PlacementMoveRow.id == last))


def disagreements(
    session: Session, aspect_id: str | None = None, team_id: int | None = None
) -> Sequence[DisagreementRow]:
    query = select(DisagreementRow).options(selectinload(DisagreementRow.viewpoints)).order_by(DisagreementRow.id)
    if aspect_id is not None:
        query = query.where(DisagreementRow.aspect_id == aspect_id)
    if team_id is not None:
        query = query.where(DisagreementRow.team_id == team_id)
    return session.scalars(query).all()


def actions(session: Session, aspect_id: str | None = None, team_id: int | None = None) -> Sequence[ActionRow]:
    query = select(ActionRow).order_by(ActionRow.sort_order, ActionRow.id)
    if aspect_id is not None:
        query = query.where(ActionRow.aspect_id == aspect_id)
    if team_id is not None:
        query = query.where(ActionRow.team_id == team_id)
    return session.scalars(query).all()


def next_sort_order(session: Session, column) -> int:
    highest = session.scalar(select(func.max(column)))
    return 0 if highest is None else highest + 1


def target(session: Session, aspect_id: str, team_id: int | None) -> TargetRow | None:
    """The organisation's target on an aspect (team_id None), or a team's."""
    team = TargetRow.team_id.is_(None) if team_id is None else TargetRow.team_id == team_id
    return session.scalars(select(TargetRow).where(TargetRow.aspect_id == aspect_id, team)).first()


def targets(session: Session, team_id: int | None = None) -> Sequence[TargetRow]:
    query = select(TargetRow).order_by(TargetRow.id)
    if team_id is not None:
        query = query.where(TargetRow.team_id == team_id)
    return session.scalars(query).all()
