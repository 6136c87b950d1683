"""Crash-safe file writes and private folders.

A write goes to a temporary file in the same folder, is flushed to disk, then renamed
over the old file, and the folder itself is flushed: a kill or power cut at any moment
leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

# Salaries and notes are private: only the user may read them.
FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) if needed, readable by the user alone."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if path.stat().st_mode & 0o777 != DIR_MODE:
        path.chmod(DIR_MODE)


def _fsync_dir(folder: Path) -> None:
    # Not every system lets a folder be opened (Windows); the rename is still atomic.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{time.monotonic_ns()}")


def atomic_write(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Replace `path` with `data` atomically; with `exclusive`, fail if it exists."""
    temp = temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            # link() fails if the name is taken, so two creators cannot clobber each other.
            os.link(temp, path)
            temp.unlink()
        else:
            os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def remove_stale_temps(folder: Path, older_than: float = 60.0) -> list[Path]:
    """Delete temp files left by a crashed write; young ones may belong to a live writer."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not (entry.name.startswith(".") and TEMP_MARK in entry.name):
            continue
        with contextlib.suppress(OSError):
            if now - entry.stat(follow_symlinks=False).st_mtime >= older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed
