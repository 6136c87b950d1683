"""Tests for the offer-stage email drafts (offertui.domain.emails)."""

from __future__ import annotations

import ast
import email
import email.policy
import sys
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offertui.domain import emails
from offertui.domain.emails import (
    KIND_LABELS,
    KINDS,
    LANGS,
    PLACEHOLDER_RE,
    EmailContext,
    build_eml,
    draft_as_text,
    find_placeholders,
    placeholder_spans,
    render,
)

FULL = EmailContext(
    company="Sakura Systems",
    contact_name="Tanaka",
    contact_role="人事部",
    position="Backend Engineer",
    meeting_date=date(2024, 1, 1),  # a Monday
    reply_by=date(2024, 1, 9),  # a Tuesday
    target_salary=9_500_000,
    current_offer_salary=8_000_000,
    negotiation_reasons="I bring eight years of backend experience",
    decline_reason="I have accepted an offer closer to my long-term plans",
    accept_reasons="The team's focus on reliability is what I was looking for",
    name_en="Alex Morgan",
    name_ja="モーガン・アレックス",
    visa_support=True,
    meeting_held=True,
)
FULL_JA = replace(
    FULL,
    company="株式会社サクラシステムズ",
    contact_name="田中",
    negotiation_reasons="8年間のバックエンド開発の経験があるため",
    decline_reason="長期的な方向性により近い他社の内定を承諾したため",
    accept_reasons="信頼性を重視するチームの姿勢に強く惹かれたため",
)
EMPTY = EmailContext()

ALL = [(kind, lang) for kind in KINDS for lang in LANGS]

EN_COMMON = {"[[your name]]", "[[position]]", "[[company name]]"}
JA_COMMON = {"[[氏名]]", "[[職種名]]"}
EXPECTED_EMPTY = {
    ("request-letter", "en"): EN_COMMON,
    ("request-meeting", "en"): EN_COMMON,
    ("need-time", "en"): EN_COMMON | {"[[reply date]]"},
    ("negotiate", "en"): EN_COMMON
    | {
        "[[offered salary]]",
        "[[target salary]]",
        "[[your reasons (experience, market rate, other offers)]]",
    },
    ("accept", "en"): EN_COMMON | {"[[one line on why you are accepting]]"},
    ("decline", "en"): EN_COMMON | {"[[brief reason for declining]]"},
    ("request-letter", "ja"): JA_COMMON,
    ("request-meeting", "ja"): JA_COMMON,
    ("need-time", "ja"): JA_COMMON | {"[[返答期限]]"},
    ("negotiate", "ja"): JA_COMMON
    | {"[[提示年収]]", "[[希望年収]]", "[[希望理由（経験・市場水準・他社の状況など）]]"},
    ("accept", "ja"): JA_COMMON | {"[[承諾の理由（一文）]]"},
    ("decline", "ja"): JA_COMMON | {"[[辞退の理由（簡潔に）]]"},
}


def full_for(lang: str) -> EmailContext:
    """The complete context, with the recruiter and company written as each language would."""
    return FULL if lang == "en" else FULL_JA


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


# --------------------------------------------------------------------------- catalogue


def test_kinds_and_labels_are_consistent() -> None:
    assert KINDS == (
        "request-letter",
        "request-meeting",
        "need-time",
        "negotiate",
        "accept",
        "decline",
    )
    assert set(KIND_LABELS) == set(KINDS)
    assert KIND_LABELS["need-time"] == "Thank you, I need time"
    assert LANGS == ("en", "ja")


def test_module_uses_only_the_standard_library_and_the_domain() -> None:
    tree = ast.parse(Path(emails.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module)
    imported.discard("__future__")
    outside = {name for name in imported if not name.startswith("offertui.domain.")}
    assert {name.split(".")[0] for name in outside} <= set(sys.stdlib_module_names), outside


@pytest.mark.parametrize("kind", ["", "thanks", "Accept"])
def test_unknown_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ValueError, match="unknown email kind") as info:
        render(kind, "en", FULL)
    assert repr(kind) in str(info.value)


