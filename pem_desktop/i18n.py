"""The app's texts outside Qt, in the reader's language: the exports' words and the words for positions.

Catalogs are gettext .po files in `resources/translations/text/<language>.po` (English is the source
text and has none), read with Babel when a language is first asked for and kept for the process: no
compiled files are committed or built. `gettext`, `ngettext` and `pgettext` translate into the
language in force: the one an export speaks (`speaking(language)`, the workshop's), else the
interface's (`set_interface_language`, which the app calls at start-up). Dates and decimal numbers
are written for the same language's locale (Babel).

To add a language: extract the template (README: "Languages") and write `<language>.po` beside the
others; `tests/export/test_translations.py` checks it is complete.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext as _gettext
import io
from collections.abc import Iterator
from datetime import date

from pem_desktop.languages import ENGLISH
from pem_desktop.resources import data_path

CATALOG_FOLDER = ("resources", "translations", "text")
ENGLISH_LOCALE = "en_GB"  # the source texts are British English: "25 November 2026"


class Language:
    """One language's translations, and its locale's dates and numbers (Babel is imported only for these,
    so that the words of the app's screens cost its start-up nothing)."""

    def __init__(self, code: str, translations: _gettext.NullTranslations, locale_name: str):
        self.code = code
        self.translations = translations
        self.locale_name = locale_name

    @property
    def tag(self) -> str:
        """The language as a document states it (BCP 47): "de", "pt-BR", "en-GB"."""
        return self.locale_name.replace("_", "-")

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - a Language lives as long as the process
    def long_date(self, day: date) -> str:
        from babel.dates import format_date

        return format_date(day, "long", locale=self.locale_name)

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def short_date(self, day: date) -> str:
        from babel.dates import format_date

        return format_date(day, "medium", locale=self.locale_name)

    @functools.lru_cache(maxsize=8192)  # noqa: B019 - positions are kept to the hundredth: few values
    def decimal(self, value: float, digits: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, format="0." + "0" * digits if digits else "0", locale=self.locale_name)

    @functools.lru_cache(maxsize=4096)  # noqa: B019
    def plural_count(self, value: float, digits: int) -> int:
        """The count that picks the plural form for a decimal as written with `digits` decimals: 1 where
        the locale says "one" (French "0,5 niveau"), else 2 ("1,5 Stufen", "0.5 levels")."""
        from decimal import Decimal

        from babel import Locale

        category = Locale.parse(self.locale_name).plural_form(Decimal(f"{value:.{digits}f}"))
        return 1 if category == "one" else 2


def catalog_languages(folder: tuple[str, ...] = CATALOG_FOLDER) -> list[str]:
    """The languages with a catalog in `folder` (besides English, the source), by code."""
    return sorted(path.stem for path in data_path(*folder).glob("*.po"))


def has_catalog(code: str) -> bool:
    """Whether texts exist in this language: English, or a language with a catalog."""
    return code == ENGLISH or code in catalog_languages()


@functools.cache
def language(code: str, folder: tuple[str, ...] = CATALOG_FOLDER) -> Language:
    """The language `code` ("de", "pt_BR") with the catalog in `folder` (the room's phone page has its own);
    English (the source texts) for a language without a catalog."""
    if code == ENGLISH or code not in catalog_languages(folder):
        return Language(ENGLISH, _gettext.NullTranslations(), ENGLISH_LOCALE)
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with data_path(*folder, f"{code}.po").open("rb") as handle:
        catalog = read_po(handle, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Language(code, _gettext.GNUTranslations(compiled), code)


_interface = ENGLISH
_speaking: contextvars.ContextVar[Language | None] = contextvars.ContextVar("speaking", default=None)


def N_(message: str) -> str:
    """Marks a text for the catalog where it is defined (a table's heads, say); translated where it is used."""
    return message


def set_interface_language(code: str) -> None:
    """The language of the non-Qt words the app shows on screen (positions in words, say)."""
    global _interface
    _interface = code


@contextlib.contextmanager
def speaking(code: str) -> Iterator[Language]:
    """Everything translated inside the block is in `code` (an export in the workshop's language)."""
    token = _speaking.set(language(code))
    try:
        yield _speaking.get()
    finally:
        _speaking.reset(token)


def current() -> Language:
    """The language in force: the export's, else the interface's."""
    return _speaking.get() or language(_interface)


def gettext(message: str) -> str:
    return current().translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return current().translations.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return current().translations.pgettext(context, message)


_ = gettext


def joined(*parts: str) -> str:
    """Sentences or clauses one after another, with the space the language puts between them (none in
    Chinese and Japanese); empty parts are left out."""
    # TRANSLATORS: two sentences one after the other; Chinese and Japanese put no space between them
    template = gettext("{first} {second}")
    text = ""
    for part in parts:
        if part:
            text = template.format(first=text, second=part) if text else part
    return text


def and_before(template: str, word: str) -> str:
    """A translated pattern joining two words with "and", as it must be before `word`: Spanish writes "e", not
    "y", before a word that starts with the sound of i ("Medición e Interfaces", "Pagos e Identidad"), but
    not where the i glides into the next vowel ("agua y hielo", "cobre y iodo")."""
    if current().code == "es" and " y {" in template and _starts_with_i_sound(word):
        return template.replace(" y {", " e {")
    return template


def _starts_with_i_sound(word: str) -> bool:
    lowered = word.strip().lower()
    if lowered[:2] in ("hi", "hí"):
        lowered = lowered[1:]
    return lowered[:1] in ("i", "í") and lowered[1:2] not in tuple("aeiouáéíóú")


def sentence_space() -> str:
    """What goes between two sentences set as separate pieces (" ", or "" in Chinese and Japanese)."""
    return joined("\0", "\0").replace("\0", "")


def long_date(day: date | None) -> str:
    """A date as written in sentences ("25 November 2026", "25. November 2026"); "" for none."""
    return current().long_date(day) if day else ""


def short_date(day: date | None) -> str:
    """A date as written in tables ("25 Nov 2026", "25.11.2026"); "–" for none."""
    return current().short_date(day) if day else "–"


def decimal(value: float, digits: int = 2) -> str:
    """A decimal number with `digits` after the separator ("1.35", "1,35")."""
    return current().decimal(round(value, digits) + 0.0, digits)


def decimal_count(value: float, digits: int = 2) -> int:
    """What to pass `ngettext` for a noun after `decimal(value, digits)` ("1.5 levels", "0,5 niveau")."""
    return current().plural_count(round(value, digits) + 0.0, digits)


__all__ = [
    "N_",
    "Language",
    "and_before",
    "catalog_languages",
    "current",
    "decimal",
    "decimal_count",
    "gettext",
    "has_catalog",
    "joined",
    "language",
    "long_date",
    "ngettext",
    "pgettext",
    "sentence_space",
    "set_interface_language",
    "short_date",
    "speaking",
]
