"""Reading a letter from a text file: what is accepted, and what is refused with a reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from offertui.storage import text_file
from offertui.storage.text_file import TextFileError, read_text_file, resolve_path


def test_utf8_with_or_without_bom_and_windows_line_ends(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes("契約期間: 期間の定めなし\r\n賃金: 月給\r\n".encode())
    assert read_text_file(plain) == "契約期間: 期間の定めなし\n賃金: 月給\n"
    bom = tmp_path / "b.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + "休日: 土日".encode())
    assert read_text_file(bom) == "休日: 土日"


def test_too_large_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    with pytest.raises(TextFileError, match="right file"):
        read_text_file(big, limit=1000)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04rest", "Office document"),
        (b"{\\rtf1 hello", "rich-text"),
        (b"\x89PNG\r\n", "image"),
        (b"ok\x00no", "not a text file"),
        ("賃金".encode("euc_jp"), "not UTF-8"),
    ],
)
def test_binary_and_other_encodings_are_named(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "letter"
    path.write_bytes(data)
    with pytest.raises(TextFileError, match=message):
        read_text_file(path)


def test_unreadable_file(tmp_path: Path) -> None:
    import os

    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything
            pytest.skip("running with permission to read every file")
        with pytest.raises(TextFileError, match="permission denied"):
            read_text_file(path)
    finally:
        path.chmod(0o600)


def test_paths_as_people_type_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_path("~/offer.txt") == tmp_path / "offer.txt"
    assert resolve_path("  'with space.txt'  ", base=tmp_path) == tmp_path / "with space.txt"
    assert resolve_path("sub/x.txt", base=tmp_path) == tmp_path / "sub" / "x.txt"
    with pytest.raises(TextFileError, match="Type the path"):
        resolve_path("   ")


def test_each_refusal_says_what_the_path_is_and_what_to_do(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(TextFileError) as gone:
        read_text_file(missing)
    assert str(gone.value) == f"There is no file at {missing}."
    with pytest.raises(TextFileError) as folder:
        read_text_file(tmp_path)
    assert str(folder.value) == f"{tmp_path} is a folder. Give the path of a text file in it."
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(TextFileError) as pipe:
        read_text_file(fifo)
    assert str(pipe.value) == f"{fifo} is a named pipe (FIFO), not a file offertui can read."
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n")
    with pytest.raises(TextFileError) as empty:
        read_text_file(blank)
    assert str(empty.value) == f"{blank} is empty."


def test_a_large_file_is_refused_by_its_size_in_kilobytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (1100 * 1024))
    with pytest.raises(TextFileError) as refused:
        read_text_file(big)
    assert str(refused.value) == (
        f"{big} is 1,100 KB; an offer letter as text is a few KB. "
        "Check that this is the right file."
    )
    at_limit = tmp_path / "limit.txt"
    at_limit.write_bytes(b"x" * 2048)
    assert read_text_file(at_limit, limit=2048) == "x" * 2048


def test_a_file_that_grows_after_its_size_was_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 10)
    asked: list[int] = []

    def grown(_path: Path, limit: int) -> bytes:
        asked.append(limit)
        return b"x" * limit

    monkeypatch.setattr(text_file, "read_regular", grown)
    with pytest.raises(TextFileError) as refused:
        read_text_file(path, limit=3 * 1024)
    assert asked == [3 * 1024 + 1]
    assert str(refused.value) == f"{path} is larger than 3 KB; is it the right file?"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7", "a PDF"),
        (b"PK\x03\x04", "a zip archive or an Office document (.docx, .xlsx)"),
        (b"\xd0\xcf\x11\xe0\xa1", "an old Office document (.doc, .xls)"),
        (b"{\\rtf1", "a rich-text (.rtf) document"),
        (b"\x89PNG", "an image"),
        (b"\xff\xd8\xff\xe0", "an image"),
    ],
)
def test_a_known_binary_format_is_named_in_full(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(data + b" then some text")
    with pytest.raises(TextFileError) as refused:
        read_text_file(path)
    assert str(refused.value) == (
        f"{path} looks like {kind}, not plain text. Open it, copy the letter's text "
        "and paste it here, or save it as a .txt file."
    )


def test_nul_bytes_and_other_encodings_say_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(b"ok\x00no")
    with pytest.raises(TextFileError) as binary:
        read_text_file(path)
    assert str(binary.value) == (
        f"{path} is not a text file. Paste the letter's text instead, or save it as a .txt file."
    )
    path.write_bytes("賃金".encode("shift_jis"))
    with pytest.raises(TextFileError) as encoded:
        read_text_file(path)
    assert str(encoded.value) == (
        f"{path} is not UTF-8 text (Japanese files are sometimes saved as Shift_JIS). "
        "Save it again as UTF-8, or paste the text instead."
    )


def test_an_error_of_the_system_is_given_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("text")

    def failing(_path: Path, _limit: int) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(text_file, "read_regular", failing)
    with pytest.raises(TextFileError) as refused:
        read_text_file(path)
    assert str(refused.value) == f"Could not read {path}: Input/output error."


def test_nothing_typed_says_what_a_path_looks_like() -> None:
    with pytest.raises(TextFileError) as refused:
        resolve_path("")
    assert str(refused.value) == "Type the path of a text file, like ~/Downloads/offer.txt."
