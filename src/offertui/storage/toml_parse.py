"""Parsing a TOML file with tomlkit in time linear in its size, long strings included.

tomlkit reads a string one character at a time in Python, and copies the string so far
at every quote of a multi-line one: the first save of an offer holding a megabyte of
notes with quotes in them took minutes. Here every long string literal is swapped for
a short placeholder before tomlkit parses the file, and put back afterwards as a
string item holding exactly the original text; if the result does not render back to
the very same text, tomlkit parses the file the slow way instead.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, String, StringType, Trivia

# Strings shorter than this are quick for tomlkit as they are.
LONG = 512

# The file, cut into comments, strings, and everything else (a valid TOML file has
# no quote or hash outside these).
_TOKENS = re.compile(
    r"#[^\n]*+"
    r'|"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+"{3,5}'
    r"|'''(?:[^']++|'(?!''))*+'{3,5}"
    r'|"(?:[^"\\\n]++|\\.)*+"'
    r"|'[^'\n]*+'"
    r"|[^#\"']++"
)
_ESCAPE = re.compile(
    r'\\(?:([btnfr"\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|[ \t]*(?:\r?\n[ \t]*)+(?:[ \t\r\n]*))'
)
_SHORT = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
# A unicode escape: what is left after the short escapes are replaced.
_UNICODE_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


def _unescape_one(match: re.Match[str]) -> str:
    short, four, eight = match.groups()
    if short:
        return _SHORT[short]
    if four or eight:
        return chr(int(four or eight, 16))
    return ""  # a line-ending backslash: the break and the indent after it go


def _unescaped(body: str) -> str:
    """The value of a basic string's `body`: one `str.replace` per distinct escape,
    so a megabyte full of escapes costs milliseconds (a Python call per escape cost a
    tenth of a second, on the first save of every such offer).

    An escaped backslash is first swapped for NUL, which no TOML basic string holds
    raw; a body this does not fit (a line-ending backslash, an escape that stands for
    a backslash or NUL) goes through the escapes one by one.
    """
    if "\x00" not in body:
        text = body.replace("\\\\", "\x00")
        for short, value in _SHORT.items():
            if short != "\\" and "\\" + short in text:
                text = text.replace("\\" + short, value)
        escapes = set(_UNICODE_ESCAPE.findall(text)) if "\\" in text else set()
        values = {e: chr(int(e[2:], 16)) for e in escapes}
        if text.count("\\") == sum(text.count(e) for e in escapes) and not (
            set(values.values()) & {"\\", "\x00"}
        ):
            for escape, value in values.items():
                text = text.replace(escape, value)
            return text.replace("\x00", "\\")
    return _ESCAPE.sub(_unescape_one, body)


def _string_item(literal: str, trivia: Trivia) -> String:
    """The tomlkit item of a string literal, exactly as written."""
    if literal.startswith(('"""', "'''")):
        kind = StringType.MLB if literal[0] == '"' else StringType.MLL
        original = literal[3:-3]
        body = original.removeprefix("\r\n") if original.startswith("\r\n") else original
        body = body.removeprefix("\n")
    else:
        kind = StringType.SLB if literal[0] == '"' else StringType.SLL
        original = body = literal[1:-1]
    value = _unescaped(body) if kind.is_basic() and "\\" in body else body
    return String(kind, value, original, trivia)


def parse(text: str) -> tomlkit.TOMLDocument:
    """The tomlkit document of `text` (a file tomllib has read without error)."""
    marker = f"offertui-long-string-{secrets.token_hex(8)}-"
    literals: list[str] = []
    pieces: list[str] = []
    for match in _TOKENS.finditer(text):
        token = match.group()
        if len(token) >= LONG and token[0] in "\"'" and not _is_key(text, *match.span()):
            pieces.append(f'"{marker}{len(literals)}"')
            literals.append(token)
        else:
            pieces.append(token)
    if not literals or marker in text:
        return tomlkit.parse(text)
    doc = tomlkit.parse("".join(pieces))
    _put_back(doc, marker, literals)
    if doc.as_string() != text:  # something this does not understand: the slow way
        return tomlkit.parse(text)
    return doc


def _is_key(text: str, start: int, end: int) -> bool:
    """Whether the string at start:end is a key (a wrong "yes" only costs speed: the
    string is left to tomlkit; a wrong "no" shows in the check of the result)."""
    if text[end : end + 64].lstrip(" \t")[:1] in ("=", "."):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start].lstrip(" \t")
    return line.startswith("[") and "=" not in line  # a [table."header"]


def _put_back(node: Any, marker: str, literals: list[str]) -> None:
    if isinstance(node, AoT):
        for table in node.body:
            _put_back(table, marker, literals)
        return
    if isinstance(node, Array):
        for index, value in enumerate(list(node)):
            replacement = _replacement(value, marker, literals)
            if replacement is not None:
                node[index] = replacement
            else:
                _put_back(value, marker, literals)
        return
    if hasattr(node, "items") and not isinstance(node, String):
        for key, value in list(node.items()):
            replacement = _replacement(value, marker, literals)
            if replacement is not None:
                node[key] = replacement
            else:
                _put_back(value, marker, literals)


def _replacement(value: Any, marker: str, literals: list[str]) -> String | None:
    if isinstance(value, String) and value.startswith(marker):
        index = value[len(marker) :]
        if index.isdigit() and int(index) < len(literals):
            return _string_item(literals[int(index)], value.trivia)
    return None
