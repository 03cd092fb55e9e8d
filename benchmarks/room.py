"""Child: votes from 60 phones at once, while the facilitator drags a card on a board of 60 teams.

`room.py app FILE PHONES ROUNDS MOVES` opens FILE in the main window, opens a room on 127.0.0.1 (the
app's own RoomController), and starts `room_phones.py` in a process of its own with PHONES simulated
phones on loopback. For each of ROUNDS votes: a vote is opened, every phone is shown it, then all vote at
once while the window drags a card back and forth. Measured: for each vote, the time from the phone
sending it to the vote being stored and the window's listeners told (the host's cast returning, which
commits and notifies before it returns); and each drag move (event handling and paint) during the
burst, beside MOVES drag moves with no votes arriving.

`room.py bare PHONES ROUNDS` is the floor: a bare aiohttp WebSocket server in a thread that commits each
vote with plain sqlite3 (rollback journal, synchronous=FULL) and answers; the same phones.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from _common import BENCHMARKS, emit

PHONES_SCRIPT = str(BENCHMARKS / "room_phones.py")
MOVE_MS = 8  # a mouse reports a move about every 8 ms (125 Hz) while a hand drags


class Phones:
    """The phones' process, with its output read in a thread (the caller's event loop keeps running)."""

    def __init__(self, url: str, code: str, count: int):
        # The phones are other devices: here they share the laptop's processors, so their simulation runs
        # at the lowest priority and takes what the laptop leaves idle. Their own clocks (sent, received)
        # are read in that starved process, which makes the latencies measured upper bounds.
        self.process = subprocess.Popen(
            ["nice", "-n", "19", sys.executable, PHONES_SCRIPT, url, code, str(count)]
            if sys.platform != "win32"
            else [sys.executable, PHONES_SCRIPT, url, code, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.SimpleQueue[str] = queue.SimpleQueue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put("")

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def wait_line(self, pump, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                pump()
                continue
            if line == "":
                raise RuntimeError(f"the phones stopped (exit {self.process.poll()})")
            return line
        raise RuntimeError("the phones did not answer in time")

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.send("quit")
        self.process.wait(timeout=30)


# -- the app -----------------------------------------------------------------------------------


def app_room(path: Path, phones_count: int, rounds: int, quiet_moves: int) -> dict:
    from drag import _send
    from PySide6.QtCore import QEvent, QEventLoop, QPoint, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from pem_desktop.services.votes import Votes
    from pem_desktop.ui.app import create_application
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.room_panel import RoomController
    from pem_desktop.ui.settings import AppSettings
    from pem_desktop.ui.theme import LIGHT, apply_theme

    app = create_application()
    apply_theme(app, LIGHT)
    window = MainWindow(AppSettings(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    for _ in range(5):
        QApplication.processEvents()
    page = window.page
    window_work: list[float] = []  # the window's time on each run of the room's calls
    run_calls = RoomController._run_calls

    def timed_run_calls(controller) -> None:
        began = time.perf_counter()
        run_calls(controller)
        window_work.append((time.perf_counter() - began) * 1000)

    RoomController._run_calls = timed_run_calls  # before the controller connects it to its wake-up signal
    room = RoomController(window.workshop, window)
    room.open("127.0.0.1", 0)
    notified: dict[float, float] = {}
    announce = room.server.announce

    def timed_announce(changed):
        announce(changed)  # the window's listeners are told of votes the room's process stored
        now = time.monotonic()
        for position in changed.get("votes", []):
            notified[position] = now

    room.server.announce = timed_announce
    phones = Phones(room.url, room.join_code, phones_count)
    pump = QApplication.processEvents
    phones.wait_line(pump)  # all joined (their joins went through this window's event loop)

    view = page.view
    viewport = view.viewport()
    cards = page.scene.ordered_cards()
    team_id = cards[len(cards) // 3].team.id
    span = round(viewport.width() * 0.4)
    left = Qt.MouseButton.LeftButton
    start = QPoint()

    def press() -> None:
        """Take hold of the card where it is now (the last burst's drop moved it)."""
        nonlocal start
        card = page.scene.cards[team_id]
        start = view.mapFromScene(card.sceneBoundingRect().center())
        _send(viewport, QEvent.Type.MouseButtonPress, start, left, left)
        pump()

    def release() -> None:
        _send(viewport, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton, left)
        _send(viewport, QEvent.Type.MouseButtonRelease, start, left, Qt.MouseButton.NoButton)
        pump()

    clock = {"due": 0.0}

    def drag_move(step: int) -> float:
        """One mouse move at a hand's pace (every MOVE_MS): waits for its moment, handling the window's
        events meanwhile (the room's calls among them), then sends it and paints. The sample runs from the
        moment the move was due to its paint, so a move held up by anything the window did counts late."""
        due = clock["due"] = max(clock["due"] + MOVE_MS / 1000, time.perf_counter() - MOVE_MS / 1000)
        while (wait := due - time.perf_counter()) > 0:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, max(1, int(wait * 1000)))
        phase = (step % 80) / 80
        point = start + QPoint(round(span * (1 - abs(2 * phase - 1))), 0)
        _send(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
        QApplication.processEvents()
        return (time.perf_counter() - due) * 1000

    # Drag moves with no votes arriving, on the same board: the figure to compare with.
    press()
    clock["due"] = time.perf_counter()
    quiet = [drag_move(step) for step in range(quiet_moves)]
    release()

    votes = Votes(window.workshop)
    latencies: list[float] = []
    roundtrips: list[float] = []
    during: list[float] = []
    bursts: list[float] = []
    burst_work: list[float] = []
    for _ in range(rounds):
        opened = votes.open_round(page.aspect.id)
        notified.clear()
        phones.send(f"round {opened.id}")
        phones.wait_line(pump)
        press()
        clock["due"] = time.perf_counter()
        work_before = len(window_work)
        phones.send("go")
        began = time.monotonic()
        step = 0
        result_line = None
        while len(notified) < phones_count or result_line is None:
            moved_at = time.monotonic()
            sample = drag_move(step)
            step += 1
            if len(notified) < phones_count or moved_at < max(notified.values(), default=0):
                during.append(sample)
            if result_line is None:
                with contextlib.suppress(queue.Empty):
                    result_line = phones.lines.get_nowait()
            if time.monotonic() - began > 60:
                raise RuntimeError(f"only {len(notified)} of {phones_count} votes arrived")
        burst_work.append(sum(window_work[work_before:]))
        release()
        result = json.loads(result_line)
        for position, sent in result["sent"].items():
            latencies.append((notified[float(position)] - sent) * 1000)
        roundtrips += result["roundtrip_ms"]
        bursts.append((max(notified.values()) - min(result["sent"].values())) * 1000)
    phones.close()
    stored = len(votes.votes())
    commits = bare_commits(path.parent, 30)
    room.close()
    window.close_workshop()
    return {
        "latency": latencies,
        "roundtrip": roundtrips,
        "drag_during": during,
        "drag_quiet": quiet,
        "burst_ms": bursts,
        "stored": stored,
        "teams": len(page.scene.cards),
        "commit_ms": commits,
        "window_ms_per_burst": burst_work,
    }


def bare_commits(folder: Path, count: int) -> list[float]:
    """How long one plain sqlite3 commit (rollback journal, synchronous=FULL) takes on this disk now."""
    database = folder / "bare-commit.sqlite"
    database.unlink(missing_ok=True)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE t (x)")
    samples = []
    for index in range(count):
        began = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t VALUES (?)", (index,))
        connection.execute("COMMIT")
        samples.append((time.perf_counter() - began) * 1000)
    connection.close()
    return samples


# -- the floor: a bare WebSocket server committing each vote ----------------------------------


def bare_room(work: Path, phones_count: int, rounds: int) -> dict:
    from aiohttp import web

    database = work / "bare-votes.sqlite"
    database.unlink(missing_ok=True)
    notified: dict[float, float] = {}
    state = {"round": 0, "sockets": set()}

    def setup() -> sqlite3.Connection:
        connection = sqlite3.connect(database, check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE IF NOT EXISTS vote (id INTEGER PRIMARY KEY, round INTEGER, position REAL)")
        return connection

    connection = setup()

    async def join(request):
        return web.json_response({"participant": "p", "name": "", "room": "bare", "protocol": 1})

    async def socket(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.receive()  # hello
        state["sockets"].add(ws)
        await ws.send_json(ballot())
        async for message in ws:
            data = json.loads(message.data)
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO vote (round, position) VALUES (?, ?)", (data["round"], data["position"]))
            connection.execute("COMMIT")
            notified[data["position"]] = time.monotonic()
            await ws.send_json({"type": "received", "ref": data["ref"], "position": data["position"]})
        state["sockets"].discard(ws)
        return ws

    def ballot() -> dict:
        return {"type": "ballot", "ballot": {"round": state["round"], "status": "open"}, "mine": []}

    async def open_round(number: int) -> None:
        state["round"] = number
        for ws in list(state["sockets"]):
            await ws.send_json(ballot())

    application = web.Application()
    application.router.add_post("/api/join", join)
    application.router.add_get("/api/socket", socket)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(application, access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = runner.addresses[0][1]
    threading.Thread(target=loop.run_forever, daemon=True).start()

    phones = Phones(f"http://127.0.0.1:{port}/", "000000", phones_count)
    phones.wait_line(lambda: time.sleep(0.001))
    latencies: list[float] = []
    roundtrips: list[float] = []
    for number in range(1, rounds + 1):
        notified.clear()
        asyncio.run_coroutine_threadsafe(open_round(number), loop).result(10)
        phones.send(f"round {number}")
        phones.wait_line(lambda: time.sleep(0.001))
        phones.send("go")
        result = json.loads(phones.wait_line(lambda: time.sleep(0.001)))
        for position, sent in result["sent"].items():
            latencies.append((notified[float(position)] - sent) * 1000)
        roundtrips += result["roundtrip_ms"]
    phones.close()
    loop.call_soon_threadsafe(loop.stop)
    return {"latency": latencies, "roundtrip": roundtrips}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "app":
        emit(**app_room(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])))
    else:
        emit(**bare_room(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
