"""The bundled models and their documentation are in our own words: no run of 8 or more words is
shared with a source text.

The source texts are not part of the repository. They are looked for in `shared/reference` beside
the repository or beside one of its parent folders (`../shared/reference` from the repository root
in the team's layout), or in the folder named by PEM_REFERENCE_DIR; the test is skipped when there
are none (as on CI).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from pem_desktop.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
RUN = 8  # words

# Spelling variants count as the same word, so a sentence cannot pass by being re-spelt.
_SAME_WORD = {
    "centre": "center",
    "centres": "centers",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "colour": "color",
    "favour": "favor",
    "labelled": "labeled",
    "modelling": "modeling",
    "travelled": "traveled",
    "programme": "program",
    "catalogue": "catalog",
    "learnt": "learned",
}
_ISE = re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations|er|ers)$")


def reference_folder() -> Path | None:
    named = os.environ.get("PEM_REFERENCE_DIR")
    if named:
        return Path(named) if Path(named).is_dir() else None
    for folder in (ROOT, *ROOT.parents):
        candidate = folder.parent / "shared" / "reference"
        if candidate.is_dir():
            return candidate
    return None


def words(text: str) -> list[str]:
    out = []
    for word in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")):
        word = _SAME_WORD.get(word, word)
        out.append(_ISE.sub(r"iz\1", word))
    return out


def runs(text: str) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + RUN]) for i in range(len(tokens) - RUN + 1)}


def strings_in(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [text for value in data.values() for text in strings_in(value)]
    if isinstance(data, list):
        return [text for value in data for text in strings_in(value)]
    return []


def our_texts() -> dict[str, list[str]]:
    """Every text of every bundled model (field by field) and every document beside the models."""
    texts = {}
    for path in sorted(data_path("model").glob("*.yaml")):
        texts[path.name] = strings_in(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted(data_path("model").glob("*.md")):
        texts[path.name] = [path.read_text(encoding="utf-8")]
    return texts


@pytest.fixture(scope="module")
def source_runs() -> dict[tuple[str, ...], str]:
    folder = reference_folder()
    if folder is None:
        pytest.skip("the source texts (shared/reference) are not on this machine")
    found: dict[tuple[str, ...], str] = {}
    sources = [p for p in sorted(folder.rglob("*")) if p.suffix in {".txt", ".md"} and p.name != "README.md"]
    assert sources, f"no source texts in {folder}"
    for path in sources:
        for run in runs(path.read_text(encoding="utf-8", errors="replace")):
            found.setdefault(run, str(path.relative_to(folder)))
    return found


def test_the_check_finds_a_copied_run_and_ignores_spelling_and_punctuation():
    source = runs("Platform teams staff roles not traditionally found in internal serving teams.")
    assert runs("We saw that platform-teams staff roles, not traditionally found in internal ones.") & source
    assert runs("Platform teams hire people for roles that internal teams rarely have.").isdisjoint(source)
    assert runs("The organisation recognises the centre") == runs("the organization recognizes the center")


def test_no_model_text_shares_a_run_of_eight_words_with_a_source(source_runs):
    copied = []
    for name, texts in our_texts().items():
        for text in texts:
            for run in sorted(runs(text) & source_runs.keys()):
                copied.append(f"{name}: '{' '.join(run)}' (as in {source_runs[run]})")
    assert not copied, "runs of 8 words copied from a source:\n" + "\n".join(copied)
