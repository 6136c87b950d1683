"""What can go wrong with the data folder and its files, as exceptions the UI can show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StoreError(Exception):
    """Something about the data folder that the user must fix; the message says what."""


class NotFoundError(StoreError):
    """No offer has that id."""


class ReadOnlyError(StoreError):
    """The offer is open in another offertui, so this one may not write it."""


class ConflictError(StoreError):
    """The file changed on disk since it was read; saving would lose those changes."""


@dataclass(frozen=True)
class BrokenFile(Exception):
    """An offer file that cannot be used as it is: shown, never overwritten."""

    id: str
    path: Path
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}" if self.line else self.path.name
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class SyncConflict(BrokenFile):
    """A second version of one offer: a sync tool's conflicting copy beside the offer's
    file, or the file itself holding an unresolved merge. Not one more offer."""

    offer_id: str = ""
    source: str = ""  # "Syncthing", "Dropbox", "Nextcloud", "git"

    @property
    def in_place(self) -> bool:
        """Whether both versions are inside the offer's own file (git conflict markers)."""
        return self.id == self.offer_id
