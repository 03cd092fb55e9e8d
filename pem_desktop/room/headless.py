"""A room without a window (`pem-desktop room FILE.pemw`): for tests, scripts and a laptop without a display.

The main thread owns the workshop and runs the calls the server hands it; commands typed on standard
input (or sent by a script through a pipe) run there too, between the votes:

    open ASPECT [TEAM]    open a vote on an aspect (its id or name), about every team or one team
    close                 stop taking votes (they stay hidden)
    reveal                show the spread of the votes (closes the vote)
    clear                 remove the current vote and its votes, to run it again
    status                the current vote, its number of votes, who joined
    results               the spread of the current vote per team (once revealed)
    quit                  close the room
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from pem_desktop.room.channel import RoomChannel
from pem_desktop.room.codes import RoomSecrets, spaced
from pem_desktop.room.host import RoomHost
from pem_desktop.room.interfaces import EVERY_INTERFACE, resolve_bind
from pem_desktop.room.limits import RoomError, RoomLimits
from pem_desktop.room.server import RoomApp, RoomServer
from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.votes import VoteRoundView

COMMANDS = ("open", "close", "reveal", "clear", "status", "results", "quit")


class HeadlessRoom:
    """A room on an open workshop, served from the thread that calls `serve`."""

    def __init__(
        self,
        workshop: Workshop,
        *,
        bind: str | None = None,
        port: int | None = None,
        limits: RoomLimits | None = None,
        say: Callable[[str], None] = print,
    ):
        if workshop.read_only:
            raise RoomError(f"{workshop.path.name} is open read-only; a room needs to store the votes")
        self.workshop = workshop
        self.say = say
        self.address = resolve_bind(bind)
        self.channel = RoomChannel()
        self.host = RoomHost(workshop)
        self.secrets = RoomSecrets()
        self.app = RoomApp(self.channel, self.host, limits=limits, secrets=self.secrets)
        self.server = RoomServer(self.app, self.address, port)
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def link(self) -> str:
        """The address in the QR code: it lets a phone in without typing the code."""
        return f"{self.url}#t={self.secrets.link_token}"

    def start(self) -> None:
        self.server.start()
        self.host.attach(self.app.publish)

    def serve(self, until: threading.Event | None = None, poll: float = 0.2) -> None:
        """Run the server's calls (and the commands) on this thread until `stop` or `until`."""
        while not self._stop.is_set() and not (until is not None and until.is_set()):
            self.channel.wait_and_run(poll)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def close(self) -> None:
        """Tell the phones and stop the server (the workshop stays open)."""
        self._stop.set()
        self.host.detach()
        self.server.stop()

    def call(self, function: Callable, *args):
        """From another thread: run `function` on the serving thread; returns its Future."""
        return self.channel.submit(function, *args)

    # -- commands ------------------------------------------------------------------------------

    def command(self, line: str) -> str:
        """Run one command line; returns what to print. Bad input gives a one-line message, never a traceback."""
        words = line.split()
        if not words:
            return ""
        name, rest = words[0].lower(), line.strip()[len(words[0]) :].strip()
        try:
            if name == "open":
                return self._open(rest)
            if name in ("close", "reveal", "clear"):
                return self._round_command(name)
            if name == "status":
                return self._status()
            if name == "results":
                return self._results()
            if name == "quit":
                self.say("closing the room")  # before the stop, so always before "room closed"
                self.stop()
                return ""
        except InvalidInputError as error:
            return f"error: {error}"
        return f"error: unknown command {name!r} (commands: {', '.join(COMMANDS)})"

    def _open(self, rest: str) -> str:
        model = self.workshop.model
        if not rest:
            return "error: open needs an aspect: " + ", ".join(aspect.id for aspect in model.aspects)
        aspect, team_text = _find_aspect(model, rest), ""
        if aspect is None:  # "open adoption Payments": an aspect, then a team
            first, _, team_text = rest.partition(" ")
            aspect, team_text = _find_aspect(model, first), team_text.strip()
        if aspect is None:
            return f"error: no aspect {rest.split()[0]!r} (aspects: {', '.join(a.id for a in model.aspects)})"
        team_id = None
        if team_text and team_text.lower() not in ("all", "every", "*"):
            found = [team for team in self.workshop.teams() if team.name.casefold() == team_text.casefold()]
            if not found:
                names = ", ".join(team.name for team in self.workshop.teams())
                return f"error: no team {team_text!r} (teams: {names})"
            team_id = found[0].id
        opened = self.host.votes.open_round(aspect.id, team_id)
        return f"vote {opened.id} open: {self._describe(opened)}"

    def _round_command(self, name: str) -> str:
        shown = self.host.shown_round
        if shown is None:
            return "error: no vote to " + name
        votes = self.host.votes
        if name == "close":
            done = votes.close_round(shown.id)
        elif name == "reveal":
            done = votes.reveal_round(shown.id)
            return f"vote {done.id} revealed\n{self._results()}"
        else:
            cleared = votes.clear_round(shown.id)
            return f"vote {shown.id} cleared ({len(cleared.votes)} votes removed)"
        return f"vote {done.id} {done.status}"

    def _status(self) -> str:
        joined = self.host.participants()
        people = ", ".join(p.display_name for p in joined) or "nobody yet"
        shown = self.host.shown_round
        if shown is None:
            return f"no vote open; joined ({len(joined)}): {people}"
        count, voters = self.host.votes.tally(shown.id)
        return f"vote {shown.id} {shown.status}: {self._describe(shown)}; {count} votes from {voters} people; " + (
            f"joined ({len(joined)}): {people}"
        )

    def _results(self) -> str:
        shown = self.host.shown_round
        if shown is None:
            return "error: no vote"
        if not shown.is_revealed:
            return "error: the votes are hidden until revealed"
        model = self.workshop.model
        names = {team.id: team.name for team in self.workshop.teams()}
        lines = []
        for spread in self.host.votes.spreads(shown.id):
            who = "whole organisation" if spread.team_id is None else names.get(spread.team_id, "?")
            median = f"{spread.median:.2f} ({model.describe_position(spread.median)})"
            lines.append(
                f"  {who}: {spread.count} votes, median {median}, from {spread.low:.2f} to {spread.high:.2f}"
                + (" — disagreement" if spread.exceeds() else "")
            )
        return "\n".join(lines) or "  no votes"

    def _describe(self, view: VoteRoundView) -> str:
        aspect = self.workshop.model.aspect(view.aspect_id).name
        team = "every team" if view.team_id is None else self.workshop.team(view.team_id).name
        return f"{aspect}, {team}"


