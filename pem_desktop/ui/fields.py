"""Form fields that behave as a facilitator expects: a date field Tab leaves, a position in words."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QSlider, QWidget

from pem_desktop.maturity import MaturityModel

STEPS_PER_LEVEL = 100  # a position slider moves in hundredths of a level, as positions are kept


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose "&" marks its shortcut key (Alt+letter) to `buddy`, never shown as "&"."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class DateField(QDateEdit):
    """A date field (yyyy-MM-dd, with a calendar) that Tab leaves instead of walking through its parts;
    the arrow keys still move between year, month and day."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class PositionEdit(QWidget):
    """A position on the continuum, chosen on a slider along the levels and shown in words
    ("late Operational"), the number only in its tooltip and for assistive technology."""

    changed = Signal(float)

    def __init__(self, model: MaturityModel, position: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, model.level_count * STEPS_PER_LEVEL)
        self.slider.setSingleStep(10)  # a tenth of a level, as on the board
        self.slider.setPageStep(STEPS_PER_LEVEL)  # a whole level
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(STEPS_PER_LEVEL)
        self.slider.setMinimumWidth(140)
        self.accessible_prefix = self.tr("Position")
        self.words = QLabel()
        # Room for the longest words a position may have (translated as the model's levels are).
        widest = self.tr("between Operational and Scalable", "the longest position in words: room for it")
        self.words.setMinimumWidth(self.words.fontMetrics().horizontalAdvance(widest))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.words)
        self.slider.valueChanged.connect(self._moved)
        self.set_value(position)
        self._moved(self.slider.value())

    def value(self) -> float:
        return round(self.slider.value() / STEPS_PER_LEVEL, 2)

    def set_value(self, position: float) -> None:
        self.slider.setValue(round(self.model.clamp_position(position) * STEPS_PER_LEVEL))

    def set_accessible_prefix(self, prefix: str) -> None:
        """What the slider is called before its position in words ("Viewpoint 2: position: late Operational")."""
        self.accessible_prefix = prefix
        self.slider.setAccessibleName(
            self.tr("{prefix}: {position}").format(prefix=prefix, position=self.model.describe_position(self.value()))
        )

    def _moved(self, _value: int) -> None:
        value = self.value()
        words = self.model.describe_position(value)
        self.words.setText(words)
        self.slider.setAccessibleName(
            self.tr("{prefix}: {position}").format(prefix=self.accessible_prefix, position=words)
        )
        self.slider.setToolTip(
            self.tr("{position} ({number} in level units)").format(
                position=words, number=QLocale().toString(value, "f", 2)
            )
        )
        self.changed.emit(value)
