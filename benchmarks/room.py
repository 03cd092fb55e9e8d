"""Child: votes from 60 phones at once, while the facilitator drags a card on a board of 60 teams.

`room.py app FILE PHONES ROUNDS MOVES` opens FILE in the main window and a room on 127.0.0.1 from the room
panel (which stays open, as it does in a workshop; the server in its own process), and starts `room_phones.py`
in a process of its own with PHONES simulated phones on loopback. For each of ROUNDS votes: a vote is opened,
every phone is shown it, the window takes hold of a card and starts dragging it (LIFT_MOVES moves), then all
vote at once while the drag goes on back and forth; then the vote is revealed. Measured: for each vote, the
time from the phone sending it to the board repainted with the vote counted (the votes' layer shows the count
while a vote is hidden), and to the window's listeners being told it is stored; each drag move (event handling
and paint) during the burst, beside MOVES drag moves with no votes arriving; the reveal to the spread painted
on the board; and where the processors' time went during each burst (the window's thread and its parts, the
app's process, the room's process, the phones).

With PEM_BENCH_PROFILE=FILE set, the window's thread is profiled (cProfile) during the bursts and the
reveals, and the statistics written to FILE (read them with `python -m pstats FILE`).

`room.py bare PHONES ROUNDS` is the floor: a bare aiohttp WebSocket server in a thread that commits each
vote with plain sqlite3 (rollback journal, synchronous=FULL) and answers; the same phones.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import queue
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from _common import BENCHMARKS, emit

PHONES_SCRIPT = str(BENCHMARKS / "room_phones.py")
MOVE_MS = 8  # a mouse reports a move about every 8 ms (125 Hz) while a hand drags
# The card is already moving when the votes arrive: a drag's first moves lift the card (its cached picture drawn
# again, on top) and bring up the guide, a cost of starting a drag whatever the room does, which (b) measures.
# Without them a burst of a few dozen milliseconds would hold mostly a drag's first moves, and the quiet moves
# (one press for hundreds of moves) almost none.
LIFT_MOVES = 4


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
    from drag import _send, card_in_view
    from PySide6.QtCore import QEvent, QEventLoop, QPoint, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from pem_desktop.room.interfaces import NetworkAddress
    from pem_desktop.services.votes import Votes
    from pem_desktop.ui import board as board_module
    from pem_desktop.ui import room_panel
    from pem_desktop.ui.app import create_application
    from pem_desktop.ui.board_votes import BoardVotes
    from pem_desktop.ui.interface_language import install_interface_language
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.room_panel import RoomController, RoomDialog
    from pem_desktop.ui.settings import AppSettings
    from pem_desktop.ui.theme import LIGHT, apply_theme

    # The window's work, timed where it is done: the room's calls, the votes' layer, the panel, the paints.
    spent: dict[str, list[float]] = {"room calls": [], "votes on the board": [], "room panel": [], "board paint": []}

    def timed(name: str, function):
        @functools.wraps(function)  # PySide6 finds a connected slot by its name: the wrapper keeps the method's
        def run(*args):
            began = time.perf_counter()
            try:
                return function(*args)
            finally:
                spent[name].append((time.perf_counter() - began) * 1000)

        return run

    # Patched before anything is made, so that every object made later uses them.
    RoomController._run_calls = timed("room calls", RoomController._run_calls)
    BoardVotes.refresh = timed("votes on the board", BoardVotes.refresh)
    RoomDialog.refresh = timed("room panel", RoomDialog.refresh)
    room_panel.room_addresses = lambda: [NetworkAddress("lo", "127.0.0.1", default_route=True)]  # loopback only
    watched: dict = {}
    paints: list[tuple[float, str]] = []  # each paint of the window's board: when it ended, the count it showed
    viewport_event = board_module.BoardView.viewportEvent

    def timed_viewport_event(view, event):
        if event.type() != QEvent.Type.Paint or view is not watched.get("view"):
            return viewport_event(view, event)
        began = time.perf_counter()
        handled = viewport_event(view, event)
        spent["board paint"].append((time.perf_counter() - began) * 1000)
        paints.append((time.monotonic(), watched["layer"].header.painted_words))
        return handled

    board_module.BoardView.viewportEvent = timed_viewport_event

    app = create_application()
    install_interface_language("en")  # as the app does: its English catalog words the plurals
    apply_theme(app, LIGHT)
    window = MainWindow(AppSettings(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    for _ in range(5):
        QApplication.processEvents()
    page = window.page
    # The room is opened as the facilitator opens it: from its panel, which stays open during the votes.
    window.show_room()
    dialog = window.room
    assert dialog.open_room()
    room = dialog.room
    assert window.votes_on_board()
    layer = window.board_votes.layers[0]
    watched.update(view=page.view, layer=layer)
    notified: dict[float, float] = {}  # each vote (its position): when the window was told it is stored
    needed: dict[float, int] = {}  # the count the board must show for it to be on the board
    told = {"votes": 0}
    announce = room.server.announce

    def timed_announce(changed):
        announce(changed)  # the window's listeners are told of votes the room's process stored
        now = time.monotonic()
        told["votes"] += len(changed.get("votes", []))
        for position in changed.get("votes", []):
            notified[position], needed[position] = now, told["votes"]

    room.server.announce = timed_announce
    clock = {"due": 0.0}
    waiting = QEventLoop()
    wake = QTimer()
    wake.setSingleShot(True)
    wake.setTimerType(Qt.TimerType.PreciseTimer)
    wake.timeout.connect(waiting.quit)

    def idle_until(moment: float) -> None:
        """Run the window's event loop until `moment` (perf_counter), asleep between its events as the app's
        own loop is (processEvents with a time limit would keep a processor busy: it never waits)."""
        left = moment - time.perf_counter()
        if left > 0.0015:
            wake.start(int((left - 0.001) * 1000))
            waiting.exec()
        while time.perf_counter() < moment:  # the last millisecond, to the moment
            QApplication.processEvents()

    def idle(seconds: float = 0.005) -> None:
        idle_until(time.perf_counter() + seconds)

    phones = Phones(room.url, room.join_code, phones_count)
    pump = idle  # the window's events handled, asleep between them, while the phones get ready
    phones.wait_line(pump)  # all joined (their joins went through this window's event loop)
    children = {"room server": room.server._process.pid, "phones": phones.process.pid}

    view = page.view
    viewport = view.viewport()
    cards = page.scene.ordered_cards()
    team_id = card_in_view(view, cards).team.id
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

    move_cpu: list[float] = []  # each move's own handling and paint: the window thread's processor time
    move_waited: list[float] = []  # each move: how long the window's thread was ready to run but not running

    def drag_move(step: int) -> float:
        """One mouse move at a hand's pace (every MOVE_MS): waits for its moment, handling the window's
        events meanwhile (the room's calls among them), then sends it and paints. The sample runs from the
        moment the move was due to its paint, so a move held up by anything the window did counts late.
        The processor time of the move's own handling and paint goes to `move_cpu` (time the thread waited
        for a processor is not in it); the time it waited for one from its moment on goes to `move_waited`."""
        due = clock["due"] = max(clock["due"] + MOVE_MS / 1000, time.perf_counter() - MOVE_MS / 1000)
        idle_until(due)
        waited_before = _run_queue_wait()
        phase = (step % 80) / 80
        point = start + QPoint(round(span * (1 - abs(2 * phase - 1))), 0)
        cpu_began = time.thread_time()
        _send(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
        QApplication.processEvents()
        move_cpu.append((time.thread_time() - cpu_began) * 1000)
        move_waited.append(_run_queue_wait() - waited_before)
        return (time.perf_counter() - due) * 1000

    def shown_count(words: str) -> int:
        found = re.search(r"(\d+) votes? from", words)
        return int(found.group(1)) if found else 0

    def on_board(position: float) -> float | None:
        """When the board was first painted showing a count that includes this vote."""
        return next(
            (t for t, words in paints if t >= notified[position] and shown_count(words) >= needed[position]), None
        )

    # Drag moves with no votes arriving, on the same board: the figure to compare with.
    press()
    clock["due"] = time.perf_counter()
    quiet = [drag_move(step) for step in range(quiet_moves)]
    quiet_cpu, quiet_waited = move_cpu[:], move_waited[:]
    release()

    votes = Votes(window.workshop)
    profile = None
    if os.environ.get("PEM_BENCH_PROFILE"):  # where the window's thread spends the bursts and reveals (pstats)
        import cProfile

        profile = cProfile.Profile()
    load = [os.getloadavg()[0]]
    latencies: list[float] = []  # sent to stored and the window told
    to_board: list[float] = []  # sent to the board painted with it counted
    roundtrips: list[float] = []
    during: list[float] = []
    during_cpu: list[float] = []
    during_waited: list[float] = []
    bursts: list[float] = []
    window_cpu: list[float] = []  # the window's main thread: processor time during a burst
    process_cpu: dict[str, list[float]] = {"app (all its threads)": [], **{name: [] for name in children}}
    work_during: dict[str, list[float]] = {name: [] for name in spent}
    revealed: list[float] = []  # reveal to the spread painted on the board
    for _ in range(rounds):
        opened = votes.open_round(page.aspect.id)
        notified.clear()
        needed.clear()
        told["votes"] = 0
        phones.send(f"round {opened.id}")
        phones.wait_line(pump)
        while not (paints and paints[-1][1].startswith("Vote open")):  # the room sees it open before voting
            idle()
        press()
        clock["due"] = time.perf_counter()
        for step in range(LIFT_MOVES):
            drag_move(step)
        marks = {name: len(samples) for name, samples in spent.items()}
        cpu_before = (time.thread_time(), _process_cpu(None), {n: _process_cpu(pid) for n, pid in children.items()})
        if profile is not None:
            profile.enable()
        phones.send("go")
        began = time.monotonic()
        step = LIFT_MOVES
        result_line = None
        while len(notified) < phones_count or result_line is None or on_board(max(notified, key=needed.get)) is None:
            moved_at = time.monotonic()
            sample = drag_move(step)
            step += 1
            if len(notified) < phones_count or moved_at < max(notified.values(), default=0):
                during.append(sample)
                during_cpu.append(move_cpu[-1])
                during_waited.append(move_waited[-1])
            if result_line is None:
                with contextlib.suppress(queue.Empty):
                    result_line = phones.lines.get_nowait()
            if time.monotonic() - began > 60:
                raise RuntimeError(f"only {len(notified)} of {phones_count} votes arrived")
        window_cpu.append((time.thread_time() - cpu_before[0]) * 1000)
        process_cpu["app (all its threads)"].append((_process_cpu(None) - cpu_before[1]) * 1000)
        for name, pid in children.items():
            process_cpu[name].append((_process_cpu(pid) - cpu_before[2][name]) * 1000)
        for name, samples in spent.items():
            work_during[name].append(sum(samples[marks[name] :]))
        release()
        result = json.loads(result_line)
        for position, sent in result["sent"].items():
            latencies.append((notified[float(position)] - sent) * 1000)
            to_board.append((on_board(float(position)) - sent) * 1000)
        roundtrips += result["roundtrip_ms"]
        bursts.append((max(notified.values()) - min(result["sent"].values())) * 1000)
        # Revealed: the spread replaces the count on the board.
        painted_before = len(paints)
        reveal_began = time.monotonic()
        votes.reveal_round(opened.id)
        while not any(words.startswith("The room's votes") for _t, words in paints[painted_before:]):
            idle()
            if time.monotonic() - reveal_began > 30:
                raise RuntimeError("the revealed votes were never painted on the board")
        shown = next(t for t, words in paints[painted_before:] if words.startswith("The room's votes"))
        revealed.append((shown - reveal_began) * 1000)
        if profile is not None:
            profile.disable()
        assert [row.spread.count for row in layer.rows] == [phones_count], "the board shows every vote"
        load.append(os.getloadavg()[0])
    phones.close()
    if profile is not None:
        profile.dump_stats(os.environ["PEM_BENCH_PROFILE"])
    stored = len(votes.votes())
    commits = bare_commits(path.parent, 30)
    room.close()
    window.close_workshop()
    return {
        "latency": latencies,
        "to_board": to_board,
        "roundtrip": roundtrips,
        "drag_during": during,
        "drag_quiet": quiet,
        "drag_during_cpu": during_cpu,
        "drag_quiet_cpu": quiet_cpu,
        "drag_during_waited": during_waited,
        "drag_quiet_waited": quiet_waited,
        "burst_ms": bursts,
        "stored": stored,
        "teams": len(page.scene.cards),
        "commit_ms": commits,
        "window_ms_per_burst": work_during["room calls"],
        "work_ms_per_burst": work_during,
        "window_cpu_ms_per_burst": window_cpu,
        "process_cpu_ms_per_burst": process_cpu,
        "reveal_ms": revealed,
        "load": load,
    }


def _run_queue_wait() -> float:
    """Milliseconds this thread has so far spent ready to run but waiting for a processor (Linux's schedstat;
    0 where the system does not say)."""
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _process_cpu(pid: int | None) -> float:
    """Processor seconds (user and system) a process has used so far: this one (None) or a child, from /proc."""
    if pid is None:
        return time.process_time()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
