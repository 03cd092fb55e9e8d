"""The model language on the command line: `new` and `demo --model-language`, `models`, `info`."""

from __future__ import annotations

from pem_desktop.cli import main
from pem_desktop.services import Workshop


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_in_a_language_then_info_says_so(tmp_path, capsys):
    path = tmp_path / "osaka.pemw"
    code, out, err = run(
        capsys, "new", path, "--title", "大阪ワークショップ", "--model-language", "ja", "--team", "決済"
    )
    assert (code, err) == (0, "")
    workshop = Workshop.open(path, read_only=True)
    try:
        assert workshop.info().language == "ja"
        assert workshop.model.language == "ja"
    finally:
        workshop.close()
    code, out, err = run(capsys, "info", path)
    assert code == 0
    assert "  language:     ja — 日本語 (translation)" in out
    assert "投資" in out  # the aspects by their Japanese names


def test_new_in_the_model_s_own_language_or_an_unknown_one(tmp_path, capsys):
    code, out, _err = run(capsys, "new", tmp_path / "en.pemw", "--title", "T", "--model-language", "en")
    assert code == 0
    code, out, err = run(capsys, "new", tmp_path / "it.pemw", "--title", "T", "--model-language", "it")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "pem-desktop: error: cncf-platform-engineering: the model is not available in 'it' "
        "(available: en, de, fr, es, pt_BR, ja, zh_CN)"
    ]
    assert not (tmp_path / "it.pemw").exists()


def test_a_demo_in_german(tmp_path, capsys):
    path = tmp_path / "demo.pemw"
    code, _out, err = run(capsys, "demo", path, "--model-language", "de")
    assert (code, err) == (0, "")
    workshop = Workshop.open(path, read_only=True)
    try:
        assert workshop.model.aspect("operations").name == "Betrieb"
        assert len(workshop.teams()) == 6
    finally:
        workshop.close()


def test_models_lists_the_languages(capsys):
    code, out, _err = run(capsys, "models")
    assert code == 0
    assert "languages: en, de, fr, es, pt_BR, ja, zh_CN" in out
