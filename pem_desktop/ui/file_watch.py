"""Watch a workshop open read-only, so its window follows the changes the window holding the lock makes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300  # a change is a burst of writes (the journal, the file): wait for it to settle
POLL_MS = 2000  # also look now and then: some file systems (network shares) send no notifications


class WorkshopFileWatcher(QObject):
    """Emits `changed` shortly after the file (or its journal, beside it) was written by another program."""

    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._stamp = self._read_stamp()
        self._watcher = QFileSystemWatcher(self)
        self._watch()
        self._watcher.fileChanged.connect(self._noticed)
        self._watcher.directoryChanged.connect(self._noticed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._poll.start()

    def _watch(self) -> None:
        for target in (self.path, self.path.parent):
            if target.exists() and str(target) not in self._watcher.files() + self._watcher.directories():
                self._watcher.addPath(str(target))

    def _noticed(self, _path: str) -> None:
        self._settle.start()

    def _read_stamp(self) -> tuple[int, int] | None:
        try:
            status = os.stat(self.path)
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    def _check(self) -> None:
        self._watch()  # a file replaced by a rename is no longer watched under its name
        if self.path.with_name(self.path.name + "-journal").exists():
            self._settle.start()  # a change is being written: look again when it is done
            return
        stamp = self._read_stamp()
        if stamp != self._stamp and stamp is not None:
            self._stamp = stamp
            self.changed.emit()
