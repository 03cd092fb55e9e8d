"""CSV, Markdown and JSON exports, and the JSON import: complete, literal, lossless."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from export_samples import HOSTILE_TEAMS, LONG_NOTE

from pem_desktop.export import export_workshop
from pem_desktop.export.json_export import dumps, workshop_document
from pem_desktop.services import Workshop
from pem_desktop.services.targets import set_target, targets
from pem_desktop.services.transfer import (
    JSON_SCHEMA_VERSION,
    ImportProblemError,
    import_workshop,
    import_workshop_file,
    json_schema,
)

SCHEMA = json_schema(3)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


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
        "targets.csv",
        "answers.csv",
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


def markdown_chapter(text: str, heading: str) -> str:
    """The chapter under a level-2 heading, up to the next one."""
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def test_markdown_groups_actions_by_aspect_and_adjacent_level(demo_workshop, tmp_path):
    text = export_workshop(demo_workshop, "md", tmp_path / "demo.md").read_text(encoding="utf-8")
    model = demo_workshop.model
    for action in demo_workshop.actions():
        number = list(model.aspects).index(model.aspect(action.aspect_id)) + 1
        chapter = markdown_chapter(text, f"{number}. {model.aspect(action.aspect_id).name}")
        where = chapter.index(action.title)
        if action.target_level_id:
            section = chapter.rindex("\n### Toward ", 0, where)
            assert chapter[section:].startswith(f"\n### Toward {model.level(action.target_level_id).name}:")


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


def test_json_schema_is_valid_and_every_export_matches_it(demo_workshop, hostile_workshop, tmp_path):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    for workshop in (demo_workshop, hostile_workshop):
        document = json.loads(export_workshop(workshop, "json", tmp_path / "w.json").read_text(encoding="utf-8"))
        VALIDATOR.validate(document)
        assert document["schema_version"] == JSON_SCHEMA_VERSION == 3
    assert len(workshop_document(demo_workshop)["targets"]) == len(targets(demo_workshop)) > 0


def test_json_times_carry_their_utc_offset(demo_workshop):
    document = workshop_document(demo_workshop)
    moments = [document["workshop"]["created_at"], document["workshop"]["updated_at"]]
    for kind, key in (("moves", "moved_at"), ("actions", "created_at"), ("disagreements", "updated_at")):
        moments += [item[key] for item in document[kind]]
    moments += [target["created_at"] for target in document["targets"]]
    assert moments and all(moment.endswith("+00:00") for moment in moments)
    VALIDATOR.validate(document)
    document["moves"][0]["moved_at"] = document["moves"][0]["moved_at"].removesuffix("+00:00")
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(document)


def test_targets_round_trip_through_json(workshop, tmp_path):
    payments = workshop.teams()[0].id
    set_target(workshop, "investment", None, 2.5, date(2027, 6, 30))
    set_target(workshop, "investment", payments, 3.25)
    set_target(workshop, "measurement", None, 1.5)
    exported = export_workshop(workshop, "json", tmp_path / "t.json")
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [(t["aspect_id"], t["team_id"], t["position"], t["due_date"]) for t in document["targets"]] == [
        ("investment", None, 2.5, "2027-06-30"),
        ("investment", payments, 3.25, None),
        ("measurement", None, 1.5, None),
    ]
    imported = import_workshop_file(exported, tmp_path / "t.pemw")
    try:
        assert targets(imported) == targets(workshop)
    finally:
        imported.close()


@pytest.mark.parametrize("version", [1, 2])
def test_documents_of_earlier_versions_still_import(demo_workshop, tmp_path, version):
    """As the previous releases wrote them: no targets, times in UTC without an offset."""
    document = json.loads(dumps(workshop_document(demo_workshop)))
    document["schema_version"] = version
    for key in ("targets", "snapshots", "action_reviews", "answers", "vote_answers"):  # all came with version 3
        del document[key]
    for team in document["teams"]:
        del team["uid"]
    for action in document["actions"]:
        del action["carried_from"]
    del document["workshop"]["language"], document["model"]["translation"]  # the workshop's language: version 3
    if version == 1:
        for key in ("vote_participants", "vote_rounds", "votes"):
            del document[key]
    for kind, keys in (("moves", ("moved_at",)), ("actions", ("created_at", "updated_at"))):
        for item in document[kind]:
            for key in keys:
                item[key] = item[key].removesuffix("+00:00")
    jsonschema.Draft202012Validator(json_schema(version)).validate(document)
    imported = import_workshop(document, tmp_path / "old.pemw")
    try:
        assert targets(imported) == []
        assert [a.created_at for a in imported.actions()] == [a.created_at for a in demo_workshop.actions()]
        assert [m.moved_at for m in imported.moves()] == [m.moved_at for m in demo_workshop.moves()]
    finally:
        imported.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["targets"].append(dict(d["targets"][0])), r"targets: the target of \(aspect, team\)"),
        (lambda d: d["targets"][0].update(position=-1), r"targets\[0\]\.position: -1 is outside"),
        (lambda d: d["targets"][0].update(team_id=999), r"targets\[0\]\.team_id: there is no team"),
        (lambda d: d["targets"][0].update(aspect_id="nowhere"), r"targets\[0\]\.aspect_id"),
        (lambda d: d["targets"][0].update(due_date="soon"), r"targets\[0\]\.due_date"),
        (lambda d: d["moves"][0].update(moved_at="2026-11-25T10:00:00"), r"moves\[0\]\.moved_at: .* UTC offset"),
        (lambda d: _without_follow_ups(d).update(schema_version=1), r"targets: unknown key"),
    ],
)
def test_import_names_the_problem_with_targets(demo_workshop, tmp_path, change, message):
    document = json.loads(dumps(workshop_document(demo_workshop)))
    change(document)
    with pytest.raises(ImportProblemError, match=message):
        import_workshop(document, tmp_path / "x.pemw")
    assert not (tmp_path / "x.pemw").exists()


def _without_follow_ups(document: dict) -> dict:
    for key in ("snapshots", "action_reviews", "answers", "vote_answers", "vote_participants", "vote_rounds", "votes"):
        del document[key]
    for team in document["teams"]:
        del team["uid"]
    for action in document["actions"]:
        del action["carried_from"]
    return document


def test_a_version_3_document_without_targets_imports_with_none(demo_workshop, tmp_path):
    document = json.loads(dumps(workshop_document(demo_workshop)))
    del document["targets"]
    imported = import_workshop(document, tmp_path / "x.pemw")
    try:
        assert targets(imported) == [] and len(imported.teams()) == len(demo_workshop.teams())
    finally:
        imported.close()


def test_csv_targets_hold_every_target_with_its_gap(demo_workshop, tmp_path):
    rows = read_csvs(export_workshop(demo_workshop, "csv", tmp_path / "demo.zip"))["targets.csv"]
    assert len(rows) == len(targets(demo_workshop)) > 0
    organisation = next(r for r in rows if r["aspect_id"] == "investment" and r["team_id"] == "")
    positions = sorted(p.position for p in demo_workshop.placements("investment"))
    assert organisation["team"] == "Whole organisation"
    assert float(organisation["lowest"]) == positions[0] and float(organisation["highest"]) == positions[-1]
    assert float(organisation["gap"]) == round(
        float(organisation["target_position"]) - float(organisation["median"]), 2
    )
    team = next(r for r in rows if r["team_id"])
    current = demo_workshop.position_of(int(team["team_id"]), team["aspect_id"])
    assert float(team["current_position"]) == current
    assert float(team["gap"]) == round(float(team["target_position"]) - current, 2)


def test_markdown_reads_like_the_pdf_with_summary_register_targets_and_scorecards(demo_workshop, tmp_path):
    from pem_desktop.export.register import build_register
    from pem_desktop.export.roadmap import build_roadmap, long_date, short_date

    text = export_workshop(demo_workshop, "md", tmp_path / "demo.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[:4] == ["## Executive summary", "## Contents", "## Where every team sits", "## Action register"]
    assert headings[-3:] == ["## Team scorecards", "## What each level looks like", "## About the model"]
    summary = markdown_chapter(text, "Executive summary")
    assert "### What to do next" in summary and "1. Chase the overdue action" in summary
    register = markdown_chapter(text, "Action register")
    entries = build_register(build_roadmap(demo_workshop)).entries
    assert [entry.action.title for entry in entries] == sorted(
        (entry.action.title for entry in entries), key=lambda title: register.index(f"**{title}**")
    )
    first = entries[0]
    assert f"{short_date(first.action.due_date)} **overdue**" in register and "**no owner**" in register
    assert f"**Date:** {long_date(demo_workshop.info().workshop_date)}" in text  # dates as the PDF writes them
    investment = markdown_chapter(text, "1. Investment")
    target = targets(demo_workshop, "investment")[0]
    assert f"Target for the organisation: **Scalable by {long_date(target.due_date)}** (2.50)." in investment
    scorecards = markdown_chapter(text, "Team scorecards")
    assert [line[4:] for line in scorecards.splitlines() if line.startswith("### ")] == [
        team.name for team in demo_workshop.teams()
    ]


def test_markdown_has_no_raw_html_in_tables(demo_workshop, hostile_workshop, tmp_path):
    for workshop in (demo_workshop, hostile_workshop):
        text = export_workshop(workshop, "md", tmp_path / "w.md").read_text(encoding="utf-8")
        assert not re.search(r"(?<!\\)<br", text)  # user text that says <br/> is escaped, never markup
        assert all(line.count(" | ") >= 1 for line in text.splitlines() if line.startswith("| "))


def test_markdown_of_many_teams_shows_distributions_not_a_row_per_team(large_roadmap):
    text = large_roadmap["md"].read_text(encoding="utf-8")
    investment = markdown_chapter(text, "1. Investment")
    assert "| Level | Teams |" in investment and "Furthest from their target (10 of" in investment
    assert "| Team | Where | Position |" not in investment  # not a row for each of 200 teams
