"""Every email kind, in both languages, against a matrix of what the candidate knows.

Each draft is checked for what a careful reader would catch: the addressee written by
the rules of its language, no doubled honorific, no sentence left broken around the
candidate's own words, and no claim (a meeting held, a revised offer, something
attached, a visa procedure, a deadline on a holiday) without the fact behind it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import product

import pytest

from offertui.domain.emails import KINDS, LANGS, EmailContext, RenderedEmail, render

BASE = EmailContext(
    company="株式会社サクラシステムズ",
    position="バックエンドエンジニア",
    reply_by=date(2026, 12, 11),  # a Friday
    target_salary=9_500_000,
    current_offer_salary=8_800_000,
    name_en="Alex Morgan",
    name_ja="モーガン・アレックス",
)


@dataclass(frozen=True)
class Contact:
    """A recruiter as the candidate typed them, and how each language must address them."""

    name: str
    name_en: str
    role: str
    ja: tuple[str, ...]  # the addressee block after the company line
    en: str  # the salutation line


CONTACTS = (
    Contact(
        "田中 花子",
        "",
        "人事部",
        ("人事部", "田中 花子様"),
        "Dear [[recruiter's name in Latin letters]],",
    ),
    Contact("田中 花子", "Hana Tanaka", "人事部", ("人事部", "田中 花子様"), "Dear Hana Tanaka,"),
    Contact("Tanaka-san", "", "人事部", ("人事部", "Tanaka様"), "Dear Tanaka-san,"),
    Contact("Tanaka san", "", "", ("Tanaka様",), "Dear Tanaka-san,"),
    Contact("Tanaka-sama", "", "", ("Tanaka様",), "Dear Tanaka-san,"),
    Contact("Ms. Tanaka", "", "", ("Tanaka様",), "Dear Ms. Tanaka,"),
    Contact("Mr Sato", "", "", ("Sato様",), "Dear Mr. Sato,"),
    Contact("Mrs. Suzuki", "", "", ("Suzuki様",), "Dear Mrs. Suzuki,"),
    Contact("Dr. Ito", "", "", ("Ito様",), "Dear Dr. Ito,"),
    Contact("田中様", "Tanaka", "", ("田中様",), "Dear Tanaka-san,"),
    Contact("田中さん", "Tanaka-san", "", ("田中様",), "Dear Tanaka-san,"),
    Contact(
        "田中殿",
        "",
        "採用担当",
        ("採用担当", "田中様"),
        "Dear [[recruiter's name in Latin letters]],",
    ),
    Contact("", "", "", ("採用ご担当者様",), "Dear Hiring Team,"),
    Contact("", "", "人事部", ("人事部 採用ご担当者様",), "Dear Hiring Team,"),
    Contact("", "", "人事部 採用担当", ("人事部 採用ご担当者様",), "Dear Hiring Team,"),
    Contact("", "", "採用担当", ("採用ご担当者様",), "Dear Hiring Team,"),
    Contact(
        "", "", "人事部 採用グループ", ("人事部 採用グループ ご担当者様",), "Dear Hiring Team,"
    ),
    # Honorifics typed into the role, and a job title typed with the name.
    Contact("田中 さん", "Ms. Tanaka", "", ("田中様",), "Dear Ms. Tanaka,"),
    Contact("", "", "採用ご担当者様", ("採用ご担当者様",), "Dear Hiring Team,"),
    Contact("", "", "人事部御中", ("人事部 採用ご担当者様",), "Dear Hiring Team,"),
    Contact(
        "田中 花子 様",
        "Hana Tanaka",
        "採用ご担当者",
        ("採用担当", "田中 花子様"),
        "Dear Hana Tanaka,",
    ),
    Contact(
        "田中部長",
        "",
        "人事部",
        ("人事部", "部長 田中様"),
        "Dear [[recruiter's name in Latin letters]],",
    ),
)


@dataclass(frozen=True)
class Reason:
    """A reason as the candidate might type it, in English and in Japanese."""

    en: str
    ja: str


REASONS = {
    "noun": Reason("the team's focus on reliability", "チームの技術スタックと裁量の大きさ"),
    "reason": Reason(
        "because the team's focus on reliability suits me", "チームの技術スタックに強く惹かれたため"
    ),
    "koto": Reason("working on a product I use every day", "裁量を持って開発に取り組めること"),
    "clause": Reason("the scope I would have", "大規模なシステムの設計に携われる"),
    "sentence": Reason(
        "I bring eight years of backend experience", "貴社のビジョンに深く共感いたしました。"
    ),
    "list": Reason(
        "- eight years of backend work\n- a competing offer",
        "・8年間のバックエンド開発の経験\n・他社からの同水準のオファー",
    ),
    # Typed in one language only: the other language's draft flags it, never pastes it.
    "english-only": Reason("I bring eight years of backend experience", ""),
    "japanese-only": Reason("他社の内定を承諾したため", ""),
}
REASON_KINDS = ("negotiate", "accept", "decline")
SUNDAY = date(2026, 12, 6)
PLACEHOLDER = re.compile(r"\[\[.*?\]\]")

MEETINGS = {
    "held": {"meeting_held": True, "meeting_date": date(2026, 12, 1)},
    "planned": {"meeting_held": False, "meeting_date": date(2026, 12, 8)},
    "none": {"meeting_held": False, "meeting_date": None},
}

ANSWERS = {
    "first": {},
    "revised": {
        "answered": True,
        "answer_date": date(2026, 12, 4),
        "revised_salary": 9_200_000,
        "revised_terms": ("在宅勤務は週3日まで",),
    },
    "no-change": {"answered": True, "answer_date": date(2026, 12, 4)},
}

ATTACHMENTS = {
    "none": {},
    "form": {"attachment": "the signed acceptance form", "attachment_ja": "署名済みの内定承諾書"},
}

# Doubled or mixed honorifics no draft may contain.
DOUBLED = re.compile(
    r"様様|さん様|殿様|様さん|-san様|san様|様-san|-san-san|Ms\. \S+-san|Mr\. \S+-san"
)
# Broken Japanese: a bare reason clause closed with 。, a doubled or stray stop, an
# English stop in Japanese prose.
BROKEN_JA = re.compile(r"(ため|ので|から|こと)。$|。。|、。|。、|\.。|です。です")
BROKEN_EN = re.compile(r"\.\.|\s\.|\s,|  |\bi am\b|,,|\.\s+[a-z]")


def contexts() -> list[tuple[str, EmailContext]]:
    """Every combination of contact, meeting, negotiation, attachment and reason form."""
    out = []
    for index, (contact, (meeting, m), (answer, a), (attach, t), (form, reason)) in enumerate(
        product(CONTACTS, MEETINGS.items(), ANSWERS.items(), ATTACHMENTS.items(), REASONS.items())
    ):
        # Visa support and a reply date on a Sunday take turns, so every value meets
        # every other dimension without multiplying the matrix.
        visa = (True, False, None)[index % 3]
        reply_by = SUNDAY if index % 2 else BASE.reply_by
        ctx = replace(
            BASE,
            contact_name=contact.name,
            contact_name_en=contact.name_en,
            contact_role=contact.role,
            negotiation_reasons=reason.en,
            negotiation_reasons_ja=reason.ja,
            accept_reasons=reason.en,
            accept_reasons_ja=reason.ja,
            decline_reason=reason.en,
            decline_reason_ja=reason.ja,
            visa_support=visa,
            reply_by=reply_by,
            **m,
            **a,
            **t,
        )
        label = contact.name or contact.role or "-"
        out.append((f"{label}/{meeting}/{answer}/{attach}/{form}/{visa}/{reply_by}", ctx))
    return out


CONTEXTS = contexts()


def _contact(ctx: EmailContext) -> Contact:
    return next(
        c
        for c in CONTACTS
        if (c.name, c.name_en, c.role) == (ctx.contact_name, ctx.contact_name_en, ctx.contact_role)
    )


def _prose_lines(draft: RenderedEmail, lang: str) -> list[str]:
    """The body's lines between the greeting and the signature, list items left out."""
    paragraphs = draft.body.split("\n\n")
    lines = [line for p in paragraphs[1:-1] for line in p.splitlines()]
    return [line for line in lines if not line.startswith(("- ", "・"))]


