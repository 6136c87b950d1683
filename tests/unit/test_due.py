"""What is due: every kind of item from a set of offers, and the rules behind each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from offertui.domain.due import (
    DUE_KINDS,
    Timeline,
    due_items,
    due_line,
    short_name,
    thank_you_time,
    timeline_of,
)
from offertui.domain.offer import EmailDraft, Meeting, Offer
from tests.helpers import NOW
from tests.timeline_offers import EXPECTED_DUE, at, at_jst, timeline_offers


def due(offers: list[Offer], now: datetime = NOW, days: int = 3) -> list[tuple[str, str]]:
    return [(i.kind, i.offer_id) for i in due_items([timeline_of(o) for o in offers], now, days)]


def one(offer: Offer, now: datetime = NOW) -> list[str]:
    return [f"{i.kind}: {i.text}" for i in due_items([timeline_of(offer)], now)]


def test_every_kind_of_item_in_order_overdue_first() -> None:
    assert due(timeline_offers()) == EXPECTED_DUE
    assert {kind for kind, _id in EXPECTED_DUE} == set(DUE_KINDS)


def test_the_lines_are_short_and_say_what_to_do() -> None:
    items = due_items([timeline_of(o) for o in timeline_offers()], NOW)
    lines = [due_line(item) for item in items]
    assert lines == [
        "! Delta KK: reply deadline passed 2 days ago",
        "! Eta Labs: answer the revised offer (1 day)",
        "! Gamma Co.: no answer a day after the meeting",
        "Zeta Systems: send the acceptance email",
        "Acme K.K.: offer meeting today 16:00",
        "Beta GK: thank them tonight",
        "Epsilon: reply due tomorrow",
        "株式会社サクラテック: offer meeting Fri 10:00",
    ]
    assert all(len(line) <= 60 for line in lines)


def test_the_horizon_decides_how_far_ahead_meetings_and_deadlines_show() -> None:
    today_only = due(timeline_offers(), days=0)
    assert ("meeting", "meeting-friday") not in today_only
    assert ("reply_due", "reply-due") not in today_only
    assert ("meeting", "meeting-today") in today_only
    week = due(timeline_offers(), days=7)
    assert ("meeting", "meeting-next-week") in week


def test_a_meeting_due_today_shows_until_its_clock_starts_or_its_hour_ends() -> None:
    offer = timeline_offers()[0]
    assert one(offer, NOW.replace(hour=16, minute=30)) == ["meeting: offer meeting today 16:00"]
    started = replace(offer, meeting=replace(offer.meeting, started_at=at_jst(25, 16)))
    assert one(started, NOW.replace(hour=16, minute=30)) == []


def test_thanks_are_due_the_evening_after_and_go_once_an_answer_is_sent() -> None:
    offer = next(o for o in timeline_offers() if o.id == "thank-you")
    assert one(offer) == ["thank_you: thank them tonight"]
    late = one(offer, NOW.replace(hour=20))
    assert late == ["thank_you: thank-you email not sent yet"]
    assert due_items([timeline_of(offer)], NOW.replace(hour=20))[0].overdue
    thanked = replace(
        offer, emails=(EmailDraft("need-time", "ja", "", "", sent=date(2026, 11, 25)),)
    )
    assert one(thanked, NOW.replace(hour=20)) == []
    # An email sent before the meeting does not count as thanks for it.
    early = replace(offer, emails=(EmailDraft("need-time", "ja", "", "", sent=date(2026, 11, 1)),))
    assert one(early) == ["thank_you: thank them tonight"]
    # A day after the meeting the thanks become an answer that is late.
    assert one(offer, NOW + timedelta(days=1)) == ["no_answer: no answer a day after the meeting"]


def test_the_evening_after_a_meeting() -> None:
    assert thank_you_time(at(25, 11)) == at(25, 18)
    assert thank_you_time(at(25, 17)) == at(25, 18)
    assert thank_you_time(at(25, 18)) == at(25, 19)
    assert thank_you_time(at(25, 22, 30)) == at(25, 23, 30)


def test_a_meeting_held_without_its_clock_counts_once_its_hour_is_over() -> None:
    offer = Offer("x", "X", "Dev", meeting=Meeting(scheduled=at(25, 11)))
    assert one(offer, NOW.replace(hour=11, minute=30)) == ["meeting: offer meeting today 11:00"]
    assert one(offer) == ["thank_you: thank them tonight"]


def test_an_aware_now_elsewhere_reads_naive_times_as_local_in_its_zone() -> None:
    # Naive times are the user's local time; an aware `now` in another zone sees the
    # meeting's aware end converted into its own zone.
    offer = Offer("x", "X", "Dev", meeting=Meeting(ended_at=at_jst(25, 11)))
    london = timezone(timedelta(hours=0))
    items = due_items([timeline_of(offer)], NOW.astimezone(london))
    assert [i.kind for i in items] == ["thank_you"]
    assert items[0].when == datetime(2026, 11, 25, 18)  # 02:00 UTC end -> 18:00 that day


def test_no_answer_counts_days_and_goes_with_a_choice() -> None:
    offer = next(o for o in timeline_offers() if o.id == "no-answer")
    assert one(offer, NOW + timedelta(days=2)) == ["no_answer: no answer 3 days after the meeting"]
    decided = replace(offer, decision=replace(offer.decision, choice="need-time", decided_at=NOW))
    assert one(decided) == ["email_unsent: send the thank-you (need time) email"]
    sent = replace(decided, emails=(EmailDraft("need-time", "en", "", "", sent=NOW.date()),))
    assert one(sent) == []


def test_the_choice_email_is_due_until_sent_and_late_after_a_day() -> None:
    offer = next(o for o in timeline_offers() if o.id == "accept-unsent")
    item = due_items([timeline_of(offer)], NOW)[0]
    assert not item.overdue
    assert due_items([timeline_of(offer)], NOW + timedelta(days=1))[0].overdue
    sent = replace(offer, emails=(EmailDraft("accept", "ja", "", "", sent=NOW.date()),))
    assert one(sent) == []


def test_a_revised_offer_is_answered_by_a_new_round_or_a_choice() -> None:
    offer = next(o for o in timeline_offers() if o.id == "revised")
    again = replace(
        offer,
        emails=(*offer.emails, EmailDraft("negotiate", "en", "", "", sent=date(2026, 11, 25))),
    )
    assert one(again) == []
    accepted = replace(offer, decision=replace(offer.decision, choice="accept", decided_at=NOW))
    assert one(accepted) == ["email_unsent: send the acceptance email"]


def test_settled_offers_have_no_deadlines() -> None:
    offer = next(o for o in timeline_offers() if o.id == "settled")
    assert one(offer) == []
    assert one(replace(offer, stage="deciding")) == [
        "deadline_passed: reply deadline passed 5 days ago"
    ]


def test_deadlines_in_a_few_days_name_the_weekday() -> None:
    offer = Offer("x", "X", "Dev", stage="deciding", reply_deadline=date(2026, 11, 28))
    assert one(offer) == ["reply_due: reply due in 3 days (Sat)"]


def test_a_timeline_survives_its_json_form() -> None:
    for offer in timeline_offers():
        timeline = timeline_of(offer)
        assert Timeline.from_json(timeline.to_json()) == timeline
    with pytest.raises((TypeError, ValueError)):
        Timeline.from_json(["too", "short"])
    assert timeline_of(timeline_offers()[-3]).revised == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "cells", "expected"),
    [
        ("Acme K.K.", 20, "Acme K.K."),
        ("株式会社サクラテックホールディングス", 20, "株式会社サクラテッ…"),
        ("A very long company name indeed", 12, "A very long…"),
        ("evil\x1b]52;c;x\x07\u202ename", 30, "evil ]52;c;x name"),
        ("two\nlines", 20, "two lines"),
    ],
)
def test_short_names_fit_their_cells_and_hold_no_controls(
    text: str, cells: int, expected: str
) -> None:
    assert short_name(text, cells) == expected
