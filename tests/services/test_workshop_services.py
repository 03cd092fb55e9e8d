"""Each use case on a workshop: what the user does, what is on disk afterwards, and what listeners hear."""

from __future__ import annotations

import math
import re
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services import workshop as workshop_module
from pem_desktop.services.targets import set_target, targets
from pem_desktop.services.views import Change, Viewpoint
from pem_desktop.store.workshop_file import ReadOnlyError


def reopen(workshop: Workshop) -> Workshop:
    """Close the workshop and open its file again, so assertions see what is on disk."""
    path = workshop.path
    workshop.close()
    return Workshop.open(path)


def snapshot(workshop: Workshop) -> dict:
    return {
        "info": workshop.info(),
        "teams": workshop.teams(),
        "placements": sorted(workshop.placements(), key=lambda p: (p.team_id, p.aspect_id)),
        "moves": workshop.moves(),
        "disagreements": workshop.disagreements(),
        "actions": workshop.actions(),
    }


def stored(path: Path, query: str, *args) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(query, args).fetchall()


@pytest.fixture
def changes(workshop) -> list[Change]:
    heard: list[Change] = []
    workshop.subscribe(heard.append)
    return heard


def team_id(workshop: Workshop, name: str) -> int:
    return next(team.id for team in workshop.teams() if team.name == name)


def two_views(low: float = 1.2, high: float = 2.4) -> list[Viewpoint]:
    return [Viewpoint("Platform team", low, "Still reactive."), Viewpoint("CTO office", high, "Funded since May.")]


# -- teams ------------------------------------------------------------------------------------------


def test_add_team_is_stored_with_a_fresh_colour_at_the_end(workshop, changes):
    colours = {team.colour for team in workshop.teams()}
    team = workshop.add_team("  Data   platform ")

    assert team.name == "Data platform"
    assert team.colour not in colours
    assert changes == [Change(frozenset({"teams"}), None, team.id)]
    again = reopen(workshop)
    try:
        assert [t.name for t in again.teams()] == ["Payments", "Search", "Mobile", "Data platform"]
        assert again.team(team.id) == team
    finally:
        again.close()


def test_add_team_with_a_colour(workshop):
    team = workshop.add_team("Identity", "#1e88e5")
    assert team.colour == "#1E88E5"
    with pytest.raises(InvalidInputError, match="not a colour"):
        workshop.add_team("Billing", "blue")
    assert "Billing" not in [t.name for t in workshop.teams()]


@pytest.mark.parametrize("name", ["Payments", "payments", "PAYMENTS", "  payments  ", "pAyMeNtS"])
def test_duplicate_team_names_are_refused_case_insensitively(workshop, changes, name):
    before = workshop.teams()
    with pytest.raises(InvalidInputError, match="already a team called"):
        workshop.add_team(name)
    search = team_id(workshop, "Search")
    with pytest.raises(InvalidInputError, match="already a team called"):
        workshop.rename_team(search, name)
    assert workshop.teams() == before
    assert changes == []


def test_empty_or_too_long_team_name_is_refused(workshop):
    with pytest.raises(InvalidInputError, match="must not be empty"):
        workshop.add_team(" \t\n ")
    with pytest.raises(InvalidInputError, match="longer than 80"):
        workshop.add_team("x" * 81)
    assert workshop.add_team("y" * 80).name == "y" * 80


def test_rename_team(workshop, changes):
    search = team_id(workshop, "Search")
    assert workshop.rename_team(search, "Search & Discovery") == "Search"
    # changing only the case of its own name is fine
    payments = team_id(workshop, "Payments")
    assert workshop.rename_team(payments, "PAYMENTS") == "Payments"
    assert changes == [Change(frozenset({"teams"}), None, search), Change(frozenset({"teams"}), None, payments)]
    again = reopen(workshop)
    try:
        assert [t.name for t in again.teams()] == ["PAYMENTS", "Search & Discovery", "Mobile"]
    finally:
        again.close()


