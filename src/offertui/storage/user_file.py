"""Writing a file the user names (an exported brief, an email draft): only where asked.

The path is the user's, so it is checked before anything is written: a new name or an
existing regular file is written (atomically, and private: it may hold a salary);
a folder, device, FIFO or socket is refused, and so is a symbolic link unless the
caller says the user asked to write through it. Every refusal and failure is a
`UserFileError` with one line for the user.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from offertui.storage.files import atomic_write, link_target
from offertui.storage.offer_read import kind_of

__all__ = ["UserFileError", "write_user_file"]


class UserFileError(Exception):
    """The file was not written; the message says why, for the user."""


def write_user_file(
    path: Path, data: bytes, *, replace: bool = True, through_link: bool = False
) -> Path:
    """Write `data` to `path` (made absolute) and return that path.

    Without `replace`, an existing file raises FileExistsError so the caller can ask
    first. A symbolic link is written through (its target replaced, the link kept) only
    with `through_link`.
    """
    path = path.absolute()
    st = _stat(path, os.lstat)
    if st is not None and stat.S_ISLNK(st.st_mode):
        target = link_target(path)
        if not through_link:
            raise UserFileError(
                f"{path} is a symbolic link (to {target}); give the file's own path to write there"
            )
        path = target
        st = _stat(path, os.stat)
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise UserFileError(f"{path} is a folder; add the file's name to it")
        if not stat.S_ISREG(st.st_mode):
            raise UserFileError(
                f"{path} is {kind_of(st.st_mode)}, not a regular file; nothing was written"
            )
        if not replace:
            raise FileExistsError(path)
    if not path.parent.is_dir():
        raise UserFileError(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        atomic_write(path, data, exclusive=not replace)
    except FileExistsError:
        raise
    except OSError as error:
        raise UserFileError(f"cannot write {path}: {error.strerror or error}") from None
    return path


def _stat(path: Path, how: Callable[[Path], os.stat_result]) -> os.stat_result | None:
    """What is at `path` (None for nothing), or UserFileError saying why we cannot tell."""
    try:
        return how(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise UserFileError(f"cannot write {path}: {error.strerror or error}") from None
