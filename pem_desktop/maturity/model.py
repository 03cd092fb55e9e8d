"""The maturity model as frozen dataclasses: levels, aspects and what each level means per aspect."""

from __future__ import annotations

import math
from dataclasses import dataclass

from pem_desktop.i18n import and_before
from pem_desktop.i18n import gettext as _


@dataclass(frozen=True)
class Source:
    """Where a model's content comes from."""

    title: str
    author: str | None = None
    url: str | None = None
    published: str | None = None
    copyright: str | None = None


@dataclass(frozen=True)
class Licence:
    """The licence a model's content is published under."""

    name: str
    url: str | None = None


@dataclass(frozen=True)
class Level:
    """One level of the model, shared by every aspect (e.g. "Scalable")."""

    id: str
    name: str
    index: int
    description: str | None = None


@dataclass(frozen=True)
class Topic:
    """A named sub-topic of an aspect (e.g. "Change control"), under which characteristics are grouped."""

    id: str
    name: str
    description: str | None = None


@dataclass(frozen=True)
class AspectLevel:
    """What one level means for one aspect: its label, meaning, characteristics, scenarios.

    `characteristic_topics` gives the topic of each characteristic (None for one without), or is
    empty when the aspect has no topics.
    """

    level: Level
    label: str
    summary: str
    meaning: str
    characteristics: tuple[str, ...]
    scenarios: tuple[str, ...]
    characteristic_topics: tuple[Topic | None, ...] = ()

    @property
    def heading(self) -> str:
        """E.g. "Scalable: As product"."""
        return f"{self.level.name}: {self.label}"

    @property
    def topical_characteristics(self) -> tuple[tuple[Topic | None, str], ...]:
        """Each characteristic with its topic (None when it has none), in the model's order."""
        topics = self.characteristic_topics or (None,) * len(self.characteristics)
        return tuple(zip(topics, self.characteristics, strict=True))


@dataclass(frozen=True)
class Answer:
    """One answer to a guided question: what the room would say if it sat at this level."""

    level: Level
    text: str
    detail: str | None = None


@dataclass(frozen=True)
class Question:
    """A guided question of an aspect, with exactly one answer per level, lowest level first."""

    id: str
    text: str
    answers: tuple[Answer, ...]
    detail: str | None = None

    def answer_at(self, level_index: int) -> Answer:
        return self.answers[level_index]


@dataclass(frozen=True)
class Aspect:
    """One aspect of the model (e.g. "Investment"), a continuum across all levels."""

    id: str
    name: str
    question: str
    levels: tuple[AspectLevel, ...]
    description: str | None = None
    topics: tuple[Topic, ...] = ()
    questions: tuple[Question, ...] = ()

    def at(self, level_index: int) -> AspectLevel:
        return self.levels[level_index]

    def question_by_id(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


@dataclass(frozen=True)
class MaturityModel:
    """A whole maturity model, as loaded and validated from YAML.

    `language` is the language its texts are in: the model file's own, or a translation's (see
    pem_desktop.maturity.translation); ids are the same in every language.
    """

    id: str
    title: str
    version: str
    levels: tuple[Level, ...]
    aspects: tuple[Aspect, ...]
    description: str | None = None
    source: Source | None = None
    licence: Licence | None = None
    credit: str | None = None
    language: str = "en"

    @property
    def level_count(self) -> int:
        return len(self.levels)

    def aspect(self, aspect_id: str) -> Aspect:
        for aspect in self.aspects:
            if aspect.id == aspect_id:
                return aspect
        raise KeyError(aspect_id)

    def has_aspect(self, aspect_id: str) -> bool:
        return any(aspect.id == aspect_id for aspect in self.aspects)

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    def has_level(self, level_id: str) -> bool:
        return any(level.id == level_id for level in self.levels)

    # Positions on a continuum are floats in level units: level i spans [i, i + 1), so 0.0 is
    # the very start of the lowest level and level_count the very end of the highest. What a
    # position *means* (its level, its words, the level it heads toward) is `standing`: the one
    # rule that the board, the forms, the exports, the CLI and the room all use.

    def clamp_position(self, position: float) -> float:
        if math.isnan(position):
            raise ValueError("position is not a number")
        return min(max(position, 0.0), float(self.level_count))

    def standing(self, position: float) -> Standing:
        """Where a position stands: its level, the level it is heading toward, and words for it.

        The rule: within BETWEEN_MARGIN (inclusive, to the hundredth) of the boundary between two
        levels X and Y, a position is "between X and Y": it counts as X and is heading toward Y.
        Anywhere else it is in the level whose span holds it ("early", "" or "late" by thirds) and
        is heading toward the adjacent level above, or toward nothing at the highest level. The words
        are in the language in force (pem_desktop.i18n: an export's, else the interface's). So
        0.90, 1.00 and 1.10 are all "between Provisional and Operational", heading toward
        Operational; 1.15 is "early Operational", heading toward Scalable.
        """
        clamped = self.clamp_position(position)
        hundredths = round(clamped * 100)  # positions are kept to the hundredth; no float noise at 1.1
        margin = round(BETWEEN_MARGIN * 100)
        boundary = round(hundredths / 100)
        if 0 < boundary < self.level_count and abs(hundredths - boundary * 100) <= margin:
            below, above = self.levels[boundary - 1], self.levels[boundary]
            # TRANSLATORS: a position close to the boundary of two levels ("between Operational and Scalable")
            words = and_before(_("between {lower} and {upper}"), above.name).format(lower=below.name, upper=above.name)
            return Standing(clamped, below, above, True, words)
        index = min(hundredths // 100, self.level_count - 1)
        level = self.levels[index]
        within = hundredths - index * 100
        heading = self.levels[index + 1] if index + 1 < self.level_count else None
        if within < 100 / 3:
            # TRANSLATORS: a position in the first third of a level ("early Operational")
            words = _("early {level}").format(level=level.name)
        elif within > 200 / 3:
            # TRANSLATORS: a position in the last third of a level ("late Operational")
            words = _("late {level}").format(level=level.name)
        else:
            words = level.name
        return Standing(clamped, level, heading, False, words)

    def level_at(self, position: float) -> Level:
        """The level a position counts as (`standing(position).level`)."""
        return self.standing(position).level

    def heading_toward(self, position: float) -> Level | None:
        """The adjacent level a position is heading toward, or None at the highest level."""
        return self.standing(position).heading_toward

    def describe_position(self, position: float) -> str:
        """Words for a position, e.g. "Scalable", "late Operational", "between Operational and Scalable"."""
        return self.standing(position).words


BETWEEN_MARGIN = 0.1
"""How close to the boundary between two levels (in level units, inclusive) a position is "between" them."""


@dataclass(frozen=True)
class Standing:
    """What a position on an aspect's continuum means (see MaturityModel.standing).

    `level` is the level the position counts as; `heading_toward` is the adjacent level it is moving
    toward (None at the highest level); `between` says it is close to the boundary between those two;
    `words` is how every screen and document says it ("between Operational and Scalable").
    """

    position: float
    level: Level
    heading_toward: Level | None
    between: bool
    words: str

    @property
    def at_top(self) -> bool:
        """True when there is no level left to move toward."""
        return self.heading_toward is None
