"""The level detail panel: what a level means for the current aspect, to read aloud to the room."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.palette import level_colour
from pem_desktop.ui.theme import Theme, system_point_size


class LevelDetailPanel(QTextBrowser):
    """Shows one level of one aspect: label, meaning, characteristics and example scenarios.

    Each characteristic carries a "+ action" link that turns it into a draft action toward that level.
    Tab and Shift+Tab go from link to link (Enter follows one); while a link has the keyboard, the
    panel's accessible name says what it does ("+ action: add a draft action toward Scalable: …"), so a
    screen reader names each link.
    """

    draftActionRequested = Signal(int, str)  # level index, the characteristic's text

    def __init__(self, model: MaturityModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self.aspect: Aspect = model.aspects[0]
        self.level_index: int | None = None
        self.context = ""  # e.g. "Payments (late Operational) is heading toward Scalable"
        self.zoom = 1.0
        self.setOpenLinks(False)
        self.offer_actions = True
        self.anchorClicked.connect(self._link_clicked)
        self.highlighted.connect(self._link_highlighted)
        self.setAccessibleName(self.tr("Level detail"))
        self.setMinimumWidth(220)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._render()

    def set_zoom(self, zoom: float) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self._render()

    def show_level(self, aspect: Aspect, level_index: int | None, context: str = "") -> None:
        """Show a level of an aspect (None: the aspect and its levels); `context` says why this level."""
        if (aspect, level_index, context) == (self.aspect, self.level_index, self.context) and self.toPlainText():
            return
        self.aspect, self.level_index, self.context = aspect, level_index, context
        self._render()

    def _render(self) -> None:
        scale = self.theme.scale * self.zoom
        aspect = self.aspect
        if self.level_index is None:
            levels = "".join(
                f"<li><b>{escape(entry.level.name)}</b> — {escape(entry.label)}</li>" for entry in aspect.levels
            )
            hint = escape(self.tr("Point at a level, or select a team, to read that level here."))
            body = (
                f"<h2>{escape(aspect.name)}</h2><p><i>{escape(aspect.question)}</i></p>"
                f"<p>{escape(aspect.description or '')}</p><ul>{levels}</ul>"
                f"<p style='color:{self.theme.muted}'>{hint}</p>"
            )
        else:
            entry = aspect.levels[self.level_index]
            colour = level_colour(self.level_index, self.model.level_count)
            action = escape(self.tr("+ action")).replace(" ", "&nbsp;")
            link = "&nbsp;<a href='draft:{}' style='text-decoration:none; font-weight:600'>" + action + "</a>"
            characteristics = "".join(
                f"<li>{self._topic(topic.name) if topic else ''}{escape(item)}"
                f"{link.format(number) if self.offer_actions else ''}</li>"
                for number, (topic, item) in enumerate(entry.topical_characteristics)
            )
            scenarios = "".join(f"<li>{escape(item)}</li>" for item in entry.scenarios)
            context = f"<p><b>{escape(self.context)}</b></p>" if self.context else ""
            locale = QLocale()
            where = self.tr("{aspect} · Level {number} of {count}").format(
                aspect=aspect.name,
                number=locale.toString(self.level_index + 1),
                count=locale.toString(self.model.level_count),
            )
            title = self.tr("{level}: {label}").format(level=entry.level.name, label=entry.label)
            headings = escape(self.tr("Characteristics")), escape(self.tr("Example scenarios"))
            body = (
                f"<p style='color:{self.theme.muted}; font-weight:600'>{escape(where.upper())}</p>{context}"
                f"<h2><span style='color:{colour}'>■</span> {escape(title)}</h2>"
                f"<p>{escape(entry.meaning)}</p>"
                f"<h3>{headings[0]}</h3><ul>{characteristics}</ul>"
            )
            if scenarios:
                body += f"<h3>{headings[1]}</h3><ul>{scenarios}</ul>"
        size = system_point_size() * 1.1 * scale
        self.setHtml(f"<div style='font-size:{size:.1f}pt; line-height:130%; color:{self.theme.text}'>{body}</div>")

    def _topic(self, name: str) -> str:
        """A characteristic's topic before it, in bold ("<b>Funding:</b> ")."""
        topic = self.tr("{topic}:").format(topic=name)
        return f"<b>{escape(topic)}</b> "

    def _link_highlighted(self, url: QUrl) -> None:
        """A link got the keyboard (or lost it: an empty address): name the panel after what it does."""
        name = self.link_name(url.toString())
        self.setAccessibleName(name or self.tr("Level detail"))
        self.setAccessibleDescription(name)  # Orca 43 ignores a label's new name but says a new description

    def link_name(self, address: str) -> str:
        """What a "+ action" link does, in words ("" for anything else)."""
        if not address.startswith("draft:") or self.level_index is None:
            return ""
        entry = self.aspect.levels[self.level_index]
        number = int(address.split(":", 1)[1])
        if not 0 <= number < len(entry.characteristics):
            return ""
        return self.tr("+ action: add a draft action toward {level}: {characteristic}").format(
            level=entry.level.name, characteristic=entry.characteristics[number]
        )

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go from link to link, then on; the panel is named after the link reached."""
        moved = super().focusNextPrevChild(forward)
        address = self.textCursor().charFormat().anchorHref() if self.hasFocus() else ""
        self._link_highlighted(QUrl(address))
        return moved

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.setAccessibleName(self.tr("Level detail"))
        self.setAccessibleDescription("")

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("draft:") and self.level_index is not None:
            entry = self.aspect.levels[self.level_index]
            self.draftActionRequested.emit(self.level_index, entry.characteristics[int(text.split(":", 1)[1])])
