"""The room's protocol through aiohttp's test client: join, wrong codes, votes and their changes, closing,
limits and hostile input. The workshop lives on an owner thread, as in the app; every check of what was
stored reads the file there."""

from __future__ import annotations

import asyncio
import json
from contextlib import asynccontextmanager

import pytest
from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient, TestServer
from room_helpers import run_async

from pem_desktop.room.codes import RoomSecrets
from pem_desktop.room.limits import RoomLimits
from pem_desktop.room.server import SECURITY_HEADERS, RoomApp
from pem_desktop.services import WriteFailedError

SECRETS = RoomSecrets(join_code="482913", link_token="link-token-for-tests", room_id="room-1")


@asynccontextmanager
async def room_client(owner, limits: RoomLimits | None = None):
    app = RoomApp(owner.channel, owner.host, limits=limits or RoomLimits(), secrets=SECRETS)
    client = TestClient(TestServer(app.app))
    await client.start_server()
    owner.run(lambda host: host.attach(app.publish))
    try:
        yield client, app
    finally:
        owner.run(lambda host: host.detach())
        await client.close()


async def joined(client, name: str = "Anna", **body) -> str:
    response = await client.post("/api/join", json={"code": "482 913", "name": name, **body})
    assert response.status == 200, await response.text()
    answer = await response.json()
    assert answer["name"] == name.strip()
    assert answer["room"] == "room-1"
    return answer["participant"]


async def connect(client, token: str):
    """A WebSocket that has said hello; returns it with the welcome and the first ballot (the page's texts
    come between them)."""
    socket = await client.ws_connect("/api/socket")
    await socket.send_json({"type": "hello", "participant": token, "protocol": 1})
    welcome = await socket.receive_json(timeout=20)
    texts = await socket.receive_json(timeout=20)
    ballot = await socket.receive_json(timeout=20)
    assert welcome["type"] == "welcome"
    assert texts["type"] == "texts"
    assert ballot["type"] == "ballot"
    return socket, welcome, ballot


async def next_of(socket, kind: str, timeout: float = 20) -> dict:
    while True:
        message = await socket.receive_json(timeout=timeout)
        if message["type"] == kind:
            return message


def open_round(owner, aspect: str = "adoption", team: str | None = None) -> int:
    def run(host):
        team_id = None if team is None else next(t.id for t in host.workshop.teams() if t.name == team)
        return host.votes.open_round(aspect, team_id).id

    return owner.run(run)


def team_id(owner, name: str) -> int:
    return owner.run(lambda host: next(t.id for t in host.workshop.teams() if t.name == name))


def stored_votes(owner) -> list:
    return owner.run(lambda host: host.votes.votes())


# -- the page and its headers ------------------------------------------------------------------


