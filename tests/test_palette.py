"""Colours: WCAG 2.1 contrast for every text colour, and twelve team colours that stay apart.

Colour-vision deficiencies are simulated with the matrices of Machado, Oliveira and Fernandes
(2009, severity 1: full dichromacy) on linear RGB; distances are CIE76 ΔE in CIELAB (D65).
"""

from __future__ import annotations

import itertools
import math

import pytest

from pem_desktop.palette import contrast_ratio, level_colour, readable_on, relative_luminance, text_colour_on
from pem_desktop.services.workshop import TEAM_COLOURS

DICHROMACY = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
# The smallest ΔE between any two team colours, as each kind of vision sees them.
MINIMUM_DISTANCE = {"normal vision": 25.0, "deuteranopia": 12.0, "protanopia": 12.0, "tritanopia": 12.0}


def _linear(colour: str) -> tuple[float, float, float]:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    value = colour.lstrip("#")
    return tuple(channel(int(value[i : i + 2], 16)) for i in (0, 2, 4))


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(colour: str, vision: str) -> tuple[float, float, float]:
    rgb = _linear(colour)
    if vision in DICHROMACY:
        rgb = tuple(min(max(sum(m * c for m, c in zip(row, rgb, strict=True)), 0.0), 1.0) for row in DICHROMACY[vision])
    return _lab(rgb)


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the well-known AA grey
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("background", ["#16A34A", "#D97706", "#0891B2", "#65A30D", "#EA580C", "#0D9488", "#808080"])
def test_text_colour_is_whichever_of_black_and_white_reads_better(background):
    # these mid tones took white text (3.1-3.7:1) under the old lightness threshold
    chosen = text_colour_on(background)
    other = "#FFFFFF" if chosen == "#000000" else "#000000"
    assert contrast_ratio(chosen, background) >= contrast_ratio(other, background)
    assert contrast_ratio(chosen, background) >= 4.5


def test_any_background_gets_at_least_aa_text():
    for value in range(0, 256, 3):
        for colour in (f"#{value:02X}{value:02X}{value:02X}", f"#{value:02X}8040", f"#40{value:02X}C0"):
            assert contrast_ratio(text_colour_on(colour), colour) >= 4.5, colour


@pytest.mark.parametrize("colour", TEAM_COLOURS)
def test_every_team_colour_takes_readable_text(colour):
    assert contrast_ratio(text_colour_on(colour), colour) >= 4.5


def test_twelve_distinct_team_colours():
    assert len(TEAM_COLOURS) == 12
    assert len({colour.upper() for colour in TEAM_COLOURS}) == 12


@pytest.mark.parametrize("vision", list(MINIMUM_DISTANCE))
def test_team_colours_stay_apart_for_common_colour_vision_deficiencies(vision):
    seen = {colour: _seen(colour, vision) for colour in TEAM_COLOURS}
    closest = min((math.dist(seen[a], seen[b]), a, b) for a, b in itertools.combinations(TEAM_COLOURS, 2))
    assert closest[0] >= MINIMUM_DISTANCE[vision], closest


@pytest.mark.parametrize("count", range(2, 8))
def test_level_colours_take_readable_text_and_stay_ordered_in_greyscale(count):
    colours = [level_colour(index, count) for index in range(count)]
    for colour in colours:
        assert contrast_ratio(text_colour_on(colour), colour) >= 4.5
    lightness = [relative_luminance(colour) for colour in colours]
    assert lightness == sorted(lightness, reverse=True)


@pytest.mark.parametrize("background", ["#111318", "#1B1E25", "#000000", "#F6F7F9", "#FFFFFF"])
@pytest.mark.parametrize("colour", [*TEAM_COLOURS, "#777777"])
@pytest.mark.parametrize("minimum", [3.0, 4.5])
def test_readable_on_reaches_the_minimum_and_moves_no_further_than_needed(colour, background, minimum):
    readable = readable_on(colour, background, minimum)
    assert contrast_ratio(readable, background) >= minimum
    if contrast_ratio(colour, background) >= minimum:
        assert readable == colour
    else:  # moved just far enough: the colour keeps as much of itself as it can
        assert contrast_ratio(readable, background) < minimum + 0.6
