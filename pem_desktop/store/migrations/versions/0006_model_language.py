"""The workshop's language, and the translation of its model that shows the model in it.

One row (at most): `language` is the workshop's language (its model's texts are shown in it, and
the exports will follow it); `model_translation_yaml` and `model_translation_sha256` hold the text
and hash of the translation of the model snapshot into that language, or are empty when the model
is shown in its own language. A file without the row (every file made before) shows its model in
the model's own language, as it always did. A table of its own rather than columns of `workshop`:
SQLite adds a NOT NULL column only with a DEFAULT, which the open-time check refuses.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshop_language",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("model_translation_yaml", sa.Text(), nullable=False),
        sa.Column("model_translation_sha256", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("workshop_language")
