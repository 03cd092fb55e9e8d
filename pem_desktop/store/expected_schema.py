"""What a workshop file holds, revision by revision: every table and column, and the kind of each value.

This is the one place to register a new table or column. A migration that adds one also adds it to
`REVISIONS` under its own revision id (`HEAD.revised("0002", add_tables=..., add_columns=...)`),
with the kind of value the column holds (see pem_desktop.store.integrity); the open-time check then
accepts files of that revision, and `tests/store/test_integrity.py` fails until the description and
what the migration really creates agree.
"""

from __future__ import annotations

from pem_desktop.store.integrity import (
    AspectId,
    Choice,
    Colour,
    Column,
    Day,
    Hex,
    Index,
    Key,
    LevelId,
    Moment,
    Number,
    Position,
    QuestionId,
    Ref,
    Rule,
    Schema,
    Table,
    Text,
)

MAX_NAME = 80  # a team's name
MAX_LINE = 300  # a title, an owner, a topic: one line
MAX_TEXT = 100_000  # notes, details, reasons
MAX_ID_TEXT = 200  # model, aspect and level ids and the model's version
MAX_MODEL_TEXT = 2_000_000  # the model's YAML snapshot (the loader's own limit, in bytes, is checked too)
ACTION_STATUSES = ("proposed", "agreed", "in progress", "done", "dropped")
DISAGREEMENT_STATUSES = ("open", "resolved")

LINE = Text(MAX_LINE, line=True)
TEXT = Text(MAX_TEXT)


def _id() -> Column:
    return Column("id", "INTEGER", Key(), primary_key=1)


def _created(name: str = "created_at") -> Column:
    return Column(name, "DATETIME", Moment())


_ALEMBIC_VERSION = Table(
    "alembic_version",
    (Column("version_num", "VARCHAR(32)", Text(32, line=True, required=True), primary_key=1),),
    constraint_names=("alembic_version_pkc",),
    max_rows=1,
)

SCHEMA_0001 = Schema(
    "0001",
    (
        _ALEMBIC_VERSION,
        Table(
            "workshop",
            (
                _id(),
                Column("title", "TEXT", Text(MAX_LINE, line=True, required=True)),
                Column("organisation", "TEXT", LINE),
                Column("workshop_date", "DATE", Day(nullable=True), nullable=True),
                Column("facilitator", "TEXT", LINE),
                Column("participants", "TEXT", TEXT),
                Column("notes", "TEXT", TEXT),
                _created(),
                _created("updated_at"),
                Column("model_id", "VARCHAR(200)", Text(MAX_ID_TEXT, line=True, required=True)),
                Column("model_version", "VARCHAR(200)", Text(MAX_ID_TEXT, line=True, required=True)),
                Column("model_yaml", "TEXT", Text(MAX_MODEL_TEXT, controls="\t\n\r", required=True)),
                Column("model_sha256", "VARCHAR(64)", Hex(64)),
            ),
            max_rows=1,
        ),
        Table(
            "team",
            (
                _id(),
                Column("name", "TEXT", Text(MAX_NAME, line=True, required=True)),
                Column("colour", "VARCHAR(7)", Colour()),
                Column("sort_order", "INTEGER", Number()),
                _created(),
            ),
        ),
        Table(
            "placement",
            (
                Column("team_id", "INTEGER", Ref("team"), primary_key=1, references="team.id"),
                Column("aspect_id", "VARCHAR(200)", AspectId(), primary_key=2),
                Column("position", "FLOAT", Position()),
                _created("updated_at"),
            ),
        ),
        Table(
            "placement_move",
            (
                _id(),
                Column("team_id", "INTEGER", Ref("team"), references="team.id"),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("from_position", "FLOAT", Position(nullable=True), nullable=True),
                Column("to_position", "FLOAT", Position(nullable=True), nullable=True),
                _created("moved_at"),
            ),
            indexes=(Index("ix_placement_move_team_aspect", ("team_id", "aspect_id")),),
        ),
        Table(
            "disagreement",
            (
                _id(),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("team_id", "INTEGER", Ref("team", nullable=True), nullable=True, references="team.id"),
                Column("topic", "TEXT", Text(MAX_LINE)),
                Column("status", "VARCHAR(20)", Choice(DISAGREEMENT_STATUSES)),
                Column("resolution", "TEXT", TEXT),
                Column("resolved_position", "FLOAT", Position(nullable=True), nullable=True),
                _created(),
                _created("updated_at"),
            ),
            indexes=(Index("ix_disagreement_aspect", ("aspect_id",)),),
            rules=(
                Rule(
                    "SELECT d.id FROM disagreement AS d "
                    "WHERE (SELECT count(*) FROM viewpoint AS v WHERE v.disagreement_id = d.id) < 2",
                    "a disagreement has fewer than two viewpoints",
                ),
            ),
        ),
        Table(
            "viewpoint",
            (
                _id(),
                Column("disagreement_id", "INTEGER", Ref("disagreement"), references="disagreement.id"),
                Column("holder", "TEXT", LINE),
                Column("position", "FLOAT", Position()),
                Column("reason", "TEXT", TEXT),
                Column("sort_order", "INTEGER", Number()),
            ),
            indexes=(Index("ix_viewpoint_disagreement_id", ("disagreement_id",)),),
        ),
        Table(
            "action",
            (
                _id(),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("team_id", "INTEGER", Ref("team", nullable=True), nullable=True, references="team.id"),
                Column("target_level_id", "VARCHAR(200)", LevelId(), nullable=True),
                Column("title", "TEXT", Text(MAX_LINE, line=True, required=True)),
                Column("detail", "TEXT", TEXT),
                Column("owner", "TEXT", LINE),
                Column("due_date", "DATE", Day(nullable=True), nullable=True),
                Column("status", "VARCHAR(20)", Choice(ACTION_STATUSES)),
                Column("sort_order", "INTEGER", Number()),
                _created(),
                _created("updated_at"),
            ),
            indexes=(Index("ix_action_aspect", ("aspect_id",)),),
        ),
    ),
)

