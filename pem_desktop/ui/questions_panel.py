"""Beside the board, with the disagreements and actions: the aspect's guided questions for the facilitator to
read out, each with one answer per level, the room's answer to each (one click, or its number key), whose
answers they are (a team, or the whole organisation) and the position they suggest, with "Place here".

Keyboard: Tab reaches each question once (its chosen answer, or its first); Up / Down go from answer to
answer through all the questions; 1 … 9 choose that answer of the question under the keyboard, again or 0
to clear it; Space or Enter choose the answer under the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.services.views import TeamView
from pem_desktop.ui.answer_button import AnswerButton
from pem_desktop.ui.theme import Theme


class QuestionsPanel(QWidget):
    """The current aspect's guided questions and the room's answers for one team (or the organisation)."""

    answerChosen = Signal(str, int)  # question id, level index (-1: clear the answer)
    targetChosen = Signal(object)  # team id, or None for the whole organisation
    placeRequested = Signal()
    clearRequested = Signal()
    currentChanged = Signal(int)  # the index of the question the keyboard is on
    stageToggled = Signal(bool)

    def __init__(self, model: MaturityModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self.aspect: Aspect | None = None
        self.chosen: dict[str, int] = {}
        self.buttons: list[list[AnswerButton]] = []  # per question, one per level
        self.titles: list[QLabel] = []
        self._choices: list[tuple[int, str]] = []
        self.current = 0
        self.editable = True

        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Answers for"))
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(10)
        self.target.activated.connect(lambda _index: self.targetChosen.emit(self.target.currentData()))
        target_label = QLabel(self.tr("Answers &for:"))
        target_label.setBuddy(self.target)
        top = QHBoxLayout()
        top.addWidget(target_label)
        top.addWidget(self.target, 1)

        self.content = QWidget()
        self.questions_layout = QVBoxLayout(self.content)
        self.questions_layout.setContentsMargins(2, 2, 6, 2)
        self.questions_layout.setSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Suggested position"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.place_button = QPushButton(self.tr("Place here"))
        self.place_button.clicked.connect(self.placeRequested)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(
            self.tr("Clear every answer for this team on this aspect (Ctrl+Z brings them back)")
        )
        self.clear_button.setAccessibleName(self.tr("Clear the answers"))
        self.clear_button.clicked.connect(self.clearRequested)
        self.stage_button = QPushButton(self.tr("Show to the room"))
        self.stage_button.setCheckable(True)
        self.stage_button.setToolTip(self.tr("One question at a time above the board, in large type (F8)"))
        self.stage_button.toggled.connect(self.stageToggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stage_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    # -- content -------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for row in self.buttons:
            for button in row:
                button.set_theme(theme)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for row in self.buttons:
            for button in row:
                button.setEnabled(editable)
        self.clear_button.setEnabled(editable and bool(self.chosen))

    def set_teams(self, teams: list[TeamView], target: int | None) -> None:
        """The choice of whose answers these are: the teams in order, then the whole organisation."""
        choices = [(team.id, team.name) for team in teams]
        if choices == self._choices and self.target.currentData() == target:
            return
        self._choices = choices
        self.target.blockSignals(True)
        self.target.clear()
        for team in teams:
            self.target.addItem(team.name, team.id)
        self.target.addItem(self.tr("Whole organisation"), None)
        self.target.setCurrentIndex(max(self.target.findData(target), 0) if target is not None else len(teams))
        self.target.blockSignals(False)

    def show_answers(self, aspect: Aspect, chosen: dict[str, int], summary: str, can_place: bool) -> None:
        """The aspect's questions with the answers chosen (question id -> level index) and the suggestion."""
        if aspect is not self.aspect:
            self._build(aspect)
        self.chosen = dict(chosen)
        for question, row in zip(aspect.questions, self.buttons, strict=True):
            level = chosen.get(question.id)
            for index, button in enumerate(row):
                button.setChecked(index == level)
                tab_stop = index == (level if level is not None else 0)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.ClickFocus)
        self.summary.setText(summary)
        self.place_button.setEnabled(can_place and self.editable)
        self.clear_button.setEnabled(bool(chosen) and self.editable)

    def _build(self, aspect: Aspect) -> None:
        self.aspect = aspect
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: it is deleted only once control returns to the event loop
                item.widget().deleteLater()
        self.buttons, self.titles = [], []
        if not aspect.questions:
            empty = QLabel(self.tr("The model asks no guided questions about {aspect}.").format(aspect=aspect.name))
            empty.setWordWrap(True)
            self.questions_layout.addWidget(empty)
        for number, question in enumerate(aspect.questions, start=1):
            title = QLabel(f"{number}. {question.text}")
            title.setObjectName("sectionTitle")
            self.titles.append(title)
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.questions_layout.addWidget(title)
            if question.detail:
                detail = QLabel(question.detail)
                detail.setObjectName("muted")
                detail.setWordWrap(True)
                detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.questions_layout.addWidget(detail)
            row = []
            for level, answer in enumerate(question.answers):
                button = AnswerButton(level + 1, answer.level.name, answer.text, self.theme)
                button.setAccessibleName(
                    self.tr("Question {number}, {level}: {answer}").format(
                        number=number, level=answer.level.name, answer=answer.text
                    )
                )
                button.clicked.connect(lambda _checked=False, q=question.id, lv=level: self._clicked(q, lv))
                button.installEventFilter(self)
                button.setEnabled(self.editable)
                self.questions_layout.addWidget(button)
                row.append(button)
            self.buttons.append(row)
        self.questions_layout.addStretch(1)

    def _clicked(self, question_id: str, level: int) -> None:
        self._restore_checks()  # the file is the truth: the buttons follow once the change is stored
        self.answerChosen.emit(question_id, -1 if self.chosen.get(question_id) == level else level)

    def _restore_checks(self) -> None:
        if self.aspect is None:
            return
        for question, row in zip(self.aspect.questions, self.buttons, strict=True):
            for index, button in enumerate(row):
                button.setChecked(index == self.chosen.get(question.id))

    def mark_current(self, index: int) -> None:
        """The question on the room's stage: marked here, and scrolled to."""
        self.current = index
        if self.aspect is None:
            return
        for number, (title, question) in enumerate(zip(self.titles, self.aspect.questions, strict=True)):
            title.setText(f"{'▶ ' if number == index else ''}{number + 1}. {question.text}")
        if 0 <= index < len(self.titles) and self.scroll.widget().focusWidget() not in self.buttons[index]:
            top = self.titles[index].mapTo(self.content, QPoint(0, 0)).y()
            self.scroll.verticalScrollBar().setValue(max(0, top - 4))  # its title at the top, answers below

    def focus_question(self, index: int) -> None:
        """Put the keyboard on a question (its chosen answer, or its first) and scroll to it."""
        if 0 <= index < len(self.buttons):
            row = self.buttons[index]
            level = self.chosen.get(self.aspect.questions[index].id)
            button = row[level if level is not None else 0]
            self.scroll.ensureWidgetVisible(button)
            if self.isVisible():
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, AnswerButton):
            return False
        if event.type() == QEvent.Type.FocusIn:
            self.scroll.ensureWidgetVisible(watched)
            self.currentChanged.emit(self._position(watched)[0])
            return False
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        question = self._position(watched)[0]
        key = event.key()
        flat = [button for row in self.buttons for button in row]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            target = flat[min(max(flat.index(watched) + step, 0), len(flat) - 1)]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        row = self.buttons[question]
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(row):
            chosen = key - Qt.Key.Key_1
            row[chosen].setFocus(Qt.FocusReason.OtherFocusReason)
            if self.editable:
                self._clicked(self.aspect.questions[question].id, chosen)
            return True
        if key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            question_id = self.aspect.questions[question].id
            if self.editable and question_id in self.chosen:
                self.answerChosen.emit(question_id, -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.click()
            return True
        return False

    def _position(self, button: AnswerButton) -> tuple[int, int]:
        for question, row in enumerate(self.buttons):
            if button in row:
                return question, row.index(button)
        return 0, 0
