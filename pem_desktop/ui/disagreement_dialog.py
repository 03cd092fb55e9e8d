"""The disagreement form: who argues which position and why; resolving it with the agreed position."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
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


class PositionEdit(QWidget):
    """A position on the continuum, in level units, with words for it ("late Operational")."""

    def __init__(self, model: MaturityModel, position: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, float(model.level_count))
        self.spin.setSingleStep(0.1)
        self.spin.setDecimals(2)
        self.spin.setValue(position)
        self.spin.setAccessibleName("Position in levels")
        self.words = QLabel()
        self.words.setMinimumWidth(190)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.words, 1)
        self.spin.valueChanged.connect(self._describe)
        self._describe(position)

    def value(self) -> float:
        return self.spin.value()

    def _describe(self, value: float) -> None:
        self.words.setText(self.model.describe_position(value))


class ViewpointRow(QWidget):
    """One viewpoint: who holds it, the position it argues, and why."""

    def __init__(self, model: MaturityModel, viewpoint: Viewpoint, parent: QWidget | None = None):
        super().__init__(parent)
        self.holder = QLineEdit(viewpoint.holder)
        self.holder.setPlaceholderText("Who (e.g. SRE leads)")
        self.holder.setAccessibleName("Who holds this view")
        self.position = PositionEdit(model, viewpoint.position)
        self.reason = QLineEdit(viewpoint.reason)
        self.reason.setPlaceholderText("Why")
        self.reason.setAccessibleName("Why")
        self.remove_button = QPushButton("Remove")
        top = QHBoxLayout()
        top.addWidget(self.holder, 2)
        top.addWidget(self.position, 3)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.reason)

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
        self.setWindowTitle(f"{'Edit' if existing else 'Record'} a disagreement — {aspect.name}")
        self.setMinimumWidth(720)
        self.team_combo = QComboBox()
        self.team_combo.addItem("Whole organisation", None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        chosen = existing.team_id if existing else team_id
        self.team_combo.setCurrentIndex(combo_index(self.team_combo, chosen))
        self.topic_edit = QLineEdit(existing.topic if existing else "")
        self.topic_edit.setPlaceholderText("What is disputed, in a few words")
        self.rows_box = QVBoxLayout()
        self.rows: list[ViewpointRow] = []
        add_button = QPushButton("Add a viewpoint")
        add_button.clicked.connect(lambda: self._add_row(Viewpoint("", self._last_position())))
        for viewpoint in (existing.viewpoints if existing else viewpoints) or (
            Viewpoint("", 0.5),
            Viewpoint("", 1.5),
        ):
            self._add_row(viewpoint)
        self.resolved_check = QCheckBox("Resolved: the room agreed")
        self.resolution_edit = QPlainTextEdit(existing.resolution if existing else "")
        self.resolution_edit.setPlaceholderText("What was agreed")
        self.resolution_edit.setFixedHeight(60)
        default_agreed = existing.resolved_position if existing and existing.resolved_position is not None else 0.5
        self.agreed_position = PositionEdit(model, default_agreed)
        self.resolved_check.toggled.connect(self._resolved_toggled)
        self.resolved_check.setChecked(bool(existing and existing.status == "resolved"))
        self._resolved_toggled(self.resolved_check.isChecked())
        self.message = QLabel()
        self.message.setStyleSheet("color: #B91C1C; font-weight: 600;")

        form = QFormLayout()
        form.addRow("&Team", self.team_combo)
        form.addRow("T&opic", self.topic_edit)
        viewpoints_box = QVBoxLayout()
        viewpoints_box.addLayout(self.rows_box)
        viewpoints_box.addWidget(add_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("Viewpoints", viewpoints_box)
        form.addRow("", self.resolved_check)
        form.addRow("Resolution", self.resolution_edit)
        form.addRow("Agreed position", self.agreed_position)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
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
        self.rows.append(row)
        self.rows_box.addWidget(row)

    def _remove_row(self, row: ViewpointRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def _last_position(self) -> float:
        return self.rows[-1].position.value() if self.rows else 0.5

    def _resolved_toggled(self, on: bool) -> None:
        self.resolution_edit.setEnabled(on)
        self.agreed_position.setEnabled(on)

    def _accept(self) -> None:
        viewpoints = tuple(row.viewpoint() for row in self.rows)
        if len(viewpoints) < 2:
            self.message.setText("A disagreement needs at least two viewpoints.")
            return
        resolved = self.resolved_check.isChecked()
        self.result_input = DisagreementInput(
            team_id=self.team_combo.currentData(),
            topic=self.topic_edit.text(),
            viewpoints=viewpoints,
            resolved=resolved,
            resolution=self.resolution_edit.toPlainText() if resolved else "",
            resolved_position=self.agreed_position.value() if resolved else None,
        )
        self.accept()
