"""The interface's language: chosen from --language, View > Language or the system's languages; installed
with the app's catalog, Qt's own for its dialogs and the locale of numbers and dates; a change offers a
restart on the same workshop, with nothing lost. The app starts in each of its languages with its menus
translated and each menu's accelerators distinct."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMenu, QMessageBox
from ts_files import accelerators, areas_missing, messages, ts_files

import pem_desktop
from pem_desktop import cli, i18n
from pem_desktop.languages import ENGLISH, LANGUAGES
from pem_desktop.maturity.catalog import resolve_model_in
from pem_desktop.services import Workshop
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.ui import interface_language, qt_catalogs
from pem_desktop.ui.interface_language import (
    chosen_language,
    current_interface_language,
    shipped_language,
    system_language,
)
from pem_desktop.ui.language_menu import relaunch_command
from pem_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["de-AT", "de"], "de"),
        (["de-Latn-AT"], "de"),
        (["pt-PT"], "pt_BR"),
        (["pt"], "pt_BR"),
        (["pt-BR"], "pt_BR"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh_CN"], "zh_CN"),
        (["zh-SG"], "zh_CN"),
        (["zh-Hant-TW", "ja"], "ja"),  # Traditional Chinese is not shipped: the next preference
        (["zh-HK"], "en"),
        (["zh-Hans-HK"], "zh_CN"),
        (["nl-NL", "fr-BE"], "fr"),
        (["es-MX"], "es"),
        (["en-GB", "de"], "en"),
        (["ko-KR"], "en"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_the_system_languages_are_read_as_the_app_ships_them(preferred, expected):
    assert system_language(preferred) == expected


def test_a_system_locale_is_read_through_its_ui_languages():
    assert system_language(QLocale("de_AT").uiLanguages()) == "de"
    assert system_language(QLocale("zh_SG").uiLanguages()) == "zh_CN"
    assert shipped_language("pt-Latn-PT") == "pt_BR" and shipped_language("sv") is None


def test_language_option_then_remembered_choice_then_system(settings):
    japanese = QLocale("ja_JP")
    assert chosen_language(settings, system=japanese) == "ja"
    settings.interface_language = "fr"
    assert chosen_language(settings, system=japanese) == "fr"
    assert chosen_language(settings, "de", system=japanese) == "de"
    settings.interface_language = "xx"  # not one of ours: follow the system
    assert settings.interface_language == "" and chosen_language(settings, system=japanese) == "ja"


@pytest.mark.parametrize("ui_language", ["de"])
def test_german_translates_the_app_qt_dialogs_and_the_locale(interface, qtbot):
    assert current_interface_language() == "de"
    assert QCoreApplication.translate("StartScreen", "Open the demo") == "Demo öffnen"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(button.text() for button in box.buttons()) == ["Abbrechen", "Speichern"]
    dialog = QFileDialog(None, "", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {button.text() for button in dialog.findChild(QDialogButtonBox).buttons()}
    assert texts == {"&Öffnen", "Abbrechen"}
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert i18n.current().code == "de"  # the words that are not Qt's


def test_the_tests_run_in_english_whatever_the_developers_language(qapp):
    assert current_interface_language() == ENGLISH
    assert QLocale().name() == "en_001" and QCoreApplication.translate("StartScreen", "Open…") == "Open…"


def test_english_keeps_an_english_system_locale_and_is_metric_elsewhere():
    assert interface_language.ui_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert interface_language.ui_locale("en", QLocale("de_DE")).name() == "en_001"
    assert interface_language.ui_locale("de", QLocale("de_AT")).name() == "de_AT"
    assert interface_language.ui_locale("ja", QLocale("de_AT")).name() == "ja_JP"


def test_english_plurals_read_one_action_two_actions(qapp, tmp_path):
    """The English catalog holds the plural forms (lupdate -pluralonly); every one says 1 X and 2 Xs."""
    source = tmp_path / "demo_en.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n<context>'
        '<name>Demo</name><message numerus="yes"><source>%n action(s)</source><translation>'
        "<numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation></message>"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    translator = QTranslator()
    assert translator.load(str(qt_catalogs.compile_catalog([source], tmp_path / "demo_en.qm")))
    assert [translator.translate("Demo", "%n action(s)", None, n) for n in (1, 2)] == ["%n action", "%n actions"]
    qapp.installTranslator(translator)
    try:
        assert [QCoreApplication.translate("Demo", "%n action(s)", None, n) for n in (0, 1, 2)] == [
            "0 actions",
            "1 action",
            "2 actions",
        ]
    finally:
        qapp.removeTranslator(translator)
    plurals = [m for path in ts_files() if path.stem.endswith("_en") for m in messages(path) if m.numerus]
    for message in plurals:  # the app's own, through the English interface the tests run in
        one, two = (QCoreApplication.translate(message.context, message.source, None, n) for n in (1, 2))
        assert "1" in one and "2" in two and "(s)" not in one + two, message
        if "(s)" in message.source:  # "%n action(s)": a singular and a plural
            assert one != two.replace("2", "1"), message


# -- the command line ------------------------------------------------------------------------------


@pytest.fixture
def started(monkeypatch):
    """The GUI's start, recorded instead of run."""
    calls = []
    import pem_desktop.ui.app as app

    def run(path, *, demo, language, read_only=False):
        calls.append((path, demo, language) + (("read-only",) if read_only else ()))
        return 0

    monkeypatch.setattr(app, "run", run)
    return calls


