"""The bundled maturity models load, hold what the workshop needs, and positions read right."""

from __future__ import annotations

import math

import pytest

from pem_desktop.maturity import MaturityModel, load_model_file
from pem_desktop.maturity.catalog import DEFAULT_MODEL_ID, bundled_models, resolve_model
from pem_desktop.maturity.translation import is_translation_file_name
from pem_desktop.resources import data_path

PE_ASPECTS = ("investment", "adoption", "interfaces", "operations", "measurement")
PE_LEVELS = ("Provisional", "Operational", "Scalable", "Optimizing")

# The aspect-specific names of each level, as the room sees them on the board.
PE_LABELS = {
    "investment": ("Voluntary or temporary", "Dedicated team", "As product", "Enabled ecosystem"),
    "adoption": ("Erratic", "Extrinsic push", "Intrinsic pull", "Participatory"),
    "interfaces": ("Custom processes", "Standard tooling", "Self-service solutions", "Integrated services"),
    "operations": ("By request", "Centrally tracked", "Centrally enabled", "Managed services"),
    "measurement": ("Ad hoc", "Consistent collection", "Insights", "Quantitative and qualitative"),
}


@pytest.fixture
def pe(pe_model) -> MaturityModel:
    return pe_model.model


# -- the CNCF Platform Engineering model -------------------------------------------------------


def test_platform_engineering_model_has_five_aspects_and_four_levels(pe):
    assert pe.id == "cncf-platform-engineering"
    assert [aspect.id for aspect in pe.aspects] == list(PE_ASPECTS)
    assert [aspect.name for aspect in pe.aspects] == [
        "Investment",
        "Adoption",
        "Interfaces",
        "Operations",
        "Measurement",
    ]
    assert pe.level_count == 4
    assert tuple(level.name for level in pe.levels) == PE_LEVELS
    assert [level.id for level in pe.levels] == ["provisional", "operational", "scalable", "optimizing"]
    assert [level.index for level in pe.levels] == [0, 1, 2, 3]


def test_platform_engineering_labels_per_aspect(pe):
    for aspect in pe.aspects:
        assert tuple(entry.label for entry in aspect.levels) == PE_LABELS[aspect.id], aspect.id
        # every aspect describes the model's levels in model order
        assert [entry.level for entry in aspect.levels] == list(pe.levels)
    interfaces = pe.aspect("interfaces")
    assert interfaces.at(3).label == "Integrated services"
    assert interfaces.at(3).heading == "Optimizing: Integrated services"


def test_platform_engineering_content_counts(pe):
    characteristics = sum(len(entry.characteristics) for aspect in pe.aspects for entry in aspect.levels)
    scenarios = sum(len(entry.scenarios) for aspect in pe.aspects for entry in aspect.levels)
    assert characteristics == 87
    assert scenarios == 28


def test_platform_engineering_texts_are_usable_on_the_board(pe):
    for aspect in pe.aspects:
        assert aspect.question.endswith("?"), aspect.id
        for entry in aspect.levels:
            where = f"{aspect.id}/{entry.level.id}"
            assert entry.summary and "\n" not in entry.summary and len(entry.summary) <= 100, where
            assert len(entry.meaning) > len(entry.summary), where
            assert entry.characteristics, where
            assert all(text.strip() == text and text for text in entry.characteristics), where


def test_platform_engineering_names_source_licence_and_version(pe_model):
    model = pe_model.model
    assert model.version
    assert model.source is not None and "Platform Engineering Maturity Model" in model.source.title
    assert model.source.url and model.source.url.startswith("https://")
    assert model.licence is not None and model.licence.name == "CC BY 4.0"
    assert model.credit and "CC BY 4.0" in model.credit


def test_loaded_model_keeps_the_exact_text_and_its_hash(pe_model):
    path = data_path("model", "cncf-platform-engineering-v1.yaml")
    again = load_model_file(path)
    assert again.text == path.read_text(encoding="utf-8")
    assert again.sha256 == pe_model.sha256
    assert len(pe_model.sha256) == 64


def test_default_model_is_platform_engineering():
    assert DEFAULT_MODEL_ID == "cncf-platform-engineering"
    assert bundled_models()[0].model.id == DEFAULT_MODEL_ID
    assert resolve_model(None).model.id == DEFAULT_MODEL_ID
    by_path = resolve_model(str(data_path("model", "cncf-platform-engineering-v1.yaml")))
    assert by_path.model == resolve_model(DEFAULT_MODEL_ID).model


# -- the CNCF Cloud Native model ------------------------------------------------------------------


def test_cloud_native_model_has_five_levels(cn_model):
    model = cn_model.model
    assert model.id == "cncf-cloud-native"
    assert model.level_count == 5
    assert len(model.aspects) >= 1
    for aspect in model.aspects:
        assert [entry.level for entry in aspect.levels] == list(model.levels)
        for entry in aspect.levels:
            assert entry.label and entry.summary and entry.meaning and entry.characteristics
    assert model.licence is not None and model.licence.name == "CC BY 4.0"


