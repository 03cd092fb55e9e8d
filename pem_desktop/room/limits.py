"""What a room allows a phone to do, and how fast: sizes, rates and numbers, checked before anything is read."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass


class RoomError(Exception):
    """A room cannot be opened or run (no network, the port is taken...); the message is meant for the user."""


@dataclass(frozen=True)
class RoomLimits:
    """The limits of one room. The defaults suit a workshop of up to a hundred people."""

    max_participants: int = 100
    max_request_bytes: int = 16 * 1024  # an HTTP request body (the join)
    max_message_bytes: int = 4 * 1024  # a WebSocket message (a vote)
    requests_per_second: float = 20.0  # per client address, for every HTTP request...
    request_burst: int = 120  # ...after a burst of this many (a page load is four requests)
    messages_per_second: float = 8.0  # per connection, for WebSocket messages...
    message_burst: int = 30  # ...after a burst of this many
    dropped_messages_before_close: int = 100  # a connection that keeps flooding is closed
    failed_joins_per_minute: int = 10  # wrong codes per client address
    connections_per_participant: int = 4  # tabs open on the same identity
    max_connections: int = 400
    hello_seconds: float = 10.0  # time a new WebSocket has to say who it is
    tracked_addresses: int = 4096  # client addresses remembered for rate limits (the oldest are forgotten)


class TokenBucket:
    """Allows `burst` events at once, then `rate` per second."""

    def __init__(self, rate: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self._clock = rate, float(burst), clock
        self._tokens = float(burst)
        self._at = clock()

    def allow(self) -> bool:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False


class AddressBuckets:
    """A token bucket per client address, remembering at most `capacity` addresses (least recent forgotten)."""

    def __init__(self, rate: float, burst: int, capacity: int, clock=time.monotonic):
        self.rate, self.burst, self.capacity, self._clock = rate, burst, capacity, clock
        self._buckets: OrderedDict[str, TokenBucket] = OrderedDict()

    def allow(self, address: str) -> bool:
        bucket = self._buckets.get(address)
        if bucket is None:
            bucket = self._buckets[address] = TokenBucket(self.rate, self.burst, self._clock)
            while len(self._buckets) > self.capacity:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(address)
        return bucket.allow()

    def peek(self, address: str) -> bool:
        """Whether `address` could have one more event now, without taking it."""
        bucket = self._buckets.get(address)
        if bucket is None:
            return True
        now = self._clock()
        return min(bucket.burst, bucket._tokens + (now - bucket._at) * bucket.rate) >= 1.0
