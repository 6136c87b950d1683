"""Reading a text file the user points at, such as an offer letter saved as text.

offertui never fetches anything from the network: a letter comes in by pasting it or
from a local UTF-8 text file. Anything else (a missing file, a folder, a PDF, a file
in another encoding) is refused with a message that says what to do instead.
"""

from __future__ import annotations

from pathlib import Path

from offertui.domain.offer import clean_text
from offertui.storage.offer_read import UnreadableFile, read_regular
from offertui.storage.paths import typed_path

__all__ = ["MAX_LETTER_BYTES", "TextFileError", "read_text_file", "resolve_path"]

#: A letter is a few kilobytes; a file far bigger is almost surely the wrong one.
MAX_LETTER_BYTES = 1024 * 1024

# The start of common binary formats, so the message can name the likely culprit.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a zip archive or an Office document (.docx, .xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)"),
    (b"{\\rtf", "a rich-text (.rtf) document"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
)


class TextFileError(Exception):
    """A file that cannot be used as text; the message is written for the user."""


def resolve_path(text: str, base: Path | None = None) -> Path:
    """The path the user typed: ``~`` expanded, relative to ``base`` (default: cwd)."""
    path = typed_path(text, base)
    if path is None:
        raise TextFileError("Type the path of a text file, like ~/Downloads/offer.txt.")
    return path


def read_text_file(path: Path, limit: int = MAX_LETTER_BYTES) -> str:
    """The text of a UTF-8 file, with Windows line ends made plain.

    Raises :class:`TextFileError` with a message for the user when the file is
    missing, not a file, unreadable, too large, binary, empty or not UTF-8.
    """
    name = str(path)
    try:
        if not path.exists():
            raise TextFileError(f"There is no file at {name}.")
        if path.is_dir():
            raise TextFileError(f"{name} is a folder. Give the path of a text file in it.")
        size = path.stat().st_size
        if size > limit:
            raise TextFileError(
                f"{name} is {size // 1024:,} KB; an offer letter as text is a few KB. "
                "Check that this is the right file."
            )
        # Only a regular file, opened without blocking: a FIFO or a device typed here
        # would otherwise hang the read.
        data = read_regular(path, limit + 1)
    except UnreadableFile as problem:
        raise TextFileError(f"{name} is {problem}.") from None
    except PermissionError:
        raise TextFileError(f"offertui may not read {name} (permission denied).") from None
    except OSError as error:
        raise TextFileError(f"Could not read {name}: {error.strerror or error}.") from None
    if len(data) > limit:
        raise TextFileError(f"{name} is larger than {limit // 1024:,} KB; is it the right file?")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise TextFileError(
                f"{name} looks like {kind}, not plain text. Open it, copy the letter's text "
                "and paste it here, or save it as a .txt file."
            )
    if b"\x00" in data:
        raise TextFileError(
            f"{name} is not a text file. Paste the letter's text instead, "
            "or save it as a .txt file."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TextFileError(
            f"{name} is not UTF-8 text (Japanese files are sometimes saved as Shift_JIS). "
            "Save it again as UTF-8, or paste the text instead."
        ) from None
    if not text.strip():
        raise TextFileError(f"{name} is empty.")
    return clean_text(text)
