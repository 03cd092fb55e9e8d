"""The language of a workshop's model: the choice in the New workshop dialog, the File > Model language
menu of an open workshop (an undoable command), and the CJK font the board needs for Chinese and Japanese.

The model's language is the workshop's own, independent of the language of the app's menus and
dialogs: a facilitator can run an English interface in front of a room that reads the model in
Japanese. Changing it swaps only the texts the model shows; ids, and so every placement, action and
answer, stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QActionGroup, QFontDatabase
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QWidget

from pem_desktop.languages import language_name, uses_cjk
from pem_desktop.maturity import LoadedModel, ModelError
from pem_desktop.maturity.catalog import available_languages, bundled_translations
from pem_desktop.maturity.translation import load_translation_file, translations_beside
from pem_desktop.resources import data_path
from pem_desktop.services import Workshop
from pem_desktop.services.model_language import LanguageChoice, language_choices, model_in, translation_from_file
from pem_desktop.ui.commands import WorkshopCommand


def preferred_language(available: list[str], locale: QLocale | None = None) -> str:
    """The locale's language when the model is available in it ("pt_BR", else "pt"), else the model's own."""
    name = (locale or QLocale()).name()  # the default locale (the system's, or the interface's): "de_DE", "pt_BR"
    for candidate in (name, name.split("_", 1)[0]):
        if candidate in available:
            return candidate
    return available[0]


class ModelLanguageCombo(QComboBox):
    """The languages a model to be chosen is available in: its own, and its translations (bundled with it,
    or beside its file). `chosen_model()` is the model in the chosen language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Model language"))
        self.setToolTip(self.tr("The language of the model's texts on the board and in the exports"))
        self._loaded: LoadedModel | None = None
        self._translations: dict[str, Path] = {}

    def set_model(self, loaded: LoadedModel, path: Path | None = None) -> None:
        """Offer the languages of `loaded`: from the files beside `path`, or bundled with it (no path)."""
        self._loaded = loaded
        self._translations = translations_beside(path) if path is not None else bundled_translations(loaded.model.id)
        languages = available_languages(loaded, self._translations)
        current = self.currentData()
        self.clear()
        own = loaded.original.language
        for language in languages:
            name = language_name(language)
            if language == own and len(languages) > 1:
                name = self.tr("{language} — the model's own").format(language=name)
            self.addItem(name, language)
        wanted = current if current in languages else preferred_language(languages)
        self.setCurrentIndex(max(0, self.findData(wanted)))
        self.setEnabled(len(languages) > 1)

    def chosen_model(self) -> LoadedModel:
        """The model in the chosen language; ModelError when its translation file is broken."""
        assert self._loaded is not None, "set_model first"
        language = self.currentData()
        if language is None or language == self._loaded.original.language:
            return self._loaded
        return load_translation_file(self._translations[language], self._loaded)


class ChangeModelLanguageCommand(WorkshopCommand):
    """Show the workshop's model in another language (which becomes the workshop's language)."""

    def __init__(self, workshop: Workshop, loaded: LoadedModel):
        super().__init__(
            workshop,
            QCoreApplication.translate("ChangeModelLanguageCommand", "show the model in {language}").format(
                language=language_name(loaded.language)
            ),
        )
        self.new, self.old = loaded, workshop.loaded_model

    def apply(self) -> None:
        self.old = self.workshop.set_model_language(self.new)

    def revert(self) -> None:
        self.workshop.set_model_language(self.old)


class ModelLanguageMenu(QMenu):
    """File > Model language: the languages the open workshop's model can be shown in, the current one
    checked, and a translation file of one's own."""

    def __init__(
        self,
        workshop: Callable[[], Workshop | None],
        run: Callable[[WorkshopCommand], bool],
        parent: QWidget,
        on_error: Callable[[str, ModelError], None],
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Model &language"))
        self.setToolTipsVisible(True)
        self._workshop = workshop
        self._run = run
        self._on_error = on_error
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.clear()
        workshop = self._workshop()
        if workshop is None:
            return
        group = QActionGroup(self)
        for choice in language_choices(workshop.loaded_model):
            action = self.addAction(_choice_text(choice))
            action.setCheckable(True)
            action.setChecked(choice.current)
            unfit = _unfit(workshop, choice)
            action.setEnabled(not workshop.read_only and not unfit)
            if unfit:
                action.setToolTip(
                    self.tr(
                        "The bundled translation is of another version of the model than this workshop's copy ({why})"
                    ).format(why=unfit)
                )
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
        self.addSeparator()
        from_file = self.addAction(self.tr("From a translation file…"))
        from_file.setEnabled(not workshop.read_only)
        from_file.triggered.connect(self.choose_file)

    def choose(self, choice: LanguageChoice) -> bool:
        workshop = self._workshop()
        if workshop is None or choice.current:
            return False
        try:
            loaded = model_in(workshop.loaded_model, choice)
        except ModelError as error:
            self._on_error(str(choice.path or choice.language), error)
            return False
        return self._change(workshop, loaded)

    def choose_file(self) -> bool:
        workshop = self._workshop()
        if workshop is None:
            return False
        translations = self.tr("Model translations")
        path, _ = QFileDialog.getOpenFileName(
            self.parentWidget(), self.tr("Choose a model translation"), "", f"{translations} (*.yaml *.yml)"
        )
        if not path:
            return False
        try:
            loaded = translation_from_file(workshop.loaded_model, path)
        except ModelError as error:
            self._on_error(path, error)
            return False
        return self._change(workshop, loaded)

    def _change(self, workshop: Workshop, loaded: LoadedModel) -> bool:
        if loaded.translation == workshop.loaded_model.translation:
            return False
        return self._run(ChangeModelLanguageCommand(workshop, loaded))


def _unfit(workshop: Workshop, choice: LanguageChoice) -> str:
    """Why a bundled translation does not fit the workshop's copy of its model (an earlier text), or ""."""
    if choice.source != "bundled":
        return ""
    try:
        model_in(workshop.loaded_model, choice)  # kept, so choosing it then is immediate
    except ModelError as error:
        return str(error.problems[0].message)
    return ""


def _choice_text(choice: LanguageChoice) -> str:
    if choice.source == "model":
        return QCoreApplication.translate("ModelLanguageMenu", "{language} (the model's own)").format(
            language=choice.name
        )
    return choice.name


_cjk_font_loaded = False


def ensure_script_font(language: str) -> None:
    """Make sure Chinese and Japanese model texts can be drawn: the bundled Droid Sans Fallback joins the
    fonts Qt falls back to (on a system without a CJK font of its own). Loaded once, when first needed."""
    global _cjk_font_loaded
    if _cjk_font_loaded or not uses_cjk(language):
        return
    _cjk_font_loaded = True
    QFontDatabase.addApplicationFont(str(data_path("resources", "fonts", "DroidSansFallbackFull.ttf")))