@run_async
async def test_the_page_is_served_with_headers_that_forbid_framing_and_foreign_scripts(owner):
    async with room_client(owner) as (client, _app):
        for path, kind in (("/", "text/html"), ("/room.js", "text/javascript"), ("/room.css", "text/css")):
            response = await client.get(path)
            assert response.status == 200
            assert response.content_type == kind
            for header, value in SECURITY_HEADERS.items():
                assert response.headers[header] == value
            assert "aiohttp" not in response.headers.get("Server", "").lower()
        csp = SECURITY_HEADERS["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        page = await (await client.get("/")).text()
        assert "<script>" not in page and "style=" not in page and "http" not in page.replace("http-equiv", "")
        missing = await client.get("/../../etc/passwd")
        assert missing.status == 404
        assert missing.headers["X-Frame-Options"] == "DENY"


@run_async
async def test_a_request_for_another_host_name_is_refused(owner):
    async with room_client(owner) as (client, _app):
        response = await client.get("/", headers={"Host": "evil.example:80"})
        assert response.status == 421
        response = await client.post("/api/join", json={"code": "482913"}, headers={"Host": "rebound.example"})
        assert response.status == 421
        assert owner.run(lambda host: host.votes.participants()) == []


@run_async
async def test_a_join_from_another_sites_page_is_refused(owner):
    async with room_client(owner) as (client, _app):
        response = await client.post("/api/join", json={"code": "482913"}, headers={"Origin": "http://evil.example"})
        assert response.status == 403
        assert owner.run(lambda host: host.votes.participants()) == []


# -- joining -----------------------------------------------------------------------------------


@run_async
async def test_join_with_the_code_or_the_qr_link_and_a_wrong_code_is_refused(owner):
    async with room_client(owner) as (client, _app):
        assert await joined(client, "Anna")
        answer = await client.post("/api/join", json={"token": "link-token-for-tests"})
        assert answer.status == 200
        assert (await answer.json())["name"] == ""
        for wrong in ({"code": "000000"}, {"code": "48291"}, {"token": "link-token-for-test"}, {}, {"code": 482913}):
            response = await client.post("/api/join", json=wrong)
            assert response.status == 403, wrong
            assert "code is not right" in (await response.json())["error"]
    names = [p.name for p in owner.run(lambda host: host.votes.participants())]
    assert names == ["Anna", ""]


@run_async
async def test_too_many_wrong_codes_lock_that_device_out_for_a_while(owner):
    limits = RoomLimits(failed_joins_per_minute=3)
    async with room_client(owner, limits) as (client, _app):
        for _ in range(3):
            assert (await client.post("/api/join", json={"code": "111111"})).status == 403
        locked = await client.post("/api/join", json={"code": "482913"})  # even the right code, for now
        assert locked.status == 429
        assert "wrong codes" in (await locked.json())["error"]


@run_async
async def test_hostile_joins_get_a_clear_error_and_never_reach_the_file(owner):
    async with room_client(owner, RoomLimits(max_request_bytes=2048)) as (client, _app):
        cases = [
            (dict(data="not json", headers={"Content-Type": "application/json"}), 400),
            (dict(data=b"\xff\xfe", headers={"Content-Type": "application/json"}), 400),
            (dict(data='{"code": NaN}', headers={"Content-Type": "application/json"}), 400),
            (dict(data="[" * 1500, headers={"Content-Type": "application/json"}), 400),
            (dict(json=["482913"]), 400),
            (dict(data="code=482913", headers={"Content-Type": "application/x-www-form-urlencoded"}), 415),
            (dict(json={"code": "482913", "name": "x" * 500}), 400),
            (dict(json={"code": "482913", "name": ["Anna"]}), 400),
            (dict(json={"code": "482913", "name": "x" * 41}), 400),  # over the services' 40 characters
            (dict(json={"code": "482913", "name": "a" * 4000}), 413),
        ]
        for request, status in cases:
            response = await client.post("/api/join", **request)
            assert response.status == status, (request, await response.text())
            assert "error" in await response.json()
        assert owner.run(lambda host: host.votes.participants()) == []
        # Names are cleaned as every name the app stores is: control characters go, spaces fold.
        response = await client.post("/api/join", json={"code": "482913", "name": " Zoë\u0000 \u202e<b>Ω</b>\n"})
        assert response.status == 200
    stored = owner.run(lambda host: host.votes.participants())
    assert [p.name for p in stored] == ["Zoë \u202e<b>Ω</b>"]


@run_async
async def test_the_room_takes_no_more_than_its_participant_limit(owner):
    async with room_client(owner, RoomLimits(max_participants=2)) as (client, _app):
        await joined(client, "A")
        await joined(client, "B")
        full = await client.post("/api/join", json={"code": "482913", "name": "C"})
        assert full.status == 503
        assert "full" in (await full.json())["error"]


# -- the WebSocket -----------------------------------------------------------------------------


@run_async
async def test_a_socket_must_say_who_it_is_first(owner):
    async with room_client(owner, RoomLimits(hello_seconds=0.5)) as (client, _app):
        socket = await client.ws_connect("/api/socket")
        await socket.send_json({"type": "hello", "participant": "made-up"})
        error = await socket.receive_json(timeout=20)
        assert error["code"] == "unknown_participant"
        assert (await socket.receive(timeout=20)).type in (WSMsgType.CLOSE, WSMsgType.CLOSED)

        silent = await client.ws_connect("/api/socket")
        closing = await silent.receive(timeout=20)
        assert closing.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)

        token = await joined(client)
        vote_first = await client.ws_connect("/api/socket")
        await vote_first.send_json({"type": "vote", "participant": token, "round": 1, "position": 1})
        assert (await vote_first.receive_json(timeout=20))["code"] == "unknown_participant"
        plain = await client.get("/api/socket")
        assert plain.status == 400


