"""Writing an export safely: into a temporary file next to the target, renamed over it when complete.

Only a regular file is ever replaced: a target that is a folder, a device, a FIFO or a socket is refused
(renaming over a device node would replace it with a regular file). A symbolic link is followed, so the
export lands where the link points, and the link stays a link.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """An export could not be written; the message is one line meant for the user."""


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then move the result to `path`; a failure leaves `path` untouched."""
    target = _regular_target(Path(path))
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_PARTIAL, dir=folder)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        _keep_permissions(partial, target)
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return target


def _regular_target(target: Path) -> Path:
    """The file an export to `target` writes: `target` itself, or where it links to; never a special file."""
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device, pipe or socket, not a regular file"
        raise ExportError(f"cannot write {target}: it is {kind}; choose a file name")
    return target


def partial_files(path: str | Path) -> list[Path]:
    """The temporary files an export to `path` is writing, or left behind when its process was killed."""
    target = Path(path)
    return list(target.parent.glob(f".{glob.escape(target.name)}.*{_PARTIAL}"))


_PARTIAL = ".part"


def _keep_permissions(partial: Path, target: Path) -> None:
    """mkstemp makes a private file; give the export the mode a normally created file would get."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(partial, mode)
