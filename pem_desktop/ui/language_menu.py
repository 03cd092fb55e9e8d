"""View > Language: the interface's language, "System default" or one of the app's languages by its own name,
remembered in the settings. It applies from the next start: the menu offers to restart at once, on the same
workshop (every change is already in the workshop file: each one is committed as it is made).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QProcess
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

import pem_desktop
from pem_desktop.languages import LANGUAGES, language_name
from pem_desktop.ui.interface_language import current_interface_language, system_language

if TYPE_CHECKING:
    from pem_desktop.ui.main_window import MainWindow

Launcher = Callable[[str, list[str], str], bool]  # QProcess.startDetached(program, arguments, working folder)


class InterfaceLanguageMenu(QMenu):
    """The checkable list of interface languages; choosing one remembers it and asks whether to restart now."""

    def __init__(self, window: MainWindow, launch: Launcher | None = None):
        super().__init__(window)
        self.main = window  # (not `window`: QWidget.window() is the menu's own top-level)
        self.launch = launch or _start_detached
        self.setTitle(self.tr("Lan&guage"))
        self.setToolTipsVisible(True)
        self.group = QActionGroup(self)
        system = language_name(system_language(QLocale.system().uiLanguages()))
        self.choices = {"": self.tr("&System default ({language})").format(language=system)}
        self.choices.update(LANGUAGES)  # each language by its own name, the same in every interface language
        for code, text in self.choices.items():
            action = self.addAction(text)
            action.setCheckable(True)
            action.setData(code)
            action.setToolTip(self.tr("The language of menus and dialogs; the model's has its own menu"))
            self.group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
        self.aboutToShow.connect(self.check_current)
        self.check_current()

    def check_current(self) -> None:
        chosen = self.main.settings.interface_language
        for action in self.group.actions():
            action.setChecked(action.data() == chosen)

    def choose(self, code: str) -> None:
        """Remember `code` ("" for the system's); when it changes the interface, offer to restart."""
        settings = self.main.settings
        if code == settings.interface_language:
            return
        settings.interface_language = code
        settings.sync()
        self.check_current()
        language = code or system_language(QLocale.system().uiLanguages())
        if language != current_interface_language() and self.ask_restart(language):
            self.restart()

    def ask_restart(self, language: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Interface language"), "", parent=self.main)
        box.setText(
            self.tr("PEM Desktop will be in {language} from its next start.").format(language=language_name(language))
        )
        details = self.tr("Restart now? The open workshop opens again as it is: every change is already saved.")
        if self.main.room is not None:
            details += " " + self.tr("The room for votes from phones closes.")
        box.setInformativeText(details if self.main.workshop is not None else self.tr("Restart now?"))
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> bool:
        """Close the window (which closes the workshop and frees its lock), start the app again on the same
        workshop, and quit; if the new app cannot be started, reopen the workshop here."""
        workshop = self.main.workshop
        path = workshop.path.resolve() if workshop is not None else None
        read_only = workshop is not None and workshop.read_only  # chosen (another window has it) or not: kept
        program, arguments, folder = relaunch_command(path, read_only=read_only)
        if not self.main.close():
            return False
        if not self.launch(program, arguments, folder):
            self.main.show()
            if path is not None:
                self.main.open_path(path, read_only=read_only or None)
            QMessageBox.warning(
                self.main,
                self.tr("Interface language"),
                self.tr(
                    "PEM Desktop could not be started again. Quit it and start it yourself to change the language."
                ),
            )
            return False
        QCoreApplication.quit()
        return True


def relaunch_command(path: Path | None, *, read_only: bool = False) -> tuple[str, list[str], str]:
    """(program, arguments, working folder) that start this very app again, on `path` if given (read-only
    with `read_only`): the frozen program itself, else this Python on this copy of the package (run from the
    folder that holds it)."""
    arguments = [] if path is None else ["--read-only", str(path)] if read_only else [str(path)]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments, os.getcwd()
    package_parent = Path(pem_desktop.__file__).resolve().parent.parent
    return sys.executable, ["-m", "pem_desktop", *arguments], str(package_parent)


def _start_detached(program: str, arguments: list[str], folder: str) -> bool:
    started, _pid = QProcess.startDetached(program, arguments, folder)
    return started
