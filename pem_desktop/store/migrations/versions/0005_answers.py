"""Answers to the model's guided questions: the room's (per team or the whole organisation, and aspect)
and each phone's, behind a vote cast by answering the questions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=True),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("level_id", sa.String(200), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
    )
    # One answer per question and team (the whole organisation, team_id NULL, counts as one): the services
    # keep it so, and the open-time check refuses a file where it is not (store/expected_schema.py).
    op.create_index("ix_answer_aspect", "answer", ["aspect_id"])
    op.create_index("ix_answer_team_id", "answer", ["team_id"])
    op.create_table(
        "vote_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("vote_id", sa.Integer(), sa.ForeignKey("vote.id", ondelete="CASCADE"), nullable=False),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("question_id", sa.String(200), nullable=False),
        sa.Column("level_id", sa.String(200), nullable=False),
    )
    op.create_index("ix_vote_answer_vote_question", "vote_answer", ["vote_id", "question_id"], unique=True)


def downgrade() -> None:
    for table in ("vote_answer", "answer"):
        op.drop_table(table)