def test_language_option_goes_with_the_gui_start(started):
    assert cli.main(["--language", "de"]) == 0
    assert cli.main(["--language=ja", "w.pemw"]) == 0
    assert cli.main(["w.pemw", "--language", "pt_BR"]) == 0
    assert cli.main(["--demo", "--language", "zh_CN"]) == 0
    assert cli.main(["--read-only", "w.pemw", "--language", "fr"]) == 0
    assert started == [
        (None, False, "de"),
        (Path("w.pemw"), False, "ja"),
        (Path("w.pemw"), False, "pt_BR"),
        (None, True, "zh_CN"),
        (Path("w.pemw"), False, "fr", "read-only"),
    ]


def test_an_unknown_language_is_one_line(started, capsys):
    assert cli.main(["--language", "xx", "w.pemw"]) == 2
    error = capsys.readouterr().err
    assert (
        error == "pem-desktop: error: --language 'xx' is not one of the app's languages: " + ", ".join(LANGUAGES) + "\n"
    )
    with pytest.raises(SystemExit):
        cli.main(["--language", "de", "info", "w.pemw"])
    assert "does not go with a command" in capsys.readouterr().err
    assert started == []


CHILD = """
import json, sys
import pem_desktop.ui.app as gui
from pem_desktop import cli
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from pem_desktop.ui.main_window import MainWindow

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen = {
        "locale": QLocale().name(),
        "language menu": window.interface_language_menu.title(),
        "demo button": window.start.demo_button.text(),
    }
    print(json.dumps(seen), flush=True)
    QApplication.instance().exit(0)

create = gui.create_application
def create_and_report(*args, **kwargs):
    app = create(*args, **kwargs)
    QTimer.singleShot(0, report)
    return app
gui.create_application = create_and_report
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_app_starts_in_the_system_language(tmp_path):
    """A German-speaking Austrian system (de:fr, de_AT), nothing chosen yet: German, with Austrian numbers."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "LANGUAGE": "de_AT:fr",
        "LC_ALL": "C.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"locale": "de_AT", "language menu": "Sp&rache", "demo button": "Demo öffnen"}


# -- View > Language ---------------------------------------------------------------------------------


def _view_menu(window: MainWindow) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.menu().actions()[-1].menu() is not None)


