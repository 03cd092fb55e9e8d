"""Models load fast (LibYAML when PyYAML has it, a cache of texts) and exactly as the pure-Python parser reads them."""

from __future__ import annotations

import pytest
import yaml

from pem_desktop.maturity import ModelError, load_model_text
from pem_desktop.maturity import loader as loader_module
from pem_desktop.maturity.catalog import bundled_models


@pytest.mark.parametrize("loaded", bundled_models(), ids=lambda loaded: loaded.model.id)
def test_the_fast_parser_reads_every_bundled_model_as_the_pure_python_one(loaded):
    slow = loader_module._load(loaded.text, "model.yaml", yaml.SafeLoader)
    if loader_module._FAST_LOADER is None:
        pytest.skip("PyYAML without LibYAML")
    fast = loader_module._load(loaded.text, "model.yaml", loader_module._FAST_LOADER)
    assert fast == slow


def test_a_model_text_is_parsed_once_and_errors_are_never_cached(pe_model):
    text = pe_model.text + "\n# a comment makes it another text\n"
    first = load_model_text(text, "a.yaml")
    assert load_model_text(text, "b.yaml") is first
    broken = text.replace("levels:", "levels: [", 1)
    for _ in range(2):
        with pytest.raises(ModelError) as raised:
            load_model_text(broken, "broken.yaml")
        assert str(raised.value).startswith("broken.yaml:")
