"""Targets: where the room wants each aspect to be, for the whole organisation or one team, by a date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=True),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    # One target per aspect for the organisation (team_id NULL) and one per aspect and team: the services
    # keep it so, and the open-time check refuses a file where it is not (store/expected_schema.py).
    op.create_index("ix_target_aspect", "target", ["aspect_id"])


def downgrade() -> None:
    op.drop_table("target")
