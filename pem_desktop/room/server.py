"""The room's web server (aiohttp): the participant page, the join, and a WebSocket per phone.

`RoomApp` is the aiohttp application with everything it keeps; all of that lives in the server's
event loop, and only `publish` may be called from another thread. `RoomServer` runs a RoomApp in a
thread of its own. Neither ever touches the workshop: joins and votes go through the RoomChannel to
the host (pem_desktop.room.host), on the thread that owns the workshop, and a phone hears "received"
only when the host has stored its vote.

What a phone can reach: the page (four static files) and its texts in the workshop's language, the
join (with the room's code or the QR link's token) and, once joined, the round the facilitator has
opened and its own votes. The room's messages to phones are in the workshop's language too (the
catalogs of pem_desktop.room.texts). Every
response forbids framing and scripts from anywhere but the room itself; a request whose Host is not
the address it came in on is refused (no DNS rebinding); request sizes, rates and numbers of
participants and connections are bounded (pem_desktop.room.limits).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from pem_desktop import i18n
from pem_desktop.languages import ENGLISH
from pem_desktop.resources import data_path
from pem_desktop.room import protocol, texts
from pem_desktop.room.channel import ChannelClosedError, RoomChannel
from pem_desktop.room.codes import RoomSecrets, new_token, normalise_code, same_secret
from pem_desktop.room.interfaces import room_url
from pem_desktop.room.limits import AddressBuckets, RoomError, RoomLimits, TokenBucket
from pem_desktop.services import InvalidInputError, WorkshopFileError
from pem_desktop.services.votes import ParticipantView, VoteView

_log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
PORTS_TRIED = 10  # without --port: 8765, 8766, ... then any free port
PAGE_FILES = {  # path on the room -> file under resources/, and its type
    "/": ("room/index.html", "text/html; charset=utf-8"),
    "/room.css": ("room/room.css", "text/css; charset=utf-8"),
    "/room.js": ("room/room.js", "text/javascript; charset=utf-8"),
    "/icon.svg": ("icons/pem-desktop-small.svg", "image/svg+xml"),
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cache-Control": "no-store",
}


class RoomHostCalls(Protocol):
    """What the server asks of the host; the server never calls these itself, it hands them to the channel
    so that they run on the workshop's thread (see pem_desktop.room.host.RoomHost)."""

    def join(self, name: str) -> ParticipantView: ...

    def cast_many(self, items: Sequence[tuple]) -> Sequence[VoteView | Exception]:
        """Each item (participant_id, round_id, team_id, position), or with position None and the answers."""

    def presence(self, participant_id: int, connections: int) -> None: ...


@dataclass
class _Participant:
    id: int
    name: str
    sockets: set[web.WebSocketResponse] = field(default_factory=set)


