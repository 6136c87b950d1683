"""Reading an offer letter as it arrives: text in any Japanese encoding, a PDF or a .docx.

Letters come as UTF-8 or UTF-16 text, as Shift_JIS (CP932), EUC-JP or ISO-2022-JP from
older systems and mail clients, as PDFs and as Word documents. :func:`read_letter` gives
back the text of any of them, or a :class:`LetterFileError` whose message says what is
wrong in words a user can act on. pypdf and python-docx are imported only when a PDF or
a Word file is read.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from offertui.domain.profile import clean_text
from offertui.storage.offer_read import UnreadableFile, read_regular
from offertui.storage.text_file import TextFileError

__all__ = ["MAX_FILE_BYTES", "LetterFile", "LetterFileError", "decode_text", "read_letter"]

#: A PDF or Word letter is rarely over a megabyte; 20 MB is surely the wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: As text, a letter is a few kilobytes.
MAX_TEXT_BYTES = 1024 * 1024

Kind = Literal["text", "pdf", "docx"]

_OTHER_BINARIES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document (.doc, .xls); save it as .docx or PDF"),
    (b"{\\rtf", "a rich-text (.rtf) document; save it as .docx, PDF or plain text"),
    (b"\x89PNG", "an image; offertui reads text, not pictures"),
    (b"\xff\xd8\xff", "an image; offertui reads text, not pictures"),
)


class LetterFileError(TextFileError):
    """A letter that cannot be read; the message is written for the user."""


@dataclass(frozen=True)
class LetterFile:
    """The text of a letter, what kind of file it came from and, for text, its encoding."""

    text: str
    kind: Kind
    encoding: str | None = None


# --- text in any Japanese encoding -------------------------------------------------------


def _plausible(text: str) -> float:
    """How much of `text` looks like a letter in Japanese or English (0 to 1)."""
    if not text:
        return 0.0
    good = 0
    for char in text:
        code = ord(char)
        if (
            (char.isascii() and (char.isprintable() or char in "\n\r\t"))
            or 0x3000 <= code <= 0x30FF  # punctuation, hiragana, katakana
            or 0x4E00 <= code <= 0x9FFF  # kanji
            or 0xFF01 <= code <= 0xFF5E  # full-width forms
            or char in "・ー〜～①②③④⑤⑥⑦⑧⑨⑩■□●○◆◇※"
        ):
            good += 1
    return good / len(text)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a letter's bytes, detecting the encoding; returns (text, encoding name).

    A byte-order mark decides UTF-8 or UTF-16; ISO-2022-JP shows itself by its escape
    sequences; otherwise UTF-8, CP932 (Shift_JIS) and EUC-JP are tried and the decoding
    that reads most like Japanese or English text wins.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    candidates: list[tuple[float, str, str]] = []
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:
        try:
            return data.decode("iso2022_jp"), "iso-2022-jp"
        except UnicodeDecodeError:
            pass
    for order, encoding in enumerate(("utf-8", "cp932", "euc_jp")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # UTF-8 that decodes is almost never a coincidence: it wins a tie.
        candidates.append((_plausible(text) - order * 1e-6, encoding, text))
    if not candidates:
        raise LetterFileError(
            "is not text in a Japanese or Unicode encoding offertui knows (UTF-8, UTF-16,"
            " Shift_JIS, EUC-JP, ISO-2022-JP)"
        )
    _score, encoding, text = max(candidates)
    return text, {"cp932": "shift_jis", "euc_jp": "euc-jp"}.get(encoding, encoding)


# --- PDF and Word ------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found"); the error below says it once.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LetterFileError("is a password-protected PDF; save an unprotected copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LetterFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise LetterFileError(f"is not a readable PDF ({error})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise LetterFileError(
            "is a PDF with no text in it (a scanned image?); offertui cannot read pictures."
            " Ask the company for a text PDF, or type the letter's terms in"
        )
    return text


def _docx_text(data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise LetterFileError(f"is not a readable Word (.docx) document ({error})") from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                # A merged cell repeats in every column it spans: keep it once.
                if not cells or cell.text != cells[-1]:
                    cells.append(cell.text)
            lines.append(" | ".join(cells))
    text = "\n".join(lines)
    if not text.strip():
        raise LetterFileError("is a Word document with no text in it")
    return text


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _from_bytes(data: bytes) -> LetterFile:
    if data.startswith(b"%PDF"):
        return LetterFile(clean_text(_pdf_text(data)), "pdf")
    if data.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return LetterFile(clean_text(_docx_text(data)), "docx")
        raise LetterFileError("is a zip archive or another Office file, not a .docx letter")
    for signature, kind in _OTHER_BINARIES:
        if data.startswith(signature):
            raise LetterFileError(f"looks like {kind}")
    if len(data) > MAX_TEXT_BYTES:
        raise LetterFileError(f"is over {MAX_TEXT_BYTES // 1024:,} KB of text; is it the letter?")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LetterFileError("is not a text file, a PDF or a .docx")
    text, encoding = decode_text(data)
    if not text.strip():
        raise LetterFileError("is empty")
    return LetterFile(clean_text(text), "text", encoding)


def read_letter(source: Path | str) -> LetterFile:
    """The letter in `source`: a path, or ``"-"`` for standard input.

    Raises :class:`LetterFileError` with a one-line message naming the file.
    """
    name = "standard input" if source == "-" else str(source)
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            path = Path(source)
            if not path.exists():
                raise LetterFileError("does not exist")
            if path.is_dir():
                raise LetterFileError("is a folder; give the path of the letter's file")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise LetterFileError(f"is over {MAX_FILE_BYTES // 2**20} MB; is it the letter?")
            # A regular file only, opened without blocking (never a FIFO or a device).
            data = read_regular(path, MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise LetterFileError(f"is over {MAX_FILE_BYTES // 2**20} MB; is it the letter?")
        return _from_bytes(data)
    except UnreadableFile as error:
        raise LetterFileError(f"{name} is {error}") from None
    except LetterFileError as error:
        raise LetterFileError(f"{name} {error}") from None
    except PermissionError:
        raise LetterFileError(f"{name} may not be read (permission denied)") from None
    except OSError as error:
        raise LetterFileError(f"{name} could not be read: {error.strerror or error}") from None
