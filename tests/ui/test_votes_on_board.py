"""The room's votes on the board (ui/vote_layer.py, ui/board_votes.py), with real keys, clicks and menus: the
count only while a vote is hidden, the spread per team once revealed (in presentation mode and on the
audience view too), place at the median and record a disagreement from the board (one undo step each), and
a burst of votes that repaints one line of the board, never waiting for the room's commits."""

from __future__ import annotations

import sqlite3
import time

import pytest
from clipping import clipping_problems
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from ui_helpers import card_point, open_in, stored_position

from pem_desktop.services import FileBusyError, Workshop
from pem_desktop.services.views import Change
from pem_desktop.services.votes import Votes
from pem_desktop.ui.vote_layer import MAX_ROWS

CTRL = Qt.KeyboardModifier.ControlModifier
PAYMENTS_VOTES = (0.6, 1.2, 1.25, 2.9)  # the median is 1.225, the spread 2.3 levels: wider than one level
SEARCH_VOTES = (1.5, 1.6)


def cast(votes: Votes, round_id: int, ballots: list[tuple[int | None, float]], names=()) -> None:
    """Votes from new participants, one each, as the room's process would store them."""
    people = [votes.join(names[i] if i < len(names) else "") for i in range(len(ballots))]
    results = votes.cast_many(
        [(round_id, p.id, team, position) for p, (team, position) in zip(people, ballots, strict=True)]
    )
    assert not [r for r in results if isinstance(r, Exception)]


@pytest.fixture
def board(window, demo_workshop, qtbot):
    """The demo on the board at Adoption, with a vote open on it."""
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.page.show_aspect("adoption")
    assert window.votes_on_board()
    votes = Votes(window.workshop)
    opened = votes.open_round("adoption")
    teams = {team.name: team.id for team in window.workshop.teams()}
    return window, votes, opened, teams, path


def layer_of(window):
    return window.board_votes.layers[0]


def settle(qtbot, layer, words: str) -> None:
    qtbot.waitUntil(lambda: words in layer.header.painted_words, timeout=10000)


def test_while_hidden_the_board_shows_how_many_voted_and_nothing_of_where(board, qtbot):
    window, votes, opened, teams, _path = board
    layer = layer_of(window)
    settle(qtbot, layer, "Vote open on Adoption: no votes yet; they stay hidden until revealed")
    cast(votes, opened.id, [(teams["Payments"], p) for p in PAYMENTS_VOTES] + [(None, 2.0)])
    settle(qtbot, layer, "5 votes from 5 people so far, hidden until revealed")
    assert layer.rows == [] and layer.describe().count(".") == 1  # no row, no position, no median
    texts = [text.full for text in layer.shown_texts()]
    assert texts == [layer.header.text.full]
    votes.close_round(opened.id)
    settle(qtbot, layer, "Vote closed on Adoption: 5 votes from 5 people, hidden until revealed")
    assert layer.rows == []


def test_revealed_votes_show_per_team_with_the_median_in_the_models_words(board, qtbot):
    window, votes, opened, teams, _path = board
    layer = layer_of(window)
    model = window.workshop.model
    cast(
        votes,
        opened.id,
        [(teams["Payments"], p) for p in PAYMENTS_VOTES] + [(teams["Search"], p) for p in SEARCH_VOTES],
    )
    cast(votes, opened.id, [(None, 2.0), (None, 2.02)])
    votes.reveal_round(opened.id)
    settle(qtbot, layer, "The room's votes on Adoption: 8 votes from 8 people")
    assert [row.name for row in layer.rows] == ["Payments", "Search", "Whole organisation"]  # team order, then all
    payments, search, organisation = layer.rows
    assert payments.label.full == f"Payments: median {model.standing(1.225).words}, spread 2.3 levels"
    assert payments.wide and not search.wide and not organisation.wide
    assert search.label.full == f"Search: median {model.standing(1.55).words}"
    # One dot per vote, those too close to tell apart as one dot with their number in it.
    assert sum(count for _x, count, _w in payments.clusters) == 4
    assert [n.full for n in organisation.numbers] == ["2"] and len(organisation.clusters) == 1
    assert payments.clusters[0][0] == pytest.approx(window.page.scene.x_for(0.6))
    assert "from " + model.standing(0.6).words + " to " + model.standing(2.9).words in payments.sentence
    assert not [problem for text in layer.shown_texts() if (problem := text.problem())]


@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize("size", ["1024x768", "1280x720"])
def test_revealed_votes_fit_presentation_mode_and_the_audience_view(board, qtbot, theme_name, size):
    window, votes, opened, teams, _path = board
    window.set_theme(theme_name)
    ballots = [(team_id, 0.3 + 0.37 * index % 3.6) for index, team_id in enumerate(teams.values())]
    ballots += [(teams["Payments"], p) for p in PAYMENTS_VOTES] + [(None, 3.9), (None, 0.1)]
    cast(votes, opened.id, ballots, names=["Ada Lovelace-Byron"])
    votes.reveal_round(opened.id)
    window.toggle_presentation(True, full_screen=False)
    width, height = (int(part) for part in size.split("x"))
    window.resize(width, height)
    layer = layer_of(window)
    settle(qtbot, layer, "The room's votes on Adoption")
    assert len(layer.rows) == len(teams) + 1
    assert clipping_problems(window) == []
    # The projector's own board shows the same, read-only.
    window.audience_action.trigger()
    audience = window.audience
    assert audience is not None
    mirrored = next(layer for layer in window.board_votes.layers if layer.board is audience.scene)
    qtbot.waitUntil(lambda: [row.name for row in mirrored.rows] == [row.name for row in layer.rows], timeout=10000)
    assert not [problem for text in mirrored.shown_texts() if (problem := text.problem())]
    visible = audience.view.mapToScene(audience.view.viewport().rect()).boundingRect()
    assert all(visible.contains(text.rect) for text in mirrored.shown_texts())
    window.audience_action.trigger()


def test_more_teams_than_rows_say_how_many_more(window, tmp_path, pe_model, qtbot):
    names = [f"Team {number}" for number in range(1, MAX_ROWS + 4)]
    path = tmp_path / "many.pemw"
    Workshop.create(path, title="Many", loaded_model=pe_model, team_names=names).close()
    open_in(window, path)
    assert window.votes_on_board()
    votes = Votes(window.workshop)
    opened = votes.open_round(window.page.aspect.id)
    cast(votes, opened.id, [(team.id, 1.5) for team in window.workshop.teams()])
    votes.reveal_round(opened.id)
    layer = layer_of(window)
    settle(qtbot, layer, "The room's votes")
    assert len(layer.rows) == MAX_ROWS
    assert layer.more is not None and layer.more.full.startswith("and 3 more teams voted on")


def test_ctrl_m_places_the_selected_team_at_the_median_in_one_undo_step(board, qtbot):
    window, votes, opened, teams, path = board
    payments = teams["Payments"]
    cast(votes, opened.id, [(payments, p) for p in PAYMENTS_VOTES])
    votes.reveal_round(opened.id)
    settle(qtbot, layer_of(window), "The room's votes")
    before = stored_position(path, payments, "adoption")
    QTest.mouseClick(
        window.page.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        card_point(window, payments),
    )
    assert window.page.scene.selected_team_id() == payments
    QTest.keyClick(window.page.view, Qt.Key.Key_M, CTRL)
    assert stored_position(path, payments, "adoption") == 1.225
    assert "median" in window.undo_stack.undoText()
    QTest.keyClick(window.page.view, Qt.Key.Key_Z, CTRL)
    assert stored_position(path, payments, "adoption") == before
    # A team without revealed votes here: nothing moves, the status bar says why.
    checkout = teams["Checkout"]
    window.page.scene.select_card(checkout)
    position = stored_position(path, checkout, "adoption")
    QTest.keyClick(window.page.view, Qt.Key.Key_M, CTRL)
    assert stored_position(path, checkout, "adoption") == position
    assert "No revealed votes on Checkout" in window.statusBar().currentMessage()


