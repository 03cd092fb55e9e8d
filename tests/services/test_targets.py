"""Targets: set, moved, removed and restored in one transaction each; the gap and the spread."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.targets import (
    TargetSet,
    gap,
    remove_target,
    restore_target,
    set_target,
    spread,
    targets,
)
from pem_desktop.services.views import Change, TargetView
from pem_desktop.store.workshop_file import ReadOnlyError, WorkshopFileError


def stored(workshop: Workshop) -> list[tuple]:
    """The target rows as they are on disk, read behind the app's back."""
    with closing(sqlite3.connect(f"{workshop.path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(
            "SELECT aspect_id, team_id, position, due_date FROM target ORDER BY aspect_id, team_id"
        ).fetchall()


@pytest.fixture
def heard(workshop) -> list[Change]:
    changes: list[Change] = []
    workshop.subscribe(changes.append)
    return changes


def test_setting_a_target_is_on_disk_and_announced(workshop, heard):
    old = set_target(workshop, "investment", None, 2.5, date(2027, 6, 30))
    assert old is None
    assert stored(workshop) == [("investment", None, 2.5, "2027-06-30")]
    assert heard == [Change(frozenset({"targets"}), "investment", None)]


def test_moving_a_target_keeps_its_date_unless_given(workshop):
    set_target(workshop, "investment", None, 2.5, date(2027, 6, 30))
    old = set_target(workshop, "investment", None, 2.8)
    assert (old.position, old.due_date) == (2.5, date(2027, 6, 30))
    assert stored(workshop) == [("investment", None, 2.8, "2027-06-30")]
    set_target(workshop, "investment", None, 2.8, None)
    assert stored(workshop) == [("investment", None, 2.8, None)]


def test_one_target_per_aspect_for_the_organisation_and_for_each_team(workshop):
    payments, search, _ = (team.id for team in workshop.teams())
    set_target(workshop, "investment", None, 2.5)
    set_target(workshop, "investment", payments, 3.5)
    set_target(workshop, "investment", search, 1.5)
    set_target(workshop, "investment", payments, 3.0)
    set_target(workshop, "adoption", None, 2.0)
    assert stored(workshop) == [
        ("adoption", None, 2.0, None),
        ("investment", None, 2.5, None),
        ("investment", payments, 3.0, None),
        ("investment", search, 1.5, None),
    ]
    path = workshop.path
    workshop.close()
    with closing(sqlite3.connect(path)) as connection:  # a second one, written behind the app's back
        connection.execute(
            "INSERT INTO target (aspect_id, team_id, position, created_at, updated_at) "
            "VALUES ('investment', NULL, 1.0, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
        connection.commit()
    with pytest.raises(WorkshopFileError, match="a second target for the same aspect and team"):
        Workshop.open(path)


def test_positions_are_clamped_to_the_continuum_and_bad_input_is_refused(workshop):
    set_target(workshop, "investment", None, 9)
    assert stored(workshop) == [("investment", None, 4.0, None)]
    with pytest.raises(InvalidInputError, match="no aspect"):
        set_target(workshop, "nowhere", None, 2)
    with pytest.raises(InvalidInputError, match="no team"):
        set_target(workshop, "investment", 999, 2)
    with pytest.raises(InvalidInputError, match="finite"):
        set_target(workshop, "investment", None, float("nan"))
    with pytest.raises(InvalidInputError, match="date"):
        set_target(workshop, "investment", None, 2, "tomorrow")
    assert stored(workshop) == [("investment", None, 4.0, None)]


def test_remove_and_restore_put_back_exactly_what_was_there(workshop, heard):
    payments = workshop.teams()[0].id
    set_target(workshop, "operations", payments, 2.25, date(2027, 1, 15))
    before = targets(workshop)
    removed = remove_target(workshop, "operations", payments)
    assert removed == before[0] and stored(workshop) == []
    assert remove_target(workshop, "operations", payments) is None  # nothing to remove: nothing happens
    restore_target(workshop, "operations", payments, removed)
    assert targets(workshop) == before
    restore_target(workshop, "operations", payments, None)
    assert targets(workshop) == []
    with pytest.raises(InvalidInputError):
        restore_target(workshop, "adoption", payments, removed)  # a target belongs to its own scope
    assert len(heard) == 4


def test_targets_survive_reopening(workshop):
    path = workshop.path
    set_target(workshop, "measurement", None, 1.5, date(2027, 3, 31))
    workshop.close()
    reopened = Workshop.open(path)
    try:
        assert [(t.aspect_id, t.team_id, t.position, t.due_date) for t in targets(reopened)] == [
            ("measurement", None, 1.5, date(2027, 3, 31))
        ]
    finally:
        reopened.close()
    read_only = Workshop.open(path, read_only=True)
    try:
        with pytest.raises(ReadOnlyError):
            set_target(read_only, "measurement", None, 2.5)
    finally:
        read_only.close()


def test_a_team_without_its_own_target_works_toward_the_organisations():
    book = TargetSet(
        [TargetView("investment", None, 2.5), TargetView("investment", 7, 3.5), TargetView("adoption", 8, 1.5)]
    )
    assert book.for_team("investment", 7).position == 3.5
    assert book.for_team("investment", 8).position == 2.5
    assert book.for_team("adoption", 7) is None
    assert book.for_team("adoption", 8).position == 1.5
    assert book.organisation("adoption") is None and book.own("investment", 7).position == 3.5
    assert len(book) == 3


def test_gap_is_target_minus_current_in_levels():
    assert gap(TargetView("a", None, 2.5), 1.2) == 1.3
    assert gap(2.0, 2.6) == -0.6
    assert gap(None, 1.0) is None and gap(2.0, None) is None


def test_spread_is_lowest_median_highest():
    assert spread([]) is None
    single = spread([2.0])
    assert (single.lowest, single.median, single.highest, single.count) == (2.0, 2.0, 2.0, 1)
    measured = spread([0.5, 2.5, 1.0, 3.1])
    assert (measured.lowest, measured.median, measured.highest, measured.count) == (0.5, 1.75, 3.1, 4)
    odd = spread([1.0, 3.0, 2.0])
    assert (odd.lowest, odd.median, odd.highest) == (1.0, 2.0, 3.0)
