"""All actions across aspects: filter by aspect, team, owner and status, sort, and edit in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pem_desktop.maturity import MaturityModel
from pem_desktop.palette import level_colour, text_colour_on
from pem_desktop.services.views import ACTION_STATUSES, ActionView, TeamView
from pem_desktop.ui.action_words import date_format, status_text
from pem_desktop.ui.fields import buddy_label

COLUMNS = ("Aspect", "Team", "Target", "Title", "Owner", "Due", "Status")
EDITABLE = {"Target": "target_level_id", "Title": "title", "Owner": "owner", "Due": "due_date", "Status": "status"}
ALL = "__all__"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionsModel(QAbstractTableModel):
    """The actions as table rows; an edit is handed on as `editRequested` and shown once it is saved."""

    editRequested = Signal(int, str, object)  # action id, field, new value

    def __init__(self, model: MaturityModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.rows: list[ActionView] = []
        self.teams: dict[int, TeamView] = {}

    def set_rows(self, rows: list[ActionView], teams: list[TeamView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.teams = {team.id: team for team in teams}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header(COLUMNS[section])
        return None

    def _header(self, column: str) -> str:
        return {
            "Aspect": self.tr("Aspect"),
            "Team": self.tr("Team"),
            "Target": self.tr("Target"),
            "Title": self.tr("Title"),
            "Owner": self.tr("Owner"),
            "Due": self.tr("Due"),
            "Status": self.tr("Status"),
        }[column]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()] in EDITABLE else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        action = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(action, EDITABLE[column]) if column in EDITABLE else None
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "Title":
            return action.detail or action.title
        if column == "Target" and action.target_level_id:
            level = self.model.level(action.target_level_id)
            colour = level_colour(level.index, self.model.level_count)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(colour)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(text_colour_on(colour))
        if role == Qt.ItemDataRole.ForegroundRole and column == "Team" and action.team_id in self.teams:
            return QColor(self.teams[action.team_id].colour)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = COLUMNS[index.column()]
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        action = self.rows[index.row()]
        if getattr(action, EDITABLE[column]) == value:
            return False
        # Handed on once the editor has closed: saving redraws the table, which must not happen mid-edit.
        QTimer.singleShot(0, lambda: self.editRequested.emit(action.id, EDITABLE[column], value))
        return True

    def _text(self, action: ActionView, column: str) -> str:
        if column == "Aspect":
            return self.model.aspect(action.aspect_id).name
        if column == "Team":
            return self.teams[action.team_id].name if action.team_id in self.teams else self.tr("Whole organisation")
        if column == "Target":
            return self.model.level(action.target_level_id).name if action.target_level_id else "—"
        if column == "Due":
            return QLocale().toString(QDate(action.due_date), date_format()) if action.due_date else ""
        if column == "Status":
            return status_text(action.status)
        return getattr(action, column.lower())

    def _sort_key(self, action: ActionView, column: str):
        if column == "Aspect":
            return next(i for i, aspect in enumerate(self.model.aspects) if aspect.id == action.aspect_id)
        if column == "Team":
            return self.teams[action.team_id].order if action.team_id in self.teams else -1
        if column == "Target":
            return self.model.level(action.target_level_id).index if action.target_level_id else -1
        if column == "Due":
            return action.due_date.isoformat() if action.due_date else "9999"
        if column == "Status":
            return ACTION_STATUSES.index(action.status)
        return self._text(action, column).casefold()


class ActionsFilter(QSortFilterProxyModel):
    """Shows the actions matching the chosen aspect, team, owner text and status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.aspect_id: str = ALL
        self.team_id: object = ALL
        self.owner_text = ""
        self.status: str = ALL
        self.setSortRole(SORT_ROLE)

    def set_filters(self, aspect_id: str, team_id: object, owner_text: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
        self.aspect_id, self.team_id, self.owner_text, self.status = aspect_id, team_id, owner_text.casefold(), status
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, _source_parent: QModelIndex) -> bool:
        action = self.sourceModel().rows[source_row]
        return (
            (self.aspect_id == ALL or action.aspect_id == self.aspect_id)
            and (self.team_id == ALL or action.team_id == self.team_id)
            and (not self.owner_text or self.owner_text in action.owner.casefold())
            and (self.status == ALL or action.status == self.status)
        )


