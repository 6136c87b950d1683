"""Where offertui's own files are: the `.tcss` stylesheets.

A leaf module any screen may import: it knows the two layouts offertui runs from
(an installed wheel, where the styles sit inside the package, and a source tree,
where they sit at the top of the repository) and nothing else of the app.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def styles_dir() -> Path:
    """The folder of .tcss files: inside the installed package, or at the top of a
    source tree. Looked up once; every screen's CSS_PATH asks for it."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "styles", here.parent.parent / "styles"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("offertui's styles folder is missing from the installation")


def stylesheet(name: str) -> str:
    """The path of `styles/<name>.tcss`, as Textual's CSS_PATH takes it."""
    return str(styles_dir() / f"{name}.tcss")
