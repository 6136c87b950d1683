"""Every red flag, both raised by the data that implies it and not raised without it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from offertui.domain.meeting import summarize_meeting, summary_text
from offertui.domain.offer import Decision, Fact, Letter, Meeting, Offer, Question
from offertui.domain.pay import PayModel
from offertui.domain.prep import effective_must_ask
from offertui.domain.question_bank import FACTS
from offertui.domain.red_flags import computed_flags, own_flags, red_flags

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 25, 14, 5, tzinfo=JST)
TODAY = NOW.date()


# Every fact written down and confirmed, so no question is must-ask for want of a fact.
SETTLED_FACTS = tuple(
    Fact(spec.key, "Payments API, reports to CTO", "letter", True) for spec in FACTS
)


def settled_except(key: str, fact: Fact | None = None) -> tuple[Fact, ...]:
    others = tuple(f for f in SETTLED_FACTS if f.key != key)
    return others if fact is None else (*others, fact)


def calm_offer(**changes: object) -> Offer:
    """An offer with nothing to worry about; each test adds the one thing that should."""
    offer = Offer(
        id="acme",
        company="Acme",
        position="Backend Engineer",
        stage="deciding",
        letter=Letter(received=True, date=date(2026, 11, 20)),
        reply_deadline=date(2026, 12, 4),
        facts=SETTLED_FACTS,
        questions=(
            Question("q1", "compensation", "Pay?", must_ask=True, status="answered"),
            Question("q2", "hours", "Remote?", must_ask=False, status="open"),
        ),
        meeting=Meeting(started_at=NOW - timedelta(hours=3), ended_at=NOW - timedelta(hours=2)),
    )
    return replace(offer, **changes)  # type: ignore[arg-type]


def keys(offer: Offer, today: date = TODAY, now: datetime | None = NOW) -> list[str]:
    return [flag.key for flag in red_flags(offer, today, now)]


def test_a_calm_offer_has_no_flags() -> None:
    assert keys(calm_offer()) == []


def test_pressure_raised_and_not() -> None:
    pressed = calm_offer(meeting=replace(calm_offer().meeting, pressure=(NOW, NOW)))
    flags = red_flags(pressed, TODAY, NOW)
    assert [f.key for f in flags] == ["pressure"]
    assert flags[0].severity == "high"
    assert "2 times" in flags[0].title
    assert flags[0].why and flags[0].next_step
    assert "pressure" not in keys(calm_offer())


@pytest.mark.parametrize(
    ("status", "key", "words"),
    [("open", "must_ask_unasked", "never asked"), ("skipped", "must_ask_skipped", "skipped")],
)
def test_must_ask_never_asked_or_skipped_after_the_meeting(
    status: str, key: str, words: str
) -> None:
    offer = calm_offer(
        questions=(
            Question("q1", "compensation", "Pay?", must_ask=True, status=status),
            Question("q2", "role", "Team?", must_ask=True, status="answered"),
            Question("q3", "start", "Start?", must_ask=True, status="answered"),
        )
    )
    flags = red_flags(offer, TODAY, NOW)
    assert [f.key for f in flags] == [key]
    assert flags[0].severity == "medium"
    assert flags[0].title.startswith("1 must-ask question")
    assert words in flags[0].title
    # A skipped question was not "never asked".
    assert status == "open" or "never" not in flags[0].title


def test_decision_counts_the_must_asks_as_the_meeting_summary_does() -> None:
    # Six must-ask questions left open, one of them with an answer typed but not
    # marked, and two skipped, one of them with an answer typed: the summary says
    # 5 never asked and 1 noted, 1 skipped and 1 skipped with a note, and so
    # must Decision.
    opened = [Question(f"o{n}", "role", f"Open {n}?", must_ask=True) for n in range(5)]
    noted = Question("n", "role", "Noted?", must_ask=True, answer="Team of 8")
    skipped = Question("s", "start", "Skipped?", must_ask=True, status="skipped")
    skipped_noted = replace(skipped, id="sn", text="Skipped noted?", answer="April")
    offer = calm_offer(questions=(*opened, noted, skipped, skipped_noted))
    text = summary_text(summarize_meeting(offer, effective_must_ask))
    assert "Must-ask never asked (5):" in text
    assert "Must-ask with an answer noted, not marked (1):" in text
    assert "Must-ask you skipped (1), still unanswered:" in text
    titles = {f.key: f.title for f in red_flags(offer, TODAY, NOW)}
    assert titles["must_ask_unasked"] == "5 must-ask questions never asked"
    assert titles["must_ask_skipped"] == "1 must-ask question skipped in the meeting"


def test_must_ask_open_questions_are_not_a_flag_before_the_meeting() -> None:
    offer = calm_offer(
        stage="prep",
        meeting=Meeting(),
        questions=(Question("q1", "compensation", "Pay?", must_ask=True),),
    )
    assert "must_ask_unasked" not in keys(offer)


def test_questions_not_marked_must_ask_do_not_count() -> None:
    offer = calm_offer(questions=(Question("q1", "hours", "Remote?", status="open"),))
    assert keys(offer) == []


def test_must_ask_unclear_raised_and_high_when_most_are_unsettled() -> None:
    offer = calm_offer(
        questions=(
            Question("q1", "compensation", "Pay?", must_ask=True, status="unclear"),
            Question("q2", "role", "Team?", must_ask=True, status="open"),
        )
    )
    flags = {f.key: f for f in red_flags(offer, TODAY, NOW)}
    assert set(flags) == {"must_ask_unasked", "must_ask_unclear"}
    assert flags["must_ask_unclear"].severity == "high"
    unclear_only = calm_offer(
        questions=(
            Question("q1", "compensation", "Pay?", must_ask=True, status="unclear"),
            Question("q2", "role", "Team?", must_ask=True, status="answered"),
            Question("q3", "start", "Start?", must_ask=True, status="answered"),
        )
    )
    assert keys(unclear_only) == ["must_ask_unclear"]
    assert "must_ask_unclear" not in keys(calm_offer())


def test_an_unsettled_fact_makes_its_questions_must_ask() -> None:
    # Remote work is not confirmed, so the open question on hours counts as must-ask.
    offer = calm_offer(facts=settled_except("remote", Fact("remote", "Hybrid", "jd", False)))
    assert keys(offer) == ["must_ask_unasked"]


def test_a_custom_must_ask_rule_is_used() -> None:
    offer = calm_offer(questions=(Question("q1", "hours", "Remote?", status="open"),))
    flags = red_flags(offer, TODAY, NOW, must_ask=lambda _o, q: q.topic == "hours")
    assert [f.key for f in flags] == ["must_ask_unasked"]


def test_responsibilities_unknown_and_unconfirmed() -> None:
    unknown = calm_offer(facts=settled_except("responsibilities"))
    flags = red_flags(unknown, TODAY, NOW)
    assert [f.key for f in flags] == ["responsibilities_unknown"]
    assert flags[0].severity == "high"
    assert "burnout" in flags[0].why
    unconfirmed = calm_offer(
        facts=settled_except("responsibilities", Fact("responsibilities", "APIs", "jd", False))
    )
    flags = red_flags(unconfirmed, TODAY, NOW)
    assert [f.key for f in flags] == ["responsibilities_unconfirmed"]
    assert flags[0].severity == "medium"
    blank = calm_offer(
        facts=settled_except("responsibilities", Fact("responsibilities", "   ", "", True))
    )
    assert keys(blank) == ["responsibilities_unknown"]
    assert keys(calm_offer()) == []


def test_duties_stated_in_the_checked_letter_are_known() -> None:
    letter = Letter(received=True, text="職務内容：決済APIの開発", missing=("leaving",))
    stated = calm_offer(facts=settled_except("responsibilities"), letter=letter)
    assert "responsibilities_unknown" not in keys(stated)
    left_out = replace(letter, missing=("duties", "leaving"))
    unstated = calm_offer(facts=settled_except("responsibilities"), letter=left_out)
    assert "responsibilities_unknown" in keys(unstated)
    unchecked = calm_offer(
        facts=settled_except("responsibilities"), letter=replace(letter, text="")
    )
    assert "responsibilities_unknown" in keys(unchecked)


def test_required_items_missing_from_the_letter_are_a_flag_raised_and_not() -> None:
    letter = Letter(received=True, text="雇用期間：期間の定めなし", missing=("leaving",))
    flags = red_flags(calm_offer(letter=letter), TODAY, NOW)
    assert [f.key for f in flags] == ["letter_missing_items"]
    assert flags[0].severity == "medium"
    assert flags[0].title == (
        "The letter leaves out 1 required item: Leaving, including grounds for dismissal"
    )
    # The step names commands that exist: enter on an item, or the palette's command.
    assert "Add all missing items as questions" in flags[0].next_step
    many = replace(letter, missing=("wages", "pay_dates", "leaving", "breaks"))
    flag = red_flags(calm_offer(letter=many), TODAY, NOW)[0]
    assert flag.severity == "high"
    assert flag.title.endswith("and 1 more")
    assert keys(calm_offer(letter=replace(letter, missing=()))) == []
    assert keys(calm_offer(letter=replace(letter, text=""))) == []


def test_no_written_offer_raised_and_not() -> None:
    flags = red_flags(calm_offer(letter=Letter(received=False)), TODAY, NOW)
    assert [f.key for f in flags] == ["no_written_offer"]
    assert flags[0].severity == "high"
    assert "no_written_offer" not in keys(calm_offer())


@pytest.mark.parametrize(
    ("deadline", "expected", "title"),
    [
        (date(2026, 11, 25), "deadline_close", "today"),
        (date(2026, 11, 26), "deadline_close", "tomorrow"),
        (date(2026, 11, 27), "deadline_close", "in 2 days"),
        (date(2026, 11, 24), "deadline_past", "1 day ago"),
        (date(2026, 11, 20), "deadline_past", "5 days ago"),
    ],
)
def test_deadline_close_or_past(deadline: date, expected: str, title: str) -> None:
    flags = red_flags(calm_offer(reply_deadline=deadline), TODAY, NOW)
    assert [f.key for f in flags] == [expected]
    assert title in flags[0].title


@pytest.mark.parametrize("deadline", [date(2026, 11, 28), date(2027, 1, 1), None])
def test_deadline_far_or_unknown_is_no_flag(deadline: date | None) -> None:
    assert keys(calm_offer(reply_deadline=deadline)) == []


def test_deadline_does_not_matter_once_answered() -> None:
    offer = calm_offer(stage="accepted", reply_deadline=date(2026, 11, 1))
    assert keys(offer) == []


def test_deadline_uses_the_given_today() -> None:
    offer = calm_offer(reply_deadline=date(2026, 12, 4))
    assert keys(offer, today=date(2026, 12, 3)) == ["deadline_close"]
    assert keys(offer, today=date(2026, 12, 5)) == ["deadline_past"]


def test_slow_reply_after_a_day_without_a_choice() -> None:
    ended = NOW - timedelta(hours=25)
    offer = calm_offer(meeting=Meeting(started_at=ended - timedelta(hours=1), ended_at=ended))
    flags = red_flags(offer, TODAY, NOW)
    assert [f.key for f in flags] == ["slow_reply"]
    assert flags[0].severity == "low"


def test_slow_reply_not_within_a_day_nor_once_chosen() -> None:
    recent = NOW - timedelta(hours=23)
    offer = calm_offer(meeting=Meeting(started_at=recent - timedelta(hours=1), ended_at=recent))
    assert keys(offer) == []
    old = NOW - timedelta(days=3)
    chosen = calm_offer(
        meeting=Meeting(started_at=old, ended_at=old),
        decision=Decision(choice="need-time", decided_at=NOW),
    )
    assert keys(chosen) == []
    never_ended = calm_offer(meeting=Meeting(started_at=old))
    assert keys(never_ended) == []


def test_slow_reply_counts_days_when_only_today_is_known() -> None:
    yesterday = NOW - timedelta(days=1)
    offer = calm_offer(meeting=Meeting(started_at=yesterday, ended_at=yesterday))
    assert keys(offer, now=None) == []
    two_days = NOW - timedelta(days=2)
    offer = calm_offer(meeting=Meeting(started_at=two_days, ended_at=two_days))
    assert keys(offer, now=None) == ["slow_reply"]


def test_slow_reply_copes_with_a_naive_meeting_time() -> None:
    naive = datetime(2026, 11, 23, 10, 0)
    offer = calm_offer(meeting=Meeting(started_at=naive, ended_at=naive))
    assert keys(offer) == ["slow_reply"]


def test_pay_annual_total_mismatch_is_a_flag() -> None:
    pay = PayModel(monthly_base=500_000)
    flags = red_flags(calm_offer(pay=pay, annual_pay=9_000_000), TODAY, NOW)
    assert [f.key for f in flags] == ["annual_pay_mismatch"]
    assert flags[0].severity == "medium"
    assert flags[0].next_step.startswith("Ask: ")


def test_pay_fixed_overtime_findings_are_flags() -> None:
    underpaid = PayModel(
        monthly_base=300_000, fixed_overtime_hours=45, fixed_overtime_amount=50_000
    )
    assert keys(calm_offer(pay=underpaid)) == ["pay_fixed_overtime_underpaid"]
    heavy = PayModel(monthly_base=300_000, fixed_overtime_hours=80, fixed_overtime_amount=300_000)
    # 80 h × 12 = 960 h a year: over the 720 h even a special clause allows.
    assert keys(calm_offer(pay=heavy)) == [
        "pay_fixed_overtime_80h",
        "pay_fixed_overtime_over_720h_year",
    ]
    over45 = PayModel(monthly_base=300_000, fixed_overtime_hours=50, fixed_overtime_amount=150_000)
    assert keys(calm_offer(pay=over45)) == ["pay_fixed_overtime_over_45h"]


def test_pay_findings_of_low_or_info_severity_are_not_flags() -> None:
    # 35 hours: over 360 a year (low) and "excess paid on top" (info); neither is a flag.
    fine = PayModel(monthly_base=300_000, fixed_overtime_hours=35, fixed_overtime_amount=90_000)
    assert keys(calm_offer(pay=fine)) == []
    consistent = PayModel(monthly_base=500_000)
    assert keys(calm_offer(pay=consistent, annual_pay=6_000_000)) == []


def test_annual_pay_against_the_pay_model() -> None:
    pay = PayModel(monthly_base=500_000, bonus_months=2)  # 6,000,000 + 1,000,000 bonus
    flags = red_flags(calm_offer(pay=pay, annual_pay=9_000_000), TODAY, NOW)
    assert [f.key for f in flags] == ["annual_pay_mismatch"]
    assert "¥9,000,000" in flags[0].title
    for matching in (6_000_000, 7_000_000, 7_005_000):
        assert keys(calm_offer(pay=pay, annual_pay=matching)) == []
    # Either figure alone cannot contradict anything.
    assert keys(calm_offer(annual_pay=9_000_000)) == []
    assert keys(calm_offer(pay=pay)) == []


def test_own_flags_follow_the_computed_ones() -> None:
    offer = calm_offer(
        letter=Letter(received=False),
        decision=Decision(own_flags=("Manager dodged the overtime question", "Glassdoor")),
    )
    flags = red_flags(offer, TODAY, NOW)
    assert [f.key for f in flags] == ["no_written_offer", "own_0", "own_1"]
    assert flags[1].own and flags[1].title == "Manager dodged the overtime question"
    assert [f.key for f in own_flags(offer)] == ["own_0", "own_1"]
    assert [f.key for f in computed_flags(offer, TODAY, NOW)] == ["no_written_offer"]
    assert own_flags(calm_offer()) == []


def test_flags_are_sorted_most_serious_first() -> None:
    old = NOW - timedelta(days=3)
    offer = calm_offer(
        reply_deadline=date(2026, 11, 26),
        letter=Letter(received=False),
        meeting=Meeting(started_at=old, ended_at=old),
        facts=settled_except("responsibilities", Fact("responsibilities", "APIs")),
    )
    flags = red_flags(offer, TODAY, NOW)
    severities = [f.severity for f in flags]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)
    assert [f.key for f in flags] == [
        "no_written_offer",
        "responsibilities_unconfirmed",
        "deadline_close",
        "slow_reply",
    ]
