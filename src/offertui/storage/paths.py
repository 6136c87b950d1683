"""Where the data lives: computed when asked, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "OFFERTUI_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override`, else $OFFERTUI_DATA_DIR, else the platform's user
    data folder for offertui."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("offertui", appauthor=False)


def typed_path(text: str, base: Path | None = None) -> Path | None:
    """The path a person typed or pasted: blanks and surrounding quotes dropped (a path
    dragged from a file manager often comes quoted), ``~`` expanded, relative to `base`
    (default: the current folder). None when nothing but blanks or quotes was typed."""
    cleaned = text.strip()
    if len(cleaned) >= 2 and cleaned[0] == cleaned[-1] and cleaned[0] in "'\"":
        cleaned = cleaned[1:-1].strip()
    if not cleaned:
        return None
    path = Path(os.path.expanduser(cleaned))
    return path if path.is_absolute() else (base or Path.cwd()) / path


def documents_dir() -> Path:
    """The user's documents folder (XDG's DOCUMENTS folder, else ~/Documents) when it
    exists, else the home folder: never the folder offertui happened to start in."""
    import platformdirs

    home = Path.home()
    try:
        documents = platformdirs.user_documents_path()
    except (OSError, RuntimeError, KeyError):
        return home
    return documents if documents.is_dir() else home


def export_folder(setting: str) -> Path:
    """Where the files the user writes go: the profile's `export_folder` while it is a
    folder, else the documents folder (`documents_dir`)."""
    folder = typed_path(setting, Path.home())
    if folder is not None and folder.is_dir():
        return folder
    return documents_dir()


def shown_folder(folder: Path) -> str:
    """`folder` as a dialog names it: under the home folder as `~/…` (shorter, and what
    the profile's setting accepts), anywhere else in full."""
    home = Path.home()
    if folder == home:
        return "~"
    if folder.is_relative_to(home):
        return f"~/{folder.relative_to(home).as_posix()}"
    return str(folder)


def folder_setting(text: str) -> str:
    """An export folder as typed in the profile, checked: an existing folder offertui may
    write in (`~` allowed; relative to the home folder), or empty for the documents
    folder. ValueError says what is wrong."""
    folder = typed_path(text, Path.home())
    if folder is None:
        return ""
    if not folder.exists():
        raise ValueError(f"There is no folder {folder}.")
    if not folder.is_dir():
        raise ValueError(f"{folder} is a file, not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValueError(f"offertui may not write in {folder}.")
    return str(folder)
