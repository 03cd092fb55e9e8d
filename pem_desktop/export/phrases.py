"""Phrases the PDF and the Markdown summary share, in the language of the export (pem_desktop.i18n):
chapter and section titles, positions with their numbers, counts of actions and disagreements."""

from __future__ import annotations

from pem_desktop import i18n
from pem_desktop.export.roadmap import format_number, format_position, status_word
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import ngettext


def numbered(number: int, name: str) -> str:
    """An aspect's chapter title: "1. Investment"."""
    return _("{number}. {aspect}").format(number=number, aspect=name)


def toward(level: str, label: str) -> str:
    """A section's title: "Toward Scalable: As product"."""
    # TRANSLATORS: the title of an aspect's section on the next level: "Toward Scalable: As product"
    return _("Toward {level}: {label}").format(level=level, label=label)


def with_number(words: str, position: float) -> str:
    """A position in words and in numbers: "late Operational (1.80)"."""
    return _("{words} ({number})").format(words=words, number=format_position(position))


def model_version(model) -> str:
    """E.g. "CNCF Platform Engineering Maturity Model, version 1.0"."""
    return _("{model}, version {version}").format(model=model.title, version=model.version)


def open_counts(summary) -> str:
    """E.g. "4 open actions: 1 overdue, 1 without an owner, 2 without a due date. 3 open disagreements."."""
    questions = len(summary.open_questions)
    actions = ngettext(
        "{count} open action: {overdue} overdue, {unowned} without an owner, {undated} without a due date.",
        "{count} open actions: {overdue} overdue, {unowned} without an owner, {undated} without a due date.",
        summary.open_count,
    ).format(
        count=summary.open_count,
        overdue=summary.overdue_count,
        unowned=summary.unowned_count,
        undated=summary.undated_count,
    )
    disagreements = ngettext("{count} open disagreement.", "{count} open disagreements.", questions)
    return i18n.joined(actions, disagreements.format(count=questions))


def status_counts(statuses: list[str]) -> str:
    """How many actions, then how many of each status in the order met: "3: 2 agreed, 1 proposed"."""
    by_status: dict[str, int] = {}
    for status in statuses:
        by_status[status] = by_status.get(status, 0) + 1
    if not by_status:
        return _("none")
    # TRANSLATORS: how many actions have a status: "2 agreed", "1 in progress"
    parts = [
        _("{count} {status}").format(count=count, status=status_word(status)) for status, count in by_status.items()
    ]
    # TRANSLATORS: how many actions, then how many of each status: "3: 2 agreed, 1 proposed"
    return _("{count}: {statuses}").format(count=len(statuses), statuses=_(", ").join(parts))


def views(count: int, apart: float) -> str:
    """How many viewpoints and how far apart: "3, 1.5 levels apart", "2, one position"."""
    if apart < 0.05:
        return _("{count}, one position").format(count=count)
    return ngettext(
        "{count}, {number} level apart", "{count}, {number} levels apart", i18n.decimal_count(apart, 1)
    ).format(count=count, number=format_number(apart))


__all__ = ["model_version", "numbered", "open_counts", "status_counts", "toward", "views", "with_number"]
