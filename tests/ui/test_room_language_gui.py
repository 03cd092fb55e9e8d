"""A room served by its own process shows phones the model in the workshop's language, and follows
File > Model language while the phones are connected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_room_panel import LOOPBACK, click
from ui_helpers import open_in
from ui_phone import Phone

from pem_desktop.ui import room_panel


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    monkeypatch.setattr(room_panel, "room_addresses", lambda: [LOOPBACK])


def test_phones_follow_the_model_language(window, demo_workshop, qtbot):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.page.show_aspect("adoption")
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.room
    click(dialog.open_button)
    click(dialog.open_vote_button)
    phone = Phone(dialog.room.url, dialog.room.join_code, "Ada", [])
    try:
        qtbot.waitUntil(phone.done.is_set, timeout=20000)
        assert phone.error is None

        def last_label() -> str:
            ballots = [m["ballot"] for m in list(phone.messages) if m.get("ballot")]
            return ballots[-1]["aspect"]["levels"][2]["label"] if ballots else ""

        assert last_label() == "Intrinsic pull"
        window.language_menu.rebuild()
        next(a for a in window.language_menu.actions() if a.text() == "Deutsch").trigger()
        qtbot.waitUntil(lambda: last_label() == "Sog von innen", timeout=20000)
        ballot = [m["ballot"] for m in phone.messages if m.get("ballot")][-1]
        assert ballot["aspect"]["levels"][1]["name"] == "Operativ"
        assert ballot["status"] == "open"  # the same round, still taking votes
    finally:
        phone.stop()
