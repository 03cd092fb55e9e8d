"""The headless `pem-desktop` commands: what they print, what they write, and how they fail."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pem_desktop import __version__
from pem_desktop.cli import main
from pem_desktop.services import Workshop
from pem_desktop.services.demo import DEMO_TEAMS

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code != 0
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("pem-desktop: error: "), err
    for fragment in fragments:
        assert fragment in lines[0]


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# -- new -----------------------------------------------------------------------------------------


def test_new_with_teams_and_the_cloud_native_model(tmp_path, capsys):
    path = tmp_path / "cn-workshop.pemw"
    code, out, err = run(
        capsys,
        "new",
        path,
        "--title",
        "Cloud native check-up",
        "--organisation",
        "Acme",
        "--date",
        "2027-03-01",
        "--facilitator",
        "Sam",
        "--model",
        "cncf-cloud-native",
        "--team",
        "Payments",
        "--team",
        "Search",
        "--team",
        "Mobile apps",
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"created {path} (3 teams)"

    workshop = Workshop.open(path, read_only=True)
    try:
        info = workshop.info()
        assert (info.title, info.organisation, info.facilitator) == ("Cloud native check-up", "Acme", "Sam")
        assert info.workshop_date == date(2027, 3, 1)
        assert info.model_id == "cncf-cloud-native"
        assert workshop.model.level_count == 5
        assert [team.name for team in workshop.teams()] == ["Payments", "Search", "Mobile apps"]
    finally:
        workshop.close()

    code, out, err = run(capsys, "info", path)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Cloud native check-up"
    assert "  teams (3): Payments, Search, Mobile apps" in lines
    assert "  date:         2027-03-01" in lines
    assert any(line.startswith("  model:        ") and "(5 levels)" in line for line in lines)


def test_new_defaults_to_today_and_the_platform_engineering_model(tmp_path, capsys):
    code, out, _ = run(capsys, "new", tmp_path / "plain", "--title", "Plain")
    path = tmp_path / "plain.pemw"  # the suffix is added
    assert code == 0 and out.strip() == f"created {path} (0 teams)"
    workshop = Workshop.open(path, read_only=True)
    try:
        assert workshop.info().workshop_date == date.today()
        assert workshop.info().model_id == "cncf-platform-engineering"
        assert workshop.teams() == []
    finally:
        workshop.close()


def test_new_with_a_model_file(tmp_path, capsys):
    model = tmp_path / "own.yaml"
    model.write_text((ROOT / "model" / "cncf-platform-engineering-v1.yaml").read_text(encoding="utf-8"))
    code, _, _ = run(capsys, "new", tmp_path / "own.pemw", "--title", "Own", "--model", model, "--team", "Core")
    assert code == 0
    workshop = Workshop.open(tmp_path / "own.pemw", read_only=True)
    try:
        assert workshop.loaded_model.text == model.read_text(encoding="utf-8")
    finally:
        workshop.close()


# -- info and demo ---------------------------------------------------------------------------------


def test_demo_writes_a_realistic_workshop(tmp_path, capsys):
    path = tmp_path / "demo.pemw"
    code, out, err = run(capsys, "demo", path)
    assert (code, err) == (0, "")
    assert out.strip() == f"wrote the demo workshop to {path}"

    workshop = Workshop.open(path, read_only=True)
    try:
        teams = workshop.teams()
        aspects = [aspect.id for aspect in workshop.model.aspects]
        placements = workshop.placements()
        disagreements = workshop.disagreements()
        actions = workshop.actions()
    finally:
        workshop.close()

    assert [team.name for team in teams] == list(DEMO_TEAMS)
    placed = {(p.team_id, p.aspect_id) for p in placements}
    assert placed == {(team.id, aspect) for team in teams for aspect in aspects}
    assert len({p.position for p in placements}) > 10  # spread over the board, not all in one spot
    assert any(round(p.position % 1, 2) >= 0.9 for p in placements)  # some sit between two levels
    assert len(disagreements) >= 3
    assert all(len(d.viewpoints) >= 2 for d in disagreements)
    assert all(len({v.holder for v in d.viewpoints}) == len(d.viewpoints) for d in disagreements)
    assert len(actions) >= 8
    assert all(a.target_level_id for a in actions)
    # one action without an owner and one without a due date, for the roadmap's flags to show
    assert sum(1 for a in actions if not a.owner) == 1 and sum(1 for a in actions if not a.due_date) == 1
    assert {a.aspect_id for a in actions} == set(aspects)


def test_demo_with_the_cloud_native_model(tmp_path, capsys):
    path = tmp_path / "cn-demo.pemw"
    assert run(capsys, "demo", path, "--model", "cncf-cloud-native")[0] == 0
    workshop = Workshop.open(path, read_only=True)
    try:
        assert workshop.model.level_count == 5
        assert all(0 <= p.position <= 5 for p in workshop.placements())
        assert len(workshop.placements()) == 6 * len(workshop.model.aspects)
    finally:
        workshop.close()


def test_info_on_the_demo_shows_every_aspect_and_team(tmp_path, capsys, pe_model):
    path = tmp_path / "demo.pemw"
    run(capsys, "demo", path)

    code, out, err = run(capsys, "info", path)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Acme Retail platform maturity workshop"
    assert "  organisation: Acme Retail GmbH, Zürich" in lines
    assert "  facilitator:  Sam Okonkwo" in lines
    assert f"  teams (6): {', '.join(DEMO_TEAMS)}" in lines
    width = max(len(name) for name in DEMO_TEAMS)
    for aspect in pe_model.model.aspects:
        start = lines.index(f"{aspect.name}:")
        block = lines[start + 1 : start + 1 + len(DEMO_TEAMS)]
        assert [line.split("  ")[1].strip() for line in block] == list(DEMO_TEAMS), aspect.id
        assert lines[start + 1 + len(DEMO_TEAMS)].startswith("  disagreements open: ")
    # the Investment block, with words for every position
    start = lines.index("Investment:")
    assert lines[start + 1] == f"  {'Payments':<{width}}   1.50  Operational, toward Scalable"
    assert lines[start + 6] == f"  {'Identity':<{width}}   1.95  between Operational and Scalable, toward Scalable"
    assert "Actions:" in lines
    assert sum(1 for line in lines if line.startswith("  [")) == 13
    assert any("Investment -> Scalable: Fund a permanent platform team of six" in line for line in lines)


def test_info_does_not_change_the_file(tmp_path, capsys):
    path = tmp_path / "demo.pemw"
    run(capsys, "demo", path)
    os.utime(path, ns=(1_600_000_000_000_000_000,) * 2)
    before = path.read_bytes(), path.stat().st_mtime_ns
    assert run(capsys, "info", path)[0] == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_models_lists_both_bundled_models(capsys):
    code, out, _ = run(capsys, "models")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("cncf-platform-engineering ")
    assert "(5 aspects, 4 levels)" in lines[0]
    assert any(line.startswith("cncf-cloud-native ") and "5 levels" in line for line in lines)


# -- errors: one line, no traceback -------------------------------------------------------------------


def test_info_on_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "nowhere.pemw"
    assert_one_line_error(*run(capsys, "info", missing), "does not exist", str(missing))


def test_info_on_a_text_file(tmp_path, capsys):
    path = tmp_path / "minutes.pemw"
    path.write_text("Minutes of the meeting\n", encoding="utf-8")
    assert_one_line_error(*run(capsys, "info", path), "minutes.pemw", "not a PEM Desktop workshop file")
    assert path.read_text(encoding="utf-8") == "Minutes of the meeting\n"


def test_info_on_a_newer_schema_file(tmp_path, capsys):
    path = tmp_path / "future.pemw"
    assert run(capsys, "new", path, "--title", "From the future")[0] == 0
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    before = path.read_bytes()
    assert_one_line_error(*run(capsys, "info", path), "newer version of PEM Desktop", "not been changed")
    assert path.read_bytes() == before


def test_info_on_a_damaged_workshop(tmp_path, capsys):
    path = tmp_path / "tampered.pemw"
    assert run(capsys, "new", path, "--title", "T", "--team", "A")[0] == 0
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE workshop SET model_yaml = model_yaml || ' '")
        connection.commit()
    assert_one_line_error(*run(capsys, "info", path), "tampered.pemw is damaged", "checksum")


def test_new_onto_an_existing_file(tmp_path, capsys):
    path = tmp_path / "taken.pemw"
    path.write_text("keep me", encoding="utf-8")
    assert_one_line_error(*run(capsys, "new", path, "--title", "X", "--team", "A"), "already exists")
    assert path.read_text(encoding="utf-8") == "keep me"


def test_demo_onto_an_existing_workshop(tmp_path, capsys):
    path = tmp_path / "demo.pemw"
    run(capsys, "demo", path)
    before = path.read_bytes()
    assert_one_line_error(*run(capsys, "demo", path), "already exists")
    assert path.read_bytes() == before


def test_new_with_an_unknown_model_id(tmp_path, capsys):
    path = tmp_path / "w.pemw"
    assert_one_line_error(
        *run(capsys, "new", path, "--title", "X", "--model", "cncf-imaginary"),
        "cncf-imaginary",
        "no bundled model has this id",
        "cncf-platform-engineering",
    )
    assert not path.exists()


def test_new_with_a_broken_model_file(tmp_path, capsys):
    model = tmp_path / "broken.yaml"
    model.write_text("format: pem-model/1\nid: Bad Id\ntitle: 5\n", encoding="utf-8")
    path = tmp_path / "w.pemw"
    code, out, err = run(capsys, "new", path, "--title", "X", "--model", model)
    # the first problem, with file and line, and a pointer to the command that lists them all
    assert_one_line_error(code, out, err, f"{model}:1: aspects: missing", "(and 4 more problems", "validate-model")
    assert list(tmp_path.iterdir()) == [model]


def test_new_with_a_missing_model_file(tmp_path, capsys):
    model = tmp_path / "gone.yaml"
    assert_one_line_error(*run(capsys, "new", tmp_path / "w", "--title", "X", "--model", model), "cannot read the file")


def test_new_with_invalid_input(tmp_path, capsys):
    assert_one_line_error(
        *run(capsys, "new", tmp_path / "w", "--title", "X", "--team", "Ops", "--team", "ops"), "already a team called"
    )
    assert_one_line_error(*run(capsys, "new", tmp_path / "w", "--title", "   "), "title must not be empty")
    assert_one_line_error(*run(capsys, "new", tmp_path / "no" / "dir" / "w", "--title", "X"), "does not exist")
    assert list(tmp_path.iterdir()) == []


def test_bad_arguments_exit_2_with_usage(tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["new", str(tmp_path / "w.pemw")])  # --title is required
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert "usage: pem-desktop new" in err and "--title" in err
    with pytest.raises(SystemExit) as raised:
        main(["new", str(tmp_path / "w.pemw"), "--title", "X", "--date", "25.11.2026"])
    assert raised.value.code == 2
    assert "'25.11.2026' is not a date like 2026-11-25" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_help(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--help"])
    assert raised.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: pem-desktop")
    for command in ("validate-model", "new", "info", "demo", "models"):
        assert command in out
    with pytest.raises(SystemExit) as raised:
        main(["new", "--help"])
    assert raised.value.code == 0
    assert "--team" in capsys.readouterr().out


def test_version_in_process(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"pem-desktop {__version__}"


# -- as a real process ---------------------------------------------------------------------------------


def test_python_m_pem_desktop_version():
    result = subprocess.run(
        [sys.executable, "-m", "pem_desktop", "--version"],
        cwd=ROOT,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"pem-desktop {__version__}"
    assert result.stderr == ""


def test_python_m_pem_desktop_error_has_no_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pem_desktop", "info", str(tmp_path / "nowhere.pemw")],
        cwd=tmp_path,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"pem-desktop: error: {tmp_path / 'nowhere.pemw'} does not exist."]


@pytest.mark.parametrize(
    "argv", [["--read-only"], ["--read-only", "info", "x.pemw"], ["info", "--read-only", "x.pemw"]]
)
def test_read_only_goes_only_with_a_workshop_to_open_in_the_app(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--read-only" in err and "Traceback" not in err
