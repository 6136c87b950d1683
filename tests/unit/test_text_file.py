"""Reading a letter from a text file: what is accepted, and what is refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

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