@pytest.mark.parametrize("lang", ["", "fr", "EN", "jp"])
def test_unknown_lang_is_rejected(lang: str) -> None:
    with pytest.raises(ValueError, match="unknown email language") as info:
        render("accept", lang, FULL)
    assert repr(lang) in str(info.value)


# --------------------------------------------------------------------------- placeholders in drafts


@pytest.mark.parametrize(("kind", "lang"), ALL)
def test_complete_context_leaves_no_placeholder(kind: str, lang: str) -> None:
    draft = render(kind, lang, full_for(lang))
    assert draft.subject.strip()
    assert "\n" not in draft.subject
    assert find_placeholders(draft.subject) == []
    assert find_placeholders(draft.body) == []
    assert "[[" not in draft.body and "]]" not in draft.body


@pytest.mark.parametrize(("kind", "lang"), ALL)
def test_empty_context_marks_each_missing_field(kind: str, lang: str) -> None:
    draft = render(kind, lang, EMPTY)
    found = set(find_placeholders(draft.subject + "\n" + draft.body))
    assert found == EXPECTED_EMPTY[kind, lang]
    # The candidate's name is always in the subject, so the recruiter sees who wrote.
    assert ("[[your name]]" if lang == "en" else "[[氏名]]") in draft.subject


@pytest.mark.parametrize(("kind", "lang"), ALL)
def test_known_values_appear_in_the_draft(kind: str, lang: str) -> None:
    ctx = full_for(lang)
    draft = render(kind, lang, ctx)
    name = ctx.name_en if lang == "en" else ctx.name_ja
    assert name in draft.subject
    assert ctx.position in draft.body
    if lang == "en":
        assert draft.body.startswith("Dear Tanaka-san,\n")
        assert ctx.company in draft.body
    else:
        assert draft.body.startswith(f"{ctx.company}\n人事部\n田中様\n")


def test_english_money_and_dates() -> None:
    body = render("negotiate", "en", FULL).body
    assert "¥8,000,000" in body
    assert "¥9,500,000" in body
    assert "1 January 2024 (Mon)" in body  # meeting date
    assert "I bring eight years of backend experience." in body
    assert "by 9 January 2024 (Tue) at the latest" in render("need-time", "en", FULL).body


def test_japanese_money_and_dates() -> None:
    body = render("negotiate", "ja", FULL_JA).body
    assert "ご提示いただいた年収は800万円" in body
    assert "950万円程度" in body
    assert "1月1日（月）はオファー面談" in body
    assert "遅くとも1月9日（火）までに" in render("need-time", "ja", FULL_JA).body


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (12_000_000, "1,200万円"),
        (9_555_500, "9,555,500円"),
        (100_000_000, "1億円"),
        (150_000_000, "1億5,000万円"),
    ],
)
def test_japanese_amounts_use_man_and_oku(amount: int, text: str) -> None:
    body = render("negotiate", "ja", replace(FULL_JA, target_salary=amount)).body
    assert f"{text}程度" in body


def test_a_meeting_not_held_is_never_thanked_for() -> None:
    for lang, full in (("en", FULL), ("ja", FULL_JA)):
        for kind in KINDS:
            ctx = replace(full, meeting_held=False, meeting_date=None)
            body = render(kind, lang, ctx).body
            assert find_placeholders(body) == []
            assert "meet me" not in body and "オファー面談のお時間" not in body


def test_a_held_meeting_without_a_date_asks_for_it() -> None:
    ctx = replace(FULL_JA, meeting_date=None)
    assert "[[面談日]]はお忙しい中" in render("need-time", "ja", ctx).body
    assert (
        "meet me on [[meeting date]]"
        in render("need-time", "en", replace(FULL, meeting_date=None)).body
    )


def test_request_letter_mentions_a_planned_meeting() -> None:
    planned = replace(FULL, meeting_held=False)
    assert (
        "the offer meeting on 1 January 2024 (Mon)" in render("request-letter", "en", planned).body
    )
    planned_ja = replace(FULL_JA, meeting_held=False)
    assert "1月1日（月）のオファー面談の日程" in render("request-letter", "ja", planned_ja).body


