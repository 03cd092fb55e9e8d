"""Text that fits the space it is given: shrink within limits, wrap at words, never cut a word.

Every piece of text the board draws is recorded as a ShownText (what it should say, what it says,
the font and the rectangle it was given), so a test can compare each one's font metrics with its
space (tests/ui/test_no_clipping.py) in any language, at any screen size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF

WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
SLACK = 0.5  # pixels of rounding allowed when comparing a text's extent with its space


@dataclass(frozen=True)
class ShownText:
    """One text as drawn: `full` is what it should say, `shown` what it says (the same unless elided)."""

    where: str  # what it belongs to, for messages ("card Payments", "column 2 label")
    full: str
    shown: str
    font: QFont
    rect: QRectF
    wrap: bool = False

    def moved(self, dx: float, dy: float) -> ShownText:
        return replace(self, rect=self.rect.translated(dx, dy))

    def problem(self) -> str | None:
        """Why this text is not shown in full in its rectangle, or None when it is."""
        if self.shown != self.full:
            return f"{self.where}: {self.full!r} is shown as {self.shown!r}"
        width, height = extent(self.font, self.full, self.rect.width(), wrap=self.wrap)
        if width > self.rect.width() + SLACK or height > self.rect.height() + SLACK:
            return (
                f"{self.where}: {self.full!r} needs {width:.0f}x{height:.0f} px at {self.font.pointSizeF():.1f} pt "
                f"but has {self.rect.width():.0f}x{self.rect.height():.0f}"
            )
        return None


MAX_REMEMBERED = 20_000  # measured texts kept (a board of 200 teams lays out some thousands, again and again)
_measured: dict[tuple, tuple[float, float]] = {}


def extent(font: QFont, text: str, width: float, *, wrap: bool = True) -> tuple[float, float]:
    """(width, height) the text takes in `font`, wrapped at words within `width` (a word wider than
    `width` makes it wider: words are never broken).

    Remembered by font, text and width: a relayout measures the same names at the same sizes as the one
    before (and each layout tries a few sizes), and measuring is most of what a layout costs."""
    key = (font.key(), text, width, wrap)
    found = _measured.get(key)
    if found is None:
        if len(_measured) >= MAX_REMEMBERED:
            _measured.clear()
        found = _measured[key] = _measure(font, text, width, wrap)
    return found


def _measure(font: QFont, text: str, width: float, wrap: bool) -> tuple[float, float]:
    metrics = QFontMetricsF(font)
    if wrap and "\n" not in text:
        advance = metrics.horizontalAdvance(text)
        if advance <= width:  # one line that fits: no need to lay out the wrapping (most names on cards)
            return advance, metrics.height()
    if not wrap:
        lines = text.split("\n")
        return max(metrics.horizontalAdvance(line) for line in lines), metrics.height() * len(lines)
    rect = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), WRAP, text)
    widest_word = max((metrics.horizontalAdvance(word) for word in unbreakable(text)), default=0.0)
    return max(rect.width(), widest_word), rect.height()


def unbreakable(text: str) -> list[str]:
    """The pieces a line of `text` may not be broken inside, as Qt breaks lines (Unicode line breaking):
    words, but a compound after its hyphens (Self-Service-Lösungen) and Chinese or Japanese between
    characters (ボランティアまたは一時的)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    units = text.encode("utf-16-le")  # Qt's positions count UTF-16 units
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(units[2 * start : 2 * end].decode("utf-16-le").strip())
        start = end
    return [piece for piece in pieces if piece]


def fits(font: QFont, text: str, width: float, height: float, *, wrap: bool = True) -> bool:
    used_width, used_height = extent(font, text, width, wrap=wrap)
    return used_width <= width + SLACK and used_height <= height + SLACK


def scaled(font: QFont, factor: float) -> QFont:
    copy = QFont(font)
    copy.setPointSizeF(max(font.pointSizeF() * factor, 1.0))
    return copy


def fit_font(
    font: QFont,
    text: str,
    width: float,
    height: float = 1e6,
    *,
    wrap: bool = True,
    max_lines: int | None = None,
    smallest: float = 0.7,
) -> tuple[QFont, bool]:
    """The largest of `font` and its smaller sizes (down to `smallest` times its size) in which `text`
    fits `width` x `height` (and, if given, `max_lines` lines); and whether it fits at all (else the
    smallest is returned)."""
    factor = 1.0
    while True:
        candidate = scaled(font, factor)
        room = height if max_lines is None else min(height, max_lines * QFontMetricsF(candidate).lineSpacing() + SLACK)
        if fits(candidate, text, width, room, wrap=wrap):
            return candidate, True
        if factor <= smallest:
            return candidate, False
        factor = max(factor * 0.94, smallest)


def common_font(font: QFont, texts: list[str], width: float, height: float = 1e6, **options) -> tuple[QFont, bool]:
    """One size for several texts side by side (the level names of all columns): the smallest of their fits."""
    best, all_fit = font, True
    for text in texts:
        fitted, ok = fit_font(font, text, width, height, **options)
        all_fit &= ok
        if fitted.pointSizeF() < best.pointSizeF():
            best = fitted
    return best, all_fit


def elide(font: QFont, text: str, width: float) -> str:
    """The text cut to `width` with an ellipsis: the last resort, with the full text in a tooltip."""
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
