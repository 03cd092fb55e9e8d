"""Scale limits in the GUI: the large workshop (200 teams, 2,000 actions, 100 disagreements) opens on the board."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from ui_helpers import card_point, drag, open_in, stored_position

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services.large import write_large_workshop
from pem_desktop.ui.board import TeamCard


@pytest.fixture(scope="module")
def large_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large-gui") / "large.pemw"
    write_large_workshop(path, bundled_model("cncf-platform-engineering")).close()
    return path


@pytest.fixture
def large_path(large_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "large.pemw"
    shutil.copyfile(large_file, copy)
    return copy


def test_the_large_workshop_opens_with_200_cards_on_the_board(window, large_path):
    open_in(window, large_path)
    page = window.page
    cards = [item for item in page.scene.items() if isinstance(item, TeamCard)]
    assert len(cards) == len(page.scene.cards) == 200
    assert all(card.position is not None for card in cards)  # every team is placed on every aspect
    assert all(card.isVisible() and page.scene.sceneRect().contains(card.sceneBoundingRect()) for card in cards)
    assert page.action_list.list.count() == len(window.workshop.actions(page.aspect.id)) > 300
    assert page.disagreement_list.list.count() == 20
    image = page.view.viewport().grab()  # paints every item once
    assert not image.isNull()
    for index in range(1, len(page.model.aspects)):  # every aspect, then the overview and all actions
        page.show_aspect(page.model.aspects[index].id)
        assert len(page.scene.cards) == 200
    page.show_overview()
    page.show_all_actions()
    QTest.qWait(10)


def test_a_card_on_the_large_board_can_be_dragged_and_the_move_is_saved(window, large_path):
    open_in(window, large_path)
    page = window.page
    team_id = page.scene.ordered_cards()[0].team.id
    aspect = page.aspect.id
    before = page.scene.cards[team_id].position
    start = card_point(window, team_id)
    drag(page.view.viewport(), start, start + QPoint(120, 0), steps=10)
    after = stored_position(large_path, team_id, aspect)
    assert after is not None and after > before
    assert window.undo_stack.count() == 1
