"""What "every control is named" means, as a check any window or dialog can be put through: walk the
tree Qt gives assistive technology (QAccessible interfaces, as a screen reader reads them) and list
every visible interactive control that has no name, is named only by its value, or shares its role and
name with another control of the same window.

`exercise_modal_dialogs(window, trigger)` runs `trigger()` and, whenever a modal dialog opens (ours,
or Qt's message and input boxes), hands it to `check` and closes it, so every dialog a menu opens is
checked, those other engineers add too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QColorDialog, QDialog, QFileDialog, QWidget

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Dial,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTabList,
    Role.PageTab,
    Role.Link,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ButtonDropGrid,
    Role.ColumnHeader,
}
VALUED = {Role.ComboBox, Role.EditableText, Role.SpinBox}
LEAVES = {Role.List, Role.Table, Role.Tree}  # their rows and cells are named by their content


def interactive_controls(root: QWidget) -> list[tuple[Role, str, str, str]]:
    """(role, name, value, where) of every visible interactive control under `root`, as Qt exposes them;
    a control labelled by a buddy label is named by that label, as a screen reader names it."""
    found: list[tuple[Role, str, str, str]] = []

    def walk(interface, depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 40:
            return
        if interface.state().invisible:
            return
        role = interface.role()
        if role in INTERACTIVE:
            where = type(interface.object()).__name__ if interface.object() is not None else "?"
            name = interface.text(QAccessible.Text.Name).strip()
            labels = interface.relations(QAccessible.RelationFlag.Label)
            if labels:  # labelled by its buddy (on Linux a combo box's name is its value; its label is this)
                name = " ".join(label.text(QAccessible.Text.Name).strip() for label, _relation in labels)
            found.append((role, name, interface.text(QAccessible.Text.Value), where))
        if role in LEAVES:
            return
        for index in range(interface.childCount()):
            walk(interface.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), 0)
    return found


def naming_problems(root: QWidget) -> list[str]:
    """Unnamed controls, controls named by their value, and two controls of one role with one name."""
    problems, seen = [], {}
    for role, name, value, where in interactive_controls(root):
        if not name:
            problems.append(f"{role.name} ({where}) has no name")
        elif role in VALUED and value and name == value.strip():
            problems.append(f"{role.name} ({where}) is named only by its value {value!r}")
        elif role not in (Role.PageTab, Role.ColumnHeader):
            if (role, name) in seen:
                problems.append(f"two {role.name}s named {name!r} ({seen[role, name]}, {where})")
            seen[role, name] = where
    return problems


def exercise_modal_dialogs(trigger: Callable[[], None], check: Callable[[QDialog], None]) -> list[str]:
    """Run `trigger`; each modal dialog it opens is checked with `check`, then rejected. Returns the
    window titles of the dialogs seen (Qt's file and colour dialogs are closed unchecked)."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and not dialog.property("pemChecked"):
            dialog.setProperty("pemChecked", True)
            seen.append(dialog.windowTitle())
            if not isinstance(dialog, (QFileDialog, QColorDialog)):
                check(dialog)
            dialog.reject()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(poll)
    timer.start()
    try:
        trigger()
    finally:
        timer.stop()
    return seen