MAX_PARTICIPANT_NAME = 40
ROUND_STATUSES = ("open", "closed", "revealed")

# 0002: the room's votes (participants, vote rounds about one team or every team, their votes).
SCHEMA_0002 = SCHEMA_0001.revised(
    "0002",
    add_tables=(
        Table(
            "vote_participant",
            (
                _id(),
                Column("name", "TEXT", Text(MAX_PARTICIPANT_NAME, line=True)),
                _created("joined_at"),
            ),
        ),
        Table(
            "vote_round",
            (
                _id(),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("team_id", "INTEGER", Ref("team", nullable=True), nullable=True, references="team.id"),
                Column("status", "VARCHAR(20)", Choice(ROUND_STATUSES)),
                _created("opened_at"),
                Column("closed_at", "DATETIME", Moment(nullable=True), nullable=True),
                Column("revealed_at", "DATETIME", Moment(nullable=True), nullable=True),
            ),
            indexes=(Index("ix_vote_round_aspect", ("aspect_id",)),),
            rules=(
                Rule(
                    "SELECT r.id FROM vote_round AS r WHERE r.status = 'open' "
                    "AND r.id < (SELECT max(o.id) FROM vote_round AS o WHERE o.status = 'open')",
                    "a second vote is open at the same time",
                ),
            ),
        ),
        Table(
            "vote",
            (
                _id(),
                Column("round_id", "INTEGER", Ref("vote_round"), references="vote_round.id"),
                Column("participant_id", "INTEGER", Ref("vote_participant"), references="vote_participant.id"),
                Column("team_id", "INTEGER", Ref("team", nullable=True), nullable=True, references="team.id"),
                Column("position", "FLOAT", Position()),
                _created("cast_at"),
                _created("changed_at"),
            ),
            indexes=(
                Index("ix_vote_round_participant", ("round_id", "participant_id")),
                Index("ix_vote_team_id", ("team_id",)),
            ),
            rules=(
                Rule(
                    "SELECT v.id FROM vote AS v WHERE EXISTS (SELECT 1 FROM vote AS w WHERE w.id < v.id "
                    "AND w.round_id = v.round_id AND w.participant_id = v.participant_id AND w.team_id IS v.team_id)",
                    "a participant's second vote on the same team in the same round",
                ),
                Rule(
                    "SELECT v.id FROM vote AS v JOIN vote_round AS r ON r.id = v.round_id "
                    "WHERE r.team_id IS NOT NULL AND v.team_id IS NOT r.team_id",
                    "a vote on another team than its round is about",
                ),
            ),
        ),
    ),
)

REVIEW_OUTCOMES = ("pending", "done", "carried", "dropped")
UID = Hex(32, "a team identity")