def run_room(
    path: Path,
    *,
    bind: str | None,
    port: int | None,
    open_aspect: str | None = None,
    max_participants: int | None = None,
    qr: bool = False,
    say: Callable[[str], None] = print,
) -> int:
    """`pem-desktop room`: open the workshop, serve the room until Ctrl+C or `quit`; returns the exit status."""
    workshop = Workshop.open(path)
    try:
        limits = RoomLimits(max_participants=max_participants) if max_participants else None
        room = HeadlessRoom(workshop, bind=bind, port=port, limits=limits, say=say)
        room.start()
        try:
            info = workshop.info()
            say(f"Room open for {info.title!r}: {room.url}")
            say(f"Join code: {spaced(room.secrets.join_code)}")
            say(f"QR link: {room.link}")
            if room.address in EVERY_INTERFACE:
                say("Listening on every network interface of this computer (--bind), not only the default one.")
            if qr:
                import segno

                segno.make(room.link, error="m").terminal(compact=True)
            if open_aspect:
                say(room.command(f"open {open_aspect}"))
            say(f"Commands: {', '.join(COMMANDS)}. Ctrl+C closes the room.")
            _read_commands(room, say)
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGTERM, lambda _signal, _frame: room.stop())
            room.serve()
        except KeyboardInterrupt:
            pass
        finally:
            room.close()
            say("room closed")
    finally:
        workshop.close()
    return 0


def _read_commands(room: HeadlessRoom, say: Callable[[str], None]) -> None:
    """Read command lines from standard input in a thread; each runs on the serving thread."""
    stream = sys.stdin
    if stream is None or stream.closed:
        return

    def read() -> None:
        for line in stream:
            if not line.strip():
                continue
            future = room.call(room.command, line)
            try:
                answer = future.result()
            except Exception as error:  # the room closed meanwhile
                answer = f"error: {error}"
            if answer:
                say(answer)
            if room.stopping:
                return

    threading.Thread(target=read, name="pem-desktop-room-commands", daemon=True).start()


def _find_aspect(model, text: str):
    wanted = text.strip().casefold()
    for aspect in model.aspects:
        if aspect.id.casefold() == wanted or aspect.name.casefold() == wanted:
            return aspect
    return None
