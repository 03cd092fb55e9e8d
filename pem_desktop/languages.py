"""Language codes as the app writes them (`de`, `pt_BR`, `zh_CN`: Qt's and Babel's locale names) and
the name each language has for itself, for menus and lists. No Qt.

The codes name a model's language, a model translation's and a workshop's. The app ships its own texts
and the bundled models' translations in the languages of `LANGUAGES`; a model of one's own may be
written in, or translated into, any language with a well-formed code.
"""

from __future__ import annotations

import re

# ISO 639 language, then an optional ISO 15924 script and an optional region (ISO 3166 or UN M.49),
# joined by underscores as Qt and Babel name locales: "de", "pt_BR", "zh_Hans_CN".
CODE_PATTERN = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_(?:[A-Z]{2}|[0-9]{3}))?$")
MAX_CODE_CHARS = 35

ENGLISH = "en"

# The languages the app and its bundled models come in, each by the name it has for itself.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
    "zh_CN": "简体中文",
}

_CJK = frozenset({"ja", "ko", "zh"})


def is_language_code(value: object) -> bool:
    """A well-formed language code such as "de", "pt_BR" or "zh_Hans_CN"."""
    return isinstance(value, str) and len(value) <= MAX_CODE_CHARS and CODE_PATTERN.match(value) is not None


def language_name(code: str) -> str:
    """The language's own name ("Deutsch", "日本語"), or its code for a language the app does not ship."""
    return LANGUAGES.get(code, code)


def uses_cjk(code: str) -> bool:
    """Whether texts in this language need a CJK font (Chinese, Japanese, Korean), on screen and in print."""
    return code.split("_", 1)[0] in _CJK


def sort_key(code: str) -> tuple[int, str]:
    """The app's languages first, in the order of `LANGUAGES`, then any other by its code."""
    order = list(LANGUAGES)
    return (order.index(code), "") if code in LANGUAGES else (len(order), code)
