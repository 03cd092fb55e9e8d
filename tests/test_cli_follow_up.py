"""pem-desktop follow-up and pem-desktop trend: what they write and say, and one-line errors."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from pem_desktop.cli import main
from pem_desktop.maturity import load_model_text
from pem_desktop.services import Workshop
from pem_desktop.services import follow_up as follow_up_service
from pem_desktop.services.history import read_history

V1_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "workshop-schema-0001.pemw"


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "demo.pemw"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


def test_follow_up_writes_a_new_file_with_its_history(demo, tmp_path, capsys):
    target = tmp_path / "spring.pemw"
    assert main(["follow-up", str(demo), "-o", str(target), "--title", "Spring", "--date", "2027-03-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"created {target}: follow-up of demo.pemw (6 teams, 11 open actions carried in for review")
    assert main(["follow-up", str(target), "-o", str(tmp_path / "summer"), "--cards", "tray"]) == 0
    summer = Workshop.open(tmp_path / "summer.pemw", read_only=True)
    try:
        assert summer.info().title == "Spring" and summer.placements() == []
        assert [p.title for p in read_history(summer).snapshots] == ["Acme Retail platform maturity workshop", "Spring"]
    finally:
        summer.close()
    assert main(["info", str(tmp_path / "summer.pemw")]) == 0
    out = capsys.readouterr().out
    assert "history:      follow-up of Spring (1 March 2027); 2 earlier workshops; 0 of 11 carried actions" in out
    assert "not placed" in out and "last time" not in out  # in the tray: nothing to compare yet


def test_follow_up_of_a_first_release_file(tmp_path, capsys):
    old = tmp_path / "old.pemw"
    shutil.copyfile(V1_FIXTURE, old)
    assert main(["follow-up", str(old), "-o", str(tmp_path / "new.pemw")]) == 0
    assert old.read_bytes() == V1_FIXTURE.read_bytes()


def test_follow_up_offers_and_takes_a_newer_bundled_model(demo, tmp_path, capsys, monkeypatch, pe_model):
    newer = load_model_text(pe_model.text.replace('version: "1.0.0"', 'version: "1.1.0"', 1), "newer.yaml")
    monkeypatch.setattr(follow_up_service, "bundled_models", lambda: (pe_model, newer))
    assert main(["follow-up", str(demo), "-o", str(tmp_path / "a.pemw")]) == 0
    out = capsys.readouterr().out
    assert "model version 1.0.0" in out and "note: version 1.1.0 of CNCF Platform Engineering" in out
    assert "--upgrade-model" in out
    assert main(["follow-up", str(demo), "-o", str(tmp_path / "b.pemw"), "--upgrade-model"]) == 0
    out = capsys.readouterr().out
    assert "model version 1.1.0" in out and "note:" not in out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["follow-up", "missing.pemw", "-o", "x.pemw"], "missing.pemw does not exist"),
        (["follow-up", "{demo}", "-o", "{demo}"], "a follow-up needs a file of its own"),
        (["follow-up", "{demo}", "-o", "x.pemw", "--title", " "], "title must not be empty"),
        (["trend", "{demo}", "-o", "report"], "say which format"),
        (["trend", "{demo}", "-o", "r.pdf", "--map", "nothing"], "write it as NAME=OTHER"),
        (["trend", "{demo}", "-o", "{demo}", "-f", "pdf"], "is one of the workshops"),
        (["trend", "{demo}", "{other}", "-o", "r.md"], "only workshops of the same model"),
    ],
)
def test_errors_are_one_line(demo, tmp_path, capsys, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    other = tmp_path / "other.pemw"
    assert main(["new", str(other), "--title", "Cloud", "--model", "cncf-cloud-native", "--team", "A"]) == 0
    capsys.readouterr()
    before = demo.read_bytes()
    code = main([part.format(demo=demo, other=other) for part in arguments])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and message in err and "Traceback" not in err
    assert demo.read_bytes() == before


def test_trend_writes_pdf_markdown_and_csv(demo, tmp_path, capsys):
    later = tmp_path / "later.pemw"
    assert main(["follow-up", str(demo), "-o", str(later), "--date", "2030-01-01"]) == 0
    moved = Workshop.open(later)
    team = next(team for team in moved.teams() if team.name == "Search")
    moved.rename_team(team.id, "Search & discovery")
    moved.place_team(team.id, "investment", 2.5)
    moved.close()
    capsys.readouterr()
    assert main(["trend", str(demo), str(later), "-o", str(tmp_path / "t.pdf")]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {tmp_path / 't.pdf'} (2 workshops, 6 teams)"
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(tmp_path / "t.pdf").pages)
    assert "Teams under more than one name: Search = Search & discovery" in text
    assert "■ Search & discovery ▲ +1.90" in text  # from 0.60 to 2.50, the whole way from the first to the last
    assert main(["trend", str(demo), str(later), "-f", "md", "-o", str(tmp_path / "t.txt")]) == 0
    assert "| Search & discovery | 0.60 | 2.50 |" in (tmp_path / "t.txt").read_text(encoding="utf-8")
    assert main(["trend", str(demo), str(later), "-o", str(tmp_path / "t.csv")]) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "t.csv").read_text(encoding="utf-8-sig"), newline="")))
    search = [row for row in rows if row["team"] == "Search & discovery" and row["aspect_id"] == "investment"]
    assert [(row["position"], row["direction"]) for row in search] == [("2.5", "up")]
    assert {row["source"] for row in rows} == {"demo.pemw", "later.pemw"}
