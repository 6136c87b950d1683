"""`offertui letter FILE [--json]`: the same letter gives the same result in any form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from offertui.__main__ import main
from tests.letter_corpus import LETTERS_DIR
from tests.letter_files import blank_pdf, letter_docx, letter_pdf

# A Japanese letter with full-width digits and hidden fixed overtime, and an English one.
JA = (LETTERS_DIR / "d12_fullwidth_ja.txt").read_text(encoding="utf-8")
# EUC-JP and ISO-2022-JP have the wave dash 〜 where CP932 has the full-width tilde ～.
JA_WAVE_DASH = JA.replace("～", "〜")
EN = (LETTERS_DIR / "d04_foreign_affiliate.txt").read_text(encoding="utf-8")


def run_json(data_dir: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    status = main(["--data-dir", str(data_dir), "letter", str(path), "--json"])
    out, err = capsys.readouterr()
    assert err == ""
    data: dict[str, object] = json.loads(out)
    assert status == (3 if data["missing"] else 0)
    return data


@pytest.mark.parametrize(
    ("name", "make", "text"),
    [
        ("letter.pdf", letter_pdf, JA),
        ("letter.docx", letter_docx, JA),
        ("letter-sjis.txt", lambda text: text.encode("cp932"), JA),
        ("letter-eucjp.txt", lambda text: text.encode("euc_jp"), JA_WAVE_DASH),
        ("letter-jis.txt", lambda text: text.encode("iso2022_jp"), JA_WAVE_DASH),
        ("letter-utf16.txt", lambda text: text.encode("utf-16"), JA),
        ("letter-bom.txt", lambda text: text.encode("utf-8-sig"), JA),
    ],
)
def test_every_form_of_the_letter_gives_the_same_result(
    name: str,
    make: object,
    text: str,
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain = tmp_path / "letter.txt"
    plain.write_text(text, encoding="utf-8")
    expected = run_json(data_dir, plain, capsys)
    assert expected["fixed_overtime"] == {"hours": 20.0, "amount": 40_000}
    other = tmp_path / name
    other.write_bytes(make(text))  # type: ignore[operator]
    assert run_json(data_dir, other, capsys) == expected


def test_an_english_pdf_reads_like_its_text(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, pdf = tmp_path / "a.txt", tmp_path / "a.pdf"
    plain.write_text(EN, encoding="utf-8")
    pdf.write_bytes(letter_pdf(EN))
    assert run_json(data_dir, pdf, capsys) == run_json(data_dir, plain, capsys)


def test_the_json_contract(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("契約期間：入社日から1年間\n勤務地：東京都港区", encoding="utf-8")
    data = run_json(data_dir, path, capsys)
    assert data["fixed_term"] is True
    assert data["fixed_overtime"] is None
    items = data["items"]
    assert isinstance(items, list) and len(items) == 24
    workplace = next(i for i in items if i["key"] == "workplace")
    assert workplace["found"] and workplace["required"]
    assert workplace["label"] == "Place of work"
    assert workplace["excerpt"] == "勤務地：東京都港区"
    assert "renewal" in data["missing"]  # type: ignore[operator]


def test_standard_input_and_the_plain_report(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(JA.encode("cp932")), encoding="cp932")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["--data-dir", str(data_dir), "letter", "-"]) == 0  # nothing missing
    out, err = capsys.readouterr()
    assert err == ""
    assert "Fixed overtime: 20 h a month, ¥40,000" in out
    # Excerpts are the letter as written: full-width digits kept.
    assert "固定残業手当　月額４０，０００円" in out
    assert "✗ Scope of changes" not in out
    assert "required item(s) missing: consultation_desk" not in out  # open-ended letter


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (None, "does not exist"),
        ("folder", "is a folder"),
        (b"%PDF-1.4 broken", "is not a readable PDF"),
        (blank_pdf, "no text in it"),
        (b"PK\x03\x04not really a zip", "not a .docx"),
        (b"", "is empty"),
        (b"\x89PNG\r\n", "an image"),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    make: object, message: str, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.pdf"
    if make == "folder":
        path.mkdir()
    elif callable(make):
        path.write_bytes(make())
    elif isinstance(make, bytes):
        path.write_bytes(make)
    assert main(["--data-dir", str(data_dir), "letter", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and message in err and str(path) in err


def test_an_item_mentioned_but_not_confirmed_is_marked_apart(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(
        "勤務地：本社（東京都港区）\n勤務する拠点は、事業の状況によって広がることがあります。\n",
        encoding="utf-8",
    )
    assert main(["--data-dir", str(data_dir), "letter", str(path)]) == 3
    out, _err = capsys.readouterr()
    assert "? Scope of changes to the place of work (就業場所の変更の範囲) — mentioned" in out
    assert "    read: 勤務する拠点は、事業の状況によって広がることがあります。" in out
    assert "✗ Scope of changes to the duties (業務の変更の範囲) — missing" in out
    assert "mentioned in words the check could not confirm (?): change_scope_workplace" in out
    data = run_json(data_dir, path, capsys)
    assert data["unconfirmed"] == ["change_scope_workplace"]
    assert "change_scope_workplace" in data["missing"]  # type: ignore[operator]
