"""Models load fast (LibYAML when PyYAML has it, a cache of texts, kept copies of parsed data) and exactly as
the pure-Python parser reads them."""

from __future__ import annotations

import pytest
import yaml

from pem_desktop.maturity import ModelError, load_model_text
from pem_desktop.maturity import loader as loader_module
from pem_desktop.maturity.catalog import bundled_models


@pytest.mark.parametrize("loaded", bundled_models(), ids=lambda loaded: loaded.model.id)
def test_the_fast_parser_reads_every_bundled_model_as_the_pure_python_one(loaded):
    slow = loader_module._load(loaded.text, "model.yaml", yaml.SafeLoader)
    fast_loader = getattr(yaml, "CSafeLoader", None)
    if fast_loader is None:
        pytest.skip("PyYAML without LibYAML")
    fast = loader_module._load(loaded.text, "model.yaml", fast_loader)
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


@pytest.fixture
def kept_copies(tmp_path):
    folder = tmp_path / "models"
    loader_module.keep_parsed_models_in(folder)
    loader_module._loaded.clear()
    yield folder
    loader_module.keep_parsed_models_in(None)
    loader_module._loaded.clear()


def test_a_kept_copy_opens_the_model_again_without_parsing_yaml(pe_model, kept_copies, monkeypatch):
    text = pe_model.text + "\n# kept\n"
    first = load_model_text(text, "a.yaml")
    assert [p.name for p in kept_copies.iterdir()] == [f"{first.sha256}.json"]
    loader_module._loaded.clear()  # a new process, as far as the loader knows

    def no_parsing(*args):
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(loader_module, "_parse", no_parsing)
    again = load_model_text(text, "b.yaml")
    assert again == first and again is not first


@pytest.mark.parametrize(
    "damage", ["", "{not json", '{"format": "pem-model/1"}', '{"format": "pem-model/1", "id": "hijacked"}']
)
def test_a_damaged_or_foreign_copy_is_ignored_and_the_text_parsed(pe_model, kept_copies, damage):
    text = pe_model.text + "\n# damaged\n"
    first = load_model_text(text, "a.yaml")
    (kept_copies / f"{first.sha256}.json").write_text(damage, encoding="utf-8")
    loader_module._loaded.clear()
    assert load_model_text(text, "a.yaml") == first


def test_a_folder_that_cannot_hold_copies_changes_nothing(pe_model, kept_copies):
    kept_copies.write_text("a file where the folder should be", encoding="utf-8")
    loaded = load_model_text(pe_model.text + "\n# no folder\n", "a.yaml")
    assert loaded.model == pe_model.model
    assert kept_copies.read_text(encoding="utf-8") == "a file where the folder should be"
