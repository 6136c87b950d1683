"""Reading a letter as it arrives: each encoding, a PDF, a .docx, and every refusal."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from offertui.storage.letter_file import (
    MAX_FILE_BYTES,
    LetterFile,
    LetterFileError,
    decode_text,
    read_letter,
)
from tests.letter_files import blank_pdf, letter_docx, letter_pdf

LETTER = "労働条件通知書\n就業場所：東京都港区\n基本給：月額 300,000円\n"


def _write(tmp_path: Path, data: bytes, name: str = "letter") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refusal(path: Path | str) -> str:
    with pytest.raises(LetterFileError) as raised:
        read_letter(path)
    return str(raised.value)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (LETTER.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + LETTER.encode("utf-8"), "utf-8"),
        (LETTER.encode("utf-16"), "utf-16"),  # with its byte-order mark
        (LETTER.encode("cp932"), "shift_jis"),
        (LETTER.encode("euc_jp"), "euc-jp"),
        (LETTER.encode("iso2022_jp"), "iso-2022-jp"),
    ],
)
def test_text_in_each_japanese_encoding_reads_the_same(data: bytes, encoding: str) -> None:
    assert decode_text(data) == (LETTER, encoding)


def test_plain_ascii_is_utf8() -> None:
    assert decode_text(b"Offer letter\nSalary: 300,000 yen\n") == (
        "Offer letter\nSalary: 300,000 yen\n",
        "utf-8",
    )


def test_bytes_no_japanese_encoding_reads_are_refused_with_the_ones_known() -> None:
    # Invalid as UTF-8, as CP932 and as EUC-JP alike.
    with pytest.raises(LetterFileError, match=r"^is not text in a Japanese or Unicode enc"):
        decode_text(b"\x85@\xff")


def test_a_text_file_gives_its_text_kind_and_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, LETTER.replace("\n", "\r\n").encode("cp932"), "letter.txt")
    assert read_letter(path) == LetterFile(LETTER, "text", "shift_jis")  # line ends as LF
    assert read_letter(str(path)) == read_letter(path)


def test_a_pdf_gives_its_text(tmp_path: Path) -> None:
    letter = read_letter(_write(tmp_path, letter_pdf(LETTER), "letter.pdf"))
    assert letter.kind == "pdf" and letter.encoding is None
    assert "基本給" in letter.text and "300,000" in letter.text


def test_a_docx_gives_its_paragraphs_and_its_tables_once_per_merged_cell(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document(io.BytesIO(letter_docx("労働条件通知書\n就業場所：東京都")))
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "基本給"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "300,000円"
    table.cell(1, 0).text = "賞与"
    table.cell(1, 1).text = "年2回"
    table.cell(1, 2).text = "業績による"
    out = io.BytesIO()
    document.save(out)
    letter = read_letter(_write(tmp_path, out.getvalue(), "letter.docx"))
    assert letter == LetterFile(
        "労働条件通知書\n就業場所：東京都\n基本給 | 300,000円\n賞与 | 年2回 | 業績による",
        "docx",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0" + b"\0" * 60, "looks like an old Word or Excel document (.doc, "),
        (b"{\\rtf1 hello}", "looks like a rich-text (.rtf) document; save it as .docx"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "looks like an image; offertui reads text"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 20, "looks like an image; offertui reads text"),
        (b"text\x00with a nul", "is not a text file, a PDF or a .docx"),
        (b"   \n\t\n", "is empty"),
        (b"", "is empty"),
        (b"%PDF-1.4 not really", "is not a readable PDF ("),
        (b"PK\x03\x04 broken zip", "is a zip archive or another Office file, not a .docx"),
    ],
)
def test_what_is_not_a_letter_is_named_with_the_file(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = _write(tmp_path, data)
    said = _refusal(path)
    assert said.startswith(f"{path} {message}"), said


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    path = _write(tmp_path, out.getvalue(), "book.xlsx")
    assert _refusal(path) == (f"{path} is a zip archive or another Office file, not a .docx letter")


def test_a_scanned_pdf_and_an_empty_docx_say_there_is_no_text(tmp_path: Path) -> None:
    scan = _write(tmp_path, blank_pdf(), "scan.pdf")
    assert _refusal(scan).startswith(f"{scan} is a PDF with no text in it (a scanned image?)")
    empty = _write(tmp_path, letter_docx(""), "empty.docx")
    assert _refusal(empty) == f"{empty} is a Word document with no text in it"


def test_a_missing_file_a_folder_and_a_huge_file_are_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'} does not exist"
    assert _refusal(tmp_path) == f"{tmp_path} is a folder; give the path of the letter's file"
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert _refusal(huge) == f"{huge} is over 20 MB; is it the letter?"
    text = _write(tmp_path, b"a" * (1024 * 1024 + 1), "long.txt")
    assert _refusal(text) == f"{text} is over 1,024 KB of text; is it the letter?"


def test_a_letter_on_standard_input_is_named_so(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin(LETTER.encode("euc_jp")))
    assert read_letter("-") == LetterFile(LETTER, "text", "euc-jp")
    monkeypatch.setattr(sys, "stdin", Stdin(b""))
    assert _refusal("-") == "standard input is empty"
