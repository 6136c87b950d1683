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

try:  # POSIX; elsewhere a temp file is only judged by its age.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

# Salaries and notes are private: only the user may read them.
FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"
# A temp file whose writer is alive is left alone this long (a write takes milliseconds).
STALE_AFTER_SECONDS = 60.0


def ensure_private_dir(path: Path) -> None:
    """Create `path` if needed, readable by the user alone, and any missing folders
    above it the same way (whatever the umask); folders that exist keep their mode,
    except `path` itself, which is made private."""
    missing: list[Path] = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by someone else meanwhile
            new.mkdir(mode=DIR_MODE)
            new.chmod(DIR_MODE)  # mkdir's mode is cut by the umask
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


def link_target(path: Path) -> Path:
    """Where a write to `path` goes when links are followed: the file itself, or the
    final target of a symbolic link (which may be in another folder)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def atomic_write(
    path: Path, data: bytes, *, exclusive: bool = False, through_link: bool = False
) -> None:
    """Replace `path` with `data` atomically; with `exclusive`, fail if it exists.

    With `through_link`, a symbolic link at `path` stays a link and its target is
    replaced instead, atomically in the target's own folder.
    """
    if through_link:
        path = link_target(path)
    temp = temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if fcntl is not None:
                # Held while the file is written: start-up cleaning skips a temp file
                # another session is still writing (remove_stale_temps).
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if exclusive:
                # link() fails if the name is taken, so two creators cannot clobber
                # each other.
                os.link(temp, path)
                temp.unlink()
            else:
                os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def _writer_alive(name: str) -> bool:
    """Whether the process that named a temp file (…tmp-<pid>-<n>) may still run."""
    pid_text = name.rpartition(TEMP_MARK)[2].partition("-")[0]
    if not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but is someone else's
        return True
    return True


def _in_use(path: str) -> bool:
    """Whether a writer holds the temp file's lock right now."""
    if fcntl is None:  # pragma: no cover
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also frees the lock just taken
    return False


def remove_stale_temps(folder: Path, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Delete temp files left by a crashed write.

    A temp file is left alone while a writer holds its lock, and while it is young
    and the process that made it is still running (a second session's write in
    progress); any other is a crash's leftover, whatever its age.
    """
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
            if not entry.is_file(follow_symlinks=False):
                continue
            young = now - entry.stat(follow_symlinks=False).st_mtime < older_than
            if young and _writer_alive(entry.name):
                continue
            if _in_use(entry.path):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed
