"""The offers' dates as calendar events: the meeting, the reply deadline, the thanks.

`calendar_events` describes the events of each offer; `to_ics` writes them as an
iCalendar file with the `icalendar` library, imported only then (it is slow to import
and nothing on the start-up path needs it).

Every event has a UID made from its kind and the offer's id, so importing a newer file
updates the events instead of adding them twice; SEQUENCE grows with each export so
clients that compare it take the newer one. An event that no longer applies (the
deadline of a settled offer, thanks already sent) is written as cancelled rather than
left out, so importing again removes it instead of leaving the stale one in place.

Time zone: a naive time in an offer file is the user's local time. Events are written
in the user's zone by name, ``DTSTART;TZID=Asia/Tokyo:...`` with the zone's VTIMEZONE
in the file, so the meeting stays at 14:00 Tokyo time in a calendar set to another zone
and the zone is shown by name. When the system gives the zone no IANA name (only a UTC
offset), times are written in UTC, which every client places correctly. Floating times
(no zone) are never written: a calendar in another zone would move the meeting.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final
from urllib.parse import quote

from offertui.domain.business_days import DEFAULT_CLOSURE, Closure, is_business_day
from offertui.domain.due import MEETING_LENGTH, local, thank_you_time, timeline_of
from offertui.domain.emails import KIND_LABELS
from offertui.domain.meeting import meeting_order
from offertui.domain.offer import CHOICE_LABELS, Offer
from offertui.domain.prep import effective_must_ask
from offertui.domain.revisions import pay_with_first

__all__ = [
    "EVENT_KINDS",
    "CalendarEvent",
    "calendar_events",
    "deadline_reminder",
    "event_uid",
    "to_ics",
]

#: The events of one offer, in the order they happen.
EVENT_KINDS: Final = ("meeting", "thank-you", "deadline")

#: How long before the meeting its reminder goes off.
MEETING_REMINDER: Final = timedelta(minutes=30)
#: How long the thank-you reminder blocks: enough to write the email.
THANK_YOU_LENGTH: Final = timedelta(minutes=15)
#: The time of day of the reminder one business day before a deadline.
DEADLINE_REMINDER_AT: Final = time(9, 0)
#: At most this many must-ask questions are listed in the meeting's description.
MAX_QUESTIONS: Final = 15

_SETTLED: Final = ("accepted", "declined", "withdrawn")
# Characters no calendar field should carry: they reorder text or drive a terminal.
_BIDI: Final = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# SEQUENCE counts minutes from here, so each export is newer than the one before.
_SEQUENCE_EPOCH: Final = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEvent:
    """One event, as plain data: what `to_ics` writes."""

    uid: str
    kind: str  # one of EVENT_KINDS
    offer_id: str
    summary: str
    # An aware time for a timed event, a date for an all-day one (end exclusive).
    start: datetime | date
    end: datetime | date
    description: str
    location: str = ""
    url: str = ""
    # (name, email) of the people with an address, for ATTENDEE lines.
    attendees: tuple[tuple[str, str], ...] = ()
    # When the reminder goes off, relative to the start (negative: before it).
    reminder: timedelta | None = None
    reminder_text: str = ""
    cancelled: bool = False


def event_uid(kind: str, offer_id: str) -> str:
    """The event's UID: the same for the same offer and kind in every export."""
    return f"{kind}-{quote(offer_id, safe='-_.')}@offertui"


def _clean(text: str) -> str:
    """Text for a calendar field: no control characters but newlines, no bidi overrides."""
    out = []
    for char in text.replace("\r\n", "\n"):
        if char in _BIDI:
            continue
        if char == "\n" or unicodedata.category(char) != "Cc":
            out.append(char)
        else:
            out.append(" ")
    return "".join(out)


def _line(text: str) -> str:
    return " ".join(_clean(text).split())


def _in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """An aware time in `zone`; a naive one is local time in that zone already."""
    return local(moment, zone).replace(tzinfo=zone)


def deadline_reminder(deadline: date, closure: Closure = DEFAULT_CLOSURE) -> timedelta:
    """The reminder of an all-day deadline, relative to its start (midnight): 09:00 on
    the business day before it (the New Year `closure` skipped)."""
    day = deadline - timedelta(days=1)
    while not is_business_day(day, closure):
        day -= timedelta(days=1)
    return datetime.combine(day, DEADLINE_REMINDER_AT) - datetime.combine(deadline, time.min)


def _who(offer: Offer) -> str:
    position = _line(offer.position)
    return f"{_line(offer.company)} ({position})" if position else _line(offer.company)


def _meeting(offer: Offer, zone: tzinfo) -> list[CalendarEvent]:
    meeting = offer.meeting
    begin = meeting.started_at or meeting.scheduled
    if begin is None:
        return []
    start = _in_zone(begin, zone)
    end = _in_zone(meeting.ended_at, zone) if meeting.ended_at else start + MEETING_LENGTH
    link, place = _line(meeting.link), _clean(meeting.place).strip()
    lines = [f"Offer meeting with {_line(offer.company)}"]
    if offer.position.strip():
        lines[0] += f" for {_line(offer.position)}"
    if link:
        lines.append(f"Link: {link}")
    if place:
        lines.append(f"Place: {_line(place)}")
    if meeting.attendees:
        people = ", ".join(
            _line(a.name) + (f" ({_line(a.role)})" if a.role.strip() else "")
            for a in meeting.attendees
        )
        lines.append(f"With: {people}")
    questions = [
        q
        for q in meeting_order(offer, effective_must_ask)
        if effective_must_ask(offer, q) and q.status in ("open", "unclear")
    ]
    if questions:
        lines += ["", "Must ask:"]
        lines += [f"- {_line(q.text)}" for q in questions[:MAX_QUESTIONS]]
        if len(questions) > MAX_QUESTIONS:
            lines.append(f"- and {len(questions) - MAX_QUESTIONS} more (offertui: Prep)")
    if offer.reply_deadline is not None:
        lines += ["", f"Reply by {offer.reply_deadline.isoformat()}."]
    contact = offer.contact
    attendees = ((_line(contact.name), contact.email.strip()),) if contact.email.strip() else ()
    return [
        CalendarEvent(
            uid=event_uid("meeting", offer.id),
            kind="meeting",
            offer_id=offer.id,
            summary=f"Offer meeting: {_who(offer)}",
            start=start,
            end=end,
            description="\n".join(lines),
            # An address is where to go; a link is where to click, and clients show
            # the location where people look first.
            location=_line(place) if place else link,
            url=link if link.startswith(("https://", "http://")) else "",
            attendees=attendees,
            reminder=-MEETING_REMINDER,
            reminder_text=f"Offer meeting with {_line(offer.company)} in 30 minutes",
            cancelled=offer.stage == "withdrawn" and meeting.started_at is None,
        )
    ]


