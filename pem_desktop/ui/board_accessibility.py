"""The board as assistive technology sees it: a child per level column, team card, disagreement band,
extra layer's node and the tray, with names and states, focus that follows the selected card, and a
move said once with the new position.

Why it is built this way. A QGraphicsScene has no accessible children of its own, so the board view
gets an interface of ours (a QAccessibleWidget subclass, returned by a factory installed with
QAccessible.installFactory). Every child is tied to a small QObject, a BoardNode, kept per stable key
(("card", team id), ("column", index), ("band", disagreement id), ("tray",), ("layer", layer, key)):
Qt's accessibility cache then deletes a child's interface when its node goes, exactly as it does for
widgets. (An interface with no QObject would have two owners, Python's garbage collector and Qt's
cache, and a screen reader asking for it after Python let go of it would crash the app.) The factory
keeps a reference to every interface it made, so Python never deletes one under Qt. The children read
their text from the scene when asked, so they are never stale; after each relayout the board compares
what it last told assistive technology and sends only what changed.

What a screen reader hears:

- a card: "Payments, late Operational, 1.9 of 4" (", disputed" when an open disagreement is recorded
  on it), its description the argued positions and the team's actions on the aspect; focused and
  selected states follow the selection; on a move its name changes once (one utterance), or, when the
  moved card is not the one with the focus (Ctrl+Z, another window), one announcement;
- a level column: "Operational: Extrinsic push", described by its meaning and the teams in it
  (Left / Right reach it when no card is selected);
- a disagreement band: its topic and who argues which position; the tray: the teams not yet placed
  (its children are their cards).

Extra layers (ContinuumLayer) list what they show with `accessible_nodes()`: each AccessibleNode becomes
a child of the board, after the cards and bands.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget

from pem_desktop.ui.announce import announce
from pem_desktop.wording import sentence_end

if TYPE_CHECKING:
    from pem_desktop.ui.board import BoardScene, BoardView


@dataclass(frozen=True)
class AccessibleNode:
    """One thing an extra layer shows, as assistive technology should know it.

    `key` stays the same while the thing is shown (e.g. ("target", team_id)), so a screen reader keeps
    its place across redraws; `name` is what is said first ("Target for Payments: Scalable"),
    `description` the rest; `rect` is where it is drawn, in scene coordinates; `role` a QAccessible.Role.
    """

    key: Hashable
    name: str
    description: str = ""
    rect: QRectF | None = None
    role: QAccessible.Role = QAccessible.Role.StaticText
    focusable: bool = False


def position_in_numbers(position: float, level_count: int) -> str:
    """ "1.9 of 4": a position in level units, and the end of the continuum."""
    locale = QLocale()
    return QCoreApplication.translate("BoardAccessibility", "{position} of {count}").format(
        position=locale.toString(round(position, 2), "g", 3), count=locale.toString(level_count)
    )


def spoken_position(board: BoardScene, position: float | None) -> str:
    """ "late Operational, 1.9 of 4", or "not placed"."""
    if position is None:
        return QCoreApplication.translate("BoardAccessibility", "not placed on {aspect}").format(
            aspect=board.aspect.name
        )
    return QCoreApplication.translate("BoardAccessibility", "{position}, {numbers}").format(
        position=board.model.describe_position(position),
        numbers=position_in_numbers(position, board.model.level_count),
    )


class BoardNode(QObject):
    """The QObject behind one accessible child of the board (see the module docstring)."""

    def __init__(self, owner: BoardAccessibility, key: Hashable):
        super().__init__(owner)
        self.owner = owner
        self.key = key
        self.layer_node: AccessibleNode | None = None  # for a layer's node: what the layer said


class BoardAccessibility(QObject):
    """Keeps the board's accessible children in step with the scene and sends what changed."""

    def __init__(self, view: BoardView):
        super().__init__(view)
        install_factory()
        self.view = view
        self.scene = view.board
        self.nodes: dict[Hashable, BoardNode] = {}
        self.board_keys: list[Hashable] = []  # the board's children, in order
        self.tray_keys: list[Hashable] = []  # the tray's children: the cards not yet placed
        self._said: dict[Hashable, tuple[str, str]] = {}  # what each child's name and description were
        self._positions: dict[int, float | None] = {}
        self._aspect_id = ""
        self._focus_key: Hashable | None = None
        self._focus_timer = QTimer(self)
        self._focus_timer.setSingleShot(True)
        self._focus_timer.setInterval(0)  # a reselection (clear, then select) settles before it is told
        self._focus_timer.timeout.connect(self._sync_focus)
        self.scene.laidOut.connect(self.refresh)
        self.scene.cardSelected.connect(self._selection_changed)

    # -- what is on the board ------------------------------------------------------------------

    def refresh(self) -> None:
        """After a relayout: the children as they are now; tell what appeared, went or changed."""
        scene = self.scene
        cards = scene.ordered_cards()
        placed = [("card", card.team.id) for card in cards if card.position is not None]
        self.tray_keys = [("card", card.team.id) for card in cards if card.position is None]
        layer_keys: list[Hashable] = []
        for number, layer in enumerate(scene.layers):
            for node in layer.accessible_nodes():
                key = ("layer", number, node.key)
                layer_keys.append(key)
                self._node(key).layer_node = node
        self.board_keys = (
            [("column", column.index) for column in scene.columns]
            + placed
            + [("band", band.view.id) for band in scene.bands if band.isVisible()]
            + layer_keys
            + [("tray",)]
        )
        wanted = set(self.board_keys) | set(self.tray_keys)
        for key in [key for key in self.nodes if key not in wanted]:
            node = self.nodes.pop(key)
            self._said.pop(key, None)
            self._send(QAccessibleEvent(node, QAccessible.Event.ObjectHide))
            node.deleteLater()
        aspect_changed = scene.aspect.id != self._aspect_id
        moved = [
            team_id
            for team_id, card in scene.cards.items()
            if not aspect_changed and team_id in self._positions and self._positions[team_id] != card.position
        ]
        self._aspect_id = scene.aspect.id
        self._positions = {team_id: card.position for team_id, card in scene.cards.items()}
        focus = self.focus_key()
        for key in self.board_keys + self.tray_keys:
            node = self._node(key)
            said = self.describe(key)
            before = self._said.get(key)
            self._said[key] = said
            if before is None:
                self._send(QAccessibleEvent(node, QAccessible.Event.ObjectShow))
                continue
            if said[0] != before[0]:
                self._send(QAccessibleEvent(node, QAccessible.Event.NameChanged))
            if said[1] != before[1]:
                self._send(QAccessibleEvent(node, QAccessible.Event.DescriptionChanged))
        for team_id in moved:
            if ("card", team_id) != focus or not self.view.hasFocus():
                # The card with the focus says its new place by its name; any other is announced.
                card = scene.cards[team_id]
                self.announce(
                    self.tr("{team} moved: {position}").format(
                        team=card.team.name, position=spoken_position(scene, card.position)
                    )
                )

    def _node(self, key: Hashable) -> BoardNode:
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = BoardNode(self, key)
        return node

    def interface(self, key: Hashable):
        """The accessible interface of one child, or None if it is not on the board."""
        node = self.nodes.get(key)
        return None if node is None else QAccessible.queryAccessibleInterface(node)

    def item(self, key: Hashable):
        """The scene item a key stands for, or None."""
        scene, kind = self.scene, key[0]
        if kind == "card":
            return scene.cards.get(key[1])
        if kind == "column":
            return scene.columns[key[1]] if key[1] < len(scene.columns) else None
        if kind == "band":
            return next((band for band in scene.bands if band.view.id == key[1]), None)
        if kind == "tray":
            return scene._tray
        return None

    def exists(self, key: Hashable) -> bool:
        return key in self.nodes and (key[0] == "layer" or self.item(key) is not None)

    # -- words ---------------------------------------------------------------------------------

    def board_name(self) -> str:
        return self.tr("Board: {aspect}").format(aspect=self.scene.aspect.name)

    def board_description(self) -> str:
        scene = self.scene
        placed = sum(1 for card in scene.cards.values() if card.position is not None)
        counts = self.tr("{placed} of %n team(s) placed on {aspect}.", "", len(scene.cards)).format(
            placed=QLocale().toString(placed), aspect=scene.aspect.name
        )
        keys = self.tr(
            "Tab goes through the teams; Left and Right move the selected team (with Shift, a whole level); "
            "Escape clears the selection, then Left and Right go through the levels."
        )
        return f"{counts} {keys}"

    def describe(self, key: Hashable) -> tuple[str, str]:
        """The name and the description of one child."""
        kind = key[0]
        if kind == "card":
            return self._describe_card(key[1])
        if kind == "column":
            return self._describe_column(key[1])
        if kind == "band":
            return self._describe_band(self.item(key))
        if kind == "tray":
            names = [self.scene.cards[k[1]].team.name for k in self.tray_keys]
            aspect = self.scene.aspect.name
            if not names:
                return self.tr("Every team is placed on {aspect}").format(aspect=aspect), ""
            name = self.tr("Not yet placed on {aspect}: %n team(s)", "", len(names)).format(aspect=aspect)
            return name, QLocale().createSeparatedList(names)
        node = self.nodes[key].layer_node
        return (node.name, node.description) if node else ("", "")

    def _describe_card(self, team_id: int) -> tuple[str, str]:
        scene = self.scene
        card = scene.cards.get(team_id)
        if card is None:
            return "", ""
        band = next((b for b in scene.bands if b.team is not None and b.team.id == team_id), None)
        spoken = spoken_position(scene, card.position)
        if band is None:
            name = self.tr("{team}, {position}").format(team=card.team.name, position=spoken)
        else:
            name = self.tr("{team}, {position}, disputed").format(team=card.team.name, position=spoken)
        parts = []
        if band is not None and band.view.topic:
            parts.append(
                self.tr("Disputed ({topic}): {viewpoints}. Enter edits the disagreement.").format(
                    topic=band.view.topic, viewpoints=self._argued(band)
                )
            )
        elif band is not None:
            parts.append(
                self.tr("Disputed: {viewpoints}. Enter edits the disagreement.").format(viewpoints=self._argued(band))
            )
        actions = scene.action_counts.get(team_id, 0)
        if actions:
            parts.append(self.tr("%n action(s) on {aspect}.", "", actions).format(aspect=scene.aspect.name))
        else:
            parts.append(self.tr("No actions yet."))
        return name, " ".join(parts)

    def _describe_column(self, index: int) -> tuple[str, str]:
        scene = self.scene
        entry = scene.aspect.levels[index]
        here = [
            self.tr("{team} ({position})").format(
                team=card.team.name, position=scene.model.describe_position(card.position)
            )
            for card in scene.ordered_cards()
            if card.position is not None and scene.model.standing(card.position).level.index == index
        ]
        locale = QLocale()
        if here:
            teams = self.tr("Here: {teams}.").format(teams=locale.createSeparatedList(here))
        else:
            teams = self.tr("No team here.")
        level = self.tr("Level {number} of {count}.").format(
            number=locale.toString(index + 1), count=locale.toString(scene.model.level_count)
        )
        return (
            self.tr("{level}: {label}").format(level=entry.level.name, label=entry.label),
            f"{level} {entry.summary}{sentence_end(entry.summary)} {teams}",
        )

    def _describe_band(self, band) -> tuple[str, str]:
        if band is None:
            return "", ""
        topic = band.view.topic or self.tr("no topic")
        if band.team is None:
            name = self.tr("Disagreement on the whole organisation: {topic}").format(topic=topic)
        else:
            name = self.tr("Disagreement on {team}: {topic}").format(team=band.team.name, topic=topic)
        return name, self._argued(band)

    def _argued(self, band) -> str:
        points = []
        for point in band.view.viewpoints:
            words = spoken_position(self.scene, point.position)
            holder = point.holder or self.tr("someone")
            if point.reason:
                said = self.tr("{holder} argues {position} because {reason}")
            else:
                said = self.tr("{holder} argues {position}")
            points.append(said.format(holder=holder, position=words, reason=point.reason))
        return "; ".join(points)

    # -- focus ---------------------------------------------------------------------------------

    def focus_key(self) -> Hashable | None:
        """The child the keyboard is on: the selected card, else the focused level column."""
        team_id = self.scene.selected_team_id()
        if team_id is not None:
            return ("card", team_id)
        if self.scene.focused_level is not None:
            return ("column", self.scene.focused_level)
        return None

    def _selection_changed(self, _team_id: int) -> None:
        self._focus_timer.start()

    def level_focus_changed(self) -> None:
        self._focus_timer.start()

    def focus_entered(self) -> None:
        """The view got the keyboard: tell where on the board it is (after Qt told about the view)."""
        self._focus_key = None
        self._focus_timer.start()

    def _sync_focus(self) -> None:
        key = self.focus_key()
        if key == self._focus_key or not self.view.hasFocus():
            if not self.view.hasFocus():
                self._focus_key = None
            return
        self._focus_key = key
        if key is None or key not in self.nodes:
            return
        self._send(QAccessibleEvent(self.nodes[key], QAccessible.Event.Focus))

    # -- sending -------------------------------------------------------------------------------

    def announce(self, text: str) -> None:
        """Say something once, politely, as from the board."""
        announce(self.view, text)

    def _send(self, event: QAccessibleEvent) -> None:
        QAccessible.updateAccessibility(event)


