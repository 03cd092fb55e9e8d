"""Voting by answering the guided questions, through aiohttp's test client: the ballot carries the aspect's
questions, a phone's answers place its vote where they suggest (maturity.questions.suggest_position), the
room checks question ids and levels, and both the vote and the answers behind it are in the file."""

from __future__ import annotations

import pytest
from room_helpers import run_async
from test_protocol import connect, joined, next_of, open_round, room_client, stored_votes, team_id

from pem_desktop.maturity.questions import suggest_position

ADOPTION = ("adoption-discovery", "adoption-motivation", "adoption-outliers", "adoption-support")


def stored_answers(owner) -> list:
    return owner.run(lambda host: host.votes.vote_answers())


@run_async
async def test_the_ballot_carries_the_aspects_questions_with_one_answer_per_level(owner):
    open_round(owner)
    async with room_client(owner) as (client, _app):
        socket, _welcome, ballot = await connect(client, await joined(client))
        questions = ballot["ballot"]["aspect"]["questions"]
        model = owner.run(lambda host: host.workshop.model)
        aspect = model.aspect("adoption")
        assert [q["id"] for q in questions] == list(ADOPTION)
        assert questions[0]["text"] == aspect.questions[0].text
        assert questions[0]["answers"] == [answer.text for answer in aspect.questions[0].answers]
        assert "detail" not in questions[0]  # the facilitator's hint stays on the laptop
        await socket.close()


@run_async
async def test_answers_place_the_vote_where_they_suggest_and_are_stored_with_it(owner):
    round_id = open_round(owner)
    search = team_id(owner, "Search")
    model = owner.run(lambda host: host.workshop.model)
    async with room_client(owner) as (client, _app):
        socket, _welcome, _ballot = await connect(client, await joined(client))
        answers = {ADOPTION[0]: 1, ADOPTION[2]: 2}
        await socket.send_json({"type": "answers", "round": round_id, "team": search, "answers": answers, "ref": 4})
        received = await next_of(socket, "received")
        expected = suggest_position(model.aspect("adoption"), answers).position
        assert received == {
            "type": "received",
            "round": round_id,
            "team": search,
            "position": expected,
            "ref": 4,
            "answers": answers,
        }
        (vote,) = stored_votes(owner)
        assert (vote.team_id, vote.position) == (search, expected) and expected == 2.0
        assert [(a.question_id, a.level_id) for a in stored_answers(owner)] == [
            (ADOPTION[0], "operational"),
            (ADOPTION[2], "scalable"),
        ]
        # A further answer changes the same vote; the ballot shown again (a reconnecting phone) has them.
        answers[ADOPTION[3]] = 3
        await socket.send_json({"type": "answers", "round": round_id, "team": search, "answers": answers, "ref": 5})
        assert (await next_of(socket, "received"))["position"] == pytest.approx(2.5)
        owner.run(lambda host: host.refresh(force=True))
        (mine,) = (await next_of(socket, "ballot"))["mine"]
        assert mine == {"team": search, "position": 2.5, "answers": answers}
        # Placing the marker on the line instead drops the answers behind the vote.
        await socket.send_json({"type": "vote", "round": round_id, "team": search, "position": 0.7, "ref": 6})
        received = await next_of(socket, "received")
        assert received["position"] == 0.7 and "answers" not in received
        assert [v.position for v in stored_votes(owner)] == [0.7]
        assert stored_answers(owner) == []
        await socket.close()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({}, "at least one"),
        ([1, 2], "at least one"),
        ("adoption-discovery", "at least one"),
        ({"investment-funding": 1}, "not one of the questions"),
        ({"adoption-discovery": 4}, "one of the answers"),
        ({"adoption-discovery": -1}, "one of the answers"),
        ({"adoption-discovery": 1.0}, "one of the answers"),
        ({"adoption-discovery": True}, "one of the answers"),
        ({"adoption-discovery": None}, "one of the answers"),
        ({f"q{n}": 0 for n in range(60)}, "at least one"),
    ],
)
@run_async
async def test_answers_the_ballot_does_not_ask_for_are_refused_and_nothing_is_stored(owner, answers, message):
    round_id = open_round(owner)
    async with room_client(owner) as (client, _app):
        socket, _welcome, _ballot = await connect(client, await joined(client))
        await socket.send_json({"type": "answers", "round": round_id, "team": None, "answers": answers, "ref": 9})
        error = await next_of(socket, "error")
        assert error["code"] == "invalid" and error["ref"] == 9
        assert message in error["message"].lower() or message in error["message"]
        assert stored_votes(owner) == [] and stored_answers(owner) == []
        # The connection stays usable.
        await socket.send_json({"type": "answers", "round": round_id, "team": None, "answers": {ADOPTION[1]: 0}})
        assert (await next_of(socket, "received"))["position"] == 0.5
        await socket.close()


@run_async
async def test_answers_to_a_closed_vote_or_for_another_team_are_refused(owner):
    round_id = open_round(owner, team="Payments")
    search = team_id(owner, "Search")
    async with room_client(owner) as (client, _app):
        socket, _welcome, _ballot = await connect(client, await joined(client))
        answers = {ADOPTION[0]: 1}
        await socket.send_json({"type": "answers", "round": round_id, "team": search, "answers": answers})
        assert (await next_of(socket, "error"))["message"] == "Choose one of the teams shown."
        await socket.send_json({"type": "answers", "round": round_id, "team": None, "answers": answers})
        assert (await next_of(socket, "error"))["code"] == "invalid"  # a one-team vote has no organisation
        owner.run(lambda host: host.votes.close_round(round_id))
        await next_of(socket, "ballot")
        payments = team_id(owner, "Payments")
        await socket.send_json({"type": "answers", "round": round_id, "team": payments, "answers": answers})
        assert (await next_of(socket, "error"))["code"] == "closed"
        assert stored_votes(owner) == []
        await socket.close()