class RoomApp:
    """The aiohttp application of one room, and its state (participants, sockets, the published round)."""

    def __init__(
        self,
        channel: RoomChannel,
        host: RoomHostCalls,
        *,
        limits: RoomLimits | None = None,
        secrets: RoomSecrets | None = None,
        page_dir: Path | None = None,  # the resources folder (by default the bundled one)
    ):
        self.channel = channel
        self.host = host
        self.limits = limits or RoomLimits()
        self.secrets = secrets or RoomSecrets()
        self._page = _read_page(page_dir or data_path("resources"))
        self._page_texts = texts.page_texts(self._page["/"][0].decode(), self._page["/room.js"][0].decode())
        self._words = i18n.language(ENGLISH, texts.CATALOG_FOLDER)  # the workshop's language
        self._participants: dict[str, _Participant] = {}  # by token
        self._joining = 0
        self._sockets: set[web.WebSocketResponse] = set()
        self._ballot: dict[str, Any] | None = None
        self._mine: dict[int, dict[int | None, float]] = {}  # participant id -> team -> position, this round
        self._mine_answers: dict[int, dict[int | None, dict[str, int]]] = {}  # ... -> the answers behind it
        limits = self.limits
        self._requests = AddressBuckets(limits.requests_per_second, limits.request_burst, limits.tracked_addresses)
        self._wrong_codes = AddressBuckets(
            limits.failed_joins_per_minute / 60.0, limits.failed_joins_per_minute, limits.tracked_addresses
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sending: set[asyncio.Future] = set()  # messages on their way, kept until sent
        self._closing = False
        self.app = web.Application(client_max_size=limits.max_request_bytes, middlewares=[self._guard])
        for path in PAGE_FILES:
            self.app.router.add_get(path, self._page_file)
        self.app.router.add_get("/api/texts", self._texts)
        self.app.router.add_post("/api/join", self._join)
        self.app.router.add_get("/api/socket", self._socket)
        self.app.on_startup.append(self._started)
        self.app.on_response_prepare.append(_secure)
        self.app.on_shutdown.append(self._shutdown)

    # -- from the owner's thread ---------------------------------------------------------------

    def publish(
        self,
        ballot: dict[str, Any] | None,
        mine: dict[int, dict[int | None, float]],
        answers: dict[int, dict[int | None, dict[str, int]]] | None = None,
        language: str = ENGLISH,
    ) -> None:
        """Show phones a round (protocol.ballot_document) or none, with each participant's own votes in it
        (and the answers behind those cast by answering the questions), and the page in the workshop's
        `language` (its model's).

        May be called from any thread; before the server has started it only sets what new phones see.
        """
        answers = answers or {}
        loop = self._loop
        if loop is None or loop.is_closed():
            self._ballot, self._mine, self._mine_answers = ballot, mine, answers
            self._words = i18n.language(language, texts.CATALOG_FOLDER)
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._set_ballot(ballot, mine, answers, language)
        else:
            with contextlib.suppress(RuntimeError):  # the loop has just closed: nobody is listening any more
                loop.call_soon_threadsafe(self._set_ballot, ballot, mine, answers, language)

    @property
    def participant_count(self) -> int:
        return len(self._participants)

    # -- the event loop ------------------------------------------------------------------------

    async def _started(self, _app: web.Application) -> None:
        self._loop = asyncio.get_running_loop()

    async def _shutdown(self, _app: web.Application) -> None:
        self._closing = True
        for socket in list(self._sockets):
            try:
                await socket.send_json(protocol.CLOSED_MESSAGE)
                await socket.close(code=1001, message=b"the room has closed")
            except (ConnectionError, RuntimeError):
                pass

    def _set_ballot(
        self,
        ballot: dict[str, Any] | None,
        mine: dict[int, dict[int | None, float]],
        answers: dict[int, dict[int | None, dict[str, int]]],
        language: str,
    ) -> None:
        self._ballot, self._mine, self._mine_answers = ballot, dict(mine), dict(answers)
        words = i18n.language(language, texts.CATALOG_FOLDER)
        new_language, self._words = words is not self._words, words
        for participant in self._participants.values():
            messages = (
                [self._texts_message(), self._ballot_for(participant)]
                if new_language
                else [self._ballot_for(participant)]
            )
            for socket in list(participant.sockets):
                task = asyncio.ensure_future(self._send_all(socket, messages))
                self._sending.add(task)
                task.add_done_callback(self._sending.discard)

    def _texts_message(self) -> dict[str, Any]:
        """The page's own texts in the workshop's language (nothing else of the workshop)."""
        gettext = self._words.translations.gettext
        table = {text: gettext(text) for text in self._page_texts if gettext(text) != text}
        return protocol.texts_message(self._words.code.replace("_", "-"), table)  # "pt_BR" as "pt-BR"

    def _say(self, text: str, **values: Any) -> str:
        """A message for a phone in the workshop's language, its {placeholders} filled after translation."""
        return self._words.translations.gettext(text).format(**values)

    def _ballot_for(self, participant: _Participant) -> dict[str, Any]:
        return protocol.ballot_message(
            self._ballot, self._mine.get(participant.id, {}), self._mine_answers.get(participant.id, {})
        )

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        if not _host_is_this_address(request):
            return _error(421, self._say("Open the room at the address shown on the screen."))
        if not self._requests.allow(request.remote or ""):
            return _error(429, self._say("Too many requests from this device; wait a moment."))
        try:
            return await handler(request)
        except web.HTTPException:
            raise
        except (asyncio.CancelledError, ConnectionError):
            raise
        except Exception:  # never a traceback to a phone, never the server down
            _log.exception("room: unexpected error answering %s %s", request.method, request.path)
            return _error(500, self._say("Something went wrong on the facilitator's computer; try again."))

    async def _page_file(self, request: web.Request) -> web.Response:
        body, content_type = self._page[request.path]
        return web.Response(body=body, headers={"Content-Type": content_type})

    async def _texts(self, _request: web.Request) -> web.Response:
        """The page's texts for the join form, before a phone has its socket."""
        message = self._texts_message()
        return web.json_response({"language": message["language"], "texts": message["texts"]})

    # -- joining -------------------------------------------------------------------------------

    async def _join(self, request: web.Request) -> web.Response:
        if not _same_origin(request):
            return _error(403, self._say("Open the room at the address shown on the screen."))
        if request.content_type != "application/json":
            return _error(415, self._say("Send the join as JSON."))
        address = request.remote or ""
        if not self._wrong_codes.peek(address):
            return _error(429, self._say("Too many wrong codes from this device. Wait a minute, then try again."))
        try:
            body = json.loads(await request.text(), parse_constant=_no_constant)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, self._say("That request is too large."))
        except (ValueError, RecursionError, UnicodeDecodeError):
            return _error(400, self._say("That request could not be read."))
        if not isinstance(body, dict):
            return _error(400, self._say("That request could not be read."))
        code, token, name = normalise_code(body.get("code")), body.get("token"), body.get("name", "")
        secrets = self.secrets
        allowed = (bool(code) and same_secret(code, secrets.join_code)) or (
            isinstance(token, str) and 0 < len(token) <= 100 and same_secret(token, secrets.link_token)
        )
        if not allowed:
            self._wrong_codes.allow(address)
            return _error(403, self._say("That code is not right. Check the code on the screen and try again."))
        if name is None:
            name = ""
        if not isinstance(name, str) or len(name) > 200:
            return _error(400, self._say("Give a name of at most 40 characters, or none."))
        if self._closing:
            return _error(503, self._say("The room has closed."))
        if len(self._participants) + self._joining >= self.limits.max_participants:
            full = self.limits.max_participants
            words = self._words.translations.ngettext(
                "The room is full ({count} person).", "The room is full ({count} people).", full
            )
            return _error(503, words.format(count=full))
        self._joining += 1
        try:
            view = await self._call(self.host.join, name)
        except InvalidInputError as error:
            return _error(400, f"{str(error)[:1].upper()}{str(error)[1:]}.")
        except ChannelClosedError:
            return _error(503, self._say("The room has closed."))
        except WorkshopFileError:
            return _error(503, self._say("The facilitator's computer could not save that; try again."))
        finally:
            self._joining -= 1
        participant_token = new_token()
        self._participants[participant_token] = _Participant(view.id, view.name)
        return web.json_response(
            {
                "participant": participant_token,
                "name": view.name,
                "room": secrets.room_id,
                "protocol": protocol.PROTOCOL_VERSION,
            }
        )

    # -- the WebSocket of a phone --------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if not _same_origin(request):
            return _error(403, self._say("Open the room at the address shown on the screen."))
        if self._closing:
            return _error(503, self._say("The room has closed."))
        if len(self._sockets) >= self.limits.max_connections:
            return _error(503, self._say("The room has too many connections."))
        socket = web.WebSocketResponse(heartbeat=25.0, max_msg_size=self.limits.max_message_bytes, compress=False)
        if not socket.can_prepare(request).ok:
            return _error(400, self._say("This address takes WebSocket connections only."))
        await socket.prepare(request)
        self._sockets.add(socket)
        participant: _Participant | None = None
        try:
            participant = await self._hello(socket)
            if participant is None:
                return socket
            await self._send(socket, protocol.welcome_message(participant.name, self.secrets.room_id))
            await self._send(socket, self._texts_message())
            await self._send(socket, self._ballot_for(participant))
            await self._messages(socket, participant)
        finally:
            self._sockets.discard(socket)
            if participant is not None:
                participant.sockets.discard(socket)
                self._tell_presence(participant)
        return socket

    async def _hello(self, socket: web.WebSocketResponse) -> _Participant | None:
        try:
            first = await socket.receive(timeout=self.limits.hello_seconds)
        except TimeoutError:
            await socket.close(code=1008, message=b"say hello first")
            return None
        if first.type != WSMsgType.TEXT:
            await socket.close(code=1008, message=b"say hello first")
            return None
        try:
            token = protocol.hello_token(protocol.decode(first.data))
        except protocol.ProtocolError as error:
            await self._refuse(socket, error.code, self._say(error.template, **error.values))
            return None
        participant = self._participants.get(token)
        if participant is None:
            await self._refuse(
                socket, "unknown_participant", self._say("Join the room again with the code on the screen.")
            )
            return None
        if len(participant.sockets) >= self.limits.connections_per_participant:
            await self._refuse(socket, "too_many", self._say("This name is open in too many windows; close one."))
            return None
        participant.sockets.add(socket)
        self._tell_presence(participant)
        return participant

    async def _messages(self, socket: web.WebSocketResponse, participant: _Participant) -> None:
        limits = self.limits
        bucket = TokenBucket(limits.messages_per_second, limits.message_burst)
        dropped = 0
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                if not bucket.allow():
                    dropped += 1
                    if dropped >= limits.dropped_messages_before_close:
                        await socket.close(code=1008, message=b"too many messages")
                        return
                    if dropped == 1 or dropped % 10 == 0:
                        await self._send(socket, protocol.error_message("rate", self._say("Slow down a little.")))
                    continue
                await self._on_text(socket, participant, message.data)
            elif message.type == WSMsgType.BINARY:
                await socket.close(code=1003, message=b"text messages only")
                return
            else:  # an error or the close handshake
                return

    async def _on_text(self, socket: web.WebSocketResponse, participant: _Participant, text: str) -> None:
        ref = None
        try:
            message = protocol.decode(text)
            ref = message.get("ref") if protocol.whole_number(message.get("ref")) else None
            if message["type"] not in ("vote", "answers"):
                raise protocol.ProtocolError("unknown_type", "This room does not know that message.")
            ballot = self._ballot
            if ballot is None or ballot["status"] != "open":
                raise protocol.ProtocolError("closed", "No vote is open right now.")
            if message["type"] == "vote":
                vote = protocol.vote_message(message, ballot["levelCount"])
                answers, item_end = None, (vote.position,)
            else:
                vote = protocol.answers_message(message, ballot)
                answers, item_end = vote.answers, (None, vote.answers)
            ref = vote.ref
            if vote.round_id != ballot["round"]:
                raise protocol.ProtocolError("closed", "That vote has closed; a new one is open.")
            teams = {team["id"] for team in ballot["teams"]}
            if vote.team_id not in teams and not (vote.team_id is None and ballot["organisation"]):
                raise protocol.ProtocolError("invalid", "Choose one of the teams shown.")
            item = (participant.id, vote.round_id, vote.team_id, *item_end)
            stored = await asyncio.wrap_future(self.channel.submit_item(self.host.cast_many, item))
        except protocol.ProtocolError as error:
            await self._send(socket, protocol.error_message(error.code, self._say(error.template, **error.values), ref))
            return
        except InvalidInputError as error:
            text = str(error)
            code = "closed" if "closed" in text else "invalid"
            await self._send(socket, protocol.error_message(code, f"{text[:1].upper()}{text[1:]}.", ref))
            return
        except ChannelClosedError:
            await self._send(socket, protocol.error_message("room_closed", self._say("The room has closed."), ref))
            return
        except WorkshopFileError:
            await self._send(
                socket,
                protocol.error_message(
                    "not_saved", self._say("Your vote could not be saved; try again in a moment."), ref
                ),
            )
            return
        if self._ballot is not None and self._ballot["round"] == stored.round_id:
            self._mine.setdefault(participant.id, {})[stored.team_id] = stored.position
            behind = self._mine_answers.setdefault(participant.id, {})
            if answers:
                behind[stored.team_id] = answers
            else:
                behind.pop(stored.team_id, None)
        received = protocol.received_message(stored.round_id, stored.team_id, stored.position, ref, answers)
        for each in list(participant.sockets):
            await self._send(each, received)

    # -- helpers -------------------------------------------------------------------------------

    async def _call(self, function: Callable, *args: Any) -> Any:
        return await asyncio.wrap_future(self.channel.submit(function, *args))

    def _tell_presence(self, participant: _Participant) -> None:
        future = self.channel.submit(self.host.presence, participant.id, len(participant.sockets))
        future.add_done_callback(_quiet)

    async def _refuse(self, socket: web.WebSocketResponse, code: str, text: str) -> None:
        await self._send(socket, protocol.error_message(code, text))
        await socket.close(code=1008, message=code.encode("ascii", "replace")[:100])

    @classmethod
    async def _send_all(cls, socket: web.WebSocketResponse, messages: list[dict[str, Any]]) -> None:
        for message in messages:  # in this order
            await cls._send(socket, message)

    @staticmethod
    async def _send(socket: web.WebSocketResponse, message: dict[str, Any]) -> None:
        if socket.closed:
            return
        with contextlib.suppress(ConnectionError, RuntimeError):  # the phone went away meanwhile
            await socket.send_json(message)


