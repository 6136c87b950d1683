"""A character device for tests to point writers at, that no mistake can break.

Root may replace /dev/null itself (a writer that renames a temp file over its target
turned it into a regular file for the whole machine): as root the tests get a null
device of their own, made in the test's folder; anyone else gets /dev/null, whose
folder they cannot write."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def null_device(folder: Path) -> Path:
    if os.geteuid() != 0:
        return Path(os.devnull)
    path = folder / "null-device"
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return path
