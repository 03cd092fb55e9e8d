"""Scale limits: a workshop with 200 teams, 2,000 actions and 100 disagreements opens, edits and exports.

The large file is generated once per module; every test that changes it works on its own copy.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from pem_desktop.export import FORMATS, export_workshop
from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services import Workshop
from pem_desktop.services.large import write_large_workshop
from pem_desktop.services.transfer import import_workshop_file
from pem_desktop.services.views import Viewpoint

TEAMS, ACTIONS, DISAGREEMENTS = 200, 2000, 100


@pytest.fixture(scope="module")
def large_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.pemw"
    workshop = write_large_workshop(
        path, bundled_model("cncf-platform-engineering"), teams=TEAMS, actions=ACTIONS, disagreements=DISAGREEMENTS
    )
    workshop.close()
    return path


@pytest.fixture
def large(large_file: Path, tmp_path: Path):
    """The large workshop, opened from a copy of its own."""
    copy = tmp_path / "large.pemw"
    shutil.copyfile(large_file, copy)
    opened = Workshop.open(copy)
    yield opened
    opened.close()


def test_the_large_workshop_has_the_promised_size(large):
    teams = large.teams()
    assert len(teams) == TEAMS
    assert len({team.name.casefold() for team in teams}) == TEAMS
    assert len(large.actions()) == ACTIONS
    assert len(large.disagreements()) == DISAGREEMENTS
    aspects = [aspect.id for aspect in large.model.aspects]
    placed = {(p.team_id, p.aspect_id) for p in large.placements()}
    assert placed == {(team.id, aspect) for team in teams for aspect in aspects}  # every team on every aspect
    assert len(large.moves()) >= len(placed)
    text = " ".join(team.name for team in teams) + " ".join(action.title + action.owner for action in large.actions())
    assert any(ord(ch) > 0x2E80 for ch in text) and any(0x370 <= ord(ch) < 0x400 for ch in text)  # CJK and Greek
    assert any(d.team_id is None for d in large.disagreements()) and any(a.team_id is None for a in large.actions())


def test_the_large_workshop_opens_and_takes_every_kind_of_edit(large):
    path = large.path
    team = large.teams()[137]
    aspect = large.model.aspects[2].id
    old = large.position_of(team.id, aspect)
    new = 0.5 if old != 0.5 else 1.5
    assert large.place_team(team.id, aspect, new) == old
    added = large.add_action(aspect, "Scale check: one more action", team_id=team.id, owner="Ünal Şahin")
    large.edit_action(added.id, title="Scale check: edited", status="in progress")
    existing = large.actions()[1234]
    large.edit_action(existing.id, owner="Zoë")
    disputed = next(d for d in large.disagreements() if d.is_open)
    large.resolve_disagreement(disputed.id, "Agreed: the higher one.", 2.0)
    recorded = large.record_disagreement(aspect, [Viewpoint("A", 1.0), Viewpoint("B", 2.5)], team_id=team.id)
    large.close()

    again = Workshop.open(path, read_only=True)
    try:
        assert again.position_of(team.id, aspect) == new
        assert again.moves(team.id, aspect)[-1].to_position == new
        assert again.action(added.id).title == "Scale check: edited"
        assert again.action(existing.id).owner == "Zoë"
        assert again.disagreement(disputed.id).status == "resolved"
        assert again.disagreement(recorded.id).is_open
        assert len(again.actions()) == ACTIONS + 1
    finally:
        again.close()


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_the_large_workshop_exports_in_every_format(large, tmp_path, format_name):
    target = export_workshop(large, format_name, tmp_path / f"large{FORMATS[format_name].suffix}")
    data = target.read_bytes()
    if format_name == "pdf":
        from pypdf import PdfReader

        assert data.startswith(b"%PDF")
        assert len(PdfReader(target).pages) > 20
    elif format_name == "csv":
        with zipfile.ZipFile(target) as archive:
            text = "".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
        assert "プラットフォームの利用ガイド" in text and text.count("\n") > ACTIONS
    elif format_name == "md":
        text = data.decode("utf-8")
        assert "Observability Αθήνα" in text
    else:
        document = json.loads(data)
        assert len(document["actions"]) == ACTIONS and len(document["teams"]) == TEAMS


def test_the_large_workshop_survives_a_json_round_trip(large, tmp_path):
    exported = export_workshop(large, "json", tmp_path / "large.json")
    imported = import_workshop_file(exported, tmp_path / "imported.pemw")
    try:
        assert imported.teams() == large.teams()
        assert sorted(imported.placements(), key=_key) == sorted(large.placements(), key=_key)
        assert imported.actions() == large.actions()
        assert imported.disagreements() == large.disagreements()
        again = export_workshop(imported, "json", tmp_path / "again.json")
    finally:
        imported.close()
    assert again.read_bytes() == exported.read_bytes()


def _key(placement) -> tuple[int, str]:
    return placement.team_id, placement.aspect_id