def _thank_you(offer: Offer, zone: tzinfo) -> list[CalendarEvent]:
    meeting = offer.meeting
    begin = meeting.started_at or meeting.scheduled
    if begin is None:
        return []
    end = local(meeting.ended_at, zone) if meeting.ended_at else local(begin, zone) + MEETING_LENGTH
    start = thank_you_time(end).replace(tzinfo=zone)
    replied = timeline_of(offer).replied_since(end.date())
    description = (
        f"Thank {_line(offer.company)} for the offer meeting, by email, today. If you "
        "need time to decide, say when you will answer (offertui: Emails, "
        f"'{KIND_LABELS['need-time']}'). Answering within a day of the meeting shows "
        "your interest."
    )
    return [
        CalendarEvent(
            uid=event_uid("thank-you", offer.id),
            kind="thank-you",
            offer_id=offer.id,
            summary=f"Send thanks: {_who(offer)}",
            start=start,
            end=start + THANK_YOU_LENGTH,
            description=description,
            reminder=timedelta(0),
            reminder_text=f"Thank {_line(offer.company)} for the offer meeting",
            cancelled=replied or offer.stage == "withdrawn",
        )
    ]


def _deadline(offer: Offer, closure: Closure) -> list[CalendarEvent]:
    deadline = offer.reply_deadline
    if deadline is None:
        return []
    lines = [f"Answer {_line(offer.company)} about the offer by the end of the day."]
    pay = pay_with_first(offer)
    if pay:
        lines.append(f"Annual pay on offer: {pay}")
    lines.append(f"Your choice so far: {CHOICE_LABELS.get(offer.decision.choice, '')}")
    return [
        CalendarEvent(
            uid=event_uid("deadline", offer.id),
            kind="deadline",
            offer_id=offer.id,
            summary=f"Reply due: {_who(offer)}",
            start=deadline,
            end=deadline + timedelta(days=1),
            description="\n".join(lines),
            reminder=deadline_reminder(deadline, closure),
            reminder_text=f"Reply to {_line(offer.company)} is due {deadline:%a %d %b}",
            cancelled=offer.stage in _SETTLED,
        )
    ]


def calendar_events(
    offers: Iterable[Offer], zone: tzinfo, closure: Closure = DEFAULT_CLOSURE
) -> list[CalendarEvent]:
    """The events of `offers`, each offer's in the order they happen, times in `zone`;
    deadline reminders count business days without the New Year `closure`."""
    events: list[CalendarEvent] = []
    for offer in offers:
        events += _meeting(offer, zone)
        events += _thank_you(offer, zone)
        events += _deadline(offer, closure)
    return events


def _day_of(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _zone_for_file(zone: tzinfo) -> tzinfo:
    """`zone` if it has an IANA name a VTIMEZONE can be made for, else UTC."""
    key = getattr(zone, "key", None)
    return zone if isinstance(key, str) and key else UTC


def to_ics(events: Sequence[CalendarEvent], zone: tzinfo, now: datetime) -> bytes:
    """The events as an iCalendar file (UTF-8, CRLF, lines folded by the library)."""
    import icalendar

    file_zone = _zone_for_file(zone)
    stamp = now.astimezone(UTC)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//offertui//offer meetings and deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "offertui")
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence)
        event.add("summary", _clean(item.summary))
        if isinstance(item.start, datetime):
            assert isinstance(item.end, datetime)
            event.add("dtstart", item.start.astimezone(file_zone))
            event.add("dtend", item.end.astimezone(file_zone))
        else:
            event.add("dtstart", item.start)
            event.add("dtend", item.end)
            event.add("transp", "TRANSPARENT")  # a deadline does not block the day
        event.add("description", _clean(item.description))
        if item.location:
            event.add("location", _clean(item.location))
        if item.url:
            event.add("url", item.url)
        for name, email in item.attendees:
            attendee = icalendar.vCalAddress(f"mailto:{email}")
            if name:
                attendee.params["cn"] = icalendar.vText(name)
            attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        if item.reminder is not None and not item.cancelled:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _clean(item.reminder_text))
            alarm.add("trigger", item.reminder)
            event.add_component(alarm)
        calendar.add_component(event)
    if file_zone is not UTC:
        # The zone's rules for the years the events span, not the library's 1970-2038.
        days = [stamp.date(), *(_day_of(e.start) for e in events)]
        days += [_day_of(e.end) for e in events]
        calendar.add_missing_timezones(
            first_date=date(min(days).year - 1, 1, 1), last_date=date(max(days).year + 2, 1, 1)
        )
    ics: bytes = calendar.to_ical()
    return ics
