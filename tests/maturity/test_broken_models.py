"""Broken model files are refused with messages that say where (file, line, path) and what is wrong."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pem_desktop.cli import main
from pem_desktop.maturity import ModelError, ModelProblem, load_model_file, load_model_text
from pem_desktop.resources import data_path

ROOT = Path(__file__).resolve().parents[2]

# A small valid model; the broken files below are variations of it. Line numbers are found by
# searching the broken text, so the expectations stay right when this text changes.
GOOD = """\
format: pem-model/1
id: tiny
title: Tiny model
version: "1"
source:
  title: Tiny source
licence:
  name: CC BY 4.0
levels:
  - id: low
    name: Low
  - id: high
    name: High
aspects:
  - id: speed
    name: Speed
    question: How fast are we?
    levels:
      - level: low
        label: Slow
        summary: Slow going
        meaning: Things take a long time.
        characteristics:
          - Releases wait for a monthly window
      - level: high
        label: Fast
        summary: Fast going
        meaning: Things happen quickly.
        characteristics:
          - Releases go out many times a day
        scenarios:
          - A fix ships within the hour
"""

ASPECT = GOOD[GOOD.index("  - id: speed") :]


def replace(old: str, new: str, text: str = GOOD) -> str:
    assert text.count(old) == 1, f"{old!r} is not unique in the model text"
    return text.replace(old, new)


def model_with_levels(count: int) -> str:
    """A valid-looking model with `count` levels, and one aspect describing them all."""
    levels = "".join(f"  - id: l{index}\n    name: Level {index}\n" for index in range(count))
    entries = "".join(
        f"      - level: l{index}\n        label: Label {index}\n        summary: Summary {index}\n"
        f"        meaning: Meaning {index}.\n        characteristics:\n          - Trait {index}\n"
        for index in range(count)
    )
    return (
        'format: pem-model/1\nid: many\ntitle: Many levels\nversion: "1"\n'
        f"levels:\n{levels}aspects:\n  - id: only\n    name: Only\n    question: Which?\n    levels:\n{entries}"
    )


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based number of the line holding the nth occurrence of `needle`."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1


@dataclass
class Expected:
    """One problem the loader must report: its path, part of its message, and its line.

    `line` is a needle (the line holding its `nth` occurrence), a number, None (no line), or a
    tuple of needles any of whose lines is acceptable (the key's line or the first line of its value).
    """

    path: str
    message: str
    line: str | int | tuple[str, ...] | None = None
    nth: int = 1

    def lines(self, text: str) -> set[int | None]:
        if self.line is None or isinstance(self.line, int):
            return {self.line}
        needles = self.line if isinstance(self.line, tuple) else (self.line,)
        return {line_of(text, needle, self.nth) for needle in needles}


@dataclass
class Case:
    id: str
    content: str | bytes
    expected: list[Expected]
    exact: bool = True  # no problems other than the expected ones
    name: str = "broken.yaml"
    extra: dict = field(default_factory=dict)


TWO_ASPECTS_SAME_ID = GOOD + replace("name: Speed", "name: Speed again", ASPECT)

CASES = [
    Case(
        "invalid-yaml-syntax",
        replace("title: Tiny model", "title: [Tiny model"),
        [Expected("", "invalid YAML", ("title: [Tiny", 'version: "1"'))],
    ),
    Case("empty-file", "", [Expected("", "the file is empty")]),
    Case("whitespace-only", "  \n\n   \n \n", [Expected("", "the file is empty")]),
    Case("comments-only", "# nothing here\n# at all\n", [Expected("", "the file is empty")]),
    Case(
        "not-utf8",
        replace("title: Tiny model", "title: Tiny mod\xe9l").encode("latin-1"),
        [Expected("", "not UTF-8", "title: Tiny mod")],
    ),
    Case("top-level-list", "- format: pem-model/1\n- id: tiny\n", [Expected("", "must be a mapping", 1)]),
    Case("top-level-scalar", "just some words\n", [Expected("", "must be a mapping of keys to values, not text", 1)]),
    Case("top-level-number", "42\n", [Expected("", "not a number", 1)]),
    Case(
        "missing-top-level-fields",
        "format: pem-model/1\nid: tiny\n",
        [
            Expected("title", "missing", 1),
            Expected("version", "missing", 1),
            Expected("levels", "missing", 1),
            Expected("aspects", "missing", 1),
        ],
    ),
    Case(
        "title-is-a-number",
        replace("title: Tiny model", "title: 5"),
        [Expected("title", "must be text, not a number", "title: 5")],
    ),
    Case(
        "version-is-a-number",
        replace('version: "1"', "version: 1.0"),
        [Expected("version", "must be text, not a number", "version: 1.0")],
    ),
    Case("empty-title", replace("title: Tiny model", 'title: ""'), [Expected("title", "must not be empty", "title:")]),
    Case(
        "levels-is-text",
        GOOD[: GOOD.index("levels:")] + 'levels: "x"\n' + GOOD[GOOD.index("aspects:") :],
        [Expected("levels", "must be a list, not text", 'levels: "x"')],
    ),
    Case(
        "characteristics-is-text",
        replace("characteristics:\n          - Releases wait", "characteristics: text\n          # - Releases wait"),
        [Expected("aspects[0].levels[0].characteristics", "must be a list, not text", "characteristics: text")],
    ),
    Case(
        "characteristics-empty",
        replace("characteristics:\n          - Releases wait for a monthly window", "characteristics: []"),
        [Expected("aspects[0].levels[0].characteristics", "needs at least 1 entry", "characteristics: []")],
    ),
    Case(
        "characteristic-not-text",
        replace("- Releases wait for a monthly window", "- 42"),
        [Expected("aspects[0].levels[0].characteristics[0]", "must be non-empty text, not a number", "- 42")],
    ),
    Case(
        "duplicate-level-ids",
        replace("  - id: high\n    name: High", "  - id: low\n    name: High"),
        [Expected("levels[1].id", "duplicate id 'low'", "  - id: low", nth=2)],
        exact=False,
    ),
    Case(
        "duplicate-aspect-ids",
        TWO_ASPECTS_SAME_ID,
        [Expected("aspects[1].id", "duplicate id 'speed'", "- id: speed", nth=2)],
    ),
    Case(
        "duplicate-yaml-key-top-level",
        replace('version: "1"\n', 'version: "1"\ntitle: Again\n'),
        [Expected("title", "key appears twice", "title: Again")],
    ),
    Case(
        "duplicate-yaml-key-nested",
        replace("label: Fast\n", "label: Fast\n        label: Quick\n"),
        [Expected("aspects[0].levels[1].label", "key appears twice", "label: Quick")],
    ),
    Case(
        "aspect-with-too-few-levels",
        GOOD[: GOOD.index("      - level: high")],
        [
            Expected(
                "aspects[0].levels",
                "must describe each of the model's 2 levels, in order; it has 1",
                ("    levels:\n      - level: low", "- level: low"),
            )
        ],
    ),
    Case(
        "aspect-with-too-many-levels",
        GOOD + GOOD[GOOD.index("      - level: high") :],
        [Expected("aspects[0].levels", "it has 3", ("    levels:\n      - level: low", "- level: low"))],
        exact=False,
    ),
    Case(
        "aspect-levels-out-of-order",
        GOOD.replace("level: low", "level: TMP")
        .replace("level: high", "level: low")
        .replace("level: TMP", "level: high"),
        [
            Expected("aspects[0].levels[0].level", "expected level 'low' here", "- level: high"),
            Expected("aspects[0].levels[1].level", "expected level 'high' here", "- level: low"),
        ],
    ),
    Case(
        "aspect-level-label-missing",
        replace("        label: Fast\n", ""),
        [Expected("aspects[0].levels[1].label", "missing", "- level: high")],
    ),
    Case(
        "unknown-key-top-level",
        replace("title: Tiny model", "titel: Tiny model"),
        [
            Expected("titel", "unknown key (allowed here: aspects, credit, description", "titel:"),
            Expected("title", "missing", 1),
        ],
    ),
    Case(
        "unknown-key-in-source",
        replace("  title: Tiny source", "  title: Tiny source\n  year: 2023"),
        [Expected("source.year", "unknown key (allowed here: author, copyright, published, title, url)", "year: 2023")],
    ),
    Case(
        "unknown-key-in-level",
        replace("    name: Low", "    name: Low\n    colour: red"),
        [Expected("levels[0].colour", "unknown key (allowed here: description, id, name)", "colour: red")],
    ),
    Case(
        "unknown-key-in-aspect",
        replace("    question: How fast are we?", "    questoin: How fast are we?"),
        [
            Expected("aspects[0].questoin", "unknown key", "questoin:"),
            Expected("aspects[0].question", "missing", "- id: speed"),
        ],
    ),
    Case(
        "unknown-key-charcteristics",
        replace(
            "        characteristics:\n          - Releases go", "        charcteristics:\n          - Releases go"
        ),
        [
            Expected(
                "aspects[0].levels[1].charcteristics",
                "unknown key (allowed here: characteristics, label, level, meaning, scenarios, summary)",
                "charcteristics:",
            ),
            Expected("aspects[0].levels[1].characteristics", "missing", "- level: high"),
        ],
    ),
    Case(
        "invalid-model-id",
        replace("id: tiny", "id: Tiny Model"),
        [Expected("id", "'Tiny Model' is not a valid id", "id: Tiny Model")],
    ),
    Case(
        "invalid-aspect-id",
        replace("- id: speed", "- id: speed!"),
        [Expected("aspects[0].id", "'speed!' is not a valid id", "- id: speed!")],
    ),
    Case(
        "one-level",
        model_with_levels(1),
        [Expected("levels", "a model needs 2 to 7 levels, this one has 1", ("levels:", "- id: l0"))],
    ),
    Case(
        "eight-levels",
        model_with_levels(8),
        [Expected("levels", "a model needs 2 to 7 levels, this one has 8", ("levels:", "- id: l0"))],
    ),
    Case(
        "no-aspects",
        GOOD[: GOOD.index("aspects:")] + "aspects: []\n",
        [Expected("aspects", "a model needs at least one aspect", "aspects: []")],
    ),
    Case(
        "summary-too-long",
        replace("summary: Slow going", "summary: " + "very " * 20 + "slow"),
        [Expected("aspects[0].levels[0].summary", "one line of at most 100 characters", "summary: very")],
    ),
    Case(
        "summary-multi-line",
        replace("summary: Slow going", "summary: |\n          Slow\n          going"),
        [Expected("aspects[0].levels[0].summary", "one line of at most 100 characters", "summary: |")],
    ),
    Case(
        "wrong-format",
        replace("format: pem-model/1", "format: pem-model/2"),
        [Expected("format", "must be 'pem-model/1' (this app reads that format), not 'pem-model/2'", 1)],
    ),
    Case(
        "format-missing",
        replace("format: pem-model/1\n", ""),
        [Expected("format", "missing", 1)],
    ),
    Case(
        "larger-than-2-mb",
        GOOD + ("# padding" + "." * 90 + "\n") * 20_000,
        [Expected("", "file is larger than 2 MB")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_broken_model_file_is_reported(tmp_path, case: Case):
    path = tmp_path / case.name
    if isinstance(case.content, bytes):
        path.write_bytes(case.content)
        text = case.content.decode("utf-8", "replace")
    else:
        path.write_text(case.content, encoding="utf-8", newline="\n")
        text = case.content

    with pytest.raises(ModelError) as raised:
        load_model_file(path)

    problems = raised.value.problems
    assert problems, "a ModelError must list at least one problem"
    assert all(problem.file == str(path) for problem in problems)
    shown = "\n".join(str(problem) for problem in problems)
    for expected in case.expected:
        same_path = [problem for problem in problems if problem.path == expected.path]
        assert same_path, f"no problem reported at {expected.path!r}; got:\n{shown}"
        matching = [problem for problem in same_path if expected.message in problem.message]
        assert matching, f"no problem at {expected.path!r} says {expected.message!r}; got:\n{shown}"
        lines = expected.lines(text)
        assert any(problem.line in lines for problem in matching), (
            f"{expected.path!r} reported at line {[p.line for p in matching]}, expected one of {sorted(lines, key=str)}"
        )
    if case.exact:
        assert len(problems) == len(case.expected), f"unexpected extra problems:\n{shown}"
    # The exception text the user sees is every problem, one per line, each naming the file.
    assert str(raised.value) == shown
    assert all(line.startswith(str(path)) for line in str(raised.value).splitlines())


def test_at_least_eighteen_kinds_of_broken_file():
    assert len(CASES) >= 18


def test_good_model_text_is_valid():
    loaded = load_model_text(GOOD, "good.yaml")
    assert loaded.model.id == "tiny"
    assert [entry.label for entry in loaded.model.aspect("speed").levels] == ["Slow", "Fast"]
    for count in (2, 7):
        assert load_model_text(model_with_levels(count)).model.level_count == count


def test_problem_text_names_file_line_and_path():
    problem = ModelProblem("my-model.yaml", 41, "aspects[2].levels[3].label", "missing")
    assert str(problem) == "my-model.yaml:41: aspects[2].levels[3].label: missing"
    assert str(ModelProblem("m.yaml", None, "", "the file is empty")) == "m.yaml: the file is empty"


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(ModelError) as raised:
        load_model_file(path)
    [problem] = raised.value.problems
    assert problem.file == str(path)
    assert problem.line is None
    assert "cannot read the file" in problem.message
    assert "No such file" in problem.message


def test_a_folder_is_not_a_model(tmp_path):
    with pytest.raises(ModelError, match="cannot read the file"):
        load_model_file(tmp_path)


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert load_model_file(path).model.id == "tiny"


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system", "!!python/object/apply:builtins.open", "!!python/object/new:builtins.open"],
)
def test_python_tags_are_refused_and_never_run(tmp_path, tag):
    marker = tmp_path / "executed"
    argument = f'["touch {marker}"]' if tag.endswith("os.system") else f'["{marker}", "w"]'
    path = tmp_path / "evil.yaml"
    text = replace("title: Tiny model", f"title: {tag} {argument}")
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ModelError) as raised:
        load_model_file(path)

    [problem] = raised.value.problems
    assert problem.line == line_of(text, "title: !!python")
    assert problem.message == f"YAML tag {tag} is not allowed (model files hold plain data only)"
    assert not marker.exists(), "the YAML tag was executed"


def test_python_tag_at_top_level_is_refused(tmp_path):
    marker = tmp_path / "executed"
    with pytest.raises(ModelError, match=r"YAML tag !!python/object/apply:os\.system is not allowed"):
        load_model_text(f'!!python/object/apply:os.system ["touch {marker}"]\n', "evil.yaml")
    assert not marker.exists()


# -- every problem at once -------------------------------------------------------------------------

SEVERAL_ERRORS = (
    GOOD.replace("format: pem-model/1", "format: pem-model/9")
    .replace("title: Tiny model", "title: 5")
    .replace('version: "1"', 'version: "1"\ncolour: blue')
    .replace("  name: CC BY 4.0", "  name: CC BY 4.0\n  year: 2023")
    .replace("    question: How fast are we?\n", "")
    .replace("summary: Fast going", "summary: " + "x" * 120)
    .replace("- A fix ships within the hour", "- 12")
)


def test_every_problem_is_reported_at_once():
    with pytest.raises(ModelError) as raised:
        load_model_text(SEVERAL_ERRORS, "several.yaml")
    text = SEVERAL_ERRORS
    found = [(problem.line, problem.path) for problem in raised.value.problems]
    expected = [
        (line_of(text, "format:"), "format"),
        (line_of(text, "title: 5"), "title"),
        (line_of(text, "colour: blue"), "colour"),
        (line_of(text, "year: 2023"), "licence.year"),
        (line_of(text, "- id: speed"), "aspects[0].question"),
        (line_of(text, "summary: xxx"), "aspects[0].levels[1].summary"),
        (line_of(text, "- 12"), "aspects[0].levels[1].scenarios[0]"),
    ]
    assert sorted(found) == sorted(expected)
    assert all(problem.file == "several.yaml" for problem in raised.value.problems)


def test_a_broken_level_does_not_hide_the_aspects_problems():
    """The README promises every problem at once; one bad level id must not stop the aspects being checked."""
    text = SEVERAL_ERRORS.replace("  - id: high", "  - id: High Level")
    with pytest.raises(ModelError) as raised:
        load_model_text(text, "several.yaml")
    paths = {problem.path for problem in raised.value.problems}
    assert "levels[1].id" in paths
    assert {"aspects[0].question", "aspects[0].levels[1].summary", "aspects[0].levels[1].scenarios[0]"} <= paths


def test_duplicate_keys_do_not_hide_the_other_problems():
    """The README promises every problem at once; a duplicated key must not hide the rest."""
    text = replace('version: "1"\n', 'version: "1"\nversion: "2"\n', SEVERAL_ERRORS)
    with pytest.raises(ModelError) as raised:
        load_model_text(text, "several.yaml")
    paths = {problem.path for problem in raised.value.problems}
    assert "version" in paths  # the duplicate
    assert {"format", "title", "colour", "licence.year", "aspects[0].levels[1].summary"} <= paths


# -- nothing but ModelError ------------------------------------------------------------------------


def alias_bomb(depth: int) -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    previous = "a"
    for index in range(depth):
        name = f"b{index}"
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
        previous = name
    return "\n".join(lines) + "\n"


def load_or_model_error(text: str, name: str) -> ModelError | None:
    """Load model text; return the ModelError it raises, None if it loads; any other exception fails."""
    try:
        load_model_text(text, name)
    except ModelError as error:
        assert error.problems, "a ModelError must list at least one problem"
        return error
    except Exception as error:
        # Short message on purpose: a RecursionError's traceback would take pytest seconds to print.
        raise AssertionError(f"{type(error).__name__} instead of ModelError: {error}") from None
    return None


NASTY = {
    "nul-character": replace("title: Tiny model", "title: Tiny\x00model"),
    "bell-character": replace("title: Tiny model", "title: Tiny\x07model"),
    "lone-surrogate": replace("title: Tiny model", "title: Tiny\ud800model"),
    "recursive-alias-list": "a: &x [*x]\n",
    "recursive-alias-mapping": "a: &x {b: *x}\n",
    "recursive-levels": replace("\nlevels:\n", "\nlevels: &x [*x]\nunused:\n"),
    "deeply-nested-flow": "a: " + "[" * 700 + "]" * 700 + "\n",
    "deeply-nested-block": "a:\n" + "".join("  " * depth + "b:\n" for depth in range(1, 700)),
    "unhashable-key": "? [1, 2]\n: x\n",
    "merge-key": "a: &a {x: 1}\nb:\n  <<: *a\n",
    "two-documents": GOOD + "---\n" + GOOD,
    "non-string-keys": "1: x\n~: y\ntrue: z\n",
    "date-as-version": replace('version: "1"', "version: 2023-10-31"),
    "binary-scalar": replace("title: Tiny model", "title: !!binary aGVsbG8="),
    "set-tag": replace("title: Tiny model", "title: !!set {a, b}"),
}


@pytest.mark.parametrize("text", NASTY.values(), ids=NASTY.keys())
def test_nasty_input_raises_only_model_error(text):
    error = load_or_model_error(text, "nasty.yaml")
    assert error is not None, "this input is not a valid model"
    assert all(problem.file == "nasty.yaml" for problem in error.problems)


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b"])
def test_control_character_is_reported_with_its_line(character):
    text = replace("title: Tiny model", f"title: Tiny{character}model")
    error = load_or_model_error(text, "control.yaml")
    assert error is not None
    [problem] = error.problems
    assert problem.line == line_of(text, "title: Tiny")
    assert "character" in problem.message


def test_alias_bomb_is_refused_quickly(tmp_path):
    """About 300 bytes of nested YAML aliases must not keep the loader busy for minutes."""
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(9), encoding="utf-8")
    assert path.stat().st_size < 1000
    code = (
        "import sys\n"
        "from pem_desktop.maturity import ModelError, load_model_file\n"
        "try:\n    load_model_file(sys.argv[1])\n"
        "except ModelError:\n    sys.exit(0)\n"
        "sys.exit(3)\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=3
        )
    except subprocess.TimeoutExpired:
        pytest.fail("loading a 300-byte file of nested YAML aliases took more than 3 seconds")
    assert result.returncode == 0, result.stderr


YAML_CHARACTERS = list(":-[]{}&*!|>'\"#%@,?~<= \n\n\n\ta1")
YAML_TOKENS = [*YAML_CHARACTERS, "  ", "- ", ": ", "id", "levels", "aspects", "&a ", "*a"]


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(st.lists(st.sampled_from(YAML_TOKENS) | st.characters(), max_size=60).map("".join))
def test_random_text_raises_only_model_error(text):
    load_or_model_error(text, "random.yaml")


@st.composite
def mutated_good_model(draw):
    lines = GOOD.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "replace", "insert", "indent", "dedent"]))
        noise = draw(st.lists(st.sampled_from(YAML_TOKENS), max_size=6).map("".join))
        if operation == "delete" and len(lines) > 1:
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "replace":
            cut = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:cut] + noise + "\n"
        elif operation == "insert":
            lines.insert(index, noise + "\n")
        elif operation == "indent":
            lines[index] = "  " + lines[index]
        else:
            lines[index] = lines[index].removeprefix("  ")
    return "".join(lines)


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(mutated_good_model())
def test_mutated_model_raises_only_model_error(text):
    error = load_or_model_error(text, "mutated.yaml")
    if error is not None:
        assert all(problem.line is None or 1 <= problem.line <= text.count("\n") + 1 for problem in error.problems)


KEYS = ["format", "id", "title", "version", "levels", "aspects", "name", "question", "level", "label", "summary"]
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8)
DATA = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(KEYS), children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(KEYS), DATA, max_size=7))
def test_wrongly_shaped_data_raises_only_model_error(data):
    error = load_or_model_error(yaml.safe_dump(data, allow_unicode=True), "shaped.yaml")
    assert error is not None, "random data is not a valid model"


# -- the validate-model command ------------------------------------------------------------------------


def test_validate_model_prints_every_problem_and_exits_1(tmp_path, capsys):
    path = tmp_path / "several.yaml"
    path.write_text(SEVERAL_ERRORS, encoding="utf-8")
    with pytest.raises(ModelError) as raised:
        load_model_file(path)
    problems = [str(problem) for problem in raised.value.problems]

    assert main(["validate-model", str(path)]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[:-1] == problems
    assert len(problems) >= 7
    assert lines[-1] == f"pem-desktop: error: {path} is not a valid model ({len(problems)} problems)"


def test_validate_model_single_problem_wording(tmp_path, capsys):
    path = tmp_path / "one.yaml"
    path.write_text(replace("title: Tiny model", "title: 5"), encoding="utf-8")
    assert main(["validate-model", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{path}:3: title: must be text, not a number",
        f"pem-desktop: error: {path} is not a valid model (1 problem)",
    ]


def test_validate_model_missing_file(tmp_path, capsys):
    path = tmp_path / "missing.yaml"
    assert main(["validate-model", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{path}: cannot read the file")
    assert "Traceback" not in err


def test_validate_model_good_file_exits_0_with_summary(capsys):
    path = data_path("model", "cncf-platform-engineering-v1.yaml")
    assert main(["validate-model", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == (
        f"{path}: valid — CNCF Platform Engineering Maturity Model 1.0.0: "
        "5 aspects, 4 levels (Provisional, Operational, Scalable, Optimizing)"
    )
    # then each translation beside it (see test_translations.py)
    assert all(": valid — " in line and " translation of cncf-platform-engineering 1.0.0" in line for line in lines[1:])


def test_validate_model_small_custom_model(tmp_path, capsys):
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["validate-model", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: valid — Tiny model 1: 1 aspects, 2 levels (Low, High)"
