"""The level detail panel: what a level means for the current aspect, to read aloud to the room."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.palette import level_colour
from pem_desktop.ui.theme import Theme


class LevelDetailPanel(QTextBrowser):
    """Shows one level of one aspect: label, meaning, characteristics and example scenarios.

    Each characteristic carries a "+ action" link that turns it into a draft action toward that level.
    """

    draftActionRequested = Signal(int, str)  # level index, the characteristic's text

    def __init__(self, model: MaturityModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self.aspect: Aspect = model.aspects[0]
        self.level_index: int | None = None
        self.setOpenLinks(False)
        self.offer_actions = True
        self.anchorClicked.connect(self._link_clicked)
        self.setAccessibleName("Level detail")
        self.setMinimumWidth(280)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._render()

    def show_level(self, aspect: Aspect, level_index: int | None) -> None:
        if aspect is self.aspect and level_index == self.level_index and self.toPlainText():
            return
        self.aspect, self.level_index = aspect, level_index
        self._render()

    def _render(self) -> None:
        scale = self.theme.scale
        aspect = self.aspect
        if self.level_index is None:
            levels = "".join(
                f"<li><b>{escape(entry.level.name)}</b> — {escape(entry.label)}</li>" for entry in aspect.levels
            )
            body = (
                f"<h2>{escape(aspect.name)}</h2><p><i>{escape(aspect.question)}</i></p>"
                f"<p>{escape(aspect.description or '')}</p><ul>{levels}</ul>"
                f"<p style='color:{self.theme.muted}'>Point at a level, or select a team, to read that level here.</p>"
            )
        else:
            entry = aspect.levels[self.level_index]
            colour = level_colour(self.level_index, self.model.level_count)
            link = "&nbsp;<a href='draft:{}' style='text-decoration:none; font-weight:600'>+&nbsp;action</a>"
            characteristics = "".join(
                f"<li>{f'<b>{escape(topic.name)}:</b> ' if topic else ''}{escape(item)}"
                f"{link.format(number) if self.offer_actions else ''}</li>"
                for number, (topic, item) in enumerate(entry.topical_characteristics)
            )
            scenarios = "".join(f"<li>{escape(item)}</li>" for item in entry.scenarios)
            body = (
                f"<p style='color:{self.theme.muted}; font-weight:600'>{escape(aspect.name).upper()} · LEVEL "
                f"{self.level_index + 1} OF {self.model.level_count}</p>"
                f"<h2><span style='color:{colour}'>■</span> {escape(entry.level.name)}: {escape(entry.label)}</h2>"
                f"<p>{escape(entry.meaning)}</p>"
                f"<h3>Characteristics</h3><ul>{characteristics}</ul>"
            )
            if scenarios:
                body += f"<h3>Example scenarios</h3><ul>{scenarios}</ul>"
        self.setHtml(
            f"<div style='font-size:{11.5 * scale:.1f}pt; line-height:130%; color:{self.theme.text}'>{body}</div>"
        )

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("draft:") and self.level_index is not None:
            entry = self.aspect.levels[self.level_index]
            self.draftActionRequested.emit(self.level_index, entry.characteristics[int(text.split(":", 1)[1])])