@pytest.mark.parametrize(("kind", "lang"), list(product(KINDS, LANGS)))
def test_every_draft_in_the_matrix_reads_right(kind: str, lang: str) -> None:
    for label, ctx in CONTEXTS:
        draft = render(kind, lang, ctx)
        body = draft.body
        where = f"{kind}/{lang}/{label}"
        contact = _contact(ctx)
        first = body.split("\n\n")[0].splitlines()
        # The addressee.
        if lang == "ja":
            assert first == [BASE.company, *contact.ja], where
        else:
            assert first == [contact.en], where
        assert not DOUBLED.search(body), where
        # Broken sentences.
        for line in _prose_lines(draft, lang):
            if lang == "ja":
                assert not BROKEN_JA.search(line), (where, line)
                # A line may end in a flag asking for words in this language.
                assert line.endswith(("。", "？", "：", "]]")), (where, line)
            else:
                assert not BROKEN_EN.search(line), (where, line)
                assert line.endswith((".", "?", ":", ",", "]]")), (where, line)
        assert "{" not in body and "}" not in body, where
        _claims_have_their_facts(kind, lang, ctx, draft, where)


def _claims_have_their_facts(
    kind: str, lang: str, ctx: EmailContext, draft: RenderedEmail, where: str
) -> None:
    body = draft.body
    ja = lang == "ja"
    held = ctx.meeting_held
    revised = ctx.answered and (ctx.revised_salary is not None or bool(ctx.revised_terms))
    # A meeting is thanked for only when it took place.
    thanked = (
        ("オファー面談のお時間" in body)
        if ja
        else ("meet me" in body or "for the offer meeting on" in body)
    )
    assert thanked == (
        held
        and kind in ("request-letter", "need-time", "negotiate", "accept")
        and not (kind == "negotiate" and ctx.answered)
    ), where
    # A meeting still to come is mentioned only before it.
    planned = ("面談の日程" in body) if ja else ("arranging the offer meeting" in body)
    assert planned == (kind == "request-letter" and not held and ctx.meeting_date is not None), (
        where
    )
    # An attachment only when the candidate said what is attached.
    attached = ("添付" in body) if ja else ("attached" in body)
    assert attached == (kind == "accept" and bool(ctx.attachment)), where
    if attached:
        assert (ctx.attachment_ja if ja else ctx.attachment) in body, where
    # The visa procedure only when the offer says visa support is needed.
    visa = ("在留資格の手続き" in body) if ja else ("visa procedure" in body)
    assert visa == (kind == "accept" and ctx.visa_support is True), where
    # The revised terms, only after the company revised them.
    named = ("再度ご提示" in body) if ja else ("revised" in body.lower())
    if kind == "accept":
        assert named == revised, where
        assert (("920万円" if ja else "¥9,200,000") in body) == revised, where
    if kind == "negotiate":
        assert named == (ctx.answered and ctx.revised_salary is not None), where
        revised_subject = (
            "Regarding the revised offer" in draft.subject or "再度ご提示" in draft.subject
        )
        assert revised_subject == revised, where
    # Japanese drafts name the company only in the addressee block.
    if ja:
        assert body.count(BASE.company) == 1, where
    # A reply date that is no business day is pointed out, and only then.
    off_day = ("休業日" in body) if ja else ("not a business day" in body)
    assert off_day == (kind == "need-time" and ctx.reply_by == SUNDAY), where
    _no_words_of_the_other_language(kind, lang, ctx, draft, where)


