"""Reading a file a stranger may have sent: only a regular file, and never more than a limit.

Opening a FIFO for reading would wait for a writer for ever, and a device such as /dev/zero never ends;
so the file is opened without blocking, refused unless it is a regular file, and read up to one byte
past the limit, whatever its size claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnreadableFileError(Exception):
    """The file cannot or must not be read; the message completes "cannot read FILE: ..."."""


class TooLargeError(UnreadableFileError):
    """The file holds more than the limit."""


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them (else TooLargeError)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise UnreadableFileError(str(error.strerror or error)) from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise UnreadableFileError("it is not a regular file (but a folder, a device or a pipe)")
    with os.fdopen(descriptor, "rb") as stream:
        try:
            raw = stream.read(limit + 1)
        except OSError as error:
            raise UnreadableFileError(str(error.strerror or error)) from None
    if len(raw) > limit:
        raise TooLargeError(f"it is larger than {limit:,} bytes")
    return raw
