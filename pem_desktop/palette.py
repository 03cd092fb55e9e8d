"""Colours shared by the board, the overview and the PDF (plain hex strings; no Qt, no reportlab).

Levels use a sequential ramp (the viridis map, light to dark), readable by people with colour-vision
deficiencies and still ordered when printed in greyscale.
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
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    return "#000000" if relative_luminance(background) > 0.30 else "#FFFFFF"


def relative_luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
