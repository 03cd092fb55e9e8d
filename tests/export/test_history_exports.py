"""A follow-up in every export: "Since <previous date>" and the trend in the PDF and Markdown, history.csv and
action_reviews.csv, and the JSON document, which round-trips byte for byte and stays importable from older versions."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from follow_up_chain import make_chain
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from pem_desktop.cli import main
from pem_desktop.export import export_workshop
from pem_desktop.export.json_export import dumps, workshop_document
from pem_desktop.services import Workshop
from pem_desktop.services.history import read_history
from pem_desktop.services.transfer import ImportProblemError, import_workshop, json_schema


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def chain(tmp_path, pe_model):
    return make_chain(tmp_path, pe_model)


@pytest.fixture
def follow_up_c(chain):
    workshop = Workshop.open(chain.c, read_only=True)
    yield workshop
    workshop.close()


def _pages(path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


def test_the_roadmap_says_what_moved_since_last_time(chain, tmp_path, pe_model):
    b = Workshop.open(chain.b, read_only=True)
    try:
        pdf_path = export_workshop(b, "pdf", tmp_path / "b.pdf")
    finally:
        b.close()
    pages = _pages(pdf_path)
    opening = "Since 25 November 2026 The previous workshop: Acme Retail platform maturity workshop, 25 November 2026."
    since = next(index for index, text in enumerate(pages) if text.startswith(opening))
    text = " ".join(pages[since : since + 3])
    assert "2 moves up or down since then" in text and "Renamed: Payments → Payments core" in text
    assert "■ Search ▲ +1.00 = = = =" in text and "■ Checkout ▼ −0.40 = = = =" in text  # the movement matrix
    investment = text[text.index("Investment Team Then Now Change") :]
    words = pe_model.model.standing
    assert f"Search {words(0.6).words} (0.60) {words(1.6).words} (1.60) ▲ +1.00" in investment
    assert f"Checkout {words(1.2).words} (1.20) {words(0.8).words} (0.80) ▼ −0.40" in investment
    actions = text[text.index("Actions since 25 November 2026") :]
    completed = actions[actions.index("Completed (1)") : actions.index("Carried on")]
    assert "Fund a permanent platform team of six" in completed and "Funded in the January budget" in completed
    assert "Write a platform product charter" in actions[actions.index("Carried on (still open) (1)") :]
    assert "Search moved to the golden path anyway" in actions[actions.index("Dropped (1)") :]
    assert "Not reviewed yet (8)" in actions
    assert not any(text.startswith("Trend Where each team sat") for text in pages)  # two workshops: no trend
    outline = [item.title for item in PdfReader(pdf_path).outline if not isinstance(item, list)]
    assert (
        outline.index("Where every team sits")
        < outline.index("Since 25 November 2026")
        < outline.index("Action register")
        < outline.index("1. Investment")
    )


def test_three_workshops_give_a_trend_chart_per_aspect(follow_up_c, tmp_path):
    pages = _pages(export_workshop(follow_up_c, "pdf", tmp_path / "c.pdf"))
    text = " ".join(pages)
    assert "Since 1 March 2027" in text
    trend = text[text.index("Trend Where each team sat") :]
    for aspect in follow_up_c.model.aspects:
        assert aspect.name in trend
    assert "25 Nov 2026" in trend and "1 Mar 2027" in trend and "1 Jun 2027" in trend
    assert "Payments core" in trend  # the legend names teams as they are called now


def test_markdown_has_the_same_sections(follow_up_c, tmp_path):
    text = export_workshop(follow_up_c, "md", tmp_path / "c.md").read_text(encoding="utf-8")
    since = text[text.index("## Since 1 March 2027") : text.index("## Trend")]
    then, now = (follow_up_c.model.standing(position).words for position in (2.1, 2.9))
    assert f"| Mobile apps | {then} (2.10) | {now} (2.90) | ▲ up 0.80 |" in since
    assert "0 up, 0 down, 6 the same." in since and "Where they were: Payments core (" in since
    assert "**Not reviewed yet (9):**" in since
    trend = text[text.index("## Trend") : text.index("## 1. Investment")]
    assert "| Team | 25 Nov 2026 | 1 Mar 2027 | 1 Jun 2027 |" in trend
    assert "| Search | 0.60 | 1.60 | 1.60 |" in trend


def test_csv_has_the_history_and_the_reviews(chain, follow_up_c, tmp_path):
    archive = zipfile.ZipFile(export_workshop(follow_up_c, "csv", tmp_path / "c.zip"))

    def rows(name):
        return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"), newline="")))

    history = rows("history.csv")
    assert {row["point"] for row in history} == {"1", "2", "3"}
    search = [row for row in history if row["team"] == "Search" and row["aspect_id"] == "investment"]
    assert [(row["position"], row["direction"], row["change"]) for row in search] == [
        ("0.6", "", ""),
        ("1.6", "up", "1.0"),
        ("1.6", "same", "0.0"),
    ]
    assert len(rows("action_reviews.csv")) == 9
    b = Workshop.open(chain.b, read_only=True)
    try:
        archive = zipfile.ZipFile(export_workshop(b, "csv", tmp_path / "b.zip"))
    finally:
        b.close()
    outcomes = [row["outcome"] for row in rows("action_reviews.csv")]
    assert outcomes[:3] == ["done", "carried", "dropped"]


def test_json_round_trips_byte_for_byte_and_validates(follow_up_c, tmp_path):
    text = dumps(workshop_document(follow_up_c))
    document = json.loads(text)
    assert list(Draft202012Validator(json_schema()).iter_errors(document)) == []
    assert document["schema_version"] == 3 and len(document["snapshots"]) == 2
    assert len(document["action_reviews"]) == 11 + 9
    imported = import_workshop(document, tmp_path / "imported.pemw")
    try:
        assert dumps(workshop_document(imported)) == text
        history = read_history(imported)
        assert [p.title for p in history.points] == [p.title for p in read_history(follow_up_c).points]
    finally:
        imported.close()
    source = tmp_path / "c.json"
    source.write_text(text, encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "again.pemw")]) == 0
    again = Workshop.open(tmp_path / "again.pemw", read_only=True)
    try:
        assert dumps(workshop_document(again)) == text
    finally:
        again.close()


def test_an_export_of_schema_version_2_still_imports_and_gets_identities(demo_workshop, tmp_path):
    document = json.loads(dumps(workshop_document(demo_workshop)))
    for key in ("snapshots", "action_reviews", "targets", "answers", "vote_answers"):  # every key version 3 added
        del document[key]
    for team in document["teams"]:
        del team["uid"]
    for action in document["actions"]:
        del action["carried_from"]
    del document["workshop"]["language"], document["model"]["translation"]  # (format 3 too)
    document["schema_version"] = 2
    imported = import_workshop(document, tmp_path / "v2.pemw")
    try:
        uids = [team.uid for team in imported.teams()]
        assert len(set(uids)) == len(uids) == 6 and all(len(uid) == 32 for uid in uids)
    finally:
        imported.close()


HOSTILE_HISTORY = {
    "an action carried from a later snapshot": (
        lambda d: d["snapshots"][0]["actions"][0].update(carried_from=d["snapshots"][1]["actions"][0]["id"]),
        r"snapshots\[0\]\.actions\[0\]\.carried_from: is not an action of an earlier snapshot",
    ),
    "a review of no action": (
        lambda d: d["action_reviews"][0].update(snapshot_action_id=99999),
        r"action_reviews\[0\]\.snapshot_action_id: there is no snapshot action with id 99999",
    ),
    "two reviews of one action": (
        lambda d: d["action_reviews"][1].update(snapshot_action_id=d["action_reviews"][0]["snapshot_action_id"]),
        "review of a snapshot action .* appears twice",
    ),
    "a team identity that is not one": (
        lambda d: d["snapshots"][0]["teams"][0].update(uid="DROP TABLE"),
        r"snapshots\[0\]\.teams\[0\]\.uid",
    ),
    "two teams with one identity": (
        lambda d: d["teams"][1].update(uid=d["teams"][0]["uid"]),
        "team identity .* appears twice",
    ),
    "a position off the continuum": (
        lambda d: d["snapshots"][1]["positions"][0].update(position=9.5),
        r"snapshots\[1\]\.positions\[0\]\.position",
    ),
    "a position of another snapshot's team": (
        lambda d: d["snapshots"][1]["positions"][0].update(team_id=d["snapshots"][0]["teams"][0]["id"]),
        r"snapshots\[1\]\.positions\[0\]\.team_id: there is no team with id",
    ),
    "snapshots newest first": (
        lambda d: d["snapshots"].reverse(),
        "carried_from: is not an action of an earlier snapshot|are not listed oldest first",
    ),
    "a carried action of no snapshot action": (
        lambda d: d["actions"][0].update(carried_from=123456),
        r"actions\[0\]\.carried_from: there is no snapshot action with id 123456",
    ),
    "an unknown outcome": (lambda d: d["action_reviews"][0].update(outcome="maybe"), "action_reviews"),
    "an unknown key in a snapshot": (lambda d: d["snapshots"][0].update(secret=1), r"snapshots\[0\]\.secret"),
}


@pytest.mark.parametrize("name", HOSTILE_HISTORY)
def test_a_hostile_history_is_refused_with_where_and_why(follow_up_c, tmp_path, name):
    document = json.loads(dumps(workshop_document(follow_up_c)))
    change, message = HOSTILE_HISTORY[name]
    change(document)
    with pytest.raises(ImportProblemError, match=message):
        import_workshop(document, tmp_path / "x.pemw")
    assert not (tmp_path / "x.pemw").exists()
