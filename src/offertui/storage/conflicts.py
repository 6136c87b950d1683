"""Second versions of one offer: sync tools' conflicting copies and unresolved merges.

A folder kept in sync between machines (Syncthing, Dropbox, Nextcloud) gets a copy
beside the file when two machines changed it at once; a folder kept in git gets both
versions inside the file, between conflict markers. Either way it is one offer with
two versions to choose from, never one more offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# Re-exported: the store finds the copies by name before it knows anything else of them.
from offertui.storage.conflict_names import conflict_copy_of as conflict_copy_of

if TYPE_CHECKING:
    from offertui.storage.errors import SyncConflict
    from offertui.storage.store import OfferStore


def find(store: OfferStore, name: str) -> list[SyncConflict]:
    """The conflicts `name` points to: a conflicting copy by its file name (with or
    without `.toml`), or every conflict of the offer with that id."""
    from offertui.storage.errors import SyncConflict

    _, broken = store.scan()
    found = [b for b in broken if isinstance(b, SyncConflict)]
    by_file = [c for c in found if name == c.path.name or (name == c.id and not c.in_place)]
    return by_file or [c for c in found if c.offer_id == name]


def merge_sides(text: str) -> tuple[str, str]:
    """Both versions of a file holding conflict markers: (ours, theirs).

    Lines outside the markers belong to both; a diff3 base section (`|||||||`) is in
    neither."""
    ours: list[str] = []
    theirs: list[str] = []
    side = "both"
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if side == "both" and bare.startswith("<<<<<<<") and bare[7:8] in ("", " "):
            side = "ours"
        elif side in ("ours", "base") and bare == "=======":
            side = "theirs"
        elif side == "ours" and bare.startswith("|||||||"):
            side = "base"
        elif side == "theirs" and bare.startswith(">>>>>>>") and bare[7:8] in ("", " "):
            side = "both"
        else:
            if side in ("both", "ours"):
                ours.append(line)
            if side in ("both", "theirs"):
                theirs.append(line)
    return "".join(ours), "".join(theirs)


@dataclass(frozen=True)
class Version:
    """One of the two versions of a conflicted offer."""

    label: str
    text: str
    # Why it cannot be kept as it is ("" when it reads as an offer).
    problem: str = ""


def _labels(text: str) -> tuple[str, str]:
    ours = next((line[8:].strip() for line in text.splitlines() if line.startswith("<<<<<<<")), "")
    theirs = next(
        (line[8:].strip() for line in text.splitlines() if line.startswith(">>>>>>>")), ""
    )
    return f"ours ({ours})" if ours else "ours", f"theirs ({theirs})" if theirs else "theirs"


def _version(store: OfferStore, conflict: SyncConflict, label: str, data: bytes) -> Version:
    from offertui.storage.errors import BrokenFile
    from offertui.storage.offer_read import decode, parse

    try:
        text = decode(conflict.offer_id, conflict.path, data)
        parse(conflict.offer_id, store.path_for(conflict.offer_id), data)
    except BrokenFile as error:
        return Version(label, data.decode("utf-8", "replace"), str(error.reason))
    return Version(label, text)


def versions(store: OfferStore, conflict: SyncConflict) -> tuple[Version, Version]:
    """The two versions: (the offer's file, the copy), or (ours, theirs) of a merge.

    A version that cannot be read (gone, or now a FIFO or a folder) is one with a
    problem, never kept; nothing here blocks or raises for it."""
    original = store.path_for(conflict.offer_id)
    if conflict.in_place:
        data, problem = _read(original)
        text = data.decode("utf-8", "replace")
        ours_label, theirs_label = _labels(text)
        if problem:
            return Version(ours_label, "", problem), Version(theirs_label, "", problem)
        ours, theirs = merge_sides(text)
        return (
            _version(store, conflict, ours_label, ours.encode("utf-8")),
            _version(store, conflict, theirs_label, theirs.encode("utf-8")),
        )
    pair = []
    for label, path in (
        (original.name, original),
        (f"{conflict.path.name} ({_whose(conflict.source)})", conflict.path),
    ):
        data, problem = _read(path)
        pair.append(
            Version(label, "", problem) if problem else _version(store, conflict, label, data)
        )
    return pair[0], pair[1]


def _whose(source: str) -> str:
    from offertui.storage.conflict_names import OWN

    return "your version, kept by offertui" if source == OWN else f"{source}'s copy"


def _read(path: Path) -> tuple[bytes, str]:
    """The bytes of a regular file, or why there are none."""
    from offertui.storage.offer_read import UnreadableFile, read_regular

    try:
        return read_regular(path), ""
    except FileNotFoundError:
        return b"", "the file is gone"
    except UnreadableFile as error:
        return b"", f"it is {error}"
    except OSError as error:
        return b"", f"it cannot be read: {error.strerror or error}"


def compare(store: OfferStore, conflict: SyncConflict) -> str:
    """How the second version differs from the first, as a unified diff."""
    import difflib

    first, second = versions(store, conflict)
    if any(v.problem and not v.text for v in (first, second)):
        return ""  # a version that could not be read has nothing to compare
    lines = difflib.unified_diff(
        first.text.splitlines(keepends=True),
        second.text.splitlines(keepends=True),
        fromfile=first.label,
        tofile=second.label,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def keep(store: OfferStore, conflict: SyncConflict, which: int) -> Path:
    """Keep version `which` (0 or 1, as `versions` orders them) as the offer's file; the
    version dropped goes to `trash/` (its path is returned), never deleted.

    Raises StoreError if the version to keep does not read as an offer, and
    ReadOnlyError if the offer is open in an offertui (close it there first)."""
    from offertui.storage.errors import ReadOnlyError, StoreError
    from offertui.storage.files import atomic_write
    from offertui.storage.offer_read import UnreadableFile, read_regular

    kept = versions(store, conflict)[which]
    if kept.problem:
        raise StoreError(f"{kept.label} cannot be kept: {kept.problem}")
    lock = store.lock_for(conflict.offer_id)
    if not lock.acquire():
        raise ReadOnlyError(f"{conflict.offer_id} is open in an offertui; close it there first")
    original = store.path_for(conflict.offer_id)
    try:
        if not conflict.in_place and which == 0:
            return store.trash(conflict.id)  # the copy goes; the offer's file stays
        try:
            dropped: Path | None = store.trash_bytes(conflict.offer_id, read_regular(original))
        except FileNotFoundError:  # a copy whose original is gone
            dropped = None
        except UnreadableFile as error:  # never replaced: the user made it so
            raise StoreError(f"{original.name} is {error}; it is left as it is") from None
        atomic_write(original, kept.text.encode("utf-8"), through_link=True)
        if conflict.in_place:
            assert dropped is not None
            return dropped
        # Its text is the offer's file now; the copy itself is kept in the trash too.
        copy = store.trash(conflict.id)
        return dropped or copy
    finally:
        lock.release()
