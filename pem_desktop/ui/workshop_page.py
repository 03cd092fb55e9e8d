"""The page of an open workshop: aspect navigator, board or overview, and the level detail panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import Aspect
from pem_desktop.services import Workshop
from pem_desktop.services.history import previous_positions
from pem_desktop.services.targets import TargetSet, targets
from pem_desktop.services.views import Change, Viewpoint
from pem_desktop.ui.aspect_notes import ActionList, DisagreementList, NotesList
from pem_desktop.ui.board import BoardScene, BoardView
from pem_desktop.ui.commands import (
    AddActionCommand,
    DeleteActionCommand,
    DeleteDisagreementCommand,
    EditActionCommand,
    EditDisagreementCommand,
    MoveTeamCommand,
    RecordDisagreementCommand,
    WorkshopCommand,
    perform,
)
from pem_desktop.ui.guided_questions import GuidedQuestions
from pem_desktop.ui.level_detail import LevelDetailPanel
from pem_desktop.ui.target_controller import BoardTargets
from pem_desktop.ui.text_fit import scaled
from pem_desktop.ui.theme import Theme, system_font, system_point_size
from pem_desktop.ui.timebox import TimeboxButton

if TYPE_CHECKING:
    from pem_desktop.ui.actions_table import AllActionsView
    from pem_desktop.ui.overview import OverviewTable

# The dialogs, the overview and the all-actions table are imported when first used: the board paints without them.


class WorkshopPage(QWidget):
    """Everything shown for one open workshop; every change goes through undoable commands."""

    aspectShown = Signal(str)  # aspect id, or "" for the overview

    def __init__(
        self,
        workshop: Workshop,
        stack: QUndoStack,
        theme: Theme,
        report: Callable[[Exception], None],
        parent: QWidget | None = None,
        *,
        read_only_note: str = "",
    ):
        super().__init__(parent)
        self.workshop = workshop
        self.model = workshop.model
        self.stack = stack
        self.theme = theme
        self.report = report
        self._pinned: tuple[int | None, str] = (None, "")  # the level detail's level when not pointing

        self.navigator = QTabBar()
        self.navigator.setObjectName("aspectNavigator")
        self.navigator.setAccessibleName(self.tr("Aspects"))
        self.navigator.setExpanding(False)
        self.navigator.setDrawBase(False)
        self.navigator.setElideMode(Qt.TextElideMode.ElideNone)  # names shown whole; the font fits them instead
        for index, aspect in enumerate(self.model.aspects):
            self.navigator.addTab(aspect.name)
            self.navigator.setTabToolTip(
                index, f"{aspect.question}  (Ctrl+{index + 1})" if index < 9 else aspect.question
            )
        self.navigator.addTab(self.tr("Overview"))
        self.navigator.setTabToolTip(len(self.model.aspects), self.tr("All teams on all aspects (Ctrl+Shift+O)"))
        self.navigator.addTab(self.tr("Actions"))
        self.navigator.setTabToolTip(len(self.model.aspects) + 1, self.tr("Every action, with filters (Ctrl+L)"))
        self.navigator.currentChanged.connect(self._tab_changed)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(workshop.read_only)
        name = workshop.path.name
        if read_only_note:
            self.banner.setText(
                self.tr("Read-only: {name} {note}. You can look at everything and export it.").format(
                    name=name, note=read_only_note
                )
            )
        else:
            self.banner.setText(
                self.tr(
                    "Read-only — {reason}: {name} cannot be changed here. You can look at everything and export it."
                ).format(reason=workshop.read_only_reason, name=name)
            )

        self.aspect_title = QLabel()
        self.aspect_title.setObjectName("aspectTitle")
        self.aspect_question = QLabel()
        self.aspect_question.setObjectName("aspectQuestion")
        self.aspect_question.setWordWrap(True)
        self.scene = BoardScene(self.model, theme, self)
        self.scene.wait_for_view_size()  # the page is put in the window after it is made
        self.scene.read_only = workshop.read_only
        self.view = BoardView(self.scene)
        self.view.set_background(theme.window)
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(12, 8, 0, 0)
        board_layout.setSpacing(2)
        board_layout.addWidget(self.aspect_title)
        board_layout.addWidget(self.aspect_question)
        board_layout.addWidget(self.view, 1)

        # The overview and the table of all actions are built when first shown (sooner start-up).
        self._overview: OverviewTable | None = None
        self._all_actions: AllActionsView | None = None
        self.centre = QStackedWidget()
        self.centre.addWidget(board_box)
        self.centre.currentChanged.connect(self._centre_changed)

        self.detail = LevelDetailPanel(self.model, theme)
        self.detail.offer_actions = not workshop.read_only
        self.disagreement_list = DisagreementList()
        self.action_list = ActionList()
        for notes in (self.disagreement_list, self.action_list):
            notes.set_editable(not workshop.read_only)
        self.notes = QTabWidget()
        self.notes.addTab(self.disagreement_list, self.tr("Disagreements"))
        self.notes.addTab(self.action_list, self.tr("Actions"))
        # The guided questions: a tab here, the stage above the board (F8), the hint on the continuum.
        self.guided = GuidedQuestions(workshop, self.scene, self.run, theme, board_box, self)
        self.notes.addTab(self.guided.panel, self.tr("Questions"))
        self.notes.setUsesScrollButtons(False)  # three tabs in a narrow pane: each in reach, shortened if need be
        self.notes.setElideMode(Qt.TextElideMode.ElideRight)
        self.guided.titleChanged.connect(lambda title: self._set_notes_title(self.guided.panel, title))
        self.guided.shownChanged.connect(lambda: self.aspect_question.setHidden(self.guided.stage_visible()))
        board_layout.insertWidget(2, self.guided.stage)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.detail)
        self.side.addWidget(self.notes)
        self.side.setSizes([420, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 360])

        self.detail_wanted: bool | None = None  # F9; None: shown unless presenting on a narrow screen
        self.timebox = TimeboxButton()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 8, 0)
        # The tabs' type is fitted to the width they get (_fit_navigator): their natural width must not
        # set the window's minimum, or a 1024 px screen could never hold it.
        self.navigator.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.navigator, 1)
        top.addWidget(self.timebox)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.scene.cardDropped.connect(self.move_team)
        self.view.moveRequested.connect(self.move_team)
        self.view.editBandRequested.connect(self.edit_disagreement)
        self.scene.cardSelected.connect(self._card_selected)
        self.scene.levelHovered.connect(self._level_hovered)
        self.scene.levelClicked.connect(self._level_clicked)
        self.scene.contestedDrop.connect(self._contested_drop)
        self.scene.bandActivated.connect(self.edit_disagreement)
        self.detail.draftActionRequested.connect(self.draft_action)
        self.disagreement_list.newRequested.connect(lambda: self.record_disagreement(self.scene.selected_team_id()))
        self.disagreement_list.editRequested.connect(self.edit_disagreement)
        self.disagreement_list.deleteRequested.connect(self.delete_disagreement)
        self.action_list.newRequested.connect(lambda: self.new_action(self.scene.selected_team_id()))
        self.action_list.editRequested.connect(self.edit_action)
        self.action_list.doneRequested.connect(self.complete_action)
        self.action_list.deleteRequested.connect(self.delete_action)
        self.targets = BoardTargets(self)
        workshop.subscribe(self._on_change)
        self._apply_chrome()
        self.show_aspect(self.model.aspects[0].id)

    # -- navigation ----------------------------------------------------------------------------

    @property
    def aspect(self) -> Aspect:
        return self.scene.aspect

    @property
    def overview(self) -> OverviewTable:
        if self._overview is None:
            from pem_desktop.ui.overview import OverviewTable

            self._overview = OverviewTable(self.model, self.theme)
            self._overview.set_zoom(self.scene.zoom)
            self._overview.cellChosen.connect(self._overview_cell_chosen)
            self.centre.addWidget(self._overview)
        return self._overview

    @property
    def all_actions(self) -> AllActionsView:
        if self._all_actions is None:
            from pem_desktop.ui.actions_table import AllActionsView

            view = self._all_actions = AllActionsView(self.model)
            view.set_editable(not self.workshop.read_only)
            view.show_buttons(not self.theme.presenting)
            view.newRequested.connect(lambda: self.new_action(None))
            view.editRequested.connect(self.edit_action)
            view.doneRequested.connect(self.complete_action)
            view.deleteRequested.connect(self.delete_action)
            view.table_model.editRequested.connect(self.edit_action_field)
            self.centre.addWidget(view)
        return self._all_actions

    def _centre_changed(self, index: int) -> None:
        """Only the page on show counts toward the window's minimum size (the table of all actions is
        wide; it must not keep the window from fitting a small screen while the board is shown), and the
        side panel is shown beside the board and the overview only."""
        for number in range(self.centre.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self.centre.widget(number).setSizePolicy(policy, policy)
        self.centre.updateGeometry()
        self._show_side()

    def showing_overview(self) -> bool:
        return self._overview is not None and self.centre.currentWidget() is self._overview

    def showing_board(self) -> bool:
        return self.centre.currentIndex() == 0

    def showing_all_actions(self) -> bool:
        return self._all_actions is not None and self.centre.currentWidget() is self._all_actions

    def show_aspect(self, aspect_id: str) -> None:
        index = next(i for i, aspect in enumerate(self.model.aspects) if aspect.id == aspect_id)
        if self.navigator.currentIndex() != index:
            self.navigator.setCurrentIndex(index)  # comes back through _tab_changed
            return
        self._show_aspect_now(self.model.aspects[index])

    def show_overview(self) -> None:
        self.navigator.setCurrentIndex(len(self.model.aspects))

    def show_all_actions(self) -> None:
        self.navigator.setCurrentIndex(len(self.model.aspects) + 1)

    def step_aspect(self, step: int) -> None:
        count = self.navigator.count()
        self.navigator.setCurrentIndex((self.navigator.currentIndex() + step) % count)

    def _tab_changed(self, index: int) -> None:
        if index == len(self.model.aspects):
            self._refresh_overview()
            self.centre.setCurrentWidget(self.overview)
            self.aspectShown.emit("")
        elif index == len(self.model.aspects) + 1:
            self._refresh_all_actions()
            self.centre.setCurrentWidget(self.all_actions)
            self.aspectShown.emit("")
        elif 0 <= index < len(self.model.aspects):
            self._show_aspect_now(self.model.aspects[index])

    def _show_aspect_now(self, aspect: Aspect) -> None:
        self.centre.setCurrentIndex(0)
        self.aspect_title.setText(aspect.name)
        self.aspect_question.setText(aspect.question)
        self._pinned = (None, "")
        self._refresh_board(aspect)
        self.guided.show_aspect(aspect)
        self.detail.show_level(aspect, None)
        self.view.setFocus()
        self.aspectShown.emit(aspect.id)

    # -- refreshing from the file --------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self.showing_overview():
            if change.kinds & {"teams", "placements", "targets"}:
                self._refresh_overview()
        elif self.showing_all_actions():
            if change.kinds & {"teams", "actions"}:
                self._refresh_all_actions()
        elif change.kinds & {"teams", "placements", "disagreements", "targets"}:
            self._refresh_board(self.aspect)
        elif "actions" in change.kinds:
            self._refresh_notes(self.aspect, self.workshop.teams())

    def _refresh_board(self, aspect: Aspect) -> None:
        teams = self.workshop.teams()
        positions = {p.team_id: p.position for p in self.workshop.placements(aspect.id)}
        disagreements = self.workshop.disagreements(aspect.id)
        self.scene.show_aspect(aspect, teams, positions, disagreements)
        self.targets.refresh(teams)
        self._refresh_notes(aspect, teams, disagreements)

    def _refresh_notes(self, aspect: Aspect, teams, disagreements=None) -> None:
        names = {team.id: team.name for team in teams}
        disagreements = self.workshop.disagreements(aspect.id) if disagreements is None else disagreements
        actions = self.workshop.actions(aspect.id)
        counts: dict[int, int] = {}
        for action in actions:
            if action.team_id is not None:
                counts[action.team_id] = counts.get(action.team_id, 0) + 1
        self.scene.set_action_counts(counts)
        self.disagreement_list.show_disagreements(disagreements, names, self.model)
        self.action_list.show_actions(actions, names, self.model)
        open_count = sum(1 for view in disagreements if view.is_open)
        self._set_notes_title(
            self.disagreement_list,
            self.tr("Disagreements (%n open)", "", open_count) if open_count else self.tr("Disagreements"),
        )
        self._set_notes_title(
            self.action_list, self.tr("Actions ({count})").format(count=QLocale().toString(len(actions)))
        )

    def _set_notes_title(self, tab: QWidget, title: str) -> None:
        index = self.notes.indexOf(tab)
        self.notes.setTabText(index, title)
        self.notes.setTabToolTip(index, title)  # the whole title, when the pane is too narrow for it

    def _refresh_all_actions(self) -> None:
        self.all_actions.show_actions(self.workshop.actions(), self.workshop.teams())

    def _refresh_overview(self) -> None:
        positions = {(p.team_id, p.aspect_id): p.position for p in self.workshop.placements()}
        self.overview.show_positions(
            self.workshop.teams(), positions, previous_positions(self.workshop), TargetSet(targets(self.workshop))
        )

    def refresh_all(self) -> None:
        if self.showing_overview():
            self._refresh_overview()
        elif self.showing_all_actions():
            self._refresh_all_actions()
        else:
            self._refresh_board(self.aspect)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.scene.set_theme(theme)
        self.view.set_background(theme.window)
        self.detail.set_theme(theme)
        self.guided.set_theme(theme)
        if self._overview is not None:
            self._overview.set_theme(theme)
        self._apply_chrome()
        self.refresh_all()

    def set_zoom(self, zoom: float) -> None:
        """The board's type size (Ctrl+= / Ctrl+- / Ctrl+0), also used by the overview and the level detail."""
        self.scene.set_zoom(zoom)
        self.detail.set_zoom(self.scene.zoom)
        self.guided.set_zoom(self.scene.zoom)
        if self._overview is not None:
            self._overview.set_zoom(self.scene.zoom)
            self._refresh_overview()

    def _apply_chrome(self) -> None:
        """Presentation mode shows the room no editing chrome: no notes lists with their buttons, no
        "+ action" links; the level detail is read-aloud text, hidden with F9."""
        presenting = self.theme.presenting
        self.notes.setVisible(not presenting)
        self.detail.offer_actions = not presenting and not self.workshop.read_only
        self.detail.set_theme(self.theme)
        if self._all_actions is not None:
            self._all_actions.show_buttons(not presenting)
        self._show_side()
        self._fit_navigator()

    def focus_next_pane(self) -> None:
        """F6: the keyboard moves on from the board to the level detail, the notes, the aspect tabs."""
        panes = (self.guided.stage, self.view, self.detail, self.notes.currentWidget(), self.navigator)
        panes = [w for w in panes if w.isVisible()]
        if not self.showing_board():
            panes = [self.centre.currentWidget(), self.navigator]
        focus = self.focusWidget()
        current = next((i for i, pane in enumerate(panes) if pane is focus or pane.isAncestorOf(focus)), -1)
        target = panes[(current + 1) % len(panes)]
        if isinstance(target, NotesList):
            target = target.list
        elif target is self.guided.panel:
            self.guided.panel.focus_question(self.guided.index)
            return
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def detail_visible(self) -> bool:
        if self.detail_wanted is not None:
            return self.detail_wanted
        return not self.theme.presenting or self.width() >= 1500

    def toggle_detail(self) -> None:
        """F9: show or hide the level detail panel."""
        self.detail_wanted = not self.detail_visible()
        self._show_side()

    def _show_side(self) -> None:
        shown = self.detail_visible()
        self.detail.setVisible(shown)
        # The table of all actions takes the whole width: the level detail and notes are the board's aspect's.
        self.side.setVisible((shown or not self.theme.presenting) and not self.showing_all_actions())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_side()
        self._fit_navigator()

    def _fit_navigator(self) -> None:
        """The aspect tabs take the largest type (down to 60 %) at which all of them fit beside the timebox."""
        nominal = system_font()
        nominal.setPointSizeF(system_point_size() * self.theme.scale * 1.2)
        nominal.setWeight(QFont.Weight.DemiBold)
        room = self.width() - self.timebox.sizeHint().width() - 24
        count = self.navigator.count()
        texts = sum(QFontMetricsF(nominal).horizontalAdvance(self.navigator.tabText(i)) for i in range(count))
        padding = 12 * self.theme.scale  # each side of a tab's name; it narrows with the type
        # First guess from the metrics (text and padding shrink together), then check the real sizes.
        factor = min(1.0, max((room - count * 4) / (texts + count * 2 * padding), 0.6))
        while True:
            self.navigator.setFont(scaled(nominal, factor))
            side = max(round(padding * factor), 5)
            style = f"QTabBar#aspectNavigator::tab {{ padding: {max(round(6 * factor), 3)}px {side}px; }}"
            if self.navigator.styleSheet() != style:
                self.navigator.setStyleSheet(style)
            needed = sum(self.navigator.tabSizeHint(i).width() for i in range(count))
            if needed <= room or factor <= 0.6:
                break
            factor = max(factor * 0.97, 0.6)
        self.navigator.setUsesScrollButtons(needed > room)

    # -- actions -------------------------------------------------------------------------------

    def run(self, command: WorkshopCommand) -> bool:
        return perform(self.stack, command, self.report)

    def move_team(self, team_id: int, position: float | None) -> None:
        self.run(MoveTeamCommand(self.workshop, team_id, self.aspect.id, position))
        self.scene.select_card(team_id)

    # -- disagreements -------------------------------------------------------------------------

    def _team_name(self, team_id: int | None) -> str:
        return self.tr("the whole organisation") if team_id is None else self.workshop.team(team_id).name

    def _contested_drop(self, team_id: int, position: float) -> None:
        current = self.workshop.position_of(team_id, self.aspect.id)
        self.record_disagreement(team_id, (Viewpoint("", current), Viewpoint("", position)))

    def record_disagreement(self, team_id: int | None = None, viewpoints: tuple[Viewpoint, ...] = ()) -> None:
        if self.workshop.read_only or not self.showing_board():
            return
        if not viewpoints and team_id is not None:
            current = self.workshop.position_of(team_id, self.aspect.id)
            if current is not None:
                viewpoints = (Viewpoint("", current), Viewpoint("", self.model.clamp_position(current + 0.5)))
        from pem_desktop.ui.dialogs import run_dialog
        from pem_desktop.ui.disagreement_dialog import DisagreementDialog

        dialog = DisagreementDialog(
            self.model, self.aspect, self.workshop.teams(), team_id=team_id, viewpoints=viewpoints, parent=self
        )
        entry = run_dialog(dialog, lambda: dialog.result_input)
        if entry is not None:
            command = RecordDisagreementCommand(self.workshop, self.aspect.id, entry, self._team_name(entry.team_id))
            if self._run_with_move(command, entry, self.aspect.id):
                self.notes.setCurrentWidget(self.disagreement_list)
                self.disagreement_list.select(command.view.id)

    def edit_disagreement(self, disagreement_id: int) -> None:
        if self.workshop.read_only:
            return
        existing = self.workshop.disagreement(disagreement_id)
        aspect = self.model.aspect(existing.aspect_id)
        from pem_desktop.ui.dialogs import run_dialog
        from pem_desktop.ui.disagreement_dialog import DisagreementDialog

        dialog = DisagreementDialog(self.model, aspect, self.workshop.teams(), existing=existing, parent=self)
        entry = run_dialog(dialog, lambda: dialog.result_input)
        if entry is None:
            return
        resolving = entry.resolved and existing.is_open
        on = self._team_name(entry.team_id)
        text = (
            self.tr("resolve disagreement on {team}") if resolving else self.tr("edit disagreement on {team}")
        ).format(team=on)
        self._run_with_move(
            EditDisagreementCommand(
                self.workshop,
                disagreement_id,
                text,
                topic=entry.topic,
                viewpoints=entry.viewpoints,
                team_id=entry.team_id,
                status="resolved" if entry.resolved else "open",
                resolution=entry.resolution,
                resolved_position=entry.resolved_position,
            ),
            entry,
            existing.aspect_id,
        )

    def _run_with_move(self, command: WorkshopCommand, entry, aspect_id: str) -> bool:
        """The disagreement's change and, when asked, the move of the team's card to the agreed
        position: one undo step for both."""
        move = entry.move_card and entry.team_id is not None and entry.resolved_position is not None
        if move and self.workshop.position_of(entry.team_id, aspect_id) == entry.resolved_position:
            move = False
        if not move:
            return self.run(command)
        self.stack.beginMacro(command.text())
        try:
            done = self.run(command)
            if done:
                self.run(MoveTeamCommand(self.workshop, entry.team_id, aspect_id, entry.resolved_position))
        finally:
            self.stack.endMacro()
        return done

    def delete_disagreement(self, disagreement_id: int) -> None:
        if not self.workshop.read_only:
            self.run(DeleteDisagreementCommand(self.workshop, disagreement_id))

    # -- actions -------------------------------------------------------------------------------

    def new_action(self, team_id: int | None = None, title: str = "", target_level_id: str | None = None) -> None:
        if self.workshop.read_only:
            return
        aspect_id = self.aspect.id
        from pem_desktop.ui.action_dialog import ActionDialog
        from pem_desktop.ui.dialogs import run_dialog

        dialog = ActionDialog(
            self.model,
            self.workshop.teams(),
            self.workshop.position_of,
            aspect_id=aspect_id,
            team_id=team_id,
            title=title,
            target_level_id=target_level_id,
            parent=self,
        )
        entry = run_dialog(dialog, lambda: dialog.result_input)
        if entry is not None:
            command = AddActionCommand(self.workshop, entry.fields())
            if self.run(command):
                self.notes.setCurrentWidget(self.action_list)
                self.action_list.select(command.view.id)

    def draft_action(self, level_index: int, characteristic: str) -> None:
        """One click on a characteristic: a proposed action toward that level, for the selected team."""
        if self.workshop.read_only:
            return
        title = characteristic if len(characteristic) <= 300 else characteristic[:299].rstrip() + "…"
        fields = {
            "aspect_id": self.aspect.id,
            "title": title,
            "team_id": self.scene.selected_team_id(),
            "target_level_id": self.model.levels[level_index].id,
            "status": "proposed",
        }
        command = AddActionCommand(self.workshop, fields)
        if self.run(command):
            self.notes.setCurrentWidget(self.action_list)
            self.action_list.select(command.view.id)

    def edit_action(self, action_id: int) -> None:
        if self.workshop.read_only:
            return
        existing = self.workshop.action(action_id)
        from pem_desktop.ui.action_dialog import ActionDialog
        from pem_desktop.ui.dialogs import run_dialog

        dialog = ActionDialog(
            self.model,
            self.workshop.teams(),
            self.workshop.position_of,
            aspect_id=existing.aspect_id,
            existing=existing,
            parent=self,
        )
        entry = run_dialog(dialog, lambda: dialog.result_input)
        if entry is not None:
            self.run(
                EditActionCommand(
                    self.workshop,
                    action_id,
                    self.tr("edit action {title}").format(title=existing.title[:60]),
                    **entry.fields(),
                )
            )

    def edit_action_field(self, action_id: int, field: str, value: object) -> None:
        existing = self.workshop.action(action_id)
        text = {
            "target_level_id": self.tr("change target of {title}"),
            "title": self.tr("change title of {title}"),
            "owner": self.tr("change owner of {title}"),
            "due_date": self.tr("change due date of {title}"),
            "status": self.tr("change status of {title}"),
        }[field].format(title=existing.title[:50])
        self.run(EditActionCommand(self.workshop, action_id, text, **{field: value}))

    def complete_action(self, action_id: int) -> None:
        existing = self.workshop.action(action_id)
        if existing.status != "done":
            text = self.tr("mark done {title}").format(title=existing.title[:60])
            self.run(EditActionCommand(self.workshop, action_id, text, status="done"))

    def delete_action(self, action_id: int) -> None:
        if self.workshop.read_only:
            return
        title = self.workshop.action(action_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete action"),
            self.tr("Delete the action “{title}”?\n\nYou can undo this with Ctrl+Z.").format(title=title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run(DeleteActionCommand(self.workshop, action_id))

    def set_target(self) -> None:
        """The target form for the selected team, else the organisation, on the board's aspect."""
        if self.showing_board():
            self.targets.edit(self.scene.selected_team_id())

    def selected_team_id(self) -> int | None:
        return self.scene.selected_team_id() if self.showing_board() else None

    # -- the level detail ----------------------------------------------------------------------

    def _card_selected(self, team_id: int) -> None:
        card = self.scene.cards.get(team_id)
        if card is not None and card.position is not None:
            # The model's advice: find yourself, then look for opportunities in the adjacent level.
            standing = self.model.standing(card.position)
            name = card.team.name
            if standing.heading_toward is None:
                text = self.tr("{team}: {standing}, the highest level").format(team=name, standing=standing.words)
                self._pinned = (standing.level.index, text)
            else:
                toward = standing.heading_toward
                text = self.tr("{team} ({standing}) is heading toward {level}").format(
                    team=name, standing=standing.words, level=toward.name
                )
                self._pinned = (toward.index, text)
            self.detail.show_level(self.aspect, *self._pinned)

    def _level_hovered(self, index: int) -> None:
        if index >= 0:
            self.detail.show_level(self.aspect, index)
        else:
            self.detail.show_level(self.aspect, *self._pinned)

    def _level_clicked(self, index: int) -> None:
        self._pinned = (index, "")
        self.detail.show_level(self.aspect, index)

    def _overview_cell_chosen(self, aspect_id: str, team_id: int) -> None:
        self.show_aspect(aspect_id)
        self.scene.select_card(team_id)

    def close(self) -> bool:
        self.workshop.unsubscribe(self._on_change)
        self.guided.close()
        return super().close()
