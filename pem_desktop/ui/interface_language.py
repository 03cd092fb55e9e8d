"""The interface's language, set before the first widget exists: `--language`, else the choice remembered from
View > Language, else the first of the system's preferred languages the app ships (de_AT reads German, pt
Brazilian Portuguese, zh_Hans / zh_CN / zh_SG Simplified Chinese), else English.

Installing it loads two Qt translators, the app's catalog (compiled from resources/translations/qt, see
qt_catalogs.py) and Qt's own for its standard dialogs (qtbase_<lang>.qm), gives the language to the words
that are not Qt's (pem_desktop.i18n: positions in words), and makes the default QLocale the
one UI numbers and dates follow: the system's when it is of that language (de_AT keeps Austrian dates), else
the language's (English without a region: en_001, metric, day before month).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pem_desktop import i18n
from pem_desktop.languages import ENGLISH, LANGUAGES
from pem_desktop.resources import data_path
from pem_desktop.ui.model_language import ensure_script_font
from pem_desktop.ui.qt_catalogs import COMPILED, SOURCES, catalog_name, fresh_catalog
from pem_desktop.ui.settings import AppSettings

_TRADITIONAL = frozenset({"Hant", "TW", "HK", "MO"})  # Chinese the app does not ship (Traditional script)
_NEUTRAL_LOCALES = {ENGLISH: "en_001"}  # QLocale("en") would be the US: inches, month before day

_translators: list[QTranslator] = []
_current = ENGLISH


def shipped_language(tag: str) -> str | None:
    """The language of `LANGUAGES` a locale tag ("de-AT", "zh-Hans-SG", "pt_PT") reads, or None."""
    parts = tag.replace("-", "_").split("_")
    language, rest = parts[0].lower(), set(parts[1:])
    if language == "zh":
        return "zh_CN" if "Hans" in rest or not rest & _TRADITIONAL else None
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else None


def system_language(ui_languages: Iterable[str]) -> str:
    """The first of the system's preferred languages (QLocale.uiLanguages()) that the app ships, else English."""
    return next((code for tag in ui_languages if (code := shipped_language(tag)) is not None), ENGLISH)


def chosen_language(settings: AppSettings, requested: str | None = None, system: QLocale | None = None) -> str:
    """The language to start in: `requested` (--language), the remembered choice, or the system's."""
    for code in (requested, settings.interface_language):
        if code in LANGUAGES:
            return code
    return system_language((system or QLocale.system()).uiLanguages())


def current_interface_language() -> str:
    """The language the interface was started in."""
    return _current


def install_interface_language(language: str, system: QLocale | None = None) -> None:
    """Translate the interface into `language` (replacing the translators installed before, if any)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _translators.clear()
    for path in (app_catalog(language), qt_catalog(language)):
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
    QLocale.setDefault(ui_locale(language, system or QLocale.system()))
    i18n.set_interface_language(language)  # the words shown on screen that are not Qt's (positions in words)
    ensure_script_font(language)  # Japanese and Chinese menus on a system without a CJK font
    _current = language


def ui_locale(language: str, system: QLocale) -> QLocale:
    """The locale UI numbers and dates follow in `language`: the system's by its name (its own formats may be
    the C locale's, "2 12 2026", under LANG=C), when it is of that language."""
    named = QLocale(system.name())
    if shipped_language(named.name()) == language:
        return named
    return QLocale(_NEUTRAL_LOCALES.get(language, language))


def app_catalog(language: str) -> Path | None:
    """The app's compiled catalog: in the wheel or frozen build, else compiled from the source tree's .ts files
    into build/translations when they changed; None (English source texts) when there is none."""
    try:
        return data_path(COMPILED, catalog_name(language))
    except FileNotFoundError:
        pass
    try:
        sources = data_path(*SOURCES)
    except FileNotFoundError:
        return None
    try:
        return fresh_catalog(sources, sources.parents[2] / "build" / "translations", language)
    except (OSError, RuntimeError) as error:  # no lrelease, a read-only tree: the app still starts, untranslated
        print(f"pem-desktop: the {language} translation could not be compiled: {error}", file=sys.stderr)
        return None


def qt_catalog(language: str) -> Path | None:
    """Qt's own translation of its standard dialogs and buttons (qtbase_de.qm), where Qt has one."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    return path if path.is_file() else None