def test_recolour_team(workshop, changes):
    mobile = workshop.teams()[2]
    assert workshop.recolour_team(mobile.id, "#00ff00") == mobile.colour
    with pytest.raises(InvalidInputError):
        workshop.recolour_team(mobile.id, "#00ff0")
    assert changes == [Change(frozenset({"teams"}), None, mobile.id)]
    again = reopen(workshop)
    try:
        assert again.team(mobile.id).colour == "#00FF00"
    finally:
        again.close()


def test_reorder_team(workshop, changes):
    mobile = team_id(workshop, "Mobile")
    assert workshop.reorder_team(mobile, 0) == 2
    assert [t.name for t in workshop.teams()] == ["Mobile", "Payments", "Search"]
    assert workshop.reorder_team(mobile, 99) == 0  # beyond the end: last
    assert [t.name for t in workshop.teams()] == ["Payments", "Search", "Mobile"]
    assert workshop.reorder_team(mobile, 1) == 2
    assert changes == [Change(frozenset({"teams"}), None, mobile)] * 3
    again = reopen(workshop)
    try:
        assert [t.name for t in again.teams()] == ["Payments", "Mobile", "Search"]
        assert [t.order for t in again.teams()] == [0, 1, 2]
    finally:
        again.close()


def test_unknown_team_is_refused(workshop):
    for call in (
        lambda: workshop.rename_team(999, "X"),
        lambda: workshop.recolour_team(999, "#000000"),
        lambda: workshop.reorder_team(999, 0),
        lambda: workshop.remove_team(999),
        lambda: workshop.place_team(999, "investment", 1.0),
        lambda: workshop.add_action("investment", "Do it", team_id=999),
    ):
        with pytest.raises(InvalidInputError, match="no team with id 999"):
            call()


def _furnish(workshop: Workshop) -> tuple[int, int]:
    """Give Search placements, history, disagreements and actions; one org-wide item of each too."""
    search, mobile = team_id(workshop, "Search"), team_id(workshop, "Mobile")
    workshop.place_team(search, "investment", 1.5)
    workshop.place_team(search, "investment", 1.75)
    workshop.place_team(search, "adoption", 0.5)
    workshop.place_team(mobile, "investment", 2.5)
    resolved = workshop.record_disagreement("investment", two_views(), team_id=search, topic="Funded?")
    workshop.resolve_disagreement(resolved.id, "Late Operational.", 1.9)
    workshop.record_disagreement("adoption", two_views(0.4, 1.1), team_id=search, topic="Push?")
    workshop.record_disagreement("adoption", two_views(), topic="Organisation-wide")
    workshop.add_action(
        "investment", "Fund Search's platform work", team_id=search, owner="VP", due_date=date(2027, 1, 5)
    )
    workshop.add_action("adoption", "Office hours", owner="PM")
    workshop.add_action("adoption", "Golden path for Search", team_id=search, status="in progress")
    workshop.add_action("investment", "Mobile budget", team_id=mobile)
    return search, mobile


def test_remove_team_takes_its_data_and_restore_puts_back_the_same(workshop, changes):
    search, _ = _furnish(workshop)
    set_target(workshop, "investment", None, 2.5)
    set_target(workshop, "investment", search, 3.2, date(2027, 3, 1))
    before = snapshot(workshop)
    targets_before = targets(workshop)
    changes.clear()

    removed = workshop.remove_team(search)

    assert [t.name for t in workshop.teams()] == ["Payments", "Mobile"]
    assert all(p.team_id != search for p in workshop.placements())
    assert all(m.team_id != search for m in workshop.moves())
    assert [d.topic for d in workshop.disagreements()] == ["Organisation-wide"]
    assert [a.title for a in workshop.actions()] == ["Office hours", "Mobile budget"]
    assert len(removed.placements) == 2 and len(removed.moves) == 3
    assert len(removed.disagreements) == 2 and len(removed.actions) == 2
    assert stored(workshop.path, "SELECT count(*) FROM viewpoint") == [(2,)]  # only the org-wide one's
    assert [t.team_id for t in targets(workshop)] == [None] and [t.team_id for t in removed.targets] == [search]

    restored = workshop.restore_team(removed)

    after = snapshot(workshop)
    assert restored == removed.team
    assert [(t.id, t.name, t.colour) for t in after["teams"]] == [(t.id, t.name, t.colour) for t in before["teams"]]
    assert workshop.team(search) == before["teams"][1]
    for key in ("placements", "moves", "disagreements", "actions", "info"):
        assert after[key] == before[key], key
    assert targets(workshop) == targets_before
    all_kinds = frozenset({"teams", "placements", "disagreements", "actions", "votes", "targets", "answers"})
    assert changes == [Change(all_kinds, None, search), Change(all_kinds, None, search)]

    again = reopen(workshop)
    try:
        on_disk = snapshot(again)
        for key in ("placements", "moves", "disagreements", "actions"):
            assert on_disk[key] == before[key], key
        assert [t.name for t in on_disk["teams"]] == ["Payments", "Search", "Mobile"]
    finally:
        again.close()