@pytest.mark.parametrize("kind", KINDS)
def test_company_ending_in_a_dot_is_not_doubled(kind: str) -> None:
    body = render(kind, "en", replace(FULL, company="Sakura Systems K.K.")).body
    assert "Sakura Systems K.K." in body
    assert ".." not in body


def test_blank_text_counts_as_unknown() -> None:
    ctx = replace(FULL, name_en="   ", position="\t")
    draft = render("accept", "en", ctx)
    assert "[[your name]]" in draft.subject
    assert "[[position]]" in draft.body


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        ("家庭の事情によるものです", "家庭の事情によるものです。"),
        ("家庭の事情によるものです。", "家庭の事情によるものです。"),
        ("家庭の事情", "家庭の事情を考慮し、このような判断に至りました。"),
    ],
)
def test_free_text_reasons_end_with_one_full_stop(reason: str, shown: str) -> None:
    body = render("decline", "ja", replace(FULL_JA, decline_reason=reason)).body
    assert f"\n{shown}\n" in body
    assert "。。" not in body and ".。" not in body


@pytest.mark.parametrize(
    ("reason", "shown"),
    [("Family reasons.", "Family reasons."), ("Family reasons!", "Family reasons!")],
)
def test_english_reasons_keep_their_own_stop(reason: str, shown: str) -> None:
    body = render("decline", "en", replace(FULL, decline_reason=reason)).body
    assert f"the offer. {shown}\n" in body


def test_multiline_reasons_are_kept_as_written() -> None:
    reasons = "- eight years of backend work\n- a competing offer at ¥9,800,000"
    body = render("negotiate", "en", replace(FULL, negotiation_reasons=reasons)).body
    assert f"\n\nMy reasons are as follows:\n{reasons}\n\n" in body


# --------------------------------------------------------------------------- addressee


def test_japanese_addressee_block() -> None:
    lines = render("accept", "ja", FULL_JA).body.splitlines()
    assert lines[:3] == ["株式会社サクラシステムズ", "人事部", "田中様"]

    no_role = render("accept", "ja", replace(FULL_JA, contact_role="")).body.splitlines()
    assert no_role[:2] == ["株式会社サクラシステムズ", "田中様"]

    already = render("accept", "ja", replace(FULL_JA, contact_name="田中様")).body
    assert "様様" not in already

    unknown = render("accept", "ja", replace(FULL_JA, contact_name="")).body.splitlines()
    assert unknown[1] == "人事部 採用ご担当者様"

    nothing = render("accept", "ja", EMPTY).body.splitlines()
    assert nothing[0] == "採用ご担当者様"
    assert nothing[1] == ""


# --------------------------------------------------------------------------- Japanese structure


@pytest.mark.parametrize("kind", KINDS)
def test_japanese_structure(kind: str) -> None:
    body = render(kind, "ja", FULL_JA).body
    paras = paragraphs(body)
    addressee = paras[0].splitlines()
    assert addressee[0] == FULL_JA.company
    assert addressee[-1].endswith("様")
    assert paras[1].startswith("お世話になっております。\n")
    assert paras[1].endswith(f"{FULL_JA.name_ja}です。")
    assert paras[1].count("\n") == 1
    assert paras[-1] == FULL_JA.name_ja  # the name closes the mail
    if kind == "decline":
        assert "貴社の益々のご発展" in paras[-2]
    else:
        assert paras[-2].endswith("よろしくお願い申し上げます。")
    assert "貴社" in body
    # The company's name is used only in the addressee block; the body says 貴社.
    assert body.count(FULL_JA.company) == 1


