"""The guided question for the room: one question at a time, above the board, in type the back row can read.

Its answers stand side by side, one per level, over the board's level columns (lowest first), numbered with
the key that chooses each. The type is the largest (down to SMALLEST) at which the question and every
answer fit the width and the share of the height they are given, words whole (`fit_to`); `shown_texts`
lists each text with its font and space for the no-clipping checks. On the facilitator's screen the
stage takes the keyboard: Up / Down step through the questions, 1 … N choose an answer (again, or 0, to
clear it), P places the team where the answers suggest, T / Shift+T change whose answers these are. On the
audience view it only shows.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pem_desktop.maturity import Aspect
from pem_desktop.ui.answer_button import AnswerButton
from pem_desktop.ui.text_fit import ShownText, extent, scaled
from pem_desktop.ui.theme import Theme, system_point_size

SMALLEST = 0.55  # the stage's type shrinks to this share of its size, no further
SHARE = 0.46  # of the board's height at most, so the board keeps room for its cards


class QuestionStage(QWidget):
    """One guided question and its answers, large; `interactive` on the facilitator's screen."""

    answerChosen = Signal(str, int)  # question id, level index (-1: clear the answer)
    stepRequested = Signal(int)  # -1 previous question, +1 next, or 0 to the first
    teamStepRequested = Signal(int)  # -1 / +1: whose answers (the teams, then the whole organisation)
    placeRequested = Signal()

    def __init__(self, theme: Theme, *, interactive: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self.interactive = interactive
        self.zoom = 1.0
        self.aspect: Aspect | None = None
        self.index = 0
        self.chosen: int | None = None
        self.budget = 300.0  # the height it may take (set by whoever lays it out)
        self.setObjectName("questionStage")
        self.setAccessibleName(self.tr("Guided question for the room"))
        self.setAccessibleDescription(
            self.tr(
                "Up and Down: previous and next question; 1 to 9: choose an answer, again or 0 to clear it; "
                "P: place the team where the answers suggest; T: answers for the next team"
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.header = QLabel()
        self.header.setObjectName("stageHeader")
        self.question = QLabel()
        self.question.setObjectName("stageQuestion")
        self.question.setWordWrap(True)
        self.row = QHBoxLayout()
        self.row.setSpacing(8)
        self.buttons: list[AnswerButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.question)
        layout.addLayout(self.row)

    # -- content -------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for button in self.buttons:
            button.set_theme(theme)
        self._style()
        self.fit_to(self.width())

    def set_zoom(self, zoom: float) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self.fit_to(self.width())

    def set_budget(self, height: float) -> None:
        if abs(height - self.budget) > 0.5:
            self.budget = height
            self.fit_to(self.width())

    def show_question(self, aspect: Aspect, index: int, chosen: int | None, whose: str) -> None:
        """Question `index` of `aspect`, with the answer chosen for `whose` (its level index, or None)."""
        question = aspect.questions[index]
        if aspect is not self.aspect or index != self.index or not self.buttons:
            self.aspect, self.index = aspect, index
            for button in self.buttons:
                self.row.removeWidget(button)
                button.hide()  # at once: it is deleted only once control returns to the event loop
                button.deleteLater()
            self.buttons = []
            for level, answer in enumerate(question.answers):
                button = AnswerButton(level + 1, "", answer.text, self.theme)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the stage takes the keys, not each answer
                button.setEnabled(self.interactive)
                button.clicked.connect(lambda _checked=False, lv=level: self._clicked(lv))
                self.row.addWidget(button, 1)
                self.buttons.append(button)
        self.chosen = chosen
        for level, button in enumerate(self.buttons):
            button.setChecked(level == chosen)
            button.setAccessibleName(
                self.tr("Answer {number}: {answer}").format(number=level + 1, answer=button.answer)
            )
        count = len(aspect.questions)
        self.header.setText(
            self.tr("Question {number} of {count} · {aspect} · answers for {whose}").format(
                number=index + 1, count=count, aspect=aspect.name, whose=whose
            )
        )
        self.question.setText(question.text)
        self._style()
        self.fit_to(self.width())

    def _clicked(self, level: int) -> None:
        for index, button in enumerate(self.buttons):  # shown as the file says, once the change arrives
            button.setChecked(index == self.chosen)
        self._choose(level)

    def _choose(self, level: int) -> None:
        if self.interactive and self.aspect is not None:
            question = self.aspect.questions[self.index]
            self.answerChosen.emit(question.id, -1 if level == self.chosen else level)

    # -- type ----------------------------------------------------------------------------------

    def _size(self) -> float:
        return system_point_size() * self.theme.scale * self.zoom

    def _style(self) -> None:
        theme = self.theme
        self.setStyleSheet(
            f"QWidget#questionStage {{ background: {theme.window}; }}"
            f"QLabel#stageHeader {{ color: {theme.muted}; }}"
            f"QLabel#stageQuestion {{ color: {theme.text}; }}"
        )

    def fit_to(self, width: int) -> None:
        """The largest type at which the question and its answers fit `width` and the budget, words whole."""
        if not self.buttons or width <= 0:
            return
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        column = (inner - self.row.spacing() * (len(self.buttons) - 1)) / len(self.buttons)
        factor = 1.0
        while True:
            header, question, text, caption = self._fonts(factor)
            longest = max(self.buttons, key=lambda b: len(b.answer))
            widest = max(QFontMetricsF(text).horizontalAdvance(word) for b in self.buttons for word in b.answer.split())
            for button in self.buttons:
                button.set_fonts(text, caption)
            answers = max(button.heightForWidth(int(column)) for button in self.buttons)
            height = (
                margins.top()
                + QFontMetricsF(header).height()
                + extent(question, self.question.text(), inner)[1]
                + answers
                + 2 * self.layout().spacing()
                + margins.bottom()
                + 4
            )
            words_fit = widest <= longest.text_rect(int(column)).width() + 0.5
            if (height <= self.budget and words_fit) or factor <= SMALLEST:
                break
            factor = max(factor * 0.94, SMALLEST)
        self.header.setFont(header)
        self.question.setFont(question)
        self.setFixedHeight(int(height + 0.5))

    def _fonts(self, factor: float) -> tuple[QFont, QFont, QFont, QFont]:
        size = self._size() * factor
        header = QFont(self.font())
        header.setPointSizeF(size * 0.85)
        question = QFont(self.font())
        question.setPointSizeF(size * 1.35)
        question.setBold(True)
        text = QFont(self.font())
        text.setPointSizeF(size * 1.02)
        caption = scaled(header, 1.0)
        caption.setBold(True)
        return header, question, text, caption

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_to(event.size().width())

    def shown_texts(self, origin: QWidget) -> list[ShownText]:
        """The question, its header and every answer as drawn, in `origin`'s coordinates."""
        texts = []
        for label, where in ((self.header, "stage header"), (self.question, "stage question")):
            offset = label.mapTo(origin, label.contentsRect().topLeft())
            rect = QRectF(offset.x(), offset.y(), label.contentsRect().width(), label.contentsRect().height())
            texts.append(ShownText(where, label.text(), label.text(), label.font(), rect, wrap=label.wordWrap()))
        for button in self.buttons:
            texts += button.shown_texts(origin)
        return texts

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        if not self.interactive or self.aspect is None or modifiers & Qt.KeyboardModifier.ControlModifier:
            super().keyPressEvent(event)
            return
        levels = len(self.buttons)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < levels:
            self._choose(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.chosen is not None:
                self._choose(self.chosen)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.stepRequested.emit(-1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.stepRequested.emit(1)
        elif key == Qt.Key.Key_Home:
            self.stepRequested.emit(0)
        elif key == Qt.Key.Key_P:
            self.placeRequested.emit()
        elif key == Qt.Key.Key_T:
            self.teamStepRequested.emit(-1 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # where the keyboard is: a frame round the stage
            painter = QPainter(self)
            painter.setPen(QPen(QColor(self.theme.focus), 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()
