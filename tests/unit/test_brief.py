"""The Markdown brief holds the offer's content, and user text cannot break its layout."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from offertui.domain.brief import render_brief
from offertui.domain.offer import (
    Attendee,
    Contact,
    Decision,
    EmailDraft,
    Fact,
    Letter,
    Meeting,
    Negotiation,
    Offer,
    Question,
)
from offertui.domain.pay import PayModel

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 25, 14, 5, tzinfo=JST)


def full_offer() -> Offer:
    return Offer(
        id="sakura",
        company="株式会社サクラテック",
        position="Backend Engineer",
        stage="deciding",
        contact=Contact("Tanaka", "HR", "tanaka@example.com"),
        letter=Letter(received=True, date=date(2026, 11, 20), language="ja"),
        reply_deadline=date(2026, 12, 4),
        annual_pay=8_400_000,
        pay=PayModel(
            monthly_base=500_000,
            bonus_months=2,
            fixed_overtime_hours=20,
            fixed_overtime_amount=100_000,
        ),
        facts=(
            Fact("contract", "正社員 | permanent", "letter", True),
            Fact("responsibilities", "Payments API\nreports to the CTO", "meeting", False),
        ),
        questions=(
            Question(
                "q1",
                "compensation",
                "Could you walk me through the breakdown of the annual pay?",
                must_ask=True,
                status="answered",
                answer="Base 500k a month.\nBonus twice a year, 1 month each.",
            ),
            Question("q2", "hours", "How many office days a week?", status="unclear"),
        ),
        doubts=("The manager changed the subject on overtime",),
        negotiation=Negotiation(target=9_000_000, timing="after"),
        meeting=Meeting(
            started_at=NOW - timedelta(hours=3),
            ended_at=NOW - timedelta(hours=2),
            format="online",
            attendees=(Attendee("Sato", "Engineering Manager"),),
            notes="14:00 intro\n```oops```\n- they want an answer this week",
            pressure=(NOW - timedelta(hours=2, minutes=10),),
        ),
        decision=Decision(
            choice="accept",
            decided_at=NOW,
            pros=("Kind team", "Good pay"),
            cons=("Long commute",),
            own_flags=("Reviews mention late nights",),
            next_steps=(("Send the signed documents", True), ("Tell the other companies", False)),
            reason="The team and the product",
        ),
        emails=(
            EmailDraft(
                "accept",
                "ja",
                subject="内定承諾のご連絡",
                body="ご担当者様\n\nお世話になっております。",
            ),
        ),
    )


def test_the_brief_holds_the_offer() -> None:
    text = render_brief(full_offer(), NOW.date(), NOW)
    for expected in (
        "# Offer brief: 株式会社サクラテック — Backend Engineer",
        "Stage: Deciding",
        "Reply deadline: 2026-12-04, in 9 days (7 business days)",
        "Tanaka (HR) <tanaka@example.com>",
        "received, dated 2026-11-20, in Japanese",
        # facts, with a pipe escaped so the table holds
        "| Contract type | 正社員 \\| permanent | Offer letter | yes |",
        "| Main responsibilities | Payments API reports to the CTO | Offer meeting | no |",
        "| Probation | **unknown** | — | — |",
        # pay
        "Annual pay as offered: ¥8,400,000",
        "Base pay (月給): ¥500,000 a month",
        "Fixed overtime (固定残業代): 20 hours a month, ¥100,000 a month",
        "Bonus: 2 months, ¥1,000,000 a year (not guaranteed)",
        # red flags, computed and own
        "Pressed to decide on the spot",
        "Main responsibilities not confirmed",
        "(my own): Reviews mention late nights",
        # decision
        "Choice: **Accept** (chosen 2026-11-25 14:05)",
        "Why: The team and the product",
        "- Kind team",
        "- Long commute",
        "- [x] Send the signed documents",
        "- [ ] Tell the other companies",
        # negotiation, doubts, meeting
        "Target: ¥9,000,000",
        "The manager changed the subject on overtime",
        "Attendees: Sato (Engineering Manager)",
        "14:00 intro",
        "- they want an answer this week",
        # questions and answers
        "### Compensation",
        "**Could you walk me through the breakdown of the annual pay?** (must ask) — answered",
        "  > Base 500k a month.\n  > Bonus twice a year, 1 month each.",
        "**How many office days a week?** (must ask) — answer unclear",
        # email drafts
        "### Accept (日本語, draft)",
        "Subject: 内定承諾のご連絡",
        "お世話になっております。",
    ):
        assert expected in text, expected
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_backticks_in_notes_do_not_close_the_fence() -> None:
    text = render_brief(full_offer(), NOW.date(), NOW)
    notes = text.split("### Notes", 1)[1]
    assert notes.lstrip().startswith("````text\n")
    assert "\n````\n" in notes


def test_a_bare_offer_still_reads() -> None:
    offer = Offer(id="x", company="Initech", position="Dev")
    text = render_brief(offer, date(2026, 11, 25))
    assert "Reply deadline: not known" in text
    assert "Written offer letter: **not received**" in text
    assert "No written offer letter" in text
    assert "Choice: **Undecided**" in text
    assert "## Email drafts" not in text
    assert "## Offer meeting" not in text


def test_no_flags_is_said_plainly() -> None:
    offer = Offer(
        id="x",
        company="Initech",
        position="Dev",
        letter=Letter(received=True),
        facts=(Fact("responsibilities", "Web app", "letter", True),),
    )
    assert "None found in what is recorded." in render_brief(offer, date(2026, 11, 25))
