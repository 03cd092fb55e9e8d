"""CSV, Markdown and JSON exports, and the JSON import: complete, literal, lossless."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from export_samples import HOSTILE_TEAMS, LONG_NOTE

from pem_desktop.export import export_workshop
from pem_desktop.export.json_export import dumps, workshop_document
from pem_desktop.services import Workshop
from pem_desktop.services.transfer import ImportProblemError, import_workshop, import_workshop_file


def read_csvs(path: Path) -> dict[str, list[dict]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"), newline="")))
            for name in archive.namelist()
        }


def test_csv_holds_every_placement_action_and_viewpoint(demo_workshop, tmp_path):
    tables = read_csvs(export_workshop(demo_workshop, "csv", tmp_path / "demo.zip"))
    assert set(tables) == {
        "placements.csv",
        "actions.csv",
        "disagreements.csv",
        "votes.csv",
        "history.csv",
        "action_reviews.csv",
    }
    placements = demo_workshop.placements()
    assert len(tables["placements.csv"]) == len(placements)
    row = next(r for r in tables["placements.csv"] if int(r["team_id"]) == placements[0].team_id)
    assert row["aspect_id"] and float(row["position"]) in {p.position for p in placements}
    assert sorted(r["title"] for r in tables["actions.csv"]) == sorted(a.title for a in demo_workshop.actions())
    viewpoints = sum(len(d.viewpoints) for d in demo_workshop.disagreements())
    assert len(tables["disagreements.csv"]) == viewpoints


def test_csv_keeps_hostile_text_literally_and_defuses_formulas(hostile_workshop, tmp_path):
    tables = read_csvs(export_workshop(hostile_workshop, "csv", tmp_path / "h.zip"))
    teams = {r["team"] for r in tables["placements.csv"]}
    assert teams == set(HOSTILE_TEAMS)
    action = next(r for r in tables["actions.csv"] if r["title"].startswith("Fix"))
    assert action["detail"] == LONG_NOTE
    assert action["owner"] == '\'=HYPERLINK("x")'  # a spreadsheet shows it as text, never runs it
    reasons = {r["reason"] for r in tables["disagreements.csv"]}
    assert "Because <b>we</b> said & so" in reasons and "מימין לשמאל" in reasons


def test_markdown_summary_escapes_user_text(hostile_workshop, tmp_path):
    text = export_workshop(hostile_workshop, "md", tmp_path / "h.md").read_text(encoding="utf-8")
    assert text.startswith("# Tom & Jerry's \\<i\\>roadmap\\</i\\>")
    assert "\\<b\\>Zürich\\</b\\> & Co" in text
    assert "| pipes |" not in text  # a pipe in user text cannot open a table cell
    assert "\n# a heading line" not in text and "\n- a list line" not in text
    assert "東京" in text and "Happy 😀 crew" in text
    for table_row in (line for line in text.splitlines() if line.startswith("| ")):
        assert "\n" not in table_row


def test_markdown_groups_actions_by_aspect_and_adjacent_level(demo_workshop, tmp_path):
    text = export_workshop(demo_workshop, "md", tmp_path / "demo.md").read_text(encoding="utf-8")
    model = demo_workshop.model
    for action in demo_workshop.actions():
        where = text.index(action.title)
        chapter = text.rindex("\n## ", 0, where)
        assert text[chapter:].startswith(f"\n## {list(model.aspects).index(model.aspect(action.aspect_id)) + 1}. ")
        if action.target_level_id:
            section = text.rindex("\n### Toward ", 0, where)
            assert text[section:].startswith(f"\n### Toward {model.level(action.target_level_id).name}:")


@pytest.mark.parametrize("fixture", ["demo_workshop", "hostile_workshop"])
def test_json_round_trip_is_identical(fixture, request, tmp_path):
    workshop = request.getfixturevalue(fixture)
    first = export_workshop(workshop, "json", tmp_path / "first.json")
    imported = import_workshop_file(first, tmp_path / "imported.pemw")
    imported.close()
    reopened = Workshop.open(tmp_path / "imported.pemw")
    second = export_workshop(reopened, "json", tmp_path / "second.json")
    reopened.close()
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert len(document["teams"]) == len(workshop.teams())
    assert len(document["moves"]) == len(workshop.moves())


def test_import_never_leaves_a_half_made_file(demo_workshop, tmp_path):
    document = workshop_document(demo_workshop)
    document["actions"][-1]["status"] = "someday"
    target = tmp_path / "broken.pemw"
    with pytest.raises(ImportProblemError, match=r"actions\[\d+\]\.status: 'someday' is not one of"):
        import_workshop(document, target)
    assert not target.exists()
    assert list(tmp_path.glob("*broken*")) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a PEM Desktop workshop export"),
        (lambda d: d.update(schema_version=99), "newer version of PEM Desktop"),
        (lambda d: d["teams"][0].update(colour="red"), r"teams\[0\]\.colour"),
        (lambda d: d["placements"][0].update(position=17), "outside the continuum"),
        (lambda d: d["model"].update(yaml=d["model"]["yaml"] + "\n# edited"), "model has been altered"),
        (lambda d: d["actions"][0].update(team_id=999), "no team with id 999"),
        (lambda d: d["disagreements"][0].update(viewpoints=[]), "at least two viewpoints"),
        (lambda d: d.update(extra=1), "extra: unknown key"),
    ],
)
def test_import_names_the_problem(demo_workshop, tmp_path, change, message):
    document = json.loads(dumps(workshop_document(demo_workshop)))
    change(document)
    with pytest.raises(ImportProblemError, match=message):
        import_workshop(document, tmp_path / "x.pemw")
    assert not (tmp_path / "x.pemw").exists()
