"""What is due at the edges of each rule: the moment a meeting's hour ends, exactly a
day after, a deadline today, times written in another zone, choices that need no thanks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from offertui.domain.due import Timeline, due_items, short_name, thank_you_time, timeline_of
from offertui.domain.offer import EmailDraft, Offer
from tests.helpers import JST, NOW

# NOW is Wednesday 2026-11-25 14:05 in Tokyo; naive times below are Tokyo time.
TODAY = NOW.date()
LOCAL_NOW = NOW.replace(tzinfo=None)


def items(now: datetime = NOW, days: int = 3, **fields: object) -> list[tuple[str, str, bool]]:
    timeline = Timeline("x", "X", **fields)  # type: ignore[arg-type]
    return [(i.kind, i.text, i.overdue) for i in due_items([timeline], now, days)]


def test_a_deadline_today_or_tomorrow_is_named_so_and_not_yet_passed() -> None:
    assert items(reply_deadline=TODAY) == [("reply_due", "reply due today", False)]
    tomorrow = TODAY + timedelta(days=1)
    assert items(reply_deadline=tomorrow) == [("reply_due", "reply due tomorrow", False)]


@pytest.mark.parametrize(
    ("scheduled", "text"),
    [
        (datetime(2026, 11, 26, 10), "offer meeting tomorrow 10:00"),
        (datetime(2026, 11, 26, 0, 0), "offer meeting tomorrow"),
        (datetime(2026, 11, 26, 1, 0), "offer meeting tomorrow 01:00"),
        (datetime(2026, 11, 26, 0, 1), "offer meeting tomorrow 00:01"),
        (datetime(2026, 12, 1, 10), "offer meeting Tue 10:00"),
        (datetime(2026, 12, 2, 10), "offer meeting 2026-12-02 10:00"),
        # Written in UTC: 01:00 UTC is 10:00 in Tokyo.
        (datetime(2026, 11, 26, 1, 0, tzinfo=UTC), "offer meeting tomorrow 10:00"),
    ],
)
def test_a_meeting_ahead_says_its_day_and_time(scheduled: datetime, text: str) -> None:
    assert items(days=7, scheduled=scheduled) == [("meeting", text, False)]


def test_a_meeting_written_in_utc_ends_by_tokyo_time() -> None:
    # 04:30 UTC is 13:30 in Tokyo: at 14:05 its hour is not over yet.
    at = datetime(2026, 11, 25, 4, 30, tzinfo=UTC)
    assert items(scheduled=at) == [("meeting", "offer meeting today 13:30", False)]
    assert items(started=at) == []  # under way, thanks not due yet


def test_a_meeting_that_ends_now_is_over() -> None:
    assert items(ended=LOCAL_NOW) == [("thank_you", "thank them tonight", False)]


def test_the_thanks_turn_late_only_after_the_evening() -> None:
    at_six = NOW.replace(hour=18, minute=0)
    assert items(at_six, ended=datetime(2026, 11, 25, 11)) == [
        ("thank_you", "thank them tonight", False)
    ]
    # A meeting ending at 23:30 is thanked at 00:30, tomorrow: "today" at 23:45.
    late = NOW.replace(hour=23, minute=45)
    assert items(late, ended=datetime(2026, 11, 25, 23, 30)) == [
        ("thank_you", "thank them today", False)
    ]


def test_exactly_a_day_after_the_meeting_the_answer_is_late() -> None:
    assert items(ended=LOCAL_NOW - timedelta(days=1)) == [
        ("no_answer", "no answer a day after the meeting", True)
    ]
    assert items(ended=LOCAL_NOW - timedelta(days=2)) == [
        ("no_answer", "no answer 2 days after the meeting", True)
    ]


@pytest.mark.parametrize("choice", ["accept", "decline"])
def test_a_choice_whose_email_thanks_them_needs_no_thanks_of_its_own(choice: str) -> None:
    ended = LOCAL_NOW - timedelta(hours=2)
    assert items(choice=choice, stage="deciding", ended=ended) == []


def test_nothing_is_due_after_the_meeting_of_a_withdrawn_offer_or_once_a_choice_is_made() -> None:
    assert items(stage="withdrawn", ended=LOCAL_NOW - timedelta(hours=2)) == []
    assert items(choice="need-time", ended=LOCAL_NOW - timedelta(days=2)) == []


def test_the_choice_email_counts_a_day_from_the_decision_in_tokyo_time() -> None:
    # 05:30 UTC yesterday is 14:30 in Tokyo: 23 h 35 min ago, not late yet.
    decided = datetime(2026, 11, 24, 5, 30, tzinfo=UTC)
    assert items(choice="accept", decided=decided) == [
        ("email_unsent", "send the acceptance email", False)
    ]
    assert items(choice="accept", decided=NOW - timedelta(days=1)) == [
        ("email_unsent", "send the acceptance email", True)
    ]
    assert items(choice="accept", stage="withdrawn", decided=NOW) == []
    assert items(choice="accept") == []  # no moment of decision recorded
    assert items(choice="undecided", decided=NOW) == []


def test_a_revised_offer_is_answered_from_its_day_on() -> None:
    assert items(revised=TODAY) == [("revised_unanswered", "answer the revised offer", False)]
    assert items(revised=TODAY + timedelta(days=1)) == []
    yesterday = TODAY - timedelta(days=1)
    assert items(revised=yesterday, choice="accept") == []
    assert items(revised=yesterday, choice="decline") == []


def test_items_of_the_same_day_sort_by_their_time() -> None:
    later = Timeline("later", "L", scheduled=datetime(2026, 11, 26, 16))
    sooner = Timeline("sooner", "S", scheduled=datetime(2026, 11, 26, 10))
    assert [i.offer_id for i in due_items([later, sooner], NOW)] == ["sooner", "later"]


def test_an_unsent_draft_is_no_date_sent() -> None:
    offer = Offer("x", "X", "Dev", emails=(EmailDraft("accept", "en", "s", "b"),))
    assert timeline_of(offer).sent == ()


def test_the_evening_of_an_aware_end_is_in_its_zone() -> None:
    assert thank_you_time(datetime(2026, 11, 25, 11, tzinfo=JST)) == datetime(
        2026, 11, 25, 18, tzinfo=JST
    )


def test_a_cached_timeline_with_a_name_that_is_no_string_is_refused() -> None:
    data = Timeline("x", "X").to_json()
    data[0] = 7
    with pytest.raises(TypeError, match="names are strings"):
        Timeline.from_json(data)


@pytest.mark.parametrize(
    ("text", "cells", "expected"),
    [
        ("cafe\u0301 au lait", 12, "cafe\u0301 au lait"),  # the accent takes no cell
        ("ＡＢＣＤＥＦ", 6, "ＡＢ…"),  # full-width letters take two
        ("Acme Holdings Group", 6, "Acme…"),  # no space before the mark
    ],
)
def test_short_names_count_cells_as_the_terminal_does(text: str, cells: int, expected: str) -> None:
    assert short_name(text, cells) == expected
