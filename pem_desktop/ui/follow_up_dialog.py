"""File > Start follow-up…: the new workshop's title, date and file, where the cards start, and the model version.

Everything has a sensible default (the previous title, today, a file beside the previous one), so
Enter starts it. When a newer version of the same model is bundled, the dialog offers it and lists
what changes; the previous workshop keeps its version unless the facilitator ticks the box.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import LoadedModel
from pem_desktop.services.follow_up import ModelUpgrade
from pem_desktop.services.views import WorkshopInfo
from pem_desktop.ui.dialogs import (
    ask_workshop_path,
    buddy_label,
    default_workshop_folder,
    new_workshop_path,
    safe_file_name,
    shown_date,
)
from pem_desktop.ui.fields import DateField
from pem_desktop.ui.form_keys import submit_only_on_purpose
from pem_desktop.ui.screen_fit import fit_dialog


@dataclass(frozen=True)
class FollowUpRequest:
    """What the facilitator chose for the follow-up."""

    path: Path
    title: str
    workshop_date: date
    cards_at_previous: bool
    model: LoadedModel | None  # a newer version of the model, or None for the previous workshop's


class FollowUpDialog(QDialog):
    """Start a follow-up of a workshop (see the module's docstring)."""

    def __init__(
        self,
        info: WorkshopInfo,
        source: Path,
        carried: int,
        upgrade: ModelUpgrade | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a follow-up"))
        fit_dialog(self, 640)
        self.source = source
        self.upgrade = upgrade
        self.result_request: FollowUpRequest | None = None
        when = shown_date(info.workshop_date) or self.tr("no date")
        intro = QLabel(
            self.tr(
                "A new workshop that starts from “{title}” ({when}): the same model, teams and targets; its %n "
                "open action(s) carried in for review; and the previous workshop kept inside the new file as its "
                "history, so the new one shows what moved even if the old file is gone. The previous file is not "
                "changed.",
                "",
                carried,
            ).format(title=info.title, when=when)
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(info.title)
        self.date_edit = DateField()
        self.date_edit.setDate(QDate.currentDate())
        self.at_previous = QRadioButton(self.tr("&Where they were last time"))
        self.in_tray = QRadioButton(self.tr("In the &tray, to place them afresh (last time's positions still show)"))
        self.at_previous.setChecked(True)
        cards = QButtonGroup(self)
        cards.addButton(self.at_previous)
        cards.addButton(self.in_tray)
        cards_box = QVBoxLayout()
        cards_box.addWidget(self.at_previous)
        cards_box.addWidget(self.in_tray)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.path_edit.textEdited.connect(self._path_typed)
        self._path_edited = False
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("T&itle"), self.title_edit), self.title_edit)
        form.addRow(buddy_label(self.tr("&Date"), self.date_edit), self.date_edit)
        form.addRow(self.tr("Cards start"), cards_box)
        self.upgrade_box: QCheckBox | None = None
        if upgrade is not None:
            newer = upgrade.newer.model
            self.upgrade_box = QCheckBox(
                self.tr("Use version {new} of the model (this workshop used {old})").format(
                    new=newer.version, old=upgrade.current.version
                )
            )
            changes = QPlainTextEdit("\n".join(f"• {change}" for change in upgrade.changes[1:]))
            changes.setReadOnly(True)
            changes.setFixedHeight(110)
            changes.setAccessibleName(self.tr("What changes in the newer version"))
            model_box = QVBoxLayout()
            model_box.addWidget(self.upgrade_box)
            model_box.addWidget(changes)
            form.addRow(self.tr("&Model"), model_box)
        form.addRow(buddy_label(self.tr("&Save as"), self.path_edit), path_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Start follow-up"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        submit_only_on_purpose(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update)
        self.date_edit.dateChanged.connect(self._update)
        self._update()

    def _folder(self) -> Path:
        folder = self.source.parent
        return folder if folder.is_dir() and os.access(folder, os.W_OK) else default_workshop_folder()

    def _update(self, *_args) -> None:
        title = self.title_edit.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(title))
        if not self._path_edited:
            day = self.date_edit.date().toPython().isoformat()
            name = f"{safe_file_name(title) or 'Follow-up'} {day}"
            path = self._folder() / f"{name}.pemw"
            number = 2
            while path.exists():
                path = self._folder() / f"{name} ({number}).pemw"
                number += 1
            self.path_edit.setText(str(path))

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _choose_path(self) -> None:
        path = ask_workshop_path(self, self.tr("Save the follow-up as"), self.path_edit.text())
        if path:
            self._path_edited = True
            self.path_edit.setText(path)

    def _accept(self) -> None:
        path = new_workshop_path(self, self.path_edit.text())
        if path is None:
            return
        upgrade = self.upgrade is not None and self.upgrade_box is not None and self.upgrade_box.isChecked()
        self.result_request = FollowUpRequest(
            path=path,
            title=self.title_edit.text().strip(),
            workshop_date=self.date_edit.date().toPython(),
            cards_at_previous=self.at_previous.isChecked(),
            model=self.upgrade.newer if upgrade else None,
        )
        self.accept()


__all__ = ["FollowUpDialog", "FollowUpRequest"]
