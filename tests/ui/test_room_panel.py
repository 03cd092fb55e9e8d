"""The room panel with real clicks and keys: open a room (on loopback), open a vote on the board's aspect,
phones vote over the network, reveal, place a team at the median and record a disagreement (each one undo
step), clear the votes, and the room closes when the workshop does."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import open_in, stored_position
from ui_phone import Phone

from pem_desktop.room.interfaces import NetworkAddress
from pem_desktop.room.process import ROOM_SERVER_NICENESS
from pem_desktop.services import Workshop
from pem_desktop.services.votes import Votes
from pem_desktop.ui import room_panel

LOOPBACK = NetworkAddress("test0", "127.0.0.1", default_route=True)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Tests use loopback only: the panel is offered nothing else."""
    monkeypatch.setattr(room_panel, "room_addresses", lambda: [LOOPBACK])


def click(button) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def stored(path: Path):
    other = Workshop.open(path, read_only=True)
    try:
        votes = Votes(other)
        return votes.rounds(), votes.votes(), other.disagreements()
    finally:
        other.close()


@pytest.fixture
def room_window(window, demo_workshop, qtbot):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.page.show_aspect("adoption")
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.room
    assert dialog is not None and dialog.isVisible()
    assert dialog.interfaces.currentText() == LOOPBACK.label
    click(dialog.open_button)
    assert dialog.room.is_open
    phones: list[Phone] = []
    yield window, dialog, path, phones
    for phone in phones:
        phone.stop()