@run_async
async def test_vote_change_and_close(owner):
    async with room_client(owner) as (client, _app):
        token = await joined(client, "Anna")
        socket, welcome, ballot = await connect(client, token)
        assert welcome == {"type": "welcome", "name": "Anna", "room": "room-1", "protocol": 1}
        assert ballot["ballot"] is None  # nothing open yet

        round_id = open_round(owner)
        shown = (await next_of(socket, "ballot"))["ballot"]
        assert shown["round"] == round_id and shown["status"] == "open"
        assert shown["aspect"]["name"] == "Adoption"
        assert [level["name"] for level in shown["aspect"]["levels"]] == [
            "Provisional",
            "Operational",
            "Scalable",
            "Optimizing",
        ]
        assert all(level["label"] and level["summary"] for level in shown["aspect"]["levels"])
        assert [team["name"] for team in shown["teams"]] == ["Payments", "Search", "Mobile"]
        assert shown["organisation"] is True and shown["levelCount"] == 4
        payments = team_id(owner, "Payments")

        await socket.send_json({"type": "vote", "round": round_id, "team": payments, "position": 1.75, "ref": 1})
        received = await next_of(socket, "received")
        assert received == {"type": "received", "round": round_id, "team": payments, "position": 1.75, "ref": 1}
        assert [(v.team_id, v.position) for v in stored_votes(owner)] == [(payments, 1.75)]

        await socket.send_json({"type": "vote", "round": round_id, "team": payments, "position": 2.3, "ref": 2})
        assert (await next_of(socket, "received"))["ref"] == 2
        await socket.send_json({"type": "vote", "round": round_id, "team": None, "position": 0.5, "ref": 3})
        assert (await next_of(socket, "received"))["team"] is None
        votes = stored_votes(owner)
        assert sorted((v.team_id or 0, v.position) for v in votes) == [(0, 0.5), (payments, 2.3)]  # changed, not added

        owner.run(lambda host: host.votes.close_round(round_id))
        closed = await next_of(socket, "ballot")
        assert closed["ballot"]["status"] == "closed"
        assert sorted((m["team"] or 0, m["position"]) for m in closed["mine"]) == [(0, 0.5), (payments, 2.3)]
        await socket.send_json({"type": "vote", "round": round_id, "team": payments, "position": 3.0, "ref": 4})
        refused = await next_of(socket, "error")
        assert refused["code"] == "closed" and refused["ref"] == 4
        assert sorted(v.position for v in stored_votes(owner)) == [0.5, 2.3]
        await socket.close()


@run_async
async def test_a_phone_that_reconnects_sees_its_own_votes_only(owner):
    async with room_client(owner) as (client, _app):
        anna, bob = await joined(client, "Anna"), await joined(client, "Bob")
        round_id = open_round(owner, "investment")
        search = team_id(owner, "Search")
        socket_a, _w, _b = await connect(client, anna)
        socket_b, _w, _b = await connect(client, bob)
        await socket_a.send_json({"type": "vote", "round": round_id, "team": search, "position": 1.0})
        await next_of(socket_a, "received")
        await socket_b.send_json({"type": "vote", "round": round_id, "team": search, "position": 3.0})
        await next_of(socket_b, "received")
        await socket_a.close()
        again, _welcome, ballot = await connect(client, anna)
        assert ballot["mine"] == [{"team": search, "position": 1.0}]
        positions = {v.participant_id: v.position for v in stored_votes(owner)}
        assert sorted(positions.values()) == [1.0, 3.0]  # Bob's vote did not touch Anna's
        await again.close()
        await socket_b.close()


