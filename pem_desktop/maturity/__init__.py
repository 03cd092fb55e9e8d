"""The maturity model: YAML loading, validation and frozen dataclasses. No Qt, no SQL."""

from pem_desktop.maturity.loader import (
    LoadedModel,
    ModelError,
    ModelProblem,
    keep_parsed_models_in,
    load_model_file,
    load_model_text,
)
from pem_desktop.maturity.model import (
    BETWEEN_MARGIN,
    Aspect,
    AspectLevel,
    Level,
    Licence,
    MaturityModel,
    Source,
    Standing,
)

__all__ = [
    "BETWEEN_MARGIN",
    "Aspect",
    "AspectLevel",
    "Level",
    "Licence",
    "LoadedModel",
    "MaturityModel",
    "ModelError",
    "ModelProblem",
    "Source",
    "Standing",
    "keep_parsed_models_in",
    "load_model_file",
    "load_model_text",
]
