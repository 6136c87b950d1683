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
