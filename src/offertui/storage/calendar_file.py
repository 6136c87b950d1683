"""Writing a calendar file where the user asks: only over a regular file or a new name.

The write itself is the brief's (`storage.export`: atomic, private). Before it, a
target that is a device, a FIFO, a folder or a symbolic link is refused, so an export
never turns `/dev/null` into a file or writes through a link to somewhere else.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from offertui.storage.export import ExportError, write_export

__all__ = ["check_target", "write_user_file"]


def check_target(path: Path) -> None:
    """Raise ExportError unless `path` is a regular file or does not exist yet."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    if stat.S_ISLNK(mode):
        raise ExportError(f"{path} is a symbolic link; give the path of the file itself")
    if stat.S_ISDIR(mode):
        raise ExportError(f"{path} is a folder; give a file name, like {path / 'offers.ics'}")
    if not stat.S_ISREG(mode):
        raise ExportError(f"{path} is not a regular file (a device or a pipe); not written")


def write_user_file(path: Path, text: str) -> Path:
    """Write `text` to `path` atomically after `check_target`; the absolute path."""
    path = path.absolute()
    check_target(path)
    return write_export(path, text)
