"""Make the README's screenshots of the room's votes on the board: python docs/make_vote_screenshots.py [OUT_DIR].

Opens a fresh demo workshop in the main window (offscreen, a virtual 1920x1080 screen, throw-away
settings), opens a room on 127.0.0.1 from the room panel as a facilitator does, and lets twelve simulated
phones join and vote over loopback, as the participant page does. Then the board in presentation mode at
1024x768: while the vote is open (the count only) and once revealed (light and dark).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

os.environ.setdefault(  # a virtual 1920x1080 screen (docs/screenshot-screen.json)
    "QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "screenshot-screen.json")
)

import aiohttp
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.room.interfaces import NetworkAddress
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.ui import room_panel
from pem_desktop.ui.app import create_application
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import LIGHT, apply_theme

# Who votes, and where they put each team (the whole organisation is None).
PHONES = [
    ("Anna", {"Payments": 1.3, "Search": 1.4, None: 1.9}),
    ("", {"Payments": 1.2, "Mobile apps": 2.2}),
    ("Bo", {"Payments": 0.7, "Search": 1.5, None: 2.0}),
    ("Chen", {"Payments": 1.35, "Data platform": 2.6}),
    ("", {"Payments": 2.8, "Search": 1.45, "Mobile apps": 0.9}),
    ("Dana", {"Payments": 1.25, None: 2.1}),
    ("", {"Search": 1.6, "Data platform": 2.75, "Mobile apps": 2.5}),
    ("Eli", {"Payments": 1.4, "Checkout": 1.8}),
    ("", {"Payments": 1.3, "Checkout": 1.7, None: 2.05}),
    ("Fay", {"Data platform": 2.9, "Mobile apps": 2.35}),
    ("", {"Payments": 1.1, "Checkout": 1.75}),
    ("Gus", {"Search": 1.55, "Data platform": 2.7, None: 1.95}),
]


async def phone(url: str, code: str, name: str, ballots: list[tuple[int | None, float]]) -> None:
    """One participant's phone: join with the code, wait for the open vote, place each marker, see it received."""
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{url}api/join", json={"code": code, "name": name}) as reply:
            participant = (await reply.json())["participant"]
        async with session.ws_connect(f"{url}api/socket") as socket:
            await socket.send_json({"type": "hello", "participant": participant})
            while True:
                message = await socket.receive_json(timeout=30)
                if message["type"] == "ballot" and message["ballot"] and message["ballot"]["status"] == "open":
                    break
            for ref, (team, position) in enumerate(ballots):
                vote = {"type": "vote", "round": message["ballot"]["round"], "team": team, "position": position}
                await socket.send_json({**vote, "ref": ref})
                while (await socket.receive_json(timeout=30))["type"] != "received":
                    pass


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    room_panel.room_addresses = lambda: [NetworkAddress("lo", "127.0.0.1", default_route=True)]  # loopback only
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        apply_theme(app, LIGHT)
        path = folder / "Acme Retail workshop.pemw"
        write_demo_workshop(path, bundled_model(), today=date(2026, 11, 25)).close()
        window = MainWindow(settings)
        window.resize(1600, 900)
        window.show()
        window.open_path(path)
        window.page.show_aspect("adoption")
        window.show_room()
        panel = window.room
        panel.open_room()
        panel.open_vote()
        teams = {team.name: team.id for team in window.workshop.teams()}
        ballots = [[(teams.get(team) if team else None, at) for team, at in votes.items()] for _name, votes in PHONES]

        url, code = panel.room.url, panel.room.join_code

        async def everyone() -> None:
            await asyncio.gather(*(phone(url, code, n, b) for (n, _v), b in zip(PHONES, ballots, strict=True)))

        def vote() -> None:
            asyncio.run(everyone())

        voting = threading.Thread(target=vote)
        voting.start()
        while voting.is_alive():
            QTest.qWait(20)
        total = sum(len(b) for b in ballots)
        layer = window.board_votes.layers[0]
        while f"{total} votes" not in layer.header.text.full:
            QTest.qWait(20)
        panel.hide()
        window.toggle_presentation(True, full_screen=False)
        window.resize(1280, 720)
        _save(window, out / "votes-hidden.png")
        panel.reveal_vote()
        window.resize(1024, 768)
        window.page.scene.select_card(teams["Payments"])
        _save(window, out / "votes-on-board.png")
        window.toggle_presentation(False)
        window.set_theme("dark")
        window.toggle_presentation(True, full_screen=False)
        window.resize(1024, 768)
        _save(window, out / "votes-on-board-dark.png")
        window.toggle_presentation(False)
        window.set_theme("light")
        window.close_workshop()
    print(f"screenshots written to {out}")
    return 0


def _save(window: MainWindow, path: Path) -> None:
    QTest.qWait(150)
    window.grab().save(str(path))
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