class _ActionDelegate(QStyledItemDelegate):
    """Editors for the status, target and due date columns; plain text for the rest."""

    def __init__(self, model: MaturityModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = COLUMNS[index.column()]
        if column == "Status":
            editor = QComboBox(parent)
            for status in ACTION_STATUSES:
                editor.addItem(status_text(status), status)
            return editor
        if column == "Target":
            editor = QComboBox(parent)
            editor.addItem("—", None)
            for level in self.model.levels:
                editor.addItem(level.name, level.id)
            return editor
        if column == "Due":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(date_format())
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            for row in range(editor.count()):
                if editor.itemData(row) == value:
                    editor.setCurrentIndex(row)
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value) if isinstance(value, date) else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toPython())
        else:
            super().setModelData(editor, model, index)


class ActionsTableView(QTableView):
    """The table of actions: F2 edits the current cell here (elsewhere in the window F2 renames a team)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_F2
            and not event.modifiers()
            and self.currentIndex().isValid()
            and self.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed
        ):
            event.accept()  # the key comes to the table, which opens the cell's editor
            return True
        return super().event(event)


class AllActionsView(QWidget):
    """Every action of the workshop in one sortable, filterable, editable table."""

    newRequested = Signal()
    editRequested = Signal(int)
    doneRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, model: MaturityModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.table_model = ActionsModel(model, self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = ActionsTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("All actions"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegate(_ActionDelegate(model, self.table))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Title"), QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self.aspect_filter = QComboBox()
        self.aspect_filter.setAccessibleName(self.tr("Filter by aspect"))
        self.aspect_filter.addItem(self.tr("All aspects"), ALL)
        for aspect in model.aspects:
            self.aspect_filter.addItem(aspect.name, aspect.id)
        self.team_filter = QComboBox()
        self.team_filter.setAccessibleName(self.tr("Filter by team"))
        self.owner_filter = QLineEdit()
        self.owner_filter.setPlaceholderText(self.tr("Owner contains…"))
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.owner_filter.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Any status"), ALL)
        for status in ACTION_STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.count_label.setWordWrap(True)  # two lines rather than a window wider than a 1024 px screen
        for combo in (self.aspect_filter, self.team_filter, self.status_filter):
            combo.setMinimumWidth(80)  # narrower than its longest choice when the window is: the text is elided
            combo.currentIndexChanged.connect(self._filter)
        self.owner_filter.textChanged.connect(self._filter)
        filters = QHBoxLayout()
        # Visible labels, each the buddy of its filter (letters the menu bar does not use).
        for text, field in (
            (self.tr("&Aspect"), self.aspect_filter),
            (self.tr("Tea&m"), self.team_filter),
            (self.tr("O&wner"), self.owner_filter),
            (self.tr("Stat&us"), self.status_filter),
        ):
            filters.addWidget(buddy_label(text, field))
            filters.addWidget(field)
        filters.addWidget(self.count_label, 1)

        self.new_button = QPushButton(self.tr("Add…"))
        self.new_button.clicked.connect(self.newRequested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_current(self.editRequested))
        self.done_button = QPushButton(self.tr("Done", "button: mark the action done"))
        self.done_button.clicked.connect(lambda: self._emit_current(self.doneRequested))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.deleteRequested))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_actions(self, actions: list[ActionView], teams: list[TeamView]) -> None:
        chosen_team = self.team_filter.currentData() if self.team_filter.count() else ALL
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), ALL)
        self.team_filter.addItem(self.tr("Whole organisation"), None)
        for team in teams:
            self.team_filter.addItem(team.name, team.id)
        index = next((i for i in range(self.team_filter.count()) if self.team_filter.itemData(i) == chosen_team), 0)
        self.team_filter.setCurrentIndex(index)
        self.team_filter.blockSignals(False)
        self.table_model.set_rows(actions, teams)
        self._filter()

    def show_buttons(self, shown: bool) -> None:
        """Presentation mode shows the room the table without its editing buttons."""
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            button.setVisible(shown)

    def set_editable(self, editable: bool) -> None:
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(editable)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.table_model.rows[self.proxy.mapToSource(index).row()].id

    def _emit_current(self, signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def _filter(self) -> None:
        self.proxy.set_filters(
            self.aspect_filter.currentData(),
            self.team_filter.currentData() if self.team_filter.count() else ALL,
            self.owner_filter.text(),
            self.status_filter.currentData(),
        )
        total = self.table_model.rowCount()
        shown = QLocale().toString(self.proxy.rowCount())
        self.count_label.setText(self.tr("{shown} of %n action(s)", "", total).format(shown=shown))