class RoomServer:
    """Runs a RoomApp in a thread of its own, on one address; `start` returns once it listens."""

    def __init__(self, room: RoomApp, address: str, port: int | None = None):
        self.room = room
        self.address = address
        self.requested_port = port
        self.port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stopped = threading.Event()

    @property
    def url(self) -> str:
        return room_url(self.address, self.port)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stopped.is_set()

    def start(self, timeout: float = 15.0) -> None:
        """Start listening; RoomError with the reason when it cannot (the port is taken, the address is gone)."""
        self._thread = threading.Thread(target=self._run, name="pem-desktop-room", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RoomError("the room did not start in time")
        if self._error is not None:
            raise RoomError(_bind_failure(self.address, self.requested_port, self._error))

    def stop(self, timeout: float = 5.0) -> None:
        """Tell phones the room has closed, stop listening and end the thread (from any other thread)."""
        self.room.channel.close()
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self._stopped.set()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        runner = web.AppRunner(self.room.app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        try:
            loop.run_until_complete(runner.setup())
            self.port = loop.run_until_complete(self._listen(runner))
        except BaseException as error:  # reported by start(); nothing else to clean than the loop
            self._error = error
            self._ready.set()
            try:
                loop.run_until_complete(runner.cleanup())
            finally:
                loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        except Exception:
            _log.exception("room: the server stopped")
        finally:
            try:
                loop.run_until_complete(runner.cleanup())
            except Exception:
                _log.exception("room: could not close cleanly")
            loop.close()
            self._stopped.set()

    async def _listen(self, runner: web.AppRunner) -> int:
        ports = (
            [self.requested_port]
            if self.requested_port is not None
            else [
                *range(DEFAULT_PORT, DEFAULT_PORT + PORTS_TRIED),
                0,
            ]
        )
        last: OSError | None = None
        for port in ports:
            site = web.TCPSite(runner, self.address, port)
            try:
                await site.start()
            except OSError as error:
                last = error
                if error.errno != errno.EADDRINUSE:
                    raise
                continue
            return runner.addresses[-1][1]
        raise last or OSError(errno.EADDRINUSE, "no free port")


# -- helpers -----------------------------------------------------------------------------------


def _read_page(folder: Path) -> dict[str, tuple[bytes, str]]:
    return {path: ((folder / name).read_bytes(), content_type) for path, (name, content_type) in PAGE_FILES.items()}


async def _secure(_request: web.Request, response: web.StreamResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers["Server"] = "PEM Desktop room"


def _error(status: int, text: str) -> web.Response:
    return web.json_response({"error": text}, status=status)


def _host_is_this_address(request: web.Request) -> bool:
    """The Host header names the very address and port the request came in on (no DNS rebinding)."""
    transport = request.transport
    sockname = transport.get_extra_info("sockname") if transport is not None else None
    given = request.headers.get("Host", "").strip().lower()
    if not sockname or not given:
        return False
    address, port = sockname[0], sockname[1]
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    names = {f"[{ip}]" if ip.version == 6 else str(ip)}
    if ip.is_loopback:
        names.add("localhost")
    return given in {f"{name}:{port}" for name in names} or (port == 80 and given in names)


def _same_origin(request: web.Request) -> bool:
    """A browser's request from the room's own page (requests without an Origin are not from a page)."""
    origin = request.headers.get("Origin")
    return origin is None or origin.lower() == f"http://{request.headers.get('Host', '').lower()}"


def _bind_failure(address: str, port: int | None, error: BaseException) -> str:
    if isinstance(error, OSError):
        if error.errno == errno.EADDRINUSE:
            return f"port {port} is already in use on {address}; choose another port"
        if error.errno == errno.EADDRNOTAVAIL:
            return f"{address} is not an address of this computer any more (has the network changed?)"
        if error.errno == errno.EACCES:
            return f"this computer does not allow listening on port {port} of {address}; choose a port above 1024"
        return f"cannot listen on {address}: {error.strerror or error}"
    return f"the room could not start ({type(error).__name__}: {error})"


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _quiet(future) -> None:
    if not future.cancelled():
        future.exception()  # a presence note that could not be delivered matters to no one
