"""The interface's translation sources (resources/translations/qt/*.ts): every file complete, its plural forms
as its language counts them, its placeholders and accelerators those of the source; every area in every
language; every string the code marks translated; and each language's files compiled into one catalog."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import PySide6
import pytest
from ts_files import (
    AREAS,
    PLACEHOLDER,
    ROOT,
    TS_FOLDER,
    accelerators,
    area_of,
    areas_missing,
    language_of,
    messages,
    numerus_forms,
    translated_sources,
    ts_files,
)

from pem_desktop.languages import ENGLISH, LANGUAGES
from pem_desktop.ui import qt_catalogs

FILES = ts_files()


def test_every_file_is_of_a_language_of_the_app_and_every_area_has_all_of_them():
    assert FILES, "no .ts files"
    assert {language_of(path) for path in FILES} <= set(LANGUAGES)
    for area in {area_of(path) for path in FILES}:
        assert area in AREAS, f"{area}: not an area of the app (tests/ts_files.py AREAS)"
        missing = [code for code in LANGUAGES if not (TS_FOLDER / f"{area}_{code}.ts").is_file()]
        assert not missing, f"{area}: no .ts for {', '.join(missing)}"


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_every_message_is_translated_whole(path: Path):
    language = language_of(path)
    problems = []
    for message in messages(path):
        where = f"{message.context}: {message.source!r}"
        if message.kind:
            problems.append(f"{where}: {message.kind}")
            continue
        if language == ENGLISH and not message.numerus:
            problems.append(f"{where}: the English file holds plural forms only (lupdate -pluralonly)")
        if message.numerus and len(message.forms) != numerus_forms(language):
            problems.append(f"{where}: {len(message.forms)} plural forms, {language} has {numerus_forms(language)}")
        for form in message.forms:
            if not form.strip():
                problems.append(f"{where}: an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(message.source)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(form)} in {form!r}")
            elif ("%n" in message.source or message.numerus) and "%n" not in form:
                problems.append(f"{where}: no %n in {form!r}")
            elif len(accelerators(form)) != len(accelerators(message.source)):
                problems.append(f"{where}: the accelerator (&) of {form!r} does not match the source's")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_string_the_code_marks_is_translated(language, tmp_path: Path):
    """lupdate over pem_desktop/ui finds no string the .ts files of the language leave out (English: no plural)."""
    found = tmp_path / "found.ts"
    sources = sorted(str(path) for path in (ROOT / "pem_desktop" / "ui").glob("*.py"))
    extra = ["-pluralonly"] if language == ENGLISH else []
    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if os.name == "nt" else "lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-silent", *extra, "-target-language", language, "-ts", found],
        check=True,
        capture_output=True,
        timeout=120,
    )
    marked = {(message.context, message.source) for message in messages(found)}
    missing = sorted(marked - translated_sources(language))
    assert not areas_missing(language), f"areas without a {language} .ts file"
    assert not missing, "\n".join(f"{context}: {source!r}" for context, source in missing)


def test_each_language_compiles_into_one_catalog_and_a_fresh_one_is_not_compiled_again(tmp_path: Path):
    compiled = qt_catalogs.compile_all(TS_FOLDER, tmp_path)
    assert sorted(path.name for path in compiled) == sorted(qt_catalogs.catalog_name(code) for code in LANGUAGES)
    assert all(path.stat().st_size > 0 and path.stat().st_mode & 0o044 == 0o044 for path in compiled)
    german = tmp_path / qt_catalogs.catalog_name("de")
    past = time.time() + 60  # later than every source: fresh
    os.utime(german, (past, past))
    assert qt_catalogs.fresh_catalog(TS_FOLDER, tmp_path, "de") == german
    assert german.stat().st_mtime == past
    os.utime(german, (0, 0))  # older than its sources: compiled again
    assert qt_catalogs.fresh_catalog(TS_FOLDER, tmp_path, "de") == german
    assert german.stat().st_mtime > 0
    assert qt_catalogs.fresh_catalog(TS_FOLDER, tmp_path, "ko") is None  # no such .ts


def test_compiled_catalogs_are_not_committed():
    result = subprocess.run(["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip("not a git checkout")
    assert result.stdout.strip() == ""
