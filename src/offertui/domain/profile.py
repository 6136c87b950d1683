"""The user's profile, and the text cleaning every saved string goes through.

Light to import: the app reads the profile before its first frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """The user: names and signatures for each language's emails, and preferences.

    `signature` signs the English drafts (older profiles kept one signature for both
    languages in it); `signature_ja` signs the Japanese ones. A Japanese draft without
    `signature_ja` ends with the old `signature` only if it is written in Japanese, else
    with the Japanese name, so it never closes with a block of Latin text.
    """

    name_en: str = ""
    name_ja: str = ""
    signature: str = ""
    email_lang: str = "en"
    theme: str = "textual-dark"
    timestamp_notes: bool = False
    # The New Year closure business days skip, as MM-DD..MM-DD (domain.business_days).
    new_year_closure: str = "12-29..01-03"
    signature_ja: str = ""
    # The `[keys]` table as written: (command id, key). The app checks the entries;
    # offertui never writes them, so a hand-edited table is kept as it is.
    keys: tuple[tuple[str, str], ...] = ()
    # Where exports and written emails go; empty: the documents folder (storage.paths).
    export_folder: str = ""


_LINE_END = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """Make `text` safe to keep in TOML without changing anything TOML can hold.

    Line ends become LF (pastes from other systems bring CRLF, old Macs a lone CR;
    `\r\r\n` is two line ends, as everywhere else), and lone surrogates, which no
    UTF-8 file can hold, become U+FFFD instead of crashing the save. Everything else,
    other control characters included, is kept as it is.
    """
    if "\r" in text:
        text = _LINE_END.sub("\n", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text
