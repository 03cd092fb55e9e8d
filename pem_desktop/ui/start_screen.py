"""The start screen: recent workshops, a new workshop, open a file, open the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pem_desktop import APP_NAME
from pem_desktop.ui.settings import AppSettings, RecentWorkshop


class StartScreen(QWidget):
    """What the app shows when no workshop is open."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(str)  # path
    followUpRequested = Signal(str)  # path of the workshop to follow up

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        title = QLabel(APP_NAME)
        title.setObjectName("startTitle")
        subtitle = QLabel(
            self.tr(
                "Find where each team stands in the Platform Engineering Maturity Model, and agree what to do next."
            )
        )
        subtitle.setObjectName("muted")
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New workshop…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setObjectName("big")
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button = QPushButton(self.tr("Open the demo"))
        self.demo_button.setObjectName("big")
        self.demo_button.setToolTip(self.tr("A fresh copy of a realistic example workshop, to try things out"))
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        recent_title = QLabel(self.tr("Recent workshops"))
        recent_title.setObjectName("sectionTitle")
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        self.recent_list.setSpacing(3)
        self.recent_list.itemActivated.connect(self._activated)
        self.recent_list.itemDoubleClicked.connect(self._activated)
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent_list.customContextMenuRequested.connect(self._context_menu)
        self.follow_up_button = QPushButton(self.tr("Start follow-up of the selected workshop…"))
        self.follow_up_button.setToolTip(
            self.tr("A new workshop that starts from the selected one and keeps it as its history")
        )
        self.follow_up_button.clicked.connect(self._follow_up_selected)
        self.recent_list.currentItemChanged.connect(self._selection_changed)
        self.empty_label = QLabel(self.tr("No recent workshops yet. Create one, or open the demo to look around."))
        self.empty_label.setObjectName("muted")

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(18)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(recent_title)
        column.addWidget(self.empty_label)
        column.addWidget(self.recent_list, 1)
        column.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.recent_list.clear()
        recent = self.settings.recent()
        for entry in recent:
            item = QListWidgetItem(self._describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.path)
            item.setToolTip(entry.path)
            if not entry.exists:
                item.setForeground(self.palette().placeholderText())
            self.recent_list.addItem(item)
        self.empty_label.setVisible(not recent)
        self.recent_list.setVisible(bool(recent))
        self.follow_up_button.setVisible(bool(recent))
        if recent:
            self.recent_list.setCurrentRow(0)  # the most recent is the one a follow-up is usually of
        self._selection_changed(self.recent_list.currentItem())

    def _describe(self, entry: RecentWorkshop) -> str:
        day = QDate.fromString(entry.workshop_date, Qt.DateFormat.ISODate)
        shown_day = QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else entry.workshop_date
        details = " · ".join(part for part in (entry.organisation, shown_day) if part)
        opened = QDateTime.fromString(entry.last_opened, Qt.DateFormat.ISODate)
        shown_opened = QLocale().toString(opened, QLocale.FormatType.ShortFormat) if opened.isValid() else ""
        if not entry.exists:
            state = self.tr("missing: {path}").format(path=entry.path)
        else:
            state = self.tr("last opened {when}").format(when=shown_opened or entry.last_opened)
        return f"{entry.title}\n{details + ' · ' if details else ''}{state}"

    def _activated(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _context_menu(self, point) -> None:
        item = self.recent_list.itemAt(point)
        if item is None:
            return
        menu = QMenu(self)
        path = item.data(Qt.ItemDataRole.UserRole)
        follow_up = menu.addAction(self.tr("Start &follow-up…"))
        follow_up.setEnabled(Path(path).is_file())
        forget = menu.addAction(self.tr("&Remove from this list"))
        chosen = menu.exec(self.recent_list.mapToGlobal(point))
        if chosen is forget:
            self.settings.forget(path)
            self.refresh()
        elif chosen is follow_up:
            self.followUpRequested.emit(path)

    def _selection_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        exists = item is not None and Path(item.data(Qt.ItemDataRole.UserRole)).is_file()
        self.follow_up_button.setEnabled(exists)

    def _follow_up_selected(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self.followUpRequested.emit(item.data(Qt.ItemDataRole.UserRole))
