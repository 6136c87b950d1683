"""The prose and tables offertui ships as TOML files inside the package.

The glossary, the question bank, the guide and the email templates live in
`domain/data/*.toml`, so a Japanese reader can review them without reading Python.
Each module that owns a file parses it once, the first time it is needed, never at
import time: nothing here runs on the start-up path.
"""

from __future__ import annotations

from typing import Any


def read(name: str) -> dict[str, Any]:
    """The parsed contents of `domain/data/<name>`; the file ships with the package.

    Raises ValueError (tomllib.TOMLDecodeError) if a file was broken by an edit: the
    tests parse every file, so that cannot reach a release.
    """
    import tomllib
    from importlib.resources import files

    text = files("offertui.domain").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def text(table: dict[str, Any], key: str, where: str) -> str:
    """`table[key]` as a string with surrounding blank lines removed.

    Raises ValueError naming `where` when the key is missing or not a string, so a
    mistake in a data file says which entry it is in.
    """
    value = table.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} should be a string")
    return value.strip("\n")
