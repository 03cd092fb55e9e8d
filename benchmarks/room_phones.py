"""Child of the room benchmark: N simulated phones on loopback, each from its own address (127.0.0.2, ...).

    room_phones.py URL CODE N

They join and connect, then obey lines on standard input:
    round R   wait until every phone is shown round R open, then print "ready"
    go        every phone votes at once (a position of its own), waits for "received", then prints one JSON
              line: {"sent": {position: monotonic seconds}, "roundtrip_ms": [...]}
    quit      leave
Times are time.monotonic(), the system-wide clock the app's process reads too (Linux: CLOCK_MONOTONIC).
Only loopback addresses are ever used.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp


class SimulatedPhone:
    def __init__(self, index: int, url: str, code: str):
        self.index, self.url, self.code = index, url.rstrip("/"), code
        self.session: aiohttp.ClientSession | None = None
        self.socket = None
        self.round: int | None = None
        self.round_seen = asyncio.Event()
        self.received: asyncio.Future | None = None
        self.ref = 0

    @property
    def position(self) -> float:
        return round(0.05 + 0.05 * self.index, 2)  # each phone its own place, so the app can tell votes apart

    async def join(self) -> None:
        source = f"127.0.0.{2 + self.index % 250}"  # a phone of its own on the loopback network
        connector = aiohttp.TCPConnector(local_addr=(source, 0))
        self.session = aiohttp.ClientSession(connector=connector)
        async with self.session.post(f"{self.url}/api/join", json={"code": self.code, "name": f"P{self.index}"}) as r:
            answer = await r.json()
            if r.status != 200:
                raise RuntimeError(f"phone {self.index} could not join: {answer}")
        self.socket = await self.session.ws_connect(f"{self.url}/api/socket")
        await self.socket.send_json({"type": "hello", "participant": answer["participant"]})
        self.listener = asyncio.ensure_future(self.listen())

    async def listen(self) -> None:
        async for message in self.socket:
            if message.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(message.data)
            if data["type"] == "ballot" and data["ballot"] and data["ballot"]["status"] == "open":
                self.round = data["ballot"]["round"]
                self.round_seen.set()
            elif data["type"] in ("received", "error") and self.received is not None and not self.received.done():
                self.received.set_result((time.monotonic(), data))

    async def vote(self) -> tuple[float, float]:
        self.ref += 1
        self.received = asyncio.get_running_loop().create_future()
        sent = time.monotonic()
        await self.socket.send_json(
            {"type": "vote", "round": self.round, "team": None, "position": self.position, "ref": self.ref}
        )
        answered, data = await asyncio.wait_for(self.received, 30)
        if data["type"] != "received":
            raise RuntimeError(f"phone {self.index}: {data}")
        return sent, answered


async def main(url: str, code: str, count: int) -> None:
    phones = [SimulatedPhone(index, url, code) for index in range(count)]
    for phone in phones:  # one after another, as people arrive
        await phone.join()
    reader = asyncio.StreamReader()
    await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    print("joined", flush=True)
    while True:
        line = (await reader.readline()).decode().strip()
        if not line or line == "quit":
            break
        if line.startswith("round "):
            wanted = int(line.split()[1])
            while not all(phone.round == wanted for phone in phones):
                await asyncio.sleep(0.005)
            print("ready", flush=True)
        elif line == "go":
            results = await asyncio.gather(*(phone.vote() for phone in phones))
            print(
                json.dumps(
                    {
                        "sent": {str(phone.position): sent for phone, (sent, _) in zip(phones, results, strict=True)},
                        "roundtrip_ms": [(answered - sent) * 1000 for sent, answered in results],
                    }
                ),
                flush=True,
            )
    for phone in phones:
        await phone.socket.close()
        await phone.session.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
