"""The main window: start screen or an open workshop, menus, toolbar, undo, presentation mode."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QGuiApplication, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu, QMessageBox, QStackedWidget, QToolBar

from pem_desktop import APP_NAME, __version__
from pem_desktop.maturity import ModelError
from pem_desktop.maturity.catalog import bundled_models
from pem_desktop.maturity.credit import credit_lines
from pem_desktop.services import (
    USER_ERRORS,
    DamagedWorkshopError,
    NotAWorkshopFileError,
    Workshop,
    WorkshopLockedError,
    WriteFailedError,
    open_for_changes_by,
)
from pem_desktop.services.backups import data_folder, list_backups, restore_backup
from pem_desktop.services.views import Change
from pem_desktop.ui.after_paint import after_first_paint
from pem_desktop.ui.board import ZOOM_STEPS
from pem_desktop.ui.commands import (
    AddTeamCommand,
    RecolourTeamCommand,
    RemoveTeamCommand,
    RenameTeamCommand,
    ReorderTeamCommand,
    UpdateInfoCommand,
    perform,
)
from pem_desktop.ui.dates import long_date
from pem_desktop.ui.follow_ups import FollowUps
from pem_desktop.ui.keyboard import install_keyboard_policy
from pem_desktop.ui.language_menu import InterfaceLanguageMenu
from pem_desktop.ui.model_language import ModelLanguageMenu, ensure_script_font
from pem_desktop.ui.screen_fit import clamp_to_screen, screen_key, screen_of
from pem_desktop.ui.settings import AppSettings, default_page_size
from pem_desktop.ui.theme import THEMES, Theme, apply_theme, presentation_theme
from pem_desktop.ui.workshop_page import WorkshopPage

if TYPE_CHECKING:
    from pem_desktop.ui.board_votes import BoardVotes
    from pem_desktop.ui.file_watch import WorkshopFileWatcher
    from pem_desktop.ui.presentation import AudienceWindow
    from pem_desktop.ui.room_panel import RoomDialog
    from pem_desktop.ui.start_screen import StartScreen

# The start screen, the dialogs, exporting and the audience window are imported when first used:
# opening a workshop from the command line paints its board without them.

DEMO_FILE_NAME = "Demo workshop.pemw"
BACKUP_EVERY_MINUTES = 3


class MainWindow(QMainWindow):
    """One window: the start screen, or one open workshop."""

    def __init__(self, settings: AppSettings | None = None):
        install_keyboard_policy()  # no Tab traps, no Alt+letter typed into a field (ui/keyboard.py)
        super().__init__()
        self.settings = settings or AppSettings()
        self.theme: Theme = THEMES[self.settings.theme]
        self.presenting = False
        self.workshop: Workshop | None = None
        self.page: WorkshopPage | None = None
        self.audience: AudienceWindow | None = None
        self.room: RoomDialog | None = None
        self.board_votes: BoardVotes | None = None  # the room's votes on the boards, made after the first paint
        self._was_maximised = False
        self._locked_by = ""  # who holds the lock of a workshop being opened read-only
        self._minutes = 0
        self.housekeeping = QTimer(self)
        self.housekeeping.setInterval(60_000)
        self.housekeeping.timeout.connect(self._housekeeping)
        self.undo_stack = QUndoStack(self)
        self._start: StartScreen | None = None
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self._build_actions()
        self.follow_ups = FollowUps(self)  # follow-ups, comparisons, the review, last time's positions
        self._build_menus()
        self._build_toolbar()
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(1366, 768)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        clamp_to_screen(self)  # never larger than the screen, even one smaller than last time
        self._clamp_timer = QTimer(self)  # a timer of the window's own: it goes when the window goes
        self._clamp_timer.setSingleShot(True)
        self._clamp_timer.timeout.connect(self._clamp)
        self._watcher: WorkshopFileWatcher | None = None
        self._update_title()
        self._update_enabled()

    @property
    def start(self) -> StartScreen:
        """The start screen (new, open, demo, recent workshops), built when first needed."""
        if self._start is None:
            from pem_desktop.ui.start_screen import StartScreen

            self._start = StartScreen(self.settings)
            self._start.newRequested.connect(self.new_workshop)
            self._start.openRequested.connect(self.open_dialog)
            self._start.demoRequested.connect(self.open_demo)
            self._start.recentChosen.connect(self.open_recent)
            self._start.followUpRequested.connect(self.follow_ups.start_follow_up_of)
            self.pages.addWidget(self._start)
        return self._start

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None and self.pages.currentWidget() is None:
            self.pages.setCurrentWidget(self.start)
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_screen_hooked", False):
            self._screen_hooked = True
            handle.screenChanged.connect(self._screen_changed)
        if not self.presenting:
            clamp_to_screen(self)
            self._clamp_timer.start(300)  # once the window manager has framed it, fit the frame too

    def _screen_changed(self, _screen) -> None:
        """Moved to another screen (or its screen went away): fit it, and use that screen's zoom."""
        self._clamp_timer.start(0)
        self._apply_zoom()

    def _clamp(self) -> None:
        if not self.presenting:
            clamp_to_screen(self)

    # -- building ------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):  # every binding of the platform (Ctrl+W and Ctrl+F4)
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New workshop…"), self.new_workshop, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.tr("Open the &demo"), self.open_demo)
        self.close_action = self._action(
            self.tr("&Close workshop"), self.close_workshop, QKeySequence.StandardKey.Close
        )
        self.details_action = self._action(self.tr("Workshop de&tails…"), self.edit_details, "Ctrl+I")
        self.restore_action = self._action(self.tr("Restore from &backup…"), lambda: self.restore_from_backup())
        first, second = ("Letter", "A4") if default_page_size() == "Letter" else ("A4", "Letter")
        self.export_actions = {
            ("pdf", first): self._action(
                self.tr("&PDF roadmap ({size})…").format(size=first),
                lambda: self.export("pdf", first),
                "Ctrl+E",
                self.tr("Export the roadmap as a PDF"),
            ),
            ("pdf", second): self._action(
                self.tr("PDF roadmap ({size})…").format(size=second), lambda: self.export("pdf", second)
            ),
            ("csv", None): self._action(self.tr("&CSV tables…"), lambda: self.export("csv")),
            ("md", None): self._action(self.tr("&Markdown summary…"), lambda: self.export("md")),
            ("json", None): self._action(self.tr("&JSON (whole workshop)…"), lambda: self.export("json")),
        }
        self.import_action = self._action(self.tr("&Import from JSON…"), self.import_json)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])  # their keys work with the menus hidden (F11) too
        self._name_steps()
        self.add_team_action = self._action(
            self.tr("&Add team…"), self.add_team, "Ctrl+T", self.tr("Add a team to the workshop")
        )
        self.rename_team_action = self._action(self.tr("&Rename team…"), self.rename_team, "F2")
        self.recolour_team_action = self._action(self.tr("&Colour…"), self.recolour_team)
        self.team_earlier_action = self._action(
            self.tr("Move team earl&ier"), lambda: self.reorder_team(-1), "Ctrl+Shift+Up"
        )
        self.team_later_action = self._action(
            self.tr("Move team &later"), lambda: self.reorder_team(1), "Ctrl+Shift+Down"
        )
        self.unplace_action = self._action(self.tr("&Take off this aspect"), self.unplace_team)
        self.remove_team_action = self._action(self.tr("Re&move team…"), self.remove_team, "Ctrl+Del")
        self.disagreement_action = self._action(
            self.tr("Record &disagreement…"),
            self.record_disagreement,
            "Ctrl+D",
            self.tr("Record where the room disagrees (Ctrl+D)"),
        )
        self.new_action_action = self._action(
            self.tr("Agree an &action…"),
            self.agree_action,
            "Ctrl+Shift+A",
            self.tr("Write down an action the room agreed (Ctrl+Shift+A)"),
        )
        self.target_action = self._action(
            self.tr("Set &target…"),
            self.set_target,
            "Ctrl+Shift+T",
            self.tr("Where the room wants this aspect to be, for the organisation or the selected team (Ctrl+Shift+T)"),
        )
        self.room_action = self._action(
            self.tr("Votes from &phones…"),
            self.show_room,
            "Ctrl+R",
            self.tr("Let the room vote from their phones (Ctrl+R)"),
        )
        self.median_action = self._action(
            self.tr("Place at the votes' &median"),
            lambda: self.votes_on_board() and self.board_votes.place_at_median(),
            "Ctrl+M",
            self.tr("Put the selected team at the median of the room's revealed votes (Ctrl+M)"),
        )
        self.vote_disagreement_action = self._action(
            self.tr("Record disagreement from the v&otes"),
            lambda: self.votes_on_board() and self.board_votes.record_disagreement(),
            "Ctrl+Shift+D",
            self.tr("Record the spread of the selected team's revealed votes as a disagreement (Ctrl+Shift+D)"),
        )
        self.votes_shown_action = self._action(
            self.tr("Room's &votes on the board"),
            lambda on: self.votes_on_board() and self.board_votes.set_shown(on),
            tip=self.tr("Show the room's votes on the board: the count while hidden, the spread once revealed"),
        )
        self.votes_shown_action.setCheckable(True)
        self.votes_shown_action.setChecked(True)
        self.all_actions_action = self._action(self.tr("&All actions"), self._show_all_actions, "Ctrl+L")
        self.next_aspect_action = self._action(self.tr("&Next aspect"), lambda: self._step(1), QKeySequence("PgDown"))
        self.previous_aspect_action = self._action(
            self.tr("&Previous aspect"), lambda: self._step(-1), QKeySequence("PgUp")
        )
        self.overview_action = self._action(self.tr("&Overview"), self._show_overview, "Ctrl+Shift+O")
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"], self.tr("Larger type")
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom o&ut"), lambda: self.zoom(-1), "Ctrl+-", self.tr("Smaller type")
        )
        self.zoom_reset_action = self._action(self.tr("Actual si&ze"), lambda: self.zoom(0), "Ctrl+0")
        self.detail_action = self._action(
            self.tr("Level &detail panel"), self.toggle_detail, "F9", self.tr("Show or hide it (F9)")
        )
        self.questions_action = self._action(
            self.tr("Guided &questions for the room"),
            self.toggle_questions,
            "F8",
            self.tr("One guided question at a time above the board, in large type (F8)"),
        )
        self.questions_action.setCheckable(True)
        self.next_pane_action = self._action(
            self.tr("Next &pane"), lambda: self.page and self.page.focus_next_pane(), "F6"
        )
        self.aspect_actions = [
            self._action(
                self.tr("Aspect {number}").format(number=QLocale().toString(n)),
                lambda _checked=False, i=n - 1: self._show_aspect_number(i),
                f"Ctrl+{n}",
            )
            for n in range(1, 10)
        ]
        self.present_action = self._action(
            self.tr("P&resentation mode"),
            self.toggle_presentation,
            "F11",
            self.tr("Full screen, large type, no editing chrome (F11)"),
        )
        self.present_action.setCheckable(True)
        self.audience_action = self._action(
            self.tr("Audi&ence view on second screen"),
            self.toggle_audience,
            tip=self.tr("Show the board on the projector"),
        )
        self.audience_action.setCheckable(True)
        self.leave_presentation_action = self._action(self.tr("Leave presentation"), self._leave_presentation, "Esc")
        self.leave_presentation_action.setEnabled(False)  # only while presenting: else Esc is the widgets'
        self.light_action = self._action(self.tr("Lig&ht theme"), lambda: self.set_theme("light"))
        self.dark_action = self._action(self.tr("Dar&k theme"), lambda: self.set_theme("dark"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About"), self.show_about)

    def _name_steps(self) -> None:
        """Edit > Undo and Redo name the step in words a translation can arrange ("&Rückgängig: …"): Qt's own
        text is the prefix, a space and the step."""
        for action, changed, named, plain in (
            (self.undo_action, self.undo_stack.undoTextChanged, self.tr("&Undo {step}"), self.tr("&Undo")),
            (self.redo_action, self.undo_stack.redoTextChanged, self.tr("&Redo {step}"), self.tr("&Redo")),
        ):
            changed.connect(lambda step, a=action, n=named, p=plain: a.setText(n.format(step=step) if step else p))

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.demo_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.import_action)
        file_menu.addActions([self.follow_ups.start_action, self.follow_ups.compare_action])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for action in self.export_actions.values():
            export_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.details_action)
        self.language_menu = ModelLanguageMenu(lambda: self.workshop, self._run, self, self._model_error)
        file_menu.addMenu(self.language_menu)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        team_menu = menus.addMenu(self.tr("&Team"))
        for action in (
            self.add_team_action,
            self.rename_team_action,
            self.recolour_team_action,
            self.team_earlier_action,
            self.team_later_action,
            self.unplace_action,
            self.remove_team_action,
        ):
            team_menu.addAction(action)
        notes_menu = menus.addMenu(self.tr("&Notes"))
        notes_menu.addAction(self.disagreement_action)
        notes_menu.addAction(self.new_action_action)
        notes_menu.addAction(self.target_action)
        notes_menu.addSeparator()
        notes_menu.addAction(self.room_action)
        notes_menu.addAction(self.follow_ups.review_action)
        notes_menu.addAction(self.median_action)
        notes_menu.addAction(self.vote_disagreement_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.previous_aspect_action)
        view_menu.addAction(self.next_aspect_action)
        view_menu.addAction(self.overview_action)
        view_menu.addAction(self.all_actions_action)
        view_menu.addAction(self.detail_action)
        view_menu.addAction(self.follow_ups.markers_action)
        view_menu.addAction(self.votes_shown_action)
        view_menu.addAction(self.questions_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.present_action)
        view_menu.addAction(self.audience_action)
        view_menu.addSeparator()
        view_menu.addAction(self.light_action)
        view_menu.addAction(self.dark_action)
        self.interface_language_menu = InterfaceLanguageMenu(self)  # the interface's; File has the model's
        view_menu.addMenu(self.interface_language_menu)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Fixed words on the toolbar (the Edit menu says what exactly will be undone or redone).
        for text, stack_action in ((self.tr("Undo"), self.undo_action), (self.tr("Redo"), self.redo_action)):
            button = QAction(text, self)
            button.triggered.connect(stack_action.trigger)
            button.setEnabled(stack_action.isEnabled())
            stack_action.changed.connect(
                lambda b=button, a=stack_action: (
                    b.setEnabled(a.isEnabled()),
                    b.setToolTip(re.sub(r"\(&\w\)|&", "", a.text())),
                )
            )
            self.toolbar.addAction(button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.add_team_action)
        self.toolbar.addAction(self.disagreement_action)
        self.toolbar.addAction(self.new_action_action)
        self.toolbar.addAction(self.room_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.present_action)
        for action in self.toolbar.actions():  # the buttons' words without a CJK menu's "(&A)" or the "…"
            action.setIconText(re.sub(r"\(&\w\)|&|…", "", action.text()))
        self.addToolBar(self.toolbar)

    # -- opening and closing -------------------------------------------------------------------

    def open_path(self, path: str | Path, *, read_only: bool | None = None) -> bool:
        """Open a workshop file; a file that cannot be opened gets a clear message and is left as it is.

        Read-only files and folders open read-only; a file open in another instance can be opened
        read-only; a damaged file offers its backups.
        """
        path = Path(path)
        try:
            workshop = Workshop.open(path, read_only=read_only)
        except WorkshopLockedError as error:
            self._locked_by = error.holder.describe() if error.holder is not None else ""
            self.show()  # opened from the command line before the window was shown: put it behind the message
            answer = QMessageBox.question(
                self,
                self.tr("Workshop already open") if error.holder is not None else self.tr("Cannot open for writing"),
                self.tr(
                    "{problem}\n\nOpen it read-only? You can look at everything and export it, but not change it."
                ).format(problem=error),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            try:
                return answer == QMessageBox.StandardButton.Open and self.open_path(path, read_only=True)
            finally:
                self._locked_by = ""
        except (NotAWorkshopFileError, DamagedWorkshopError) as error:
            self.show()
            if list_backups(path):
                return self._offer_backups(path, str(error))
            QMessageBox.warning(self, self.tr("Cannot open this workshop"), str(error))
            return False
        except USER_ERRORS as error:
            self.show()
            QMessageBox.warning(self, self.tr("Cannot open this workshop"), str(error))
            return False
        if read_only and not self._locked_by:  # asked for read-only (--read-only, a restart): say who has it
            self._locked_by = open_for_changes_by(path)
        try:
            self._show_workshop(workshop)
        finally:
            self._locked_by = ""
        return True

    def _offer_backups(self, path: Path, problem: str) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Cannot open this workshop"),
            self.tr("{problem}\n\nThere are backup copies of it. Restore one as a new file?").format(problem=problem),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes and self.restore_from_backup(path)

    def _show_workshop(self, workshop: Workshop) -> None:
        self.close_workshop()
        self.workshop = workshop
        self.page = self._make_page(workshop)
        workshop.subscribe(self._on_change)
        self.pages.setCurrentWidget(self.page)
        info = workshop.info()
        self.settings.remember(
            workshop.path, info.title, info.organisation, info.workshop_date.isoformat() if info.workshop_date else ""
        )
        last = self.settings.last_aspect(workshop.path)
        if last and workshop.model.has_aspect(last):
            self.page.show_aspect(last)
        opened = self.tr("Opened {path} (read-only)") if workshop.read_only else self.tr("Opened {path}")
        self.statusBar().showMessage(opened.format(path=workshop.path))
        if workshop.read_only:  # follow the changes of whoever has it open for writing
            from pem_desktop.ui.file_watch import WorkshopFileWatcher

            self._watcher = WorkshopFileWatcher(workshop.path, self)
            self._watcher.changed.connect(self._changed_outside)
        else:
            # A copy as it was when opened, made once the board is on screen (before any input is handled).
            after_first_paint(
                self.page.view.viewport(), lambda: self._backup(workshop.backup) if self.workshop is workshop else None
            )
            self.housekeeping.start()
        after_first_paint(self.page.view.viewport(), lambda: self.workshop is workshop and self.votes_on_board())
        self._update_title()
        self._update_enabled()

    def _make_page(self, workshop: Workshop) -> WorkshopPage:
        ensure_script_font(workshop.model.language)
        note = ""
        if workshop.read_only and getattr(self, "_locked_by", ""):
            #: The page's banner says "Read-only: <workshop name> <this text>. You can look at everything…"
            note = self.tr("is open for changes in another window ({holder}); this window follows its changes")
            note = note.format(holder=self._locked_by)
        page = WorkshopPage(workshop, self.undo_stack, self._current_theme(), self.report_error, read_only_note=note)
        self.page = page
        self._apply_zoom()
        self.follow_ups.workshop_shown(page)
        page.aspectShown.connect(self._aspect_shown)
        page.guided.shownChanged.connect(self._questions_shown)
        page.scene.cardMenuRequested.connect(self._card_menu)
        if self.room is not None:  # the page built again in another language: the room follows its aspect
            page.aspectShown.connect(self.room.follow_aspect)
        self.pages.addWidget(page)
        return page

    def _replace_page(self) -> None:
        """The open workshop's page built again, as it was: its model is now shown in another language."""
        old, workshop = self.page, self.workshop
        if old is None or workshop is None or old.model is workshop.model:
            return
        shown = old.navigator.currentIndex()
        team_id = old.selected_team_id()
        audience = self.audience is not None
        if audience:
            self.toggle_audience(False)
        self.page = self._make_page(workshop)
        self.page.detail_wanted = old.detail_wanted  # F9, as it was
        self.page.set_theme(self._current_theme())
        self.page.navigator.setCurrentIndex(shown)
        if team_id is not None and self.page.showing_board():
            self.page.scene.select_card(team_id)
        self.pages.setCurrentWidget(self.page)
        old.close()
        self.pages.removeWidget(old)
        old.deleteLater()
        if self.board_votes is not None:  # the room's votes on the new board too
            self.board_votes.attach(self.page.scene)
        self._questions_shown()  # the new page shows no question on its stage yet
        if audience:
            self.toggle_audience(True)
        if self.room is not None:
            self.room.refresh()

    def _model_error(self, path: str, error: ModelError) -> None:
        from pem_desktop.ui.dialogs import show_model_error

        show_model_error(self, path, error, translation=True)

    def _housekeeping(self) -> None:
        """Every minute: tell other instances the file is still open here; now and then, a backup."""
        if self.workshop is None or self.workshop.read_only:
            return
        self.workshop.keep_alive()
        self._minutes += 1
        if self._minutes % BACKUP_EVERY_MINUTES == 0:
            self._backup(self.workshop.backup_if_changed)

    def _backup(self, make) -> None:
        try:
            make()
        except USER_ERRORS as error:  # a backup that fails must not stop the workshop; say so quietly
            self.statusBar().showMessage(self.tr("Backup not made: {problem}").format(problem=error))

    def restore_from_backup(self, path: Path | None = None) -> bool:
        """Choose a backup of a workshop and open it as a new file beside the original."""
        path = Path(path) if path is not None else (self.workshop.path if self.workshop else None)
        if path is None:
            return False
        from pem_desktop.ui.dialogs import RestoreBackupDialog, run_dialog

        dialog = RestoreBackupDialog(path, list_backups(path), self)
        chosen = run_dialog(dialog, dialog.chosen)
        if chosen is None:
            return False
        backup, target = chosen
        try:
            restore_backup(backup.path, target)
        except USER_ERRORS as error:
            QMessageBox.warning(self, self.tr("Cannot restore the backup"), str(error))
            return False
        return self.open_path(target)

    def close_workshop(self) -> None:
        if self.workshop is None:
            return
        if self.audience is not None:
            self.toggle_audience(False)
        if self.room is not None:  # the room closes with its workshop
            self.room.shutdown()
            self.room.deleteLater()
            self.room = None
        if self.board_votes is not None:
            self.board_votes.close()
            self.board_votes.deleteLater()
            self.board_votes = None
        self.housekeeping.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if not self.workshop.read_only and self.undo_stack.count():
            self._backup(self.workshop.backup_if_changed)
        self.undo_stack.clear()
        self.workshop.unsubscribe(self._on_change)
        self.page.close()
        self.pages.removeWidget(self.page)
        self.page.deleteLater()
        self.workshop.close()
        self.workshop, self.page = None, None
        self.start.refresh()
        self.pages.setCurrentWidget(self.start)
        self._update_title()
        self._update_enabled()

    def new_workshop(self) -> None:
        from pem_desktop.ui.dialogs import NewWorkshopDialog, run_dialog

        dialog = NewWorkshopDialog(self)
        request = run_dialog(dialog, lambda: dialog.result_request)
        if request is None:
            return
        try:
            workshop = Workshop.create(
                request.path,
                title=request.title,
                loaded_model=request.loaded_model,
                organisation=request.organisation,
                workshop_date=request.workshop_date,
                facilitator=request.facilitator,
                participants=request.participants,
                team_names=request.team_names,
                team_colours=request.team_colours,
            )
        except USER_ERRORS as error:
            QMessageBox.warning(self, self.tr("Cannot create the workshop"), str(error))
            return
        self._show_workshop(workshop)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from pem_desktop.ui.dialogs import default_workshop_folder, workshop_file_filter

        folder = default_workshop_folder()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop"), str(folder if folder.is_dir() else Path.home()), workshop_file_filter()
        )
        if path:
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        if not Path(path).is_file():
            answer = QMessageBox.question(
                self,
                self.tr("Workshop not found"),
                self.tr(
                    "{path} is not there any more (moved, renamed or on a drive that is not connected).\n\n"
                    "Remove it from the list of recent workshops?"
                ).format(path=path),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.settings.forget(path)
                self.start.refresh()
            return
        self.open_path(path)

    def open_demo(self) -> None:
        """Write a fresh copy of the demo workshop into the app's data folder and open it."""
        from pem_desktop.maturity.catalog import bundled_model
        from pem_desktop.services.demo import write_demo_workshop

        folder = data_folder()
        path = folder / DEMO_FILE_NAME
        if self.workshop is not None and self.workshop.path.resolve() == path.resolve():
            self.close_workshop()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            workshop = write_demo_workshop(path, bundled_model())
        except (OSError, ModelError, *USER_ERRORS) as error:
            QMessageBox.warning(self, self.tr("Cannot write the demo workshop"), str(error))
            return
        self._show_workshop(workshop)

    def export(self, format_name: str, page_size: str | None = None) -> Path | None:
        """File > Export: the open workshop as a PDF roadmap, CSV tables, Markdown or JSON."""
        if self.workshop is None:
            return None
        from pem_desktop.ui.exporting import Exporter

        return Exporter(self, self.settings).export(self.workshop, format_name, page_size)

    def import_json(self) -> None:
        """File > Import from JSON: a new workshop file from an export, then open it."""
        from pem_desktop.ui.exporting import Exporter

        target = Exporter(self, self.settings).import_json()
        if target is not None:
            self.open_path(target)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.settings.recent():
            action = self.recent_menu.addAction(f"{entry.title} — {Path(entry.path).name}")
            action.setEnabled(entry.exists)
            action.triggered.connect(lambda _checked=False, p=entry.path: self.open_recent(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("No recent workshops")).setEnabled(False)

    # -- changes -------------------------------------------------------------------------------

    def _changed_outside(self) -> None:
        if self.workshop is None:
            return
        try:
            self.workshop.announce_outside_change()
        except USER_ERRORS as error:  # caught mid-write or gone: say so, try again at the next change
            self.statusBar().showMessage(self.tr("Could not read the latest changes: {problem}").format(problem=error))
            return
        self.statusBar().showMessage(
            self.tr("Updated with the latest changes to {file}").format(file=self.workshop.path.name)
        )

    def _on_change(self, change: Change) -> None:
        if not self.workshop.read_only:
            self.statusBar().showMessage(self.tr("All changes saved · {file}").format(file=self.workshop.path.name))
        if "workshop" in change.kinds:
            self._update_title()
        if "model" in change.kinds:  # after every listener has heard of it
            QTimer.singleShot(0, self._replace_page)
        if self.audience is not None and change.kinds - {"votes", "participants"}:
            self.audience.refresh()  # (its layer of votes follows them by itself)

    def report_error(self, error: Exception) -> None:
        title = self.tr("Not saved") if isinstance(error, WriteFailedError) else self.tr("That did not work")
        QMessageBox.warning(self, title, str(error))
        if self.page is not None:
            self.page.refresh_all()

    def _run(self, command) -> bool:
        return perform(self.undo_stack, command, self.report_error)

    # -- teams ---------------------------------------------------------------------------------

    def _selected_team(self) -> int | None:
        if self.page is None:
            return None
        team_id = self.page.selected_team_id()
        if team_id is None:
            self.statusBar().showMessage(self.tr("Select a team first: click its card, or press Tab"))
        return team_id

    def _card_menu(self, team_id: int, screen_pos) -> None:
        menu = self.card_menu(team_id)
        if menu is not None:
            menu.exec(screen_pos)

    def card_menu(self, team_id: int) -> QMenu | None:
        """A card's menu (right-click, the Menu key or Shift+F10): its disagreement, notes and team actions."""
        if self.workshop is None or self.workshop.read_only:
            return None
        menu = QMenu(self)
        band = next((b.view.id for b in self.page.scene.bands if b.team is not None and b.team.id == team_id), None)
        if band is not None:
            menu.addAction(self.tr("&Edit its disagreement…"), lambda: self.page.edit_disagreement(band))
        menu.addAction(self.disagreement_action)
        menu.addAction(self.new_action_action)
        menu.addSeparator()
        for action in (
            self.rename_team_action,
            self.recolour_team_action,
            self.team_earlier_action,
            self.team_later_action,
            self.unplace_action,
            self.remove_team_action,
        ):
            menu.addAction(action)
        if self.votes_on_board():
            self.board_votes.add_actions(menu, team_id)
        return menu

    def add_team(self) -> None:
        if self.workshop is None:
            return
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Add team"), self.tr("Team name:"), QLineEdit.EchoMode.Normal)
        if ok and name.strip():
            command = AddTeamCommand(self.workshop, name)
            if self._run(command):
                self.page.scene.select_card(command.team_id)

    def rename_team(self) -> None:
        team_id = self._selected_team()
        if team_id is None:
            return
        current = self.workshop.team(team_id).name
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, self.tr("Rename team"), self.tr("New name:"), QLineEdit.EchoMode.Normal, current
        )
        if ok and name.strip() and name.strip() != current:
            self._run(RenameTeamCommand(self.workshop, team_id, name))

    def recolour_team(self) -> None:
        team_id = self._selected_team()
        if team_id is None:
            return
        team = self.workshop.team(team_id)
        from PySide6.QtWidgets import QColorDialog

        colour = QColorDialog.getColor(QColor(team.colour), self, self.tr("Colour of {team}").format(team=team.name))
        if colour.isValid():
            self._run(RecolourTeamCommand(self.workshop, team_id, colour.name()))

    def reorder_team(self, step: int) -> None:
        team_id = self._selected_team()
        if team_id is None:
            return
        ids = [team.id for team in self.workshop.teams()]
        index = ids.index(team_id) + step
        if 0 <= index < len(ids):
            self._run(ReorderTeamCommand(self.workshop, team_id, index))

    def unplace_team(self) -> None:
        team_id = self._selected_team()
        if team_id is not None:
            self.page.move_team(team_id, None)

    def remove_team(self) -> None:
        team_id = self._selected_team()
        if team_id is None:
            return
        team = self.workshop.team(team_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove team"),
            self.tr(
                "Remove {team} from the workshop, with its placements, disagreements and actions?\n\n"
                "You can undo this with Ctrl+Z."
            ).format(team=team.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(RemoveTeamCommand(self.workshop, team_id))

    def edit_details(self) -> None:
        if self.workshop is None:
            return
        from pem_desktop.ui.dialogs import WorkshopDetailsDialog, run_dialog

        dialog = WorkshopDetailsDialog(self.workshop.info(), self)
        values = run_dialog(dialog, dialog.values)
        if values is not None:
            self._run(UpdateInfoCommand(self.workshop, values))

    # -- navigation ----------------------------------------------------------------------------

    def _step(self, step: int) -> None:
        if self.page is not None:
            self.page.step_aspect(step)

    def _show_overview(self) -> None:
        if self.page is not None:
            self.page.show_overview()

    def _show_all_actions(self) -> None:
        if self.page is not None:
            self.page.show_all_actions()

    def record_disagreement(self) -> None:
        if self.page is not None:
            self.page.record_disagreement(self.page.selected_team_id())

    def agree_action(self) -> None:
        if self.page is not None:
            self.page.new_action(self.page.selected_team_id())

    def set_target(self) -> None:
        if self.page is not None:
            self.page.set_target()

    def _show_aspect_number(self, index: int) -> None:
        if self.page is not None and index < len(self.workshop.model.aspects):
            self.page.show_aspect(self.workshop.model.aspects[index].id)

    def _aspect_shown(self, aspect_id: str) -> None:
        if aspect_id and self.workshop is not None:
            self.settings.set_last_aspect(self.workshop.path, aspect_id)
        if self.audience is not None:
            self.audience.follow(aspect_id)

    def _room_aspect(self):
        """The aspect the room votes on: the one on the board (of the page shown now), if a board is shown."""
        page = self.page
        return page.aspect if page is not None and page.showing_board() else None

    def show_room(self) -> None:
        """The room panel: phones on the local network vote on the aspect shown on the board."""
        if self.page is None or self.workshop.read_only:
            return
        if self.room is None:
            from pem_desktop.ui.room_panel import RoomDialog

            self.room = RoomDialog(self.workshop, self._room_aspect, lambda command: self.page.run(command), self)
            self.page.aspectShown.connect(self.room.follow_aspect)
            self.room.addActions([self.undo_action, self.redo_action])  # Ctrl+Z works in the panel too
            if self.votes_on_board():  # the board's vote actions follow the panel's threshold and naming
                self.room.threshold.setValue(self.board_votes.threshold)
                self.room.threshold.valueChanged.connect(self.board_votes.set_threshold)
                self.room.named.toggled.connect(lambda on: setattr(self.board_votes, "named", on))
        self.room.show()
        self.room.raise_()
        self.room.activateWindow()

    def votes_on_board(self) -> bool:
        """The room's votes on the boards (made after the first paint, or now when first needed)."""
        if self.board_votes is None and self.page is not None:
            from pem_desktop.ui.board_votes import BoardVotes

            self.board_votes = BoardVotes(
                self.workshop,
                run=lambda command: self.page.run(command),  # the page shown now (built again in another language)
                current=lambda: (
                    self.page.aspect.id if self.page.showing_board() else None,
                    self.page.selected_team_id(),
                ),
                select=lambda team_id: self.page.scene.select_card(team_id),
                say=self.statusBar().showMessage,
                parent=self,
            )
            self.board_votes.set_shown(self.votes_shown_action.isChecked())
            self.board_votes.attach(self.page.scene)
            if self.audience is not None:
                self.board_votes.attach(self.audience.scene)
        return self.board_votes is not None

    # -- presentation and themes ---------------------------------------------------------------

    def _current_theme(self) -> Theme:
        return presentation_theme(self.theme) if self.presenting else self.theme

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        self.settings.theme = name
        if not self.presenting:
            self._apply_theme()

    def _apply_theme(self) -> None:
        theme = self._current_theme()
        apply_theme(QApplication.instance(), theme)
        if self.page is not None:
            self.page.set_theme(theme)
        if self.audience is not None:
            self.audience.set_theme(presentation_theme(self.theme))

    def zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+- one step larger or smaller, Ctrl+0 back to 100 %; remembered for the screen it is
        on: the projector's while the audience view is open (that is what the back row reads), else this one's."""
        key = screen_key(screen_of(self.audience if self.audience is not None else self))
        current = self.settings.zoom(key)
        if step == 0:
            wanted = 1.0
        else:
            steps = [z for z in ZOOM_STEPS if (z > current + 0.001 if step > 0 else z < current - 0.001)]
            wanted = (steps[0] if step > 0 else steps[-1]) if steps else current
        self.settings.set_zoom(key, wanted)
        self._apply_zoom()
        self.statusBar().showMessage(
            self.tr("Board type at {percent} %").format(percent=QLocale().toString(round(wanted * 100)))
        )

    def _apply_zoom(self) -> None:
        if self.page is not None:
            self.page.set_zoom(self.settings.zoom(screen_key(screen_of(self))))
        if self.audience is not None:
            self.audience.refresh()  # it reads the zoom of its own screen

    def toggle_detail(self) -> None:
        if self.page is not None:
            self.page.toggle_detail()

    def toggle_questions(self) -> None:
        """F8: the guided question above the board for the room (and on the audience view), or not."""
        if self.page is None:
            return
        if not self.page.showing_board():
            self.page.show_aspect(self.page.aspect.id)
        self.page.guided.toggle_stage()
        if self.page.guided.on_stage and not self.page.aspect.questions:
            self.statusBar().showMessage(
                self.tr("The model asks no guided questions about {aspect}").format(aspect=self.page.aspect.name)
            )
        if self.page.guided.on_stage and not self.presenting:
            self.page.notes.setCurrentWidget(self.page.guided.panel)

    def _questions_shown(self) -> None:
        if self.page is not None:
            self.questions_action.setChecked(self.page.guided.on_stage)
            if self.audience is not None:
                self.audience.show_questions(self.page.guided.shown())

    def toggle_presentation(self, on: bool, *, full_screen: bool = True) -> None:
        """Presentation mode: large high-contrast type, no menus or toolbar; full screen unless told not to."""
        if on == self.presenting:
            return
        self.presenting = on
        self.present_action.setChecked(on)
        self.leave_presentation_action.setEnabled(on)
        self.menuBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        self.statusBar().setVisible(not on)
        if on:
            self._was_maximised = self.isMaximized()
            if full_screen:
                self.showFullScreen()
        elif self._was_maximised:
            self.showMaximized()
        else:
            self.showNormal()
        self._apply_theme()

    def _leave_presentation(self) -> None:
        if self.presenting:
            self.toggle_presentation(False)

    def toggle_audience(self, on: bool) -> None:
        if on and self.audience is None and self.workshop is not None:
            others = [screen for screen in QGuiApplication.screens() if screen is not screen_of(self)]
            if not others:  # it would cover the laptop's own screen
                self.audience_action.setChecked(False)
                QMessageBox.information(
                    self,
                    self.tr("Only one screen"),
                    self.tr(
                        "The audience view needs a second screen, and only one is connected.\n\n"
                        "Connect the projector and set it to extend the desktop (not to mirror it), then choose "
                        "View > Audience view again. To show the board on this screen, use presentation mode (F11)."
                    ),
                )
                return
            from pem_desktop.ui.presentation import AudienceWindow

            self.audience = AudienceWindow(self.workshop, presentation_theme(self.theme), self.settings)
            self.follow_ups.audience_shown(self.audience)
            self.audience.show_on(others[0])
            if self.board_votes is not None:  # (else it is attached with the window's, after the first paint)
                self.board_votes.attach(self.audience.scene)
            self.audience.follow(self.page.aspect.id if self.page.showing_board() else "")
            self.audience.show_questions(self.page.guided.shown())
            self.activateWindow()
            QGuiApplication.instance().screenRemoved.connect(self._screen_removed)
        elif not on and self.audience is not None:
            self.audience.close()
            self.audience.deleteLater()
            self.audience = None
        self.audience_action.setChecked(self.audience is not None)

    def _screen_removed(self, _screen) -> None:
        """The projector went away: the audience view must not land on the laptop's screen."""
        if self.audience is not None and len(QGuiApplication.screens()) < 2:
            self.toggle_audience(False)
            self.statusBar().showMessage(self.tr("The second screen was disconnected: the audience view is closed."))

    # -- help ----------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        lines = (
            self.tr("Tab / Shift+Tab: select the next / previous team card (round the board) · F6: next pane"),
            self.tr("Left / Right: move the selected team a little; with Shift, a whole level"),
            self.tr("1 … 9: put the selected team in the middle of that level"),
            self.tr("Delete: take the selected team off this aspect (back to the tray)"),
            self.tr("F2: rename the selected team · Ctrl+T: add a team · Ctrl+Del: remove the selected team"),
            self.tr("Ctrl+drag a card: record a disagreement with a second, argued position"),
            self.tr("Ctrl+D: record a disagreement · Ctrl+Shift+A: agree an action · Ctrl+L: all actions"),
            self.tr(
                "Ctrl+Shift+T: set a target (the selected team's, else the organisation's); on a clicked target "
                "flag, Left / Right move it, Delete removes it, Enter edits it"
            ),
            self.tr("Ctrl+R: votes from phones (the room) · Ctrl+M: place the selected team at its votes' median"),
            self.tr("Ctrl+Shift+D: record a disagreement from the spread of its revealed votes"),
            self.tr(
                "Ctrl+Shift+F: start a follow-up · Ctrl+Shift+R: review the carried actions · H: last time's positions"
            ),
            self.tr("N: select the next team not yet placed · Enter: edit the selected team's disagreement"),
            self.tr(
                "Esc: clear the selection; then Left / Right: go through the levels · Menu key or Shift+F10: card menu"
            ),
            self.tr("F2 in the table of all actions: edit the cell · Alt+underlined letter: go to that field"),
            self.tr("Ctrl+1 … Ctrl+9: go to an aspect · Ctrl+Shift+O: overview · Page Up / Page Down: previous / next"),
            self.tr("Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / actual-size board type · F9: level detail panel"),
            self.tr(
                "F8: guided questions for the room — Up / Down: question · 1 … 9: answer (0 clears) · "
                "P: place the team where the answers point · T: next team"
            ),
            self.tr("Ctrl+Z / Ctrl+Shift+Z: undo / redo"),
            self.tr("F11: presentation mode · Esc: leave it"),
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def show_about(self) -> None:
        # the open workshop's model, or (on the start screen) every bundled model
        models = [self.workshop.model] if self.workshop is not None else [m.model for m in bundled_models()]
        model_line = self.tr("Model: {title} {version}.")
        credit = "".join(
            "\n\n" + model_line.format(title=m.title, version=m.version) + "\n" + "\n".join(credit_lines(m))
            for m in models
            if credit_lines(m)
        )
        licence = self.tr("Licensed under Apache-2.0.")
        QMessageBox.about(
            self, self.tr("About {app}").format(app=APP_NAME), f"{APP_NAME} {__version__}\n{licence}{credit}"
        )

    # -- window --------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.workshop is None:
            self.setWindowTitle(APP_NAME)
            return
        info = self.workshop.info()
        title = f"{info.title} — {long_date(info.workshop_date)}" if info.workshop_date else info.title
        if self.workshop.read_only:
            title = self.tr("{title} [read-only]").format(title=title)
        self.setWindowTitle(f"{title} — {APP_NAME}")

    def _update_enabled(self) -> None:
        has = self.workshop is not None
        writable = has and not self.workshop.read_only
        for action in (
            *self.export_actions.values(),
            self.close_action,
            self.restore_action,
            self.overview_action,
            self.all_actions_action,
            self.next_aspect_action,
            self.previous_aspect_action,
        ):
            action.setEnabled(has)
        for action in (
            self.details_action,
            self.add_team_action,
            self.rename_team_action,
            self.recolour_team_action,
            self.team_earlier_action,
            self.team_later_action,
            self.unplace_action,
            self.remove_team_action,
            self.disagreement_action,
            self.new_action_action,
            self.room_action,
            self.median_action,
            self.vote_disagreement_action,
            self.target_action,
        ):
            action.setEnabled(writable)
        self.audience_action.setEnabled(has)
        self.follow_ups.update_enabled()
        self.votes_shown_action.setEnabled(has)
        self.questions_action.setEnabled(has)
        if not has:
            self.questions_action.setChecked(False)
        self.language_menu.setEnabled(has)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.close_workshop()
        self.settings.sync()
        super().closeEvent(event)
