"""Translations of a maturity model: files beside the model, with the same ids, holding its texts in
another language. No Qt, no SQL.

A translation (`format: pem-model-translation/1`) names the model it translates (`model` and
`model_version`) and its `language`, and then holds exactly the model's structure: every level,
aspect, topic, aspect level, characteristic, scenario, question and answer, in the model's order
and under the model's ids, each with its text in that language. Nothing may be missing and nothing
added: an optional text (a description, a detail) is translated where the model has one and absent
where it has none. The source and licence are the model's own and are not repeated. Every problem
is reported at once, with file, line and path, as for a model file.

`translate` checks a translation against the model it translates and returns that model with the
translated texts: the same ids, so every placement, action and answer of a workshop stays valid
whatever language its model is shown in. A workshop file keeps the translation's text beside the
model's own (see services.workshop), so it reopens in its language with neither file at hand.

Translation files are named after their model: `acme-v2.yaml` is translated by `acme-v2.de.yaml`,
`acme-v2.pt_BR.yaml` and so on, in the same folder (see `translations_beside`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pem_desktop.maturity import loader
from pem_desktop.maturity.loader import (
    MAX_ANSWER_CHARS,
    MAX_QUESTION_CHARS,
    MAX_SUMMARY_CHARS,
    TRANSLATION_FORMAT,
    LoadedModel,
    ModelError,
    ModelProblem,
    Translation,
    model_hash,
)
from pem_desktop.maturity.model import (
    Answer,
    Aspect,
    AspectLevel,
    Level,
    MaturityModel,
    Question,
    Topic,
)

# `NAME.LANGUAGE.yaml` beside `NAME.yaml`; LANGUAGE is a code as pem_desktop.languages writes them.
_FILE_NAME = re.compile(r"^(?P<model>.+)\.(?P<language>[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_(?:[A-Z]{2}|[0-9]{3}))?)$")
_SUFFIXES = (".yaml", ".yml")


def translation_file_parts(path: str | Path) -> tuple[str, str] | None:
    """(model file stem, language) of a file named like a translation (`acme.de.yaml`), else None."""
    path = Path(path)
    if path.suffix.lower() not in _SUFFIXES:
        return None
    match = _FILE_NAME.match(path.stem)
    return (match["model"], match["language"]) if match else None


def is_translation_file_name(path: str | Path) -> bool:
    return translation_file_parts(path) is not None


def translations_beside(model_path: str | Path) -> dict[str, Path]:
    """The files beside a model file that are named as its translations, by language (not yet checked)."""
    model_path = Path(model_path)
    found: dict[str, Path] = {}
    try:
        candidates = sorted(model_path.parent.iterdir())
    except OSError:
        return found
    for candidate in candidates:
        parts = translation_file_parts(candidate)
        if parts is not None and parts[0] == model_path.stem and candidate.is_file():
            found.setdefault(parts[1], candidate)
    return found


def is_translation_text(text: str) -> bool:
    """Whether a YAML text declares itself a model translation (a cheap look, before it is parsed)."""
    return re.search(r"^format:\s*[\"']?pem-model-translation/", text, re.MULTILINE) is not None


def named_model(text: str) -> str | None:
    """The id of the model a translation text names at its top level (`model: acme`), read without
    parsing the rest; None if it names none."""
    match = re.search(r"^model:[ \t]*[\"']?([a-z0-9][a-z0-9_-]*)[\"']?[ \t]*(?:#.*)?$", text, re.MULTILINE)
    return match[1] if match else None


def load_translation_file(path: str | Path, loaded: LoadedModel) -> LoadedModel:
    """Read a translation file and check it against `loaded`; the model in the translation's language.

    Read as a model file is: a regular file only, never past 2 MB, UTF-8."""
    path = Path(path)
    name = str(path)
    raw = loader._read_limited(path, name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ModelError([ModelProblem(name, line, "", "file is not UTF-8 text")]) from None
    return translate(loaded, text, name)


def translate(loaded: LoadedModel, text: str, file_name: str = "<translation>") -> LoadedModel:
    """`loaded`'s model with the texts of the translation `text`; raises ModelError with every problem.

    The result keeps `loaded`'s own text and hash (a workshop snapshots both texts), with the
    translation's text, language and hash as its `translation`.
    """
    text = text.removeprefix("\ufeff")
    loader._check_text_size(text, file_name)
    original = loaded.original
    key = (loaded.sha256, text)
    cached = _translated.get(key)
    if cached is not None:
        return cached
    model = _from_parsed_copy(text, original, file_name)
    if model is None:  # parsed, checked and kept for the next opening (which then needs no YAML parser)
        model = _check_text(text, original, file_name)
    sha256 = model_hash(text)
    result = LoadedModel(
        model=model,
        text=loaded.text,
        sha256=loaded.sha256,
        translation=Translation(model.language, text, sha256),
        untranslated=original,
    )
    if len(_translated) >= _CACHE_SIZE:
        _translated.pop(next(iter(_translated)))
    _translated[key] = result
    return result


def untranslated(loaded: LoadedModel) -> LoadedModel:
    """`loaded` in its model file's own language."""
    if loaded.translation is None:
        return loaded
    return LoadedModel(model=loaded.original, text=loaded.text, sha256=loaded.sha256)


_CACHE_SIZE = 32
_translated: dict[tuple[str, str], LoadedModel] = {}


def _check_text(text: str, original: MaturityModel, file_name: str) -> MaturityModel:
    import yaml

    fast_loader = getattr(yaml, "CSafeLoader", None)
    if fast_loader is not None and loader._plain_enough(text):
        try:
            return _check_parsed(text, original, file_name, fast_loader)
        except Exception:  # reported by the pure-Python parser, with its exact lines and messages
            pass
    return _check_parsed(text, original, file_name, yaml.SafeLoader)


def _check_parsed(text: str, original: MaturityModel, file_name: str, loader_class) -> MaturityModel:
    node, data = loader._parse(text, file_name, loader_class)
    checker = _TranslationChecker(file_name, node)
    checker.problems.extend(
        ModelProblem(file_name, line, path, message) for line, path, message in loader._duplicate_keys(node, "", set())
    )
    model = checker.translation(data, original)
    if checker.problems or model is None:
        raise ModelError(sorted(checker.problems, key=lambda problem: problem.line or 0))
    loader._keep_parsed_copy(model_hash(text), data)
    return model


def _from_parsed_copy(text: str, original: MaturityModel, file_name: str) -> MaturityModel | None:
    if loader._parsed_copies is None:
        return None
    data = loader._read_parsed_copy(model_hash(text))
    if data is None:
        return None
    checker = _TranslationChecker(file_name, None)
    model = checker.translation(data, original)
    return None if checker.problems else model


_ABSENT = object()  # an optional text that the model does not have either


