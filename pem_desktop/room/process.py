"""The room in a process of its own, for the app: sixty phones voting at once never hold up the window.

In a thread of the app, a burst of votes competed with the window for Python's interpreter lock and
for its one connection to the file (the votes' commits ran on the window's thread), and a drag on the
board stuttered meanwhile. `RoomProcess` starts `pem-desktop room-server FILE` instead: the child opens
the workshop beside the app (`Workshop.open(shared=True)`; the app's lock covers both), runs the whole
room as the headless one does (server thread, channel, RoomHost, services), and stores each vote in
one transaction before its phone is told "received". The app is told of every change it made, and
its listeners hear of them like any other change; the app tells the child when the file changed on its
side (a vote opened, closed, revealed, cleared, a team renamed), and the child shows the phones what
the file says. The child stops when its standard input closes, so a room never outlives the app.

    app -> child: {"path": ..., "secrets": {...}, "limits": {...}}      first, once
                  {"refresh": true}                                     the file changed on the app's side
                                                                        (with "model": true, its language)
                  {"stop": true}
    child -> app: {"ready": {"port": P}} | {"failed": "why"}
                  {"changed": {"kinds": [...], "aspect": ..., "team": ..., "votes": [positions]}}
                  {"state": {"participants": [[id, name, connections], ...], "shown": round id or null}}
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from pem_desktop.room.channel import RoomChannel
from pem_desktop.room.codes import RoomSecrets
from pem_desktop.room.host import JoinedParticipant, RoomHost, round_shown
from pem_desktop.room.interfaces import room_url
from pem_desktop.room.limits import RoomError, RoomLimits
from pem_desktop.services import USER_ERRORS, Workshop
from pem_desktop.services.views import Change
from pem_desktop.services.votes import VoteRoundView, Votes

_log = logging.getLogger(__name__)

START_SECONDS = 20.0
ROOM_SERVER_NICENESS = 5  # added to the server process's niceness: the window keeps priority over it


# -- in the app --------------------------------------------------------------------------------


class RoomProcess:
    """The room of an open workshop, served by a child process.

    `channel` is run by the workshop's thread (the window's); the child's reports are handed to it, so
    that `on_change` and the workshop's listeners are called there.
    """

    def __init__(
        self,
        workshop: Workshop,
        channel: RoomChannel,
        address: str,
        port: int | None,
        *,
        limits: RoomLimits,
        secrets: RoomSecrets,
        on_change: Callable[[], None] = lambda: None,
    ):
        self.workshop, self.channel, self.address, self.requested_port = workshop, channel, address, port
        self.limits, self.secrets, self.on_change = limits, secrets, on_change
        self.votes = Votes(workshop)
        self.port = 0
        self.shown_round_id: int | None = None
        self._participants: list[JoinedParticipant] = []
        self._process: subprocess.Popen | None = None
        self._write_lock = threading.Lock()
        self._ready = threading.Event()
        self._failure = ""
        self._reader: threading.Thread | None = None
        self._announcing = False

    @property
    def url(self) -> str:
        return room_url(self.address, self.port)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def shown_round(self) -> VoteRoundView | None:
        """The round the phones are shown (the open one, or the last one shown until it is cleared)."""
        return round_shown(self.votes, self.shown_round_id)

    def participants(self) -> list[JoinedParticipant]:
        """This room's participants, in the order they joined."""
        return list(self._participants)

    def start(self) -> None:
        """Start the child and wait until it listens; RoomError says why it could not."""
        port = [] if self.requested_port is None else ["--port", str(self.requested_port)]
        program, arguments, environment = _child_command(["room-server", "--bind", self.address, *port])
        try:
            self._process = subprocess.Popen(
                [program, *arguments],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=environment,
                text=True,
                encoding="utf-8",
                bufsize=1,
            )
        except OSError as error:
            raise RoomError(f"the room's server could not start ({error.strerror or error})") from None
        self._send(
            {
                "path": str(self.workshop.path),
                "secrets": dataclasses.asdict(self.secrets),
                "limits": dataclasses.asdict(self.limits),
            }
        )
        self._reader = threading.Thread(target=self._read, name="pem-desktop-room-relay", daemon=True)
        self._reader.start()
        if not self._ready.wait(START_SECONDS) or self._failure:
            failure = self._failure or "the room's server did not start in time"
            self.stop()
            raise RoomError(failure)
        self.workshop.subscribe(self._workshop_changed)

    def stop(self, timeout: float = 5.0) -> None:
        """Tell the child to tell the phones and stop; it is ended if it does not."""
        with contextlib.suppress(ValueError):
            self.workshop.unsubscribe(self._workshop_changed)
        self.channel.close()
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            self._send({"stop": True})
            with contextlib.suppress(OSError):
                process.stdin.close()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join(timeout)
        for stream in (process.stdout, process.stderr):
            with contextlib.suppress(OSError):
                stream.close()

    # -- the relay (the reader thread, then the workshop's thread) -----------------------------

    def _read(self) -> None:
        process = self._process
        for line in process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "ready" in message:
                self.port = int(message["ready"]["port"])
                self._ready.set()
            elif "failed" in message:
                self._failure = str(message["failed"])
                self._ready.set()
            elif "changed" in message:
                self.channel.submit(self.announce, message["changed"])
            elif "state" in message:
                self.channel.submit(self._state, message["state"])
        if not self._ready.is_set():
            errors = process.stderr.read() if process.stderr else ""
            last = [line for line in errors.splitlines() if line.strip()]
            self._failure = f"the room's server stopped ({last[-1] if last else 'no reason given'})"
            self._ready.set()

    def announce(self, changed: dict) -> None:
        """On the workshop's thread: tell its listeners what the child stored."""
        self._announcing = True
        try:
            self.votes.announce(changed.get("kinds", []), changed.get("aspect"), changed.get("team"))
        finally:
            self._announcing = False

    def _state(self, state: dict) -> None:
        self._participants = [
            JoinedParticipant(int(i), str(name), None, int(n)) for i, name, n in state["participants"]
        ]
        self.shown_round_id = state.get("shown")
        self.on_change()

    def _workshop_changed(self, change: Change) -> None:
        if not self._announcing and change.kinds & {"votes", "teams", "model"}:
            self._send({"refresh": True, "teams": "teams" in change.kinds, "model": "model" in change.kinds})

    def _send(self, message: dict) -> None:
        process = self._process
        if process is None or process.stdin is None:
            return
        with self._write_lock:
            try:
                process.stdin.write(json.dumps(message) + "\n")
                process.stdin.flush()
            except (OSError, ValueError):  # the child has gone: the controller's watch notices
                pass


