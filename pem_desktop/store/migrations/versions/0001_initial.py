"""The first schema: workshop, teams, placements and their history, disagreements, actions.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("workshop_date", sa.Date(), nullable=True),
        sa.Column("facilitator", sa.Text(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("model_id", sa.String(200), nullable=False),
        sa.Column("model_version", sa.String(200), nullable=False),
        sa.Column("model_yaml", sa.Text(), nullable=False),
        sa.Column("model_sha256", sa.String(64), nullable=False),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "placement",
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("aspect_id", sa.String(200), primary_key=True),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "placement_move",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("from_position", sa.Float(), nullable=True),
        sa.Column("to_position", sa.Float(), nullable=True),
        sa.Column("moved_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_placement_move_team_aspect", "placement_move", ["team_id", "aspect_id"])
    op.create_table(
        "disagreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=True),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("resolved_position", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_disagreement_aspect", "disagreement", ["aspect_id"])
    op.create_table(
        "viewpoint",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "disagreement_id",
            sa.Integer(),
            sa.ForeignKey("disagreement.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("holder", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    op.create_index("ix_viewpoint_disagreement_id", "viewpoint", ["disagreement_id"])
    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=True),
        sa.Column("target_level_id", sa.String(200), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_action_aspect", "action", ["aspect_id"])


def downgrade() -> None:
    for table in ("action", "viewpoint", "disagreement", "placement_move", "placement", "team", "workshop"):
        op.drop_table(table)