def test_the_room_opens_shows_its_address_and_code_and_takes_votes(room_window, qtbot):
    window, dialog, path, phones = room_window
    url = dialog.room.url
    assert url.startswith("http://127.0.0.1:")
    assert dialog.url_label.text() == url.rstrip("/")
    code = dialog.code_label.text().replace(" ", "")
    assert code == dialog.room.join_code and len(code) == 6 and code.isdigit()
    assert "Adoption" in dialog.aspect_label.text()
    if hasattr(os, "nice"):  # the server yields the processors to the window during a burst of votes
        server = psutil.Process(dialog.room.server._process.pid)
        assert server.nice() == min(19, psutil.Process().nice() + ROOM_SERVER_NICENESS)

    click(dialog.open_vote_button)
    rounds, _votes, _d = stored(path)
    assert [(r.aspect_id, r.status, r.team_id) for r in rounds] == [("adoption", "open", None)]

    teams = {team.name: team.id for team in window.workshop.teams()}
    payments = teams["Payments"]
    for name, position in (("Ada", 0.6), ("", 1.2), ("Bo", 2.9)):
        phones.append(Phone(url, code, name, [(payments, position)]))
    qtbot.waitUntil(lambda: all(phone.done.is_set() for phone in phones), timeout=30000)
    assert [phone.error for phone in phones] == [None, None, None]
    # The count is read from the file, who joined is told by the room's process: each arrives in its own time.
    qtbot.waitUntil(lambda: "3 votes from 3 people" in dialog.vote_status.text(), timeout=30000)
    qtbot.waitUntil(lambda: dialog.joined_title.text() == "Joined: 3 (3 connected)", timeout=30000)
    assert not dialog.results_box.isVisible()  # hidden until revealed
    assert window.votes_on_board()
    layer = window.board_votes.layers[0]
    qtbot.waitUntil(lambda: "3 votes from 3 people so far, hidden" in layer.header.painted_words, timeout=30000)
    assert layer.rows == []  # the board shows how many, not where

    click(dialog.reveal_button)
    assert dialog.results_box.isVisible()
    qtbot.waitUntil(lambda: [row.name for row in layer.rows] == ["Payments"], timeout=30000)  # now the board shows them
    assert dialog.results.rowCount() == 1
    assert dialog.results.item(0, 0).text() == "Payments"
    assert dialog.results.item(0, 1).text() == "3"
    dialog.results.selectRow(0)

    # Place at the median: one undo step.
    before = stored_position(path, payments, "adoption")
    click(dialog.median_button)
    assert stored_position(path, payments, "adoption") == 1.2
    assert "median" in window.undo_stack.undoText()
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo from the panel itself
    assert stored_position(path, payments, "adoption") == before

    # The votes spread 2.3 levels: a disagreement, anonymous unless the voters are named.
    assert dialog.disagreement_button.isEnabled()
    click(dialog.disagreement_button)
    _rounds, _votes, disagreements = stored(path)
    recorded = [d for d in disagreements if d.topic.startswith("The room's votes")]
    assert len(recorded) == 1 and recorded[0].team_id == payments
    assert [(v.holder, v.position) for v in recorded[0].viewpoints] == [
        ("Voter 1", 0.6),
        ("Voter 2", 1.2),
        ("Voter 3", 2.9),
    ]
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [d for d in stored(path)[2] if d.topic.startswith("The room's votes")]
    dialog.named.setChecked(True)
    click(dialog.disagreement_button)
    named = next(d for d in stored(path)[2] if d.topic.startswith("The room's votes"))
    assert [v.holder for v in named.viewpoints] == ["Ada", "Voter 2", "Bo"]

    # A threshold above the spread: no disagreement to record.
    dialog.threshold.setValue(2.5)
    dialog.results.selectRow(0)
    assert not dialog.disagreement_button.isEnabled()

    # Clear the votes (undoable), then the room closes with the workshop and the phones are told.
    click(dialog.clear_button)
    assert stored(path)[0] == []
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    rounds, votes, _d = stored(path)
    assert [r.status for r in rounds] == ["revealed"] and len(votes) == 3

    port = int(url.rsplit(":", 1)[1].strip("/"))
    window.close_workshop()
    assert window.room is None
    qtbot.waitUntil(lambda: all(phone.closed.is_set() for phone in phones), timeout=30000)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_a_one_team_vote_and_enter_in_the_panel_opens_nothing(room_window, qtbot):
    window, dialog, path, phones = room_window
    window.page.show_aspect("interfaces")
    assert "Interfaces" in dialog.aspect_label.text()  # the panel follows the board
    window.page.show_aspect("adoption")
    mobile = next(team.id for team in window.workshop.teams() if team.name == "Mobile apps")
    dialog.scope.setCurrentIndex(dialog.scope.findData(mobile))
    QTest.keyClick(dialog.scope, Qt.Key.Key_Return)
    assert stored(path)[0] == []  # Enter is not a click on any button
    click(dialog.open_vote_button)
    rounds = stored(path)[0]
    assert [(r.team_id, r.status) for r in rounds] == [(mobile, "open")]
    phones.append(Phone(dialog.room.url, dialog.room.join_code, "Ada", [(mobile, 3.25)]))
    qtbot.waitUntil(phones[0].done.is_set, timeout=30000)
    assert phones[0].error is None
    click(dialog.close_vote_button)
    assert stored(path)[0][0].status == "closed"
    click(dialog.rerun_button)  # clear and open the same vote afresh
    rounds, votes, _d = stored(path)
    assert [(r.team_id, r.status) for r in rounds] == [(mobile, "open")] and votes == []


def test_closing_the_room_from_the_panel_and_opening_it_again_gives_a_new_code(room_window):
    _window, dialog, _path, _phones = room_window
    first_code = dialog.room.join_code
    click(dialog.close_room_button)
    assert not dialog.room.is_open and dialog.pages.currentIndex() == 0
    click(dialog.open_button)
    assert dialog.room.is_open
    assert dialog.room.join_code != first_code or dialog.room.secrets.link_token


def test_a_read_only_workshop_offers_no_room(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    assert window.open_path(path, read_only=True)
    assert not window.room_action.isEnabled()
    window.show_room()
    assert window.room is None


def test_a_room_server_that_dies_is_noticed_and_the_room_can_open_again(room_window, qtbot):
    _window, dialog, _path, _phones = room_window
    dialog.room.server._process.kill()
    qtbot.waitUntil(lambda: not dialog.room.is_open, timeout=30000)
    assert dialog.pages.currentIndex() == 0
    assert "stopped unexpectedly" in dialog.setup_error.text()
    click(dialog.open_button)
    assert dialog.room.is_open
