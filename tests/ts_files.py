"""The interface's translation sources as the tests read them: resources/translations/qt/<area>_<lang>.ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FOLDER = ROOT / "resources" / "translations" / "qt"
# The areas whose helpers mark and translate the ui/ files (issue 18): while one has no .ts of a language
# yet, its strings in that language are still English, and the checks of whole menus wait for it.
AREAS = ("app", "window", "board", "dialogs", "panels")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"&(?!&)(.)")


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    disambiguation: str
    numerus: bool
    kind: str  # the <translation> element's type: "" when finished
    forms: tuple[str, ...]  # the translation, or its numerus forms


def ts_files() -> list[Path]:
    return sorted(TS_FOLDER.glob("*.ts"))


def language_of(path: Path) -> str:
    return path.stem.split("_", 1)[1]


def area_of(path: Path) -> str:
    return path.stem.split("_", 1)[0]


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    path.name,
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type", "") if translation is not None else "missing",
                    forms,
                )
            )
    return found


def translated_sources(language: str) -> set[tuple[str, str]]:
    """(context, source) of every message the .ts files of `language` translate."""
    return {
        (message.context, message.source)
        for path in ts_files()
        if language_of(path) == language
        for message in messages(path)
    }


def areas_missing(language: str) -> list[str]:
    """The areas that have no .ts file of `language`."""
    present = {area_of(path) for path in ts_files() if language_of(path) == language}
    return [area for area in AREAS if area not in present]


def accelerators(text: str) -> list[str]:
    return [letter.lower() for letter in ACCELERATOR.findall(text)]


def numerus_forms(language: str) -> int:
    """How many plural forms Qt gives the language: one in Japanese and Chinese, two in the others."""
    return 1 if language in ("ja", "zh_CN") else 2