def test_view_language_lists_the_system_default_and_each_language_by_its_own_name(window):
    menu = window.interface_language_menu
    assert menu.menuAction() in _view_menu(window).actions()
    assert menu.title() == "Lan&guage"
    entries = [(action.text(), action.isChecked()) for action in menu.actions()]
    assert entries == [("&System default (English)", True)] + [(name, False) for name in LANGUAGES.values()]
    assert menu.group.isExclusive() and all(action.isCheckable() for action in menu.actions())


def test_a_language_is_remembered_and_a_restart_offered(window, settings, monkeypatch):
    asked = []
    monkeypatch.setattr(window.interface_language_menu, "ask_restart", lambda code: asked.append(code) or False)
    menu = window.interface_language_menu
    next(action for action in menu.actions() if action.text() == "Deutsch").trigger()
    assert settings.interface_language == "de" and asked == ["de"]
    assert [action.text() for action in menu.actions() if action.isChecked()] == ["Deutsch"]
    menu.actions()[0].trigger()  # back to the system's, which is the language running: nothing to restart for
    assert settings.interface_language == "" and asked == ["de"]


def test_the_language_menu_works_by_keyboard(window, settings, monkeypatch):
    asked = []
    monkeypatch.setattr(window.interface_language_menu, "ask_restart", lambda code: asked.append(code) or False)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    view = QApplication.activePopupWidget()
    assert view is _view_menu(window)
    QTest.keyClick(view, Qt.Key.Key_G)  # Lan&guage
    menu = QApplication.activePopupWidget()
    assert menu is window.interface_language_menu and menu.activeAction() is menu.actions()[0]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):  # System default, English, Deutsch
        QTest.keyClick(menu, key)
    assert settings.interface_language == "de" and asked == ["de"]
    assert QApplication.activePopupWidget() is None


def test_the_restart_message_is_clear_and_later_changes_nothing_else(window, monkeypatch):
    shown = []

    def answer(box_self):
        shown.append((box_self.text(), box_self.informativeText(), [b.text() for b in box_self.buttons()]))
        box_self.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.interface_language_menu.ask_restart("ja") is False
    assert shown == [("PEM Desktop will be in 日本語 from its next start.", "Restart now?", ["&Restart now", "&Later"])]


def test_restart_now_reopens_the_same_workshop_with_every_change(window, tmp_path, monkeypatch):
    path = tmp_path / "demo.pemw"
    write_demo_workshop(path, resolve_model_in(None, None)).close()
    assert window.open_path(path)
    window.workshop.add_team("Late arrivals")
    launched = []
    menu = window.interface_language_menu
    menu.launch = lambda program, arguments, folder: launched.append((program, arguments, folder)) or True
    monkeypatch.setattr(menu, "ask_restart", lambda code: True)
    next(action for action in menu.actions() if action.text() == "Français").trigger()
    package_parent = str(Path(pem_desktop.__file__).resolve().parent.parent)
    assert launched == [(sys.executable, ["-m", "pem_desktop", str(path.resolve())], package_parent)]
    assert not window.isVisible() and window.workshop is None
    reopened = Workshop.open(path)  # the lock is free: the new app opens it for writing
    try:
        assert not reopened.read_only and "Late arrivals" in [team.name for team in reopened.teams()]
    finally:
        reopened.close()


def test_a_workshop_open_read_only_opens_read_only_again_after_the_restart(window, tmp_path, monkeypatch):
    """Open read-only because another window has it, the restarted app does not ask again: --read-only."""
    path = tmp_path / "demo.pemw"
    write_demo_workshop(path, resolve_model_in(None, None)).close()
    assert window.open_path(path, read_only=True)
    launched = []
    menu = window.interface_language_menu
    menu.launch = lambda program, arguments, folder: launched.append(arguments) or True
    monkeypatch.setattr(menu, "ask_restart", lambda code: True)
    next(action for action in menu.actions() if action.text() == "Deutsch").trigger()
    assert launched == [["-m", "pem_desktop", "--read-only", str(path.resolve())]]


