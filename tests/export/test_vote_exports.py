"""The room's votes in every export: JSON (and back, without loss), CSV (one row per vote), and the roadmap's
spread per team and aspect in the PDF and the Markdown summary."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from pypdf import PdfReader

from pem_desktop.export import export_workshop
from pem_desktop.export.json_export import dumps, workshop_document
from pem_desktop.export.roadmap import build_roadmap
from pem_desktop.services.transfer import ImportProblemError, import_workshop
from pem_desktop.services.votes import Votes


@pytest.fixture
def voted(demo_workshop):
    """The demo workshop after two rounds: Adoption for every team (revealed), Investment for Payments (open)."""
    votes = Votes(demo_workshop)
    teams = {team.name: team.id for team in demo_workshop.teams()}
    first, second = sorted(teams.values())[:2]
    every = votes.open_round("adoption")
    people = [votes.join(name) for name in ("Ada", "", "Zoë =1+1", "Bo")]
    for person, position in zip(people, (0.8, 1.4, 2.9, 1.6), strict=True):
        votes.cast(every.id, person.id, first, position)
    votes.cast(every.id, people[0].id, second, 2.2)
    votes.cast(every.id, people[1].id, None, 1.0)
    votes.reveal_round(every.id)
    one = votes.open_round("investment", first)
    votes.cast(one.id, people[3].id, first, 3.5)
    return demo_workshop, first, second


def test_json_keeps_every_vote_and_imports_back_identically(voted, tmp_path):
    workshop, _first, _second = voted
    document = workshop_document(workshop)
    assert len(document["vote_participants"]) == 4
    assert [r["status"] for r in document["vote_rounds"]] == ["revealed", "open"]
    assert len(document["votes"]) == 7
    text = dumps(document)
    imported = import_workshop(json.loads(text), tmp_path / "again.pemw")
    try:
        assert dumps(workshop_document(imported)) == text
        assert Votes(imported).current_round().aspect_id == "investment"
    finally:
        imported.close()


def test_an_export_without_votes_still_imports(demo_workshop, tmp_path):
    document = json.loads(dumps(workshop_document(demo_workshop)))
    for key in (
        "vote_participants",
        "vote_rounds",
        "votes",
        "snapshots",
        "action_reviews",
        "targets",
        "answers",
        "vote_answers",
    ):  # not in version 1
        del document[key]
    for team in document["teams"]:
        del team["uid"]
    for action in document["actions"]:
        del action["carried_from"]
    del document["workshop"]["language"], document["model"]["translation"]  # (format 3)
    document["schema_version"] = 1
    imported = import_workshop(document, tmp_path / "old-export.pemw")
    try:
        assert Votes(imported).rounds() == []
    finally:
        imported.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["votes"][0].update(position=4.5), r"votes\[0\]\.position: 4\.5 is outside the continuum"),
        (lambda d: d["votes"][0].update(round_id=99), r"votes\[0\]\.round_id: there is no vote round with id 99"),
        (lambda d: d["votes"][0].update(participant_id=True), r"votes\[0\]\.participant_id"),
        (lambda d: d["votes"][0].update(team_id=999), r"votes\[0\]\.team_id: there is no team with id 999"),
        (
            lambda d: d["votes"][1].update(
                team_id=d["votes"][0]["team_id"], participant_id=d["votes"][0]["participant_id"]
            ),
            "appears twice",
        ),
        (lambda d: d["votes"][-1].update(team_id=None), "about another team"),
        (lambda d: d["vote_rounds"][0].update(status="maybe"), r"vote_rounds\[0\]\.status: 'maybe' is not one of"),
        (lambda d: d["vote_rounds"][0].update(status="open"), "only one vote can be open"),
        (lambda d: d["vote_rounds"][0].update(aspect_id="nope"), "no aspect 'nope'"),
        (lambda d: d["vote_participants"][0].update(name="x" * 41), "longer than 40"),
        (lambda d: d["vote_participants"][0].update(secret="y"), r"vote_participants\[0\]\.secret: unknown key"),
        (lambda d: d.update(votes={}), "votes: must be a list"),
    ],
)
def test_a_bad_vote_in_a_json_document_is_named_and_nothing_is_created(voted, tmp_path, change, message):
    workshop, _first, _second = voted
    document = json.loads(dumps(workshop_document(workshop)))
    change(document)
    with pytest.raises(ImportProblemError, match=message):
        import_workshop(document, tmp_path / "x.pemw")
    assert not (tmp_path / "x.pemw").exists()


def test_csv_has_one_row_per_vote(voted, tmp_path):
    workshop, first, _second = voted
    path = export_workshop(workshop, "csv", tmp_path / "votes.zip")
    with zipfile.ZipFile(path) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("votes.csv").decode("utf-8-sig"), newline="")))
    assert len(rows) == 7
    first_name = workshop.team(first).name
    adoption = [r for r in rows if r["aspect_id"] == "adoption"]
    assert {r["round_status"] for r in adoption} == {"revealed"}
    assert {r["round_about"] for r in adoption} == {"every team"}
    assert sorted(float(r["position"]) for r in adoption if r["team"] == first_name) == [0.8, 1.4, 1.6, 2.9]
    assert any(r["team"] == "Whole organisation" and r["team_id"] == "" for r in adoption)
    assert "'Zoë =1+1" not in {r["participant"] for r in rows}  # not a formula: the text starts with a letter
    assert {r["participant"] for r in rows} >= {"Ada", "Zoë =1+1", ""}
    assert all(r["description"] == workshop.model.describe_position(float(r["position"])) for r in rows)
    investment = [r for r in rows if r["aspect_id"] == "investment"]
    assert [(r["round_about"], r["round_status"]) for r in investment] == [(first_name, "open")]


def test_the_roadmap_shows_the_revealed_spread_per_team_and_aspect(voted, tmp_path):
    workshop, first, second = voted
    roadmap = build_roadmap(workshop)
    adoption = next(a for a in roadmap.aspects if a.aspect.id == "adoption")
    assert [(s.team_id, s.count) for s in adoption.vote_spreads] == [(first, 4), (second, 1), (None, 1)]
    assert adoption.vote_spreads[0].median == 1.5
    investment = next(a for a in roadmap.aspects if a.aspect.id == "investment")
    assert investment.vote_spreads == []  # still hidden: not in the roadmap

    markdown = export_workshop(workshop, "md", tmp_path / "roadmap.md").read_text(encoding="utf-8")
    start = markdown.index(f"## {adoption.number}. Adoption")
    section = markdown[start : markdown.index("\n## ", start)]
    assert "Votes from the room" in section
    assert "| 4 |" in section and "1.50" in section

    pdf = export_workshop(workshop, "pdf", tmp_path / "roadmap.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Votes from the room" in text
    table = text[text.index("Votes from the room") :].split("Toward ")[0]
    row = " ".join(
        next(line for line in table.splitlines() if line.strip().startswith(workshop.team(first).name)).split()
    )
    assert row.startswith(f"{workshop.team(first).name} 4 1.50 (Operational) 0.80 to 2.90")
    assert "Whole organisation" in table
