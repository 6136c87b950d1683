"""Writing TOML with tomlkit, changing only what differs so hand edits survive.

Imported only when something is saved: tomlkit is slow to import and to parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import tomlkit
from tomlkit.items import AoT, String, StringType, Table, Trivia

from offertui.domain.profile import clean_text
from offertui.storage.codec import Plain

# Arrays of tables are matched item by item on these keys, so that the unknown keys a
# person added to one question follow that question when the list is reordered.
_IDENTITY: dict[str, Callable[[Mapping[str, Any]], object]] = {
    "questions": lambda t: t.get("id"),
    "emails": lambda t: (t.get("kind"), t.get("lang")),
}


# What a basic string must escape: backslash, and control characters other than tab
# (a one-line string its quotes and line breaks too; a multi-line one only a run of
# three quotes and a quote at the very end, handled apart).
_SLB_ESCAPES = re.compile(r'[\\"\x00-\x08\x0a-\x1f\x7f]')
_MLB_ESCAPES = re.compile(r"[\\\x00-\x08\x0b-\x1f\x7f]")
_CANDIDATES = "\\" + "".join(map(chr, (*range(0x20), 0x22, 0x7F)))
_SHORT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _escaped(value: str, pattern: re.Pattern[str]) -> str:
    """`value` with every character `pattern` matches escaped.

    One `str.replace` per distinct character, the backslash first: linear in the size
    of the text whatever it holds, and fast even when every character needs escaping.
    (tomlkit copies the rest of the string at every character once anything needs
    escaping, which made a 400 KB line take seconds to save.)
    """
    if pattern.search(value) is None:
        return value
    # Backslash first: the escapes put in afterwards must not be escaped again.
    for char in _CANDIDATES:
        if char in value and pattern.match(char):
            value = value.replace(char, _SHORT.get(char) or f"\\u{ord(char):04x}")
    return value


def basic_string(value: str) -> String:
    """A one-line TOML string, escaped in linear time."""
    return String(StringType.SLB, value, _escaped(value, _SLB_ESCAPES), Trivia())


def multiline_string(value: str) -> String:
    """A multi-line TOML string, escaped in linear time (tomlkit's character loop took
    a tenth of a second per megabyte of notes).

    The text starts on the line after the opening quotes (TOML drops that newline),
    which also keeps a leading newline of the value.
    """
    escaped = _escaped(value, _MLB_ESCAPES)
    if '""' in escaped:
        # Each pair becomes quote + escaped quote: no three quotes in a row remain.
        escaped = escaped.replace('""', '"\\"')
    if escaped.endswith('"'):
        # A raw quote right before the closing ones would read as part of them.
        backslashes = len(escaped) - 1 - len(escaped[:-1].rstrip("\\"))
        if backslashes % 2 == 0:
            escaped = escaped[:-1] + '\\"'
    return String(StringType.MLB, value, "\n" + escaped, Trivia())


def string_item(value: str) -> String:
    """`value` as a TOML string: multi-line when it holds line breaks. Linear in its
    size, whatever it holds."""
    return multiline_string(value) if "\n" in value else basic_string(value)


def _scalar_item(value: Any) -> Any:
    if isinstance(value, str):
        return string_item(value)
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(_scalar_item(v) for v in value)
        if len(value) > 3:
            array.multiline(True)
        return array
    return value


def cleaned(value: Any) -> Any:
    """`value` with every string in it made fit for a file (`clean_text`): lone
    surrogates become U+FFFD and line ends LF, whoever built the data."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [cleaned(v) for v in value]
    return value


def parse(text: str) -> tomlkit.TOMLDocument:
    """The document in `text`, for merging into, read in time linear in its size."""
    from offertui.storage import toml_parse

    return toml_parse.parse(text)


def _same(old: Any, new: Any) -> bool:
    """Whether a stored item already holds `new` (so it is left untouched)."""
    if hasattr(old, "unwrap"):
        old = old.unwrap()
    return type(old) is type(new) and old == new


def merge(container: Any, data: Mapping[str, Plain]) -> None:
    """Write `data` into a tomlkit table or document, changing only what differs.

    Strings are written as they are: pass the data through `cleaned` first."""
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
    data = cleaned(data)
    doc = tomlkit.document()
    if header:
        for line in header.splitlines():
            doc.add(tomlkit.comment(line))
    merge(doc, data)
    return doc