def test_restore_team_twice_is_refused(workshop):
    removed = workshop.remove_team(team_id(workshop, "Mobile"))
    workshop.restore_team(removed)
    with pytest.raises(InvalidInputError, match="already there"):
        workshop.restore_team(removed)
    assert [t.name for t in workshop.teams()] == ["Payments", "Search", "Mobile"]


def test_restore_team_refused_when_its_name_was_taken_meanwhile(workshop):
    removed = workshop.remove_team(team_id(workshop, "Mobile"))
    workshop.add_team("mobile")
    with pytest.raises(InvalidInputError):
        workshop.restore_team(removed)
    assert [t.name for t in workshop.teams()] == ["Payments", "Search", "mobile"]


# -- placements --------------------------------------------------------------------------------


def test_place_move_and_unplace_a_team_with_history(workshop, changes):
    search = team_id(workshop, "Search")
    assert workshop.place_team(search, "adoption", 1.5) is None
    assert workshop.place_team(search, "adoption", 2.25) == 1.5
    assert workshop.place_team(search, "adoption", None) == 2.25
    assert workshop.place_team(search, "adoption", None) is None  # already off: nothing happens
    assert workshop.place_team(search, "investment", 0.8) is None

    assert workshop.position_of(search, "adoption") is None
    history = [(m.aspect_id, m.from_position, m.to_position) for m in workshop.moves(search)]
    assert history == [
        ("adoption", None, 1.5),
        ("adoption", 1.5, 2.25),
        ("adoption", 2.25, None),
        ("investment", None, 0.8),
    ]
    assert changes == [Change(frozenset({"placements"}), "adoption", search)] * 3 + [
        Change(frozenset({"placements"}), "investment", search)
    ]
    again = reopen(workshop)
    try:
        assert [(p.team_id, p.aspect_id, p.position) for p in again.placements()] == [(search, "investment", 0.8)]
        assert [(m.from_position, m.to_position) for m in again.moves(search, "adoption")] == [
            (None, 1.5),
            (1.5, 2.25),
            (2.25, None),
        ]
    finally:
        again.close()


def test_placing_at_the_same_position_records_nothing(workshop, changes):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "adoption", 1.5)
    changes.clear()
    assert workshop.place_team(search, "adoption", 1.5) == 1.5
    assert len(workshop.moves(search)) == 1
    assert changes == []


def test_undo_place_team_restores_position_and_drops_the_last_history_row(workshop, changes):
    search, mobile = team_id(workshop, "Search"), team_id(workshop, "Mobile")
    workshop.place_team(search, "adoption", 1.5)
    workshop.place_team(mobile, "adoption", 3.0)  # another team's history must stay
    old = workshop.place_team(search, "adoption", 2.75)
    changes.clear()

    workshop.undo_place_team(search, "adoption", old)

    assert workshop.position_of(search, "adoption") == 1.5
    assert [(m.team_id, m.from_position, m.to_position) for m in workshop.moves(aspect_id="adoption")] == [
        (search, None, 1.5),
        (mobile, None, 3.0),
    ]
    assert changes == [Change(frozenset({"placements"}), "adoption", search)]

    workshop.undo_place_team(search, "adoption", None)  # undo the very first placement
    assert workshop.position_of(search, "adoption") is None
    assert workshop.moves(search) == []
    assert workshop.position_of(mobile, "adoption") == 3.0

    again = reopen(workshop)
    try:
        assert again.position_of(search, "adoption") is None
        assert [(m.team_id, m.to_position) for m in again.moves()] == [(mobile, 3.0)]
    finally:
        again.close()


