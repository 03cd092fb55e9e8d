"""The one way from the room's server thread to the workshop: calls queued for the thread that owns it.

The server submits a call (join this participant, store this vote) and gets a Future; the owner thread
runs the queued calls in order, and each Future gets the call's result or its exception. Votes are
submitted as items of a batch: the votes waiting together are stored by one call, in one transaction
(sixty phones voting at once cost one write to disk, not sixty), and each vote's Future still gets its
own result only once that transaction is on disk.

In the app, `wake` tells the window's event loop there is something to run, and `run_pending` is given
a time budget so that a burst never holds the window up for long; headless, the owner blocks in
`wait_and_run`. A call that fails never stops the owner: its exception goes to the caller.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

_log = logging.getLogger(__name__)

MAX_BATCH = 500


class ChannelClosedError(Exception):
    """The room has closed; the call was not run."""


@dataclass
class _Call:
    future: Future
    function: Callable
    args: tuple
    batched: bool  # function takes a list of items (the args of each call) and returns a result per item


class RoomChannel:
    """A thread-safe queue of calls, run by the thread that owns the workshop."""

    def __init__(self, wake: Callable[[], None] | None = None):
        self._calls: deque[_Call] = deque()
        self._lock = threading.Condition()
        self._wake = wake
        self._closed = False

    # -- from any thread -----------------------------------------------------------------------

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        """Have the owner run `function(*args)`; the Future holds what it returned or raised."""
        return self._put(_Call(Future(), function, args, batched=False))

    def submit_item(self, function: Callable[[Sequence[Any]], Sequence[Any]], item: Any) -> Future:
        """Have the owner run `function` on a list of the items queued together with this one.

        `function(items)` returns one result per item, an Exception instance for an item that failed;
        if it raises, every item of the batch gets that exception.
        """
        return self._put(_Call(Future(), function, (item,), batched=True))

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._calls)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """No more calls: those queued fail with ChannelClosedError, as do later ones."""
        with self._lock:
            self._closed = True
            dropped = list(self._calls)
            self._calls.clear()
            self._lock.notify_all()
        for call in dropped:
            if call.future.set_running_or_notify_cancel():
                call.future.set_exception(ChannelClosedError("the room has closed"))

    def _put(self, call: _Call) -> Future:
        with self._lock:
            if self._closed:
                call.future.set_exception(ChannelClosedError("the room has closed"))
                return call.future
            was_empty = not self._calls
            self._calls.append(call)
            self._lock.notify()
        if was_empty and self._wake is not None:
            try:
                self._wake()
            except Exception:  # the window is going away; the call fails when the channel closes
                _log.exception("could not wake the owner of the room")
        return call.future

    # -- on the owner's thread -----------------------------------------------------------------

    def run_pending(self, budget: float | None = None) -> int:
        """Run the calls queued so far, for at most about `budget` seconds; returns how many ran.

        With a budget, calls may be left for later: the caller runs them again (see `pending`).
        """
        began = time.perf_counter()
        done = 0
        while budget is None or time.perf_counter() - began < budget:
            calls = self._take()
            if not calls:
                break
            self._run(calls)
            done += len(calls)
        return done

    def wait_and_run(self, timeout: float) -> int:
        """Wait up to `timeout` seconds for a call, then run every one queued."""
        with self._lock:
            if not self._calls and not self._closed:
                self._lock.wait(timeout)
        return self.run_pending()

    def _take(self) -> list[_Call]:
        """The next call, or the next batch: the consecutive queued items of one batched function."""
        with self._lock:
            if not self._calls:
                return []
            first = self._calls.popleft()
            taken = [first]
            if first.batched:
                while self._calls and len(taken) < MAX_BATCH:
                    following = self._calls[0]
                    if not following.batched or following.function != first.function:
                        break
                    taken.append(self._calls.popleft())
        return taken

    def _run(self, calls: list[_Call]) -> None:
        calls = [call for call in calls if call.future.set_running_or_notify_cancel()]
        if not calls:
            return
        first = calls[0]
        try:
            if first.batched:
                results = list(first.function([call.args[0] for call in calls]))
                if len(results) != len(calls):
                    raise RuntimeError(f"{first.function!r} gave {len(results)} results for {len(calls)} items")
            else:
                results = [first.function(*first.args)]
        except Exception as error:  # handed to the server, which answers the phones; never raised here
            for call in calls:
                call.future.set_exception(error)
            return
        except BaseException as error:  # Ctrl+C or an exit: the calls fail, and it goes on up
            for call in calls:
                call.future.set_exception(ChannelClosedError(f"interrupted ({type(error).__name__})"))
            raise
        for call, result in zip(calls, results, strict=True):
            if isinstance(result, Exception):
                call.future.set_exception(result)
            else:
                call.future.set_result(result)