def test_a_restart_that_cannot_start_keeps_the_workshop_open_here(window, tmp_path, monkeypatch):
    path = tmp_path / "demo.pemw"
    write_demo_workshop(path, resolve_model_in(None, None)).close()
    assert window.open_path(path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window.interface_language_menu.launch = lambda *args: False
    assert window.interface_language_menu.restart() is False
    assert window.isVisible() and window.workshop is not None and window.workshop.path == path.resolve()
    assert warned and "could not be started again" in warned[0]


def test_the_relaunch_command_runs_this_copy_of_the_app(tmp_path):
    program, arguments, folder = relaunch_command(None)
    result = subprocess.run(
        [program, *arguments, "--version"], cwd=folder, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == f"pem-desktop {pem_desktop.__version__}"
    assert Path(folder, "pem_desktop").resolve() == Path(pem_desktop.__file__).resolve().parent


# -- the app in each language ----------------------------------------------------------------------


def _menu_texts(window: MainWindow) -> dict[str, list[str]]:
    """Every menu's entries (the recent workshops' left out: they are data), by the path of its titles, and those
    of a card's menu."""
    found: dict[str, list[str]] = {}

    def walk(menu: QMenu, where: str) -> None:
        menu.aboutToShow.emit()  # the menus filled when opened (Model language)
        found[where] = [action.text() for action in menu.actions() if not action.isSeparator()]
        for action in menu.actions():
            if action.menu() is not None and action.menu() is not window.recent_menu:
                walk(action.menu(), f"{where} > {action.text()}")

    for index, action in enumerate(window.menuBar().actions()):
        found[f"bar {index}"] = [action.text()]
        walk(action.menu(), f"menu {index}")
    walk(window.card_menu(window.workshop.teams()[0].id), "a card's menu")
    return found


@pytest.fixture(scope="module")
def english_menus(qapp, tmp_path_factory) -> list[list[str]]:
    """The English menus on the demo, built once (before any test of the module installs another language)."""
    from PySide6.QtCore import QSettings

    from pem_desktop.ui.settings import AppSettings

    folder = tmp_path_factory.mktemp("english")
    window = MainWindow(AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    path = folder / "demo.pemw"
    write_demo_workshop(path, resolve_model_in(None, None), today=date(2026, 11, 25)).close()
    assert window.open_path(path)
    texts = list(_menu_texts(window).values())
    window.close_workshop()
    window.deleteLater()
    return texts


@pytest.mark.parametrize("ui_language", list(LANGUAGES))
def test_the_app_starts_in_each_language_with_its_menus_translated(english_menus, window, tmp_path, ui_language):
    if ui_language != ENGLISH:  # the start screen (this area's) before a workshop is opened
        assert window.start.demo_button.text() != "Open the demo"
    path = tmp_path / "demo.pemw"
    model = resolve_model_in(None, None if ui_language == ENGLISH else ui_language)
    write_demo_workshop(path, model, today=date(2026, 11, 25)).close()
    assert window.open_path(path)
    menus = list(_menu_texts(window).values())
    assert [len(entries) for entries in menus] == [len(entries) for entries in english_menus]
    proper_names = set(LANGUAGES.values())
    untranslated, doubled = [], []
    language_menu = window.interface_language_menu
    own = [language_menu.title(), *(action.text() for action in language_menu.actions())]
    for entries, english in zip(menus, english_menus, strict=True):
        if ui_language != ENGLISH:
            untranslated += [
                text
                for text, source in zip(entries, english, strict=True)
                if text == source and text not in proper_names
            ]
        letters = [letter for text in entries for letter in accelerators(text)]
        doubled += [
            f"&{letter}: {[t for t in entries if letter in accelerators(t)]}"
            for letter in set(letters)
            if letters.count(letter) > 1
        ]
    assert not [text for text in untranslated if text in own], "View > Language is not translated"
    assert not areas_missing(ui_language), f"areas without a {ui_language} .ts file"
    assert not untranslated, f"untranslated in {ui_language}: {untranslated}"
    assert not doubled, f"one accelerator for several entries of a menu in {ui_language}: {doubled}"