def test_undo_of_taking_a_team_off_puts_it_back(workshop):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "operations", 2.5)
    old = workshop.place_team(search, "operations", None)
    workshop.undo_place_team(search, "operations", old)
    assert workshop.position_of(search, "operations") == 2.5
    assert [(m.from_position, m.to_position) for m in workshop.moves(search)] == [(None, 2.5)]


@pytest.mark.parametrize(("given", "kept"), [(-0.5, 0.0), (-1e9, 0.0), (4.5, 4.0), (1e9, 4.0), (4.0, 4.0), (0, 0.0)])
def test_positions_are_clamped_to_the_model(workshop, given, kept):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "interfaces", given)
    assert workshop.position_of(search, "interfaces") == kept
    assert workshop.moves(search)[-1].to_position == kept
    assert stored(workshop.path, "SELECT position FROM placement WHERE team_id = ?", search) == [(kept,)]


def test_positions_are_rounded_to_four_decimals(workshop):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "interfaces", 1.234567)
    assert workshop.position_of(search, "interfaces") == 1.2346


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "high", None, object()])
def test_invalid_positions_are_refused(workshop, changes, bad):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "interfaces", 1.0)
    changes.clear()
    before = workshop.path.read_bytes()
    with pytest.raises(InvalidInputError):
        if bad is None:  # None means "take off" for place_team; use it where a number is required
            workshop.record_disagreement("interfaces", [Viewpoint("a", None), Viewpoint("b", 1.0)])
        else:
            workshop.place_team(search, "interfaces", bad)
    assert workshop.position_of(search, "interfaces") == 1.0
    assert len(workshop.moves(search)) == 1
    assert workshop.path.read_bytes() == before
    assert changes == []


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_invalid_positions_are_refused_everywhere(workshop, bad):
    search = team_id(workshop, "Search")
    with pytest.raises(InvalidInputError):
        workshop.record_disagreement("adoption", [Viewpoint("a", bad), Viewpoint("b", 1.0)])
    disagreement = workshop.record_disagreement("adoption", two_views())
    with pytest.raises(InvalidInputError):
        workshop.resolve_disagreement(disagreement.id, "Agreed", bad)
    with pytest.raises(InvalidInputError):
        workshop.undo_place_team(search, "adoption", bad)
    assert workshop.disagreement(disagreement.id).status == "open"
    assert workshop.position_of(search, "adoption") is None


def test_unknown_aspect_is_refused(workshop):
    search = team_id(workshop, "Search")
    with pytest.raises(InvalidInputError, match="no aspect 'culture'"):
        workshop.place_team(search, "culture", 1.0)
    with pytest.raises(InvalidInputError, match="no aspect"):
        workshop.record_disagreement("culture", two_views())
    with pytest.raises(InvalidInputError, match="no aspect"):
        workshop.add_action("culture", "Do it")
    assert workshop.placements() == [] and workshop.disagreements() == [] and workshop.actions() == []


# -- disagreements -------------------------------------------------------------------------------


def test_record_disagreement_needs_two_viewpoints(workshop, changes):
    for points in ([], [Viewpoint("Only one", 1.0, "alone")]):
        with pytest.raises(InvalidInputError, match="at least two viewpoints"):
            workshop.record_disagreement("adoption", points)
    assert workshop.disagreements() == []
    assert changes == []


