"""`pem-desktop export`, `import`, `backups` and `restore`: what they write, and how they fail."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import assert_one_line_error, run, subprocess_env

from pem_desktop.services import Workshop


@pytest.fixture
def demo_file(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "demo.pemw"
    assert run(capsys, "demo", path)[0] == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("fmt", "suffix"), [("pdf", ".pdf"), ("csv", ".zip"), ("md", ".md"), ("json", ".json")])
def test_export_every_format_without_changing_the_workshop(demo_file, tmp_path, capsys, fmt, suffix):
    before = digest(demo_file)
    out_path = tmp_path / f"out{suffix}"
    code, out, err = run(capsys, "export", demo_file, "--format", fmt, "-o", out_path)
    assert (code, err) == (0, "")
    assert out.strip() == f"wrote {out_path}"
    data = out_path.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF") and len(PdfReader(out_path).pages) > 5
    elif fmt == "csv":
        assert zipfile.ZipFile(out_path).namelist() == [
            "placements.csv",
            "actions.csv",
            "disagreements.csv",
            "votes.csv",
            "targets.csv",
            "answers.csv",
            "history.csv",
            "action_reviews.csv",
        ]
    elif fmt == "md":
        assert data.decode().startswith("# Acme Retail")
    else:
        assert json.loads(data)["format"] == "pem-desktop-workshop"
    assert digest(demo_file) == before


@pytest.mark.parametrize(("suffix", "magic"), [(".md", b"# Acme"), (".json", b"{"), (".zip", b"PK"), (".pdf", b"%PDF")])
def test_export_takes_the_format_from_the_output_name(demo_file, tmp_path, capsys, suffix, magic):
    out_path = tmp_path / f"out{suffix}"
    assert run(capsys, "export", demo_file, "-o", out_path)[0] == 0
    assert out_path.read_bytes().startswith(magic)


@pytest.mark.parametrize("arguments", [("-o", "tables.csv"), ("-f", "csv", "-o", "tables.csv")])
def test_export_to_a_csv_name_says_the_tables_come_as_a_zip(demo_file, tmp_path, capsys, arguments):
    arguments = [tmp_path / arg if arg.endswith(".csv") else arg for arg in arguments]
    code, out, err = run(capsys, "export", demo_file, *arguments)
    assert_one_line_error(code, out, err)
    assert "ZIP file of 8 tables" in err and "tables.zip" in err
    assert list(tmp_path.glob("tables*")) == []


def test_export_defaults_to_a_pdf_beside_the_workshop_and_letter_size(demo_file, capsys):
    code, _, _ = run(capsys, "export", demo_file, "--page-size", "Letter")
    assert code == 0
    page = PdfReader(demo_file.with_suffix(".pdf")).pages[0]
    assert round(float(page.mediabox.width)) == 612


def test_export_of_a_workshop_open_elsewhere_still_works(demo_file, tmp_path, capsys):
    holder = Workshop.open(demo_file)  # holds the lock, as a running app would
    try:
        code, _, err = run(capsys, "export", demo_file, "-f", "md", "-o", tmp_path / "x.md")
    finally:
        holder.close()
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "not a PEM Desktop workshop"), (b"hello, world\n" * 10, "not a PEM Desktop workshop")],
)
def test_export_of_a_file_that_is_not_a_workshop(tmp_path, capsys, content, fragment):
    path = tmp_path / "fake.pemw"
    path.write_bytes(content)
    code, out, err = run(capsys, "export", path, "-o", tmp_path / "x.pdf")
    assert_one_line_error(code, out, err)
    assert path.read_bytes() == content
    assert not (tmp_path / "x.pdf").exists()


def test_export_refuses_to_overwrite_the_workshop(demo_file, capsys):
    before = digest(demo_file)
    code, out, err = run(capsys, "export", demo_file, "-f", "json", "-o", demo_file)
    assert_one_line_error(code, out, err, "the workshop itself")
    assert digest(demo_file) == before


def test_export_into_a_missing_folder(demo_file, tmp_path, capsys):
    code, out, err = run(capsys, "export", demo_file, "-o", tmp_path / "nowhere" / "x.pdf")
    assert_one_line_error(code, out, err, "does not exist")


def test_import_round_trip_through_the_cli(demo_file, tmp_path, capsys):
    first = tmp_path / "first.json"
    assert run(capsys, "export", demo_file, "-f", "json", "-o", first)[0] == 0
    code, out, err = run(capsys, "import", first, "-o", tmp_path / "copy.pemw")
    assert (code, err) == (0, "")
    assert "created" in out
    second = tmp_path / "second.json"
    assert run(capsys, "export", tmp_path / "copy.pemw", "-f", "json", "-o", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "is not valid JSON (line 1"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "pem-desktop-workshop", "schema_version": 1}', "workshop: missing"),
        (b"[1, 2, 3]", "not a PEM Desktop workshop export"),
    ],
)
def test_import_of_bad_json(tmp_path, capsys, content, fragment):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    code, out, err = run(capsys, "import", source, "-o", tmp_path / "new.pemw")
    assert_one_line_error(code, out, err, fragment)
    assert not (tmp_path / "new.pemw").exists()


def test_import_never_overwrites(demo_file, tmp_path, capsys):
    source = tmp_path / "d.json"
    run(capsys, "export", demo_file, "-f", "json", "-o", source)
    before = digest(demo_file)
    code, out, err = run(capsys, "import", source, "-o", demo_file)
    assert_one_line_error(code, out, err, "already exists")
    assert digest(demo_file) == before


def test_backups_and_restore(demo_file, tmp_path, capsys):
    code, out, _ = run(capsys, "backups", demo_file)
    assert code == 0 and "no backups" in out
    code, out, err = run(capsys, "restore", demo_file, "-o", tmp_path / "r.pemw")
    assert_one_line_error(code, out, err, "no backups")

    workshop = Workshop.open(demo_file)
    team = workshop.teams()[0]
    aspect = workshop.model.aspects[0].id
    workshop.place_team(team.id, aspect, 0.25)
    workshop.backup()  # the older backup holds 0.25
    workshop.place_team(team.id, aspect, 3.75)
    workshop.backup()
    workshop.close()

    code, out, _ = run(capsys, "backups", demo_file)
    assert code == 0 and len(out.splitlines()) == 2 and out.lstrip().startswith("1 ")
    code, out, err = run(capsys, "restore", demo_file, "--backup", "2", "-o", tmp_path / "restored")
    assert (code, err) == (0, "")
    restored = Workshop.open(tmp_path / "restored.pemw", read_only=True)
    assert restored.position_of(team.id, aspect) == 0.25
    restored.close()
    code, out, err = run(capsys, "restore", demo_file, "--backup", "7", "-o", tmp_path / "other.pemw")
    assert_one_line_error(code, out, err, "there is no backup 7")


def test_export_in_a_fresh_process_is_headless(demo_file, tmp_path):
    env = subprocess_env()
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "pem_desktop", "export", str(demo_file), "-o", str(tmp_path / "r.pdf")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_export_progress_lines_count_up_to_the_total(demo_file, tmp_path, capsys):
    code, out, err = run(capsys, "export", demo_file, "-o", tmp_path / "r.pdf", "--progress")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1] == f"wrote {tmp_path / 'r.pdf'}"
    steps = [tuple(int(n) for n in line.split()[1:]) for line in lines[:-1]]
    assert all(line.startswith("progress ") for line in lines[:-1]) and len(steps) > 10
    done = [d for d, _ in steps]
    assert done == sorted(done) and {t for _, t in steps} == {steps[-1][1]} and steps[-1][0] == steps[-1][1]


V1_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "workshop-schema-0001.pemw"


@pytest.mark.parametrize("command", [("info",), ("export", "--format", "md")])
def test_a_file_of_an_older_version_is_read_by_info_and_export_without_changing_it(tmp_path, capsys, command):
    older = tmp_path / "older.pemw"
    older.write_bytes(V1_FIXTURE.read_bytes())
    before = digest(older)
    extra = ("-o", tmp_path / "older.md") if command[0] == "export" else ()
    code, out, err = run(capsys, command[0], older, *command[1:], *extra)
    assert (code, err) == (0, "")
    assert "Payments" in (out if command[0] == "info" else (tmp_path / "older.md").read_text(encoding="utf-8"))
    assert digest(older) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["older.pemw", *(["older.md"] if extra else [])])