def _no_words_of_the_other_language(
    kind: str, lang: str, ctx: EmailContext, draft: RenderedEmail, where: str
) -> None:
    """Words the candidate typed in one language reach the other language's draft only
    inside a visible [[placeholder]] asking for them to be rewritten."""
    prose = [PLACEHOLDER.sub("", line) for line in _prose_lines(draft, lang)]
    if lang == "ja":
        for line in prose:
            assert not re.search(r"[A-Za-z]{3,}", line), (where, line)
    typed = ctx.accept_reasons if kind == "accept" else ctx.decline_reason
    if kind == "negotiate":
        typed = ctx.negotiation_reasons
    japanese = (
        ctx.accept_reasons_ja
        if kind == "accept"
        else ctx.decline_reason_ja
        if kind == "decline"
        else ctx.negotiation_reasons_ja
    )
    if kind not in REASON_KINDS or japanese:
        return
    first = typed.splitlines()[0]
    if lang == "ja" and first.isascii():
        assert f"[[日本語に直してください：{first}" in draft.body, where
    if lang == "en" and not first.isascii():
        assert f"[[rewrite in English: {first}" in draft.body, where


@pytest.mark.parametrize("lang", LANGS)
def test_visa_line_only_when_support_is_needed(lang: str) -> None:
    for support in (True, False, None):
        body = render("accept", lang, replace(BASE, visa_support=support)).body
        mentioned = "在留資格" in body if lang == "ja" else "visa" in body.lower()
        assert mentioned == (support is True)


