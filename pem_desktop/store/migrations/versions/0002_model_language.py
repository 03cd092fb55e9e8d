"""The workshop's language, and the translation of its model that shows the model in it.

`language` is the workshop's language (the model's texts are shown in it, and the exports will
follow it); `model_translation_yaml` and `model_translation_sha256` hold the text and hash of the
translation of the model snapshot into that language, or are empty when the model is shown in its
own language. Files made before keep their model in English, as they were.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("workshop", sa.Column("language", sa.String(35), nullable=False, server_default="en"))
    op.add_column("workshop", sa.Column("model_translation_yaml", sa.Text(), nullable=False, server_default=""))
    op.add_column("workshop", sa.Column("model_translation_sha256", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("workshop") as batch:
        batch.drop_column("model_translation_sha256")
        batch.drop_column("model_translation_yaml")
        batch.drop_column("language")
