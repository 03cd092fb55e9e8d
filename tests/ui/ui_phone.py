"""A simulated phone for GUI tests: joins a room over loopback and votes, in a thread of its own, so that
the window's event loop keeps running the room's calls meanwhile."""

from __future__ import annotations

import asyncio
import threading

import aiohttp


class Phone:
    """Joins with the code and casts the given votes ((team_id, position), ...) in the room's open round."""

    def __init__(self, url: str, code: str, name: str, votes: list[tuple[int | None, float]]):
        self.url, self.code, self.name, self.votes = url.rstrip("/"), code, name, votes
        self.received: list[dict] = []
        self.messages: list[dict] = []
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.closed = threading.Event()  # the room said it closed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    async def _run(self) -> None:
        try:
            async with aiohttp.ClientSession() as session:
                async with session.post(f"{self.url}/api/join", json={"code": self.code, "name": self.name}) as reply:
                    joined = await reply.json()
                    assert reply.status == 200, joined
                async with session.ws_connect(f"{self.url}/api/socket") as socket:
                    await socket.send_json({"type": "hello", "participant": joined["participant"]})
                    ballot = await self._next(socket, "ballot")
                    while ballot["ballot"] is None or ballot["ballot"]["status"] != "open":
                        ballot = await self._next(socket, "ballot")
                    round_id = ballot["ballot"]["round"]
                    for ref, (team, position) in enumerate(self.votes):
                        vote = {"type": "vote", "round": round_id, "team": team, "position": position, "ref": ref}
                        await socket.send_json(vote)
                        self.received.append(await self._next(socket, "received"))
                    self.done.set()
                    while not self._stop.is_set():  # stay connected, as a phone on the table does
                        try:
                            message = await socket.receive_json(timeout=0.1)
                        except (TimeoutError, TypeError):
                            if socket.closed:
                                break
                            continue
                        self.messages.append(message)
                        if message.get("type") == "closed":
                            self.closed.set()
        except BaseException as error:  # reported to the test
            self.error = error
            self.done.set()

    async def _next(self, socket, kind: str) -> dict:
        while True:
            message = await socket.receive_json(timeout=20)
            self.messages.append(message)
            if message["type"] == kind:
                return message