# 0003: follow-ups. Each team's identity across a chain (team.uid); the earlier workshops of the chain as
# snapshots (their teams, positions, targets and actions); the review of each action carried into this
# workshop (action_review), and the snapshot action a live action continues (action.carried_from).
_SAME_SNAPSHOT = (
    "SELECT x.id FROM {table} AS x JOIN snapshot_team AS t ON t.id = x.snapshot_team_id "
    "WHERE t.snapshot_id != x.snapshot_id"
)
SCHEMA_0003 = SCHEMA_0002.revised(
    "0003",
    add_columns={
        "team": (Column("uid", "VARCHAR(32)", UID, nullable=True),),
        "action": (
            Column(
                "carried_from",
                "INTEGER",
                Ref("snapshot_action", nullable=True),
                nullable=True,
                references="snapshot_action.id",
            ),
        ),
    },
    add_indexes={"team": (Index("ux_team_uid", ("uid",), unique=True),)},
    add_tables=(
        Table(
            "snapshot",
            (
                _id(),
                Column("sort_order", "INTEGER", Number()),
                Column("title", "TEXT", Text(MAX_LINE, line=True, required=True)),
                Column("organisation", "TEXT", LINE),
                Column("workshop_date", "DATE", Day(nullable=True), nullable=True),
                Column("facilitator", "TEXT", LINE),
                Column("model_version", "VARCHAR(200)", Text(MAX_ID_TEXT, line=True, required=True)),
                _created("taken_at"),
            ),
        ),
        Table(
            "snapshot_team",
            (
                _id(),
                Column("snapshot_id", "INTEGER", Ref("snapshot"), references="snapshot.id"),
                Column("uid", "VARCHAR(32)", UID),
                Column("name", "TEXT", Text(MAX_NAME, line=True, required=True)),
                Column("colour", "VARCHAR(7)", Colour()),
                Column("sort_order", "INTEGER", Number()),
            ),
            indexes=(Index("ux_snapshot_team_uid", ("snapshot_id", "uid"), unique=True),),
        ),
        Table(
            "snapshot_position",
            (
                _id(),
                Column("snapshot_team_id", "INTEGER", Ref("snapshot_team"), references="snapshot_team.id"),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("position", "FLOAT", Position()),
            ),
            indexes=(Index("ux_snapshot_position_team_aspect", ("snapshot_team_id", "aspect_id"), unique=True),),
        ),
        Table(
            "snapshot_target",
            (
                _id(),
                Column("snapshot_id", "INTEGER", Ref("snapshot"), references="snapshot.id"),
                Column(
                    "snapshot_team_id",
                    "INTEGER",
                    Ref("snapshot_team", nullable=True),
                    nullable=True,
                    references="snapshot_team.id",
                ),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("position", "FLOAT", Position()),
                Column("due_date", "DATE", Day(nullable=True), nullable=True),
            ),
            indexes=(Index("ix_snapshot_target_snapshot_id", ("snapshot_id",)),),
            rules=(
                Rule(_SAME_SNAPSHOT.format(table="snapshot_target"), "a target of a team of another snapshot"),
                Rule(
                    "SELECT x.id FROM snapshot_target AS x WHERE EXISTS (SELECT 1 FROM snapshot_target AS y "
                    "WHERE y.id < x.id AND y.snapshot_id = x.snapshot_id AND y.aspect_id = x.aspect_id "
                    "AND y.snapshot_team_id IS x.snapshot_team_id)",
                    "a second target of the same team on the same aspect in a snapshot",
                ),
            ),
        ),
        Table(
            "snapshot_action",
            (
                _id(),
                Column("snapshot_id", "INTEGER", Ref("snapshot"), references="snapshot.id"),
                Column(
                    "snapshot_team_id",
                    "INTEGER",
                    Ref("snapshot_team", nullable=True),
                    nullable=True,
                    references="snapshot_team.id",
                ),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("target_level_id", "VARCHAR(200)", LevelId(), nullable=True),
                Column("title", "TEXT", Text(MAX_LINE, line=True, required=True)),
                Column("owner", "TEXT", LINE),
                Column("due_date", "DATE", Day(nullable=True), nullable=True),
                Column("status", "VARCHAR(20)", Choice(ACTION_STATUSES)),
                Column(
                    "carried_from",
                    "INTEGER",
                    Ref("snapshot_action", nullable=True),
                    nullable=True,
                    references="snapshot_action.id",
                ),
            ),
            indexes=(Index("ix_snapshot_action_snapshot_id", ("snapshot_id",)),),
            rules=(Rule(_SAME_SNAPSHOT.format(table="snapshot_action"), "an action of a team of another snapshot"),),
        ),
        Table(
            "action_review",
            (
                _id(),
                Column("snapshot_action_id", "INTEGER", Ref("snapshot_action"), references="snapshot_action.id"),
                Column("outcome", "VARCHAR(20)", Choice(REVIEW_OUTCOMES)),
                Column("note", "TEXT", TEXT),
                Column("reviewed_at", "DATETIME", Moment(nullable=True), nullable=True),
            ),
            indexes=(Index("ux_action_review_snapshot_action_id", ("snapshot_action_id",), unique=True),),
        ),
    ),
)