@run_async
async def test_a_one_team_vote_takes_votes_on_that_team_only(owner):
    async with room_client(owner) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        round_id = open_round(owner, "operations", team="Mobile")
        shown = (await next_of(socket, "ballot"))["ballot"]
        assert shown["oneTeam"] is True and shown["organisation"] is False
        assert [team["name"] for team in shown["teams"]] == ["Mobile"]
        for team in (team_id(owner, "Payments"), None):
            await socket.send_json({"type": "vote", "round": round_id, "team": team, "position": 1.0})
            assert (await next_of(socket, "error"))["code"] == "invalid"
        await socket.send_json({"type": "vote", "round": round_id, "team": team_id(owner, "Mobile"), "position": 4})
        assert (await next_of(socket, "received"))["position"] == 4
        assert len(stored_votes(owner)) == 1
        await socket.close()


@run_async
async def test_hostile_messages_get_an_error_and_never_reach_the_file(owner):
    async with room_client(owner) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        round_id = open_round(owner)
        await next_of(socket, "ballot")
        payments = team_id(owner, "Payments")
        hostile = [
            "not json",
            "[]",
            '{"type": 3}',
            f'{{"type": "vote", "round": {round_id}, "team": {payments}, "position": NaN}}',
            f'{{"type": "vote", "round": {round_id}, "team": {payments}, "position": Infinity}}',
            json.dumps({"type": "vote", "round": round_id, "team": payments, "position": 4.01}),
            json.dumps({"type": "vote", "round": round_id, "team": payments, "position": -0.5}),
            json.dumps({"type": "vote", "round": round_id, "team": payments, "position": True}),
            json.dumps({"type": "vote", "round": round_id, "team": payments, "position": "2"}),
            json.dumps({"type": "vote", "round": round_id, "team": payments}),
            json.dumps({"type": "vote", "round": round_id, "team": 99999, "position": 1}),
            json.dumps({"type": "vote", "round": round_id, "team": "1; DROP TABLE vote", "position": 1}),
            json.dumps({"type": "vote", "round": round_id + 1, "team": payments, "position": 1}),
            json.dumps({"type": "vote", "round": True, "team": payments, "position": 1}),
            json.dumps({"type": "vote", "round": 2**70, "team": payments, "position": 1}),
            json.dumps({"type": "vote", "round": round_id, "team": payments, "position": 1, "ref": 2**40}),
            json.dumps({"type": "answers", "answers": []}),
            "[" * 2000 + "]" * 2000,
        ]
        for text in hostile:
            await socket.send_str(text)
            error = await next_of(socket, "error")
            assert error["message"], text
        assert stored_votes(owner) == []
        # The connection survived all of that and still takes a good vote.
        await socket.send_json({"type": "vote", "round": round_id, "team": payments, "position": 2})
        assert (await next_of(socket, "received"))["position"] == 2
        await socket.close()


@run_async
async def test_an_oversized_or_binary_message_closes_the_connection(owner):
    async with room_client(owner, RoomLimits(max_message_bytes=512)) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        await socket.send_str(json.dumps({"type": "vote", "pad": "x" * 1000}))
        message = await socket.receive(timeout=20)
        while message.type == WSMsgType.TEXT:
            message = await socket.receive(timeout=20)
        assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
        other, _welcome, _ballot = await connect(client, token)
        await other.send_bytes(b"\x00\x01")
        message = await other.receive(timeout=20)
        assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)


