"""The room panel: open a room for phones on the local network, show its QR code, address and join code
large enough for the projector, see who joined, run votes on the board's aspect and act on their results.

`RoomController` runs the room of one open workshop: the server in its own thread (pem_desktop.room),
whose calls (joins, votes) this window's event loop runs when the channel wakes it. The panel never
draws on the continuum; the board shows revealed votes itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import Aspect
from pem_desktop.room.channel import RoomChannel
from pem_desktop.room.codes import RoomSecrets, spaced
from pem_desktop.room.host import JoinedParticipant
from pem_desktop.room.interfaces import NetworkAddress, default_address, room_addresses
from pem_desktop.room.limits import RoomError, RoomLimits
from pem_desktop.room.process import RoomProcess
from pem_desktop.services import USER_ERRORS, FileBusyError, Workshop
from pem_desktop.services.views import Change
from pem_desktop.services.votes import DISAGREEMENT_THRESHOLD, VoteRoundView, Votes, VoteSpread
from pem_desktop.ui.commands import WorkshopCommand
from pem_desktop.ui.vote_commands import ClearVotesCommand, DisagreementFromVotesCommand, PlaceAtMedianCommand

CALL_BUDGET_SECONDS = 0.004


class RoomController(QObject):
    """The room of one open workshop, run from this window's thread."""

    changed = Signal()  # someone joined, or their connection came or went
    stopped = Signal(str)  # the server stopped by itself, and why
    _wake = Signal()  # emitted from the server's thread: calls are waiting

    def __init__(self, workshop: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self.workshop = workshop
        self.channel: RoomChannel | None = None
        self.server: RoomProcess | None = None
        self.secrets: RoomSecrets | None = None
        self._wake.connect(self._run_calls, Qt.ConnectionType.QueuedConnection)
        self._watch = QTimer(self)
        self._watch.setInterval(2000)
        self._watch.timeout.connect(self._check_server)

    @property
    def is_open(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    @property
    def link(self) -> str:
        """The QR code's address: it lets a phone in without typing the code."""
        return f"{self.url}#t={self.secrets.link_token}" if self.server is not None else ""

    @property
    def join_code(self) -> str:
        return self.secrets.join_code if self.secrets is not None else ""

    @property
    def shown_round(self) -> VoteRoundView | None:
        return self.server.shown_round if self.server is not None else None

    def participants(self) -> list[JoinedParticipant]:
        return self.server.participants() if self.server is not None else []

    def open(self, address: str, port: int | None = None) -> None:
        """Start the room on `address`; RoomError says why it could not."""
        if self.is_open:
            return
        if self.workshop.read_only:
            raise RoomError(self.tr("this workshop is open read-only; a room needs to store the votes"))
        channel = RoomChannel(wake=self._wake.emit)
        secrets = RoomSecrets()
        # The server runs in a process of its own: sixty phones at once never hold up the window.
        server = RoomProcess(
            self.workshop, channel, address, port, limits=RoomLimits(), secrets=secrets, on_change=self.changed.emit
        )
        try:
            server.start()
        except RoomError:
            channel.close()
            raise
        self.channel, self.server, self.secrets = channel, server, secrets
        self._watch.start()
        self.changed.emit()

    def close(self) -> None:
        """Tell the phones the room has closed and stop the server."""
        if self.server is None:
            return
        self._watch.stop()
        self.server.stop()
        self.channel, self.server, self.secrets = None, None, None
        self.changed.emit()

    def _run_calls(self) -> None:
        """Run what the room's server reported, a few milliseconds at a time: a drag stays smooth."""
        if self.channel is None:
            return
        self.channel.run_pending(budget=CALL_BUDGET_SECONDS)
        if self.channel.pending:
            self._wake.emit()  # the rest after the window's other events

    def _check_server(self) -> None:
        if self.server is not None and not self.server.running:
            self.close()
            self.stopped.emit(self.tr("The room stopped unexpectedly; open it again to go on (the votes are saved)."))


class QrCodeView(QWidget):
    """A QR code, dark on white whatever the theme (so every phone reads it), scaled by whole pixels per module.

    Made once as an image of one pixel per module (with its quiet zone): a repaint is one scaled copy."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: QImage | None = None
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code of the room's address"))

    def set_text(self, text: str) -> None:
        self._image = None
        if text:
            import segno

            matrix = segno.make(text, error="m").matrix
            modules = len(matrix) + 8  # a quiet zone of four modules around it
            image = QImage(modules, modules, QImage.Format.Format_RGB32)
            image.fill(QColor("#FFFFFF"))
            dark = QColor("#000000").rgb()
            for y, row in enumerate(matrix):
                for x, on in enumerate(row):
                    if on:
                        image.setPixel(x + 4, y + 4, dark)
            self._image = image
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, _event) -> None:
        if self._image is None:
            return
        modules = self._image.width()
        unit = max(1, min(self.width(), self.height()) // modules)
        size = unit * modules
        left, top = (self.width() - size) // 2, (self.height() - size) // 2
        painter = QPainter(self)
        painter.drawImage(QRect(left, top, size, size), self._image)  # nearest pixel: edges stay sharp
        painter.end()


class RoomDialog(QDialog):
    """The room's window: its address for the projector, who joined, and the votes on the board's aspect."""

    def __init__(
        self,
        workshop: Workshop,
        current_aspect: Callable[[], Aspect | None],
        run: Callable[[WorkshopCommand], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workshop = workshop
        self.votes = Votes(workshop)
        self.current_aspect = current_aspect
        self.run = run
        self.room = RoomController(workshop, self)
        self.room.changed.connect(self._schedule_refresh)
        self.room.stopped.connect(self._server_stopped)
        self.setWindowTitle(self.tr("Room: votes from phones"))
        self.setModal(False)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(60)  # a burst of votes refreshes the counts a few times, not sixty
        self._refresh_timer.timeout.connect(self._refresh_when_free)
        # While votes arrive only their count changes: it is read alone, never waiting for the room's commits.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(60)
        self._count_timer.timeout.connect(self._refresh_count)
        self._shown: VoteRoundView | None = None  # the vote as last shown in full
        self._teams_shown: list[tuple[int, str]] | None = None
        self._people_shown: list[tuple[int, str, int]] | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._room_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the panel never opens or closes anything by itself
            button.setDefault(False)
        workshop.subscribe(self._workshop_changed)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1100, int(screen.width() * 0.94)), min(700, int(screen.height() * 0.9)))
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Let the room vote from their phones"))
        title.setObjectName("sectionTitle")
        explain = QLabel(
            self.tr(
                "A small web server starts on this computer, on the network you choose (the room's Wi-Fi, or "
                "this laptop's hotspot). Participants scan the QR code or type the address in their phone's "
                "browser and enter the join code: nothing to install, no account, no internet. They see only "
                "the vote you open, and every vote is saved in this workshop file."
            )
        )
        explain.setWordWrap(True)
        self.interfaces = QComboBox()
        self.interfaces.setAccessibleName(self.tr("Network to open the room on"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("automatic (8765 or the next free one)"))
        self.port.setAccessibleName(self.tr("Port"))
        refresh = QPushButton(self.tr("Look again"))
        refresh.setToolTip(self.tr("List the networks again (after joining a Wi-Fi or starting a hotspot)"))
        refresh.clicked.connect(self._fill_interfaces)
        row = QHBoxLayout()
        row.addWidget(self.interfaces, 1)
        row.addWidget(refresh)
        form = QFormLayout()
        form.addRow(self.tr("Network:"), row)
        form.addRow(self.tr("Port:"), self.port)
        self.open_button = QPushButton(self.tr("Open the room"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_room)
        self.setup_error = QLabel()
        self.setup_error.setWordWrap(True)
        self.setup_error.setObjectName("banner")
        self.setup_error.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.setup_error)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._fill_interfaces()
        return page

    def _room_page(self) -> QWidget:
        page = QWidget()
        # The join card, for the projector.
        self.qr = QrCodeView()
        self.url_label = QLabel()
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label = QLabel()
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Join code"))
        code_caption = QLabel(self.tr("Join code"))
        code_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_caption.setObjectName("muted")
        self.card = QWidget()
        card = QVBoxLayout(self.card)
        card.addWidget(self.qr, 1)
        card.addWidget(self.url_label)
        card.addWidget(code_caption)
        card.addWidget(self.code_label)

        # Who joined.
        self.joined_title = QLabel()
        self.joined_title.setObjectName("sectionTitle")
        self.joined = QListWidget()
        self.joined.setAccessibleName(self.tr("Participants who joined"))
        self.joined.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        # The vote.
        vote_box = QGroupBox(self.tr("Vote"))
        self.aspect_label = QLabel()
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Who the vote is about"))
        self.open_vote_button = QPushButton(self.tr("Open vote"))
        self.open_vote_button.setObjectName("primary")
        self.open_vote_button.setToolTip(self.tr("Open a vote on the aspect shown on the board (closes any other)"))
        self.open_vote_button.clicked.connect(self.open_vote)
        self.vote_status = QLabel()
        self.vote_status.setWordWrap(True)
        self.vote_status.setObjectName("sectionTitle")
        self.close_vote_button = QPushButton(self.tr("Close vote"))
        self.close_vote_button.setToolTip(self.tr("Stop taking votes; they stay hidden until you reveal them"))
        self.close_vote_button.clicked.connect(self.close_vote)
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setToolTip(self.tr("Close the vote and show its results"))
        self.reveal_button.clicked.connect(self.reveal_vote)
        self.clear_button = QPushButton(self.tr("Clear votes"))
        self.clear_button.setToolTip(self.tr("Remove this vote and its votes, to run it again (Ctrl+Z undoes it)"))
        self.clear_button.clicked.connect(self.clear_vote)
        self.rerun_button = QPushButton(self.tr("Run again"))
        self.rerun_button.setToolTip(self.tr("Clear these votes and open the same vote afresh"))
        self.rerun_button.clicked.connect(self.rerun_vote)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope, 1)
        scope_row.addWidget(self.open_vote_button)
        buttons = QHBoxLayout()
        for button in (self.close_vote_button, self.reveal_button, self.clear_button, self.rerun_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        # The results, once revealed.
        self.results = QTableWidget(0, 5)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Team"), self.tr("Votes"), self.tr("Median"), self.tr("Lowest to highest"), self.tr("Spread")]
        )
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setAccessibleName(self.tr("Results of the vote"))
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.median_button = QPushButton(self.tr("Place at median"))
        self.median_button.setToolTip(self.tr("Put the selected team where the votes' median is (one undo step)"))
        self.median_button.clicked.connect(self.place_at_median)
        self.disagreement_button = QPushButton(self.tr("Record disagreement"))
        self.disagreement_button.setToolTip(self.tr("Record the voters' positions as the viewpoints of a disagreement"))
        self.disagreement_button.clicked.connect(self.record_disagreement)
        self.named = QCheckBox(self.tr("Name the voters"))
        self.named.setToolTip(self.tr("Unticked, viewpoints are Voter 1, Voter 2…"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.1, 10.0)
        self.threshold.setSingleStep(0.25)
        self.threshold.setDecimals(2)
        self.threshold.setValue(DISAGREEMENT_THRESHOLD)
        self.threshold.setSuffix(self.tr(" levels"))
        self.threshold.setAccessibleName(self.tr("Spread that counts as a disagreement"))
        self.threshold.valueChanged.connect(self.refresh)
        act = QHBoxLayout()
        act.addWidget(self.median_button)
        act.addWidget(self.disagreement_button)
        act.addWidget(self.named)
        act.addStretch(1)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(QLabel(self.tr("A disagreement when the votes spread more than")))
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        self.results_box = QWidget()
        results = QVBoxLayout(self.results_box)
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.results, 1)
        results.addLayout(threshold_row)
        results.addLayout(act)

        vote = self.vote_layout = QVBoxLayout(vote_box)
        vote.addWidget(self.aspect_label)
        vote.addLayout(scope_row)
        vote.addWidget(self.vote_status)
        vote.addLayout(buttons)
        vote.addWidget(self.results_box, 1)
        vote.addStretch(1)  # keeps the controls together at the top while there are no results

        self.card_only = QPushButton(self.tr("Join screen only"))
        self.card_only.setCheckable(True)
        self.card_only.setToolTip(self.tr("Hide these controls, to show the room how to join"))
        self.card_only.toggled.connect(self._show_card_only)
        self.close_room_button = QPushButton(self.tr("Close the room"))
        self.close_room_button.setToolTip(self.tr("Stop the server; the phones are told the room has closed"))
        self.close_room_button.clicked.connect(self.close_room)
        bottom = QHBoxLayout()
        bottom.addWidget(self.card_only)
        bottom.addStretch(1)
        bottom.addWidget(self.close_room_button)

        self.controls = QWidget()
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.joined_title)
        controls.addWidget(self.joined, 1)
        controls.addWidget(vote_box, 3)
        top = self.top_layout = QHBoxLayout()
        top.addWidget(self.card, 5)
        top.addWidget(self.controls, 6)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        return page

    def _fill_interfaces(self) -> None:
        self.interfaces.clear()
        addresses = room_addresses()
        chosen = default_address(addresses)
        for address in addresses:
            self.interfaces.addItem(address.label, address)
        if chosen is not None:
            self.interfaces.setCurrentIndex(addresses.index(chosen))
        else:
            self.interfaces.setCurrentIndex(-1)
            self.interfaces.setPlaceholderText(self.tr("Choose the network the participants are on"))

    # -- the room ------------------------------------------------------------------------------

    def open_room(self) -> bool:
        address: NetworkAddress | None = self.interfaces.currentData()
        if address is None:
            self._setup_problem(self.tr("Choose the network the participants' phones are on."))
            return False
        try:
            self.room.open(address.address, self.port.value() or None)
        except RoomError as error:
            self._setup_problem(self.tr("The room could not open: {error}.").format(error=error))
            return False
        self.setup_error.hide()
        self.refresh()
        return True

    def close_room(self) -> None:
        self.card_only.setChecked(False)
        self.room.close()
        self.refresh()

    def shutdown(self) -> None:
        """The workshop is closing: close the room with it."""
        self.room.close()
        self._refresh_timer.stop()
        self._count_timer.stop()
        with contextlib.suppress(ValueError):
            self.workshop.unsubscribe(self._workshop_changed)

    def _setup_problem(self, text: str) -> None:
        self.setup_error.setText(text)
        self.setup_error.show()

    def _server_stopped(self, reason: str) -> None:
        self._setup_problem(reason)
        self.refresh()

    # -- votes ---------------------------------------------------------------------------------

    @property
    def shown_round(self) -> VoteRoundView | None:
        return self.room.shown_round

    def open_vote(self) -> None:
        aspect = self.current_aspect()
        if aspect is None:
            self.vote_status.setText(self.tr("Show an aspect on the board first."))
            return
        self._guard(lambda: self.votes.open_round(aspect.id, self.scope.currentData()))

    def close_vote(self) -> None:
        shown = self.shown_round
        if shown is not None:
            self._guard(lambda: self.votes.close_round(shown.id))

    def reveal_vote(self) -> None:
        shown = self.shown_round
        if shown is not None:
            self._guard(lambda: self.votes.reveal_round(shown.id))

    def clear_vote(self) -> None:
        shown = self.shown_round
        if shown is not None:
            self.run(ClearVotesCommand(self.workshop, shown.id))
            self.refresh()

    def rerun_vote(self) -> None:
        shown = self.shown_round
        if shown is None:
            return
        if self.run(ClearVotesCommand(self.workshop, shown.id)):
            self._guard(lambda: self.votes.open_round(shown.aspect_id, shown.team_id))

    def selected_spread(self) -> VoteSpread | None:
        rows = self.results.selectionModel().selectedRows() if self.results.selectionModel() else []
        if not rows:
            return None
        return self.results.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def place_at_median(self) -> None:
        spread = self.selected_spread()
        if spread is not None and spread.team_id is not None:
            self.run(PlaceAtMedianCommand(self.workshop, spread))

    def record_disagreement(self) -> None:
        spread = self.selected_spread()
        if spread is not None and spread.exceeds(self.threshold.value()):
            self.run(DisagreementFromVotesCommand(self.workshop, spread, named=self.named.isChecked()))

    def _guard(self, change: Callable[[], object]) -> None:
        try:
            change()
        except USER_ERRORS as error:
            self.vote_status.setText(str(error))
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def _workshop_changed(self, change: Change) -> None:
        if change.kinds & {"participants", "teams", "placements", "disagreements"}:
            self._schedule_refresh()
        elif "votes" in change.kinds and not self._count_timer.isActive():
            self._count_timer.start(60)

    def _refresh_count(self) -> None:
        """Votes arrived (or the vote changed): show the new count, or everything again if the vote changed."""
        shown = self._shown
        if shown is None or not self.room.is_open or self._refresh_timer.isActive():
            self._schedule_refresh()
            return
        try:
            with self.workshop.reads_without_waiting():
                now, votes, voters = self.votes.round_and_counts(shown.id)
        except FileBusyError:  # the room's process is committing votes: read them a moment later
            self._count_timer.start(20)
            return
        if now is None or now.status != shown.status:  # (a new vote shown: the room's process says so)
            self._refresh_when_free()
            return
        self.vote_status.setText(self._status_words(now, votes, voters))

    def _schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start(60)

    def _refresh_when_free(self) -> None:
        """A refresh for changes that came in: while the room's process is committing votes, try again a
        moment later rather than wait (the facilitator's own clicks refresh at once, waiting if need be)."""
        try:
            with self.workshop.reads_without_waiting():
                self.refresh()
        except FileBusyError:
            self._refresh_timer.start(20)

    def follow_aspect(self, _aspect_id: str) -> None:
        """The board shows another aspect (the page's aspectShown): the vote controls follow it."""
        self.refresh()

    def refresh(self) -> None:
        """Show the file's truth: the room's address, who joined, the vote and (once revealed) its results."""
        if not self.room.is_open:
            self.pages.setCurrentIndex(0)
            self.open_button.setEnabled(not self.workshop.read_only)
            return
        self.pages.setCurrentIndex(1)
        if self.qr.property("link") != self.room.link:
            self.qr.set_text(self.room.link)
            self.qr.setProperty("link", self.room.link)
        self._style_card()
        self.url_label.setText(self.room.url.removesuffix("/"))
        self.code_label.setText(spaced(self.room.join_code))
        self._show_participants()
        self._show_vote()

    def _style_card(self) -> None:
        side = max(200, min(self.card.width(), self.card.height()))
        url_font = QFont(self.font())
        url_font.setPointSizeF(max(14.0, side / 22))
        url_font.setBold(True)
        self.url_label.setFont(url_font)
        code_font = QFont(self.font())
        code_font.setPointSizeF(max(24.0, side / 9))
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code_label.setFont(code_font)

    def _show_participants(self) -> None:
        people = self.room.participants()
        online = sum(1 for p in people if p.connections)
        self.joined_title.setText(
            self.tr("Joined: %n ({connected} connected)", "", len(people)).format(connected=online)
        )
        listed = [(p.id, p.display_name, p.connections) for p in people]
        if listed == self._people_shown:
            return
        self._people_shown = listed
        self.joined.clear()
        for person in people:
            mark = "●" if person.connections else "○"
            self.joined.addItem(f"{mark}  {person.display_name}")

    def _show_vote(self) -> None:
        aspect = self.current_aspect()
        teams = self.workshop.teams()
        self.aspect_label.setText(
            self.tr("On the board: {aspect}").format(aspect=aspect.name)
            if aspect
            else self.tr("No aspect on the board")
        )
        listed = [(team.id, team.name) for team in teams]
        if listed != self._teams_shown:  # the choice is rebuilt only when the teams changed
            self._teams_shown = listed
            chosen = self.scope.currentData()
            self.scope.blockSignals(True)
            self.scope.clear()
            self.scope.addItem(self.tr("Every team (and the whole organisation)"), None)
            for team in teams:
                self.scope.addItem(self.tr("{team} only").format(team=team.name), team.id)
            index = self.scope.findData(chosen)
            self.scope.setCurrentIndex(max(index, 0))
            self.scope.blockSignals(False)
        self.open_vote_button.setEnabled(aspect is not None)

        shown = self._shown = self.shown_round
        names = dict(listed)
        if shown is None:
            self.vote_status.setText(self.tr("No vote open. Show an aspect on the board, then open a vote on it."))
            self.results_box.hide()
        else:
            votes, voters = self.votes.tally(shown.id)
            self.vote_status.setText(self._status_words(shown, votes, voters, names))
            self.results_box.setVisible(shown.is_revealed)
            self.vote_layout.setStretch(self.vote_layout.count() - 1, 0 if shown.is_revealed else 1)
            self.top_layout.setStretch(0, 3 if shown.is_revealed else 5)  # results need the room more than the code
            if shown.is_revealed:
                self._show_results(shown, names)
        open_now = shown is not None and shown.is_open
        self.close_vote_button.setEnabled(open_now)
        self.reveal_button.setEnabled(shown is not None and not shown.is_revealed)
        self.clear_button.setEnabled(shown is not None)
        self.rerun_button.setEnabled(shown is not None)
        self._update_buttons()

    def _status_words(self, shown: VoteRoundView, votes: int, voters: int, names: dict[int, str] | None = None) -> str:
        if shown.team_id is None:
            about = self.tr("every team")
        else:
            names = names if names is not None else dict(self._teams_shown or [])
            about = names.get(shown.team_id, "?")
        sentence = {
            "open": self.tr("Vote open: {aspect}, {about}. {votes} from {people}."),
            "closed": self.tr("Vote closed: {aspect}, {about}. {votes} from {people}."),
            "revealed": self.tr("Vote revealed: {aspect}, {about}. {votes} from {people}."),
        }[shown.status]
        return sentence.format(
            aspect=self.workshop.model.aspect(shown.aspect_id).name,
            about=about,
            votes=self.tr("%n vote(s)", "", votes),
            people=self.tr("%n person(s)", "", voters),
        )

    def _show_results(self, shown: VoteRoundView, names: dict[int, str]) -> None:
        model = self.workshop.model
        selected = self.selected_spread()
        spreads = self.votes.spreads(shown.id)
        threshold = self.threshold.value()
        locale = QLocale()
        self.results.setRowCount(len(spreads))
        for row, spread in enumerate(spreads):
            name = self.tr("Whole organisation") if spread.team_id is None else names.get(spread.team_id, "?")
            wide = spread.exceeds(threshold)
            width = locale.toString(spread.width, "f", 2)
            cells = (
                name,
                locale.toString(spread.count),
                f"{locale.toString(spread.median, 'f', 2)}  {model.describe_position(spread.median)}",
                f"{locale.toString(spread.low, 'f', 2)} – {locale.toString(spread.high, 'f', 2)}",
                self.tr("{spread} (wide)").format(spread=width) if wide else width,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, spread)
                if wide:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.results.setItem(row, column, item)
            if selected is not None and selected.team_id == spread.team_id:
                self.results.selectRow(row)

    def _update_buttons(self) -> None:
        spread = self.selected_spread() if self.results_box.isVisible() else None
        self.median_button.setEnabled(spread is not None and spread.team_id is not None)
        self.disagreement_button.setEnabled(spread is not None and spread.exceeds(self.threshold.value()))

    def _show_card_only(self, on: bool) -> None:
        self.controls.setVisible(not on)
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.room.is_open:
            self._style_card()
