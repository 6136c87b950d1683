"""Typed reading of parsed TOML, and the profile: what start-up needs, and no more.

The offer codec (storage.codec) builds on this; the app reads `profile.toml` through
it before its first frame without importing the offer model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from offertui.domain.profile import Profile, clean_text


class FormatError(ValueError):
    """The file is TOML but does not hold an offer offertui can safely edit."""

    def __init__(self, reason: str, key: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.key = key


# --- reading ---------------------------------------------------------------------------


class Reader:
    """Typed access to a mapping, naming the key path in every error."""

    def __init__(self, data: Mapping[str, Any], path: str = "") -> None:
        self.data = data
        self.path = path

    def _where(self, key: str) -> str:
        return f"{self.path}{key}"

    def _get(self, key: str, kind: type | tuple[type, ...], what: str) -> Any:
        value = self.data.get(key)
        if value is None:
            return None
        # bool is an int in Python; a count of `true` is never meant.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise FormatError(f"{self._where(key)} should be {what}, not true/false", key)
        if not isinstance(value, kind):
            raise FormatError(f"{self._where(key)} should be {what}", key)
        return value

    def text(self, key: str, default: str = "") -> str:
        value = self._get(key, str, "text")
        return clean_text(value) if value is not None else default

    def choice(self, key: str, allowed: Sequence[str], default: str) -> str:
        value = self.text(key, default)
        if value not in allowed:
            options = ", ".join(repr(a) for a in allowed if a)
            raise FormatError(f"{self._where(key)} is {value!r}; expected one of {options}", key)
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, bool, "true or false")
        return default if value is None else bool(value)

    def integer(self, key: str) -> int | None:
        value: int | None = self._get(key, int, "a whole number")
        if value is not None and value < 0:
            raise FormatError(f"{self._where(key)} should not be negative", key)
        return value

    def day(self, key: str) -> date | None:
        value: date | None = self._get(key, (date, datetime), "a date like 2026-12-01")
        if isinstance(value, datetime):
            return value.date()
        return value

    def moment(self, key: str) -> datetime | None:
        value = self._get(key, (datetime, date), "a date and time like 2026-12-01T14:00:00")
        if value is not None and not isinstance(value, datetime):
            return datetime(value.year, value.month, value.day)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, list, "a list of text")
        if value is None:
            return ()
        if not all(isinstance(v, str) for v in value):
            raise FormatError(f"{self._where(key)} should hold only text", key)
        return tuple(clean_text(v) for v in value)

    def table(self, key: str) -> Reader:
        value = self._get(key, dict, "a table")
        return Reader(value or {}, f"{self.path}{key}.")

    def tables(self, key: str) -> list[Reader]:
        value = self._get(key, list, "an array of tables")
        if value is None:
            return []
        if not all(isinstance(v, dict) for v in value):
            raise FormatError(f"{self._where(key)} should be [[{self.path}{key}]] tables", key)
        return [Reader(v, f"{self.path}{key}[{i + 1}].") for i, v in enumerate(value)]


def profile_from_data(data: Mapping[str, Any]) -> Profile:
    """The profile held by parsed `profile.toml` data."""
    top = Reader(data)
    return Profile(
        name_en=top.text("name_en"),
        name_ja=top.text("name_ja"),
        signature=top.text("signature"),
        email_lang=top.choice("email_lang", ("en", "ja"), "en"),
        theme=top.text("theme") or "textual-dark",
        timestamp_notes=top.flag("timestamp_notes"),
        new_year_closure=top.text("new_year_closure") or "12-29..01-03",
        signature_ja=top.text("signature_ja"),
        keys=_keys(top.table("keys").data),
        export_folder=top.text("export_folder"),
    )


def _keys(table: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The `[keys]` table as (command id, key) pairs. A list of keys is joined with
    commas; anything else is kept as text for the app to refuse with a message."""
    pairs = []
    for command, value in table.items():
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        pairs.append((str(command), clean_text(str(value))))
    return tuple(pairs)


def profile_to_data(profile: Profile) -> dict[str, Any]:
    return {
        "name_en": profile.name_en,
        "name_ja": profile.name_ja,
        "signature": profile.signature,
        "signature_ja": profile.signature_ja or None,
        "email_lang": profile.email_lang,
        "theme": profile.theme,
        "timestamp_notes": profile.timestamp_notes,
        "new_year_closure": profile.new_year_closure,
        "export_folder": profile.export_folder or None,
    }


_LINE_OF_ERROR = re.compile(r"\(at line (\d+), column \d+\)")


def error_line(message: str) -> int | None:
    """The line number `tomllib` names in a parse error, if any."""
    match = _LINE_OF_ERROR.search(message)
    return int(match.group(1)) if match else None


def line_of_key(text: str, key: str) -> int | None:
    """The first line of `text` that assigns `key`, to point a person at a bad value."""
    if not key:
        return None
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.MULTILINE)
    match = pattern.search(text)
    if match is None:
        pattern = re.compile(rf"^[ \t]*\[+[^\]]*\b{re.escape(key)}\b", re.MULTILINE)
        match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None
