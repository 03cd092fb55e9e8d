"""The action register: every action of the workshop in one list, in the order a reader works through it.

Open actions first (agreed, in progress and proposed, each shown with its status), then the done ones,
then the dropped ones; within each, by due date (undated last), then owner (unowned last). Each entry
has a number that the aspect sections and team scorecards refer to, and flags: overdue (due before the
export date and still open), no owner and no due date (both only for open actions: a finished one needs
neither any more).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from pem_desktop.export.roadmap import Roadmap
from pem_desktop.i18n import N_
from pem_desktop.i18n import gettext as _
from pem_desktop.maturity import Aspect, Level
from pem_desktop.services.views import ActionView

OPEN_STATUSES = ("agreed", "in progress", "proposed")
GROUPS = (("Open", OPEN_STATUSES), ("Done", ("done",)), ("Dropped", ("dropped",)))
GROUP_TITLES = {  # a group's heading, with how many actions it holds
    "Open": N_("Open actions ({counts})"),
    "Done": N_("Done actions ({counts})"),
    "Dropped": N_("Dropped actions ({counts})"),
}


def group_title(name: str, counts: str) -> str:
    """A register group's heading, e.g. "Open actions (12, 2 overdue)"."""
    return _(GROUP_TITLES[name]).format(counts=counts)


@dataclass(frozen=True)
class RegisterEntry:
    """One action as the register shows it."""

    number: int  # 1-based, in register order
    action: ActionView
    aspect: Aspect
    team_name: str
    target_level: Level | None
    overdue: bool
    unowned: bool
    undated: bool

    @property
    def is_open(self) -> bool:
        return self.action.status in OPEN_STATUSES

    @property
    def reference(self) -> str:
        """How other parts of the roadmap refer to it: "#12"."""
        return f"#{self.number}"


@dataclass(frozen=True)
class Register:
    """Every action, numbered, in register order; the groups are consecutive runs of it."""

    entries: tuple[RegisterEntry, ...]
    today: date

    def group(self, name: str) -> list[RegisterEntry]:
        statuses = dict(GROUPS)[name]
        return [entry for entry in self.entries if entry.action.status in statuses]

    @property
    def open(self) -> list[RegisterEntry]:
        return self.group("Open")

    def entry(self, action_id: int) -> RegisterEntry:
        return self._by_id[action_id]

    @functools.cached_property
    def _by_id(self) -> dict[int, RegisterEntry]:
        return {entry.action.id: entry for entry in self.entries}

    @property
    def overdue(self) -> list[RegisterEntry]:
        return [entry for entry in self.entries if entry.overdue]

    @property
    def unowned(self) -> list[RegisterEntry]:
        return [entry for entry in self.entries if entry.unowned]

    @property
    def undated(self) -> list[RegisterEntry]:
        return [entry for entry in self.entries if entry.undated]


def build_register(roadmap: Roadmap) -> Register:
    """The register of a roadmap's actions, as of the roadmap's export date."""
    model = roadmap.model
    aspect_order = {aspect.id: index for index, aspect in enumerate(model.aspects)}
    group_of = {status: index for index, (_, statuses) in enumerate(GROUPS) for status in statuses}

    def order(action: ActionView) -> tuple:
        return (
            group_of.get(action.status, len(GROUPS)),
            action.due_date is None,
            action.due_date or date.max,
            not action.owner,
            action.owner.casefold(),
            aspect_order.get(action.aspect_id, len(aspect_order)),
            action.order,
            action.id,
        )

    entries = []
    for number, action in enumerate(sorted(roadmap.actions, key=order), start=1):
        still_open = action.status in OPEN_STATUSES
        level = (
            model.level(action.target_level_id)
            if action.target_level_id and model.has_level(action.target_level_id)
            else None
        )
        entries.append(
            RegisterEntry(
                number=number,
                action=action,
                aspect=model.aspect(action.aspect_id),
                team_name=roadmap.team_name(action.team_id),
                target_level=level,
                overdue=still_open and action.due_date is not None and action.due_date < roadmap.today,
                unowned=still_open and not action.owner,
                undated=still_open and action.due_date is None,
            )
        )
    return Register(tuple(entries), roadmap.today)


__all__ = ["GROUPS", "OPEN_STATUSES", "Register", "RegisterEntry", "build_register", "group_title"]
