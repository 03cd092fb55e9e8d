"""Rotating backup copies of each workshop, in the user's data folder, made with SQLite's backup API."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pem_desktop.store.workshop_file import WorkshopFileError, backup_copy, inspect_workshop_file

KEEP = 20  # copies kept per workshop; the oldest go first
DATA_DIR_VARIABLE = "PEM_DESKTOP_DATA_DIR"
_STAMP = "%Y%m%d-%H%M%S-%f"
_STAMP_PATTERN = re.compile(r"(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{6})")


@dataclass(frozen=True)
class Backup:
    """One backup copy of a workshop."""

    path: Path
    made_at: datetime
    size: int


def data_folder() -> Path:
    """The app's own data folder (the demo workshop, backups); PEM_DESKTOP_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # imported when first needed: after the first paint

    return Path(user_data_dir("pem-desktop", appauthor=False))


def backup_folder(workshop_path: Path) -> Path:
    """Where the backups of one workshop file live: one folder per workshop, named after it."""
    resolved = str(Path(workshop_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "-", Path(workshop_path).stem, flags=re.UNICODE).strip("-.")[:40] or "workshop"
    return data_folder() / "backups" / f"{stem}-{digest}"


def list_backups(workshop_path: Path) -> list[Backup]:
    """The backups of a workshop, newest first."""
    folder = backup_folder(workshop_path)
    backups = []
    for path in folder.glob("*.pemw") if folder.is_dir() else ():
        try:
            made_at = _parse_stamp(path.stem)
            backups.append(Backup(path, made_at, path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(backups, key=lambda backup: backup.made_at, reverse=True)


def _parse_stamp(stem: str) -> datetime:
    """The time in a backup's name ("20261125-140509-123456"), without strptime (slow on first use)."""
    match = _STAMP_PATTERN.fullmatch(stem)
    if match is None:
        raise ValueError(f"not a backup name: {stem}")
    return datetime(*(int(part) for part in match.groups()))


def make_backup(workshop_path: Path, *, keep: int = KEEP) -> Backup:
    """Copy a workshop consistently into its backup folder and drop the oldest copies beyond `keep`."""
    folder = backup_folder(workshop_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        made_at = datetime.now()
        target = folder / f"{made_at.strftime(_STAMP)}.pemw"
        partial = target.with_suffix(".partial")
        backup_copy(Path(workshop_path), partial)
        os.replace(partial, target)
    except OSError as error:
        raise WorkshopFileError(f"could not write a backup to {folder}: {error.strerror or error}") from None
    except sqlite3.Error as error:  # the workshop file cannot be read (gone, say, with the stick it was on)
        partial.unlink(missing_ok=True)
        raise WorkshopFileError(f"could not read {Path(workshop_path).name} to back it up: {error}") from None
    for old in list_backups(workshop_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, made_at, target.stat().st_size)


def restore_backup(backup: Path, target: Path) -> Path:
    """Write a backup out as a new workshop file at `target` (which must not exist yet)."""
    if target.exists():
        raise WorkshopFileError(f"{target} already exists; choose another name for the restored workshop.")
    inspect_workshop_file(backup)
    partial = target.with_name(f".{target.name}.restoring")
    try:
        backup_copy(backup, partial)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise WorkshopFileError(f"cannot write {target}: {error.strerror or error}") from None
    except sqlite3.Error as error:  # the folder is read-only, the disk full...
        partial.unlink(missing_ok=True)
        raise WorkshopFileError(f"cannot write {target}: {error}") from None
    return target
