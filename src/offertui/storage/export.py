"""Writing an export, such as an offer's Markdown brief, to a file the user names.

The file is written by `storage.user_file`: only to a new name or a regular file,
atomically (a half-written brief never replaces a whole one) and readable by the user
alone, since it holds salaries. Every failure becomes an :class:`ExportError` with one
line for the user.
"""

from __future__ import annotations

from pathlib import Path

from offertui.storage.paths import typed_path
from offertui.storage.user_file import UserFileError, write_user_file

__all__ = ["ExportError", "brief_file_name", "export_path", "write_export"]

# One kind of error for whoever writes a file the user named.
ExportError = UserFileError


def brief_file_name(offer_id: str) -> str:
    """The default name of an offer's brief (the id is already filesystem-safe)."""
    return f"{offer_id}-brief.md"


def export_path(text: str, base: Path | None = None) -> Path:
    """The path the user typed: quotes dropped, ``~`` expanded, relative to ``base``."""
    path = typed_path(text, base)
    if path is None:
        raise ExportError("Type where to write the file, like ~/brief.md.")
    return path


def write_export(path: Path, text: str) -> Path:
    """Write `text` as UTF-8 to `path` (a new file, or replacing a regular one); the
    absolute path written."""
    return write_user_file(path, text.encode("utf-8"))
