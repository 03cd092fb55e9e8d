"""The participant page's own texts, found in its files: what the room translates for the phones.

The page's English is its source: every text of index.html (and the attributes a person sees or hears)
and every text room.js gives its translation function `t` (or marks with `N_`, translated where it is
shown). The room sends phones these texts in the workshop's language (catalogs
`resources/translations/room/<language>.po`, beside the room's own messages); the page keeps its
English to switch again.
The page's JavaScript normalises the HTML's texts as `normalised` does, so both find the same entry.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

CATALOG_FOLDER = ("resources", "translations", "room")  # <language>.po: the page's texts and the room's messages
TRANSLATED_ATTRIBUTES = frozenset({"placeholder", "aria-label", "title", "alt"})
_NOT_SHOWN = frozenset({"script", "style", "noscript"})  # noscript's text shows only where room.js cannot run
_CALL = re.compile(r'\b(?:t|N_)\(\s*"((?:[^"\\\n]|\\.)*)"')  # room.js: t("English text", {values}), N_("...")


def normalised(text: str) -> str:
    """A text with its runs of white space made one space, and trimmed."""
    return " ".join(text.split())


def _has_words(text: str) -> bool:
    return any(character.isalpha() for character in text)


class _HtmlTexts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _NOT_SHOWN:
            self._hidden += 1
        for name, value in attrs:
            if name in TRANSLATED_ATTRIBUTES and value and _has_words(value):
                self.texts.append(normalised(value))

    def handle_endtag(self, tag: str) -> None:
        if tag in _NOT_SHOWN:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and _has_words(data):
            self.texts.append(normalised(data))


def html_texts(html: str) -> list[str]:
    """The texts of the page's HTML a person sees or hears, in order."""
    parser = _HtmlTexts()
    parser.feed(html)
    parser.close()
    return parser.texts


def script_texts(script: str) -> list[str]:
    """The English texts room.js gives `t` or marks with `N_`, in order (literals in double quotes)."""
    return [json.loads(f'"{literal}"') for literal in _CALL.findall(script)]


def page_texts(html: str, script: str) -> list[str]:
    """Every text of the page, once each, in the order they first appear."""
    return list(dict.fromkeys([*html_texts(html), *script_texts(script)]))
