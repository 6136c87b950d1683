"""What needs doing now, across offers: the meeting today, the reply due, the thanks to send.

Everything here is computed from each offer's `Timeline` (the few dates that things fall
due on, small enough to keep in the summary cache) and a `now` the caller passes, so the
rules are tested against any clock. Naive times in an offer file are local time: they
are read in the time zone of `now`.

The rules follow the guide: thank the company the evening after the meeting and answer
within about a day; reply by the deadline; and once a choice is made, send its email.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Final

from offertui.domain.timing import REPLY_WITHIN

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

__all__ = [
    "COMPANY_CELLS",
    "DEFAULT_DAYS",
    "DUE_KINDS",
    "MEETING_LENGTH",
    "REPLY_KINDS",
    "DueItem",
    "Timeline",
    "due_items",
    "due_line",
    "local",
    "meeting_end",
    "short_name",
    "thank_you_time",
    "timeline_of",
]

#: How many days after today `due_items` looks ahead by default: from a Friday, that
#: reaches the Monday.
DEFAULT_DAYS: Final = 3

#: How long an offer meeting usually takes.
MEETING_LENGTH: Final = timedelta(hours=1)

#: The emails that answer the company after the meeting; each one thanks it too.
REPLY_KINDS: Final = ("need-time", "negotiate", "accept", "decline")

#: Every kind of item, most pressing first (the order items of the same moment sort in).
DUE_KINDS: Final = (
    "deadline_passed",
    "no_answer",
    "email_unsent",
    "revised_unanswered",
    "meeting",
    "thank_you",
    "reply_due",
)

# The email each choice calls for.
_EMAIL_FOR_CHOICE: Final = {
    "need-time": "need-time",
    "negotiate": "negotiate",
    "accept": "accept",
    "decline": "decline",
}
_EMAIL_NAMES: Final = {
    "need-time": "thank-you (need time)",
    "negotiate": "negotiation",
    "accept": "acceptance",
    "decline": "decline",
}
# Stages in which the reply is given: deadlines no longer press.
_SETTLED: Final = ("accepted", "declined", "withdrawn")
# The evening: thanks are sent by then, or an hour after a late meeting ends.
_EVENING: Final = time(18, 0)
_AFTER_A_LATE_MEETING: Final = timedelta(hours=1)


@dataclass(frozen=True)
class Timeline:
    """The dates of one offer that something can fall due on."""

    id: str
    company: str
    stage: str = "prep"
    choice: str = "undecided"
    reply_deadline: date | None = None
    scheduled: datetime | None = None
    started: datetime | None = None
    ended: datetime | None = None
    decided: datetime | None = None
    # The last day each kind of email was marked sent, for the kinds that were.
    sent: tuple[tuple[str, date], ...] = ()
    # The day of the company's latest answer in negotiation.
    revised: date | None = None

    def sent_on(self, kind: str) -> date | None:
        for sent_kind, day in self.sent:
            if sent_kind == kind:
                return day
        return None

    def replied_since(self, day: date) -> bool:
        """Whether any reply email was marked sent on or after `day`."""
        return any(kind in REPLY_KINDS and sent >= day for kind, sent in self.sent)

    def to_json(self) -> list[Any]:
        """Plain JSON data, for a cache: a list in field order."""
        return [
            self.id,
            self.company,
            self.stage,
            self.choice,
            _iso(self.reply_deadline),
            _iso(self.scheduled),
            _iso(self.started),
            _iso(self.ended),
            _iso(self.decided),
            [[kind, day.isoformat()] for kind, day in self.sent],
            _iso(self.revised),
        ]

    @classmethod
    def from_json(cls, data: list[Any]) -> Timeline:
        """The timeline `to_json` made; raises TypeError or ValueError on anything else."""
        (
            offer_id,
            company,
            stage,
            choice,
            deadline,
            scheduled,
            started,
            ended,
            decided,
            sent,
            revised,
        ) = data
        if not all(isinstance(v, str) for v in (offer_id, company, stage, choice)):
            raise TypeError("a timeline's names are strings")
        return cls(
            offer_id,
            company,
            stage,
            choice,
            _day(deadline),
            _moment(scheduled),
            _moment(started),
            _moment(ended),
            _moment(decided),
            tuple((str(kind), date.fromisoformat(day)) for kind, day in sent),
            _day(revised),
        )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def timeline_of(offer: Offer) -> Timeline:
    """The dates of `offer` that things fall due on."""
    sent: dict[str, date] = {}
    for email in offer.emails:
        if email.sent is not None and (email.kind not in sent or email.sent > sent[email.kind]):
            sent[email.kind] = email.sent
    revised = [r.date for r in offer.revisions if r.date is not None]
    meeting = offer.meeting
    return Timeline(
        id=offer.id,
        company=offer.company,
        stage=offer.stage,
        choice=offer.decision.choice,
        reply_deadline=offer.reply_deadline,
        scheduled=meeting.scheduled,
        started=meeting.started_at,
        ended=meeting.ended_at,
        decided=offer.decision.decided_at,
        sent=tuple(sorted(sent.items())),
        revised=max(revised, default=None),
    )


@dataclass(frozen=True)
class DueItem:
    """One thing to do for one offer, with the moment it is due."""

    kind: str  # one of DUE_KINDS
    offer_id: str
    company: str
    # When it is due: a day (a deadline) or a local time (a meeting, the thanks).
    when: date | datetime
    # A few words on what to do, without the company: "reply due tomorrow".
    text: str
    # Past its moment already: a deadline passed, an answer a day late.
    overdue: bool = False

    @property
    def day(self) -> date:
        return self.when.date() if isinstance(self.when, datetime) else self.when


def local(moment: datetime, zone: tzinfo | None) -> datetime:
    """`moment` as a naive local time in `zone` (a naive one is local time already)."""
    if moment.tzinfo is None or zone is None:
        return moment.replace(tzinfo=None)
    return moment.astimezone(zone).replace(tzinfo=None)


def meeting_end(timeline: Timeline, now: datetime) -> datetime | None:
    """When the meeting ended, as a naive local time, if it is over by `now`.

    The recorded end counts; else an hour after it started; else, for a meeting whose
    clock was never started, an hour after its scheduled time once that has passed.
    """
    zone, current = now.tzinfo, local(now, now.tzinfo)
    if timeline.ended is not None:
        end = local(timeline.ended, zone)
    elif timeline.started is not None:
        end = local(timeline.started, zone) + MEETING_LENGTH
    elif timeline.scheduled is not None:
        end = local(timeline.scheduled, zone) + MEETING_LENGTH
    else:
        return None
    return end if end <= current else None


def thank_you_time(end: datetime) -> datetime:
    """The evening after a meeting that ended at `end`: 18:00 that day, or an hour after
    a meeting that ends later than 17:00."""
    evening = datetime.combine(end.date(), _EVENING, end.tzinfo)
    return max(evening, end + _AFTER_A_LATE_MEETING)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _day_words(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if 1 < days < 7:
        return f"{day:%a}"
    return day.isoformat()


def _deadline(t: Timeline, today: date, last: date) -> list[DueItem]:
    deadline = t.reply_deadline
    if deadline is None or t.stage in _SETTLED or deadline > last:
        return []
    days = (deadline - today).days
    if days < 0:
        text = f"reply deadline passed {_plural(-days, 'day')} ago"
        return [DueItem("deadline_passed", t.id, t.company, deadline, text, overdue=True)]
    when = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days ({deadline:%a})")
    return [DueItem("reply_due", t.id, t.company, deadline, f"reply due {when}")]


def _meeting(t: Timeline, now: datetime, today: date, last: date) -> list[DueItem]:
    if t.scheduled is None or t.started is not None or t.ended is not None:
        return []
    if t.stage in _SETTLED:
        return []
    start = local(t.scheduled, now.tzinfo)
    # Once its hour is over the meeting counts as held (see meeting_end): thanks are due.
    if not today <= start.date() <= last or meeting_end(t, now) is not None:
        return []
    at = f" {start:%H:%M}" if (start.hour, start.minute) != (0, 0) else ""
    text = f"offer meeting {_day_words(start.date(), today)}{at}"
    return [DueItem("meeting", t.id, t.company, start, text)]


def _after_meeting(t: Timeline, now: datetime) -> list[DueItem]:
    end = meeting_end(t, now)
    if end is None or t.stage == "withdrawn" or t.replied_since(end.date()):
        return []
    current = local(now, now.tzinfo)
    if current - end < REPLY_WITHIN:
        if t.choice in ("accept", "decline") or t.stage in _SETTLED:
            return []  # the email of the choice thanks them: see _email_unsent
        evening = thank_you_time(end)
        text = "thank them tonight" if evening.date() == current.date() else "thank them today"
        if current > evening:
            text = "thank-you email not sent yet"
        return [DueItem("thank_you", t.id, t.company, evening, text, overdue=current > evening)]
    if t.choice != "undecided" or t.stage in _SETTLED:
        return []
    days = (current.date() - end.date()).days
    since = "a day" if days <= 1 else f"{days} days"
    text = f"no answer {since} after the meeting"
    return [DueItem("no_answer", t.id, t.company, end + REPLY_WITHIN, text, overdue=True)]


def _email_unsent(t: Timeline, now: datetime) -> list[DueItem]:
    kind = _EMAIL_FOR_CHOICE.get(t.choice)
    if kind is None or t.decided is None or t.stage == "withdrawn":
        return []
    decided = local(t.decided, now.tzinfo)
    sent = t.sent_on(kind)
    if sent is not None and sent >= decided.date():
        return []
    overdue = local(now, now.tzinfo) - decided >= REPLY_WITHIN
    text = f"send the {_EMAIL_NAMES[kind]} email"
    return [DueItem("email_unsent", t.id, t.company, decided, text, overdue=overdue)]


def _revised_unanswered(t: Timeline, today: date) -> list[DueItem]:
    revised = t.revised
    if revised is None or revised > today or t.stage in _SETTLED:
        return []
    if t.choice in ("accept", "decline") or t.replied_since(revised):
        return []
    days = (today - revised).days
    text = "answer the revised offer" + (f" ({_plural(days, 'day')})" if days else "")
    return [DueItem("revised_unanswered", t.id, t.company, revised, text, overdue=days >= 1)]


def _sort_key(item: DueItem) -> tuple[bool, datetime, int]:
    when = item.when
    moment = when if isinstance(when, datetime) else datetime.combine(when, time.min)
    return (not item.overdue, moment, DUE_KINDS.index(item.kind))


def due_items(timelines: list[Timeline], now: datetime, days: int = DEFAULT_DAYS) -> list[DueItem]:
    """What needs doing across `timelines` at `now`, looking `days` days ahead.

    Overdue items come first, then the rest by when they are due. An offer shows at most
    one item about its email: the email its choice calls for, else the thanks, else the
    answer to a revised offer.
    """
    today = local(now, now.tzinfo).date()
    last = today + timedelta(days=max(days, 0))
    items: list[DueItem] = []
    for t in timelines:
        items += _deadline(t, today, last)
        items += _meeting(t, now, today, last)
        email = _email_unsent(t, now) or _after_meeting(t, now) or _revised_unanswered(t, today)
        items += email
    return sorted(items, key=_sort_key)


# Characters that would break a one-line label or take over a terminal: controls, and
# the bidi overrides that reorder what follows them.
_BIDI: Final = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _cells(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def short_name(text: str, cells: int) -> str:
    """`text` on one line, at most `cells` terminal cells wide, ending in "…" if cut."""
    clean = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text if c not in _BIDI)
    clean = " ".join(clean.split())
    widths = [_cells(c) for c in clean]
    if sum(widths) <= cells:
        return clean
    used, kept = 0, []
    for char, width in zip(clean, widths, strict=True):
        if used + width > cells - 1:
            break
        kept.append(char)
        used += width
    return "".join(kept).rstrip() + "…"


#: How wide the company may be in a one-line item.
COMPANY_CELLS: Final = 20


def due_line(item: DueItem) -> str:
    """The item as one short line: "Acme K.K.: reply due tomorrow", with "! " in front
    when it is overdue."""
    mark = "! " if item.overdue else ""
    return f"{mark}{short_name(item.company, COMPANY_CELLS)}: {item.text}"
