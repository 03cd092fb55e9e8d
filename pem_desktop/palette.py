"""Colours shared by the board, the overview and the PDF (plain hex strings; no Qt, no reportlab).

Levels use a sequential ramp (the viridis map, light to dark), readable by people with colour-vision
deficiencies and still ordered when printed in greyscale. Text colours are chosen by WCAG 2.1 contrast
(`text_colour_on`, `readable_on`), never by a fixed lightness threshold.
"""

from __future__ import annotations

_VIRIDIS = (  # from high to low lightness
    (0.993, 0.906, 0.144),
    (0.741, 0.875, 0.149),
    (0.478, 0.821, 0.318),
    (0.267, 0.749, 0.440),
    (0.133, 0.659, 0.518),
    (0.122, 0.561, 0.553),
    (0.165, 0.471, 0.557),
    (0.208, 0.373, 0.553),
    (0.255, 0.267, 0.529),
    (0.282, 0.141, 0.459),
)


def level_colour(index: int, count: int) -> str:
    """The colour of level `index` of `count` levels, e.g. "#7AD151"."""
    t = 0.5 if count <= 1 else index / (count - 1)
    t = 0.05 + 0.9 * t  # avoid the extreme ends of the map
    scaled = t * (len(_VIRIDIS) - 1)
    low = int(scaled)
    high = min(low + 1, len(_VIRIDIS) - 1)
    frac = scaled - low
    rgb = tuple(a + (b - a) * frac for a, b in zip(_VIRIDIS[low], _VIRIDIS[high], strict=True))
    return "#" + "".join(f"{round(channel * 255):02X}" for channel in rgb)


def mix(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` (0..1) of the way toward `other`."""
    a, b = _rgb(colour), _rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b, strict=True))


def text_colour_on(background: str) -> str:
    """Black or white, whichever has the higher WCAG contrast on `background` (always at least 4.58:1)."""
    return "#000000" if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#FFFFFF") else "#FFFFFF"


def contrast_ratio(colour: str, other: str) -> float:
    """The WCAG 2.1 contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = relative_luminance(colour), relative_luminance(other)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def readable_on(colour: str, background: str, minimum: float = 4.5) -> str:
    """`colour`, moved toward white (on a dark background) or black (on a light one) just far enough to
    reach `minimum` contrast on `background` (4.5 for text, 3 for large text and lines)."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target = text_colour_on(background)
    low, high = 0.0, 1.0
    for _ in range(16):  # bisect the smallest mix that is readable
        middle = (low + high) / 2
        if contrast_ratio(mix(colour, target, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    return mix(colour, target, high)


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
