"""The maturity models bundled with the app, their translations, and resolving a model given by id
or by path, in a language."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pem_desktop.languages import sort_key
from pem_desktop.maturity.loader import LoadedModel, ModelError, ModelProblem, load_model_file
from pem_desktop.maturity.translation import is_translation_file_name, load_translation_file, translations_beside
from pem_desktop.resources import data_path

DEFAULT_MODEL_ID = "cncf-platform-engineering"


@cache
def _bundled() -> tuple[tuple[LoadedModel, Path], ...]:
    """Every bundled model with its file, the default first."""
    paths = [path for path in sorted(data_path("model").glob("*.yaml")) if not is_translation_file_name(path)]
    models = [(load_model_file(path), path) for path in paths]
    models.sort(key=lambda pair: (pair[0].model.id != DEFAULT_MODEL_ID, pair[0].model.title))
    return tuple(models)


def bundled_models() -> tuple[LoadedModel, ...]:
    """Every bundled model, the default first."""
    return tuple(loaded for loaded, _path in _bundled())


def bundled_model(model_id: str = DEFAULT_MODEL_ID) -> LoadedModel:
    for loaded, _path in _bundled():
        if loaded.model.id == model_id:
            return loaded
    known = ", ".join(loaded.model.id for loaded in bundled_models())
    raise ModelError([ModelProblem(model_id, None, "", f"no bundled model has this id (bundled: {known})")])


def bundled_translations(model_id: str) -> dict[str, Path]:
    """The translation files bundled for the model with this id, by language (none for an unknown id)."""
    for loaded, path in _bundled():
        if loaded.model.id == model_id:
            return translations_beside(path)
    return {}


def resolve_model(id_or_path: str | None) -> LoadedModel:
    """A bundled model by id, or a model file by path; None gives the default model."""
    return _resolve(id_or_path)[0]


def resolve_model_in(id_or_path: str | None, language: str | None) -> LoadedModel:
    """As `resolve_model`, in `language` (None: the model's own): its own language, or a translation
    bundled with it or, for a model file, beside it. Raises ModelError when there is no such translation."""
    loaded, path = _resolve(id_or_path)
    if language is None or language == loaded.model.language:
        return loaded
    translations = translations_beside(path) if path is not None else bundled_translations(loaded.model.id)
    if language not in translations:
        available = ", ".join(available_languages(loaded, translations))
        raise ModelError(
            [
                ModelProblem(
                    id_or_path or loaded.model.id,
                    None,
                    "",
                    f"the model is not available in '{language}' (available: {available})",
                )
            ]
        )
    return load_translation_file(translations[language], loaded)


def languages_of(id_or_path: str | None) -> list[str]:
    """The languages a model is available in: its own first, then its translations' (not yet checked)."""
    loaded, path = _resolve(id_or_path)
    translations = translations_beside(path) if path is not None else bundled_translations(loaded.model.id)
    return available_languages(loaded, translations)


def available_languages(loaded: LoadedModel, translations: dict[str, Path]) -> list[str]:
    """The model's own language, then those of `translations`, in the app's order of languages."""
    own = loaded.original.language
    return [own, *sorted((language for language in translations if language != own), key=sort_key)]


def _resolve(id_or_path: str | None) -> tuple[LoadedModel, Path | None]:
    """The model, and its file when it was given by path (None for a bundled one)."""
    if id_or_path is None:
        return bundled_model(), None
    if any(loaded.model.id == id_or_path for loaded in bundled_models()):
        return bundled_model(id_or_path), None
    path = Path(id_or_path)
    if path.suffix.lower() in {".yaml", ".yml"} or path.exists():
        return load_model_file(path), path
    return bundled_model(id_or_path), None
