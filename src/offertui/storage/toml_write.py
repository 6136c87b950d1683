"""Writing TOML with tomlkit, changing only what differs so hand edits survive.

Imported only when something is saved: tomlkit is slow to import and to parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import tomlkit
from tomlkit.items import AoT, String, StringType, Table, Trivia

from offertui.storage.codec import Plain

# Arrays of tables are matched item by item on these keys, so that the unknown keys a
# person added to one question follow that question when the list is reordered.
_IDENTITY: dict[str, Callable[[Mapping[str, Any]], object]] = {
    "questions": lambda t: t.get("id"),
    "emails": lambda t: (t.get("kind"), t.get("lang")),
}


# What a multi-line basic string must escape: backslash, control characters other than
# tab and newline (a lone CR too), and a run of three quotes.
_MLB_ESCAPE = re.compile(r'[\\\x00-\x08\x0b-\x1f\x7f]|"(?="")|"\Z')


def _escape_mlb(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    if char == '"':
        return '\\"'
    return f"\\u{ord(char):04x}"


def multiline_string(value: str) -> String:
    """A multi-line TOML string, escaped with one regex pass instead of tomlkit's
    character loop, which took a tenth of a second per megabyte of notes.

    The text starts on the line after the opening quotes (TOML drops that newline),
    which also keeps a leading newline of the value.
    """
    escaped = _MLB_ESCAPE.sub(_escape_mlb, value)
    return String(StringType.MLB, value, "\n" + escaped, Trivia())


def _scalar_item(value: Any) -> Any:
    if isinstance(value, str):
        return multiline_string(value) if "\n" in value else tomlkit.string(value)
    if isinstance(value, list) and len(value) > 3:
        array = tomlkit.array()
        array.extend(_scalar_item(v) for v in value)
        array.multiline(True)
        return array
    return value


def _same(old: Any, new: Any) -> bool:
    """Whether a stored item already holds `new` (so it is left untouched)."""
    if hasattr(old, "unwrap"):
        old = old.unwrap()
    return type(old) is type(new) and old == new


def merge(container: Any, data: Mapping[str, Plain]) -> None:
    """Write `data` into a tomlkit table or document, changing only what differs."""
    for key, value in data.items():
        if value is None:
            if key in container:
                del container[key]
            continue
        if isinstance(value, dict):
            if key not in container and all(v is None for v in value.values()):
                continue
            existing = container.get(key)
            if not isinstance(existing, Table):
                existing = tomlkit.table()
                container[key] = existing
                existing = container[key]
            merge(existing, value)
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            _merge_tables(container, key, value)
            continue
        if isinstance(value, list) and not value and key in _IDENTITY:
            if key in container:
                del container[key]
            continue
        if key in container and _same(container[key], value):
            continue
        container[key] = _scalar_item(value)


def _merge_tables(container: Any, key: str, rows: list[dict[str, Any]]) -> None:
    existing = container.get(key)
    old_tables: list[Table] = list(existing.body) if isinstance(existing, AoT) else []
    identity = _IDENTITY.get(key)
    if identity is not None:
        by_id = {identity(t): t for t in old_tables}
        matched = [by_id.get(identity(row)) for row in rows]
    else:
        matched = [old_tables[i] if i < len(old_tables) else None for i in range(len(rows))]

    in_place = len(old_tables) == len(rows) and all(
        m is o for m, o in zip(matched, old_tables, strict=True)
    )
    if in_place:
        for table, row in zip(old_tables, rows, strict=True):
            merge(table, row)
        return

    aot = tomlkit.aot()
    for old, row in zip(matched, rows, strict=True):
        table = tomlkit.table()
        if old is not None:
            # Keep what a person added to this item; the known keys are rewritten below.
            for extra_key, extra in old.items():
                if extra_key not in row:
                    table[extra_key] = extra
        merge(table, row)
        aot.append(table)
    if key in container:
        del container[key]
    container[key] = aot


def new_document(data: Mapping[str, Plain], header: str = "") -> tomlkit.TOMLDocument:
    """A fresh TOML document holding `data`, with an optional comment on top."""
    doc = tomlkit.document()
    if header:
        for line in header.splitlines():
            doc.add(tomlkit.comment(line))
    merge(doc, data)
    return doc