# 0004: targets (where the room wants an aspect to be, for the organisation or one team, by a date).
SCHEMA_0004 = SCHEMA_0003.revised(
    "0004",
    add_tables=(
        Table(
            "target",
            (
                _id(),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("team_id", "INTEGER", Ref("team", nullable=True), nullable=True, references="team.id"),
                Column("position", "FLOAT", Position()),
                Column("due_date", "DATE", Day(nullable=True), nullable=True),
                _created(),
                _created("updated_at"),
            ),
            indexes=(Index("ix_target_aspect", ("aspect_id",)),),
            rules=(
                Rule(
                    "SELECT t.id FROM target AS t WHERE EXISTS (SELECT 1 FROM target AS u WHERE u.id < t.id "
                    "AND u.aspect_id = t.aspect_id AND u.team_id IS t.team_id)",
                    "a second target for the same aspect and team",
                ),
            ),
        ),
    ),
)

# 0005: answers to the guided questions, the room's (per team or the whole organisation) and behind a vote.
SCHEMA_0005 = SCHEMA_0004.revised(
    "0005",
    add_tables=(
        Table(
            "answer",
            (
                _id(),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("team_id", "INTEGER", Ref("team", nullable=True), nullable=True, references="team.id"),
                Column("question_id", "VARCHAR(200)", QuestionId()),
                Column("level_id", "VARCHAR(200)", LevelId()),
                _created("answered_at"),
            ),
            indexes=(Index("ix_answer_aspect", ("aspect_id",)), Index("ix_answer_team_id", ("team_id",))),
            rules=(
                Rule(
                    "SELECT a.id FROM answer AS a WHERE EXISTS (SELECT 1 FROM answer AS b WHERE b.id < a.id "
                    "AND b.question_id = a.question_id AND b.team_id IS a.team_id)",
                    "a second answer to the same question for the same team",
                ),
            ),
        ),
        Table(
            "vote_answer",
            (
                _id(),
                Column("vote_id", "INTEGER", Ref("vote"), references="vote.id"),
                Column("aspect_id", "VARCHAR(200)", AspectId()),
                Column("question_id", "VARCHAR(200)", QuestionId()),
                Column("level_id", "VARCHAR(200)", LevelId()),
            ),
            indexes=(Index("ix_vote_answer_vote_question", ("vote_id", "question_id"), unique=True),),
            rules=(
                Rule(
                    "SELECT a.id FROM vote_answer AS a JOIN vote AS v ON v.id = a.vote_id "
                    "JOIN vote_round AS r ON r.id = v.round_id WHERE r.aspect_id IS NOT a.aspect_id",
                    "an answer to a question of another aspect than its vote's",
                ),
            ),
        ),
    ),
)

MAX_LANGUAGE_CODE = 35  # pem_desktop.languages.MAX_CODE_CHARS; its form is checked with the translation

# 0006: the workshop's language and the translation of its model into it (at most one row; the
# language code's form, the translation's hash and its fit to the model are checked when the model is read).
SCHEMA_0006 = SCHEMA_0005.revised(
    "0006",
    add_tables=(
        Table(
            "workshop_language",
            (
                _id(),
                Column("language", "VARCHAR(35)", Text(MAX_LANGUAGE_CODE, line=True, required=True)),
                Column("model_translation_yaml", "TEXT", Text(MAX_MODEL_TEXT, controls="\t\n\r")),
                Column("model_translation_sha256", "VARCHAR(64)", Text(64, line=True)),
            ),
            max_rows=1,
        ),
    ),
)

# Every revision this version of the app opens, by its Alembic revision id (SCHEMA_REVISIONS in
# pem_desktop.store.workshop_file lists the same ids, oldest first). A new migration adds, e.g.:
#     "0007": SCHEMA_0006.revised("0007", add_tables=(Table("...", (...)),)),
REVISIONS: dict[str, Schema] = {
    "0001": SCHEMA_0001,
    "0002": SCHEMA_0002,
    "0003": SCHEMA_0003,
    "0004": SCHEMA_0004,
    "0005": SCHEMA_0005,
    "0006": SCHEMA_0006,
}
