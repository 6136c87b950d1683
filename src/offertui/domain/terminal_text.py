"""Text from an offer file made safe to show on a terminal.

An offer file may come from anyone (a shared folder, a hand edit, a pasted letter), and
a terminal obeys what it prints: ESC starts a command (`ESC ] 52` writes the
clipboard, `ESC [ 2 J` clears the screen), other C0 and C1 control characters move
the cursor, and bidi overrides (U+202A–U+202E, U+2066–U+2069) reorder what the reader
sees. `visible` shows each of them as an escape a person can read (`\\x1b`,
`\\u009b`, `\\u202e`) and leaves every other character alone; `BLANKS` turns them
into spaces, for a table cell. Light to import: the command line and the home screen
use it.
"""

from __future__ import annotations

import re

__all__ = ["BLANKS", "PICTURES", "has_unsafe", "visible"]

_C0 = range(0x00, 0x20)
_C1 = range(0x7F, 0xA0)  # DEL and the 8-bit controls (0x9B is a CSI on its own)
_BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))

_CLASS = "".join(re.escape(chr(c)) for c in (*_C0, *_C1, *_BIDI) if c != 0x0D)
_UNSAFE = re.compile(f"[{_CLASS}\r\ud800-\udfff]")
# In text with lines, a CR that ends a line with LF (CRLF, as .ics and mail use) stays.
_UNSAFE_IN_LINES = re.compile(f"\r(?!\n)|[{_CLASS}\ud800-\udfff]")
_NAMES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# For a table cell: every control and bidi character shows as one blank.
BLANKS: dict[int, str] = {c: " " for c in (*_C0, *_C1, *_BIDI)}

# For a field being edited: each shows as one visible character in its place (ESC as
# U+241B, DEL as U+2421, the rest as U+FFFD), so the text and its cursor keep their
# length; a tab stays a tab.
PICTURES: dict[int, str] = {
    **{c: "\ufffd" for c in (*_C1, *_BIDI)},
    **{c: chr(0x2400 + c) for c in _C0 if c != 0x09},
    0x7F: "\u2421",
}


def has_unsafe(text: str) -> bool:
    """Whether `text` holds anything `visible` would change."""
    return _UNSAFE.search(text) is not None


def visible(text: str, keep: str = "\n\t") -> str:
    """`text` with control and bidi characters shown as escapes, except those in `keep`
    (line breaks and tabs, where the text has lines; `keep=""` for one field on one
    line). Where line breaks are kept, so is the CR of a CRLF. Bytes a file name could
    not decode (surrogate escapes) are decoded as UTF-8 where they form it, else shown
    as `\\xNN`."""
    pattern = _UNSAFE_IN_LINES if "\n" in keep else _UNSAFE
    if pattern.search(text) is None:
        return text
    if re.search("[\ud800-\udfff]", text):
        text = _decode_surrogates(text)
    return pattern.sub(lambda m: _escape(m.group(), keep), text)


def _escape(char: str, keep: str) -> str:
    if char in keep:
        return char
    code = ord(char)
    if char in _NAMES:
        return _NAMES[char]
    # \xNN for C0 (short, as people write ESC); \uNNNN for the rest, which is also a
    # valid JSON escape: JSON printed through `visible` stays JSON, and exact.
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def _decode_surrogates(text: str) -> str:
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name decoding makes
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
