"""Beside the board: the current aspect's disagreements and actions, each list with its buttons."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from pem_desktop.maturity import MaturityModel
from pem_desktop.services.views import ActionView, DisagreementView
from pem_desktop.ui.action_words import date_format, status_text
from pem_desktop.wording import sentence_end


class NotesList(QWidget):
    """A list of items with buttons underneath; Enter edits the current item, Delete removes it. The buttons'
    accessible names (`new_name`, `edit_name`, `delete_name`) say which list they belong to."""

    newRequested = Signal()
    editRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(
        self,
        accessible_name: str,
        new_text: str,
        names: tuple[str, str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(accessible_name)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda item: self.editRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.new_button = QPushButton(new_text)
        self.new_button.clicked.connect(self.newRequested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_current(self.editRequested))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.deleteRequested))
        # Names of their own: beside the board there are two lists, and the table of all actions has buttons too.
        new_name, edit_name, delete_name = names
        self.new_button.setAccessibleName(new_name)
        self.edit_button.setAccessibleName(edit_name)
        self.delete_button.setAccessibleName(delete_name)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, lambda: self._emit_current(self.deleteRequested))
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.buttons)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _emit_current(self, signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def _add(self, item_id: int, text: str, muted: bool, tooltip: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setToolTip(tooltip)
        if muted:
            item.setForeground(QColor(self.palette().placeholderText().color()))
        self.list.addItem(item)

    def set_editable(self, editable: bool) -> None:
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(editable)

    def select(self, item_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)
                return


class DisagreementList(NotesList):
    """The aspect's disagreements: open ones first, each with its viewpoints."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("Disagreements on this aspect"),
            self.tr("Record…"),
            (
                self.tr("Record disagreement on this aspect"),
                self.tr("Edit the selected disagreement on this aspect"),
                self.tr("Delete the selected disagreement on this aspect"),
            ),
            parent,
        )

    def show_disagreements(
        self, views: list[DisagreementView], team_names: dict[int, str], model: MaturityModel
    ) -> None:
        current = self.current_id()
        self.list.clear()
        for view in sorted(views, key=lambda v: (not v.is_open, v.id)):
            who = team_names.get(view.team_id) or self.tr("Whole organisation")
            topic = view.topic or self.tr("disagreement")
            heading = self.tr("{team} — {topic}") if view.is_open else self.tr("{team} — {topic}  ✓ resolved")
            lines = [heading.format(team=who, topic=topic)]
            lines += [
                f"   • {point.holder or self.tr('someone')}: {model.describe_position(point.position)}"
                for point in view.viewpoints
            ]
            if not view.is_open and (view.resolution or view.resolved_position is not None):
                parts = []
                if view.resolution:
                    agreed = self.tr("Agreed: {resolution}{end}")
                    parts.append(agreed.format(resolution=view.resolution, end=sentence_end(view.resolution)))
                if view.resolved_position is not None:
                    position = model.describe_position(view.resolved_position)
                    parts.append(self.tr("Agreed position: {position}.").format(position=position))
                lines.append("   " + " ".join(parts))
            tooltip = "\n".join(
                self.tr("{who} ({position}): {reason}").format(
                    who=point.holder or self.tr("someone"),
                    position=model.describe_position(point.position),
                    reason=point.reason or "—",
                )
                for point in view.viewpoints
            )
            self._add(view.id, "\n".join(lines), not view.is_open, tooltip)
        if current is not None:
            self.select(current)


class ActionList(NotesList):
    """The aspect's agreed actions, with their target level, owner, due date and status."""

    doneRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("Actions on this aspect"),
            self.tr("Add…"),
            (
                self.tr("Add action on this aspect"),
                self.tr("Edit the selected action on this aspect"),
                self.tr("Delete the selected action on this aspect"),
            ),
            parent,
        )
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected action done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected action on this aspect done"))
        self.done_button.clicked.connect(lambda: self._emit_current(self.doneRequested))
        self.buttons.insertWidget(2, self.done_button)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.done_button.setEnabled(editable)

    def show_actions(self, views: list[ActionView], team_names: dict[int, str], model: MaturityModel) -> None:
        current = self.current_id()
        self.list.clear()
        locale = QLocale()
        for view in views:
            target = f"→ {model.level(view.target_level_id).name}" if view.target_level_id else self.tr("→ no target")
            who = team_names.get(view.team_id) or self.tr("Whole organisation")
            due = locale.toString(QDate(view.due_date), date_format()) if view.due_date else ""
            details = " · ".join(part for part in (who, view.owner, due, status_text(view.status)) if part)
            finished = view.status in ("done", "dropped")
            mark = "✓ " if view.status == "done" else ""
            self._add(view.id, f"{mark}{view.title}\n   {target} · {details}", finished, view.detail or view.title)
        if current is not None:
            self.select(current)
