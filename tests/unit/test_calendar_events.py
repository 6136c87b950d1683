"""The calendar's events as data (what each one says, when, and whether it still
applies) and the file's own lines: its header, each event's stamp, alarm and attendee."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from offertui.domain.calendar import calendar_events, deadline_reminder, to_ics
from offertui.domain.offer import Attendee, Contact, Decision, Meeting, Offer, Question

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 25, 14, 5, tzinfo=TOKYO)

# Seventeen must-ask questions still to ask (one of them unclear), one answered.
QUESTIONS = (
    *(Question(f"q{n}", "other", f"Question {n}?", must_ask=True) for n in range(1, 17)),
    Question("q17", "other", "Question 17?", must_ask=True, status="unclear"),
    Question("q18", "other", "Question 18?", must_ask=True, status="answered"),
)
OFFER = Offer(
    "acme",
    "Acme",
    "Dev",
    reply_deadline=date(2026, 12, 2),  # a Wednesday
    decision=Decision(choice="negotiate"),
    meeting=Meeting(
        # 17:30 in Tokyo, written as an aware time of another zone.
        scheduled=datetime(2026, 11, 30, 8, 30, tzinfo=UTC),
        link="http://meet.example/acme",
        attendees=(Attendee("Sato", ""), Attendee("Kato", "CTO")),
    ),
    questions=QUESTIONS,
)


def test_each_event_names_its_kind_and_offer_and_who_it_is_with() -> None:
    events = calendar_events([OFFER], TOKYO)
    assert [(e.kind, e.offer_id) for e in events] == [
        ("meeting", "acme"),
        ("thank-you", "acme"),
        ("deadline", "acme"),
    ]
    assert [e.summary for e in events] == [
        "Offer meeting: Acme (Dev)",
        "Send thanks: Acme (Dev)",
        "Reply due: Acme (Dev)",
    ]
    assert not any(e.cancelled for e in events)
    alone = calendar_events([replace(OFFER, position="")], TOKYO)
    assert [e.summary for e in alone] == [
        "Offer meeting: Acme",
        "Send thanks: Acme",
        "Reply due: Acme",
    ]
    assert alone[0].description.startswith("Offer meeting with Acme\n")


def test_the_meeting_lists_who_comes_and_what_is_left_to_ask() -> None:
    meeting = calendar_events([OFFER], TOKYO)[0]
    assert meeting.start == datetime(2026, 11, 30, 17, 30, tzinfo=TOKYO)
    assert meeting.cancelled is False
    lines = meeting.description.split("\n")
    assert lines[:5] == [
        "Offer meeting with Acme for Dev",
        "Link: http://meet.example/acme",
        "With: Sato, Kato (CTO)",
        "",
        "Must ask:",
    ]
    asked = [line for line in lines if line.startswith("- Question")]
    assert len(asked) == 15
    assert "- Question 18?" not in lines
    # The unclear one is still to ask: 17 in all, 15 listed.
    assert lines[-3:] == ["- and 2 more (offertui: Prep)", "", "Reply by 2026-12-02."]
    assert meeting.url == meeting.location == "http://meet.example/acme"
    assert meeting.attendees == ()  # the contact has no address


def test_exactly_the_most_questions_listed_has_no_more_line() -> None:
    offer = replace(OFFER, questions=QUESTIONS[:15])
    lines = calendar_events([offer], TOKYO)[0].description.split("\n")
    assert not any("more (offertui: Prep)" in line for line in lines)


def test_the_thanks_are_due_an_hour_after_a_late_meeting_for_a_quarter_hour() -> None:
    # No recorded end: the meeting ends an hour after 17:30, the thanks at 19:30.
    thanks = calendar_events([OFFER], TOKYO)[1]
    assert thanks.start == datetime(2026, 11, 30, 19, 30, tzinfo=TOKYO)
    assert thanks.end == thanks.start + timedelta(minutes=15)
    # A recorded end of 18:00 in Tokyo, written in UTC: thanks at 19:00.
    held = replace(
        OFFER,
        meeting=replace(
            OFFER.meeting,
            started_at=datetime(2026, 11, 30, 16, 30, tzinfo=TOKYO),
            ended_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        ),
    )
    assert calendar_events([held], TOKYO)[1].start == datetime(2026, 11, 30, 19, tzinfo=TOKYO)


def test_a_withdrawn_offer_cancels_the_meeting_only_if_it_was_not_held() -> None:
    withdrawn = replace(OFFER, stage="withdrawn")
    meeting, thanks, deadline = calendar_events([withdrawn], TOKYO)
    assert meeting.cancelled and thanks.cancelled and deadline.cancelled
    held = replace(
        withdrawn, meeting=replace(OFFER.meeting, started_at=datetime(2026, 11, 30, 17, 30))
    )
    meeting, thanks, _ = calendar_events([held], TOKYO)
    assert not meeting.cancelled
    assert thanks.cancelled


def test_the_deadline_says_the_choice_so_far_and_reminds_the_day_before() -> None:
    deadline = calendar_events([OFFER], TOKYO)[2]
    assert deadline.description == (
        "Answer Acme about the offer by the end of the day.\nYour choice so far: Negotiate"
    )
    # Wednesday's deadline: Tuesday at 09:00, 15 hours before its midnight.
    assert deadline.reminder == deadline_reminder(date(2026, 12, 2)) == timedelta(hours=-15)


def test_the_file_says_what_it_is_and_stamps_each_event_with_the_export() -> None:
    with_address = replace(OFFER, contact=Contact("Tanaka", "", "tanaka@example.com"))
    data = to_ics(calendar_events([with_address], TOKYO), TOKYO, NOW)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["prodid"]) == "-//offertui//offer meetings and deadlines//EN"
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["calscale"]) == "GREGORIAN"
    assert str(calendar["method"]) == "PUBLISH"
    assert str(calendar["x-wr-calname"]) == "offertui"
    # Minutes from 2026-01-01 UTC to 05:05 UTC on 25 November: 328 days and 305 minutes.
    minutes = 328 * 24 * 60 + 305
    # Stamps in UTC, as RFC 5545 asks.
    assert data.count(b"\r\nDTSTAMP:20261125T050500Z\r\n") == 3
    for event in calendar.walk("VEVENT"):
        assert event.decoded("dtstamp") == NOW.astimezone(UTC)
        assert event.decoded("last-modified") == NOW.astimezone(UTC)
        assert int(event["sequence"]) == minutes
        (alarm,) = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert str(alarm["description"])
    meeting = calendar.walk("VEVENT")[0]
    (alarm,) = meeting.walk("VALARM")
    assert str(alarm["description"]) == "Offer meeting with Acme in 30 minutes"
    assert meeting["attendee"].params["ROLE"] == "REQ-PARTICIPANT"
    before = to_ics(calendar_events([OFFER], TOKYO), TOKYO, datetime(2025, 12, 1, tzinfo=UTC))
    for event in icalendar.Calendar.from_ical(before).walk("VEVENT"):
        assert int(event["sequence"]) == 0


def zone_changes(data: bytes) -> set[datetime]:
    (zone,) = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    changes = {part.decoded("dtstart") for part in zone.subcomponents}
    for part in zone.subcomponents:
        rdates = part.get("rdate")
        for rdate in rdates if isinstance(rdates, list) else [rdates] if rdates else []:
            changes |= {d.dt for d in rdate.dts}
    return changes


def test_the_zone_rules_span_a_year_before_to_a_year_after_the_events() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    offer = Offer("x", "X", "Dev", meeting=Meeting(scheduled=datetime(2026, 7, 1, 14)))
    data = to_ics(calendar_events([offer], berlin), berlin, NOW)
    changes = zone_changes(data)
    assert min(changes) == datetime(2025, 1, 1)
    assert {d.year for d in changes} == {2025, 2026, 2027}
    # Both ends of the meeting are written in the zone by name.
    assert b"DTEND;TZID=Europe/Berlin:20260701T150000" in data
    # Exported the year before: the rules start a year before the export.
    early = to_ics(calendar_events([offer], berlin), berlin, datetime(2025, 12, 1, tzinfo=UTC))
    assert min(zone_changes(early)) == datetime(2024, 1, 1)


def test_a_link_that_is_no_web_address_is_only_the_location() -> None:
    offer = replace(OFFER, meeting=replace(OFFER.meeting, link="Zoom ID 123 456"))
    meeting = calendar_events([offer], TOKYO)[0]
    assert (meeting.location, meeting.url) == ("Zoom ID 123 456", "")
