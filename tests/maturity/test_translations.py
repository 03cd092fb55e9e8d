"""Model translations: every bundled one has exactly its model's structure, and a translation that does
not is refused with file, line and path for each problem, as a broken model is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pem_desktop.cli import main
from pem_desktop.languages import LANGUAGES, is_language_code
from pem_desktop.maturity import MaturityModel, ModelError, load_model_file, load_model_text
from pem_desktop.maturity.catalog import bundled_models, bundled_translations, languages_of, resolve_model_in
from pem_desktop.maturity.translation import (
    load_translation_file,
    named_model,
    translate,
    translation_file_parts,
    translations_beside,
    untranslated,
)
from pem_desktop.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("de", "fr", "es", "pt_BR", "ja", "zh_CN")  # the Platform Engineering model in each of these

# A small model with everything a translation must mirror: level descriptions, a description, topics,
# characteristics with and without a topic, scenarios, questions with and without details.
MODEL = """\
format: pem-model/1
id: tiny
title: Tiny model
version: "1"
description: What it is for.
levels:
  - id: low
    name: Low
    description: Little happens.
  - id: high
    name: High
aspects:
  - id: speed
    name: Speed
    question: How fast are we?
    topics:
      - id: releases
        name: Releases
    levels:
      - level: low
        label: Slow
        summary: Slow going
        meaning: Things take a long time.
        characteristics:
          - topic: releases
            text: Releases wait for a monthly window
          - Nobody measures lead time
      - level: high
        label: Fast
        summary: Fast going
        meaning: Things happen quickly.
        characteristics:
          - Releases go out many times a day
        scenarios:
          - A fix ships within the hour
    questions:
      - id: speed-releases
        text: How often do you release?
        detail: Count last month's releases.
        answers:
          - level: low
            text: Monthly at best
          - level: high
            text: Many times a day
"""

TRANSLATION = """\
format: pem-model-translation/1
model: tiny
model_version: "1"
language: de
title: Kleines Modell
description: Wofür es da ist.
levels:
  - id: low
    name: Niedrig
    description: Wenig passiert.
  - id: high
    name: Hoch
aspects:
  - id: speed
    name: Tempo
    question: Wie schnell sind wir?
    topics:
      - id: releases
        name: Releases
    levels:
      - level: low
        label: Langsam
        summary: Langsam unterwegs
        meaning: Alles dauert lange.
        characteristics:
          - topic: releases
            text: Releases warten auf ein monatliches Fenster
          - Niemand misst die Durchlaufzeit
      - level: high
        label: Schnell
        summary: Schnell unterwegs
        meaning: Alles geht schnell.
        characteristics:
          - Releases gehen mehrmals am Tag hinaus
        scenarios:
          - Ein Fix ist binnen einer Stunde draußen
    questions:
      - id: speed-releases
        text: Wie oft liefern Sie aus?
        detail: Zählen Sie die Releases des letzten Monats.
        answers:
          - level: low
            text: Bestenfalls monatlich
          - level: high
            text: Mehrmals am Tag
"""


@pytest.fixture
def tiny():
    return load_model_text(MODEL, "tiny.yaml")


def replace(old: str, new: str, text: str = TRANSLATION) -> str:
    assert text.count(old) == 1, f"{old!r} is not unique in the translation"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def problems(loaded, text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ModelError) as caught:
        translate(loaded, text, "tiny.de.yaml")
    assert all(problem.file == "tiny.de.yaml" for problem in caught.value.problems)
    return [(problem.line, problem.path, problem.message) for problem in caught.value.problems]


def structure(model: MaturityModel):
    """Everything a translation must keep: ids, order, counts, topics and which optional texts exist."""
    return (
        model.id,
        model.version,
        model.description is not None,
        model.credit is not None,
        model.source,
        model.licence,
        tuple((level.id, level.index, level.description is not None) for level in model.levels),
        tuple(
            (
                aspect.id,
                aspect.description is not None,
                tuple((topic.id, topic.description is not None) for topic in aspect.topics),
                tuple(
                    (
                        entry.level.id,
                        tuple(topic.id if topic else None for topic in entry.characteristic_topics),
                        len(entry.characteristics),
                        len(entry.scenarios),
                    )
                    for entry in aspect.levels
                ),
                tuple(
                    (
                        question.id,
                        question.detail is not None,
                        tuple((answer.level.id, answer.detail is not None) for answer in question.answers),
                    )
                    for question in aspect.questions
                ),
            )
            for aspect in model.aspects
        ),
    )


def texts(model: MaturityModel) -> list[str]:
    """Every translatable text of a model, in a fixed order."""
    found = [model.title, model.description or "", model.credit or ""]
    found += [text for level in model.levels for text in (level.name, level.description or "")]
    for aspect in model.aspects:
        found += [aspect.name, aspect.question, aspect.description or ""]
        found += [topic.name for topic in aspect.topics]
        for entry in aspect.levels:
            found += [entry.label, entry.summary, entry.meaning, *entry.characteristics, *entry.scenarios]
        for question in aspect.questions:
            found += [question.text, question.detail or ""]
            found += [answer.text for answer in question.answers]
    return [text for text in found if text]


def bundled_pairs():
    for loaded in bundled_models():
        for language, path in bundled_translations(loaded.model.id).items():
            yield pytest.param(loaded, language, path, id=f"{loaded.model.id}.{language}")


# -- the bundled translations ------------------------------------------------------------------


def test_the_platform_engineering_model_comes_in_every_language_of_the_app():
    assert languages_of("cncf-platform-engineering") == ["en", *TRANSLATED]
    assert set(TRANSLATED) | {"en"} == set(LANGUAGES)


@pytest.mark.parametrize(("loaded", "language", "path"), list(bundled_pairs()))
def test_every_bundled_translation_is_structurally_identical_to_its_model(loaded, language, path):
    translated = load_translation_file(path, loaded)
    assert translated.language == language == translated.translation.language
    assert structure(translated.model) == structure(loaded.model)
    assert translated.text == loaded.text and translated.sha256 == loaded.sha256
    assert translated.original is loaded.model
    # every text is there, and translated: only names and terms kept as they are may read the same
    ours, theirs = texts(loaded.model), texts(translated.model)
    assert len(ours) == len(theirs)
    same = [text for text, other in zip(ours, theirs, strict=True) if text == other]
    assert len(same) <= len(ours) // 20, same[:20]


@pytest.mark.parametrize(("loaded", "language", "path"), list(bundled_pairs()))
def test_bundled_translations_keep_the_board_texts_short(loaded, language, path):
    """Labels and one-line summaries sit in the board's columns: no longer than the model's own allow."""
    translated = load_translation_file(path, loaded).model
    cjk = language in ("ja", "zh_CN")
    for ours, theirs in zip(loaded.model.aspects, translated.aspects, strict=True):
        for entry, other in zip(ours.levels, theirs.levels, strict=True):
            where = f"{path.name}: {ours.id}/{entry.level.id}"
            if cjk:  # a CJK character takes about two Latin ones' width
                assert len(other.label) <= 12, where
                assert len(other.summary) <= 50, where
            else:
                assert len(other.label) <= max(len(entry.label) + 12, 28), where
                assert max(len(word) for word in re.split(r"[\s-]+", other.label)) <= 13, where


def test_translation_file_names_say_their_model_and_language():
    for path in data_path("model").glob("*.*.yaml"):
        parts = translation_file_parts(path)
        assert parts is not None, path
        assert (data_path("model") / f"{parts[0]}.yaml").is_file(), path
        assert is_language_code(parts[1])
    assert translation_file_parts("acme-v2.pt_BR.yaml") == ("acme-v2", "pt_BR")
    assert translation_file_parts("acme-v2.yaml") is None
    assert translation_file_parts("acme.de.txt") is None
    assert named_model('format: pem-model-translation/1\nmodel: "acme-v2"  # ours\n') == "acme-v2"


def test_bundled_models_do_not_include_translations():
    assert sorted(loaded.model.id for loaded in bundled_models()) == ["cncf-cloud-native", "cncf-platform-engineering"]


def test_resolve_a_model_in_a_language():
    german = resolve_model_in("cncf-platform-engineering", "de")
    assert german.model.aspect("investment").name == "Investition"
    assert resolve_model_in(None, "en").translation is None
    with pytest.raises(ModelError, match=r"not available in 'it' \(available: en, de, fr"):
        resolve_model_in("cncf-platform-engineering", "it")
    assert untranslated(german).model is german.original


def test_the_translated_model_keeps_every_id_so_positions_mean_the_same(tiny):
    translated = translate(tiny, TRANSLATION, "tiny.de.yaml")
    model = translated.model
    assert model.language == "de" and tiny.model.language == "en"
    assert model.title == "Kleines Modell"
    assert model.aspect("speed").at(1).heading == "Hoch: Schnell"
    assert model.aspect("speed").at(0).topical_characteristics[0][0].name == "Releases"
    assert model.aspect("speed").question_by_id("speed-releases").answer_at(0).level is model.levels[0]
    assert model.aspect("speed").levels[0].level is model.levels[0]
    assert model.describe_position(1.5) == "Hoch"
    assert model.source == tiny.model.source and model.licence == tiny.model.licence


# -- broken translations: each problem with line and path -----------------------------------------

CASES = [
    (
        "aspect-id-changed",
        replace("  - id: speed\n", "  - id: pace\n"),
        [("  - id: pace", "aspects[0].id", "expected 'speed' here (the model's order: speed), found 'pace'")],
    ),
    (
        "level-missing",
        replace("  - id: high\n    name: Hoch\n", ""),
        [("  - id: low\n    name: Niedrig", "levels", "the model has 2 levels here, this has 1")],
    ),
    (
        "aspect-level-out-of-order",
        replace("      - level: low\n        label: Langsam", "      - level: high\n        label: Langsam"),
        [("      - level: high\n        label: Langsam", "aspects[0].levels[0].level", "expected 'low' here")],
    ),
    (
        "characteristic-missing",
        replace("          - Niemand misst die Durchlaufzeit\n", ""),
        [
            (
                "          - topic: releases\n            text: Releases warten",
                "aspects[0].levels[0].characteristics",
                "has 2 characteristics here, this has 1",
            )
        ],
    ),
    (
        "scenario-where-the-model-has-none",
        replace(
            "          - Niemand misst die Durchlaufzeit\n",
            "          - Niemand misst die Durchlaufzeit\n        scenarios:\n          - Dazu erfunden\n",
        ),
        [("          - Dazu", "aspects[0].levels[0].scenarios", "the model has no scenarios here")],
    ),
    (
        "description-missing",
        replace("    description: Wenig passiert.\n", ""),
        [("  - id: low", "levels[0].description", "missing (the model has a description here)")],
    ),
    (
        "detail-added",
        replace("            text: Mehrmals am Tag\n", "            text: Mehrmals am Tag\n            detail: Neu\n"),
        [("            detail: Neu", "aspects[0].questions[0].answers[1].detail", "the model has no detail here")],
    ),
    (
        "topic-dropped-from-a-characteristic",
        replace(
            "          - topic: releases\n            text: Releases warten auf ein monatliches Fenster\n",
            "          - Releases warten auf ein monatliches Fenster\n",
        ),
        [("          - Releases warten", "aspects[0].levels[0].characteristics[0]", "has the topic 'releases'")],
    ),
    (
        "topic-given-where-the-model-has-none",
        replace(
            "          - Niemand misst die Durchlaufzeit\n",
            "          - topic: releases\n            text: Niemand misst\n",
        ),
        [
            (
                "          - topic: releases\n            text: Niemand",
                "aspects[0].levels[0].characteristics[1]",
                "has no topic",
            )
        ],
    ),
    (
        "question-id-changed",
        replace("id: speed-releases", "id: speed-release"),
        [("id: speed-release", "aspects[0].questions[0].id", "expected 'speed-releases' here")],
    ),
    (
        "answer-missing",
        replace("          - level: high\n            text: Mehrmals am Tag\n", ""),
        [
            (
                "          - level: low\n            text: Bestenfalls",
                "aspects[0].questions[0].answers",
                "the model has 2 answers here, this has 1",
            )
        ],
    ),
    (
        "another-model",
        replace("model: tiny", "model: huge"),
        [("model: huge", "model", "this translates the model 'huge', not 'tiny'")],
    ),
    (
        "another-version",
        replace('model_version: "1"', 'model_version: "2"'),
        [('model_version: "2"', "model_version", "version '2' of the model; the model is version '1'")],
    ),
    (
        "into-the-model-s-own-language",
        replace("language: de", "language: en"),
        [("language: en", "language", "the model itself is in 'en'")],
    ),
    (
        "not-a-language-code",
        replace("language: de", "language: German"),
        [("language: German", "language", "'German' is not a language code")],
    ),
    (
        "a-model-not-a-translation",
        replace("format: pem-model-translation/1", "format: pem-model/1"),
        [("format: pem-model/1", "format", "this is a model, not a translation of one")],
    ),
    (
        "unknown-key",
        replace("title: Kleines Modell\n", "title: Kleines Modell\nsource:\n  title: Quelle\n"),
        [("source:", "source", "unknown key")],
    ),
    (
        "summary-too-long",
        replace("summary: Langsam unterwegs", "summary: " + "lang " * 25),
        [("summary: lang", "aspects[0].levels[0].summary", "one line of at most 100 characters")],
    ),
    (
        "empty-label",
        replace("label: Schnell", 'label: ""'),
        [('label: ""', "aspects[0].levels[1].label", "must not be empty")],
    ),
    (
        "duplicate-key",
        replace("    name: Tempo\n", "    name: Tempo\n    name: Geschwindigkeit\n"),
        [("    name: Geschwindigkeit", "aspects[0].name", "key appears twice")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(text, exp, id=name) for name, text, exp in CASES])
def test_broken_translation_is_reported_with_line_and_path(tiny, text, expected):
    found = problems(tiny, text)
    for needle, path, message in expected:
        assert any(
            line == line_of(text, needle) and found_path == path and message in found_message
            for line, found_path, found_message in found
        ), (needle, path, message, found)
    assert len(found) == len(expected), found


def test_every_problem_is_reported_at_once(tiny):
    text = replace("  - id: high\n    name: Hoch\n", "  - id: hi\n    name: Hoch\n")
    text = replace("    description: Wenig passiert.\n", "", text)
    text = replace("        detail: Zählen Sie die Releases des letzten Monats.\n", "", text)
    paths = [path for _line, path, _message in problems(tiny, text)]
    assert paths == ["levels[0].description", "levels[1].id", "aspects[0].questions[0].detail"]


def test_a_translation_chosen_as_a_model_says_so(tmp_path):
    path = tmp_path / "tiny.de.yaml"
    path.write_text(TRANSLATION, encoding="utf-8")
    with pytest.raises(ModelError, match="this is a translation of the model 'tiny', not a model"):
        load_model_file(path)


def test_a_translation_too_large_or_not_utf8_is_refused(tiny, tmp_path):
    with pytest.raises(ModelError, match="larger than 2 MB"):
        translate(tiny, TRANSLATION + "#" * 2_000_001)
    path = tmp_path / "tiny.de.yaml"
    path.write_bytes(TRANSLATION.replace("Tempo", "Temp\xf6").encode("latin-1"))
    with pytest.raises(ModelError, match="not UTF-8") as caught:
        load_translation_file(path, tiny)
    assert caught.value.problems[0].line == line_of(TRANSLATION, "description: Wof")


def test_yaml_tags_and_empty_files_are_refused(tiny):
    with pytest.raises(ModelError, match="the file is empty"):
        translate(tiny, "# nothing\n")
    with pytest.raises(ModelError, match="not allowed"):
        translate(tiny, replace("title: Kleines Modell", "title: !!python/object:os.system echo"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mangled_translations_raise_only_model_error(tiny, data):
    lines = TRANSLATION.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "repeat", "indent", "dedent", "garble"]))
        line = lines[index]
        if action == "drop":
            del lines[index]
        elif action == "repeat":
            lines.insert(index, line)
        elif action == "indent":
            lines[index] = "  " + line
        elif action == "dedent":
            lines[index] = line[2:] if line.startswith("  ") else line
        else:
            lines[index] = re.sub(r"[a-z]", "x", line, count=3)
        if not lines:
            lines = ["\n"]
    try:
        translate(tiny, "".join(lines), "tiny.de.yaml")
    except ModelError as error:
        assert error.problems


# -- finding translations beside a model file, and validate-model ---------------------------------


def test_translations_beside_a_model_file_are_found_by_name(tmp_path):
    (tmp_path / "tiny.yaml").write_text(MODEL, encoding="utf-8")
    (tmp_path / "tiny.de.yaml").write_text(TRANSLATION, encoding="utf-8")
    (tmp_path / "tiny.pt_BR.yaml").write_text(TRANSLATION.replace("language: de", "language: pt_BR"), "utf-8")
    (tmp_path / "other.fr.yaml").write_text("", encoding="utf-8")
    assert sorted(translations_beside(tmp_path / "tiny.yaml")) == ["de", "pt_BR"]
    assert languages_of(str(tmp_path / "tiny.yaml")) == ["en", "de", "pt_BR"]
    assert resolve_model_in(str(tmp_path / "tiny.yaml"), "pt_BR").model.language == "pt_BR"


def test_validate_model_checks_the_translations_beside_it(tmp_path, capsys):
    (tmp_path / "tiny.yaml").write_text(MODEL, encoding="utf-8")
    (tmp_path / "tiny.de.yaml").write_text(TRANSLATION, encoding="utf-8")
    broken = replace("  - id: high\n    name: Hoch\n", "").replace("language: de", "language: fr")
    (tmp_path / "tiny.fr.yaml").write_text(broken, encoding="utf-8")
    code = main(["validate-model", str(tmp_path / "tiny.yaml")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "tiny.yaml: valid" in out and "tiny.de.yaml: valid — Deutsch (de) translation of tiny 1" in out
    assert f"tiny.fr.yaml:{line_of(broken, '  - id: low')}: levels: the model has 2 levels here, this has 1" in err
    assert "tiny.fr.yaml is not a valid translation (1 problem)" in err


def test_validate_model_of_a_translation_finds_its_model(tmp_path, capsys):
    (tmp_path / "tiny.yaml").write_text(MODEL, encoding="utf-8")
    (tmp_path / "tiny.de.yaml").write_text(TRANSLATION, encoding="utf-8")
    assert main(["validate-model", str(tmp_path / "tiny.de.yaml")]) == 0
    assert "valid — Deutsch (de) translation of tiny 1: Kleines Modell" in capsys.readouterr().out
    # a bundled model's translation, elsewhere: found by the model id it names
    copy = tmp_path / "elsewhere.de.yaml"
    copy.write_text((data_path("model") / "cncf-platform-engineering-v1.de.yaml").read_text("utf-8"), "utf-8")
    assert main(["validate-model", str(copy)]) == 0
    # a name that does not match the language inside
    wrong = tmp_path / "tiny.es.yaml"
    wrong.write_text(TRANSLATION, encoding="utf-8")
    assert main(["validate-model", str(wrong)]) == 1
    assert "the file says 'de', its name says 'es'" in capsys.readouterr().err


def test_validate_model_of_every_bundled_model_passes(capsys):
    for path in sorted(data_path("model").glob("*.yaml")):
        if translation_file_parts(path) is None:
            assert main(["validate-model", str(path)]) == 0, capsys.readouterr().err
    assert "pt_BR" in capsys.readouterr().out


def test_hostile_translation_files_are_refused_as_hostile_models_are(tiny, tmp_path):
    import os

    fifo = tmp_path / "tiny.de.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ModelError, match="not a regular file"):
        load_translation_file(fifo, tiny)  # never waits for a writer
    bomb = "format: pem-model-translation/1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
    with pytest.raises(ModelError, match="YAML aliases"):
        translate(tiny, bomb)
    with pytest.raises(ModelError, match="control character U\\+0007") as caught:
        translate(tiny, replace("label: Schnell", 'label: "Schn\\aell"'))
    assert caught.value.problems[0].path == "aspects[0].levels[1].label"
