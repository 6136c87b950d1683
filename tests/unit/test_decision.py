"""The choice and what follows it, the lists, the countdown and the nudge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from offertui.domain.business_days import parse_closure
from offertui.domain.decision import (
    DEFAULT_NEXT_STEPS,
    EMAIL_FOR_CHOICE,
    add_item,
    choose,
    countdown,
    nudge,
    remove_item,
)
from offertui.domain.offer import Decision, Meeting, Offer

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 25, 14, 5, tzinfo=JST)


def offer(**changes: object) -> Offer:
    return replace(Offer(id="a", company="Acme", position="Dev", stage="deciding"), **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("choice", "stage"),
    [
        ("accept", "accepted"),
        ("decline", "declined"),
        ("negotiate", "negotiating"),
        ("need-time", "deciding"),
        ("undecided", "deciding"),
    ],
)
def test_the_stage_follows_the_choice(choice: str, stage: str) -> None:
    chosen = choose(offer(), choice, NOW)
    assert chosen.stage == stage
    assert chosen.decision.choice == choice
    assert chosen.decision.decided_at == (None if choice == "undecided" else NOW)


def test_going_back_to_undecided_leaves_the_final_stages() -> None:
    assert choose(offer(stage="accepted"), "need-time", NOW).stage == "deciding"
    assert choose(offer(stage="negotiating"), "undecided", NOW).stage == "deciding"
    # A stage the choice does not own is kept.
    assert choose(offer(stage="meeting"), "need-time", NOW).stage == "meeting"


def test_accepting_fills_the_next_steps_once() -> None:
    accepted = choose(offer(), "accept", NOW)
    assert accepted.decision.next_steps == tuple((s, False) for s in DEFAULT_NEXT_STEPS)
    own = offer(decision=Decision(next_steps=(("Sign", True),)))
    assert choose(own, "accept", NOW).decision.next_steps == (("Sign", True),)


def test_an_unknown_choice_is_refused() -> None:
    with pytest.raises(ValueError):
        choose(offer(), "maybe", NOW)


def test_every_choice_but_undecided_has_an_email() -> None:
    assert set(EMAIL_FOR_CHOICE) == {"need-time", "negotiate", "accept", "decline"}


def test_add_item_tidies_and_refuses_blank_or_repeated() -> None:
    assert add_item(("a",), "  Good   team ") == ("a", "Good team")
    with pytest.raises(ValueError, match="Type a few words"):
        add_item((), "   ")
    with pytest.raises(ValueError, match="already"):
        add_item(("Good team",), "good TEAM")


def test_remove_item() -> None:
    assert remove_item(("a", "b", "c"), 1) == ("a", "c")
    assert remove_item(("a",), 5) == ("a",)
    assert remove_item(("a",), -1) == ("a",)


@pytest.mark.parametrize(
    ("deadline", "text", "level"),
    [
        (date(2026, 12, 4), "Reply by Fri 4 Dec 2026: in 9 days (7 business days)", "ok"),
        (date(2026, 11, 27), "Reply by Fri 27 Nov 2026: in 2 days (2 business days)", "soon"),
        (date(2026, 11, 25), "Reply by Wed 25 Nov 2026: today", "soon"),
        (date(2026, 11, 23), "Reply by Mon 23 Nov 2026: overdue by 2 days", "overdue"),
    ],
)
def test_countdown(deadline: date, text: str, level: str) -> None:
    timer = countdown(offer(reply_deadline=deadline), NOW.date())
    assert (timer.text, timer.level) == (text, level)


def test_countdown_without_a_deadline_or_once_answered() -> None:
    assert countdown(offer(), NOW.date()).level == "none"
    done = countdown(offer(stage="declined", reply_deadline=date(2026, 12, 4)), NOW.date())
    assert done.level == "done"
    assert "answered (Declined)" in done.text


def test_nudge_before_during_and_after_the_day() -> None:
    before = nudge(offer(), NOW)
    assert "thank them within about a day" in before
    assert "the decision itself is due by the reply deadline" in before
    recent = offer(meeting=Meeting(ended_at=NOW - timedelta(hours=3)))
    assert nudge(recent, NOW) == (
        "The meeting ended 3 hours ago: thank them by Thu 11:05 and say by when you will "
        "answer; decide by the reply deadline."
    )
    late = offer(meeting=Meeting(ended_at=NOW - timedelta(days=3)))
    assert nudge(late, NOW).startswith("The meeting ended 3 days ago. Send your thanks today")
    chosen = offer(decision=Decision(choice="negotiate", decided_at=NOW))
    assert nudge(chosen, NOW) == "You chose Negotiate on 2026-11-25 14:05."


def test_remove_item_takes_the_first_and_the_last() -> None:
    assert remove_item(("a", "b", "c"), 0) == ("b", "c")
    assert remove_item(("a", "b", "c"), 2) == ("a", "b")
    assert remove_item(("a", "b", "c"), 3) == ("a", "b", "c")


def test_add_item_says_why_it_refuses() -> None:
    with pytest.raises(ValueError) as blank:
        add_item((), "   ")
    assert str(blank.value) == "Type a few words first."
    with pytest.raises(ValueError) as twice:
        add_item(("Visa",), "visa")
    assert str(twice.value) == "That is already on the list."


def test_without_a_deadline_the_countdown_says_what_to_do() -> None:
    assert countdown(offer(), NOW.date()).text == (
        "Reply deadline not known: ask for it, and note it on Overview."
    )


@pytest.mark.parametrize(("stage", "label"), [("accepted", "Accepted"), ("withdrawn", "Withdrawn")])
def test_every_answered_stage_ends_the_countdown(stage: str, label: str) -> None:
    done = countdown(offer(stage=stage, reply_deadline=date(2026, 12, 4)), NOW.date())
    assert (done.text, done.level) == (
        f"Reply deadline Fri 4 Dec 2026: answered ({label}).",
        "done",
    )


def test_a_deadline_on_a_day_off_is_warned_of_on_the_day_itself() -> None:
    saturday = date(2026, 11, 28)
    timer = countdown(offer(reply_deadline=saturday), saturday)
    assert timer.text == (
        "Reply by Sat 28 Nov 2026: today. The deadline is a Saturday: "
        "to be safe, reply by Fri 27 Nov."
    )


def test_the_countdown_counts_with_the_companys_own_closure() -> None:
    summer = parse_closure("08-10..08-14")
    timer = countdown(offer(reply_deadline=date(2026, 8, 12)), date(2026, 8, 7), summer)
    assert timer.text.startswith("Reply by Wed 12 Aug 2026: in 5 days (0 business days). ")
    assert timer.text.endswith(": to be safe, reply by Fri 7 Aug.")


@pytest.mark.parametrize(
    ("since", "said"),
    [
        (timedelta(minutes=59), "less than an hour ago"),
        (timedelta(hours=1), "1 hour ago"),
        (timedelta(hours=2), "2 hours ago"),
        (timedelta(hours=47, minutes=59), "47 hours ago"),
        (timedelta(hours=48), "2 days ago"),
        (timedelta(hours=71), "2 days ago"),
    ],
)
def test_the_nudge_says_how_long_ago_the_meeting_ended(since: timedelta, said: str) -> None:
    ended = offer(meeting=Meeting(ended_at=NOW - since))
    assert nudge(ended, NOW).startswith(f"The meeting ended {said}")


def test_the_thanks_are_due_until_the_reply_window_has_passed() -> None:
    from offertui.domain.red_flags import REPLY_WITHIN

    ended = NOW - REPLY_WITHIN
    at_the_end = nudge(offer(meeting=Meeting(ended_at=ended)), NOW)
    assert f"thank them by {NOW:%a %H:%M}" in at_the_end
    past = nudge(offer(meeting=Meeting(ended_at=ended - timedelta(minutes=1))), NOW)
    assert "Send your thanks today" in past


def test_a_meeting_end_without_a_zone_is_read_in_the_zone_of_now() -> None:
    ended = (NOW - timedelta(hours=3)).replace(tzinfo=None)
    assert nudge(offer(meeting=Meeting(ended_at=ended)), NOW).startswith(
        "The meeting ended 3 hours ago: thank them by Thu 11:05"
    )
    naive_now = NOW.replace(tzinfo=None)
    aware_end = NOW - timedelta(hours=5)
    assert nudge(offer(meeting=Meeting(ended_at=aware_end)), naive_now).startswith(
        "The meeting ended 5 hours ago"
    )


def test_a_choice_without_a_time_says_only_the_choice() -> None:
    chosen = offer(decision=Decision(choice="accept", decided_at=None))
    assert nudge(chosen, NOW) == "You chose Accept."
