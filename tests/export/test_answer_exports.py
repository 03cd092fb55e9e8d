"""The answers to the guided questions in every export: JSON (and back, without loss; older documents still
import), answers.csv (the room's and the phones'), and the roadmap's answers per aspect and team, with the
position they suggest in the model's words, in the PDF and the Markdown summary."""

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
from pem_desktop.services.answers import Answers
from pem_desktop.services.transfer import JSON_SCHEMA_VERSION, ImportProblemError, import_workshop
from pem_desktop.services.votes import Votes


@pytest.fixture
def answered(demo_workshop):
    """The demo with Payments' four answers on Adoption, two of the organisation's, and a phone that voted
    on Search by answering two questions."""
    payments, search = (team.id for team in demo_workshop.teams()[:2])
    answers = Answers(demo_workshop)
    for question, level in zip(
        ("adoption-discovery", "adoption-motivation", "adoption-outliers", "adoption-support"),
        ("operational", "operational", "scalable", "provisional"),
        strict=True,
    ):
        answers.answer("adoption", question, payments, level)
    answers.answer("adoption", "adoption-discovery", None, "scalable")
    answers.answer("investment", "investment-funding", None, "optimizing")
    votes = Votes(demo_workshop)
    vote = votes.open_round("adoption")
    votes.cast_by_answers(vote.id, votes.join("Ada").id, search, {"adoption-support": 2, "adoption-outliers": 3})
    votes.reveal_round(vote.id)
    return demo_workshop


def test_json_keeps_every_answer_and_imports_back_identically(answered, tmp_path):
    document = workshop_document(answered)
    assert document["schema_version"] == JSON_SCHEMA_VERSION == 3
    assert len(document["answers"]) == 6 and len(document["vote_answers"]) == 2
    text = dumps(document)
    imported = import_workshop(json.loads(text), tmp_path / "again.pemw")
    try:
        assert dumps(workshop_document(imported)) == text
        assert Answers(imported).suggestion("adoption", imported.teams()[0].id).position == pytest.approx(1.5)
    finally:
        imported.close()


def version_2_of(document: dict) -> dict:
    """The document as version 2 wrote it, but for the answers: without the other keys version 3 added."""
    del document["snapshots"], document["action_reviews"], document["targets"]
    del document["workshop"]["language"], document["model"]["translation"]
    for team in document["teams"]:
        del team["uid"]
    for action in document["actions"]:
        del action["carried_from"]
    document["schema_version"] = 2
    return document


def test_a_version_2_export_with_votes_still_imports(answered, tmp_path):
    document = version_2_of(json.loads(dumps(workshop_document(answered))))
    del document["answers"], document["vote_answers"]
    imported = import_workshop(document, tmp_path / "from-v2.pemw")
    try:
        assert Answers(imported).answers() == [] and Votes(imported).vote_answers() == []
        assert len(Votes(imported).votes()) == 1
    finally:
        imported.close()


