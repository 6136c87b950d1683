"""The candidate's own words set into a draft's sentence (offertui.domain.phrases)."""

from __future__ import annotations

import pytest

from offertui.domain.phrases import attached, fit, form, in_japanese, pick

JA = {
    "sentence": "{text}",
    "reason": "{text}、決めました。",
    "koto": "{text}が決め手です。",
    "noun": "{text}に惹かれました。",
    "list": "理由：\n{text}",
}
EN = {
    "sentence": "{text}",
    "reason": "I decided {text}.",
    "noun": "What drew me was {text}.",
    "list": "Reasons:\n{text}",
}


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("チームの技術スタックと裁量の大きさ", "noun"),
        ("技術スタックに惹かれたため", "reason"),
        ("技術スタックに惹かれたので", "reason"),
        ("裁量を持って開発に取り組めること", "koto"),
        ("貴社のビジョンに共感しました", "sentence"),
        ("貴社のビジョンに共感しております。", "sentence"),
        ("・経験\n・市場水準", "list"),
        ("the team's focus on reliability", "noun"),
        ("the scope I would have", "noun"),
        ("because the team suits me", "reason"),
        ("Since the team suits me", "reason"),
        ("in light of my experience", "reason"),
        ("I bring eight years of backend experience", "sentence"),
        ("The team's focus is what I was looking for", "sentence"),
        ("Family reasons.", "sentence"),
        ("- one\n- two", "list"),
    ],
)
def test_form(text: str, shape: str) -> None:
    assert form(text) == shape


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "チームの技術スタックと裁量の大きさ",
            "チームの技術スタックと裁量の大きさに惹かれました。",
        ),
        ("技術スタックに惹かれたため", "技術スタックに惹かれたため、決めました。"),
        ("技術スタックに惹かれたため。", "技術スタックに惹かれたため、決めました。"),
        ("開発に取り組めること", "開発に取り組めることが決め手です。"),
        # A bare clause takes こと to become a noun.
        ("大規模な設計に携われる", "大規模な設計に携われることが決め手です。"),
        ("技術スタックに惹かれた", "技術スタックに惹かれたことが決め手です。"),
        ("共感しました", "共感しました。"),
        ("・経験\n・市場水準", "理由：\n・経験\n・市場水準"),
    ],
)
def test_japanese_phrases_become_whole_sentences(text: str, written: str) -> None:
    assert fit(text, JA) == written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The team's focus on reliability", "What drew me was the team's focus on reliability."),
        ("because the team suits me.", "I decided because the team suits me."),
        ("Because the team suits me", "I decided because the team suits me."),
        ("I bring eight years of experience", "I bring eight years of experience."),
        ("Family reasons!", "Family reasons!"),
        ("NASA's culture", "What drew me was NASA's culture."),
    ],
)
def test_english_phrases_become_whole_sentences(text: str, written: str) -> None:
    assert fit(text, EN) == written


def test_a_koto_clause_in_a_language_without_that_form_uses_the_noun_one() -> None:
    patterns = {k: v for k, v in JA.items() if k != "koto"}
    assert fit("開発に取り組めること", patterns) == "開発に取り組めることに惹かれました。"


def test_a_placeholder_is_left_as_it_is() -> None:
    assert fit("[[承諾の理由（一文）]]", JA) == "[[承諾の理由（一文）]]"


@pytest.mark.parametrize(
    ("typed", "japanese", "lang", "shown"),
    [
        ("Eight years of work", "8年の経験", "ja", "8年の経験"),
        ("Eight years of work", "8年の経験", "en", "Eight years of work"),
        ("8年の経験", "", "ja", "8年の経験"),
        ("8年の経験", "", "en", "[[rewrite in English: 8年の経験]]"),
        ("Eight years of work", "", "ja", "[[日本語に直してください：Eight years of work]]"),
        ("", "8年の経験", "en", "[[rewrite in English: 8年の経験]]"),
        ("", "Eight years", "ja", "[[日本語に直してください：Eight years]]"),
        ("", "", "ja", "[[mark]]"),
        ("  ", "", "en", "[[mark]]"),
        ("- one\n- [two]", "", "ja", "[[日本語に直してください：- one / - (two)]]"),
    ],
)
def test_pick_takes_the_words_of_the_draft_language_or_flags_them(
    typed: str, japanese: str, lang: str, shown: str
) -> None:
    assert pick(typed, japanese, lang, "[[mark]]") == shown


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("the signed acceptance form", "the signed acceptance form"),
        ("Signed acceptance form.", "Signed acceptance form"),
        ("Offer acceptance form and a copy of my passport", None),
        ("内定承諾書", "内定承諾書"),
        ("署名済みの内定承諾書（PDF）。", "署名済みの内定承諾書（PDF）"),
        ("  ", ""),
    ],
)
def test_an_attachment_is_kept_as_the_name_of_what_is_attached(
    typed: str, kept: str | None
) -> None:
    assert attached(typed) == (typed.strip().rstrip("。.") if kept is None else kept)


@pytest.mark.parametrize(
    "typed",
    [
        "I attached the signed form",
        "Attached is the signed form",
        "the signed form attached",
        "Please find the form",
        "内定承諾書を添付します",
        "内定承諾書を添付",
        "内定承諾書を添付したため",
    ],
)
def test_a_sentence_about_the_attachment_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValueError, match="Name only what is attached"):
        attached(typed)


def test_the_japanese_version_must_be_japanese_or_empty() -> None:
    assert in_japanese("  8年間の経験\n裁量の大きさ ") == "8年間の経験\n裁量の大きさ"
    assert in_japanese("AWSでの運用経験") == "AWSでの運用経験"
    assert in_japanese("") == ""
    for english in ("eight years", "AWS", "I bring eight years of experience"):
        with pytest.raises(ValueError, match="write it in Japanese"):
            in_japanese(english)
