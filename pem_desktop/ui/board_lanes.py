"""Lanes on the continuum: cards (with their disagreement bands) stacked so none hides another.

Lanes are sticky: an item that was not moved keeps its lane when another card moves, a team is
added or a disagreement is recorded; only what changed looks for a new lane (the first one where it
touches nothing). Plain Python, so the rule is easy to test on its own.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Extent:
    """The horizontal room one item takes on the continuum, in scene pixels."""

    key: Hashable  # ("card", team id) or ("band", disagreement id)
    left: float
    right: float


def assign_lanes(
    extents: list[Extent], previous: dict[Hashable, tuple[int, Extent]], gap: float
) -> dict[Hashable, int]:
    """A lane for every extent: items unchanged since `previous` first, each in its old lane; then
    items that changed, in their old lane if it is free; then new items, each in the first free lane."""
    unchanged, changed, new = [], [], []
    for extent in extents:
        before = previous.get(extent.key)
        if before is None:
            new.append(extent)
        elif _same(before[1], extent):
            unchanged.append(extent)
        else:
            changed.append(extent)
    lanes: dict[Hashable, int] = {}
    taken: list[list[Extent]] = []

    def free(lane: int, extent: Extent) -> bool:
        return all(extent.right + gap <= other.left or other.right + gap <= extent.left for other in taken[lane])

    def put(extent: Extent, lane: int) -> None:
        while len(taken) <= lane:
            taken.append([])
        taken[lane].append(extent)
        lanes[extent.key] = lane

    for group in (unchanged, changed):
        for extent in sorted(group, key=lambda e: (previous[e.key][0], e.left)):
            wanted = previous[extent.key][0]
            if wanted >= len(taken) or free(wanted, extent):
                put(extent, wanted)
            else:
                put(extent, _first_free(extent, taken, free))
    for extent in sorted(new, key=lambda e: e.left):
        put(extent, _first_free(extent, taken, free))
    return lanes


def _first_free(extent: Extent, taken: list[list[Extent]], free) -> int:
    for lane in range(len(taken)):
        if free(lane, extent):
            return lane
    return len(taken)


def _same(a: Extent, b: Extent) -> bool:
    return abs(a.left - b.left) < 0.5 and abs(a.right - b.right) < 0.5
