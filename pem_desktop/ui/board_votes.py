"""The room's votes on the boards of one open workshop: the window's board and the audience view's.

`BoardVotes` gives each board a VotesLayer (ui/vote_layer.py) and keeps what they show in step with the
file: a change of the votes is read once for every board showing that aspect, at most every
REFRESH_SECONDS while a burst of votes arrives (the first at once), and a new count repaints one line of
each board, never the whole board. It also holds the board's actions on revealed votes: place the team at
the median and record a disagreement from the spread (part A's undoable commands, one undo step each),
from the keyboard, a card's context menu and a row's.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLocale, QObject, QPoint, QTimer
from PySide6.QtWidgets import QMenu, QWidget

from pem_desktop.services import FileBusyError, Workshop
from pem_desktop.services.views import Change
from pem_desktop.services.votes import DISAGREEMENT_THRESHOLD, AspectVotes, Votes, VoteSpread
from pem_desktop.ui.board import BoardScene
from pem_desktop.ui.commands import WorkshopCommand
from pem_desktop.ui.vote_commands import DisagreementFromVotesCommand, PlaceAtMedianCommand
from pem_desktop.ui.vote_layer import VotesLayer

REFRESH_SECONDS = 0.05  # during a burst the boards' counts follow at most 20 times a second
RETRY_SECONDS = 0.02  # the room's process was committing: read again this much later


class BoardVotes(QObject):
    """The votes on the boards of one workshop, and what the facilitator does with them there."""

    def __init__(
        self,
        workshop: Workshop,
        *,
        run: Callable[[WorkshopCommand], bool],
        current: Callable[[], tuple[str | None, int | None]],
        select: Callable[[int], None],
        say: Callable[[str], None],
        parent: QObject | None = None,
    ):
        """`current` says the aspect on the window's board (None: no board shown) and its selected team;
        `select` selects a team's card there; `say` puts a short message in the status bar."""
        super().__init__(parent)
        self.workshop = workshop
        self.votes = Votes(workshop)
        self.run, self.current, self.select, self.say = run, current, select, say
        self.threshold = DISAGREEMENT_THRESHOLD  # the room panel's, when it is open
        self.named = False  # Ctrl+Shift+D names the voters when the room panel says so
        self.shown = True  # View > Votes on the board
        self.layers: list[VotesLayer] = []
        self._states: dict[str, AspectVotes] = {}
        self._stale: set[str] = set()
        self._all_stale = False
        self._last_refresh = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        workshop.subscribe(self._changed)

    def attach(self, board: BoardScene) -> VotesLayer:
        """Give a board the layer of the room's votes."""
        layer = VotesLayer(board, self.state, lambda: self.threshold)
        layer.menuRequested.connect(self._row_menu)
        self.layers.append(layer)
        board.add_layer(layer)
        return layer

    def close(self) -> None:
        self._timer.stop()
        with contextlib.suppress(ValueError):
            self.workshop.unsubscribe(self._changed)
        self.layers = []

    # -- what the boards show ------------------------------------------------------------------

    def state(self, aspect_id: str) -> AspectVotes:
        """What the boards show of the votes on an aspect (read from the file once, then kept until it changes)."""
        if not self.shown:
            return AspectVotes(None)
        found = self._states.get(aspect_id)
        if found is None:  # an aspect shown for the first time: worth waiting for a commit to end
            found = self._states[aspect_id] = self.votes.on_aspect(aspect_id)
        return found

    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        self._all_stale = True
        self.refresh()

    def set_threshold(self, threshold: float) -> None:
        if threshold != self.threshold:
            self.threshold = threshold
            for layer in self._live_layers():
                if layer.rows:
                    layer.board.relayout()

    def _changed(self, change: Change) -> None:
        if "teams" in change.kinds or ("votes" in change.kinds and change.aspect_id is None):
            self._all_stale = True
        elif "votes" in change.kinds:
            self._stale.add(change.aspect_id)
        else:
            return
        if not self._timer.isActive():  # the first change at once, the next ones of a burst together
            wait = max(0.0, REFRESH_SECONDS - (time.monotonic() - self._last_refresh))
            self._timer.start(round(wait * 1000))

    def refresh(self) -> None:
        """Read again what changed, and show it on every board that shows it. The window never waits for the
        room's process to finish a commit: what is read while it commits is read again a moment later."""
        self._timer.stop()
        self._last_refresh = time.monotonic()
        layers = self._live_layers()
        shown = {layer.board.aspect.id for layer in layers}
        stale = (set(self._states) | shown) if self._all_stale else self._stale
        self._all_stale, self._stale = False, set()
        busy: set[str] = set()
        for aspect_id in stale:
            if aspect_id not in shown or not self.shown:
                self._states.pop(aspect_id, None)  # read when it is shown
                continue
            try:
                with self.workshop.reads_without_waiting():
                    self._states[aspect_id] = self.votes.on_aspect(aspect_id)
            except FileBusyError:
                busy.add(aspect_id)
        for layer in layers:
            layer.show_state(self.state(layer.board.aspect.id))
        if busy:
            self._stale |= busy
            self._timer.start(round(RETRY_SECONDS * 1000))

    def _live_layers(self) -> list[VotesLayer]:
        self.layers = [layer for layer in self.layers if shiboken6.isValid(layer)]  # an audience view closed
        return self.layers

    # -- acting on revealed votes --------------------------------------------------------------

    def spread(self, aspect_id: str, team_id: int | None) -> VoteSpread | None:
        """The revealed votes on a team (None: the whole organisation) on an aspect, if the board shows any."""
        state = self.state(aspect_id)
        return next((s for s in state.spreads if s.team_id == team_id), None)

    def _target(self, organisation_too: bool) -> tuple[str | None, int | None, VoteSpread | None]:
        """What the keyboard acts on: the selected team's votes; with no team selected, the whole
        organisation's (`organisation_too`), or else those of the one team voted on, if there is one."""
        aspect_id, team_id = self.current()
        if aspect_id is None or team_id is not None:
            return aspect_id, team_id, self.spread(aspect_id, team_id) if aspect_id is not None else None
        spreads = self.state(aspect_id).spreads
        organisation = next((s for s in spreads if s.team_id is None), None)
        if organisation_too and organisation is not None:
            return aspect_id, None, organisation
        teams = [s for s in spreads if s.team_id is not None]
        if len(teams) == 1:
            return aspect_id, teams[0].team_id, teams[0]
        return aspect_id, None, None

    def place_at_median(self, team_id: int | None = None) -> bool:
        """Put a team (default: the selected one) at its revealed votes' median: one undo step."""
        if team_id is None:
            aspect_id, team_id, spread = self._target(organisation_too=False)
        else:
            aspect_id = self.current()[0]
            spread = self.spread(aspect_id, team_id) if aspect_id is not None else None
        if not self._usable(aspect_id, team_id, spread):
            return False
        if self.workshop.position_of(spread.team_id, spread.aspect_id) == spread.median:
            self.say(self.tr("{team} is at the votes' median already.").format(team=self.workshop.team(team_id).name))
            return False
        done = self.run(PlaceAtMedianCommand(self.workshop, spread))
        if done:
            self.select(spread.team_id)
        return done

    def record_disagreement(self, team_id: int | None = None, *, named: bool | None = None, chosen: bool = False):
        """Record the spread of a team's revealed votes (default: the selected team's, else the organisation's)
        as a disagreement whose viewpoints are the voters' positions; `chosen`: team_id None means the
        organisation itself."""
        if chosen:
            aspect_id = self.current()[0]
            spread = self.spread(aspect_id, team_id) if aspect_id is not None else None
        else:
            aspect_id, team_id, spread = self._target(organisation_too=True)
        if not self._usable(aspect_id, team_id, spread, organisation=True):
            return False
        if not spread.exceeds(self.threshold):
            locale = QLocale()
            self.say(
                self.tr(
                    "The votes spread {spread} levels, not more than {threshold}: no disagreement to record."
                ).format(
                    spread=locale.toString(spread.width, "f", 2), threshold=locale.toString(self.threshold, "f", 2)
                )
            )
            return False
        named = self.named if named is None else named
        return self.run(DisagreementFromVotesCommand(self.workshop, spread, named=named))

    def _usable(self, aspect_id, team_id, spread, *, organisation: bool = False) -> bool:
        if self.workshop.read_only:
            return False
        if aspect_id is None:
            self.say(self.tr("Show an aspect on the board first."))
            return False
        if team_id is None and (not organisation or spread is None):
            self.say(self.tr("Select a team first: click its card or its votes, or press Tab."))
            return False
        if spread is None:
            if team_id is None:
                said = self.tr(
                    "No revealed votes on the whole organisation here: open a vote in the room panel (Ctrl+R), "
                    "then reveal it."
                )
            else:
                said = self.tr(
                    "No revealed votes on {team} here: open a vote in the room panel (Ctrl+R), then reveal it."
                ).format(team=self.workshop.team(team_id).name)
            self.say(said)
            return False
        return True

    # -- menus ---------------------------------------------------------------------------------

    def add_actions(self, menu: QMenu, team_id: int | None) -> None:
        """The vote actions for a team's card (or the organisation's row) on the board shown, when it has
        revealed votes there."""
        aspect_id = self.current()[0]
        spread = self.spread(aspect_id, team_id) if aspect_id is not None else None
        if spread is None or self.workshop.read_only:
            return
        model = self.workshop.model
        menu.addSeparator()
        if team_id is not None:
            words = model.standing(spread.median).words
            if self.workshop.position_of(team_id, aspect_id) == spread.median:
                there = menu.addAction(self.tr("At the votes' median already ({position})").format(position=words))
                there.setEnabled(False)
            else:
                median = menu.addAction(
                    self.tr("Place at the votes' median ({position})").format(position=words) + "\tCtrl+M"
                )
                median.triggered.connect(lambda: self.place_at_median(team_id))
        wide = spread.exceeds(self.threshold)
        for named in (False, True):
            text = (
                self.tr("Record disagreement from the votes, naming the voters")
                if named
                else self.tr("Record disagreement from the votes (spread {spread} levels)").format(
                    spread=QLocale().toString(spread.width, "f", 1)
                )
            )
            action = menu.addAction(text + ("\tCtrl+Shift+D" if named == self.named else ""))
            action.setEnabled(wide)
            action.triggered.connect(
                lambda _checked=False, n=named: self.record_disagreement(team_id, named=n, chosen=True)
            )

    def _row_menu(self, team_id: int | None, screen_pos: QPoint) -> None:
        menu = QMenu(self.parent() if isinstance(self.parent(), QWidget) else None)
        self.add_actions(menu, team_id)
        if menu.actions():
            menu.exec(screen_pos)


__all__ = ["REFRESH_SECONDS", "BoardVotes"]
