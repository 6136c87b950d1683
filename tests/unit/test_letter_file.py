"""Reading a letter as it arrives: each encoding, a PDF, a .docx, and every refusal."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from offertui.storage.letter_file import (
    MAX_FILE_BYTES,
    MAX_TEXT_BYTES,
    LetterFile,
    LetterFileError,
    _plausible,
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
    with pytest.raises(LetterFileError) as raised:
        decode_text(b"\x85@\xff")
    assert str(raised.value) == (
        "is not text in a Japanese or Unicode encoding offertui knows (UTF-8, UTF-16, "
        "Shift_JIS, EUC-JP, ISO-2022-JP)"
    )


def test_a_byte_order_mark_decides_and_a_bad_byte_after_it_is_replaced() -> None:
    assert decode_text(b"\xef\xbb\xbfabc\xff") == ("abc\ufffd", "utf-8")
    assert decode_text("給与".encode("utf-16-be").join([b"\xfe\xff", b""])) == (
        "給与",
        "utf-16",
    )
    assert decode_text(b"\xff\xfe" + "給与".encode("utf-16-le") + b"\x00") == (
        "給与\ufffd",
        "utf-16",
    )


def test_iso_2022_jp_is_told_by_any_of_its_escapes() -> None:
    old_jis = LETTER.encode("iso2022_jp").replace(b"\x1b$B", b"\x1b$@")
    assert decode_text(old_jis) == (LETTER, "iso-2022-jp")
    assert decode_text(b"\x1b(Jsalary\x1b(B") == ("salary", "iso-2022-jp")


def test_euc_jp_kana_that_cp932_also_decodes_still_read_as_euc_jp() -> None:
    # As CP932 these bytes are half-width katakana: text, but not a letter's.
    data = "ありがとうございます".encode("euc_jp")
    assert data.decode("cp932")  # both decode
    assert decode_text(data) == ("ありがとうございます", "euc-jp")


@pytest.mark.parametrize(
    ("char", "good"),
    [
        ("a", True), ("~", True), ("\n", True), ("\r", True), ("\t", True),
        ("\x0b", False), ("\x01", False), ("\x7f", False),
        ("\u2fff", False), ("\u3000", True), ("\u3001", True), ("\u30fe", True),
        ("\u30ff", True), ("\u3100", False),
        ("\u4dff", False), ("\u4e00", True), ("\u4e01", True), ("\u9ffe", True),
        ("\u9fff", True), ("\ua000", False),
        ("\uff00", False), ("\uff01", True), ("\uff02", True), ("\uff5d", True),
        ("\uff5e", True), ("\uff5f", False), ("\uff71", False),  # half-width katakana
        ("①", True), ("■", True), ("※", True), ("〜", True), ("é", False), ("X", True),
    ],
)  # fmt: skip
def test_what_reads_like_a_letter_is_ascii_kana_kanji_full_width_and_marks(
    char: str, good: bool
) -> None:
    assert _plausible(char) == (1.0 if good else 0.0)


def test_how_plausible_a_text_is_is_the_share_of_its_characters_that_read() -> None:
    assert _plausible("") == 0.0
    assert _plausible("a\x01") == 0.5
    assert _plausible("給与\x01\x02\x03\x04") == pytest.approx(2 / 6)


def test_utf16_files_of_either_byte_order_are_text_despite_their_zero_bytes(
    tmp_path: Path,
) -> None:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        path = _write(tmp_path, bom + LETTER.encode(codec), f"{codec}.txt")
        assert read_letter(path) == LetterFile(LETTER, "text", "utf-16")


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
    assert _refusal(scan) == (
        f"{scan} is a PDF with no text in it (a scanned image?); offertui cannot read "
        "pictures. Ask the company for a text PDF, or type the letter's terms in"
    )
    empty = _write(tmp_path, letter_docx(""), "empty.docx")
    assert _refusal(empty) == f"{empty} is a Word document with no text in it"


def test_a_missing_file_a_folder_and_a_huge_file_are_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'} does not exist"
    assert _refusal(tmp_path) == f"{tmp_path} is a folder; give the path of the letter's file"
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert _refusal(huge) == f"{huge} is over 20 MB; is it the letter?"
    text = _write(tmp_path, b"a" * (MAX_TEXT_BYTES + 1), "long.txt")
    assert _refusal(text) == f"{text} is over 1,024 KB of text; is it the letter?"
    assert read_letter(_write(tmp_path, b"a" * MAX_TEXT_BYTES, "at-limit.txt")).kind == "text"
    at_limit = _write(tmp_path, b"a" * MAX_FILE_BYTES, "at-file-limit.txt")
    assert _refusal(at_limit) == f"{at_limit} is over 1,024 KB of text; is it the letter?"


def test_a_path_that_is_no_regular_file_says_what_it_is(tmp_path: Path) -> None:
    import socket

    where = tmp_path / "socket"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(where))
        assert _refusal(where) == f"{where} is a socket, not a file offertui can read"
    finally:
        server.close()


def test_a_broken_docx_and_a_multi_page_pdf(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "not xml at all")
    broken = _write(tmp_path, out.getvalue(), "broken.docx")
    assert _refusal(broken).startswith(f"{broken} is not a readable Word (.docx) document (")
    from reportlab.pdfgen import canvas

    pdf = io.BytesIO()
    pages = canvas.Canvas(pdf)
    for words in ("page one", "page two"):
        pages.drawString(72, 720, words)
        pages.showPage()
    pages.save()
    letter = read_letter(_write(tmp_path, pdf.getvalue(), "two.pdf"))
    # pypdf ends each page's text with a line end of its own.
    assert [line for line in letter.text.splitlines() if line] == ["page one", "page two"]


def test_a_password_protected_pdf_is_refused_and_an_owner_only_one_read(
    tmp_path: Path,
) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    def pdf(encrypt: StandardEncryption) -> bytes:
        out = io.BytesIO()
        page = canvas.Canvas(out, encrypt=encrypt)
        page.drawString(72, 720, "Salary 300,000 yen")
        page.save()
        return out.getvalue()

    locked = _write(tmp_path, pdf(StandardEncryption("secret", "owner")), "locked.pdf")
    assert _refusal(locked) == (
        f"{locked} is a password-protected PDF; save an unprotected copy first"
    )
    open_to_read = _write(tmp_path, pdf(StandardEncryption("", "owner")), "owner.pdf")
    assert read_letter(open_to_read).text.strip() == "Salary 300,000 yen"


def test_a_letter_on_standard_input_is_named_so(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin(LETTER.encode("euc_jp")))
    assert read_letter("-") == LetterFile(LETTER, "text", "euc-jp")
    monkeypatch.setattr(sys, "stdin", Stdin(b""))
    assert _refusal("-") == "standard input is empty"
    monkeypatch.setattr(sys, "stdin", Stdin(b"a" * (MAX_FILE_BYTES + 1)))
    assert _refusal("-") == "standard input is over 20 MB; is it the letter?"
    monkeypatch.setattr(sys, "stdin", Stdin(b"a" * MAX_FILE_BYTES))
    assert _refusal("-") == "standard input is over 1,024 KB of text; is it the letter?"