# -- interfaces -------------------------------------------------------------------------------


def _global_rect(view: BoardView, scene_rect: QRectF) -> QRect:
    """A scene rectangle on the screen, as assistive technology wants it."""
    rect = view.mapFromScene(scene_rect).boundingRect()
    top_left = view.viewport().mapToGlobal(rect.topLeft())
    return QRect(top_left, rect.size())


def _child_at(owner: BoardAccessibility, keys: list[Hashable], x: int, y: int):
    point = QPoint(x, y)
    for key in reversed(keys):  # cards and bands are drawn over the columns
        interface = owner.interface(key)
        if interface is not None and key[0] != "column" and interface.rect().contains(point):
            return interface
    for key in keys:
        interface = owner.interface(key)
        if interface is not None and interface.rect().contains(point):
            return interface
    return None


class BoardViewAccessible(QAccessibleWidget):
    """The board view: named after its aspect, its children the board's columns, cards, bands, layers, tray."""

    def __init__(self, view: BoardView):
        super().__init__(view, QAccessible.Role.Pane, QCoreApplication.translate("BoardView", "Board"))
        self.view = view

    @property
    def owner(self) -> BoardAccessibility:
        return self.view.accessibility

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.owner.board_name()
        if kind == QAccessible.Text.Description:
            return self.owner.board_description()
        return super().text(kind)

    def childCount(self) -> int:
        return len(self.owner.board_keys)

    def child(self, index: int):
        keys = self.owner.board_keys
        return self.owner.interface(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child) -> int:
        node = child.object() if child is not None else None
        keys = self.owner.board_keys
        return keys.index(node.key) if isinstance(node, BoardNode) and node.key in keys else -1

    def childAt(self, x: int, y: int):
        return _child_at(self.owner, self.owner.board_keys, x, y)

    def focusChild(self):
        key = self.owner.focus_key()
        return self.owner.interface(key) if key is not None and self.view.hasFocus() else None