def test_japanese_key_phrases() -> None:
    decline = render("decline", "ja", FULL_JA)
    assert "内定を辞退させていただきたく" in decline.body
    assert decline.subject == "内定辞退のご連絡（モーガン・アレックス）"

    accept = render("accept", "ja", FULL_JA)
    assert "お受けしたく" in accept.body
    assert "添付" not in accept.body  # nothing was said to be attached
    attached = render("accept", "ja", replace(FULL_JA, attachment_ja="署名済みの内定承諾書"))
    assert "署名済みの内定承諾書を本メールに添付いたしました" in attached.body

    assert render("need-time", "ja", FULL_JA).subject == (
        "オファー面談のお礼と今後について（モーガン・アレックス）"
    )
    assert "オファー面談" in render("request-meeting", "ja", FULL_JA).body
    assert "労働条件通知書" in render("request-letter", "ja", FULL_JA).body


def test_japanese_avoids_common_double_honorifics() -> None:
    for kind in KINDS:
        body = render(kind, "ja", FULL_JA).body
        for wrong in ("おっしゃられ", "ご覧になられ", "お伺いさせていただ", "拝見させていただ"):
            assert wrong not in body


# --------------------------------------------------------------------------- names and signature


def test_japanese_name_falls_back_to_the_latin_name() -> None:
    only_en = replace(FULL_JA, name_ja="")
    draft = render("decline", "ja", only_en)
    assert draft.subject == "内定辞退のご連絡（Alex Morgan）"
    assert paragraphs(draft.body)[-1] == "Alex Morgan"
    assert "[[氏名]]" not in draft.body


def test_japanese_name_placeholder_only_when_both_names_are_missing() -> None:
    draft = render("decline", "ja", replace(FULL_JA, name_ja="", name_en=""))
    assert paragraphs(draft.body)[-1] == "[[氏名]]"
    assert "[[氏名]]" in draft.subject


def test_english_uses_only_the_latin_name() -> None:
    draft = render("accept", "en", replace(FULL, name_en=""))
    assert "[[your name]]" in draft.subject
    assert FULL.name_ja not in draft.body
    assert draft.body.endswith("Best regards,\n[[your name]]")


def test_japanese_draft_prefers_the_japanese_name() -> None:
    body = render("accept", "ja", FULL_JA).body
    assert FULL_JA.name_ja in body
    assert FULL_JA.name_en not in body


@pytest.mark.parametrize("kind", KINDS)
def test_signature_replaces_the_name_line(kind: str) -> None:
    signature = "Alex Morgan\nBackend Engineer\nalex@example.com | 090-0000-0000"
    en = render(kind, "en", replace(FULL, signature=signature + "\n")).body
    assert en.endswith(f"regards,\n{signature}")
    assert en.count("Alex Morgan") == 1

    sig_ja = "モーガン・アレックス\nalex@example.com"
    ja = render(kind, "ja", replace(FULL_JA, signature=signature, signature_ja=sig_ja)).body
    assert paragraphs(ja)[-1] == sig_ja
    assert ja.count("モーガン・アレックス") == 2  # self-introduction and signature, no name line
    assert "Backend Engineer\n" not in ja


def test_a_japanese_draft_never_ends_in_the_latin_signature() -> None:
    latin = "Alex Morgan\nBackend Engineer\nalex@example.com"
    ja = render("accept", "ja", replace(FULL_JA, signature=latin)).body
    assert paragraphs(ja)[-1] == FULL_JA.name_ja
    # An older profile's one signature, written in Japanese, still signs Japanese drafts
    # and stays out of English ones.
    old = "モーガン・アレックス\n電話：090-0000-0000"
    assert paragraphs(render("accept", "ja", replace(FULL_JA, signature=old)).body)[-1] == old
    assert render("accept", "en", replace(FULL, signature=old)).body.endswith(
        "regards,\nAlex Morgan"
    )


def test_blank_signature_falls_back_to_the_name() -> None:
    body = render("accept", "en", replace(FULL, signature=" \n ")).body
    assert body.endswith("Best regards,\nAlex Morgan")


# ------------------------------------------------------------- visa in the accept draft


