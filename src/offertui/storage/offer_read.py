"""Reading one offer file safely: whatever is in the folder, one bad file is one report.

Only regular files are opened, without blocking (a FIFO named `x.toml` would otherwise
hang the reader), and only up to a size no offer reaches. Any failure while decoding,
parsing or checking the file becomes a `BrokenFile` with a reason a person can act on,
so one bad file never stops the others from loading.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from offertui.storage import reader
from offertui.storage.errors import BrokenFile, SyncConflict

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

# A year of daily meeting notes is well under a megabyte; anything this big is not an
# offer, and reading it whole could exhaust the memory of a small machine.
MAX_FILE_BYTES = 32 * 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


class UnreadableFile(Exception):
    """The path is not a regular file offertui may read; the message says what it is."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file at `path` (links followed), never blocking.

    Raises `UnreadableFile` for anything else (a folder, FIFO, device or socket) and for
    a file over `limit` bytes; `OSError` as the system reports it (FileNotFoundError…).
    """
    # Checked before opening, so a device is never opened at all, and again on the open
    # descriptor, in case the name was swapped in between.
    _check_regular(os.stat(path).st_mode, path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        _check_regular(st.st_mode, path)
        if st.st_size > limit:
            raise UnreadableFile(f"too large to be an offer ({st.st_size // 1_000_000} MB)")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > limit:  # grew while being read
                raise UnreadableFile("too large to be an offer")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _check_regular(mode: int, path: Path) -> None:
    if not stat.S_ISREG(mode):
        raise UnreadableFile(f"{kind_of(mode)}, not a file offertui can read")


def decode(offer_id: str, path: Path, data: bytes) -> str:
    """The text of an offer or profile file: UTF-8, a byte-order mark allowed."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise BrokenFile(offer_id, path, "not UTF-8 text", line) from None


# An unresolved merge: git (and tools that copy it) write these at the start of a line.
_MARKERS = (
    re.compile(r"^<{7}(?: |$)", re.MULTILINE),
    re.compile(r"^={7}$", re.MULTILINE),
    re.compile(r"^>{7}(?: |$)", re.MULTILINE),
)


def merge_marker_line(text: str) -> int | None:
    """The line of the first merge conflict marker, if `text` holds all three kinds."""
    starts = [m.start() for m in (pattern.search(text) for pattern in _MARKERS) if m]
    if len(starts) < len(_MARKERS):
        return None
    return text.count("\n", 0, min(starts)) + 1


def parse(offer_id: str, path: Path, data: bytes) -> tuple[Offer, dict[str, Any]]:
    """The offer in `data`, or `BrokenFile` saying why not. Never raises anything else
    for anything the file holds."""
    text = decode(offer_id, path, data)
    try:
        return _parse_text(offer_id, path, text)
    except BrokenFile:
        raise
    except RecursionError:
        raise BrokenFile(offer_id, path, "nested too deeply to read") from None
    except MemoryError:
        raise BrokenFile(offer_id, path, "too large to read into memory") from None
    except Exception as error:  # any other surprise in one file stays in that file
        raise BrokenFile(offer_id, path, f"cannot be read ({type(error).__name__})") from None


def _parse_text(offer_id: str, path: Path, text: str) -> tuple[Offer, dict[str, Any]]:
    import tomllib

    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Markers inside a valid file are someone's notes; in a broken one, a merge.
        marker = merge_marker_line(text)
        if marker is not None:
            raise SyncConflict(
                offer_id,
                path,
                "holds an unresolved merge (conflict markers): keep one side",
                marker,
                offer_id=offer_id,
                source="git",
            ) from None
        message = str(error)
        reason = message.split(" (at ")[0]
        raise BrokenFile(offer_id, path, reason, reader.error_line(message)) from None
    from offertui.storage import codec

    try:
        return codec.offer_from_data(offer_id, parsed), parsed
    except codec.FormatError as error:
        raise BrokenFile(
            offer_id, path, error.reason, reader.line_of_key(text, error.key)
        ) from None


def read_bytes(offer_id: str, path: Path) -> bytes:
    """The bytes of the offer file at `path`; `BrokenFile` if it is not a readable
    regular file, FileNotFoundError if there is no such file."""
    try:
        return read_regular(path)
    except UnreadableFile as error:
        raise BrokenFile(offer_id, path, str(error)) from None
    except FileNotFoundError:
        if path.is_symlink():
            raise BrokenFile(offer_id, path, "a link to a file that does not exist") from None
        raise
    except OSError as error:
        raise BrokenFile(offer_id, path, error.strerror or str(error)) from None
    except MemoryError:
        raise BrokenFile(offer_id, path, "too large to read into memory") from None


def read_offer(offer_id: str, path: Path) -> tuple[Offer, bytes]:
    """The offer at `path` and the bytes it was read from; `BrokenFile` for anything
    that is not a readable offer, FileNotFoundError if there is no such file."""
    data = read_bytes(offer_id, path)
    return parse(offer_id, path, data)[0], data