def test_every_bundled_model_file_loads():
    files = [path for path in sorted(data_path("model").glob("*.yaml")) if not is_translation_file_name(path)]
    assert files, "no bundled models"
    ids = [load_model_file(path).model.id for path in files]
    assert len(ids) == len(set(ids)), "two bundled models share an id"
    assert {loaded.model.id for loaded in bundled_models()} == set(ids)


# -- positions on the continuum ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "clamped"), [(-0.5, 0.0), (0.0, 0.0), (2.25, 2.25), (4.0, 4.0), (4.01, 4.0), (math.inf, 4.0)]
)
def test_clamp_position(pe, position, clamped):
    assert pe.clamp_position(position) == clamped


def test_clamp_position_refuses_nan(pe):
    with pytest.raises(ValueError):
        pe.clamp_position(math.nan)


# -- guided questions ----------------------------------------------------------------------------


@pytest.mark.parametrize("loaded", bundled_models(), ids=lambda loaded: loaded.model.id)
def test_every_aspect_of_every_bundled_model_has_questions_with_an_answer_per_level(loaded):
    model = loaded.model
    ids = [question.id for aspect in model.aspects for question in aspect.questions]
    assert len(ids) == len(set(ids)), "question ids repeat"
    for aspect in model.aspects:
        assert len(aspect.questions) >= 4, aspect.id
        for question in aspect.questions:
            where = f"{aspect.id}/{question.id}"
            assert question.id.startswith(f"{aspect.id}-"), f"{where}: ids name their aspect"
            assert question.text.endswith("?"), where
            assert [answer.level for answer in question.answers] == list(model.levels), where
            texts = [answer.text for answer in question.answers]
            assert len(set(texts)) == len(texts), f"{where}: two answers say the same"
            assert all(20 <= len(text) <= 160 for text in texts), where  # short enough to read out


def test_platform_engineering_has_four_questions_per_aspect(pe):
    assert {aspect.id: len(aspect.questions) for aspect in pe.aspects} == dict.fromkeys(PE_ASPECTS, 4)


# -- the Cloud Native model's real structure -----------------------------------------------------

# The sub-topics of each aspect of the Cloud Native Maturity Model 3.0, in the source's order, and
# the levels (1-5) at which the source has a statement for each. Business Outcomes has no named
# sub-topics in the source: its four topics are our grouping, present at every level.
CN_TOPICS = {
    "business-outcomes": {
        "Goals and KPIs": (1, 2, 3, 4, 5),
        "Evidence of benefit": (1, 2, 3, 4, 5),
        "Telling the business": (1, 2, 3, 4, 5),
        "Reach": (1, 2, 3, 4, 5),
    },
    "people": {
        "Organisational change": (1, 2, 3, 4, 5),
        "Teams and decentralisation": (1, 2, 3, 4, 5),
        "Developer agility": (1, 2, 3, 4, 5),
        "Upskilling developers": (1, 2, 3, 4, 5),
        "Security": (1, 2, 3, 4, 5),
        "CNCF certifications": (2, 3, 4),
    },
    "process": {
        "Audit and logs": (1, 2, 3, 4, 5),
        "CI/CD": (1, 2, 3, 4, 5),
        "Change control": (1, 2, 3, 4, 5),
        "Security": (1, 2, 3, 4, 5),
    },
    "policy": {"Policy creation": (1, 2, 3, 4, 5), "Compliance": (1, 2, 3, 4, 5)},
    "technology": {
        "Infrastructure": (1, 2, 3, 4, 5),
        "Application patterns and refactoring": (1, 2, 3, 4, 5),
        "Container and runtime management": (1, 2, 3, 4, 5),
        "Application release and operations": (1, 2, 3, 4, 5),
        "Testing and issue detection": (1, 2, 3, 4, 5),
        "Security and policy": (1, 2, 3, 4, 5),
    },
}


def test_cloud_native_puts_business_outcomes_first(cn_model):
    model = cn_model.model
    assert [aspect.id for aspect in model.aspects] == list(CN_TOPICS)
    assert [level.name for level in model.levels] == ["Build", "Operate", "Scale", "Improve", "Adapt"]


def test_cloud_native_has_one_statement_per_source_sub_topic_and_level(cn_model):
    for aspect in cn_model.model.aspects:
        expected = CN_TOPICS[aspect.id]
        assert [topic.name for topic in aspect.topics] == list(expected), aspect.id
        for entry in aspect.levels:
            number = entry.level.index + 1
            named = [topic.name for topic, _ in entry.topical_characteristics if topic is not None]
            assert len(named) == len(entry.characteristics), f"{aspect.id}/{number}: a characteristic without topic"
            assert named == [name for name, levels in expected.items() if number in levels], f"{aspect.id}/{number}"


def test_cloud_native_says_which_text_is_our_own_synthesis(cn_model):
    model = cn_model.model
    assert "our own synthesis" in model.description
    assert "our own grouping" in model.aspect("business-outcomes").description
    assert "our own additions" in model.credit
    assert model.source is not None and model.source.copyright == "© The CNCF Authors"
    assert model.source.url == "https://maturitymodel.cncf.io/"
