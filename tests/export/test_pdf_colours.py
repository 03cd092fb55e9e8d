"""Colours in the roadmap: text on every coloured ground meets WCAG AA, and levels stay ordered in grey."""

from __future__ import annotations

import itertools

import pytest

from pem_desktop.export.pdf import charts, text
from pem_desktop.palette import contrast_ratio, level_colour, relative_luminance, text_colour_on
from pem_desktop.services.workshop import TEAM_COLOURS

AA = 4.5  # normal-size text


@pytest.mark.parametrize("count", range(2, 8))
def test_text_on_every_level_colour_meets_aa(count):
    for index in range(count):
        for ground in (level_colour(index, count), charts.print_colour(index, count)):
            assert contrast_ratio(text_colour_on(ground), ground) >= AA, (count, index, ground)


def test_text_on_every_team_colour_meets_aa():
    for colour in TEAM_COLOURS:
        assert contrast_ratio(text_colour_on(colour), colour) >= AA, colour
    # any colour a user picks: black or white always reaches 4.58:1 on it
    for grey in range(0, 256, 5):
        colour = f"#{grey:02X}{grey:02X}{grey:02X}"
        assert contrast_ratio(text_colour_on(colour), colour) >= 4.58


def test_the_roadmaps_own_text_colours_meet_aa():
    for ink in (text.INK, text.MUTED, text.ACCENT, text.ALERT):
        hex_ink = ink.hexval().replace("0x", "#")
        for ground in ("#FFFFFF", text.SHADE.hexval().replace("0x", "#")):
            assert contrast_ratio(hex_ink, ground) >= AA, (hex_ink, ground)
    assert contrast_ratio("#FFFFFF", text.ACCENT.hexval().replace("0x", "#")) >= AA  # table heads


@pytest.mark.parametrize("count", range(2, 8))
def test_levels_are_ordered_light_to_dark_so_greyscale_keeps_them_apart(count):
    lightness = [relative_luminance(charts.print_colour(index, count)) for index in range(count)]
    assert lightness == sorted(lightness, reverse=True)
    assert all(a - b > 0.02 for a, b in itertools.pairwise(lightness))