def _child_command(arguments: list[str]) -> tuple[str, list[str], dict[str, str]]:
    """The program and arguments that run `pem-desktop ARGUMENTS` with this very installation."""
    environment = dict(os.environ)
    if getattr(sys, "frozen", False):  # a packaged build: the program is the app itself
        return sys.executable, arguments, environment
    import pem_desktop

    package_parent = str(Path(pem_desktop.__file__).resolve().parent.parent)
    inherited = environment.get("PYTHONPATH")
    environment["PYTHONPATH"] = package_parent + (os.pathsep + inherited if inherited else "")
    return sys.executable, ["-m", "pem_desktop", *arguments], environment


# -- in the child ------------------------------------------------------------------------------


def _yield_to_the_window() -> None:
    """Run the server at a lower priority than the app: when both want a processor during a burst of
    votes, the facilitator's drag on the board goes first (a vote waits a few milliseconds more)."""
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX only; a refusal changes nothing
        os.nice(ROOM_SERVER_NICENESS)


def serve_for_parent(_args: argparse.Namespace) -> int:
    """`pem-desktop room-server`: the child side, until the app says stop or its pipe closes."""
    from pem_desktop.room.server import RoomApp, RoomServer

    _yield_to_the_window()
    write_lock = threading.Lock()

    def write(message: dict) -> None:
        with write_lock:
            sys.stdout.write(json.dumps(message) + "\n")
            sys.stdout.flush()

    first = json.loads(sys.stdin.readline() or "{}")
    try:
        workshop = Workshop.open(first["path"], shared=True)
    except (*USER_ERRORS, KeyError) as error:
        write({"failed": f"the room could not open the workshop ({error})"})
        return 1
    try:
        return _serve(workshop, first, write, RoomApp, RoomServer, _args)
    finally:
        workshop.close()


def _serve(workshop: Workshop, first: dict, write, room_app, room_server, args) -> int:
    channel = RoomChannel()
    host: RoomHost | None = None

    def report_state() -> None:
        if host is None:
            return
        people = [[p.id, p.name, p.connections] for p in host.participants()]
        write({"state": {"participants": people, "shown": host.shown_round_id}})

    aspects: dict[int, str] = {}

    def report_stored(stored: list) -> None:
        for vote in stored:
            if vote.round_id not in aspects:
                aspects[vote.round_id] = host.votes.round(vote.round_id).aspect_id
        for aspect_id in sorted({aspects[vote.round_id] for vote in stored}):
            positions = [vote.position for vote in stored if aspects[vote.round_id] == aspect_id]
            write({"changed": {"kinds": ["votes"], "aspect": aspect_id, "team": None, "votes": positions}})

    host = RoomHost(workshop, on_change=report_state, on_stored=report_stored)
    app = room_app(channel, host, limits=RoomLimits(**first["limits"]), secrets=RoomSecrets(**first["secrets"]))
    server = room_server(app, args.bind, args.port)
    try:
        server.start()
    except RoomError as error:
        write({"failed": str(error)})
        return 1
    host.attach(app.publish)
    stop = threading.Event()

    def refresh(teams: bool, model: bool) -> None:
        if model:  # the model is shown in another language now: phones get its texts in it
            workshop.reread_language()
        host.refresh(teams=teams or model)
        report_state()

    def read_parent() -> None:
        for line in sys.stdin:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if message.get("refresh"):
                channel.submit(refresh, bool(message.get("teams")), bool(message.get("model")))
            elif message.get("stop"):
                break
        stop.set()

    threading.Thread(target=read_parent, name="pem-desktop-room-parent", daemon=True).start()
    write({"ready": {"port": server.port}})
    report_state()
    while not stop.is_set():
        channel.wait_and_run(0.2)
    host.detach()
    server.stop()
    return 0


__all__ = ["RoomProcess", "serve_for_parent"]
