"""The action form: what the room agreed to do, who owns it, by when, toward which level."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import MaturityModel
from pem_desktop.services.views import ACTION_STATUSES, ActionView, TeamView
from pem_desktop.ui.action_words import status_text
from pem_desktop.ui.fields import DateField, buddy_label
from pem_desktop.ui.form_keys import submit_only_on_purpose
from pem_desktop.ui.screen_fit import fit_dialog


@dataclass(frozen=True)
class ActionInput:
    """What the form holds when accepted (the fields of an action)."""

    aspect_id: str
    team_id: int | None
    target_level_id: str | None
    title: str
    detail: str
    owner: str
    due_date: date | None
    status: str

    def fields(self) -> dict:
        return dict(self.__dict__)


class ActionDialog(QDialog):
    """Agree a new action or edit one; the target defaults to the level above the team's position."""

    def __init__(
        self,
        model: MaturityModel,
        teams: list[TeamView],
        position_of: Callable[[int, str], float | None],
        *,
        aspect_id: str,
        existing: ActionView | None = None,
        team_id: int | None = None,
        title: str = "",
        target_level_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self.position_of = position_of
        self.setWindowTitle(self.tr("Edit action") if existing else self.tr("Agree an action"))
        fit_dialog(self, 620)
        self._target_touched = existing is not None or target_level_id is not None

        self.title_edit = QLineEdit(existing.title if existing else title)
        self.title_edit.setPlaceholderText(self.tr("What will be done"))
        self.aspect_combo = QComboBox()
        for aspect in model.aspects:
            self.aspect_combo.addItem(aspect.name, aspect.id)
        self.aspect_combo.setCurrentIndex(combo_index(self.aspect_combo, existing.aspect_id if existing else aspect_id))
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("Whole organisation"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        chosen_team = existing.team_id if existing else team_id
        if chosen_team is not None:
            self.team_combo.setCurrentIndex(combo_index(self.team_combo, chosen_team))
        self.target_combo = QComboBox()
        self.target_combo.addItem(self.tr("No target level"), None)
        for level in model.levels:
            self.target_combo.addItem(self.tr("Toward {level}").format(level=level.name), level.id)
        self.target_note = QLabel()
        self.target_note.setObjectName("muted")
        self.target_note.setWordWrap(True)
        self.owner_edit = QLineEdit(existing.owner if existing else "")
        self.owner_edit.setPlaceholderText(self.tr("Who makes sure it happens"))
        self.due_check = QCheckBox(self.tr("Has a due date"))
        self.due_edit = DateField()
        self.due_edit.setAccessibleName(self.tr("Due date"))
        due = existing.due_date if existing else None
        self.due_check.setChecked(due is not None)
        self.due_edit.setDate(QDate(due) if due else QDate.currentDate().addDays(30))
        self.due_edit.setEnabled(due is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox()
        for status in ACTION_STATUSES:
            shown = status_text(status)
            self.status_combo.addItem(shown[:1].upper() + shown[1:], status)
        self.status_combo.setCurrentIndex(combo_index(self.status_combo, existing.status if existing else "agreed"))
        self.detail_edit = QPlainTextEdit(existing.detail if existing else "")
        self.detail_edit.setPlaceholderText(self.tr("Details, context, first steps"))
        self.detail_edit.setFixedHeight(90)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Aspect"), self.aspect_combo)
        form.addRow(self.tr("T&eam"), self.team_combo)
        form.addRow(self.tr("Ta&rget"), self.target_combo)
        form.addRow("", self.target_note)
        form.addRow(self.tr("&Owner"), self.owner_edit)
        form.addRow(buddy_label(self.tr("D&ue"), self.due_check), due_row)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Detail"), self.detail_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        submit_only_on_purpose(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.result_input: ActionInput | None = None

        initial_target = existing.target_level_id if existing else target_level_id
        if self._target_touched:
            self.target_combo.setCurrentIndex(combo_index(self.target_combo, initial_target))
        self.target_combo.activated.connect(self._target_chosen)
        self.team_combo.currentIndexChanged.connect(self._update_target)
        self.aspect_combo.currentIndexChanged.connect(self._update_target)
        self.title_edit.textChanged.connect(self._title_changed)
        self._update_target()
        self._title_changed(self.title_edit.text())

    def _target_chosen(self, _index: int) -> None:
        self._target_touched = True
        self._update_target()

    def _update_target(self) -> None:
        """Explain (and, unless the user chose one, set) the default target: the level above the team."""
        team_id = self.team_combo.currentData()
        aspect_id = self.aspect_combo.currentData()
        note, default = "", None
        if team_id is None:
            note = self.tr("For the whole organisation: choose the level this action moves toward.")
        else:
            position = self.position_of(team_id, aspect_id)
            name = self.team_combo.currentText()
            if position is None:
                note = self.tr("{team} is not placed on this aspect yet, so there is no default target.").format(
                    team=name
                )
            else:
                standing = self.model.standing(position)
                if standing.heading_toward is None:
                    note = self.tr("{team}: {standing}, the highest level. There is no level to move toward.").format(
                        team=name, standing=standing.words
                    )
                else:
                    default = standing.heading_toward.id
                    note = self.tr("{team}: {standing}, so heading toward {level}.").format(
                        team=name, standing=standing.words, level=standing.heading_toward.name
                    )
        if not self._target_touched:
            self.target_combo.setCurrentIndex(combo_index(self.target_combo, default))
        self.target_note.setText(note)

    def _title_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def _accept(self) -> None:
        self.result_input = ActionInput(
            aspect_id=self.aspect_combo.currentData(),
            team_id=self.team_combo.currentData(),
            target_level_id=self.target_combo.currentData(),
            title=self.title_edit.text(),
            detail=self.detail_edit.toPlainText(),
            owner=self.owner_edit.text(),
            due_date=self.due_edit.date().toPython() if self.due_check.isChecked() else None,
            status=self.status_combo.currentData(),
        )
        self.accept()


def combo_index(combo: QComboBox, value: object) -> int:
    """The index of the item whose data is `value` (None included), or 0."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return 0
