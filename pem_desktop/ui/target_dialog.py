"""The target form: where the room wants an aspect to be, for the organisation or one team, by a date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.services.targets import TargetSet, gap
from pem_desktop.services.views import TeamView
from pem_desktop.ui.action_dialog import combo_index


@dataclass(frozen=True)
class TargetInput:
    """What the form holds when accepted: a target to set, or (remove) the target to take away."""

    team_id: int | None
    position: float
    due_date: date | None
    remove: bool = False


class TargetDialog(QDialog):
    """Choose whose target, the level (or an exact position) and, optionally, the date."""

    def __init__(
        self,
        model: MaturityModel,
        aspect: Aspect,
        teams: list[TeamView],
        targets: TargetSet,
        position_of: Callable[[int], float | None],
        *,
        team_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model, self.aspect, self.targets, self.position_of = model, aspect, targets, position_of
        self.setWindowTitle(self.tr("Target on {aspect}").format(aspect=aspect.name))
        self.setMinimumWidth(520)
        self.result_input: TargetInput | None = None

        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("Whole organisation"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.setCurrentIndex(combo_index(self.team_combo, team_id))
        self.level_combo = QComboBox()
        for entry in aspect.levels:
            self.level_combo.addItem(entry.heading, entry.level.index)
        self.position_spin = QDoubleSpinBox()
        self.position_spin.setRange(0.0, float(model.level_count))
        self.position_spin.setSingleStep(0.1)
        self.position_spin.setDecimals(2)
        self.position_spin.setAccessibleName(self.tr("Exact position in level units"))
        self.position_words = QLabel()
        self.due_check = QCheckBox(self.tr("&By"))
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(self.tr("Target date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)

        position_row = QHBoxLayout()
        position_row.addWidget(self.position_spin)
        position_row.addWidget(self.position_words, 1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&For"), self.team_combo)
        form.addRow(self.tr("&Level"), self.level_combo)
        position_label = QLabel(self.tr("&Position"))
        position_label.setBuddy(self.position_spin)
        form.addRow(position_label, position_row)
        form.addRow("", due_row)
        form.addRow("", self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set target"))
        self.remove_button = QPushButton(self.tr("Remove target"))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.team_combo.currentIndexChanged.connect(self._load)
        self.level_combo.activated.connect(self._level_chosen)
        self.position_spin.valueChanged.connect(self._position_changed)
        self._load()

    def _team_id(self) -> int | None:
        return self.team_combo.currentData()

    def _load(self) -> None:
        """Show the chosen team's (or the organisation's) own target, or a first suggestion."""
        team_id = self._team_id()
        own = (
            self.targets.organisation(self.aspect.id) if team_id is None else self.targets.own(self.aspect.id, team_id)
        )
        inherited = None if team_id is None or own is not None else self.targets.organisation(self.aspect.id)
        start = own or inherited
        if start is not None:
            position = start.position
        else:
            here = self.position_of(team_id) if team_id is not None else None
            above = self.model.heading_toward(here) if here is not None else None
            position = (above.index + 0.5) if above is not None else min(2.5, self.model.level_count - 0.5)
        self.position_spin.setValue(position)
        due = start.due_date if start is not None else None
        self.due_check.setChecked(due is not None)
        self.due_edit.setDate(QDate(due) if due else QDate.currentDate().addMonths(6))
        self.due_edit.setEnabled(due is not None)
        self.remove_button.setEnabled(own is not None)
        self._position_changed(position)

    def _level_chosen(self, _index: int) -> None:
        self.position_spin.setValue(self.level_combo.currentData() + 0.5)  # the middle of the level

    def _position_changed(self, value: float) -> None:
        index = self.model.standing(value).level.index
        if self.level_combo.currentData() != index:
            self.level_combo.setCurrentIndex(combo_index(self.level_combo, index))
        self.position_words.setText(self.model.describe_position(value))
        team_id = self._team_id()
        if team_id is None:
            note = self.tr("The organisation's target is what every team works toward unless it has one of its own.")
        else:
            here = self.position_of(team_id)
            name = self.team_combo.currentText()
            if here is None:
                note = self.tr("{team} is not placed on {aspect} yet.").format(team=name, aspect=self.aspect.name)
            else:
                locale = QLocale()
                distance = gap(value, here)
                words, number = self.model.describe_position(here), locale.toString(here, "f", 2)
                if distance > 0:
                    note = self.tr("{team} is at {position} ({number}): {distance} levels to go.").format(
                        team=name, position=words, number=number, distance=locale.toString(distance, "f", 1)
                    )
                else:
                    note = self.tr("{team} is at {position} ({number}): already reached.").format(
                        team=name, position=words, number=number
                    )
            if self.targets.own(self.aspect.id, team_id) is None and self.targets.organisation(self.aspect.id):
                note = self.tr("{note} It works toward the organisation's target until it has one of its own.").format(
                    note=note
                )
        self.note.setText(note)

    def _accept(self) -> None:
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        self.result_input = TargetInput(self._team_id(), round(self.position_spin.value(), 2), due)
        self.accept()

    def _remove(self) -> None:
        self.result_input = TargetInput(self._team_id(), 0.0, None, remove=True)
        self.accept()
