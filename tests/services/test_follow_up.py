"""Starting a follow-up: what is carried, what is kept as history, chains, renames, older files, newer models."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from follow_up_chain import A_DATE, B_DATE, C_DATE, make_chain

from pem_desktop.maturity import load_model_text
from pem_desktop.services import InvalidInputError, Workshop, WorkshopFileError
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.services.follow_up import (
    map_position,
    model_changes,
    newer_bundled_model,
    start_follow_up,
    start_follow_up_of_file,
)
from pem_desktop.services.history import (
    OPEN_STATUSES,
    change_between,
    has_history,
    previous_positions,
    previous_workshop,
    read_history,
)

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-schema-0001.pemw"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_follow_up_of_the_demo_carries_the_baseline_and_keeps_it_when_the_old_file_is_gone(tmp_path, pe_model):
    old_path = tmp_path / "demo.pemw"
    old = write_demo_workshop(old_path, pe_model, today=A_DATE)
    old_teams, old_placements, old_actions = old.teams(), old.placements(), old.actions()
    old_info = old.info()
    old.close()
    before = _digest(old_path)

    new = start_follow_up_of_file(old_path, tmp_path / "follow-up.pemw", title="Spring follow-up", workshop_date=B_DATE)
    try:
        assert _digest(old_path) == before  # only read
        info = new.info()
        assert (info.title, info.workshop_date, info.organisation, info.facilitator) == (
            "Spring follow-up",
            B_DATE,
            old_info.organisation,
            old_info.facilitator,
        )
        assert new.loaded_model.sha256 == pe_model.sha256
        assert [(t.id, t.name, t.colour, t.order, t.uid) for t in new.teams()] == [
            (t.id, t.name, t.colour, t.order, t.uid) for t in old_teams
        ]
        assert all(len(team.uid) == 32 for team in new.teams())
        assert sorted((p.team_id, p.aspect_id, p.position) for p in new.placements()) == sorted(
            (p.team_id, p.aspect_id, p.position) for p in old_placements
        )
        open_actions = [a for a in old_actions if a.status in OPEN_STATUSES]
        assert 0 < len(open_actions) < len(old_actions)  # the demo has a done action, which is not carried
        carried = new.actions()
        assert [
            (a.title, a.status, a.team_id, a.aspect_id, a.target_level_id, a.owner, a.due_date) for a in carried
        ] == [(a.title, a.status, a.team_id, a.aspect_id, a.target_level_id, a.owner, a.due_date) for a in open_actions]
        assert all(a.carried_from is not None for a in carried)
        assert new.disagreements() == []  # disagreements stay with the workshop they were argued in
    finally:
        new.close()

    old_path.unlink()
    reopened = Workshop.open(tmp_path / "follow-up.pemw", read_only=True)
    try:
        history = read_history(reopened)
        previous = history.previous
        assert (previous.title, previous.workshop_date) == (old_info.title, A_DATE)
        uid = {team.id: team.uid for team in old_teams}
        assert dict(previous.positions) == {(uid[p.team_id], p.aspect_id): p.position for p in old_placements}
        assert [a.status for a in previous.actions] == [a.status for a in old_actions]
        assert [r.outcome for r in history.reviews_here] == ["pending"] * len(open_actions)
        assert [r.action.title for r in history.reviews_here] == [a.title for a in open_actions]
        assert previous_workshop(reopened).title == old_info.title
        assert previous_positions(reopened) == {(p.team_id, p.aspect_id): p.position for p in old_placements}
    finally:
        reopened.close()


def test_cards_can_start_in_the_tray_and_still_show_where_they_were(tmp_path, demo_workshop):
    new = start_follow_up(demo_workshop, tmp_path / "tray.pemw", cards_at_previous=False)
    try:
        assert new.placements() == []
        assert new.info().workshop_date == date.today()
        assert previous_positions(new, "investment") == {
            (p.team_id, p.aspect_id): p.position for p in demo_workshop.placements("investment")
        }
    finally:
        new.close()


def test_a_chain_of_three_keeps_every_earlier_workshop(tmp_path, pe_model):
    chain = make_chain(tmp_path, pe_model)
    b = Workshop.open(chain.b, read_only=True)
    b_positions = {(t.uid, p.aspect_id): p.position for t in b.teams() for p in b.placements() if p.team_id == t.id}
    b_actions = [(a.title, a.status) for a in b.actions()]
    b.close()
    chain.a.unlink()
    chain.b.unlink()
    c = Workshop.open(chain.c, read_only=True)
    try:
        history = read_history(c)
        assert [(p.title, p.workshop_date) for p in history.points] == [
            ("Acme Retail platform maturity workshop", A_DATE),
            ("Acme follow-up, spring", B_DATE),
            ("Acme follow-up, summer", C_DATE),
        ]
        first, second = history.snapshots
        search = next(team.uid for team in second.teams if team.name == "Search")
        assert (first.position(search, "investment"), second.position(search, "investment")) == (0.6, 1.6)
        assert dict(second.positions) == b_positions
        assert [(a.title, a.status) for a in second.actions] == b_actions
        # B's review of A's actions is kept, C's review of B's open actions waits
        carried_from_a = sum(a.status in OPEN_STATUSES for a in first.actions)  # the demo's open actions
        assert [r.outcome for r in history.reviews_of(first)] == [
            "done",
            "carried",
            "dropped",
            *["pending"] * (carried_from_a - 3),
        ]
        assert history.reviews_of(first)[0].note == "Funded in the January budget"
        assert all(r.outcome == "pending" for r in history.reviews_here)
        assert [r.action.title for r in history.reviews_here] == [t for t, s in b_actions if s in OPEN_STATUSES]
        # a carried-on action of B continues A's, and C's continues B's
        charter = next(a for a in second.actions if a.title == "Write a platform product charter")
        assert charter.carried_from in {a.id for a in first.actions}
        assert next(a for a in c.actions() if a.title == charter.title).carried_from == charter.id
    finally:
        c.close()


def test_a_renamed_team_is_the_same_team_across_the_chain(tmp_path, pe_model):
    chain = make_chain(tmp_path, pe_model)
    c = Workshop.open(chain.c, read_only=True)
    try:
        history = read_history(c)
        renamed = next(team for team in c.teams() if team.name == "Payments core")
        first, second = history.snapshots
        assert first.team(renamed.uid).name == "Payments"
        assert second.team(renamed.uid).name == "Payments core"
        assert previous_positions(c, "investment")[renamed.id, "investment"] == 1.5
    finally:
        c.close()
    b = Workshop.open(chain.b)
    try:
        removed = b.remove_team(next(team.id for team in b.teams() if team.name == "Identity"))
        b.restore_team(removed)  # undo keeps the identity
        assert next(team.uid for team in b.teams() if team.name == "Identity") == removed.team.uid
        readded = b.add_team("Identity 2")
        assert readded.uid not in {point.uid for point in read_history(b).previous.teams}
        assert (readded.id, "investment") not in previous_positions(b)
    finally:
        b.close()


def test_a_file_of_the_previous_schema_version_is_followed_up_without_being_changed(tmp_path):
    old = tmp_path / "first-release.pemw"
    shutil.copyfile(V1_FIXTURE, old)
    before = _digest(old)
    new = start_follow_up_of_file(old, tmp_path / "follow-up.pemw", workshop_date=B_DATE)
    try:
        assert _digest(old) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "first-release.pemw",
            "follow-up.pemw",
            "follow-up.pemw.lock",
        ]
        history = read_history(new)
        assert len(history.snapshots) == 1 and history.previous.positions
        assert len(new.teams()) == 6 and all(len(team.uid) == 32 for team in new.teams())
        assert sorted(p.position for p in new.placements()) == sorted(history.previous.positions.values())
    finally:
        new.close()


def test_a_workshop_open_in_the_app_can_be_followed_up_from_the_command_line_side(tmp_path, pe_model):
    path = tmp_path / "open.pemw"
    app_copy = write_demo_workshop(path, pe_model)  # holds the lock, as the app would
    try:
        new = start_follow_up_of_file(path, tmp_path / "next.pemw")
        assert len(new.teams()) == len(app_copy.teams())
        new.close()
    finally:
        app_copy.close()


def test_what_a_follow_up_refuses(tmp_path, demo_workshop, pe_model, cn_model):
    with pytest.raises(InvalidInputError, match="file of its own"):
        start_follow_up(demo_workshop, demo_workshop.path)
    with pytest.raises(InvalidInputError, match="is not a version of"):
        start_follow_up(demo_workshop, tmp_path / "x.pemw", model=cn_model)
    with pytest.raises(InvalidInputError, match="title must not be empty"):
        start_follow_up(demo_workshop, tmp_path / "x.pemw", title="  ")
    (tmp_path / "taken.pemw").write_bytes(b"mine")
    with pytest.raises(WorkshopFileError, match="already exists"):
        start_follow_up(demo_workshop, tmp_path / "taken.pemw")
    assert (tmp_path / "taken.pemw").read_bytes() == b"mine"
    not_a_workshop = tmp_path / "notes.pemw"
    not_a_workshop.write_text("hello")
    with pytest.raises(WorkshopFileError, match="not a PEM Desktop workshop"):
        start_follow_up_of_file(not_a_workshop, tmp_path / "y.pemw")
    assert not (tmp_path / "x.pemw").exists() and not (tmp_path / "y.pemw").exists()
    assert not has_history(demo_workshop)


# -- a newer version of the model ----------------------------------------------------------------------


def _newer_version(loaded):
    """The bundled model as a later version: a level renamed, a label changed, the Measurement aspect gone."""
    text = loaded.text.replace(f'version: "{loaded.model.version}"', 'version: "1.1.0"', 1)
    assert 'version: "1.1.0"' in text
    text = text.replace("name: Optimizing", "name: Optimising", 1)
    cut = text.index("  - id: measurement")
    text = text[:cut]
    return load_model_text(text, "newer.yaml")


def test_a_newer_bundled_version_is_offered_with_what_changed(pe_model):
    newer = _newer_version(pe_model)
    assert newer_bundled_model(pe_model.model) is None  # only one version is bundled
    upgrade = newer_bundled_model(pe_model.model, lambda: (pe_model, newer))
    assert upgrade is not None and upgrade.newer is newer
    text = " ".join(upgrade.changes)
    assert "version 1.0.0 becomes 1.1.0" in text
    assert "The level Optimizing is now called Optimising." in text
    assert "The aspect Measurement is gone" in text
    assert newer_bundled_model(newer.model, lambda: (pe_model, newer)) is None  # never an older one
    assert model_changes(pe_model.model, pe_model.model)[-1].startswith("Nothing a workshop holds changes")


def test_a_follow_up_on_the_newer_version_maps_by_id(tmp_path, demo_workshop, pe_model):
    newer = _newer_version(pe_model)
    new = start_follow_up(demo_workshop, tmp_path / "newer.pemw", model=newer)
    try:
        assert new.model.version == "1.1.0"
        assert {p.aspect_id for p in new.placements()} == {"investment", "adoption", "interfaces", "operations"}
        assert all(a.aspect_id != "measurement" for a in new.actions())
        previous = read_history(new).previous
        assert previous.model_version == "1.0.0"
        assert {aspect for _uid, aspect in previous.positions} == {a.id for a in new.model.aspects}
    finally:
        new.close()
    reopened = Workshop.open(tmp_path / "newer.pemw", read_only=True)  # passes the open-time check
    reopened.close()


def test_positions_map_within_the_same_level(pe_model, cn_model):
    old = pe_model.model
    assert map_position(old, old, 2.35) == 2.35
    assert map_position(old, old, 4.0) == 4.0
    # a five-level model without the same level ids keeps the share of the continuum
    assert map_position(old, cn_model.model, 2.0) == pytest.approx(2.5)


def test_the_rule_for_what_moved():
    assert change_between(1.0, 1.5).direction == "up" and change_between(1.0, 1.5).amount == 0.5
    assert change_between(1.5, 1.0).direction == "down" and change_between(1.5, 1.0).short() == "\u22120.50"
    assert change_between(1.0, 1.04).direction == "same" and change_between(1.0, 1.04).short() == "="
    assert change_between(None, 2.0).direction == "new" and change_between(2.0, None).direction == "unplaced"
    assert change_between(0.5, 2.0).short() == "+1.50"


def test_a_follow_up_keeps_the_targets_and_remembers_them_in_its_history(tmp_path, pe_model):
    old = write_demo_workshop(tmp_path / "demo.pemw", pe_model, today=A_DATE)
    from pem_desktop.services.targets import set_target, targets

    set_target(old, "adoption", old.teams()[0].id, 3.25, date(2027, 9, 30))  # a team's own target too
    before = [(t.aspect_id, t.team_id, t.position, t.due_date) for t in targets(old)]
    uid = {team.id: team.uid for team in old.teams()}
    new = start_follow_up(old, tmp_path / "follow-up.pemw", workshop_date=B_DATE)
    old.close()
    try:
        assert len(before) > 1
        assert [(t.aspect_id, t.team_id, t.position, t.due_date) for t in targets(new)] == before
        previous = read_history(new).previous
        remembered = {(t.aspect_id, t.team_uid, t.position, t.due_date) for t in previous.targets}
        assert remembered == {(a, None if team is None else uid[team], p, d) for a, team, p, d in before}
        assert {(t.aspect_id, t.team_uid) for t in read_history(new).points[-1].targets} == {
            (a, None if team is None else uid[team]) for a, team, _, _ in before
        }
    finally:
        new.close()
