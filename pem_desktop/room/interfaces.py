"""The network addresses a room can be opened on, and which one it opens on by default.

The default is the address of the interface that carries the default route (the room's Wi-Fi, or the
cable): the one phones on the same network reach. A room never listens on every interface unless
asked to in so many words (`--bind 0.0.0.0`).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from pem_desktop.room.limits import RoomError

EVERY_INTERFACE = ("0.0.0.0", "::")
_ROUTES = Path("/proc/net/route")


@dataclass(frozen=True)
class NetworkAddress:
    """An IPv4 address of this computer a room can listen on."""

    interface: str
    address: str
    default_route: bool = False
    loopback: bool = False

    @property
    def label(self) -> str:
        """E.g. "wlan0 — 192.168.1.23 (default route)" or "This computer only — 127.0.0.1"."""
        if self.loopback:
            return f"This computer only — {self.address}"
        return f"{self.interface} — {self.address}" + (" (default route)" if self.default_route else "")


def room_addresses() -> list[NetworkAddress]:
    """The IPv4 addresses of interfaces that are up: the default route's first, loopback last."""
    import psutil

    default_interface = _default_route_interface()
    try:
        stats = psutil.net_if_stats()
        found = psutil.net_if_addrs()
    except OSError:
        return [NetworkAddress("lo", "127.0.0.1", loopback=True)]
    addresses = []
    for interface, entries in found.items():
        state = stats.get(interface)
        if state is not None and not state.isup:
            continue
        for entry in entries:
            if entry.family != socket.AF_INET:
                continue
            ip = ipaddress.ip_address(entry.address)
            addresses.append(NetworkAddress(interface, entry.address, interface == default_interface, ip.is_loopback))
    if default_interface is None:  # no routing table to read: ask the system which address reaches the world
        source = _default_route_source()
        addresses = [NetworkAddress(a.interface, a.address, a.address == source, a.loopback) for a in addresses]
    if not any(a.loopback for a in addresses):
        addresses.append(NetworkAddress("lo", "127.0.0.1", loopback=True))
    return sorted(addresses, key=lambda a: (not a.default_route, a.loopback, a.interface, a.address))


def default_address(addresses: list[NetworkAddress]) -> NetworkAddress | None:
    """The address to open a room on when none is chosen: the default route's, or else the only other one."""
    routed = [a for a in addresses if a.default_route and not a.loopback]
    if routed:
        return routed[0]
    others = [a for a in addresses if not a.loopback]
    return others[0] if len(others) == 1 else None


def resolve_bind(requested: str | None, addresses: list[NetworkAddress] | None = None) -> str:
    """The address to listen on: `requested` (checked to be this computer's) or the default one."""
    addresses = room_addresses() if addresses is None else addresses
    choices = ", ".join(f"{a.address} ({a.interface})" for a in addresses)
    if requested is None:
        chosen = default_address(addresses)
        if chosen is None:
            raise RoomError(f"no network has a default route here; choose an address to open the room on: {choices}")
        return chosen.address
    requested = requested.strip()
    if requested == "localhost":
        return "127.0.0.1"
    try:
        ip = ipaddress.ip_address(requested.strip("[]"))
    except ValueError:
        raise RoomError(f"{requested!r} is not an IP address; choose one of: {choices}") from None
    text = str(ip)
    if text in EVERY_INTERFACE or ip.is_loopback or any(a.address == text for a in addresses):
        return text
    raise RoomError(f"{text} is not an address of this computer; choose one of: {choices}")


def room_url(address: str, port: int, addresses: list[NetworkAddress] | None = None) -> str:
    """The short address phones open, e.g. "http://192.168.1.23:8765/"."""
    if address in EVERY_INTERFACE:
        found = room_addresses() if addresses is None else addresses
        chosen = default_address(found)
        address = chosen.address if chosen is not None else "127.0.0.1"
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}/"


def _default_route_interface() -> str | None:
    """Linux: the interface of the IPv4 default route, from the kernel's routing table."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        lines = _ROUTES.read_text(encoding="ascii").splitlines()[1:]
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 8 or fields[1] != "00000000" or fields[7] != "00000000":
            continue
        try:
            metric = int(fields[6])
        except ValueError:
            continue
        if best is None or metric < best[0]:
            best = (metric, fields[0])
    return best[1] if best is not None else ""


def _default_route_source() -> str | None:
    """Elsewhere: the source address the system would use for an address outside every local network.

    Connecting a UDP socket only chooses a route; no packet is sent.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1 (RFC 5737): never a real host
        return probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
