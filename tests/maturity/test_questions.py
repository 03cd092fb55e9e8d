"""Guided questions and named topics in the model format: valid files load them, broken ones are
reported with file, line and path; old files stay valid; a workshop's snapshot carries them."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pem_desktop.export.json_export import workshop_document
from pem_desktop.maturity import ModelError, load_model_file, load_model_text
from pem_desktop.maturity import loader as loader_module
from pem_desktop.maturity.model import Answer, Question, Topic
from pem_desktop.services import Workshop
from pem_desktop.services.transfer import import_workshop

# A valid three-level model: one aspect with topics and two questions, one aspect in the old style.
GOOD = """\
format: pem-model/1
id: tiny
title: Tiny model
version: "1"
source:
  title: Tiny source
  copyright: © The Tiny Authors
levels:
  - id: low
    name: Low
  - id: mid
    name: Mid
  - id: high
    name: High
aspects:
  - id: speed
    name: Speed
    question: How fast are we?
    topics:
      - id: releases
        name: Releases
      - id: fixes
        name: Fixes
        description: How soon a defect is put right.
    levels:
      - level: low
        label: Slow
        summary: Slow going
        meaning: Things take a long time.
        characteristics:
          - topic: releases
            text: Releases wait for a monthly window
          - topic: fixes
            text: A fix waits for the next release
          - Nobody measures any of it
      - level: mid
        label: Steady
        summary: Steady going
        meaning: Things happen every week.
        characteristics:
          - topic: releases
            text: Releases go out weekly
      - level: high
        label: Fast
        summary: Fast going
        meaning: Things happen quickly.
        characteristics:
          - topic: fixes
            text: A fix ships within the hour
          - topic: releases
            text: Releases go out many times a day
    questions:
      - id: speed-releases
        text: How often does a change reach your users?
        detail: Think of the last three months, not the best week.
        answers:
          - level: low
            text: Once a month, or less often
          - level: mid
            text: About once a week
            detail: Most teams, most weeks.
          - level: high
            text: Many times a day
      - id: speed-fixes
        text: How long does an urgent fix take?
        answers:
          - level: low
            text: Until the next planned release
          - level: mid
            text: A day or two
          - level: high
            text: Within the hour
  - id: safety
    name: Safety
    question: How safe are our changes?
    levels:
      - level: low
        label: Risky
        summary: Risky
        meaning: Changes often break things.
        characteristics:
          - Outages follow releases
      - level: mid
        label: Careful
        summary: Careful
        meaning: Changes are reviewed.
        characteristics:
          - Every change is reviewed
      - level: high
        label: Safe
        summary: Safe
        meaning: Changes rarely break things.
        characteristics:
          - Rollbacks are automatic