def test_accept_asks_about_visa_only_when_support_is_needed() -> None:
    assert "The visa procedure" in render("accept", "en", FULL).body
    for support in (None, False):
        assert (
            "visa" not in render("accept", "en", replace(FULL, visa_support=support)).body.lower()
        )
        assert "在留資格" not in render("accept", "ja", replace(FULL_JA, visa_support=support)).body
    assert "在留資格の手続き" in render("accept", "ja", FULL_JA).body


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize(("kind", "lang"), ALL)
def test_eml_round_trip(kind: str, lang: str) -> None:
    draft = render(kind, lang, full_for(lang))
    raw = build_eml(
        draft.subject, draft.body, to="Tanaka <tanaka@example.com>", sender="alex@example.com"
    )
    headers = raw.split(b"\r\n\r\n", 1)[0]
    headers.decode("ascii")  # headers are 7-bit: a non-ASCII subject is RFC 2047 encoded
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == draft.subject
    assert message["To"].addresses[0].addr_spec == "tanaka@example.com"
    assert message["From"] == "alex@example.com"
    assert message["Date"].datetime is not None
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    content = message.get_content().replace("\r\n", "\n")
    assert content.rstrip("\n") == draft.body


def test_eml_encodes_japanese_subject_and_omits_empty_addresses() -> None:
    raw = build_eml("内定承諾のご連絡", "本文")
    assert b"Subject: =?utf-8?" in raw
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == "内定承諾のご連絡"
    assert message["To"] is None and message["From"] is None
    assert message["MIME-Version"] == "1.0"


def test_eml_keeps_long_lines() -> None:
    body = "とても長い一文です。" * 60 + "\n\nsecond paragraph"
    raw = build_eml("Long", body)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body


def test_draft_as_text() -> None:
    assert draft_as_text("Hello", "Body\nline\n\n") == "Subject: Hello\n\nBody\nline\n"
    draft = render("accept", "ja", FULL_JA)
    text = draft_as_text(draft.subject, draft.body)
    assert text.startswith(f"Subject: {draft.subject}\n\n")
    assert text.endswith(FULL_JA.name_ja + "\n")


# --------------------------------------------------------------------------- placeholder scanning


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no placeholders here", []),
        ("[single] brackets [are] text", []),
        ("[[a]] [b] [[a]] [[c]]", ["[[a]]", "[[c]]"]),
        ("[[a [[b]] c]]", ["[[b]]"]),
        ("[[unclosed and [[closed]]", ["[[closed]]"]),
        ("[[unclosed", []),
        ("closed]] only", []),
        ("[[]] and [[   ]]", []),
        ("[[split\nline]]", []),
        ("[[[x]]]", ["[[x]]"]),
        ("[[氏名]]です。[[返答期限]]まで", ["[[氏名]]", "[[返答期限]]"]),
    ],
)
def test_find_placeholders(text: str, expected: list[str]) -> None:
    assert find_placeholders(text) == expected


def test_placeholder_spans_cover_every_occurrence() -> None:
    text = "Dear [[name]], see [x] and [[name]] again; [[[y]]]"
    spans = placeholder_spans(text)
    assert [text[start:end] for start, end in spans] == ["[[name]]", "[[name]]", "[[y]]"]
    assert spans[0] == (5, 13)
    assert spans[2] == (text.index("[[y]]"), text.index("[[y]]") + 5)


def test_placeholder_spans_on_a_rendered_draft() -> None:
    body = render("need-time", "ja", EMPTY).body
    marked = [body[start:end] for start, end in placeholder_spans(body)]
    assert set(marked) == EXPECTED_EMPTY["need-time", "ja"]
    assert marked.count("[[氏名]]") == 2  # self-introduction and the closing name


@given(st.text(alphabet="[]ab \n名", max_size=40))
def test_spans_are_ordered_disjoint_placeholders(text: str) -> None:
    spans = placeholder_spans(text)
    assert spans == sorted(spans)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start
    pieces = [text[start:end] for start, end in spans]
    assert all(PLACEHOLDER_RE.fullmatch(piece) for piece in pieces)
    assert find_placeholders(text) == list(dict.fromkeys(pieces))