def test_disagreement_lifecycle(workshop, changes):
    search = team_id(workshop, "Search")
    recorded = workshop.record_disagreement(
        "adoption",
        [
            Viewpoint("Mobile leads", 2.4, "Teams ask to join."),
            Viewpoint("SRE", 9.0, "Mandated."),
            Viewpoint("PM", 2, ""),
        ],
        team_id=search,
        topic="Pull or push?",
    )
    assert recorded.status == "open" and recorded.is_open
    assert [(v.holder, v.position) for v in recorded.viewpoints] == [("Mobile leads", 2.4), ("SRE", 4.0), ("PM", 2.0)]

    old = workshop.edit_disagreement(recorded.id, topic="Pull, or push?", viewpoints=two_views(1.0, 2.0))
    assert old == recorded
    edited = workshop.disagreement(recorded.id)
    assert edited.topic == "Pull, or push?"
    assert [v.holder for v in edited.viewpoints] == ["Platform team", "CTO office"]

    with pytest.raises(InvalidInputError, match="at least two"):
        workshop.edit_disagreement(recorded.id, viewpoints=[Viewpoint("x", 1.0)])
    assert workshop.disagreement(recorded.id) == edited

    workshop.resolve_disagreement(recorded.id, "Both: new services pull.", 2.1)
    resolved = workshop.disagreement(recorded.id)
    assert (resolved.status, resolved.resolution, resolved.resolved_position) == (
        "resolved",
        "Both: new services pull.",
        2.1,
    )
    assert not resolved.is_open

    workshop.reopen_disagreement(recorded.id)
    assert workshop.disagreement(recorded.id).status == "open"

    before_delete = workshop.disagreement(recorded.id)
    deleted = workshop.delete_disagreement(recorded.id)
    assert deleted == before_delete
    assert workshop.disagreements() == []
    assert stored(workshop.path, "SELECT count(*) FROM viewpoint") == [(0,)]

    workshop.restore_disagreement(deleted)
    assert workshop.disagreements() == [before_delete]

    kinds = {change.kinds for change in changes}
    assert kinds == {frozenset({"disagreements"})}
    assert [(c.aspect_id, c.team_id) for c in changes] == [("adoption", search)] * 6

    again = reopen(workshop)
    try:
        assert again.disagreements() == [before_delete]
        assert again.disagreements(aspect_id="investment") == []
        assert again.disagreements(team_id=search) == [before_delete]
    finally:
        again.close()


def test_undo_an_edit_by_restoring_the_old_disagreement(workshop):
    recorded = workshop.record_disagreement("measurement", two_views(), topic="Do we measure?")
    old = workshop.edit_disagreement(recorded.id, topic="Changed", viewpoints=two_views(0.1, 3.9))
    workshop.restore_disagreement(old)
    assert workshop.disagreement(recorded.id) == recorded


def test_unknown_disagreement_is_refused(workshop):
    with pytest.raises(InvalidInputError, match="no disagreement with id 42"):
        workshop.resolve_disagreement(42, "x")
    with pytest.raises(InvalidInputError, match="no disagreement"):
        workshop.delete_disagreement(42)


# -- actions ----------------------------------------------------------------------------------------


def test_action_lifecycle(workshop, changes):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "interfaces", 1.5)
    changes.clear()

    action = workshop.add_action(
        "interfaces",
        "Self-service environments",
        team_id=search,
        detail="Replace the ticket with a form.",
        owner="Jonas Weber",
        due_date=date(2027, 2, 1),
    )
    assert action.target_level_id == "scalable"  # the level adjacent above Operational
    assert (action.status, action.owner, action.due_date) == ("agreed", "Jonas Weber", date(2027, 2, 1))

    second = workshop.add_action("interfaces", "One CLI", target_level_id=None, status="proposed")
    assert second.target_level_id is None and second.order > action.order

    old = workshop.edit_action(action.id, title="Self-service environments for Search", status="in progress")
    assert old == action
    edited = workshop.action(action.id)
    assert (edited.title, edited.status, edited.owner) == (
        "Self-service environments for Search",
        "in progress",
        "Jonas Weber",
    )

    assert workshop.complete_action(action.id) == edited
    done = workshop.action(action.id)
    assert done.status == "done"

    deleted = workshop.delete_action(action.id)
    assert deleted == done
    assert [a.id for a in workshop.actions()] == [second.id]

    workshop.restore_action(deleted)
    assert workshop.actions() == [done, workshop.action(second.id)]

    assert {c.kinds for c in changes} == {frozenset({"actions"})}
    assert [(c.aspect_id, c.team_id) for c in changes] == [("interfaces", search), ("interfaces", None)] + [
        ("interfaces", search)
    ] * 4

    again = reopen(workshop)
    try:
        assert again.action(action.id) == done
        assert [a.title for a in again.actions(aspect_id="interfaces")] == [
            "Self-service environments for Search",
            "One CLI",
        ]
        assert [a.title for a in again.actions(team_id=search)] == ["Self-service environments for Search"]
    finally:
        again.close()