@pytest.mark.parametrize(
    ("form", "ja", "en"),
    [
        (
            "noun",
            "特に、チームの技術スタックと裁量の大きさに強く惹かれました。",
            "What drew me most was the team's focus on reliability.",
        ),
        (
            "reason",
            "チームの技術スタックに強く惹かれたため、貴社への入社を決意いたしました。",
            "I made this decision because the team's focus on reliability suits me.",
        ),
        (
            "koto",
            "特に、裁量を持って開発に取り組めることが決め手となりました。",
            "What drew me most was working on a product I use every day.",
        ),
        (
            "clause",
            "特に、大規模なシステムの設計に携われることが決め手となりました。",
            "What drew me most was the scope I would have.",
        ),
        (
            "sentence",
            "\n貴社のビジョンに深く共感いたしました。\n",
            "I bring eight years of backend experience.",
        ),
        (
            "list",
            "決め手となった点は、以下のとおりです。\n・8年間のバックエンド開発の経験\n・他社からの同水準のオファー",
            "What decided it for me:\n- eight years of backend work\n- a competing offer",
        ),
    ],
)
def test_the_accept_reason_is_set_into_a_sentence(form: str, ja: str, en: str) -> None:
    reason = REASONS[form]
    ctx = replace(BASE, accept_reasons=reason.en, accept_reasons_ja=reason.ja)
    assert ja in render("accept", "ja", ctx).body
    assert en in render("accept", "en", ctx).body


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("他社の内定を承諾したため", "他社の内定を承諾したため、このような判断に至りました。"),
        (
            "勤務地の条件が合わなかったこと",
            "勤務地の条件が合わなかったことから、このような判断に至りました。",
        ),
        ("勤務地の条件", "勤務地の条件を考慮し、このような判断に至りました。"),
        ("家庭の事情によるものです", "\n家庭の事情によるものです。\n"),
    ],
)
def test_the_decline_reason_is_set_into_a_sentence(typed: str, expected: str) -> None:
    body = render("decline", "ja", replace(BASE, decline_reason=typed)).body
    assert expected in body


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "8年間のバックエンド開発の経験があるため",
            "8年間のバックエンド開発の経験があるため、このようなご相談をさせていただきました。",
        ),
        (
            "これまでの経験と市場水準",
            "これまでの経験と市場水準を踏まえ、このようなご相談をさせていただきました。",
        ),
    ],
)
def test_the_negotiation_reason_is_set_into_a_sentence(typed: str, expected: str) -> None:
    assert expected in render("negotiate", "ja", replace(BASE, negotiation_reasons=typed)).body


@pytest.mark.parametrize("kind", ["negotiate", "accept", "decline"])
def test_english_words_in_a_japanese_draft_are_flagged_not_pasted(kind: str) -> None:
    typed = "I bring eight years of backend experience"
    ctx = replace(BASE, negotiation_reasons=typed, accept_reasons=typed, decline_reason=typed)
    body = render(kind, "ja", ctx).body
    assert f"[[日本語に直してください：{typed}]]" in body
    assert f"\n{typed}" not in body
    # The English draft takes the words as they are.
    assert typed in render(kind, "en", ctx).body


