"""What "nothing cut" means, as a check other tests can run in any language or font size.

`clipping_problems(window)` compares every visible text of the board, its tray, the aspect tabs,
the titles and the overview with the space it has (font metrics against rectangles) and lists
what does not fit: an elided text, a word wider than its column, wrapped lines taller than their
space, a tab or card off screen, a board that needs scrolling to reach the tray.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.text_fit import unbreakable

SLACK = 0.5


def settle(window: MainWindow) -> None:
    QTest.qWait(30)


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.adjusted(-1, -1, 1, 1).contains(inner)


def _on_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def label_problems(label: QLabel, window: QWidget) -> list[str]:
    if not label.isVisible() or not label.text():
        return []
    width = label.contentsRect().width()
    metrics = QFontMetricsF(label.font())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        widest = max((metrics.horizontalAdvance(word) for word in unbreakable(label.text())), default=0.0)
        if widest > width + SLACK:
            return [f"label {label.text()!r}: a word is {widest:.0f} px wide in {width} px"]
        if needed > label.height() + 1:
            return [f"label {label.text()!r} needs {needed} px of height, has {label.height()}"]
    elif metrics.horizontalAdvance(label.text()) > width + SLACK:
        return [f"label {label.text()!r} needs {metrics.horizontalAdvance(label.text()):.0f} px, has {width}"]
    if not _inside(_on_window(label, window), window.rect()):
        return [f"label {label.text()!r} is off the window"]
    return []


def board_problems(window: MainWindow) -> list[str]:
    page = window.page
    scene, view = page.scene, page.view
    problems = [problem for text in scene.shown_texts() if (problem := text.problem())]
    visible = QRectF(view.mapToScene(view.viewport().rect()).boundingRect())
    for text in scene.shown_texts():
        if not visible.adjusted(-1, -1, 1, 1).contains(text.rect):
            problems.append(f"{text.where}: {text.full!r} at {text.rect} is outside the visible board {visible}")
    if view.verticalScrollBar().maximum() > 0:
        problems.append(f"the board needs scrolling ({view.verticalScrollBar().maximum()} px) to show the tray")
    for card in scene.cards.values():
        if not visible.adjusted(-1, -1, 1, 1).contains(card.sceneBoundingRect().adjusted(6, 6, -6, -6)):
            problems.append(f"card {card.team.name} is outside the visible board")
    return problems


def chrome_problems(window: MainWindow) -> list[str]:
    """The aspect tabs, the timebox and the titles above the board."""
    page = window.page
    problems: list[str] = []
    navigator = page.navigator
    if navigator.usesScrollButtons():
        problems.append("the aspect tabs need scroll buttons")
    metrics = QFontMetricsF(navigator.font())
    on_window = _on_window(navigator, window)
    for index in range(navigator.count()):
        rect = navigator.tabRect(index)
        text = navigator.tabText(index)
        if metrics.horizontalAdvance(text) > rect.width() - 4:
            problems.append(f"tab {text!r} needs {metrics.horizontalAdvance(text):.0f} px, has {rect.width()}")
        if not _inside(rect.translated(on_window.topLeft()), window.rect()):
            problems.append(f"tab {text!r} at {rect} is off the window")
    timebox = page.timebox
    if not _inside(_on_window(timebox, window), window.rect()):
        problems.append("the timebox is off the window")
    if QFontMetricsF(timebox.font()).horizontalAdvance(timebox.text()) > timebox.width():
        problems.append(f"the timebox text {timebox.text()!r} is cut")
    if page.showing_board():
        problems += label_problems(page.aspect_title, window)
        problems += label_problems(page.aspect_question, window)
    return problems


def overview_problems(window: MainWindow) -> list[str]:
    table = window.page.overview
    problems = [problem for text in table.shown_texts() if (problem := text.problem())]
    if table.verticalScrollBar().maximum() > 0:
        problems.append("the overview needs scrolling to show every team")
    if table.horizontalScrollBar().maximum() > 0:
        problems.append("the overview needs scrolling sideways")
    return problems


def stage_problems(stage: QWidget, window: QWidget) -> list[str]:
    """The guided question's stage (its question and every answer): each text whole, inside the stage and
    the window."""
    problems = []
    area = QRectF(_on_window(stage, window)).adjusted(-1, -1, 1, 1)
    for text in stage.shown_texts(window):
        if (problem := text.problem()) is not None:
            problems.append(f"stage: {problem}")
        elif not area.contains(text.rect) or not QRectF(window.rect()).adjusted(-1, -1, 1, 1).contains(text.rect):
            problems.append(f"stage: {text.where} {text.full!r} at {text.rect} is outside the stage {area}")
    return problems


def clipping_problems(window: MainWindow) -> list[str]:
    """Everything cut or off screen on what the window shows now (the board or the overview, and the guided
    question's stage when it is shown)."""
    settle(window)
    page = window.page
    problems = chrome_problems(window)
    if page.showing_overview():
        problems += overview_problems(window)
    elif page.showing_board():
        problems += board_problems(window)
        if page.guided.stage.isVisible():
            problems += stage_problems(page.guided.stage, window)
    return problems
