"""What phones and the room say to each other over the WebSocket: JSON objects, each with a "type".

From a phone:
    {"type": "hello", "participant": TOKEN, "protocol": 1}        first, says who it is
    {"type": "vote", "round": 7, "team": 3, "position": 1.75, "ref": 12}
                                                                 team null: the whole organisation
    {"type": "answers", "round": 7, "team": 3, "answers": {"adoption-support": 2, ...}, "ref": 13}
                                                                 the vote as answers to the aspect's guided
                                                                 questions (question id -> level index, from 0):
                                                                 the room places it where they suggest
To a phone:
    {"type": "welcome", "name": ..., "room": ROOM_ID, "protocol": 1}
    {"type": "texts", "language": "de", "texts": {English: German, ...}}
                                                                 the page's own texts in the workshop's language
                                                                 (after the welcome, and when it changes)
    {"type": "ballot", "ballot": {...} or null,
     "mine": [{"team": 3, "position": 1.75}, {"team": null, "position": 2.5, "answers": {...}}]}
    {"type": "received", "round": 7, "team": 3, "position": 1.75, "ref": 12}   once the vote is on disk
                                                                 (with "answers" for a vote by answers)
    {"type": "error", "code": "closed", "message": "...", "ref": 12}
    {"type": "closed"}                                             the facilitator closed the room

A phone that does not know a type ignores it, and the room answers a type it does not know with an
error without closing the connection, so later versions can add messages (answers to a model's
questions, for one) without breaking older pages.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from pem_desktop.palette import level_colour
from pem_desktop.services.votes import Ballot

PROTOCOL_VERSION = 1
MAX_REF = 2**31


class ProtocolError(Exception):
    """A message from a phone that cannot be taken; `code` is for the page, the message for the person
    (`template`, English, with its {placeholders} filled from `values` once the room has translated it)."""

    def __init__(self, code: str, template: str, **values: Any):
        super().__init__(template.format(**values))
        self.code = code
        self.template = template
        self.values = values


MAX_ANSWERS = 50  # more questions than any aspect of a model asks


@dataclass(frozen=True)
class VoteMessage:
    """A vote as a phone sent it, checked for shape and range (the services check it again)."""

    round_id: int
    team_id: int | None
    position: float
    ref: int | None


def decode(text: str) -> dict[str, Any]:
    """A message as a dict with a string "type"; ProtocolError for anything else."""
    try:
        message = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise ProtocolError("invalid", "That message could not be read.") from None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise ProtocolError("invalid", "That message could not be read.")
    return message


def hello_token(message: dict[str, Any]) -> str:
    token = message.get("participant")
    if message.get("type") != "hello" or not isinstance(token, str) or not 0 < len(token) <= 100:
        raise ProtocolError("unknown_participant", "Join the room first.")
    return token


@dataclass(frozen=True)
class AnswersMessage:
    """A vote given as answers to the aspect's questions, checked against the ballot the phone was shown
    (the services check the answers again against the model)."""

    round_id: int
    team_id: int | None
    answers: dict[str, int]
    ref: int | None


def answers_message(message: dict[str, Any], ballot: dict[str, Any]) -> AnswersMessage:
    """The answers of a phone: question ids of the ballot's aspect, each with a level index of the model."""
    round_id, team_id, ref = message.get("round"), message.get("team"), message.get("ref")
    answers = message.get("answers")
    if not whole_number(round_id) or not (team_id is None or whole_number(team_id)):
        raise ProtocolError("invalid", "Those answers could not be read.")
    if ref is not None and (not whole_number(ref) or ref >= MAX_REF):
        raise ProtocolError("invalid", "Those answers could not be read.")
    if not isinstance(answers, dict) or not 0 < len(answers) <= MAX_ANSWERS:
        raise ProtocolError("invalid", "Answer at least one question.")
    asked = {question["id"] for question in ballot["aspect"]["questions"]}
    levels = ballot["levelCount"]
    for question_id, level in answers.items():
        if question_id not in asked:
            raise ProtocolError("invalid", "That is not one of the questions shown.")
        if not whole_number(level) or level >= levels:
            raise ProtocolError("invalid", "Choose one of the answers shown.")
    return AnswersMessage(round_id, team_id, dict(answers), ref)


