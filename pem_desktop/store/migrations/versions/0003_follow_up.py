"""Follow-ups: stable team identities, the earlier workshops of a chain as snapshots, the review of carried actions.

Every team gets a `uid` (32 hexadecimal digits) that survives renames, so the same team is found in every
snapshot. A snapshot is an earlier workshop of the chain as it was when the next one was started: its
details, its teams, where each sat on each aspect, its targets and its actions with their statuses. An
action carried into a follow-up points at the snapshot action it continues (`action.carried_from`), and
its review (done, carried on, dropped, with a note) is kept in `action_review`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ALTER TABLE ... ADD COLUMN (not a batch copy of the table: dropping the old team table would
    # cascade to every placement). The column is declared nullable, as SQLite requires of an added
    # column without a default; the open-time check requires a uid in every row.
    op.add_column("team", sa.Column("uid", sa.String(32), nullable=True))
    _give_identities(op.get_bind())
    op.create_index("ux_team_uid", "team", ["uid"], unique=True)

    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("workshop_date", sa.Date(), nullable=True),
        sa.Column("facilitator", sa.Text(), nullable=False),
        sa.Column("model_version", sa.String(200), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "snapshot_team",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("snapshot_id", sa.Integer(), sa.ForeignKey("snapshot.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    op.create_index("ux_snapshot_team_uid", "snapshot_team", ["snapshot_id", "uid"], unique=True)
    op.create_table(
        "snapshot_position",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "snapshot_team_id", sa.Integer(), sa.ForeignKey("snapshot_team.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
    )
    op.create_index(
        "ux_snapshot_position_team_aspect", "snapshot_position", ["snapshot_team_id", "aspect_id"], unique=True
    )
    op.create_table(
        "snapshot_target",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("snapshot_id", sa.Integer(), sa.ForeignKey("snapshot.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "snapshot_team_id", sa.Integer(), sa.ForeignKey("snapshot_team.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
    )
    op.create_index("ix_snapshot_target_snapshot_id", "snapshot_target", ["snapshot_id"])
    op.create_table(
        "snapshot_action",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("snapshot_id", sa.Integer(), sa.ForeignKey("snapshot.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "snapshot_team_id", sa.Integer(), sa.ForeignKey("snapshot_team.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("aspect_id", sa.String(200), nullable=False),
        sa.Column("target_level_id", sa.String(200), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("carried_from", sa.Integer(), sa.ForeignKey("snapshot_action.id", ondelete="CASCADE"), nullable=True),
    )
    op.create_index("ix_snapshot_action_snapshot_id", "snapshot_action", ["snapshot_id"])
    op.create_table(
        "action_review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "snapshot_action_id",
            sa.Integer(),
            sa.ForeignKey("snapshot_action.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ux_action_review_snapshot_action_id", "action_review", ["snapshot_action_id"], unique=True)
    # The snapshot action a live action continues (NULL for an action agreed in this workshop). Written
    # out: Alembic adds a column with a foreign key to an SQLite table only by copying the table.
    op.execute("ALTER TABLE action ADD COLUMN carried_from INTEGER REFERENCES snapshot_action (id) ON DELETE CASCADE")


def _give_identities(connection) -> None:
    """Each existing team's identity, derived from the workshop's creation and the team's own: the same file
    upgraded twice (the app's upgrade, and the temporary copy a follow-up reads) gives its teams the same
    identities, so a follow-up of an old file and the old file, upgraded later, still match by identity."""
    workshop = connection.execute(sa.text("SELECT created_at, model_sha256 FROM workshop ORDER BY id LIMIT 1")).first()
    for team_id, created_at in connection.execute(sa.text("SELECT id, created_at FROM team ORDER BY id")).all():
        seed = f"{tuple(workshop or ())}|{team_id}|{created_at}"
        uid = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        connection.execute(sa.text("UPDATE team SET uid = :uid WHERE id = :id"), {"uid": uid, "id": team_id})


def downgrade() -> None:
    # SQLite cannot drop a column used by a foreign key (action.carried_from) without copying the table,
    # and copying the team table would cascade to every placement. The app never downgrades: an older
    # version refuses a file of this revision, untouched (see store.workshop_file.NewerFileError).
    raise NotImplementedError("revision 0003 (follow-ups) cannot be downgraded")
