"""`pem-desktop room FILE`: a headless room on loopback, driven by commands on standard input, with phones
joining and voting over HTTP and WebSocket; and its one-line errors."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from pem_desktop.services import Workshop
from pem_desktop.services.votes import Votes

ROOT = Path(__file__).resolve().parents[1]


def pem(*args: str, stdin=None, **options) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "pem_desktop", *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **options,
    )


async def vote_from_phone(url: str, code: str, position: float) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{url}api/join", json={"code": code, "name": "Ada"}) as reply:
            token = (await reply.json())["participant"]
        async with session.ws_connect(f"{url}api/socket") as socket:
            await socket.send_json({"type": "hello", "participant": token})
            while True:
                message = await socket.receive_json(timeout=20)
                if message["type"] == "ballot" and message["ballot"]:
                    break
            ballot = message["ballot"]
            await socket.send_json({"type": "vote", "round": ballot["round"], "team": None, "position": position})
            while True:
                message = await socket.receive_json(timeout=20)
                if message["type"] in ("received", "error"):
                    return message


def test_a_headless_room_takes_a_vote_and_answers_its_commands(demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    room = pem("room", str(path), "--bind", "127.0.0.1", "--port", "0", "--open", "adoption", stdin=subprocess.PIPE)
    try:
        opening = [room.stdout.readline() for _ in range(5)]
        url = re.search(r"(http://127\.0\.0\.1:\d+/)", opening[0]).group(1)
        code = re.search(r"Join code: (\d{3} \d{3})", opening[1]).group(1).replace(" ", "")
        assert opening[2].startswith(f"QR link: {url}#t=")
        assert opening[3].startswith("vote 1 open: Adoption, every team")
        received = asyncio.run(vote_from_phone(url, code, 2.5))
        assert received["type"] == "received" and received["position"] == 2.5
        answers, _errors = room.communicate("status\nreveal\nnonsense\nquit\n", timeout=60)
    finally:
        if room.poll() is None:
            room.kill()
    assert room.returncode == 0
    assert "1 votes from 1 people; joined (1): Ada" in answers
    assert "vote 1 revealed" in answers and "whole organisation: 1 votes, median 2.50" in answers
    assert "error: unknown command 'nonsense'" in answers
    assert answers.rstrip().endswith("closing the room\nroom closed")
    reopened = Workshop.open(path, read_only=True)
    try:
        votes = Votes(reopened)
        assert [(v.position, v.team_id) for v in votes.votes()] == [(2.5, None)]
        assert votes.rounds()[0].status == "revealed"
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bind", "203.0.113.7"], "203.0.113.7 is not an address of this computer"),
        (["--bind", "not-an-address"], "is not an IP address"),
        (["--bind", "127.0.0.1", "--open", "nonsense"], None),
    ],
)
def test_room_refuses_with_one_line(demo_workshop, args, message):
    path = demo_workshop.path
    demo_workshop.close()
    if message is None:  # an unknown aspect is said, and the room goes on
        room = pem("room", str(path), "--port", "0", *args, stdin=subprocess.PIPE)
        out, _err = room.communicate("quit\n", timeout=60)
        assert "error: no aspect 'nonsense'" in out and room.returncode == 0
        return
    room = pem("room", str(path), *args)
    out, err = room.communicate(timeout=60)
    assert room.returncode == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pem-desktop: error: ") and message in lines[0]


def test_room_on_a_file_that_is_not_a_workshop(tmp_path):
    bogus = tmp_path / "bogus.pemw"
    bogus.write_text("hello")
    room = pem("room", str(bogus), "--bind", "127.0.0.1")
    _out, err = room.communicate(timeout=60)
    assert room.returncode == 1 and "not a PEM Desktop workshop file" in err
    assert len(err.strip().splitlines()) == 1


def test_room_on_a_workshop_open_in_the_app(demo_workshop):
    room = pem("room", str(demo_workshop.path), "--bind", "127.0.0.1")  # the fixture holds it open for writing
    out, err = room.communicate(timeout=60)
    assert room.returncode == 1 and out == ""
    assert "is open in PEM Desktop by" in err and len(err.strip().splitlines()) == 1
