"""The offer and profile as an email draft sees them (offertui.domain.email_context)."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from offertui.domain import email_context
from offertui.domain.email_context import context_for, draft_for, fresh_draft, is_fresh
from offertui.domain.emails import KINDS, LANGS, PLACEHOLDERS, find_placeholders, render
from offertui.domain.offer import (
    Contact,
    Decision,
    EmailDraft,
    Meeting,
    Negotiation,
    Offer,
    Profile,
    Revision,
)

PROFILE = Profile(
    name_en="Alex Morgan",
    name_ja="モーガン・アレックス",
    signature="",
    email_lang="ja",
)
OFFER = Offer(
    id="sakura-backend",
    company="株式会社サクラシステムズ",
    position="Backend Engineer",
    contact=Contact(name="田中", role="人事部", email="tanaka@example.com"),
    reply_deadline=date(2026, 12, 1),
    annual_pay=8_000_000,
    meeting=Meeting(scheduled=datetime(2026, 11, 24, 14, 0)),
    negotiation=Negotiation(target=9_500_000, reasons="Eight years of backend work"),
)
EMPTY = Offer(id="x", company="", position="")


def complete_for(kind: str) -> Offer:
    """The offer with everything `kind` can mention in either language."""
    choice = {"accept": "accept", "decline": "decline"}.get(kind, "undecided")
    return replace(
        OFFER,
        contact=replace(OFFER.contact, name_en="Tanaka"),
        negotiation=replace(OFFER.negotiation, reasons_ja="8年間のバックエンド開発の経験"),
        decision=Decision(choice=choice, reason="A clear reason", reason_ja="明確な理由があるため"),
    )


def test_context_maps_every_field() -> None:
    offer = replace(
        OFFER,
        contact=replace(OFFER.contact, name_en="Tanaka"),
        negotiation=replace(OFFER.negotiation, reasons_ja="8年間のバックエンド開発の経験"),
        decision=Decision(
            choice="accept",
            reason="The team",
            reason_ja="チーム",
            attachment="the signed form",
            attachment_ja="署名済みの内定承諾書",
        ),
        visa_support=True,
    )
    profile = replace(
        PROFILE, signature="Alex Morgan\nalex@example.com", signature_ja="モーガン・アレックス"
    )
    ctx = context_for(offer, profile)
    assert ctx.company == "株式会社サクラシステムズ"
    assert ctx.contact_name == "田中"
    assert ctx.contact_name_en == "Tanaka"
    assert ctx.contact_role == "人事部"
    assert ctx.position == "Backend Engineer"
    assert ctx.meeting_date == date(2026, 11, 24)
    assert ctx.meeting_held is False
    assert ctx.reply_by == date(2026, 12, 1)
    assert ctx.current_offer_salary == 8_000_000
    assert ctx.target_salary == 9_500_000
    assert ctx.negotiation_reasons == "Eight years of backend work"
    assert ctx.negotiation_reasons_ja == "8年間のバックエンド開発の経験"
    assert (ctx.accept_reasons, ctx.accept_reasons_ja) == ("The team", "チーム")
    assert (ctx.decline_reason, ctx.decline_reason_ja) == ("", "")
    assert (ctx.attachment, ctx.attachment_ja) == ("the signed form", "署名済みの内定承諾書")
    assert ctx.answered is False
    assert ctx.name_en == "Alex Morgan"
    assert ctx.name_ja == "モーガン・アレックス"
    assert ctx.signature == "Alex Morgan\nalex@example.com"
    assert ctx.signature_ja == "モーガン・アレックス"
    assert ctx.visa_support is True
    assert context_for(OFFER, PROFILE).visa_support is None


def test_a_meeting_is_held_once_the_file_records_its_start_or_end() -> None:
    scheduled = datetime(2026, 11, 24, 14, 0)
    started = replace(
        OFFER, meeting=Meeting(scheduled=scheduled, started_at=datetime(2026, 11, 26, 10, 0))
    )
    ctx = context_for(started, PROFILE)
    assert (ctx.meeting_date, ctx.meeting_held) == (date(2026, 11, 26), True)
    ended = replace(OFFER, meeting=Meeting(ended_at=datetime(2026, 11, 27, 11, 0)))
    ctx = context_for(ended, PROFILE)
    assert (ctx.meeting_date, ctx.meeting_held) == (date(2026, 11, 27), True)
    ctx = context_for(replace(OFFER, meeting=Meeting()), PROFILE)
    assert (ctx.meeting_date, ctx.meeting_held) == (None, False)
    # A meeting only scheduled is not thanked for.
    body = fresh_draft(OFFER, PROFILE, "need-time", "en").body
    assert "meet me" not in body
    assert "meet me" in fresh_draft(started, PROFILE, "need-time", "en").body


def test_the_latest_answer_gives_the_revised_terms() -> None:
    offer = replace(
        OFFER,
        revisions=(
            Revision(date=date(2026, 12, 2), annual_pay=9_000_000),
            Revision(date=date(2026, 12, 5), terms="Remote work up to three days"),
            Revision(date=date(2026, 12, 8), note="They will not move further"),
            Revision(),  # a round started and left empty
        ),
    )
    ctx = context_for(offer, PROFILE)
    assert ctx.answered is True
    assert ctx.answer_date == date(2026, 12, 8)
    assert ctx.revised_salary == 9_000_000  # the last round that changed the pay
    assert ctx.revised_terms == ("Remote work up to three days",)
    assert ctx.current_offer_salary == 8_000_000  # the first offer, kept
    accept = fresh_draft(offer, PROFILE, "accept", "en").body
    assert "- Annual salary: ¥9,000,000\n- Remote work up to three days" in accept


@pytest.mark.parametrize(
    ("choice", "accept", "decline"),
    [
        ("accept", "Why", ""),
        ("decline", "", "Why"),
        ("undecided", "", ""),
        ("need-time", "", ""),
        ("negotiate", "", ""),
    ],
)
def test_the_decision_reason_goes_only_to_the_matching_draft(
    choice: str, accept: str, decline: str
) -> None:
    decision = Decision(choice=choice, reason="Why", reason_ja="理由" if accept or decline else "")
    ctx = context_for(replace(OFFER, decision=decision), PROFILE)
    assert (ctx.accept_reasons, ctx.decline_reason) == (accept, decline)
    assert (ctx.accept_reasons_ja, ctx.decline_reason_ja) == (
        "理由" if accept else "",
        "理由" if decline else "",
    )


@pytest.mark.parametrize(
    ("role", "ja"),
    [
        ("人事部", "人事部"),
        ("人事部 採用担当", "人事部 採用担当"),
        ("HR", "人事部"),
        (" human  Resources ", "人事部"),
        ("Recruiter", "採用担当"),
        ("Talent Acquisition", "採用担当"),
        ("Engineering Manager", ""),
        ("", ""),
    ],
)
def test_the_role_is_given_as_the_japanese_addressee_block_writes_it(role: str, ja: str) -> None:
    offer = replace(OFFER, contact=replace(OFFER.contact, role=role))
    assert context_for(offer, PROFILE).contact_role == ja
    block = fresh_draft(offer, PROFILE, "accept", "ja").body.split("\n\n")[0]
    assert block.splitlines()[1:] == ([ja, "田中様"] if ja else ["田中様"])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_complete_offer_leaves_no_placeholder(kind: str, lang: str) -> None:
    draft = fresh_draft(complete_for(kind), PROFILE, kind, lang)
    assert (draft.kind, draft.lang, draft.sent) == (kind, lang, None)
    assert find_placeholders(draft.subject) == []
    assert find_placeholders(draft.body) == []
    name = PROFILE.name_en if lang == "en" else PROFILE.name_ja
    assert name in draft.subject


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_offer_marks_what_is_missing(kind: str, lang: str) -> None:
    draft = fresh_draft(EMPTY, Profile(), kind, lang)
    found = set(find_placeholders(f"{draft.subject}\n{draft.body}"))
    marks = PLACEHOLDERS[lang]
    assert marks["name"] in found
    assert marks["position"] in found
    expected = render(kind, lang, context_for(EMPTY, Profile()))
    assert (draft.subject, draft.body) == (expected.subject, expected.body)


@pytest.mark.parametrize(
    ("blank", "kind", "mark"),
    [
        ({"reply_deadline": None}, "need-time", "reply_by"),
        ({"annual_pay": None}, "negotiate", "current_offer_salary"),
        (
            {"negotiation": Negotiation(reasons="Eight years", reasons_ja="8年の経験")},
            "negotiate",
            "target_salary",
        ),
        ({"negotiation": Negotiation(target=1)}, "negotiate", "negotiation_reasons"),
        ({"position": ""}, "decline", "position"),
        ({"decision": Decision(choice="accept")}, "accept", "accept_reasons"),
        ({"decision": Decision(choice="decline")}, "decline", "decline_reason"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_each_missing_offer_field_is_marked(
    blank: dict[str, object], kind: str, mark: str, lang: str
) -> None:
    offer = replace(complete_for(kind), **blank)  # type: ignore[arg-type]
    left = find_placeholders(fresh_draft(offer, PROFILE, kind, lang).body)
    assert left == [PLACEHOLDERS[lang][mark]]


def test_missing_names_are_marked_in_the_language_of_the_draft() -> None:
    offer = complete_for("accept")
    en = fresh_draft(offer, Profile(), "accept", "en")
    assert find_placeholders(en.subject) == ["[[your name]]"]
    ja = fresh_draft(offer, Profile(), "accept", "ja")
    assert find_placeholders(ja.subject) == ["[[氏名]]"]
    only_latin = fresh_draft(offer, Profile(name_en="Alex Morgan"), "accept", "ja")
    assert only_latin.subject == "内定承諾のご連絡（Alex Morgan）"
    no_recruiter = replace(offer, contact=Contact())
    assert "Dear Hiring Team," in fresh_draft(no_recruiter, PROFILE, "accept", "en").body
    kanji_only = replace(offer, contact=Contact(name="田中"))
    english = fresh_draft(kanji_only, PROFILE, "accept", "en").body
    assert english.startswith("Dear [[recruiter's name in Latin letters]],")
    assert "採用ご担当者様" in fresh_draft(no_recruiter, PROFILE, "accept", "ja").body


def test_the_saved_draft_wins_over_a_fresh_one() -> None:
    saved = EmailDraft("accept", "ja", "件名", "本文", sent=date(2026, 11, 25))
    offer = OFFER.with_draft(saved)
    assert draft_for(offer, PROFILE, "accept", "ja") == saved
    assert not is_fresh(offer, "accept", "ja")
    other = draft_for(offer, PROFILE, "accept", "en")
    assert other == fresh_draft(offer, PROFILE, "accept", "en")
    assert is_fresh(offer, "accept", "en")


@pytest.mark.parametrize(("kind", "lang"), [("thanks", "en"), ("accept", "fr")])
def test_unknown_kind_or_language_is_a_value_error(kind: str, lang: str) -> None:
    with pytest.raises(ValueError, match="unknown email"):
        draft_for(OFFER, PROFILE, kind, lang)


def test_module_never_imports_textual() -> None:
    tree = ast.parse(Path(email_context.__file__).read_text(encoding="utf-8"))
    names = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.split(".")[0] in ("textual", "rich") for name in names)
