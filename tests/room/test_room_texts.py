"""The room's catalogs: every text of the phone page and every message of the room's server has a complete
translation in every language, with the same placeholders, and no catalog keeps a text nobody shows."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

import pem_desktop.room
from pem_desktop.resources import data_path
from pem_desktop.room.texts import CATALOG_FOLDER, html_texts, page_texts, script_texts

LANGUAGES = ["de", "es", "fr", "ja", "pt_BR", "zh_CN"]
PAGE = data_path("resources", "room")
# How the room's Python marks its messages for phones: the server's self._say("..."), the plural of a full
# room (ngettext) and a ProtocolError's second argument.
KEYWORDS = {"_say": None, "ngettext": (1, 2), "ProtocolError": (2,)}
SERVER_FILES = [Path(pem_desktop.room.__file__).with_name(name) for name in ("server.py", "protocol.py")]


def _page() -> list[str]:
    return page_texts((PAGE / "index.html").read_text("utf-8"), (PAGE / "room.js").read_text("utf-8"))


def _server() -> set[str | tuple[str, str]]:
    found = set()
    for path in SERVER_FILES:
        for _line, message, _comments, _context in extract_from_file("python", path, keywords=KEYWORDS):
            found.add(message)
    return found


def _catalog(language: str):
    with data_path(*CATALOG_FOLDER, f"{language}.po").open("rb") as handle:
        return read_po(handle, locale=language)


def _fields(text: str) -> set[str]:
    return {field for _literal, field, _spec, _conversion in string.Formatter().parse(text) if field is not None}


def test_the_page_s_texts_are_found_in_its_html_and_its_script():
    html = html_texts((PAGE / "index.html").read_text("utf-8"))
    assert "Join" in html and "Join code" in html  # a button, a label
    assert "How to vote" in html  # an aria-label
    assert "(optional)" in html and "Your name" in html  # a label's two texts, apart
    assert not any("JavaScript" in text for text in html)  # noscript shows only where the script cannot translate
    script = script_texts((PAGE / "room.js").read_text("utf-8"))
    assert "Question {number} of {count}" in script  # through t()
    assert "The code has six digits." in script  # marked with N_() and translated where it is shown
    assert "Cannot reach the room. Are you on the same network as the facilitator's computer?" in script
    # Every text room.js writes goes through t(): no English sentence is left in a string of its own.
    code = re.sub(r"\b(?:t|N_)\(\s*\"(?:[^\"\\\n]|\\.)*\"", "", (PAGE / "room.js").read_text("utf-8"))
    code = re.sub(r"//.*", "", code)
    sentences = [s for s in re.findall(r"\"((?:[^\"\\\n]|\\.)*)\"", code) if re.search(r"[A-Za-z]+ [a-z]+", s)]
    assert sentences == ["use strict"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_the_room_shows_has_a_complete_translation(language):
    catalog = _catalog(language)
    shown = {*_page(), *_server()}  # a plural as (singular, plural), as the catalog keeps it
    assert len(shown) > 70
    ids = {message.id for message in catalog if message.id}
    assert shown - ids == set(), "texts without a translation"
    assert ids - shown == set(), "texts no page or message shows any more"
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        if message.pluralizable:
            assert len(strings) == catalog.num_plurals, message.id
        assert all(strings) and not message.fuzzy, message.id
        for text in strings:
            assert _fields(text) == _fields(sources[-1]), (message.id, text)
        assert all(text.count("✓") == sources[0].count("✓") for text in strings), message.id