def test_in_presentation_mode_the_keys_place_and_undo_with_the_menus_hidden(board, qtbot):
    window, votes, opened, teams, path = board
    payments = teams["Payments"]
    cast(votes, opened.id, [(payments, p) for p in PAYMENTS_VOTES])
    votes.reveal_round(opened.id)
    window.toggle_presentation(True, full_screen=False)
    assert not window.menuBar().isVisible()
    settle(qtbot, layer_of(window), "The room's votes")
    before = stored_position(path, payments, "adoption")
    window.page.scene.select_card(payments)
    QTest.keyClick(window.page.view, Qt.Key.Key_M, CTRL)
    assert stored_position(path, payments, "adoption") == 1.225
    QTest.keyClick(window.page.view, Qt.Key.Key_Z, CTRL)
    assert stored_position(path, payments, "adoption") == before
    QTest.keyClick(window.page.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored_position(path, payments, "adoption") == 1.225


def test_ctrl_shift_d_records_the_spread_as_a_disagreement_anonymous_or_named(board, qtbot):
    window, votes, opened, teams, path = board
    payments = teams["Payments"]
    cast(votes, opened.id, [(payments, p) for p in PAYMENTS_VOTES], names=["Ada", "", "Bo"])
    votes.reveal_round(opened.id)
    settle(qtbot, layer_of(window), "The room's votes")
    window.page.scene.select_card(payments)

    def recorded():
        other = Workshop.open(path, read_only=True)
        try:
            return [d for d in other.disagreements("adoption") if d.topic.startswith("The room's votes")]
        finally:
            other.close()

    QTest.keyClick(window.page.view, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    (found,) = recorded()
    assert found.team_id == payments
    assert [(v.holder, v.position) for v in found.viewpoints] == [
        ("Voter 1", 0.6),
        ("Voter 2", 1.2),
        ("Voter 3", 1.25),
        ("Voter 4", 2.9),
    ]
    qtbot.waitUntil(lambda: any(band.view.id == found.id for band in window.page.scene.bands), timeout=5000)
    QTest.keyClick(window.page.view, Qt.Key.Key_Z, CTRL)
    assert recorded() == []
    window.board_votes.named = True  # the room panel's "Name the voters"
    QTest.keyClick(window.page.view, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [v.holder for v in recorded()[0].viewpoints] == ["Ada", "Voter 2", "Bo", "Voter 4"]
    # Above the threshold, nothing is recorded.
    QTest.keyClick(window.page.view, Qt.Key.Key_Z, CTRL)
    window.board_votes.set_threshold(2.5)
    QTest.keyClick(window.page.view, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert recorded() == [] and "no disagreement to record" in window.statusBar().currentMessage()


def right_click(viewport, point: QPoint) -> None:
    """What the window system sends for a right click (or the menu key) there."""
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    )


def choose_from_menu(qtbot, text_start: str) -> list[str]:
    """When the next popup menu opens, trigger its entry that starts with `text_start`; the entries it had."""
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        seen.extend(action.text() for action in menu.actions() if action.text())
        chosen = next(action for action in menu.actions() if action.text().startswith(text_start))
        assert chosen.isEnabled(), chosen.text()
        menu.close()
        chosen.trigger()

    QTimer.singleShot(20, pick)
    return seen


def test_a_cards_context_menu_places_at_the_median_and_records_the_disagreement(board, qtbot):
    window, votes, opened, teams, path = board
    payments = teams["Payments"]
    cast(votes, opened.id, [(payments, p) for p in PAYMENTS_VOTES])
    votes.reveal_round(opened.id)
    settle(qtbot, layer_of(window), "The room's votes")
    viewport = window.page.view.viewport()
    seen = choose_from_menu(qtbot, "Place at the votes' median")
    right_click(viewport, card_point(window, payments))
    qtbot.waitUntil(lambda: stored_position(path, payments, "adoption") == 1.225, timeout=5000)
    model = window.workshop.model
    assert f"Place at the votes' median ({model.standing(1.225).words})\tCtrl+M" in seen
    assert any(text.startswith("Record disagreement from the votes (spread 2.3 levels)") for text in seen)
    assert "Rename team…" in [text.replace("&", "") for text in seen]  # the card's own entries are still there
    seen = choose_from_menu(qtbot, "Record disagreement from the votes, naming")
    right_click(viewport, card_point(window, payments))
    qtbot.waitUntil(
        lambda: any(band.team and band.team.id == payments for band in window.page.scene.bands), timeout=5000
    )
    assert f"At the votes' median already ({model.standing(1.225).words})" in seen  # it is there now


def test_a_rows_click_selects_its_team_and_its_menu_acts_on_the_organisation(board, qtbot):
    window, votes, opened, teams, _path = board
    cast(votes, opened.id, [(teams["Search"], 1.5), (None, 0.5), (None, 3.5)])
    votes.reveal_round(opened.id)
    layer = layer_of(window)
    settle(qtbot, layer, "The room's votes")
    view = window.page.view
    search, organisation = layer.rows
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(search.rect.center()),
    )
    assert window.page.scene.selected_team_id() == teams["Search"]
    seen = choose_from_menu(qtbot, "Record disagreement from the votes (spread 3.0 levels)")
    right_click(view.viewport(), view.mapFromScene(organisation.rect.center()))
    qtbot.waitUntil(lambda: any(band.team is None for band in window.page.scene.bands), timeout=5000)
    assert not any(text.startswith("Place at") for text in seen)  # the organisation has no card to place


def test_with_no_team_selected_the_keys_act_on_the_organisation_or_the_one_team_voted_on(board, qtbot):
    window, votes, opened, teams, path = board
    cast(votes, opened.id, [(teams["Search"], 0.5), (teams["Search"], 2.5), (None, 0.2), (None, 3.8)])
    cast(votes, opened.id, [(teams["Payments"], 1.0)])
    votes.reveal_round(opened.id)
    layer = layer_of(window)
    settle(qtbot, layer, "The room's votes")
    view = window.page.view
    window.page.scene.select_card(teams["Search"])
    organisation = layer.rows[-1]
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(organisation.rect.center()),
    )
    assert window.page.scene.selected_team_id() is None
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)  # two teams were voted on: which one?
    assert "Select a team first" in window.statusBar().currentMessage()
    QTest.keyClick(view, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    other = Workshop.open(path, read_only=True)
    try:
        found = [d for d in other.disagreements("adoption") if d.topic.startswith("The room's votes")]
    finally:
        other.close()
    assert [(d.team_id, [v.position for v in d.viewpoints]) for d in found] == [(None, [0.2, 3.8])]


def test_the_view_menu_hides_the_votes_and_shows_them_again(board, qtbot):
    window, votes, opened, teams, _path = board
    cast(votes, opened.id, [(teams["Search"], 1.5)])
    votes.reveal_round(opened.id)
    layer = layer_of(window)
    settle(qtbot, layer, "The room's votes")
    window.votes_shown_action.trigger()
    assert layer.rows == [] and layer.shown_texts() == [] and not layer.isVisible()
    window.votes_shown_action.trigger()
    assert [row.name for row in layer.rows] == ["Search"]


def test_a_burst_repaints_the_count_alone_and_never_waits_for_the_rooms_commits(board, qtbot, monkeypatch):
    window, votes, opened, _teams, path = board
    layer = layer_of(window)
    scene = window.page.scene
    settle(qtbot, layer, "no votes yet")
    relayouts = []
    monkeypatch.setattr(scene, "relayout", lambda original=scene.relayout: (relayouts.append(1), original())[1])
    cast(votes, opened.id, [(None, 1.0)] * 3)
    settle(qtbot, layer, "3 votes from 3 people so far")
    assert relayouts == []  # a new count is one line repainted, not the board laid out again
    # Another connection in the middle of a commit (as the room's process is): the window does not wait.
    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        with pytest.raises(FileBusyError), window.workshop.reads_without_waiting():
            votes.on_aspect("adoption")
        assert time.monotonic() - began < 0.5
        window.board_votes._changed(Change(frozenset({"votes"}), "adoption"))
        window.board_votes.refresh()
        assert "3 votes from 3 people" in layer.header.text.full  # kept until it can be read
        assert window.board_votes._timer.isActive()  # and read again shortly
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    cast(votes, opened.id, [(None, 2.0)])
    settle(qtbot, layer, "4 votes from 4 people so far")


def test_a_read_only_window_shows_the_votes_and_offers_no_actions(window, demo_workshop, qtbot):
    votes = Votes(demo_workshop)
    search = next(team.id for team in demo_workshop.teams() if team.name == "Search")
    opened = votes.open_round("adoption")
    cast(votes, opened.id, [(search, 0.2), (search, 3.2)])
    votes.reveal_round(opened.id)
    path = demo_workshop.path
    demo_workshop.close()
    assert window.open_path(path, read_only=True)
    window.page.show_aspect("adoption")
    assert window.votes_on_board()
    layer = layer_of(window)
    settle(qtbot, layer, "The room's votes")
    assert not window.median_action.isEnabled() and not window.vote_disagreement_action.isEnabled()
    menu = QMenu()
    window.board_votes.add_actions(menu, search)
    assert menu.actions() == []


def test_a_read_only_window_follows_votes_revealed_in_the_writing_one(tmp_path, pe_model, qtbot, settings):
    path = tmp_path / "shared.pemw"
    writer = Workshop.create(path, title="Shared", loaded_model=pe_model, team_names=["Payments"])
    from pem_desktop.ui.main_window import MainWindow

    follower = MainWindow(settings)
    qtbot.addWidget(follower)
    follower.show()
    try:
        assert follower.open_path(path, read_only=True)
        assert follower.votes_on_board()
        votes = Votes(writer)
        opened = votes.open_round(follower.page.aspect.id)
        cast(votes, opened.id, [(writer.teams()[0].id, 1.0), (writer.teams()[0].id, 2.5)])
        votes.reveal_round(opened.id)
        layer = layer_of(follower)
        qtbot.waitUntil(lambda: [row.name for row in layer.rows] == ["Payments"], timeout=15000)
    finally:
        follower.close_workshop()
        writer.close()


def test_board_type_shrinks_to_the_largest_step_that_fits(window, tmp_path, pe_model):
    from pem_desktop.ui.board import FIT_STEPS

    names = [f"Team {number}" for number in range(1, 31)]
    path = tmp_path / "tall.pemw"
    made = Workshop.create(path, title="Tall", loaded_model=pe_model, team_names=names)
    for index, team in enumerate(made.teams()):
        made.place_team(team.id, "investment", (index * 0.13) % 4)
    made.close()
    open_in(window, path)
    scene = window.page.scene
    for height in range(300, 1400, 90):
        scene.set_viewport_size(scene._viewport_size.__class__(1200, height))
        chosen = scene._fit
        expected = FIT_STEPS[-1]
        for step in FIT_STEPS:  # the one rule: the first (largest) step at which the board fits
            scene._fit = step
            if scene._layout_once() <= max(height, 240):
                expected = step
                break
        assert chosen == expected, height
        scene.relayout()


def test_the_qr_code_shows_the_rooms_link_module_by_module(qtbot):
    import segno

    from pem_desktop.ui.room_panel import QrCodeView

    view = QrCodeView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    link = "http://127.0.0.1:8765/#t=abcdefghijklmnopqrstuvwxyz012345"
    view.set_text(link)
    image = view.grab().toImage()
    matrix = segno.make(link, error="m").matrix
    modules = len(matrix) + 8
    unit = 400 // modules
    left = (400 - unit * modules) // 2
    for y, row in enumerate(matrix):
        for x, on in enumerate(row):
            colour = image.pixelColor(QPoint(left + (x + 4) * unit + unit // 2, left + (y + 4) * unit + unit // 2))
            assert (colour.lightness() < 128) == bool(on), (x, y)


def test_text_measurements_are_told_apart_by_letter_spacing():
    from PySide6.QtGui import QFont

    from pem_desktop.ui.text_fit import extent

    plain = QFont()
    plain.setPointSizeF(12)
    spaced = QFont(plain)
    spaced.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 150)
    assert extent(spaced, "OPERATIONAL", 1000, wrap=False)[0] > extent(plain, "OPERATIONAL", 1000, wrap=False)[0]


def test_only_votes_leave_the_audience_view_as_it_is(board, qtbot, monkeypatch):
    window, votes, opened, teams, _path = board
    window.audience_action.trigger()
    audience = window.audience
    refreshed = []
    monkeypatch.setattr(audience, "refresh", lambda: refreshed.append(1))
    cast(votes, opened.id, [(None, 1.0)])
    assert refreshed == []  # its layer follows the votes by itself
    window.page.scene.select_card(teams["Search"])
    QTest.keyClick(window.page.view, Qt.Key.Key_3)
    assert refreshed  # a move is shown as before
    window.audience_action.trigger()


def test_the_window_is_told_of_votes_when_another_program_changed_the_file(workshop):
    kinds = []
    workshop.subscribe(lambda change: kinds.append(change.kinds))
    workshop.announce_outside_change()
    assert "votes" in kinds[0]
