"""The maturity model as frozen dataclasses: levels, aspects and what each level means per aspect."""

from __future__ import annotations

import math
from dataclasses import dataclass


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
    """A whole maturity model, as loaded and validated from YAML."""

    id: str
    title: str
    version: str
    levels: tuple[Level, ...]
    aspects: tuple[Aspect, ...]
    description: str | None = None
    source: Source | None = None
    licence: Licence | None = None
    credit: str | None = None

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
    # the very start of the lowest level and level_count the very end of the highest.

    def clamp_position(self, position: float) -> float:
        if math.isnan(position):
            raise ValueError("position is not a number")
        return min(max(position, 0.0), float(self.level_count))

    def level_index_at(self, position: float) -> int:
        """The index of the level a position lies in."""
        return min(math.floor(self.clamp_position(position)), self.level_count - 1)

    def level_at(self, position: float) -> Level:
        return self.levels[self.level_index_at(position)]

    def next_level_above(self, position: float) -> Level | None:
        """The adjacent level above a position, or None at the highest level."""
        index = self.level_index_at(position) + 1
        return self.levels[index] if index < self.level_count else None

    def describe_position(self, position: float) -> str:
        """Words for a position, e.g. "Scalable", "late Operational", "between Operational and Scalable"."""
        index = self.level_index_at(position)
        within = self.clamp_position(position) - index
        name = self.levels[index].name
        if within <= 0.1 and index > 0:
            return f"between {self.levels[index - 1].name} and {name}"
        if within >= 0.9 and index < self.level_count - 1:
            return f"between {name} and {self.levels[index + 1].name}"
        if within < 1 / 3:
            return f"early {name}"
        if within > 2 / 3:
            return f"late {name}"
        return name