def test_a_version_2_export_cannot_smuggle_answers_in(answered, tmp_path):
    document = version_2_of(json.loads(dumps(workshop_document(answered))))
    with pytest.raises(ImportProblemError, match="answers: unknown key"):
        import_workshop(document, tmp_path / "x.pemw")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["answers"][0].update(question_id="investment-funding"), r"answers\[0\]\.question_id: the aspect"),
        (lambda d: d["answers"][0].update(question_id=7), r"answers\[0\]\.question_id: must be text"),
        (lambda d: d["answers"][0].update(level_id="legendary"), r"answers\[0\]\.level_id: the model has no level"),
        (lambda d: d["answers"][0].update(level_id=None), r"answers\[0\]\.level_id: must be text"),
        (lambda d: d["answers"][0].update(team_id=999), r"answers\[0\]\.team_id: there is no team with id 999"),
        (lambda d: d["answers"][0].update(aspect_id="nope"), r"answers\[0\]\.aspect_id: the model has no aspect"),
        (lambda d: d["answers"][1].update(question_id=d["answers"][0]["question_id"]), "appears twice"),
        (lambda d: d["answers"][0].update(answered_at="soon"), r"answers\[0\]\.answered_at"),
        (lambda d: d["answers"][0].update(colour="red"), r"answers\[0\]\.colour: unknown key"),
        (lambda d: d["vote_answers"][0].update(vote_id=999), r"vote_answers\[0\]\.vote_id: there is no vote"),
        (
            lambda d: d["vote_answers"][0].update(aspect_id="investment", question_id="investment-funding"),
            r"vote_answers\[0\]\.aspect_id: the vote is on another aspect",
        ),
        (lambda d: d["vote_answers"][1].update(question_id=d["vote_answers"][0]["question_id"]), "appears twice"),
        (lambda d: d.update(answers={}), "answers: must be a list"),
    ],
)
def test_a_bad_answer_in_a_json_document_is_named_and_nothing_is_created(answered, tmp_path, change, message):
    document = json.loads(dumps(workshop_document(answered)))
    change(document)
    with pytest.raises(ImportProblemError, match=message):
        import_workshop(document, tmp_path / "x.pemw")
    assert not (tmp_path / "x.pemw").exists()


def test_answers_csv_has_the_rooms_and_the_phones_answers(answered, tmp_path):
    path = export_workshop(answered, "csv", tmp_path / "tables.zip")
    with zipfile.ZipFile(path) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("answers.csv").decode("utf-8-sig"), newline="")))
    assert [r["given_by"] for r in rows] == ["room"] * 6 + ["vote"] * 2
    investment = rows[0]  # in model order: Investment comes first
    assert (investment["aspect"], investment["team"], investment["level"]) == (
        "Investment",
        "Whole organisation",
        "Optimizing",
    )
    question = answered.model.aspect("investment").question_by_id("investment-funding")
    assert investment["question"] == question.text and investment["answer"] == question.answer_at(3).text
    phone = rows[-1]
    assert (phone["participant"], phone["team"], phone["question_id"], phone["level_id"]) == (
        "Ada",
        "Checkout",
        "adoption-support",
        "scalable",
    )


def test_the_roadmap_shows_the_answers_chosen_per_aspect_and_team(answered, tmp_path):
    roadmap = build_roadmap(answered)
    adoption = next(a for a in roadmap.aspects if a.aspect.id == "adoption")
    assert [None if g.team is None else g.team.name for g in adoption.answer_groups] == ["Payments", None]
    payments = adoption.answer_groups[0]
    assert [c.level_name for c in payments.chosen] == ["Operational", "Operational", "Scalable", "Provisional"]
    assert payments.suggested_words == answered.model.describe_position(1.5) == "Operational"
    assert payments.placed_words == answered.model.describe_position(answered.position_of(payments.team.id, "adoption"))
    assert not next(a for a in roadmap.aspects if a.aspect.id == "interfaces").answer_groups

    markdown = export_workshop(answered, "md", tmp_path / "roadmap.md").read_text(encoding="utf-8")
    start = markdown.index(f"## {adoption.number}. Adoption")
    section = markdown[start : markdown.index("\n## ", start)]
    assert "**Answers to the guided questions:**" in section
    discovery = answered.model.aspect("adoption").question_by_id("adoption-discovery")
    assert f"| Payments | {discovery.text} | **Operational:** " in section
    assert "The answers suggest Operational (1.50; 4 of 4 questions answered); on the board: " in section

    pdf = export_workshop(answered, "pdf", tmp_path / "roadmap.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    investment = text.index("Answers to the guided questions")  # Investment's comes first, then Adoption's
    start = text.index("Answers to the guided questions", investment + 1)
    table = text[start : text.index("Toward ", start)]
    assert "Payments" in table and "Whole organisation" in table
    assert "The answers suggest Operational (1.50; 4 of 4 questions answered)" in table
    assert " ".join(discovery.answer_at(1).text.split()[:5]) in table
