"""Votes from the room: participants, vote rounds (per aspect, one team or all) and their votes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vote_participant",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "vote_round",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("revealed_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_vote_round_aspect", "vote_round", ["aspect_id"])
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("vote_round.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "participant_id", sa.Integer(), sa.ForeignKey("vote_participant.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=True),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("cast_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
    )
    # One vote per participant, round and team (the whole organisation, team_id NULL, counts as one): the
    # services keep it so, and the open-time check refuses a file where it is not (store/expected_schema.py).
    op.create_index("ix_vote_round_participant", "vote", ["round_id", "participant_id"])
    op.create_index("ix_vote_team_id", "vote", ["team_id"])


def downgrade() -> None:
    for table in ("vote", "vote_round", "vote_participant"):
        op.drop_table(table)
