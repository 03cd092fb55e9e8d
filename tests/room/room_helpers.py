"""Helpers of the room tests: an owner thread for a workshop, and async tests without a plugin."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from pem_desktop.room.channel import RoomChannel
from pem_desktop.room.host import RoomHost
from pem_desktop.services import Workshop


class OwnerThread:
    """Owns a workshop and its RoomHost on one thread and runs the channel's calls there."""

    def __init__(self, path: Path):
        self.path = path
        self.channel = RoomChannel()
        self.host: RoomHost | None = None
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="test-room-owner", daemon=True)
        self._thread.start()
        assert self._ready.wait(30), "the owner thread did not start"
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            workshop = Workshop.open(self.path)
            self.host = RoomHost(workshop)
        except BaseException as error:
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        try:
            while not self._stop.is_set():
                self.channel.wait_and_run(0.05)
        finally:
            self.host.detach()
            workshop.close()

    def run(self, function: Callable[[RoomHost], object], timeout: float = 30):
        """Run `function(host)` on the owner thread and return what it returned."""
        future: Future = self.channel.submit(function, self.host)
        return future.result(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(30)
        self.channel.close()


def run_async(test):
    """Run an async test function in a fresh event loop."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(asyncio.wait_for(test(*args, **kwargs), 60))

    return wrapper