def test_japanese_words_in_an_english_draft_are_flagged() -> None:
    ctx = replace(BASE, decline_reason="他社の内定を承諾したため")
    assert "[[rewrite in English: 他社の内定を承諾したため]]" in render("decline", "en", ctx).body


def test_a_deadline_on_a_non_business_day_is_pointed_out() -> None:
    sunday = replace(BASE, reply_by=date(2026, 12, 6))
    en = render("need-time", "en", sunday).body
    assert "As the reply date, 6 December 2026 (Sun), is not a business day" in en
    assert "by 4 December 2026 (Fri) at the latest" in en
    ja = render("need-time", "ja", sunday).body
    assert "ご回答期限の12月6日（日）は休業日にあたるかと存じますので" in ja
    assert "12月4日（金）までに" in ja
    # A public holiday counts too: 2027-01-11 is Coming of Age Day.
    holiday = render("need-time", "en", replace(BASE, reply_by=date(2027, 1, 11))).body
    assert "by 8 January 2027 (Fri) at the latest" in holiday
    # A business day is promised as it is.
    friday = render("need-time", "en", BASE).body
    assert "by 11 December 2026 (Fri) at the latest" in friday
    assert "business day" not in friday


@pytest.mark.parametrize("lang", LANGS)
def test_a_second_round_of_negotiation_knows_the_revised_offer(lang: str) -> None:
    ctx = replace(BASE, **ANSWERS["revised"])
    body = render("negotiate", lang, ctx).body
    if lang == "ja":
        assert "12月4日（金）には、条件を再度ご検討のうえご回答いただき" in body
        assert "再度ご提示いただいた年収は920万円と承知しておりますが、950万円程度まで" in body
    else:
        assert "for your reply of 4 December 2026 (Fri)" in body
        assert "The revised offer sets the annual salary at ¥9,200,000" in body
        assert "once more" in body
    unchanged = render("negotiate", lang, replace(BASE, **ANSWERS["no-change"])).body
    assert (
        ("880万円のまま" in unchanged) if lang == "ja" else ("remains at ¥8,800,000" in unchanged)
    )


def test_the_accept_email_names_the_revised_terms() -> None:
    ctx = replace(BASE, **ANSWERS["revised"])
    ja = render("accept", "ja", ctx).body
    assert "・年収：920万円\n・在宅勤務は週3日まで" in ja
    assert "この条件を反映した労働条件通知書" in ja
    en = render(
        "accept",
        "en",
        replace(ctx, revised_terms=("Remote work up to three days a week", "Start on 1 February")),
    ).body
    assert (
        "- Annual salary: ¥9,200,000\n- Remote work up to three days a week\n"
        "- Start on 1 February\n"
    ) in en
    # Terms typed in Japanese are flagged in the English draft rather than pasted in.
    assert "[[rewrite in English: 在宅勤務は週3日まで]]" in render("accept", "en", ctx).body


def test_the_request_letter_asks_for_one_document_and_hedges_once() -> None:
    ja = render("request-letter", "ja", replace(BASE, **MEETINGS["planned"])).body
    assert "労働条件通知書（オファーレター）" not in ja
    assert ja.count("内定のご連絡") == 1
    assert "可能でしたら" not in ja and "できますでしょうか" not in ja
    assert "お気軽に" not in ja and "お申し付けください" not in ja


def test_the_decline_apologises_in_the_past_tense() -> None:
    ja = render("decline", "ja", BASE).body
    assert "メールでのご連絡となりましたことをご容赦ください" in ja
    assert "ご連絡となりますこと" not in ja


@pytest.mark.parametrize("kind", KINDS)
def test_japanese_drafts_never_mention_the_offer_twice_in_the_opening(kind: str) -> None:
    body = render(kind, "ja", replace(BASE, **MEETINGS["none"])).body
    opening = "\n".join(body.split("\n\n")[1:3])
    assert opening.count("内定") <= 1, opening
