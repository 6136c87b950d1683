"""A cache of what the Offers home shows, so a thousand offers list in milliseconds.

Each entry holds one offer's summary and the stat of the file it came from (mtime,
size, inode, ctime); an entry is used only while the file still has exactly that
stat, so a file changed by anyone, by any means, is read again. The cache is only
a cache: if it is missing, unreadable or from another version it is rebuilt, and
it never decides anything about the offer files themselves.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from offertui.storage.files import atomic_write

VERSION = 2
INDEX_NAME = ".offers-index.json"

StatKey = list[int]


def stat_key(st: os.stat_result) -> StatKey:
    return [st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns]


class SummaryIndex:
    """Summaries by offer id, each valid for one exact stat of its file."""

    def __init__(self, path: Path, version: str = "") -> None:
        self.path = path
        # Anything that changes what a summary holds (the app's version) invalidates.
        self.version = f"{VERSION}:{version}"
        # offer id -> [stat key, summary data]
        self._entries: dict[str, list[Any]] = {}
        self._changed = False

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return
        if not isinstance(data, dict) or data.get("version") != self.version:
            return
        entries = data.get("entries")
        if isinstance(entries, dict):
            self._entries = entries

    def get(self, offer_id: str, key: StatKey) -> Any:
        """The summary data cached for this exact stat of the file, else None."""
        entry = self._entries.get(offer_id)
        if type(entry) is not list or len(entry) != 2 or entry[0] != key:
            return None
        return entry[1]

    def put(self, offer_id: str, key: StatKey, summary: Any) -> None:
        self._entries[offer_id] = [key, summary]
        self._changed = True

    def retain(self, ids: set[str]) -> None:
        """Forget offers whose files are gone."""
        gone = self._entries.keys() - ids
        for offer_id in gone:
            del self._entries[offer_id]
        self._changed = self._changed or bool(gone)

    def save_if_changed(self) -> None:
        if not self._changed:
            return
        content = {"version": self.version, "entries": self._entries}
        try:
            data = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
        except UnicodeEncodeError:
            # A file name the locale could not decode holds surrogate escapes, which
            # have no UTF-8 form: written as JSON escapes, the cache stays valid.
            data = json.dumps(content, separators=(",", ":")).encode()
        # A cache that cannot be written only costs speed next time.
        with contextlib.suppress(OSError):
            atomic_write(self.path, data)
        self._changed = False