class _TranslationChecker(loader._Checker):
    """Walks a translation beside the model it translates: the same structure, ids and order, every
    text present where the model has one; builds the model with the translated texts."""

    def translation(self, data: Any, original: MaturityModel) -> MaturityModel | None:
        if data is None:
            self.problem((), "the file is empty")
            return None
        top = self.mapping(
            data,
            (),
            {"format", "model", "model_version", "language", "title", "description", "credit", "levels", "aspects"},
            {"format", "model", "model_version", "language", "title", "levels", "aspects"},
        )
        if top is None:
            return None
        if "format" in top and top["format"] != TRANSLATION_FORMAT:
            found = top["format"]
            hint = " (this is a model, not a translation of one)" if found == loader.FORMAT else ""
            self.problem(("format",), f"must be '{TRANSLATION_FORMAT}', not {found!r}{hint}")
        model_id = self.text(top, "model", ())
        if model_id is not None and model_id != original.id:
            self.problem(("model",), f"this translates the model '{model_id}', not '{original.id}'")
        version = self.text(top, "model_version", ())
        if version is not None and version != original.version:
            self.problem(
                ("model_version",),
                f"this translates version {version!r} of the model; the model is version {original.version!r}",
            )
        language = self.language(top, "language", ())
        if language is not None and language == original.language:
            self.problem(("language",), f"the model itself is in '{language}'; a translation is into another language")
        title = self.text(top, "title", ())
        description = self.counterpart(top, "description", (), original.description, "description")
        credit = self.counterpart(top, "credit", (), original.credit, "credit")
        levels = self._levels_like(top, original.levels)
        aspects = self._aspects_like(top, original.aspects, levels)
        if self.problems or None in (language, title, levels, aspects):
            return None
        return MaturityModel(
            id=original.id,
            title=title,
            version=original.version,
            levels=levels,
            aspects=aspects,
            description=_value(description),
            source=original.source,
            licence=original.licence,
            credit=_value(credit),
            language=language,
        )

    # -- matching the model's structure ------------------------------------------------------

    def counterpart(self, data: dict, key: str, path: tuple, original: str | None, what: str):
        """The translation of an optional text: required where the model has it, refused where it has not."""
        if original is None:
            if data.get(key) is not None:
                self.problem(
                    (*path, key), f"the model has no {what} here (a translation holds exactly the model's texts)"
                )
                return None
            return _ABSENT
        if key not in data:
            self.problem((*path, key), f"missing (the model has a {what} here)")
            return None
        return self.text(data, key, path)

    def same_id(self, data: dict, key: str, path: tuple, expected: str, siblings: list[str]) -> bool:
        """Whether `key` holds the id the model has at this place; else reported."""
        value = self.text(data, key, path)
        if value is None:
            return False
        if value != expected:
            order = ", ".join(siblings)
            self.problem((*path, key), f"expected '{expected}' here (the model's order: {order}), found '{value}'")
            return False
        return True

    def matching_list(self, data: dict, key: str, path: tuple, count: int, what: str) -> list | None:
        """The list at `key`, reported unless it has exactly the model's `count` entries here."""
        if count == 0:
            items = data.get(key)
            if items:
                self.problem((*path, key), f"the model has no {what} here (a translation holds exactly the model's)")
                return None
            return []
        if key not in data:
            self.problem((*path, key), f"missing (the model has {_count(count, what)} here)")
            return None
        items = self.sequence(data, key, path)
        if items is None:
            return None
        if len(items) != count:
            self.problem((*path, key), f"the model has {_count(count, what)} here, this has {len(items)}")
        return items

    def _levels_like(self, top: dict, levels: tuple[Level, ...]) -> tuple[Level, ...] | None:
        items = self.matching_list(top, "levels", (), len(levels), "levels")
        if items is None:
            return None
        ids = [level.id for level in levels]
        result = []
        for index, (item, level) in enumerate(zip(items, levels, strict=False)):
            where = ("levels", index)
            data = self.mapping(item, where, {"id", "name", "description"}, {"id", "name"})
            if data is None:
                continue
            self.same_id(data, "id", where, level.id, ids)
            name = self.text(data, "name", where)
            description = self.counterpart(data, "description", where, level.description, "description")
            result.append(Level(level.id, name, level.index, _value(description)))
        return tuple(result) if len(result) == len(levels) else None

    def _aspects_like(
        self, top: dict, aspects: tuple[Aspect, ...], levels: tuple[Level, ...] | None
    ) -> tuple[Aspect, ...] | None:
        items = self.matching_list(top, "aspects", (), len(aspects), "aspects")
        if items is None:
            return None
        ids = [aspect.id for aspect in aspects]
        result = []
        for index, (item, aspect) in enumerate(zip(items, aspects, strict=False)):
            translated = self._aspect_like(item, ("aspects", index), aspect, ids, levels)
            if translated is not None:
                result.append(translated)
        return tuple(result) if len(result) == len(aspects) else None

    def _aspect_like(
        self, value: Any, path: tuple, aspect: Aspect, ids: list[str], levels: tuple[Level, ...] | None
    ) -> Aspect | None:
        data = self.mapping(
            value,
            path,
            {"id", "name", "question", "description", "topics", "levels", "questions"},
            {"id", "name", "question", "levels"},
        )
        if data is None:
            return None
        if not self.same_id(data, "id", path, aspect.id, ids):
            return None  # its contents would be compared with another aspect's
        name = self.text(data, "name", path)
        question = self.text(data, "question", path)
        description = self.counterpart(data, "description", path, aspect.description, "description")
        topics = self._topics_like(data, path, aspect.topics)
        entries = self._aspect_levels_like(data, path, aspect, levels, topics)
        questions = self._questions_like(data, path, aspect.questions, levels)
        if None in (name, question, description, topics, entries, questions):
            return None
        return Aspect(aspect.id, name, question, entries, _value(description), topics, questions)

    def _topics_like(self, data: dict, path: tuple, topics: tuple[Topic, ...]) -> tuple[Topic, ...] | None:
        items = self.matching_list(data, "topics", path, len(topics), "topics")
        if items is None:
            return None
        ids = [topic.id for topic in topics]
        result = []
        for index, (item, topic) in enumerate(zip(items, topics, strict=False)):
            where = (*path, "topics", index)
            entry = self.mapping(item, where, {"id", "name", "description"}, {"id", "name"})
            if entry is None:
                continue
            same = self.same_id(entry, "id", where, topic.id, ids)
            name = self.text(entry, "name", where)
            description = self.counterpart(entry, "description", where, topic.description, "description")
            if same and None not in (name, description):
                result.append(Topic(topic.id, name, _value(description)))
        return tuple(result) if len(result) == len(topics) else None

    def _aspect_levels_like(
        self,
        data: dict,
        path: tuple,
        aspect: Aspect,
        levels: tuple[Level, ...] | None,
        topics: tuple[Topic, ...] | None,
    ) -> tuple[AspectLevel, ...] | None:
        items = self.matching_list(data, "levels", path, len(aspect.levels), "levels")
        if items is None:
            return None
        ids = [entry.level.id for entry in aspect.levels]
        by_id = {topic.id: topic for topic in topics or ()}
        result = []
        for index, (item, entry) in enumerate(zip(items, aspect.levels, strict=False)):
            where = (*path, "levels", index)
            fields = self.mapping(
                item,
                where,
                {"level", "label", "summary", "meaning", "characteristics", "scenarios"},
                {"level", "label", "summary", "meaning", "characteristics"},
            )
            if fields is None:
                continue
            same = self.same_id(fields, "level", where, entry.level.id, ids)
            label = self.text(fields, "label", where)
            summary = self.text(fields, "summary", where)
            if summary is not None and ("\n" in summary or len(summary) > MAX_SUMMARY_CHARS):
                self.problem((*where, "summary"), f"must be one line of at most {MAX_SUMMARY_CHARS} characters")
                summary = None
            meaning = self.text(fields, "meaning", where)
            characteristics = self._characteristics_like(fields, where, entry)
            scenarios = self._texts_like(fields, "scenarios", where, entry.scenarios, "scenarios")
            if not same or None in (label, summary, meaning, characteristics, scenarios) or levels is None:
                continue
            of_topics = tuple(by_id.get(topic.id) if topic else None for topic in entry.characteristic_topics)
            result.append(
                AspectLevel(levels[entry.level.index], label, summary, meaning, characteristics, scenarios, of_topics)
            )
        return tuple(result) if len(result) == len(aspect.levels) else None

    def _characteristics_like(self, data: dict, path: tuple, entry: AspectLevel) -> tuple[str, ...] | None:
        """Each characteristic as the model has it: plain text, or a mapping of its topic and text."""
        pairs = entry.topical_characteristics
        items = self.matching_list(data, "characteristics", path, len(pairs), "characteristics")
        if items is None:
            return None
        texts = []
        for index, (item, (topic, _text)) in enumerate(zip(items, pairs, strict=False)):
            where = (*path, "characteristics", index)
            if topic is None:
                if isinstance(item, dict):
                    self.problem(where, "the model's characteristic here has no topic: give its text alone")
                elif not isinstance(item, str) or not item.strip():
                    self.problem(where, f"must be non-empty text, not {loader._kind(item)}")
                else:
                    texts.append(item.strip())
                continue
            if not isinstance(item, dict):
                self.problem(where, f"the model's characteristic here has the topic '{topic.id}': give topic and text")
                continue
            self.mapping(item, where, {"topic", "text"}, {"topic", "text"})
            same = "topic" not in item or self.same_id(item, "topic", where, topic.id, [topic.id])
            text = self.text(item, "text", where)
            if same and text is not None:
                texts.append(text)
        return tuple(texts) if len(texts) == len(pairs) else None

    def _texts_like(self, data: dict, key: str, path: tuple, originals: tuple[str, ...], what: str):
        items = self.matching_list(data, key, path, len(originals), what)
        if items is None:
            return None
        texts = []
        for index, item in enumerate(items[: len(originals)]):
            if not isinstance(item, str) or not item.strip():
                self.problem((*path, key, index), f"must be non-empty text, not {loader._kind(item)}")
            else:
                texts.append(item.strip())
        return tuple(texts) if len(texts) == len(originals) else None

    def _questions_like(
        self, data: dict, path: tuple, questions: tuple[Question, ...], levels: tuple[Level, ...] | None
    ) -> tuple[Question, ...] | None:
        items = self.matching_list(data, "questions", path, len(questions), "questions")
        if items is None:
            return None
        ids = [question.id for question in questions]
        result = []
        for index, (item, question) in enumerate(zip(items, questions, strict=False)):
            where = (*path, "questions", index)
            fields = self.mapping(item, where, {"id", "text", "detail", "answers"}, {"id", "text", "answers"})
            if fields is None:
                continue
            same = self.same_id(fields, "id", where, question.id, ids)
            text = self.text(fields, "text", where)
            if text is not None and ("\n" in text or len(text) > MAX_QUESTION_CHARS):
                self.problem((*where, "text"), f"must be one line of at most {MAX_QUESTION_CHARS} characters")
                text = None
            detail = self.counterpart(fields, "detail", where, question.detail, "detail")
            answers = self._answers_like(fields, where, question, levels)
            if same and None not in (text, detail, answers):
                result.append(Question(question.id, text, answers, _value(detail)))
        return tuple(result) if len(result) == len(questions) else None

    def _answers_like(
        self, data: dict, path: tuple, question: Question, levels: tuple[Level, ...] | None
    ) -> tuple[Answer, ...] | None:
        items = self.matching_list(data, "answers", path, len(question.answers), "answers")
        if items is None:
            return None
        ids = [answer.level.id for answer in question.answers]
        result = []
        for index, (item, answer) in enumerate(zip(items, question.answers, strict=False)):
            where = (*path, "answers", index)
            fields = self.mapping(item, where, {"level", "text", "detail"}, {"level", "text"})
            if fields is None:
                continue
            same = self.same_id(fields, "level", where, answer.level.id, ids)
            text = self.text(fields, "text", where)
            if text is not None and ("\n" in text or len(text) > MAX_ANSWER_CHARS):
                self.problem((*where, "text"), f"must be one line of at most {MAX_ANSWER_CHARS} characters")
                text = None
            detail = self.counterpart(fields, "detail", where, answer.detail, "detail")
            if same and None not in (text, detail) and levels is not None:
                result.append(Answer(levels[answer.level.index], text, _value(detail)))
        return tuple(result) if len(result) == len(question.answers) else None


def _value(text):
    return None if text is _ABSENT else text


def _count(count: int, what: str) -> str:
    return f"{count} {what}" if count != 1 else f"1 {what.removesuffix('s')}"
