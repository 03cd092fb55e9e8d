"""Load and validate maturity model YAML into frozen dataclasses, reporting every problem at once.

PyYAML is imported only when a text has to be parsed: a model read before is built from the JSON
copy of its parsed data that `keep_parsed_models_in` keeps (the app's start-up does not pay for
importing and running a YAML parser to open a workshop).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from pem_desktop.languages import ENGLISH, is_language_code
from pem_desktop.maturity.model import (
    Answer,
    Aspect,
    AspectLevel,
    Level,
    Licence,
    MaturityModel,
    Question,
    Source,
    Topic,
)
from pem_desktop.reading import TooLargeError, UnreadableFileError, read_limited

FORMAT = "pem-model/1"
TRANSLATION_FORMAT = "pem-model-translation/1"  # see pem_desktop.maturity.translation
MIN_LEVELS = 2
MAX_LEVELS = 7
MAX_FILE_BYTES = 2_000_000
MAX_NODES = 100_000  # values in the parsed model, counting each use of a YAML alias in full
MAX_ASPECTS = 100
MAX_SUMMARY_CHARS = 100
MAX_QUESTION_CHARS = 200
MAX_ANSWER_CHARS = 250
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class ModelProblem:
    """One thing wrong with a model file: where it is and what is wrong."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ModelError(Exception):
    """A model file could not be loaded; `problems` lists everything that is wrong with it."""

    def __init__(self, problems: list[ModelProblem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass(frozen=True)
class Translation:
    """The text of a translation of a model (see pem_desktop.maturity.translation), its language and hash."""

    language: str
    text: str
    sha256: str


@dataclass(frozen=True)
class LoadedModel:
    """A validated model together with the exact text it was read from and that text's hash.

    With a `translation`, `model` is the model in the translation's language (same ids, translated
    texts), while `text` and `sha256` stay those of the model file itself and `original` is the model
    as that file has it.
    """

    model: MaturityModel
    text: str
    sha256: str
    translation: Translation | None = None
    untranslated: MaturityModel | None = None

    @property
    def original(self) -> MaturityModel:
        """The model in the model file's own language."""
        return self.untranslated or self.model

    @property
    def language(self) -> str:
        """The language of `model`'s texts."""
        return self.model.language


def model_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_model_file(path: str | Path) -> LoadedModel:
    """Read, parse and validate a model file; raises ModelError with every problem found."""
    path = Path(path)
    name = str(path)
    raw = _read_limited(path, name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ModelError([ModelProblem(name, line, "", "file is not UTF-8 text")]) from None
    return load_model_text(text, name)


def _read_limited(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; never waits on a FIFO or reads a device."""
    try:
        return read_limited(path, MAX_FILE_BYTES)
    except TooLargeError:
        message = f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB"
    except UnreadableFileError as error:
        message = f"cannot read the file: {error}"
    raise ModelError([ModelProblem(name, None, "", message)])


def _check_text_size(text: str, file_name: str) -> None:
    """A model's text (a file's, or a snapshot's in a workshop or a JSON document) is at most MAX_FILE_BYTES."""
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ModelError(
            [ModelProblem(file_name, None, "", f"the model is larger than {MAX_FILE_BYTES // 1_000_000} MB")]
        )


def _check_expanded_size(node: yaml.Node | None, file_name: str) -> None:
    """At most MAX_NODES values once every alias is expanded (a few anchors can stand for gigabytes).

    Counted over the composed nodes, each counted once and remembered, so the count itself stays cheap."""
    if node is None:
        return
    import yaml

    sizes: dict[int, int] = {}
    pending: set[int] = set()

    def size(current: yaml.Node) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        if key in pending:  # an alias to a node that holds it: endless once expanded
            raise ModelError([ModelProblem(file_name, _line_of(current), "", "a YAML alias refers to itself")])
        pending.add(key)
        total = 1
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                total += size(key_node) + size(value_node)
                if total > MAX_NODES:
                    break
        elif isinstance(current, yaml.SequenceNode):
            for item in current.value:
                total += size(item)
                if total > MAX_NODES:
                    break
        pending.discard(key)
        sizes[key] = total
        return total

    try:
        total = size(node)
    except RecursionError:
        raise ModelError([ModelProblem(file_name, None, "", "the YAML is nested too deeply to be a model")]) from None
    if total > MAX_NODES:
        raise ModelError(
            [
                ModelProblem(
                    file_name,
                    None,
                    "",
                    f"the model holds more than {MAX_NODES:,} values once its YAML aliases are expanded; "
                    "it is too large to be a model",
                )
            ]
        )


def _line_of(node: yaml.Node) -> int | None:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark is not None else None


# Unicode's control characters (category Cc) but tab and line feed, and the halves of UTF-16 pairs (Cs).
_UNSAFE_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _unsafe_character(value: str) -> str | None:
    """Why a model's text cannot be shown and printed safely (a control character, half of a surrogate pair)."""
    found = _UNSAFE_CHARACTER.search(value)
    if found is None:
        return None
    character = found.group()
    if unicodedata.category(character) == "Cs":
        return f"holds U+{ord(character):04X}, half of a UTF-16 pair, which is not a character"
    return f"holds the control character U+{ord(character):04X}"


def load_model_text(text: str, file_name: str = "<model>") -> LoadedModel:
    """Parse and validate model YAML text; raises ModelError with every problem found.

    A text that loaded before is not parsed again (every workshop file carries its model's text, and
    the same few models are opened over and over); the objects are frozen, so sharing them is safe.
    """
    text = text.removeprefix("\ufeff")
    _check_text_size(text, file_name)
    cached = _loaded.get(text)
    if cached is not None:
        return cached
    loaded = _from_parsed_copy(text, file_name)
    if loaded is None:
        import yaml

        fast_loader = getattr(yaml, "CSafeLoader", None)
        if fast_loader is not None and _plain_enough(text):
            try:
                loaded = _load(text, file_name, fast_loader)
            except Exception:  # reported below by the pure-Python parser, with its exact lines and messages
                loaded = None
        if loaded is None:
            loaded = _load(text, file_name, yaml.SafeLoader)
    if len(_loaded) >= _CACHE_SIZE:
        _loaded.pop(next(iter(_loaded)))
    _loaded[text] = loaded
    return loaded


def keep_parsed_models_in(folder: Path | None) -> None:
    """Keep a JSON copy of each valid model's parsed data in `folder` (None: keep none).

    The copy is named by the SHA-256 of the model text, so it is used for exactly that text; it is
    checked as a freshly parsed model is, and a missing, unreadable or stale copy is simply parsed
    again from the text.
    """
    global _parsed_copies
    _parsed_copies = folder


# LibYAML's parser (when PyYAML has it) reads a model about fifteen times faster than the pure-Python
# one. It is used only for texts both parsers read alike, and only when the model is valid: every
# error is reported by the pure-Python parser.
_CACHE_SIZE = 16
_loaded: dict[str, LoadedModel] = {}
_parsed_copies: Path | None = None


def _plain_enough(text: str) -> bool:
    """No characters the two parsers could treat differently (odd line breaks, unprintable characters)."""
    import yaml

    return not any(ch in text for ch in "\x85\u2028\u2029") and not yaml.reader.Reader.NON_PRINTABLE.search(text)


def _load(text: str, file_name: str, loader_class) -> LoadedModel:
    node, data = _parse(text, file_name, loader_class)
    checker = _Checker(file_name, node)
    checker.problems.extend(
        ModelProblem(file_name, line, path, message) for line, path, message in _duplicate_keys(node, "", set())
    )
    model = checker.model(data)
    if checker.problems or model is None:
        problems = sorted(checker.problems, key=lambda problem: problem.line or 0)
        raise ModelError(problems)
    loaded = LoadedModel(model=model, text=text, sha256=model_hash(text))
    _keep_parsed_copy(loaded.sha256, data)
    return loaded


def _from_parsed_copy(text: str, file_name: str) -> LoadedModel | None:
    """The model built from the kept copy of this text's parsed data, or None if there is no good copy."""
    if _parsed_copies is None:
        return None
    sha256 = model_hash(text)
    data = _read_parsed_copy(sha256)
    if data is None:
        return None
    checker = _Checker(file_name, None)
    model = checker.model(data)
    if checker.problems or model is None:
        return None
    return LoadedModel(model=model, text=text, sha256=sha256)


def _read_parsed_copy(sha256: str) -> Any:
    """The kept parsed data of the text with this hash (a model's or a translation's), or None."""
    if _parsed_copies is None:
        return None
    try:
        return json.loads((_parsed_copies / f"{sha256}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _keep_parsed_copy(sha256: str, data: Any) -> None:
    """Write the parsed data as JSON beside the other copies, if copies are kept and JSON holds it exactly."""
    folder = _parsed_copies
    if folder is None:
        return
    try:
        encoded = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return
    if json.loads(encoded) != data:  # dates, say, would come back as strings
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{sha256}.", suffix=".part", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as partial:
            partial.write(encoded)
        os.replace(name, folder / f"{sha256}.json")
    except OSError:  # a full disk, say: the model is parsed from its text next time
        with contextlib.suppress(OSError):
            os.unlink(name)


def _parse(text: str, file_name: str, loader_class) -> tuple[yaml.Node | None, Any]:
    import yaml

    def fail(line: int | None, message: str) -> ModelError:
        return ModelError([ModelProblem(file_name, line, "", message)])

    loader = None
    try:
        loader = loader_class(text)
        node = loader.get_single_node()
        _check_expanded_size(node, file_name)
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, max(error.position, 0)) + 1
        raise fail(line, f"the character U+{error.character:04X} is not allowed in a model file") from None
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        problem = (error.problem or "unsupported YAML").strip()
        if "could not determine a constructor" in problem:
            tag = problem.split("tag", 1)[-1].strip().strip("'").replace("tag:yaml.org,2002:", "!!")
            problem = f"YAML tag {tag} is not allowed (model files hold plain data only)"
        raise fail(mark.line + 1 if mark else None, problem) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise fail(mark.line + 1 if mark else None, f"invalid YAML: {problem}") from None
    except RecursionError:
        raise fail(None, "the YAML is nested too deeply to be a model") from None
    finally:
        if loader is not None:
            loader.dispose()
    return node, data


def _duplicate_keys(node: yaml.Node | None, path: str, visited: set[int]):
    """(line, path, message) for every key that appears twice in one mapping; aliases are walked once."""
    if node is None or id(node) in visited:
        return
    import yaml

    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = f"{path}.{key}" if path else key
            if key in seen:
                yield key_node.start_mark.line + 1, child, "key appears twice"
            seen.add(key)
            yield from _duplicate_keys(value_node, child, visited)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(item, f"{path}[{index}]", visited)


class _Checker:
    """Walks the parsed data beside its YAML nodes, collecting problems with line numbers."""

    def __init__(self, file_name: str, root: yaml.Node | None):
        self.file_name = file_name
        self.root = root
        self.problems: list[ModelProblem] = []
        self.question_ids: dict[str, str] = {}  # question id -> where it was first seen

    # -- reporting ---------------------------------------------------------------------------

    def _node(self, path: tuple[str | int, ...]) -> yaml.Node | None:
        node = self.root
        if node is None:  # checking a kept copy of parsed data: no lines to point at
            return None
        import yaml

        for part in path:
            if isinstance(part, int) and isinstance(node, yaml.SequenceNode) and part < len(node.value):
                node = node.value[part]
            elif isinstance(part, str) and isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if str(key_node.value) == part:
                        node = value_node
                        break
                else:
                    return node
            else:
                return node
        return node

    def problem(self, path: tuple[str | int, ...], message: str, *, at_key: bool = False) -> None:
        node = self._node(path)
        line = node.start_mark.line + 1 if node is not None else None
        parent = self._node(path[:-1]) if at_key and path else None
        if parent is not None:
            import yaml

            if isinstance(parent, yaml.MappingNode):
                for key_node, _ in parent.value:
                    if str(key_node.value) == path[-1]:
                        line = key_node.start_mark.line + 1
        self.problems.append(ModelProblem(self.file_name, line, _path_text(path), message))

    # -- field readers -----------------------------------------------------------------------

    def mapping(self, value: Any, path: tuple, allowed: set[str], required: set[str]) -> dict | None:
        if not isinstance(value, dict):
            self.problem(path, f"must be a mapping of keys to values, not {_kind(value)}")
            return None
        for key in value:
            if not isinstance(key, str) or key not in allowed:
                self.problem(
                    (*path, str(key)), f"unknown key (allowed here: {', '.join(sorted(allowed))})", at_key=True
                )
        for key in sorted(required):
            if key not in value:
                self.problem((*path, key), "missing")
        return value

    def text(self, data: dict, key: str, path: tuple, *, required: bool = True) -> str | None:
        if key not in data:
            return None
        value = data[key]
        if value is None and not required:
            return None
        if not isinstance(value, str):
            self.problem((*path, key), f"must be text, not {_kind(value)}")
            return None
        value = value.strip()
        if not value:
            self.problem((*path, key), "must not be empty")
            return None
        unsafe = _unsafe_character(value)
        if unsafe:
            self.problem((*path, key), unsafe)
            return None
        return value

    def identifier(self, data: dict, key: str, path: tuple) -> str | None:
        value = self.text(data, key, path)
        if value is not None and not ID_PATTERN.match(value):
            self.problem((*path, key), f"'{value}' is not a valid id (use lowercase letters, digits, '-' and '_')")
            return None
        return value

    def language(self, data: dict, key: str, path: tuple) -> str | None:
        value = self.text(data, key, path)
        if value is not None and not is_language_code(value):
            self.problem(
                (*path, key), f"'{value}' is not a language code (such as en, de, pt_BR or zh_CN: language_REGION)"
            )
            return None
        return value

    def sequence(self, data: dict, key: str, path: tuple) -> list | None:
        value = data.get(key)
        if key not in data:
            return None
        if not isinstance(value, list):
            self.problem((*path, key), f"must be a list, not {_kind(value)}")
            return None
        return value

    def texts(self, data: dict, key: str, path: tuple, *, at_least: int) -> tuple[str, ...] | None:
        items = self.sequence(data, key, path)
        if items is None:
            return () if key not in data and at_least == 0 else None
        result = []
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                self.problem((*path, key, index), f"must be non-empty text, not {_kind(item)}")
            elif _unsafe_character(item):
                self.problem((*path, key, index), _unsafe_character(item))
            else:
                result.append(item.strip())
        if len(items) < at_least:
            self.problem((*path, key), f"needs at least {at_least} entr{'y' if at_least == 1 else 'ies'}")
        return tuple(result)

    def unique_ids(self, items: list[Any], path: tuple, key: str = "id") -> bool:
        """Report repeated ids; True when every id is unique."""
        seen: set[str] = set()
        unique = True
        for index, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get(key), str):
                if item[key] in seen:
                    self.problem((*path, index, key), f"duplicate id '{item[key]}'")
                    unique = False
                seen.add(item[key])
        return unique

    # -- the model ---------------------------------------------------------------------------

    def model(self, data: Any) -> MaturityModel | None:
        if data is None:
            self.problem((), "the file is empty")
            return None
        if isinstance(data, dict) and data.get("format") == TRANSLATION_FORMAT:
            self.problem(
                ("format",),
                f"this is a translation of the model {str(data.get('model'))!r}, not a model: "
                "choose the model file it translates (its translations beside it are found by their names)",
            )
            return None
        top = self.mapping(
            data,
            (),
            {
                "format",
                "id",
                "title",
                "version",
                "language",
                "description",
                "source",
                "licence",
                "credit",
                "levels",
                "aspects",
            },
            {"format", "id", "title", "version", "levels", "aspects"},
        )
        if top is None:
            return None
        if "format" in top and top["format"] != FORMAT:
            self.problem(("format",), f"must be '{FORMAT}' (this app reads that format), not {top['format']!r}")
        model_id = self.identifier(top, "id", ())
        title = self.text(top, "title", ())
        version = self.text(top, "version", ())
        language = self.language(top, "language", ()) if "language" in top else ENGLISH
        description = self.text(top, "description", (), required=False)
        credit = self.text(top, "credit", (), required=False)
        source = self._source(top.get("source")) if top.get("source") is not None else None
        licence = self._licence(top.get("licence")) if top.get("licence") is not None else None
        levels = self._levels(top)
        aspects = self._aspects(top, levels)  # checked even when the levels are broken
        if self.problems or None in (model_id, title, version, language, levels, aspects):
            return None
        return MaturityModel(
            id=model_id,
            title=title,
            version=version,
            levels=levels,
            aspects=aspects,
            description=description,
            source=source,
            licence=licence,
            credit=credit,
            language=language,
        )

    def _source(self, value: Any) -> Source | None:
        data = self.mapping(value, ("source",), {"title", "author", "url", "published", "copyright"}, {"title"})
        if data is None:
            return None
        path = ("source",)
        title = self.text(data, "title", path)
        author = self.text(data, "author", path, required=False)
        url = self.text(data, "url", path, required=False)
        published = self.text(data, "published", path, required=False)
        copyright_ = self.text(data, "copyright", path, required=False)
        return Source(title, author, url, published, copyright_) if title else None

    def _licence(self, value: Any) -> Licence | None:
        data = self.mapping(value, ("licence",), {"name", "url"}, {"name"})
        if data is None:
            return None
        name = self.text(data, "name", ("licence",))
        url = self.text(data, "url", ("licence",), required=False)
        return Licence(name, url) if name else None

    def _levels(self, top: dict) -> tuple[Level, ...] | None:
        items = self.sequence(top, "levels", ())
        if items is None:
            return None
        if not MIN_LEVELS <= len(items) <= MAX_LEVELS:
            self.problem(("levels",), f"a model needs {MIN_LEVELS} to {MAX_LEVELS} levels, this one has {len(items)}")
        entries = self.named_entries(items, ("levels",))
        if entries is None:
            return None
        return tuple(
            Level(level_id, name, index, description) for index, (level_id, name, description) in enumerate(entries)
        )

    def named_entries(self, items: list, path: tuple) -> list[tuple[str, str, str | None]] | None:
        """(id, name, description) of each entry of a list of `id`, `name` and optional `description`
        mappings (levels, topics), or None when any of them is broken or two share an id."""
        complete = self.unique_ids(items, path)
        entries = []
        for index, item in enumerate(items):
            where = (*path, index)
            data = self.mapping(item, where, {"id", "name", "description"}, {"id", "name"})
            if data is None:
                complete = False
                continue
            entry_id = self.identifier(data, "id", where)
            name = self.text(data, "name", where)
            description = self.text(data, "description", where, required=False)
            if entry_id is None or name is None:
                complete = False
                continue
            entries.append((entry_id, name, description))
        return entries if complete else None

    def _aspects(self, top: dict, levels: tuple[Level, ...] | None) -> tuple[Aspect, ...] | None:
        """The aspects; with broken levels (None) they are still checked, except against the levels."""
        items = self.sequence(top, "aspects", ())
        if items is None:
            return None
        if not items:
            self.problem(("aspects",), "a model needs at least one aspect")
        if len(items) > MAX_ASPECTS:
            self.problem(("aspects",), f"a model has at most {MAX_ASPECTS} aspects, this one has {len(items)}")
        self.unique_ids(items, ("aspects",))
        aspects = []
        for index, item in enumerate(items):
            aspect = self._aspect(item, ("aspects", index), levels)
            if aspect is not None:
                aspects.append(aspect)
        return tuple(aspects) if len(aspects) == len(items) else None

    def _aspect(self, value: Any, path: tuple, levels: tuple[Level, ...] | None) -> Aspect | None:
        data = self.mapping(
            value,
            path,
            {"id", "name", "question", "description", "topics", "levels", "questions"},
            {"id", "name", "question", "levels"},
        )
        if data is None:
            return None
        aspect_id = self.identifier(data, "id", path)
        name = self.text(data, "name", path)
        question = self.text(data, "question", path)
        description = self.text(data, "description", path, required=False)
        topics = self._topics(data, path)
        questions = self._questions(data, path, levels)
        items = self.sequence(data, "levels", path)
        if items is None:
            return None
        if levels is not None and len(items) != len(levels):
            self.problem(
                (*path, "levels"),
                f"must describe each of the model's {len(levels)} levels, in order; it has {len(items)}",
            )
        entries = []
        for index, item in enumerate(items):
            expected = levels[index] if levels is not None and index < len(levels) else None
            entry = self._aspect_level(item, (*path, "levels", index), expected, topics)
            if entry is not None:
                entries.append(entry)
        if levels is None or None in (aspect_id, name, question, topics, questions):
            return None
        if not len(entries) == len(items) == len(levels):
            return None
        return Aspect(aspect_id, name, question, tuple(entries), description, topics, questions)

    def _aspect_level(
        self, value: Any, path: tuple, expected: Level | None, topics: tuple[Topic, ...] | None
    ) -> AspectLevel | None:
        data = self.mapping(
            value,
            path,
            {"level", "label", "summary", "meaning", "characteristics", "scenarios"},
            {"level", "label", "summary", "meaning", "characteristics"},
        )
        if data is None:
            return None
        level_id = self.text(data, "level", path)
        if level_id is not None and expected is not None and level_id != expected.id:
            self.problem(
                (*path, "level"), f"expected level '{expected.id}' here (levels go in model order), found '{level_id}'"
            )
        label = self.text(data, "label", path)
        summary = self.text(data, "summary", path)
        if summary is not None and ("\n" in summary or len(summary) > MAX_SUMMARY_CHARS):
            self.problem((*path, "summary"), f"must be one line of at most {MAX_SUMMARY_CHARS} characters")
        meaning = self.text(data, "meaning", path)
        characteristics = self._characteristics(data, path, topics)
        scenarios = self.texts(data, "scenarios", path, at_least=0)
        values: tuple[Any, ...] = (expected, label, summary, meaning, characteristics, scenarios)
        if any(item is None for item in values):
            return None
        texts, of_topics = characteristics
        return AspectLevel(expected, label, summary, meaning, texts, scenarios, of_topics)

    # -- topics: named sub-topics that group an aspect's characteristics -----------------------

    def _topics(self, data: dict, path: tuple) -> tuple[Topic, ...] | None:
        items = self.sequence(data, "topics", path)
        if items is None:
            return () if "topics" not in data else None
        entries = self.named_entries(items, (*path, "topics"))
        return None if entries is None else tuple(Topic(*entry) for entry in entries)

    def _characteristics(
        self, data: dict, path: tuple, topics: tuple[Topic, ...] | None
    ) -> tuple[tuple[str, ...], tuple[Topic | None, ...]] | None:
        """The characteristics' texts and, when the aspect has topics, each one's topic (or None).

        A characteristic is text, or a mapping of `topic` (the id of one of the aspect's topics) and `text`.
        """
        items = self.sequence(data, "characteristics", path)
        if items is None:
            return None
        by_id = {topic.id: topic for topic in topics or ()}
        texts: list[str] = []
        of_topics: list[Topic | None] = []
        complete = True
        for index, item in enumerate(items):
            where = (*path, "characteristics", index)
            if isinstance(item, str) and item.strip():
                texts.append(item.strip())
                of_topics.append(None)
                continue
            if not isinstance(item, dict):
                self.problem(where, f"must be non-empty text, not {_kind(item)} (or a mapping of topic and text)")
                complete = False
                continue
            self.mapping(item, where, {"topic", "text"}, {"topic", "text"})
            topic_id = self.text(item, "topic", where)
            text = self.text(item, "text", where)
            if topic_id is not None and topics is not None and topic_id not in by_id:
                known = ", ".join(by_id) if by_id else "none: list them under the aspect's topics"
                self.problem((*where, "topic"), f"no topic '{topic_id}' in this aspect (topics: {known})")
                topic_id = None
            if topic_id is None or text is None or topic_id not in by_id:  # (broken topics are reported there)
                complete = False
                continue
            texts.append(text)
            of_topics.append(by_id[topic_id])
        if not items:
            self.problem((*path, "characteristics"), "needs at least 1 entry")
        if not complete or not items:
            return None
        return tuple(texts), (tuple(of_topics) if by_id else ())

    # -- guided questions: one answer per level ------------------------------------------------

    def _questions(self, data: dict, path: tuple, levels: tuple[Level, ...] | None) -> tuple[Question, ...] | None:
        items = self.sequence(data, "questions", path)
        if items is None:
            return () if "questions" not in data else None
        questions = []
        for index, item in enumerate(items):
            question = self._question(item, (*path, "questions", index), levels)
            if question is not None:
                questions.append(question)
        return tuple(questions) if len(questions) == len(items) else None

    def _question(self, value: Any, path: tuple, levels: tuple[Level, ...] | None) -> Question | None:
        data = self.mapping(value, path, {"id", "text", "detail", "answers"}, {"id", "text", "answers"})
        if data is None:
            return None
        question_id = self.identifier(data, "id", path)
        if question_id is not None:
            where = _path_text(path)
            if question_id in self.question_ids:
                first = self.question_ids[question_id]
                self.problem((*path, "id"), f"duplicate question id '{question_id}' (also {first}); ids are model-wide")
                question_id = None
            else:
                self.question_ids[question_id] = where
        text = self.text(data, "text", path)
        if text is not None and ("\n" in text or len(text) > MAX_QUESTION_CHARS):
            self.problem((*path, "text"), f"must be one line of at most {MAX_QUESTION_CHARS} characters")
            text = None
        detail = self.text(data, "detail", path, required=False)
        answers = self._answers(data, path, levels)
        if None in (question_id, text, answers) or levels is None:
            return None
        return Question(question_id, text, answers, detail)

    def _answers(self, data: dict, path: tuple, levels: tuple[Level, ...] | None) -> tuple[Answer, ...] | None:
        items = self.sequence(data, "answers", path)
        if items is None:
            return None
        by_id = {level.id: level for level in levels or ()}
        found: dict[str, int] = {}  # level id -> index of its first answer
        answers: list[Answer] = []
        complete = True
        for index, item in enumerate(items):
            where = (*path, "answers", index)
            entry = self.mapping(item, where, {"level", "text", "detail"}, {"level", "text"})
            if entry is None:
                complete = False
                continue
            level_id = self.text(entry, "level", where)
            text = self.text(entry, "text", where)
            detail = self.text(entry, "detail", where, required=False)
            if text is not None and ("\n" in text or len(text) > MAX_ANSWER_CHARS):
                self.problem((*where, "text"), f"must be one line of at most {MAX_ANSWER_CHARS} characters")
                text = None
            if level_id is not None and levels is not None and level_id not in by_id:
                self.problem((*where, "level"), f"no level '{level_id}' in this model (levels: {', '.join(by_id)})")
                level_id = None
            elif level_id is not None and level_id in found:
                first = _path_text((*path, "answers", found[level_id]))
                self.problem((*where, "level"), f"a second answer for level '{level_id}' (the first is {first})")
                level_id = None
            if level_id is None or text is None:
                complete = False
                continue
            found[level_id] = index
            if levels is not None:
                answers.append(Answer(by_id[level_id], text, detail))
        if levels is None:
            return None
        missing = [level.id for level in levels if level.id not in found]
        if missing and complete:
            names = ", ".join(f"'{level_id}'" for level_id in missing)
            self.problem(
                (*path, "answers"),
                f"no answer for level {names}; a question needs exactly one answer per level "
                f"({', '.join(by_id)}, in that order)",
            )
        if not complete or missing:
            return None
        if [answer.level for answer in answers] != list(levels):
            for index, (answer, level) in enumerate(zip(answers, levels, strict=True)):
                if answer.level != level:
                    self.problem(
                        (*path, "answers", index, "level"),
                        f"expected level '{level.id}' here (answers go in model order), found '{answer.level.id}'",
                    )
            return None
        return tuple(answers)


def _path_text(path: tuple[str | int, ...]) -> str:
    """E.g. ("aspects", 2, "questions", 0) -> "aspects[2].questions[0]"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _kind(value: Any) -> str:
    names: dict[type, str] = {
        dict: "a mapping",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "nothing",
    }
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__
