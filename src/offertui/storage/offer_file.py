"""One offer open for editing: its lock, what was read, and how to write it back safely.

The file is never overwritten unless it still holds exactly what was read or last
written (its bytes are compared before every save, so an outside edit that kept the
size and the modification time is noticed too), and never by two sessions at once.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from offertui.storage.errors import BrokenFile, ConflictError, ReadOnlyError
from offertui.storage.files import FILE_MODE, atomic_write
from offertui.storage.offer_read import UnreadableFile, decode, read_offer, read_regular

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

try:  # POSIX; elsewhere two sessions are not kept apart.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

_MISSING = object()


class OfferLock:
    """An advisory `flock` on a sidecar file; the system frees it if the holder dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        if fcntl is None:  # pragma: no cover
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        handle = os.fdopen(fd, "r+b")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


class OfferFile:
    """One offer opened for editing: what was read, and how to write it back safely.

    `save` may be called from a worker thread; saves are serialised by a lock. A file
    that is a symbolic link (offers kept in a synced folder) is saved through the link.
    """

    def __init__(self, path: Path, offer: Offer, data: bytes, lock: OfferLock | None) -> None:
        self.id = offer.id
        self.path = path
        self.offer = offer
        self._lock = lock
        self._saving = threading.Lock()
        self._take(data)

    def _take(self, data: bytes) -> None:
        """Make `data` what the file is known to hold."""
        self._data = data
        self._text = decode(self.id, self.path, data)
        self._document: Any = None
        # What was last merged into the document, by top-level key: a save merges
        # only the keys that changed since.
        self._merged: dict[str, Any] = {}

    @property
    def read_only(self) -> bool:
        return self._lock is None or not self._lock.held

    def _check_unchanged(self) -> None:
        try:
            data = read_regular(self.path)
        except FileNotFoundError:
            raise ConflictError(f"{self.path.name} was moved or deleted") from None
        except UnreadableFile as error:
            raise ConflictError(f"{self.path.name} is now {error}") from None
        if data != self._data:
            raise ConflictError(f"{self.path.name} was changed by another program")

    def prepare(self) -> None:
        """Ready the first save now (tomlkit imported, the document parsed), so that
        save costs what any later one does. Saving does it itself when not done."""
        with self._saving:
            self._parsed()

    def _parsed(self) -> Any:
        if self._document is None:
            from offertui.storage import codec, toml_write  # noqa: F401 - imported ahead

            # Parsed with tomlkit (slow) once a file: when the offer opens for editing
            # (prepare, on the saver thread), or here at the first save.
            self._document = toml_write.parse(self._text)
        return self._document

    def save(self, offer: Offer) -> bool:
        """Write `offer` if it differs from the file; True when something was written."""
        if self.read_only:
            raise ReadOnlyError(f"{self.id} is open in another offertui; not saved")
        with self._saving:
            self._check_unchanged()
            from offertui.storage import codec, toml_write

            document = self._parsed()
            data = toml_write.cleaned(codec.offer_to_data(offer))
            changed = {k: v for k, v in data.items() if self._merged.get(k, _MISSING) != v}
            toml_write.merge(document, changed)
            self._merged.update(changed)
            self.offer = offer
            if not changed:
                return False
            text = document.as_string()
            if text == self._text:
                return False
            written = text.encode("utf-8")
            atomic_write(self.path, written, through_link=True)
            self._data = written
            self._text = text
            return True

    def compare(self, offer: Offer) -> str:
        """How `offer`, written as offertui would write it, differs from the file on
        disk now: a unified diff, the disk's side first ("" for a file that is gone or
        cannot be read)."""
        import difflib

        from offertui.storage import codec, toml_write

        try:
            disk = decode(self.id, self.path, read_regular(self.path))
        except (OSError, UnreadableFile, BrokenFile):
            disk = ""
        with self._saving:
            text = self._text
        document = toml_write.parse(text)
        toml_write.merge(document, toml_write.cleaned(codec.offer_to_data(offer)))
        lines = difflib.unified_diff(
            disk.splitlines(keepends=True),
            document.as_string().splitlines(keepends=True),
            fromfile=f"{self.path.name} on disk",
            tofile="yours, not saved",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)

    def reload(self) -> Offer:
        """Read the file again, dropping unsaved changes (after a conflict)."""
        with self._saving:
            offer, data = read_offer(self.id, self.path)
            self.offer = offer
            self._take(data)
            return offer

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()


__all__ = ["BrokenFile", "OfferFile", "OfferLock"]