"""

SPEED_QUESTIONS = GOOD[GOOD.index("    questions:") : GOOD.index("  - id: safety")]


def replace(old: str, new: str, text: str = GOOD) -> str:
    assert text.count(old) == 1, f"{old!r} is not unique in the model text"
    return text.replace(old, new)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1


# -- valid files ---------------------------------------------------------------------------------


def test_questions_load_with_one_answer_per_level_in_model_order():
    model = load_model_text(GOOD, "good.yaml").model
    speed = model.aspect("speed")
    assert [question.id for question in speed.questions] == ["speed-releases", "speed-fixes"]
    releases = speed.question_by_id("speed-releases")
    assert releases.text == "How often does a change reach your users?"
    assert releases.detail == "Think of the last three months, not the best week."
    assert [answer.level for answer in releases.answers] == list(model.levels)
    assert releases.answer_at(1) == Answer(model.levels[1], "About once a week", "Most teams, most weeks.")
    assert releases.answers[0].detail is None
    assert speed.question_by_id("speed-fixes").detail is None
    with pytest.raises(KeyError):
        speed.question_by_id("nope")


def test_characteristics_are_grouped_under_named_topics():
    model = load_model_text(GOOD, "good.yaml").model
    speed = model.aspect("speed")
    releases, fixes = speed.topics
    assert releases == Topic("releases", "Releases")
    assert fixes == Topic("fixes", "Fixes", "How soon a defect is put right.")
    low = speed.at(0)
    assert low.characteristics == (
        "Releases wait for a monthly window",
        "A fix waits for the next release",
        "Nobody measures any of it",
    )
    assert low.topical_characteristics == (
        (releases, "Releases wait for a monthly window"),
        (fixes, "A fix waits for the next release"),
        (None, "Nobody measures any of it"),
    )
    assert speed.at(2).characteristic_topics == (fixes, releases)


def test_an_aspect_without_questions_or_topics_is_as_before():
    model = load_model_text(GOOD, "good.yaml").model
    safety = model.aspect("safety")
    assert safety.questions == () and safety.topics == ()
    assert safety.at(0).characteristic_topics == ()
    assert safety.at(0).topical_characteristics == ((None, "Outages follow releases"),)


def test_the_source_may_name_its_copyright_holder():
    model = load_model_text(GOOD, "good.yaml").model
    assert model.source is not None and model.source.copyright == "© The Tiny Authors"


def test_an_empty_question_list_is_the_same_as_none():
    model = load_model_text(replace(SPEED_QUESTIONS, "    questions: []\n"), "good.yaml").model
    assert model.aspect("speed").questions == ()


def test_a_kept_parsed_copy_carries_questions_and_topics(tmp_path):
    loader_module.keep_parsed_models_in(tmp_path / "models")
    loader_module._loaded.clear()
    try:
        first = load_model_text(GOOD + "\n# kept\n", "a.yaml")
        loader_module._loaded.clear()
        again = load_model_text(GOOD + "\n# kept\n", "b.yaml")
    finally:
        loader_module.keep_parsed_models_in(None)
        loader_module._loaded.clear()
    assert again is not first and again.model == first.model
    assert again.model.aspect("speed").questions == first.model.aspect("speed").questions


def test_a_workshop_made_with_questions_reopens_with_them(tmp_path):
    model_path = tmp_path / "tiny.yaml"
    model_path.write_text(GOOD, encoding="utf-8")
    loaded = load_model_file(model_path)
    Workshop.create(tmp_path / "w.pemw", title="With questions", loaded_model=loaded, team_names=["A"]).close()
    model_path.unlink()  # the workshop needs only its own snapshot
    loader_module._loaded.clear()
    reopened = Workshop.open(tmp_path / "w.pemw")
    try:
        speed = reopened.model.aspect("speed")
        assert speed.questions == loaded.model.aspect("speed").questions
        assert speed.topics == loaded.model.aspect("speed").topics
        document = json.loads(json.dumps(workshop_document(reopened)))
    finally:
        reopened.close()
    # ... and so does the JSON export's import
    imported = import_workshop(document, tmp_path / "imported.pemw")
    try:
        assert imported.model.aspect("speed").question_by_id("speed-fixes").answer_at(2).text == "Within the hour"
    finally:
        imported.close()


# -- broken files --------------------------------------------------------------------------------


@dataclass
class Broken:
    id: str
    content: str
    path: str
    message: str
    line: str | None  # the line holding the nth occurrence of this text
    nth: int = 1
    count: int = 1  # how many problems the file has in all


BROKEN = [
    Broken(
        "questions-not-a-list",
        replace(SPEED_QUESTIONS, "    questions: How fast?\n"),
        "aspects[0].questions",
        "must be a list, not text",
        "questions: How fast?",
    ),
    Broken(
        "question-not-a-mapping",
        replace(SPEED_QUESTIONS, "    questions:\n      - How fast?\n"),
        "aspects[0].questions[0]",
        "must be a mapping of keys to values, not text",
        "- How fast?",
    ),
    Broken(
        "question-text-missing",
        replace("        text: How long does an urgent fix take?\n", ""),
        "aspects[0].questions[1].text",
        "missing",
        "- id: speed-fixes",
    ),
    Broken(
        "question-text-empty",
        replace("text: How long does an urgent fix take?", 'text: ""'),
        "aspects[0].questions[1].text",
        "must not be empty",
        'text: ""',
    ),
    Broken(
        "question-text-too-long",
        replace("text: How long does an urgent fix take?", "text: How long" + " and long" * 30 + "?"),
        "aspects[0].questions[1].text",
        "one line of at most 200 characters",
        "text: How long and",
    ),
    Broken(
        "question-text-on-two-lines",
        replace("text: How long does an urgent fix take?", "text: |\n          How long does\n          a fix take?"),
        "aspects[0].questions[1].text",
        "one line of at most 200 characters",
        "text: |",
    ),
    Broken(
        "question-id-missing",
        replace("      - id: speed-fixes\n        text:", "      - text:"),
        "aspects[0].questions[1].id",
        "missing",
        "- text: How long",
    ),
    Broken(
        "question-id-invalid",
        replace("- id: speed-fixes", "- id: Speed Fixes"),
        "aspects[0].questions[1].id",
        "'Speed Fixes' is not a valid id",
        "- id: Speed Fixes",
    ),
    Broken(
        "question-id-twice-in-an-aspect",
        replace("- id: speed-fixes", "- id: speed-releases"),
        "aspects[0].questions[1].id",
        "duplicate question id 'speed-releases' (also aspects[0].questions[0])",
        "- id: speed-releases",
        nth=2,
    ),
    Broken(
        "question-id-twice-in-the-model",
        GOOD + SPEED_QUESTIONS,
        "aspects[1].questions[0].id",
        "duplicate question id 'speed-releases' (also aspects[0].questions[0]); ids are model-wide",
        "- id: speed-releases",
        nth=2,
        count=2,  # and speed-fixes
    ),
    Broken(
        "question-unknown-key",
        replace("        detail: Think of", "        hint: Think of"),
        "aspects[0].questions[0].hint",
        "unknown key (allowed here: answers, detail, id, text)",
        "hint: Think",
    ),
    Broken(
        "answers-missing",
        replace(SPEED_QUESTIONS, SPEED_QUESTIONS[: SPEED_QUESTIONS.index("        answers:")]),
        "aspects[0].questions[0].answers",
        "missing",
        "- id: speed-releases",
    ),
    Broken(
        "answers-not-a-list",
        replace(
            SPEED_QUESTIONS,
            SPEED_QUESTIONS[: SPEED_QUESTIONS.index("        answers:")] + "        answers: weekly\n",
        ),
        "aspects[0].questions[0].answers",
        "must be a list, not text",
        "answers: weekly",
    ),
    Broken(
        "answer-for-a-level-missing",
        replace("          - level: high\n            text: Within the hour\n", ""),
        "aspects[0].questions[1].answers",
        "no answer for level 'high'; a question needs exactly one answer per level (low, mid, high, in that order)",
        "- level: low\n            text: Until",
    ),
    Broken(
        "answer-for-an-unknown-level",
        replace(
            "          - level: high\n            text: Within the hour",
            "          - level: top\n            text: Within the hour",
        ),
        "aspects[0].questions[1].answers[2].level",
        "no level 'top' in this model (levels: low, mid, high)",
        "- level: top",
    ),
    Broken(
        "two-answers-for-one-level",
        replace(
            "          - level: mid\n            text: A day or two",
            "          - level: low\n            text: A day or two",
        ),
        "aspects[0].questions[1].answers[1].level",
        "a second answer for level 'low' (the first is aspects[0].questions[1].answers[0])",
        "- level: low\n            text: A day",
    ),
    Broken(
        "answers-out-of-order",
        replace(
            "          - level: mid\n            text: A day or two\n"
            "          - level: high\n            text: Within the hour",
            "          - level: high\n            text: Within the hour\n"
            "          - level: mid\n            text: A day or two",
        ),
        "aspects[0].questions[1].answers[1].level",
        "expected level 'mid' here (answers go in model order), found 'high'",
        "- level: high\n            text: Within",
        count=2,  # and 'high' expected where 'mid' is
    ),
    Broken(
        "answer-text-missing",
        replace("          - level: mid\n            text: A day or two\n", "          - level: mid\n"),
        "aspects[0].questions[1].answers[1].text",
        "missing",
        "- level: mid\n          - level: high",
    ),
    Broken(
        "answer-text-not-text",
        replace("text: A day or two", "text: 2"),
        "aspects[0].questions[1].answers[1].text",
        "must be text, not a number",
        "text: 2",
    ),
    Broken(
        "answer-text-too-long",
        replace("text: A day or two", "text: A day" + " or two" * 40),
        "aspects[0].questions[1].answers[1].text",
        "one line of at most 250 characters",
        "text: A day or two or",
    ),
    Broken(
        "answer-unknown-key",
        replace("            detail: Most teams", "            note: Most teams"),
        "aspects[0].questions[0].answers[1].note",
        "unknown key (allowed here: detail, level, text)",
        "note: Most",
    ),
    Broken(
        "answer-detail-not-text",
        replace("detail: Most teams, most weeks.", "detail: [most, weeks]"),
        "aspects[0].questions[0].answers[1].detail",
        "must be text, not a list",
        "detail: [most",
    ),
    Broken(
        "topics-not-a-list",
        replace(
            "    topics:\n      - id: releases\n        name: Releases\n      - id: fixes\n        name: Fixes\n"
            "        description: How soon a defect is put right.\n",
            "    topics: releases\n",
        ),
        "aspects[0].topics",
        "must be a list, not text",
        "topics: releases",
    ),
    Broken(
        "topic-id-twice",
        replace("      - id: fixes\n        name: Fixes", "      - id: releases\n        name: Fixes"),
        "aspects[0].topics[1].id",
        "duplicate id 'releases'",
        "- id: releases",
        nth=2,
    ),
    Broken(
        "topic-name-missing",
        replace("      - id: fixes\n        name: Fixes\n", "      - id: fixes\n"),
        "aspects[0].topics[1].name",
        "missing",
        "- id: fixes",
    ),
    Broken(
        "characteristic-of-an-unknown-topic",
        replace(
            "          - topic: fixes\n            text: A fix ships",
            "          - topic: fixing\n            text: A fix ships",
        ),
        "aspects[0].levels[2].characteristics[0].topic",
        "no topic 'fixing' in this aspect (topics: releases, fixes)",
        "topic: fixing",
    ),
    Broken(
        "characteristic-with-a-topic-in-an-aspect-without-topics",
        replace(
            "          - Every change is reviewed",
            "          - topic: reviews\n            text: Every change is reviewed",
        ),
        "aspects[1].levels[1].characteristics[0].topic",
        "no topic 'reviews' in this aspect (topics: none: list them under the aspect's topics)",
        "topic: reviews",
    ),
    Broken(
        "characteristic-mapping-without-text",
        replace("            text: Releases go out weekly\n", ""),
        "aspects[0].levels[1].characteristics[0].text",
        "missing",
        "- topic: releases\n      - level: high",
    ),
    Broken(
        "characteristic-mapping-unknown-key",
        replace("            text: Releases go out weekly", "            txt: Releases go out weekly"),
        "aspects[0].levels[1].characteristics[0].txt",
        "unknown key (allowed here: text, topic)",
        "txt: Releases",
        count=2,  # and its text missing
    ),
    Broken(
        "copyright-not-text",
        replace("  copyright: © The Tiny Authors", "  copyright: 2023"),
        "source.copyright",
        "must be text, not a number",
        "copyright: 2023",
    ),
]


@pytest.mark.parametrize("case", BROKEN, ids=[case.id for case in BROKEN])
def test_a_broken_question_or_topic_is_reported_with_file_line_and_path(tmp_path, case: Broken):
    path = tmp_path / "broken.yaml"
    path.write_text(case.content, encoding="utf-8", newline="\n")
    with pytest.raises(ModelError) as raised:
        load_model_file(path)
    problems = raised.value.problems
    shown = "\n".join(str(problem) for problem in problems)
    matching = [p for p in problems if p.path == case.path and case.message in p.message]
    assert matching, f"expected {case.path}: {case.message!r}; got:\n{shown}"
    assert len(problems) == case.count, f"expected {case.count} problem(s); got:\n{shown}"
    problem = matching[0]
    assert problem.file == str(path)
    if case.line is not None:
        assert problem.line == line_of(case.content, case.line, case.nth), shown
    assert str(problem).startswith(f"{path}:{problem.line}: {case.path}: ")


def test_every_problem_is_reported_at_once():
    text = replace("text: A day or two", "text: 2")
    text = replace("- id: speed-fixes", "- id: Speed!", text)
    text = replace("            detail: Most teams", "            note: Most teams", text)
    with pytest.raises(ModelError) as raised:
        load_model_text(text, "many.yaml")
    paths = {problem.path for problem in raised.value.problems}
    assert paths == {
        "aspects[0].questions[1].answers[1].text",
        "aspects[0].questions[1].id",
        "aspects[0].questions[0].answers[1].note",
    }


def test_questions_are_checked_even_when_the_levels_are_broken():
    text = replace("  - id: mid\n    name: Mid\n", "  - id: mid\n")
    text = replace("- id: speed-fixes", "- id: Speed!", text)
    with pytest.raises(ModelError) as raised:
        load_model_text(text, "levels.yaml")
    paths = {problem.path for problem in raised.value.problems}
    assert {"levels[1].name", "aspects[0].questions[1].id"} <= paths


def test_the_dataclasses_are_frozen():
    model = load_model_text(GOOD, "good.yaml").model
    question: Question = model.aspect("speed").questions[0]
    with pytest.raises(AttributeError):
        question.text = "changed"  # type: ignore[misc]


# -- hostile files -------------------------------------------------------------------------------

NOISE = [*":-[]{}&*!|>'\"#,?~ \n\t1", "  ", "- ", ": ", "answers", "level", "topic", "text", "questions", "*a"]


@st.composite
def mutated_model(draw):
    """GOOD with a few lines deleted, repeated, cut, indented or replaced by noise."""
    lines = GOOD.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        noise = draw(st.lists(st.sampled_from(NOISE), max_size=6).map("".join))
        operation = draw(st.sampled_from(["delete", "duplicate", "replace", "indent", "dedent"]))
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "replace":
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))] + noise + "\n"
        elif operation == "indent":
            lines[index] = "  " + lines[index]
        else:
            lines[index] = lines[index].removeprefix("  ")
    return "".join(lines)


def loads_or_reports(text: str) -> None:
    try:
        load_model_text(text, "hostile.yaml")
    except ModelError as error:
        assert error.problems
        assert all(problem.line is None or 1 <= problem.line <= text.count("\n") + 1 for problem in error.problems)


@settings(max_examples=200, deadline=None, database=None, derandomize=True)
@given(mutated_model())
def test_a_mutated_model_with_questions_raises_only_model_error(text):
    loads_or_reports(text)


SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=6)
SHAPES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "text", "detail", "answers", "level", "topic", "name"]), children)
    ),
    max_leaves=16,
)


@settings(
    max_examples=120, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(SHAPES, SHAPES)
def test_wrongly_shaped_questions_and_topics_raise_only_model_error(questions, topics):
    data = yaml.safe_load(GOOD)
    data["aspects"][0]["questions"] = questions
    data["aspects"][1]["topics"] = topics
    loads_or_reports(yaml.safe_dump(data, allow_unicode=True))
