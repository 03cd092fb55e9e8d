"""The language a workshop's model is shown in: what the workshop file keeps of it, and the choices.

A workshop file keeps its model's own text and hash (`model_yaml`, `model_sha256`) unchanged in
every language, and beside them (table `workshop_language`) the workshop's `language` and, when
that is not the model's own, the text and hash of the translation that shows the model in it
(`model_translation_yaml`, `model_translation_sha256`). A translation has the model's ids, so
placements, actions, votes and answers mean the same in every language; it is checked against the
model's own text whenever the file is opened, so a tampered translation is refused as a tampered
model is, and the file reopens in its language months later with neither the model file nor the
translation file at hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pem_desktop.languages import is_language_code, language_name, sort_key
from pem_desktop.maturity import LoadedModel, ModelError
from pem_desktop.maturity.catalog import bundled_translations
from pem_desktop.maturity.loader import model_hash
from pem_desktop.maturity.translation import load_translation_file, translate, untranslated


class SnapshotError(ValueError):
    """The language or translation a workshop file keeps does not fit its model; the message says why."""


def snapshot_columns(loaded: LoadedModel) -> dict[str, str]:
    """The workshop_language row's columns for a model shown as `loaded` (its own language or a translation)."""
    translation = loaded.translation
    return {
        "language": loaded.language,
        "model_translation_yaml": translation.text if translation else "",
        "model_translation_sha256": translation.sha256 if translation else "",
    }


def model_from_snapshot(loaded: LoadedModel, row, file_name: str) -> LoadedModel:
    """The model snapshot `loaded` as the workshop shows it: in the translation the file keeps, if any.

    `row` holds the file's `language`, `model_translation_yaml` and `model_translation_sha256` (None:
    a file made before they were kept, shown in the model's own language). Raises SnapshotError when
    the language is not a language code, or is not the model's own and no translation is kept, or the
    translation does not match its hash, is not a translation of this very model, or is into another
    language than the workshop's.
    """
    if row is None:
        return loaded
    language, text, sha256 = row.language, row.model_translation_yaml, row.model_translation_sha256
    if not is_language_code(language):
        raise SnapshotError(f"its language {language[:40]!r} is not a language code")
    if not text and not sha256:
        if language != loaded.language:
            raise SnapshotError(
                f"its language '{language}' is not its model's own ('{loaded.language}') and it keeps no translation"
            )
        return loaded
    if model_hash(text) != sha256:
        raise SnapshotError("its translation of the maturity model does not match its checksum")
    try:
        translated = translate(loaded, text, f"{file_name} (model translation)")
    except ModelError as error:
        problem = error.problems[0]
        raise SnapshotError(f"its translation of the maturity model does not fit the model ({problem})") from None
    if translated.language != language:
        raise SnapshotError(
            f"its translation of the maturity model is into '{translated.language}', not the workshop's '{language}'"
        )
    return translated


@dataclass(frozen=True)
class LanguageChoice:
    """A language a workshop's model can be shown in, and where its texts come from."""

    language: str
    current: bool
    source: str  # "model" (the model's own), "workshop" (the translation the file keeps) or "bundled"
    path: Path | None = None

    @property
    def name(self) -> str:
        return language_name(self.language)


def language_choices(loaded: LoadedModel) -> list[LanguageChoice]:
    """The languages the workshop's model (as `loaded`) can be shown in: its own, the one the file keeps,
    and those of the translations bundled for the model (checked only when chosen, by `model_in`)."""
    own = loaded.original.language
    choices = {own: LanguageChoice(own, loaded.translation is None, "model")}
    if loaded.translation is not None:
        choices[loaded.language] = LanguageChoice(loaded.language, True, "workshop")
    for language, path in bundled_translations(loaded.model.id).items():
        choices.setdefault(language, LanguageChoice(language, False, "bundled", path))
    return sorted(choices.values(), key=lambda choice: sort_key(choice.language))


def model_in(loaded: LoadedModel, choice: LanguageChoice) -> LoadedModel:
    """The workshop's model (`loaded`) in the chosen language; ModelError when a bundled translation
    does not fit this workshop's model (a translation of another version of it, say)."""
    if choice.source == "model":
        return untranslated(loaded)
    if choice.source == "workshop":
        return loaded
    return load_translation_file(choice.path, untranslated(loaded))


def in_language(loaded: LoadedModel, language: str) -> LoadedModel:
    """`loaded` (a model in its own language) shown in `language` by its bundled translation, when it has
    one that fits; otherwise `loaded` as it is."""
    for choice in language_choices(loaded):
        if choice.language == language and not choice.current:
            try:
                return model_in(loaded, choice)
            except ModelError:
                return loaded
    return loaded


def translation_from_file(loaded: LoadedModel, path: str | Path) -> LoadedModel:
    """The workshop's model with the translation in the file `path` (a model of one's own, say)."""
    return load_translation_file(path, untranslated(loaded))


def describe(loaded: LoadedModel) -> str:
    """E.g. "Deutsch (translation)" or "English (the model's own)", for the CLI and status lines."""
    kind = "translation" if loaded.translation is not None else "the model's own"
    return f"{language_name(loaded.language)} ({kind})"
