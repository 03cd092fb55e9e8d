"""The one way from the room's server thread to the workshop: calls queued for the thread that owns it.

The server submits a call (join this participant, store this vote) and gets a Future; the owner thread
runs the queued calls, one after another, and each Future gets the call's result or its exception. In
the app, `wake` tells the window's event loop there is something to run; headless, the owner blocks in
`wait_and_run`. A call that fails can never stop the owner: its exception goes to the caller.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

_log = logging.getLogger(__name__)


class ChannelClosedError(Exception):
    """The room has closed; the call was not run."""


class RoomChannel:
    """A thread-safe queue of calls, run by the thread that owns the workshop."""

    def __init__(self, wake: Callable[[], None] | None = None):
        self._calls: queue.SimpleQueue[tuple[Future, Callable, tuple]] = queue.SimpleQueue()
        self._wake = wake
        self._closed = threading.Event()

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        """From any thread: have the owner run `function(*args)`; the Future holds what it returned or raised."""
        future: Future = Future()
        if self._closed.is_set():
            future.set_exception(ChannelClosedError("the room has closed"))
            return future
        self._calls.put((future, function, args))
        if self._wake is not None:
            try:
                self._wake()
            except Exception:  # the window is going away; the call fails when the channel closes
                _log.exception("could not wake the owner of the room")
        return future

    def run_pending(self, limit: int = 1000) -> int:
        """On the owner thread: run the calls queued so far (at most `limit`); returns how many ran."""
        done = 0
        while done < limit:
            try:
                item = self._calls.get_nowait()
            except queue.Empty:
                break
            self._run(item)
            done += 1
        return done

    def wait_and_run(self, timeout: float) -> int:
        """On the owner thread: wait up to `timeout` seconds for a call, then run every one queued."""
        try:
            item = self._calls.get(timeout=timeout)
        except queue.Empty:
            return 0
        self._run(item)
        return 1 + self.run_pending()

    def close(self) -> None:
        """No more calls: those queued fail with ChannelClosedError, as do later ones."""
        self._closed.set()
        while True:
            try:
                future, _function, _args = self._calls.get_nowait()
            except queue.Empty:
                break
            if future.set_running_or_notify_cancel():
                future.set_exception(ChannelClosedError("the room has closed"))

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def _run(self, item: tuple[Future, Callable, tuple]) -> None:
        future, function, args = item
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = function(*args)
        except BaseException as error:  # handed to the server, which answers the phone; never raised here
            if not isinstance(error, Exception):
                future.set_exception(ChannelClosedError(f"interrupted ({type(error).__name__})"))
                raise
            future.set_exception(error)
        else:
            future.set_result(result)