@run_async
async def test_a_flood_of_messages_is_limited_and_then_cut_off(owner):
    limits = RoomLimits(messages_per_second=1, message_burst=5, dropped_messages_before_close=40)
    async with room_client(owner, limits) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        round_id = open_round(owner)
        await next_of(socket, "ballot")
        payments = team_id(owner, "Payments")
        for index in range(200):
            await socket.send_json({"type": "vote", "round": round_id, "team": payments, "position": index % 4})
        kinds = []
        while True:
            message = await socket.receive(timeout=20)
            if message.type != WSMsgType.TEXT:
                break
            kinds.append(json.loads(message.data).get("code") or json.loads(message.data)["type"])
        assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
        assert "rate" in kinds
        assert kinds.count("received") <= 7
        assert len(stored_votes(owner)) == 1  # one vote per participant and team, however often changed


@run_async
async def test_too_many_requests_from_one_address_are_refused(owner):
    async with room_client(owner, RoomLimits(requests_per_second=0.1, request_burst=5)) as (client, _app):
        statuses = [(await client.get("/room.css")).status for _ in range(8)]
        assert statuses[:5] == [200] * 5
        assert set(statuses[5:]) == {429}


@run_async
async def test_a_vote_not_saved_is_never_reported_received(owner, monkeypatch):
    async with room_client(owner) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        round_id = open_round(owner)
        await next_of(socket, "ballot")

        def disk_full(*_args):
            raise WriteFailedError("Could not save the change to room.pemw: the disk is full.")

        monkeypatch.setattr(owner.host, "cast_many", disk_full)
        await socket.send_json({"type": "vote", "round": round_id, "team": None, "position": 1, "ref": 9})
        error = await next_of(socket, "error")
        assert error["code"] == "not_saved" and error["ref"] == 9
        assert stored_votes(owner) == []
        await socket.close()


@run_async
async def test_phones_see_nothing_of_the_workshop_but_the_open_vote(owner, room_file):
    async with room_client(owner) as (client, _app):
        owner.run(lambda host: host.workshop.place_team(host.workshop.teams()[0].id, "adoption", 2.75))
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        open_round(owner)
        ballot = await next_of(socket, "ballot")
        text = json.dumps(ballot)
        assert "SECRET-NOTES" not in text
        assert str(room_file) not in text and room_file.name not in text
        assert "2.75" not in text  # no placement: the room is not anchored by the board
        assert set(ballot["ballot"]) == {
            "round",
            "status",
            "aspect",
            "levelCount",
            "oneTeam",
            "teams",
            "organisation",
            "words",
        }
        for path in ("/api/workshop", "/api/votes", "/room.pemw", "/api/join"):
            assert (await client.get(path)).status in (404, 405)
        await socket.close()


@run_async
async def test_closing_the_room_tells_every_phone(owner):
    app_holder = {}
    async with room_client(owner) as (client, app):
        app_holder["app"] = app
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        await app._shutdown(app.app)
        assert (await next_of(socket, "closed")) == {"type": "closed"}
        late = await client.post("/api/join", json={"code": "482913"})
        assert late.status == 503


@run_async
async def test_the_words_phones_show_are_the_models_own(owner):
    async with room_client(owner) as (client, _app):
        token = await joined(client)
        socket, _welcome, _ballot = await connect(client, token)
        open_round(owner)
        words = (await next_of(socket, "ballot"))["ballot"]["words"]
        model = owner.run(lambda host: host.workshop.model)
        for hundredths in range(0, 401):
            position = hundredths / 100
            found = [text for start, end, text in words if start <= position <= end]
            assert found == [model.describe_position(position)], position
        await socket.close()


def test_run_async_helper_reports_failures():
    @run_async
    async def failing():
        await asyncio.sleep(0)
        raise AssertionError("seen")

    with pytest.raises(AssertionError, match="seen"):
        failing()