_ROLES = {
    "card": QAccessible.Role.Button,
    "column": QAccessible.Role.ColumnHeader,
    "band": QAccessible.Role.Grouping,
    "tray": QAccessible.Role.Grouping,
}


class BoardNodeAccessible(QAccessibleObject):
    """One child of the board; everything it says is read from the scene when asked."""

    def __init__(self, node: BoardNode):
        super().__init__(node)
        self.node = node

    @property
    def owner(self) -> BoardAccessibility:
        return self.node.owner

    def isValid(self) -> bool:
        try:
            return self.owner.exists(self.node.key)
        except RuntimeError:  # the node's QObject is going
            return False

    def role(self) -> QAccessible.Role:
        key = self.node.key
        if key[0] == "layer":
            return self.node.layer_node.role if self.node.layer_node else QAccessible.Role.StaticText
        return _ROLES[key[0]]

    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        name, description = self.owner.describe(self.node.key)
        if kind == QAccessible.Text.Name:
            return name
        if kind == QAccessible.Text.Description:
            return description
        return ""

    def setText(self, _kind, _text) -> None:
        """Read-only: the board changes through its own gestures and keys."""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        owner, key = self.owner, self.node.key
        if not self.isValid():
            state.invisible = True
            return state
        focused = owner.view.hasFocus() and owner.focus_key() == key
        if key[0] == "card":
            card = owner.item(key)
            state.focusable = state.selectable = True
            state.selected = card.isSelected()
            state.movable = not owner.scene.read_only
        elif key[0] == "column":
            state.focusable = True
        elif key[0] == "layer" and self.node.layer_node is not None:
            state.focusable = self.node.layer_node.focusable
        state.focused = focused
        state.readOnly = owner.scene.read_only
        return state

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        key = self.node.key
        if key[0] == "layer":
            scene_rect = self.node.layer_node.rect if self.node.layer_node else None
            return QRect() if scene_rect is None else _global_rect(self.owner.view, scene_rect)
        item = self.owner.item(key)
        return _global_rect(self.owner.view, item.sceneBoundingRect())

    def parent(self):
        owner = self.owner
        if self.node.key in owner.tray_keys:
            return owner.interface(("tray",))
        return QAccessible.queryAccessibleInterface(owner.view)

    def childCount(self) -> int:
        return len(self.owner.tray_keys) if self.node.key == ("tray",) else 0

    def child(self, index: int):
        keys = self.owner.tray_keys if self.node.key == ("tray",) else []
        return self.owner.interface(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child) -> int:
        node = child.object() if child is not None else None
        keys = self.owner.tray_keys if self.node.key == ("tray",) else []
        return keys.index(node.key) if isinstance(node, BoardNode) and node.key in keys else -1

    def childAt(self, x: int, y: int):
        return _child_at(self.owner, self.owner.tray_keys, x, y) if self.node.key == ("tray",) else None

    def focusChild(self):
        return None

    def window(self):
        return self.owner.view.window().windowHandle()


def _factory(class_name: str, obj: QObject):
    if class_name == "BoardView":
        return BoardViewAccessible(obj)
    if class_name == "BoardNode":
        return BoardNodeAccessible(obj)
    return None


_factory_installed = False


def install_factory() -> None:
    """Let Qt ask us for the board's interfaces (once per process)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
