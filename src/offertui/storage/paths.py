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
