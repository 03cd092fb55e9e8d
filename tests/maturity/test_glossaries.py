"""One glossary per language (model/glossary/LANG.md) fixes the model's terms; the translations use them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_translations import TRANSLATED, texts

from pem_desktop.maturity.catalog import bundled_model, bundled_translations
from pem_desktop.maturity.translation import load_translation_file

GLOSSARIES = Path(__file__).resolve().parents[2] / "model" / "glossary"


def sections(language: str) -> dict[str, list[list[str]]]:
    """The rows of each `## Heading`'s table (header and separator rows left out)."""
    found: dict[str, list[list[str]]] = {}
    heading = ""
    for line in (GLOSSARIES / f"{language}.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
            found[heading] = []
        elif line.startswith("|") and heading:
            cells = [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            if not set("".join(cells)) <= set("- "):
                found[heading].append(cells)
    for rows in found.values():
        del rows[:1]  # the header
    return found


@pytest.fixture(scope="module")
def english():
    return bundled_model("cncf-platform-engineering")


def translated(english, language):
    path = bundled_translations("cncf-platform-engineering")[language]
    return load_translation_file(path, english).model


def test_there_is_a_glossary_for_every_language_the_model_comes_in():
    assert sorted(path.stem for path in GLOSSARIES.glob("*.md")) == sorted(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_glossary_names_aspects_levels_and_labels_as_the_translation_does(english, language):
    model, ours = translated(english, language), english.model
    tables = sections(language)
    assert tables["Aspects"] == [[a.id, a.name, b.name] for a, b in zip(ours.aspects, model.aspects, strict=True)]
    assert tables["Levels"] == [[a.id, a.name, b.name] for a, b in zip(ours.levels, model.levels, strict=True)]
    assert tables["Aspect labels"] == [
        [f"{a.id}/{x.level.id}", x.label, y.label]
        for a, b in zip(ours.aspects, model.aspects, strict=True)
        for x, y in zip(a.levels, b.levels, strict=True)
    ]


@pytest.mark.parametrize("language", TRANSLATED)
def test_checked_terms_are_used_wherever_the_english_text_has_them(english, language):
    model = translated(english, language)
    pairs = list(zip(texts(english.model), texts(model), strict=True))
    terms = sections(language)["Terms"]
    assert len(terms) >= 50
    checked = 0
    for english_term, rendering, check, _notes in terms:
        assert rendering, english_term
        if not check:
            continue
        term = english_term.split(" (")[0]
        words = "[- ]".join(re.escape(word) for word in term.split())
        pattern = re.compile(rf"\b{words}", re.IGNORECASE)
        wanted = re.compile(check.strip("`"), re.IGNORECASE)
        misses = [theirs for ours, theirs in pairs if pattern.search(ours) and not wanted.search(theirs)]
        assert not misses, f"{language}: '{term}' should read {check} in: {misses[:3]}"
        checked += 1
    assert checked >= 12


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_glossary_names_the_app_s_own_terms_for_the_interface(language):
    rows = sections(language)["Terms of the app"]
    assert {row[0] for row in rows} >= {"workshop", "facilitator", "disagreement", "action", "roadmap (the PDF)"}
    assert all(len(row) == 2 and row[1] for row in rows)