def vote_message(message: dict[str, Any], level_count: int) -> VoteMessage:
    round_id = message.get("round")
    team_id = message.get("team")
    position = message.get("position")
    ref = message.get("ref")
    if not whole_number(round_id) or not (team_id is None or whole_number(team_id)):
        raise ProtocolError("invalid", "That vote could not be read.")
    if ref is not None and (not whole_number(ref) or ref >= MAX_REF):
        raise ProtocolError("invalid", "That vote could not be read.")
    if isinstance(position, bool) or not isinstance(position, int | float) or not math.isfinite(position):
        raise ProtocolError("invalid", "A vote needs a place on the line.")
    if not 0 <= position <= level_count:
        raise ProtocolError("invalid", "A vote must lie on the line, from 0 to {top}.", top=level_count)
    return VoteMessage(round_id, team_id, round(float(position), 4), ref)


# -- to phones -------------------------------------------------------------------------------


def ballot_document(ballot: Ballot | None) -> dict[str, Any] | None:
    """A round as phones see it: the aspect, its levels, the teams to choose from; nothing else."""
    if ballot is None:
        return None
    aspect = ballot.aspect
    return {
        "round": ballot.round.id,
        "status": "open" if ballot.round.is_open else "closed",
        "aspect": {
            "name": aspect.name,
            "question": aspect.question,
            "levels": [
                {
                    "name": level.level.name,
                    "colour": level_colour(level.level.index, ballot.level_count),
                    "label": level.label,
                    "summary": level.summary,
                    "meaning": level.meaning,
                    "characteristics": list(level.characteristics),
                }
                for level in aspect.levels
            ],
            "questions": [
                {
                    "id": question.id,
                    "text": question.text,
                    "answers": [answer.text for answer in question.answers],  # lowest level first
                }
                for question in aspect.questions
            ],
        },
        "levelCount": ballot.level_count,
        "oneTeam": ballot.round.team_id is not None,
        "teams": [{"id": team.id, "name": team.name, "colour": team.colour} for team in ballot.teams],
        "organisation": ballot.whole_organisation,
        "words": [[start, end, words] for start, end, words in ballot.words],
    }


def ballot_message(
    document: dict[str, Any] | None,
    mine: dict[int | None, float],
    answers: dict[int | None, dict[str, int]] | None = None,
) -> dict[str, Any]:
    """A round for one phone, with its own votes (and the answers behind those cast by answering)."""
    answers = answers or {}
    return {
        "type": "ballot",
        "ballot": document,
        "mine": [_mine(team, position, answers.get(team)) for team, position in mine.items()],
    }


def _mine(team: int | None, position: float, answers: dict[str, int] | None) -> dict[str, Any]:
    vote: dict[str, Any] = {"team": team, "position": position}
    if answers:
        vote["answers"] = answers
    return vote


def texts_message(tag: str, texts: dict[str, str]) -> dict[str, Any]:
    """The page's texts in a language (tag "de", "pt-BR"): English text -> translation, for those it has."""
    return {"type": "texts", "language": tag, "texts": texts}


def welcome_message(name: str, room_id: str) -> dict[str, Any]:
    return {"type": "welcome", "name": name, "room": room_id, "protocol": PROTOCOL_VERSION}


def received_message(
    round_id: int, team_id: int | None, position: float, ref: int | None, answers: dict[str, int] | None = None
) -> dict[str, Any]:
    message = {"type": "received", "round": round_id, "team": team_id, "position": position, "ref": ref}
    if answers:
        message["answers"] = answers
    return message


def error_message(code: str, text: str, ref: int | None = None) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": text, "ref": ref}


CLOSED_MESSAGE = {"type": "closed"}


def whole_number(value: Any) -> bool:
    """A JSON whole number (not a boolean) that SQLite can store."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")
