"""Japanese line breaking by the kinsoku rules (offertui.domain.japanese)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offertui.domain.emails import KINDS, EmailContext, render
from offertui.domain.japanese import (
    NO_LINE_END,
    NO_LINE_START,
    break_offsets,
    cell_width,
    is_japanese,
    wrap,
)

TEXT = (
    "お世話になっております。バックエンドエンジニアのポジションで内定をいただいております、"
    "モーガン・アレックスです。このたびは（株式会社サクラシステムズ）の「オファー面談」の"
    "日程をご調整いただき、誠にありがとうございました。ちょっとした質問ですが、"
    "フレックスタイム制のコアタイムは何時からでしょうか？"
)


def width_of(line: str) -> int:
    return sum(cell_width(ch) for ch in line)


def assert_kinsoku(lines: list[str], width: int) -> None:
    for index, line in enumerate(lines):
        assert width_of(line) <= width, (width, line)
        if index:
            assert line[:1] not in NO_LINE_START, (width, lines[index - 1], line)
        if index < len(lines) - 1 and line:
            assert line[-1] not in NO_LINE_END, (width, line, lines[index + 1])


@pytest.mark.parametrize("width", range(6, 61))
def test_wrapped_japanese_follows_the_rules_at_every_width(width: int) -> None:
    lines = wrap(TEXT, width)
    assert "".join(lines) == TEXT
    assert_kinsoku(lines, width)


def test_a_full_stop_never_starts_a_line() -> None:
    # At width 24 (12 characters) a naive fold puts 「。」 first on the second line.
    text = "あいうえおかきくけこさし。すせそ"
    naive = [text[i : i + 12] for i in range(0, len(text), 12)]
    assert naive[1].startswith("。")
    assert wrap(text, 24) == ["あいうえおかきくけこさ", "し。すせそ"]


def test_an_opening_bracket_never_ends_a_line() -> None:
    lines = wrap("あいうえおかきく「オファー面談」", 18)
    assert lines[0] == "あいうえおかきく"
    assert lines[1].startswith("「")


def test_small_kana_and_the_long_vowel_mark_stay_with_the_character_before() -> None:
    for text in (
        "あいうえおかきくけこっさ",
        "あいうえおかきくけこーさ",
        "あいうえおかきくけこャさ",
    ):
        lines = wrap(text, 20)
        assert lines[1][0] not in "っーャ", lines
        assert_kinsoku(lines, 20)


def test_english_words_break_at_spaces_only() -> None:
    lines = wrap("Thank you very much for the offer, I am pleased.", 12)
    assert lines == ["Thank you", "very much", "for the", "offer, I am", "pleased."]
    assert wrap("supercalifragilistic", 8) == ["supercal", "ifragili", "stic"]


def test_mixed_text_breaks_between_scripts_and_keeps_words_whole() -> None:
    text = "Pythonとクラウドの経験が豊富なため、"
    assert wrap(text, 10)[0] == "Pythonとク"
    assert wrap(text, 7)[:2] == ["Python", "とクラ"]
    assert_kinsoku(wrap(text, 14), 14)


def test_existing_lines_and_blank_lines_are_kept() -> None:
    assert wrap("一行目\n\n三行目", 40) == ["一行目", "", "三行目"]


@given(
    st.text(
        alphabet="あいうえおかきくけこ漢字。、）」』】〕！？ー（「『【〔っゃ ab",
        max_size=60,
    ),
    st.integers(min_value=4, max_value=30),
)
def test_any_text_wraps_within_the_width_without_losing_a_character(text: str, width: int) -> None:
    cuts = break_offsets(text, width)
    assert cuts == sorted(set(cuts))
    assert all(0 < cut < len(text) for cut in cuts)
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    assert "".join(pieces) == text
    for piece in pieces:
        assert width_of(piece) <= width or len(piece) == 1


@given(st.text(alphabet="あいうえおかきくけこ漢字。、）」ー「（っ", min_size=1, max_size=80))
def test_kinsoku_holds_whenever_the_line_can_hold_more_than_the_punctuation(text: str) -> None:
    # Runs of three or more characters that may not start or end a line can force a
    # break between them; short of that, the rules always hold.
    lines = wrap(text, 12)
    for index, line in enumerate(lines[1:], 1):
        if line[:1] in NO_LINE_START:
            before = lines[index - 1]
            assert all(ch in NO_LINE_START | NO_LINE_END for ch in before[1:]), lines


@pytest.mark.parametrize("kind", KINDS)
def test_every_japanese_draft_wraps_by_the_rules(kind: str) -> None:
    ctx = replace(
        EmailContext(
            company="株式会社サクラシステムズ",
            contact_name="田中",
            position="バックエンドエンジニア",
            name_ja="モーガン・アレックス",
        ),
        meeting_held=True,
    )
    body = render(kind, "ja", ctx).body
    for width in (30, 41, 56, 78):
        # Each line of the draft wraps on its own; a list line may start with 「・」.
        for line in body.split("\n"):
            assert_kinsoku(wrap(line, width), width)


@pytest.mark.parametrize(
    ("text", "japanese"),
    [
        ("the 内定 letter", False),
        ("Tanaka", False),
        ("", False),
        ("人事部", True),
        ("Pythonの経験が豊富なため", True),
        ("チームの技術スタックと裁量の大きさ", True),
        ("I'd like 年収 950万円 please", False),
    ],
)
def test_is_japanese(text: str, japanese: bool) -> None:
    assert is_japanese(text) is japanese
