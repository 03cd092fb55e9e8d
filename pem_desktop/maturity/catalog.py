"""The maturity models bundled with the app, and resolving a model given by id or by path."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pem_desktop.maturity.loader import LoadedModel, ModelError, ModelProblem, load_model_file
from pem_desktop.resources import data_path

DEFAULT_MODEL_ID = "cncf-platform-engineering"


@cache
def bundled_models() -> tuple[LoadedModel, ...]:
    """Every bundled model, the default first."""
    models = [load_model_file(path) for path in sorted(data_path("model").glob("*.yaml"))]
    models.sort(key=lambda loaded: (loaded.model.id != DEFAULT_MODEL_ID, loaded.model.title))
    return tuple(models)


def bundled_model(model_id: str = DEFAULT_MODEL_ID) -> LoadedModel:
    for loaded in bundled_models():
        if loaded.model.id == model_id:
            return loaded
    known = ", ".join(loaded.model.id for loaded in bundled_models())
    raise ModelError([ModelProblem(model_id, None, "", f"no bundled model has this id (bundled: {known})")])


def resolve_model(id_or_path: str | None) -> LoadedModel:
    """A bundled model by id, or a model file by path; None gives the default model."""
    if id_or_path is None:
        return bundled_model()
    if any(loaded.model.id == id_or_path for loaded in bundled_models()):
        return bundled_model(id_or_path)
    path = Path(id_or_path)
    if path.suffix.lower() in {".yaml", ".yml"} or path.exists():
        return load_model_file(path)
    return bundled_model(id_or_path)
