"""The PDF's fonts, registered once, and text turned into safe paragraph markup with font fallback.

DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols; Droid Sans Fallback
covers Chinese, Japanese and Korean and is only loaded when a text needs it. Both are TrueType and
embedded (subset) by reportlab. A character neither font has is kept in DejaVu Sans, so the text
still extracts from the PDF as typed.

Droid Sans Fallback has no bold face, and no CJK TrueType font with one covers both Japanese and
Simplified Chinese (Noto Sans CJK is CFF, which reportlab cannot embed). So bold CJK text is set in
`CJK_BOLD`, the same glyphs under another name, which the roadmap's canvas draws filled and stroked
with its own colour (PDF text render mode 2: the synthetic bold that PDF readers and word processors
use): headings in Japanese and Chinese are visibly bold, and the text still extracts as typed.
"""

from __future__ import annotations

import copy
import functools
import weakref
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from pem_desktop.resources import data_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
CJK = "DroidSansFallback"
CJK_BOLD = "DroidSansFallback-Bold"  # the same glyphs, drawn stroked as well as filled (see BoldingText)
SYNTHETIC_BOLD = {CJK_BOLD: 0.045}  # font name -> stroke width as a share of the font size
_BOLD_FACES = frozenset({BOLD, BOLD_ITALIC})
_synthetic_bold_registered = False

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 (surrogate pairs).

    reportlab 4 and 5 write such a character (an emoji, say) as five hex digits, which PDF readers
    reject, so the character could not be copied or searched in the PDF.
    """
    entries = [f"<{code:02X}> <{chr(value).encode('utf-16-be').hex().upper()}>" for code, value in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) /Supplement 0 >> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans (four faces, as one family for <b> and <i>) with reportlab, once."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        _font(name)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


@functools.cache
def _font(name: str) -> TTFont:
    if name == CJK_BOLD:  # the regular face's glyphs under another name: read the 4 MB file once
        global _synthetic_bold_registered
        _synthetic_bold_registered = True
        font = copy.copy(_font(CJK))
        font.fontName = CJK_BOLD
        font.state = weakref.WeakKeyDictionary()  # its own subsets in each document
    else:
        font = TTFont(name, str(data_path("resources", "fonts", _FILES[name])))
    pdfmetrics.registerFont(font)
    return font


def _registered(name: str) -> str:
    _font(name)
    return name


def synthetic_bold_in_use() -> bool:
    """Whether a synthetic bold face has been registered (some text needed it) in this process."""
    return _synthetic_bold_registered


@functools.cache
def _glyphs(name: str) -> frozenset[int]:
    return frozenset(_font(name).face.charToGlyph)


@functools.lru_cache(maxsize=8192)  # the same names and labels are measured and drawn many times
def font_runs(text: str, font: str = REGULAR) -> tuple[tuple[str, str], ...]:
    """Split text into (font name, text) runs: `font` where it has the glyph, else a fallback that has it.

    Fallbacks, in order: DejaVu Sans (e.g. Hebrew in an oblique face that lacks it), Droid Sans Fallback
    (its synthetic bold for a bold face). Spaces stay with the run they are in.
    """
    if text.isascii() or not text:
        return ((font, text),) if text else ()
    if all(ord(char) in _glyphs(font) for char in text if not char.isspace()):
        return ((font, text),)
    chain = [font] if font == REGULAR else [font, REGULAR]
    cjk = CJK_BOLD if font in _BOLD_FACES else CJK
    runs: list[tuple[str, str]] = []
    current, start = font, 0
    for index, char in enumerate(text):
        code = ord(char)
        if char.isspace() or code < 0x80:
            chosen = current if char.isspace() else font
        else:
            chosen = next((name for name in chain if code in _glyphs(name)), None)
            if chosen is None:
                chosen = _registered(cjk) if code in _glyphs(CJK) else font
        if chosen != current:
            if index > start:
                runs.append((current, text[start:index]))
            current, start = chosen, index
    runs.append((current, text[start:]))
    return tuple(runs)


def markup(text: str, font: str = REGULAR) -> str:
    """User or model text as paragraph markup that prints literally: escaped, with font fallback runs.

    `font` is the face the surrounding paragraph uses; line breaks become <br/>.
    """
    return "<br/>".join(_line_markup(line, font) for line in text_lines(text))


def text_lines(text: str) -> list[str]:
    """The lines of user text, whatever its line breaks; tabs become spaces."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n")


def _line_markup(line: str, font: str) -> str:
    parts = []
    for name, run in font_runs(line, font):
        if name == font:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{name}">{escape(run)}</font>')
    return "".join(parts)


def string_width(text: str, font: str, size: float) -> float:
    """The width of text drawn run by run with font fallback."""
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, font))


def fit(text: str, font: str, size: float, width: float) -> str:
    """Text shortened with an ellipsis so that it fits `width` (unchanged if it fits)."""
    if string_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
