"""The disagreement form: who argues which position and why; resolving it with the agreed position."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.services.views import DisagreementView, TeamView, Viewpoint
from pem_desktop.ui.action_dialog import combo_index
from pem_desktop.ui.announce import announce
from pem_desktop.ui.fields import PositionEdit, buddy_label
from pem_desktop.ui.form_keys import submit_only_on_purpose
from pem_desktop.ui.screen_fit import fit_dialog


class ViewpointRow(QWidget):
    """One viewpoint: who holds it, the position it argues, and why; its fields are named after its number
    ("Viewpoint 2: who holds it"), so a screen reader tells the rows apart."""

    def __init__(self, model: MaturityModel, viewpoint: Viewpoint, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel()
        self.holder = QLineEdit(viewpoint.holder)
        self.holder.setPlaceholderText(self.tr("Who (e.g. SRE leads)"))
        self.caption.setBuddy(self.holder)
        self.position = PositionEdit(model, viewpoint.position)
        self.reason = QLineEdit(viewpoint.reason)
        self.reason.setPlaceholderText(self.tr("Why"))
        self.remove_button = QPushButton(self.tr("Remove"))
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.holder, 2)
        top.addWidget(self.position, 3)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        self.set_number(1)

    def set_number(self, number: int) -> None:
        """The row's place in the list (1 for the first), in its caption and in its fields' names."""
        self.number = number
        # The first nine rows get Alt+1 … Alt+9 to their "who" field.
        self.caption.setText(f"&{number}." if number < 10 else f"{number}.")
        self.holder.setAccessibleName(self.tr("Viewpoint {number}: who holds it").format(number=number))
        self.position.set_accessible_prefix(self.tr("Viewpoint {number}: position").format(number=number))
        self.reason.setAccessibleName(self.tr("Viewpoint {number}: why").format(number=number))
        self.remove_button.setAccessibleName(self.tr("Remove viewpoint {number}").format(number=number))

    def viewpoint(self) -> Viewpoint:
        return Viewpoint(self.holder.text(), self.position.value(), self.reason.text())


@dataclass(frozen=True)
class DisagreementInput:
    """What the form holds when accepted."""

    team_id: int | None
    topic: str
    viewpoints: tuple[Viewpoint, ...]
    resolved: bool
    resolution: str
    resolved_position: float | None
    move_card: bool = False  # also move the team's card to the agreed position (one undo step)


class DisagreementDialog(QDialog):
    """Record or edit a disagreement on one aspect, for one team or the whole organisation."""

    def __init__(
        self,
        model: MaturityModel,
        aspect: Aspect,
        teams: list[TeamView],
        *,
        existing: DisagreementView | None = None,
        team_id: int | None = None,
        viewpoints: tuple[Viewpoint, ...] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        title = self.tr("Edit a disagreement — {aspect}") if existing else self.tr("Record a disagreement — {aspect}")
        self.setWindowTitle(title.format(aspect=aspect.name))
        fit_dialog(self, 720)
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("Whole organisation"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        chosen = existing.team_id if existing else team_id
        self.team_combo.setCurrentIndex(combo_index(self.team_combo, chosen))
        self.topic_edit = QLineEdit(existing.topic if existing else "")
        self.topic_edit.setPlaceholderText(self.tr("What is disputed, in a few words"))
        self.rows_box = QVBoxLayout()
        self.rows: list[ViewpointRow] = []
        add_button = QPushButton(self.tr("Add a &viewpoint"))
        add_button.clicked.connect(lambda: self._add_row(Viewpoint("", self._last_position())))
        for viewpoint in (existing.viewpoints if existing else viewpoints) or (
            Viewpoint("", 0.5),
            Viewpoint("", 1.5),
        ):
            self._add_row(viewpoint)
        self.resolved_check = QCheckBox(self.tr("&Resolved: the room agreed"))
        self.resolution_edit = QPlainTextEdit(existing.resolution if existing else "")
        self.resolution_edit.setPlaceholderText(self.tr("What was agreed"))
        self.resolution_edit.setFixedHeight(60)
        # The agreed position is nobody's until chosen: one of the argued positions, or another one.
        self.agreed_combo = QComboBox()
        self.agreed_combo.setAccessibleName(self.tr("Agreed position"))
        self.agreed_other = PositionEdit(
            model, existing.resolved_position if existing and existing.resolved_position is not None else 0.5
        )
        self.agreed_other.set_accessible_prefix(self.tr("Agreed position, another one"))
        self.move_check = QCheckBox()
        self._fill_agreed(existing.resolved_position if existing else None)
        self.agreed_combo.currentIndexChanged.connect(self._agreed_changed)
        self.team_combo.currentIndexChanged.connect(self._agreed_changed)
        self.resolved_check.toggled.connect(self._resolved_toggled)
        self.resolved_check.setChecked(bool(existing and existing.status == "resolved"))
        self._resolved_toggled(self.resolved_check.isChecked())
        self.message = QLabel()
        self.message.setObjectName("formError")

        form = QFormLayout()
        form.addRow(self.tr("&Team"), self.team_combo)
        form.addRow(self.tr("T&opic"), self.topic_edit)
        viewpoints_box = QVBoxLayout()
        viewpoints_box.addLayout(self.rows_box)
        viewpoints_box.addWidget(add_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Viewpoints"), viewpoints_box)
        form.addRow("", self.resolved_check)
        form.addRow(self.tr("Re&solution"), self.resolution_edit)
        agreed = QVBoxLayout()
        agreed.addWidget(self.agreed_combo)
        agreed.addWidget(self.agreed_other)
        agreed.addWidget(self.move_check)
        form.addRow(buddy_label(self.tr("A&greed position"), self.agreed_combo), agreed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        submit_only_on_purpose(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_input: DisagreementInput | None = None
        if self.rows:
            self.rows[0].holder.setFocus()

    def _add_row(self, viewpoint: Viewpoint) -> None:
        row = ViewpointRow(self.model, viewpoint)
        row.remove_button.clicked.connect(lambda: self._remove_row(row))
        row.position.changed.connect(self._viewpoints_changed)
        row.holder.textChanged.connect(self._viewpoints_changed)
        self.rows.append(row)
        row.set_number(len(self.rows))
        self.rows_box.addWidget(row)
        self._viewpoints_changed()

    def _remove_row(self, row: ViewpointRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        self._viewpoints_changed()

    def _viewpoints_changed(self, *_args) -> None:
        if hasattr(self, "agreed_combo"):  # the rows come first while the form is built
            self._fill_agreed(None)

    def _last_position(self) -> float:
        return self.rows[-1].position.value() if self.rows else 0.5

    def _fill_agreed(self, chosen: float | None) -> None:
        """Offer "not chosen", each argued position (in words, with who argued it) and another position."""
        current = self.agreed_position()
        chosen = current if chosen is None and self.agreed_combo.count() else chosen
        self.agreed_combo.blockSignals(True)
        self.agreed_combo.clear()
        self.agreed_combo.addItem(self.tr("Not chosen yet"), None)
        for row in self.rows:
            point = row.viewpoint()
            position = self.model.describe_position(point.position)
            who = point.holder.strip()
            text = (
                self.tr("{position} (as {who} argued)").format(position=position, who=who)
                if who
                else self.tr("{position} (as someone argued)").format(position=position)
            )
            self.agreed_combo.addItem(text, point.position)
        self.agreed_combo.addItem(self.tr("Another position…"), "other")
        index = 0
        if chosen is not None:
            index = next(
                (i for i in range(1, self.agreed_combo.count() - 1) if self.agreed_combo.itemData(i) == chosen),
                self.agreed_combo.count() - 1,
            )
            if index == self.agreed_combo.count() - 1:
                self.agreed_other.set_value(chosen)
        self.agreed_combo.setCurrentIndex(index)
        self.agreed_combo.blockSignals(False)
        self._agreed_changed()

    def agreed_position(self) -> float | None:
        data = self.agreed_combo.currentData()
        if data == "other":
            return self.agreed_other.value()
        return data

    def _agreed_changed(self, *_args) -> None:
        resolved = self.resolved_check.isChecked()
        self.agreed_other.setVisible(self.agreed_combo.currentData() == "other")
        self.agreed_other.setEnabled(resolved)
        team = self.team_combo.currentText() if self.team_combo.currentData() is not None else None
        self.move_check.setVisible(team is not None)
        self.move_check.setText(self.tr("Move {team}’s card there").format(team=team) if team else "")
        self.move_check.setEnabled(resolved and self.agreed_position() is not None)

    def _resolved_toggled(self, on: bool) -> None:
        self.resolution_edit.setEnabled(on)
        self.agreed_combo.setEnabled(on)
        if on and not self.move_check.isChecked() and self.team_combo.currentData() is not None:
            self.move_check.setChecked(True)
        self._agreed_changed()

    def _accept(self) -> None:
        viewpoints = tuple(row.viewpoint() for row in self.rows)
        if len(viewpoints) < 2:
            self.message.setText(self.tr("A disagreement needs at least two viewpoints."))
            announce(self.message, self.message.text(), assertive=True)
            return
        resolved = self.resolved_check.isChecked()
        self.result_input = DisagreementInput(
            team_id=self.team_combo.currentData(),
            topic=self.topic_edit.text(),
            viewpoints=viewpoints,
            resolved=resolved,
            resolution=self.resolution_edit.toPlainText() if resolved else "",
            resolved_position=self.agreed_position() if resolved else None,
            move_card=resolved
            and self.move_check.isChecked()
            and self.team_combo.currentData() is not None
            and self.agreed_position() is not None,
        )
        self.accept()
