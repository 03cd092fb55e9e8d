"""The answers to the guided questions in the JSON format: checked as they are read (pem_desktop.services.transfer
calls these), and written into the new workshop file in the import's one transaction.

    "answers": [{"id", "aspect_id", "team_id", "question_id", "level_id", "answered_at"}]
    "vote_answers": [{"id", "vote_id", "aspect_id", "question_id", "level_id"}]

Both are optional (exports of schema versions 1 and 2 have none).
"""

from __future__ import annotations

from typing import Any

from pem_desktop.services.workshop import _now
from pem_desktop.store.schema import AnswerRow, VoteAnswerRow

ANSWER_KEYS = ("answers", "vote_answers")


def read_answers(reader, root: dict[str, Any], team_ids: set[int], votes: dict[str, list[dict]]) -> dict[str, list]:
    """The answers of a document, checked field by field with the importer's reader (`transfer._Reader`);
    `votes` is what `vote_transfer.read_votes` returned (the answers behind votes refer to them)."""
    answers = []
    for index, item in enumerate(reader.array(root.get("answers", []), "answers")):
        path = f"answers[{index}]"
        fields = reader.fields(
            item, path, required=("id", "aspect_id", "team_id", "question_id", "level_id"), optional=("answered_at",)
        )
        aspect_id = reader.aspect(fields["aspect_id"], f"{path}.aspect_id")
        answers.append(
            {
                "id": reader.identifier(fields["id"], f"{path}.id"),
                "aspect_id": aspect_id,
                "team_id": reader.team_ref(fields["team_id"], f"{path}.team_id", team_ids, nullable=True),
                "question_id": _question(reader, aspect_id, fields["question_id"], f"{path}.question_id"),
                "level_id": _level(reader, fields["level_id"], f"{path}.level_id"),
                "answered_at": reader.moment(fields.get("answered_at"), f"{path}.answered_at", default=_now()),
            }
        )
    reader.unique([a["id"] for a in answers], "answers", "answer id")
    reader.unique([(a["question_id"], a["team_id"]) for a in answers], "answers", "answer to a question for a team")

    round_aspects = {r["id"]: r["aspect_id"] for r in votes["vote_rounds"]}
    vote_aspects = {v["id"]: round_aspects[v["round_id"]] for v in votes["votes"]}
    behind = []
    for index, item in enumerate(reader.array(root.get("vote_answers", []), "vote_answers")):
        path = f"vote_answers[{index}]"
        fields = reader.fields(item, path, required=("id", "vote_id", "aspect_id", "question_id", "level_id"))
        vote_id = fields["vote_id"]
        if not isinstance(vote_id, int) or isinstance(vote_id, bool) or vote_id not in vote_aspects:
            raise reader.fail(f"{path}.vote_id", f"there is no vote with id {vote_id!r}")
        aspect_id = reader.aspect(fields["aspect_id"], f"{path}.aspect_id")
        if aspect_id != vote_aspects[vote_id]:
            raise reader.fail(f"{path}.aspect_id", "the vote is on another aspect")
        behind.append(
            {
                "id": reader.identifier(fields["id"], f"{path}.id"),
                "vote_id": vote_id,
                "aspect_id": aspect_id,
                "question_id": _question(reader, aspect_id, fields["question_id"], f"{path}.question_id"),
                "level_id": _level(reader, fields["level_id"], f"{path}.level_id"),
            }
        )
    reader.unique([a["id"] for a in behind], "vote_answers", "vote answer id")
    reader.unique([(a["vote_id"], a["question_id"]) for a in behind], "vote_answers", "answer to a question in a vote")
    return {"answers": answers, "vote_answers": behind}


def insert_answers(session, content: dict[str, list[dict]]) -> None:
    """Add what `read_answers` returned to the import's transaction (after the teams and the votes)."""
    for answer in content["answers"]:
        session.add(AnswerRow(**answer))
    session.flush()
    for answer in content["vote_answers"]:
        session.add(VoteAnswerRow(**answer))


def _question(reader, aspect_id: str, value: Any, path: str) -> str:
    aspect = reader.model.model.aspect(aspect_id)
    if not isinstance(value, str) or not any(question.id == value for question in aspect.questions):
        raise reader.fail(path, f"the aspect {aspect_id!r} has no question {value!r}")
    return value


def _level(reader, value: Any, path: str) -> str:
    level = reader.level(value, path)
    if level is None:
        raise reader.fail(path, "missing the level of the answer")
    return level
