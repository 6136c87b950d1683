"""The calendar file: every event read back with icalendar, its zone, UID and escaping."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from offertui.domain.calendar import calendar_events, deadline_reminder, event_uid, to_ics
from offertui.domain.offer import Attendee, Contact, EmailDraft, Meeting, Offer, Question
from offertui.storage.local_zone import local_zone, zone_name
from tests.timeline_offers import at_jst, timeline_offers

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 25, 14, 5, tzinfo=TOKYO)


def export(offers: list[Offer], zone: object = TOKYO, now: datetime = NOW) -> icalendar.Calendar:
    data = to_ics(calendar_events(offers, zone), zone, now)  # type: ignore[arg-type]
    return icalendar.Calendar.from_ical(data)


def events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def by_id(offer_id: str) -> Offer:
    return next(o for o in timeline_offers() if o.id == offer_id)


def test_every_offer_gets_its_meeting_thanks_and_deadline_with_stable_uids() -> None:
    offers = timeline_offers()
    found = events(export(offers))
    expected = set()
    for offer in offers:
        if offer.meeting.scheduled or offer.meeting.started_at:
            expected |= {event_uid("meeting", offer.id), event_uid("thank-you", offer.id)}
        if offer.reply_deadline:
            expected.add(event_uid("deadline", offer.id))
    assert set(found) == expected
    assert "meeting-meeting-today@offertui" in found
    # A later export, after the meeting moved, updates the same events.
    moved = [
        replace(o, meeting=replace(o.meeting, scheduled=datetime(2026, 11, 26, 11)))
        if o.id == "meeting-today"
        else o
        for o in offers
    ]
    later = events(export(moved, now=NOW + timedelta(hours=2)))
    assert set(later) == set(found)
    meeting, again = (
        found[event_uid("meeting", "meeting-today")],
        later[event_uid("meeting", "meeting-today")],
    )
    assert again.decoded("dtstart") == datetime(2026, 11, 26, 11, tzinfo=TOKYO)
    assert int(again["sequence"]) > int(meeting["sequence"])


def test_the_meeting_event_says_where_who_and_what_to_ask() -> None:
    offer = replace(
        by_id("meeting-today"), contact=Contact("田中 太郎", "HR", "tanaka@example.com")
    )
    event = events(export([offer]))[event_uid("meeting", offer.id)]
    start = event.decoded("dtstart")
    assert start == datetime(2026, 11, 25, 16, tzinfo=TOKYO)
    assert event["dtstart"].params["TZID"] == "Asia/Tokyo"
    assert event.decoded("dtend") - start == timedelta(hours=1)
    assert str(event["location"]) == "https://meet.example.com/acme"
    assert str(event["url"]) == "https://meet.example.com/acme"
    description = str(event["description"])
    assert "With: Tanaka (HR), Suzuki (Engineering Manager)" in description
    assert "Must ask:\n- How is overtime paid?" in description
    assert "book budget" not in description  # not a must-ask question
    (attendee,) = [event["attendee"]]
    assert str(attendee) == "mailto:tanaka@example.com"
    assert attendee.params["CN"] == "田中 太郎"
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(minutes=-30)
    assert str(event["status"]) == "CONFIRMED"


def test_a_meeting_in_person_has_its_address_as_location() -> None:
    event = events(export([by_id("meeting-friday")]))[event_uid("meeting", "meeting-friday")]
    assert str(event["location"]) == "東京都千代田区丸の内1-1-1"
    assert "url" not in event


def test_a_held_meeting_keeps_its_real_times() -> None:
    offer = by_id("thank-you")  # started 10:02, ended 11:00
    found = events(export([offer]))
    meeting = found[event_uid("meeting", offer.id)]
    assert meeting.decoded("dtstart") == datetime(2026, 11, 25, 10, 2, tzinfo=TOKYO)
    assert meeting.decoded("dtend") == datetime(2026, 11, 25, 11, tzinfo=TOKYO)
    thanks = found[event_uid("thank-you", offer.id)]
    assert thanks.decoded("dtstart") == datetime(2026, 11, 25, 18, tzinfo=TOKYO)
    (alarm,) = thanks.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(0)
    assert str(thanks["status"]) == "CONFIRMED"


def test_thanks_already_sent_and_a_settled_deadline_are_cancelled() -> None:
    sent = replace(
        by_id("thank-you"), emails=(EmailDraft("need-time", "en", "", "", sent=date(2026, 11, 25)),)
    )
    thanks = events(export([sent]))[event_uid("thank-you", sent.id)]
    assert str(thanks["status"]) == "CANCELLED"
    assert not thanks.walk("VALARM")
    settled = events(export([by_id("settled")]))[event_uid("deadline", "settled")]
    assert str(settled["status"]) == "CANCELLED"


def test_the_deadline_is_all_day_with_a_reminder_one_business_day_before() -> None:
    # Reply by Monday 2026-11-30: the reminder goes off on Friday the 27th at 09:00.
    offer = replace(by_id("reply-due"), reply_deadline=date(2026, 11, 30), annual_pay=9_000_000)
    event = events(export([offer]))[event_uid("deadline", offer.id)]
    assert event.decoded("dtstart") == date(2026, 11, 30)
    assert event.decoded("dtend") == date(2026, 12, 1)
    (alarm,) = event.walk("VALARM")
    trigger = alarm.decoded("trigger")
    assert datetime(2026, 11, 30) + trigger == datetime(2026, 11, 27, 9)
    assert "Annual pay on offer: ¥9,000,000" in str(event["description"])
    assert str(event["transp"]) == "TRANSPARENT"


def test_the_reminder_skips_holidays_and_the_new_year_closure() -> None:
    # 2026-11-24 (Tuesday) follows 勤労感謝の日 (Monday the 23rd): back to Friday.
    assert datetime(2026, 11, 24) + deadline_reminder(date(2026, 11, 24)) == datetime(
        2026, 11, 20, 9
    )
    # 2027-01-04 (Monday) follows the closure from 29 December: back to Monday 28 December.
    assert datetime(2027, 1, 4) + deadline_reminder(date(2027, 1, 4)) == datetime(2026, 12, 28, 9)


def test_the_reminder_counts_with_the_users_new_year_closure() -> None:
    from offertui.domain.business_days import parse_closure

    # A company that works until 30 December: the reminder before 4 January is the 30th.
    closure = parse_closure("12-31..01-03")
    assert datetime(2027, 1, 4) + deadline_reminder(date(2027, 1, 4), closure) == datetime(
        2026, 12, 30, 9
    )
    offer = replace(by_id("reply-due"), reply_deadline=date(2027, 1, 4))
    event = events(
        icalendar.Calendar.from_ical(to_ics(calendar_events([offer], TOKYO, closure), TOKYO, NOW))
    )[event_uid("deadline", offer.id)]
    (alarm,) = event.walk("VALARM")
    assert datetime(2027, 1, 4) + alarm.decoded("trigger") == datetime(2026, 12, 30, 9)


def test_the_file_carries_the_zone_it_names() -> None:
    calendar = export(timeline_offers())
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Asia/Tokyo"
    for event in calendar.walk("VEVENT"):
        start = event.decoded("dtstart")
        if isinstance(start, datetime):
            assert event["dtstart"].params["TZID"] == "Asia/Tokyo"
            assert start.utcoffset() == timedelta(hours=9)


def test_a_zone_with_daylight_saving_gets_its_rules() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    offer = Offer("x", "X", "Dev", meeting=Meeting(scheduled=datetime(2026, 7, 1, 14)))
    calendar = export([offer], zone=berlin)
    (zone,) = calendar.walk("VTIMEZONE")
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    start = events(calendar)[event_uid("meeting", "x")].decoded("dtstart")
    assert start.astimezone(UTC) == datetime(2026, 7, 1, 12, tzinfo=UTC)


def test_a_zone_without_a_name_is_written_in_utc() -> None:
    fixed = timezone(timedelta(hours=9))
    calendar = export([by_id("meeting-today")], zone=fixed)
    assert not calendar.walk("VTIMEZONE")
    event = events(calendar)[event_uid("meeting", "meeting-today")]
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 7, tzinfo=UTC)
    assert "TZID" not in event["dtstart"].params


def test_aware_times_of_another_zone_are_moved_into_the_users_zone() -> None:
    offer = Offer(
        "x",
        "X",
        "Dev",
        meeting=Meeting(started_at=at_jst(25, 10), ended_at=at_jst(25, 11)),
    )
    berlin = ZoneInfo("Europe/Berlin")
    start = events(export([offer], zone=berlin))[event_uid("meeting", "x")]["dtstart"]
    assert start.params["TZID"] == "Europe/Berlin"
    assert start.dt == datetime(2026, 11, 25, 2, tzinfo=berlin)


HOSTILE = '株式会社;テスト,\\ "引用"\nnew line\x1b]52;c;aGk=\x07\x1b[2J\u202eevil\r\nend'


def test_nothing_from_the_offer_breaks_the_file() -> None:
    long_ja = "内定承諾の前に確認したいことがございます。" * 20
    offer = Offer(
        "hostile",
        HOSTILE,
        long_ja,
        reply_deadline=date(2026, 12, 4),
        contact=Contact("Evil\r\nX-INJECT:1", "", "a@example.com"),
        meeting=Meeting(
            scheduled=datetime(2026, 12, 1, 14),
            link="https://x.example/\r\nBEGIN:VEVENT",
            place=HOSTILE,
            attendees=(Attendee(HOSTILE, "HR"),),
        ),
        questions=(Question("q", "other", long_ja + HOSTILE, must_ask=True),),
    )
    data = to_ics(calendar_events([offer], TOKYO), TOKYO, NOW)
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a character
        assert not any(byte < 0x20 and byte != 0x09 for byte in line), line
    assert "\u202e" not in data.decode("utf-8")
    calendar = icalendar.Calendar.from_ical(data)
    assert len(calendar.walk("VEVENT")) == 3
    assert not calendar.walk("X-INJECT")
    meeting = events(calendar)[event_uid("meeting", "hostile")]
    summary = str(meeting["summary"])
    assert summary.startswith('Offer meeting: 株式会社;テスト,\\ "引用" new line ]52;c;aGk= [2J')
    assert str(meeting["location"]) == '株式会社;テスト,\\ "引用" new line ]52;c;aGk= [2Jevil end'
    assert long_ja in str(meeting["description"])


def test_uids_are_ascii_for_japanese_ids() -> None:
    uid = event_uid("meeting", "株式会社テスト-engineer")
    assert uid.isascii()
    assert uid == event_uid("meeting", "株式会社テスト-engineer")
    assert uid != event_uid("deadline", "株式会社テスト-engineer")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"TZ": "Asia/Tokyo"}, "Asia/Tokyo"),
        ({"TZ": ":Europe/Berlin"}, "Europe/Berlin"),
        ({"TZ": "/usr/share/zoneinfo/posix/America/New_York"}, "America/New_York"),
        ({"TZ": ""}, "UTC"),
    ],
)
def test_the_zone_name_comes_from_tz(environ: dict[str, str], expected: str) -> None:
    assert zone_name(environ, Path("/nonexistent")) == expected


def test_without_tz_the_zone_comes_from_etc(tmp_path: Path) -> None:
    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo" / "Asia"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "Tokyo").write_bytes(b"")
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "localtime").symlink_to(zoneinfo / "Tokyo")
    assert zone_name({}, etc) == "Asia/Tokyo"
    (etc / "localtime").unlink()
    (etc / "timezone").write_text("Europe/Paris\n")
    assert zone_name({}, etc) == "Europe/Paris"
    assert zone_name({}, tmp_path / "nothing") is None


def test_a_zone_that_cannot_be_found_falls_back_to_the_offset_of_now() -> None:
    assert getattr(local_zone({"TZ": "Asia/Tokyo"}), "key", None) == "Asia/Tokyo"
    fallback = local_zone({"TZ": "Not/AZone"})
    assert getattr(fallback, "key", None) is None
    assert fallback.utcoffset(None) == datetime.now().astimezone().utcoffset()
    assert getattr(local_zone({"TZ": "../../etc/passwd"}), "key", None) is None