def test_invalid_action_fields_are_refused(workshop, changes):
    with pytest.raises(InvalidInputError, match="title must not be empty"):
        workshop.add_action("investment", "   ")
    with pytest.raises(InvalidInputError, match="no level 'legendary'"):
        workshop.add_action("investment", "Go", target_level_id="legendary")
    with pytest.raises(InvalidInputError, match="status is one of"):
        workshop.add_action("investment", "Go", status="maybe")
    with pytest.raises(InvalidInputError, match="due date must be a date"):
        workshop.add_action("investment", "Go", due_date="2027-01-01")
    action = workshop.add_action("investment", "Go")
    with pytest.raises(InvalidInputError, match="unknown action field"):
        workshop.edit_action(action.id, priority="high")
    with pytest.raises(InvalidInputError, match="status is one of"):
        workshop.edit_action(action.id, status="finished")
    assert workshop.actions() == [action]
    assert len(changes) == 1


def test_edit_action_moves_it_to_another_aspect_and_team(workshop):
    mobile = team_id(workshop, "Mobile")
    action = workshop.add_action("investment", "Budget line", target_level_id="operational")
    workshop.edit_action(action.id, aspect_id="operations", team_id=mobile, target_level_id="scalable")
    moved = workshop.action(action.id)
    assert (moved.aspect_id, moved.team_id, moved.target_level_id) == ("operations", mobile, "scalable")
    with pytest.raises(InvalidInputError, match="no aspect"):
        workshop.edit_action(action.id, aspect_id="nowhere")
    assert workshop.action(action.id) == moved


# -- the default target level ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "target"),
    [
        (0.0, "operational"),
        (0.3, "operational"),
        (0.95, "operational"),  # between Provisional and Operational: toward Operational
        (1.0, "operational"),
        (1.05, "operational"),
        (1.1, "operational"),
        (1.15, "scalable"),
        (1.5, "scalable"),
        (1.95, "scalable"),
        (2.0, "scalable"),
        (2.05, "scalable"),
        (2.2, "optimizing"),
        (3.0, "optimizing"),  # between Scalable and Optimizing
        (3.1, "optimizing"),
        (3.15, None),
        (3.5, None),
        (4.0, None),
    ],
)
def test_default_target_level_is_the_level_the_team_is_heading_toward(workshop, position, target):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "adoption", position)
    assert workshop.default_target_level(search, "adoption") == target
    assert workshop.add_action("adoption", "Next step", team_id=search).target_level_id == target


def test_default_target_level_without_a_position(workshop):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "investment", 1.5)  # placed elsewhere only
    assert workshop.default_target_level(search, "adoption") is None
    assert workshop.default_target_level(None, "adoption") is None
    assert workshop.add_action("adoption", "Organisation-wide").target_level_id is None
    assert workshop.add_action("adoption", "Unplaced team", team_id=search).target_level_id is None


def test_default_target_level_on_a_five_level_model(tmp_path, cn_model):
    workshop = Workshop.create(tmp_path / "cn.pemw", title="CN", loaded_model=cn_model, team_names=["Core"])
    try:
        core = workshop.teams()[0].id
        aspect = cn_model.model.aspects[0].id
        workshop.place_team(core, aspect, 3.5)
        assert workshop.default_target_level(core, aspect) == cn_model.model.levels[4].id
        workshop.place_team(core, aspect, 4.5)
        assert workshop.default_target_level(core, aspect) is None
    finally:
        workshop.close()


# -- the workshop itself -------------------------------------------------------------------------------


