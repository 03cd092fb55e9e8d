"""The channel between the server and the workshop's thread (calls, batches, budget, closing), and the
choice of the network a room opens on (never every interface unless asked)."""

from __future__ import annotations

import threading
import time

import pytest

from pem_desktop.room import interfaces
from pem_desktop.room.channel import ChannelClosedError, RoomChannel
from pem_desktop.room.interfaces import NetworkAddress, default_address, resolve_bind, room_url
from pem_desktop.room.limits import AddressBuckets, RoomError, TokenBucket

WIFI = NetworkAddress("wlan0", "192.168.1.23", default_route=True)
CABLE = NetworkAddress("eth0", "10.0.0.5")
LOOPBACK = NetworkAddress("lo", "127.0.0.1", loopback=True)


def test_calls_run_on_the_owner_and_their_results_come_back():
    woken = []
    channel = RoomChannel(wake=lambda: woken.append(threading.current_thread().name))
    ran_on = []
    future = channel.submit(lambda x: ran_on.append(threading.current_thread().name) or x * 2, 21)
    failing = channel.submit(lambda: 1 / 0)
    assert woken == [threading.current_thread().name]  # woken once, when the queue was empty
    owner = threading.Thread(target=channel.run_pending, name="owner")
    owner.start()
    owner.join()
    assert future.result(1) == 42 and ran_on == ["owner"]
    with pytest.raises(ZeroDivisionError):
        failing.result(1)


def test_items_queued_together_are_one_batch_and_each_gets_its_own_result():
    channel = RoomChannel()
    batches = []

    def store(items):
        batches.append(list(items))
        return [ValueError(f"bad {item}") if item < 0 else item * 10 for item in items]

    futures = [channel.submit_item(store, item) for item in (1, 2, -3, 4)]
    other = channel.submit(lambda: "between")
    later = channel.submit_item(store, 5)
    assert channel.run_pending() == 6
    assert batches == [[1, 2, -3, 4], [5]]  # a plain call between them ends the batch
    assert [f.result(1) for f in futures if f is not futures[2]] == [10, 20, 40]
    with pytest.raises(ValueError, match="bad -3"):
        futures[2].result(1)
    assert other.result(1) == "between" and later.result(1) == 50


def test_a_batch_that_fails_as_a_whole_fails_every_item():
    channel = RoomChannel()

    def disk_full(_items):
        raise OSError("full")

    futures = [channel.submit_item(disk_full, item) for item in range(3)]
    channel.run_pending()
    for future in futures:
        with pytest.raises(OSError, match="full"):
            future.result(1)


def test_a_budget_leaves_the_rest_for_later():
    channel = RoomChannel()
    for _ in range(5):
        channel.submit(time.sleep, 0.01)
    done = channel.run_pending(budget=0.015)
    assert 1 <= done < 5 and channel.pending == 5 - done
    channel.run_pending()
    assert channel.pending == 0


def test_a_closed_channel_fails_what_waits_and_what_comes():
    channel = RoomChannel()
    waiting = channel.submit(lambda: "never")
    channel.close()
    with pytest.raises(ChannelClosedError):
        waiting.result(1)
    with pytest.raises(ChannelClosedError):
        channel.submit(lambda: "never").result(1)
    assert channel.wait_and_run(0.01) == 0


def test_token_buckets_allow_a_burst_then_a_rate():
    now = [0.0]
    bucket = TokenBucket(rate=2, burst=3, clock=lambda: now[0])
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
    now[0] += 0.5
    assert bucket.allow() and not bucket.allow()
    buckets = AddressBuckets(rate=1, burst=1, capacity=2, clock=lambda: now[0])
    assert buckets.allow("a") and not buckets.allow("a") and buckets.allow("b") and buckets.allow("c")
    assert buckets.allow("a")  # forgotten: at most `capacity` addresses are remembered


def test_the_default_network_is_the_default_routes_never_every_interface():
    assert default_address([LOOPBACK, CABLE, WIFI]) == WIFI
    assert default_address([LOOPBACK, CABLE]) == CABLE  # the only one there is
    assert default_address([LOOPBACK, CABLE, NetworkAddress("usb0", "172.20.10.2")]) is None
    assert resolve_bind(None, [WIFI, CABLE, LOOPBACK]) == "192.168.1.23"
    with pytest.raises(RoomError, match=r"no network has a default route.*10\.0\.0\.5 \(eth0\)"):
        resolve_bind(None, [CABLE, NetworkAddress("usb0", "172.20.10.2"), LOOPBACK])
    assert resolve_bind("0.0.0.0", [WIFI]) == "0.0.0.0"  # only when asked for in so many words
    assert resolve_bind("localhost", [WIFI]) == "127.0.0.1"
    assert resolve_bind("10.0.0.5", [WIFI, CABLE]) == "10.0.0.5"
    assert resolve_bind("[::1]", [WIFI]) == "::1"
    with pytest.raises(RoomError, match="not an address of this computer"):
        resolve_bind("10.9.9.9", [WIFI, CABLE])
    with pytest.raises(RoomError, match="not an IP address"):
        resolve_bind("example.com", [WIFI])


def test_room_addresses_read_the_default_route_from_the_routing_table(tmp_path, monkeypatch):
    routes = tmp_path / "route"
    routes.write_text(
        "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\tMTU\tWindow\tIRTT\n"
        "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
        "eth0\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
        "eth0\t0000000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n",
        encoding="ascii",
    )
    monkeypatch.setattr(interfaces, "_ROUTES", routes)
    monkeypatch.setattr(interfaces.sys, "platform", "linux")
    assert interfaces._default_route_interface() == "eth0"  # the lower metric wins
    routes.write_text("Iface\tDestination\n", encoding="ascii")
    assert interfaces._default_route_interface() == ""
    assert any(address.loopback for address in interfaces.room_addresses())


def test_room_urls_are_short_and_bracket_ipv6():
    assert room_url("192.168.1.23", 8765) == "http://192.168.1.23:8765/"
    assert room_url("::1", 8765) == "http://[::1]:8765/"
    assert room_url("0.0.0.0", 8765, [WIFI, LOOPBACK]) == "http://192.168.1.23:8765/"
