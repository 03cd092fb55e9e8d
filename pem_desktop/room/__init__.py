"""The room: a small web server on the local network through which participants vote from their phones.

No Qt here. The server (`server.py`, aiohttp: HTTP and a WebSocket) runs in a thread of its own and
never touches the workshop: it hands every join and every vote through one thread-safe channel
(`channel.py`) to the thread that owns the workshop, where `host.py` calls the services; the phones
are told "received" only once the vote is on disk. `headless.py` runs a room without a window
(`pem-desktop room FILE.pemw`); the app runs it in a process of its own (`process.py`), which opens the
workshop beside the window, so that a burst of votes never holds the window up.
"""

from pem_desktop.room.limits import RoomError

__all__ = ["RoomError"]