def test_update_info(workshop, changes):
    old = workshop.update_info(
        title="Follow-up workshop", workshop_date=date(2027, 5, 4), facilitator="Sam", participants="All leads"
    )
    assert old.title == "Test workshop"
    assert changes == [Change(frozenset({"workshop"}))]
    with pytest.raises(InvalidInputError, match="title must not be empty"):
        workshop.update_info(title="")
    with pytest.raises(InvalidInputError, match="unknown workshop field"):
        workshop.update_info(venue="Room 4")
    with pytest.raises(InvalidInputError, match="date must be a date"):
        workshop.update_info(workshop_date="tomorrow")
    again = reopen(workshop)
    try:
        info = again.info()
        assert (info.title, info.workshop_date, info.facilitator, info.participants, info.organisation) == (
            "Follow-up workshop",
            date(2027, 5, 4),
            "Sam",
            "All leads",
            "Test org",
        )
        assert info.updated_at >= info.created_at
    finally:
        again.close()


def test_listeners_can_unsubscribe(workshop):
    heard: list[Change] = []
    workshop.subscribe(heard.append)
    workshop.add_team("One")
    workshop.unsubscribe(heard.append)
    workshop.add_team("Two")
    assert len(heard) == 1


def test_read_only_workshop_refuses_changes_and_stays_unchanged(workshop):
    path = workshop.path
    workshop.close()
    before = path.read_bytes()
    read_only = Workshop.open(path, read_only=True)
    try:
        assert read_only.read_only
        with pytest.raises(ReadOnlyError, match="read-only"):
            read_only.add_team("Sneaky")
        with pytest.raises(ReadOnlyError):
            read_only.place_team(read_only.teams()[0].id, "investment", 1.0)
        assert [t.name for t in read_only.teams()] == ["Payments", "Search", "Mobile"]
    finally:
        read_only.close()
    assert path.read_bytes() == before


# -- a failure in the middle of a call changes nothing -----------------------------------------------------


class Boom(RuntimeError):
    pass


def _explode(*args, **kwargs):
    raise Boom("the machine fell over half-way")


def test_failure_after_writing_an_action_leaves_the_file_unchanged(workshop, changes, monkeypatch):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "adoption", 1.5)
    changes.clear()
    path = workshop.path
    before_bytes, before = path.read_bytes(), snapshot(workshop)

    # _action_view runs inside the transaction, after the new row has been flushed to SQLite.
    monkeypatch.setattr(workshop_module, "_action_view", _explode)
    with pytest.raises(Boom):
        workshop.add_action("adoption", "Half-written", team_id=search)
    monkeypatch.undo()

    assert path.read_bytes() == before_bytes
    assert snapshot(workshop) == before
    assert changes == []
    # the workshop is still usable afterwards
    workshop.add_action("adoption", "Written properly", team_id=search)
    assert [a.title for a in workshop.actions()] == ["Written properly"]


def test_failure_half_way_through_restoring_a_team_leaves_the_file_unchanged(workshop, monkeypatch):
    search, _ = _furnish(workshop)
    removed = workshop.remove_team(search)
    path = workshop.path
    before_bytes, before = path.read_bytes(), snapshot(workshop)

    # The team, its placements, history and disagreements are in the session when the actions fail.
    monkeypatch.setattr(workshop_module, "_insert_action", _explode)
    with pytest.raises(Boom):
        workshop.restore_team(removed)
    monkeypatch.undo()

    assert path.read_bytes() == before_bytes
    assert snapshot(workshop) == before
    assert [t.name for t in workshop.teams()] == ["Payments", "Mobile"]
    workshop.restore_team(removed)
    assert [t.name for t in workshop.teams()] == ["Payments", "Search", "Mobile"]


def test_failure_while_moving_a_team_leaves_the_file_unchanged(workshop, changes, monkeypatch):
    search = team_id(workshop, "Search")
    workshop.place_team(search, "operations", 1.0)
    changes.clear()
    path = workshop.path
    before_bytes = path.read_bytes()

    monkeypatch.setattr(workshop_module.plain, "add_move", _explode)  # after the placement row was written
    with pytest.raises(Boom):
        workshop.place_team(search, "operations", 3.0)
    monkeypatch.undo()

    assert path.read_bytes() == before_bytes
    assert workshop.position_of(search, "operations") == 1.0
    assert changes == []
    again = reopen(workshop)
    try:
        assert again.position_of(search, "operations") == 1.0
        assert len(again.moves(search)) == 1
    finally:
        again.close()


