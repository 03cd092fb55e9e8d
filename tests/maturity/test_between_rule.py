"""The one rule for what a position means: its level, its words, the level it is heading toward.

The board's guide, the action form's default target, the roadmap's "Toward …" sections, the
overview and `pem-desktop info` all read positions through MaturityModel.standing; these tests pin
the rule down at and around every boundary, at the bottom and at the top.
"""

from __future__ import annotations

import math

import pytest

from pem_desktop.maturity import BETWEEN_MARGIN, Level, MaturityModel


def levels_model(*names: str) -> MaturityModel:
    levels = tuple(Level(name.lower(), name, index) for index, name in enumerate(names))
    return MaturityModel("test", "Test", "1", levels, ())


PE = levels_model("Provisional", "Operational", "Scalable", "Optimizing")


def reading(model: MaturityModel, position: float) -> tuple[str, str, str | None, bool]:
    standing = model.standing(position)
    toward = standing.heading_toward.name if standing.heading_toward else None
    return standing.words, standing.level.name, toward, standing.between


@pytest.mark.parametrize(
    ("position", "words", "level", "toward", "between"),
    [
        # the bottom of the continuum
        (-1.0, "early Provisional", "Provisional", "Operational", False),
        (0.0, "early Provisional", "Provisional", "Operational", False),
        (0.05, "early Provisional", "Provisional", "Operational", False),
        (0.1, "early Provisional", "Provisional", "Operational", False),  # no boundary below the lowest level
        (0.5, "Provisional", "Provisional", "Operational", False),
        (0.8, "late Provisional", "Provisional", "Operational", False),
        # the first boundary (1.00): ±0.05 and ±0.1 are "between", just beyond is not
        (0.85, "late Provisional", "Provisional", "Operational", False),
        (0.89, "late Provisional", "Provisional", "Operational", False),
        (0.9, "between Provisional and Operational", "Provisional", "Operational", True),
        (0.95, "between Provisional and Operational", "Provisional", "Operational", True),
        (1.0, "between Provisional and Operational", "Provisional", "Operational", True),
        (1.05, "between Provisional and Operational", "Provisional", "Operational", True),
        (1.1, "between Provisional and Operational", "Provisional", "Operational", True),
        (1.11, "early Operational", "Operational", "Scalable", False),
        (1.15, "early Operational", "Operational", "Scalable", False),
        (1.5, "Operational", "Operational", "Scalable", False),
        # the second boundary (2.00)
        (1.9, "between Operational and Scalable", "Operational", "Scalable", True),
        (1.95, "between Operational and Scalable", "Operational", "Scalable", True),
        (2.0, "between Operational and Scalable", "Operational", "Scalable", True),
        (2.05, "between Operational and Scalable", "Operational", "Scalable", True),
        (2.1, "between Operational and Scalable", "Operational", "Scalable", True),
        (2.2, "early Scalable", "Scalable", "Optimizing", False),
        # the last boundary (3.00): between Scalable and Optimizing still heads toward Optimizing
        (2.9, "between Scalable and Optimizing", "Scalable", "Optimizing", True),
        (3.0, "between Scalable and Optimizing", "Scalable", "Optimizing", True),
        (3.05, "between Scalable and Optimizing", "Scalable", "Optimizing", True),
        (3.1, "between Scalable and Optimizing", "Scalable", "Optimizing", True),
        (3.15, "early Optimizing", "Optimizing", None, False),
        # the top of the continuum: nothing above
        (3.5, "Optimizing", "Optimizing", None, False),
        (3.9, "late Optimizing", "Optimizing", None, False),
        (3.95, "late Optimizing", "Optimizing", None, False),  # no boundary above the highest level
        (4.0, "late Optimizing", "Optimizing", None, False),
        (12.0, "late Optimizing", "Optimizing", None, False),
        (math.inf, "late Optimizing", "Optimizing", None, False),
    ],
)
def test_standing_around_every_boundary(pe_model, position, words, level, toward, between):
    for model in (PE, pe_model.model):
        assert reading(model, position) == (words, level, toward, between)


def test_between_x_and_y_always_heads_toward_y_and_counts_as_x():
    for model in (PE, levels_model("A", "B"), levels_model(*"ABCDEFG")):
        for hundredths in range(0, model.level_count * 100 + 1):
            standing = model.standing(hundredths / 100)
            if standing.between:
                assert standing.words == f"between {standing.level.name} and {standing.heading_toward.name}"
                assert standing.heading_toward.index == standing.level.index + 1
            elif standing.heading_toward is not None:
                assert standing.heading_toward.index == standing.level.index + 1
                assert standing.level.name in standing.words
            else:
                assert standing.level.index == model.level_count - 1


def test_float_noise_does_not_move_a_boundary():
    # 1.1 reached by adding 0.1 steps is 1.1000000000000001; still "between"
    position = 0.0
    for _ in range(11):
        position += 0.1
    assert position != 1.1
    assert PE.standing(position).between
    assert PE.standing(1.1 + 1e-9).between
    assert not PE.standing(1.1 + 0.01).between


def test_the_margin_is_a_tenth_of_a_level():
    assert BETWEEN_MARGIN == 0.1


def test_shortcuts_say_the_same_as_standing(pe_model):
    model = pe_model.model
    for hundredths in range(-20, 420, 5):
        position = hundredths / 100
        standing = model.standing(position)
        assert model.level_at(position) == standing.level
        assert model.heading_toward(position) == standing.heading_toward
        assert model.describe_position(position) == standing.words
        assert standing.at_top == (standing.heading_toward is None)
        assert standing.position == model.clamp_position(position)


def test_a_two_level_model():
    model = levels_model("Low", "High")
    assert reading(model, 0.0) == ("early Low", "Low", "High", False)
    assert reading(model, 0.9) == ("between Low and High", "Low", "High", True)
    assert reading(model, 1.1) == ("between Low and High", "Low", "High", True)
    assert reading(model, 1.5) == ("High", "High", None, False)
    assert reading(model, 2.0) == ("late High", "High", None, False)


def test_the_five_level_cloud_native_model(cn_model):
    model = cn_model.model
    names = [level.name for level in model.levels]
    assert model.standing(2.95).words == f"between {names[2]} and {names[3]}"
    assert model.heading_toward(2.95) == model.levels[3]
    assert model.heading_toward(3.5) == model.levels[4]
    assert model.heading_toward(4.05) == model.levels[4]
    assert model.heading_toward(4.5) is None
    assert model.standing(5.0).level == model.levels[4]


def test_nan_is_refused():
    with pytest.raises(ValueError):
        PE.standing(math.nan)
