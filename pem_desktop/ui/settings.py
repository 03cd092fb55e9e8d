"""What the app remembers between runs (QSettings): recent workshops, window, theme, interface language,
last aspect.

Everything written is bounded (a workshop's title can come from a stranger's file), and a stored value
too large to be one of ours is dropped when read, so the settings can never make the app slow to start.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from pem_desktop.languages import LANGUAGES

MAX_RECENT = 12
MAX_SHOWN_TEXT = 200  # characters of a title or an organisation kept for the start screen
MAX_PATH = 4096
MAX_RECENT_JSON = MAX_RECENT * 2 * (MAX_PATH + 3 * MAX_SHOWN_TEXT + 200)  # anything larger is not ours


def default_page_size() -> str:
    """US Letter where the locale measures in inches (the US), A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


@dataclass(frozen=True)
class RecentWorkshop:
    """A workshop opened before, with what the start screen shows about it."""

    path: str
    title: str
    organisation: str = ""
    workshop_date: str = ""
    last_opened: str = ""

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()


class AppSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings()

    def recent(self) -> list[RecentWorkshop]:
        raw = self._settings.value("recent", "[]")
        if not isinstance(raw, str) or len(raw) > MAX_RECENT_JSON:
            self._settings.remove("recent")  # not written by this app: start afresh
            return []
        try:
            items = json.loads(raw)
        except (ValueError, RecursionError):
            return []
        recent = []
        for item in items[:MAX_RECENT] if isinstance(items, list) else ():
            if isinstance(item, dict) and isinstance(item.get("path"), str) and len(item["path"]) <= MAX_PATH:
                fields = {
                    key: _bounded(item.get(key)) for key in ("title", "organisation", "workshop_date", "last_opened")
                }
                recent.append(RecentWorkshop(path=item["path"], **fields))
        return recent

    def remember(self, path: Path, title: str, organisation: str, workshop_date: str) -> None:
        resolved = str(path.resolve())
        if len(resolved) > MAX_PATH:
            return
        entry = RecentWorkshop(
            path=resolved,
            title=_bounded(title),
            organisation=_bounded(organisation),
            workshop_date=_bounded(workshop_date),
            last_opened=datetime.now().isoformat(timespec="minutes"),
        )
        items = [entry] + [item for item in self.recent() if item.path != entry.path]
        self._write_recent(items[:MAX_RECENT])

    def forget(self, path: str) -> None:
        self._write_recent([item for item in self.recent() if item.path != path])

    def _write_recent(self, items: list[RecentWorkshop]) -> None:
        self._settings.setValue("recent", json.dumps([asdict(item) for item in items]))

    @property
    def theme(self) -> str:
        value = self._settings.value("theme", "light")
        return value if value in ("light", "dark") else "light"

    @theme.setter
    def theme(self, name: str) -> None:
        self._settings.setValue("theme", name)

    @property
    def interface_language(self) -> str:
        """The language chosen in View > Language, or "" to follow the system's."""
        value = self._settings.value("interfaceLanguage", "")
        return value if isinstance(value, str) and value in LANGUAGES else ""

    @interface_language.setter
    def interface_language(self, code: str) -> None:
        self._settings.setValue("interfaceLanguage", code if code in LANGUAGES else "")

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def zoom(self, screen: str) -> float:
        """The board's zoom on one screen (the projector's may differ from the laptop's); 1.0 if none."""
        try:
            value = float(self._settings.value(f"zoom/{_key_text(screen)}", 1.0))
        except (TypeError, ValueError):
            return 1.0
        return min(max(value, 0.5), 3.0) if value == value else 1.0

    def set_zoom(self, screen: str, zoom: float) -> None:
        self._settings.setValue(f"zoom/{_key_text(screen)}", round(min(max(zoom, 0.5), 3.0), 2))

    def last_aspect(self, path: Path) -> str | None:
        value = self._settings.value(f"lastAspect/{_key(path)}")
        return value if isinstance(value, str) else None

    def set_last_aspect(self, path: Path, aspect_id: str) -> None:
        if len(aspect_id) <= MAX_SHOWN_TEXT:
            self._settings.setValue(f"lastAspect/{_key(path)}", aspect_id)

    def export_folder(self) -> Path | None:
        """The folder of the last export, if it is still there."""
        value = self._settings.value("exportFolder")
        return Path(value) if isinstance(value, str) and Path(value).is_dir() else None

    def set_export_folder(self, folder: Path) -> None:
        if len(str(folder)) <= MAX_PATH:
            self._settings.setValue("exportFolder", str(folder))

    def sync(self) -> None:
        self._settings.sync()


def _bounded(value: object) -> str:
    """Text for the settings: at most MAX_SHOWN_TEXT characters, on one line."""
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())
    return text if len(text) <= MAX_SHOWN_TEXT else text[: MAX_SHOWN_TEXT - 1] + "…"


def _key(path: Path) -> str:
    return _key_text(str(path.resolve()))


def _key_text(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