# -- odd text -------------------------------------------------------------------------------------------

EMOJI = "🚀 Platform 👩‍👩‍👧 ✅"
RTL = "فريق المنصة — צוות הפלטפורמה"
MARKUP = "<b>Bold</b> & <i>co</i> &amp; 'quotes' \"double\" \\back"


def test_odd_text_round_trips_through_actions_and_info(workshop):
    search = team_id(workshop, "Search")
    detail = f"{RTL}\nline two\twith a tab\r\nwindows line\x00NUL\x07bell\x1bescape\x7fdel"
    long_notes = ("Zürich ümlaut 日本語 " * 600)[:10_000]
    assert len(long_notes) == 10_000

    action = workshop.add_action(
        "interfaces",
        f"{EMOJI} {MARKUP}",
        team_id=search,
        detail=detail,
        owner=f"{RTL}\x00",
    )
    workshop.update_info(
        title=f"{MARKUP}\x00",
        organisation=EMOJI,
        facilitator="Zoë O'Brien-Łukasiewicz",
        participants=f"{RTL}\n{EMOJI}",
        notes=long_notes,
    )

    expected_detail = f"{RTL}\nline two\twith a tab\nwindows lineNULbellescapedel"
    assert action.detail == expected_detail
    assert action.title == f"{EMOJI} {MARKUP}"
    assert action.owner == RTL

    again = reopen(workshop)
    try:
        stored_action = again.action(action.id)
        info = again.info()
    finally:
        again.close()
    assert stored_action == action
    assert info.title == MARKUP
    assert info.organisation == EMOJI
    assert info.facilitator == "Zoë O'Brien-Łukasiewicz"
    assert info.participants == f"{RTL}\n{EMOJI}"
    assert info.notes == long_notes.strip()
    [(raw_detail, nul, bell)] = stored(
        workshop.path, "SELECT detail, instr(detail, char(0)), instr(detail, char(7)) FROM action"
    )
    assert raw_detail == expected_detail
    assert (nul, bell) == (0, 0)


def test_single_line_fields_collapse_line_breaks(workshop):
    team = workshop.add_team("Data\nplatform\tteam")
    assert team.name == "Data platform team"
    action = workshop.add_action("measurement", "Survey\nevery\r\nquarter", owner="Platform\tPM")
    assert (action.title, action.owner) == ("Survey every quarter", "Platform PM")


def test_lone_surrogates_do_not_break_the_file(workshop):
    action = workshop.add_action("measurement", "Broken \ud800 text", detail="tail \udfff end")
    assert "\ud800" not in action.title and action.title.startswith("Broken ")
    again = reopen(workshop)
    try:
        assert again.action(action.id) == action
    finally:
        again.close()


def test_text_limits(workshop):
    with pytest.raises(InvalidInputError, match="longer than 300"):
        workshop.add_action("measurement", "t" * 301)
    with pytest.raises(InvalidInputError, match="longer than 100000"):
        workshop.update_info(notes="n" * 100_001)
    workshop.update_info(notes="n" * 100_000)
    assert len(workshop.info().notes) == 100_000


def test_a_change_made_by_another_program_names_every_kind_the_services_announce(workshop):
    sources = Path(workshop_module.__file__).parent.glob("*.py")
    calls = [call for source in sources for call in re.findall(r"_changed\(([^)]*)\)", source.read_text())]
    announced = {kind for call in calls for kind in re.findall(r'"(\w+)"', call)}
    assert {"placements", "targets", "reviews", "answers", "votes"} <= announced
    heard: list[Change] = []
    workshop.subscribe(heard.append)
    workshop.announce_outside_change()
    assert len(heard) == 1 and announced - {"model"} <= heard[0].kinds
