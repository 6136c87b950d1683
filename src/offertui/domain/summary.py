"""What the Offers home shows of each offer, small enough to keep for a thousand.

A summary is made once from the offer file and then cached (storage.index) until the
file changes; the rules that depend on today's date are applied when it is shown, so
a cached summary never goes stale overnight. This module stays light to import: it
is on the start-up path.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, field, fields
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from offertui.domain.readiness import Readiness
from offertui.domain.timing import deadline_days, reply_overdue

if TYPE_CHECKING:
    from offertui.domain.due import Timeline
    from offertui.domain.offer import Offer

# Bump when what a summary holds or means changes: cached summaries are then remade.
SUMMARY_VERSION = 3


@dataclass(frozen=True)
class OfferSummary:
    """One row of the Offers table."""

    id: str
    company: str
    position: str
    stage: str
    reply_deadline: date | None
    annual_pay: int | None  # the latest terms' annual pay (domain.revisions)
    open_questions: int
    must_ask_open: int
    facts_known: int
    letter_received: bool
    readiness: Readiness = field(default_factory=Readiness)
    # Red flags that hold whatever the date; see `red_flags` for the full count.
    undated_flags: int = 0
    meeting_ended: datetime | None = None
    choice: str = "undecided"
    # The first offer's annual pay, when negotiation changed it (else None).
    first_annual_pay: int | None = None
    # The dates things fall due on (`Timeline.to_json`), for the home's "what is due"
    # and `offertui due`; kept as read and parsed only when asked for (`timeline`), so
    # a start with a thousand cached offers does not pay for it before the first frame.
    timeline_data: list[Any] | None = field(default=None, compare=False)

    @cached_property
    def timeline(self) -> Timeline | None:
        """The offer's timeline; None if the cache held none or a malformed one."""
        if self.timeline_data is None:
            return None
        from offertui.domain.due import Timeline

        try:
            return Timeline.from_json(self.timeline_data)
        except (TypeError, ValueError):
            return None

    def red_flags(self, today: date, now: datetime | None = None) -> int:
        """How many red flags the offer has today."""
        count = self.undated_flags
        if deadline_days(self.reply_deadline, self.stage, today) is not None:
            count += 1
        if reply_overdue(self.meeting_ended, self.choice, self.stage, today, now):
            count += 1
        return count

    def to_json(self) -> list[Any]:
        """Plain JSON data for the summary cache: a list in field order, which a
        thousand offers read back much faster than objects with named keys."""
        readiness = astuple(self.readiness)
        return [
            self.id,
            self.company,
            self.position,
            self.stage,
            _iso(self.reply_deadline),
            self.annual_pay,
            self.open_questions,
            self.must_ask_open,
            self.facts_known,
            self.letter_received,
            list(readiness),
            self.undated_flags,
            _iso(self.meeting_ended),
            self.choice,
            self.first_annual_pay,
            self.timeline_data,
        ]

    @classmethod
    def from_json(cls, data: list[Any]) -> OfferSummary:
        """The summary `to_json` made; raises on anything else (the cache is then
        ignored for this offer)."""
        if len(data) != len(_FIELDS):
            raise ValueError("not a cached summary")
        values = list(data)
        deadline, ended, timeline = values[4], values[12], values[15]
        values[4] = date.fromisoformat(deadline) if deadline else None
        values[10] = _readiness(*values[10])
        values[12] = datetime.fromisoformat(ended) if ended else None
        values[15] = timeline if isinstance(timeline, list) else None
        # The frozen dataclass's __init__ sets each field through object.__setattr__;
        # filling the instance's dict at once reads a thousand rows a quarter faster.
        summary = _new(cls)
        summary.__dict__.update(zip(_FIELDS, values, strict=True))
        return summary


_FIELDS = tuple(f.name for f in fields(OfferSummary))
_new = object.__new__
_readiness = Readiness


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def summarize(offer: Offer) -> OfferSummary:
    """The row for `offer`."""
    # Only a new or changed file is summarised. Start-up with cached summaries imports
    # neither these nor the question bank and pay model they bring in (30 ms, measured).
    from offertui.domain.due import timeline_of
    from offertui.domain.prep import readiness
    from offertui.domain.red_flags import undated_flags
    from offertui.domain.revisions import first_terms, latest_terms

    return OfferSummary(
        id=offer.id,
        company=offer.company,
        position=offer.position,
        stage=offer.stage,
        reply_deadline=offer.reply_deadline,
        annual_pay=latest_terms(offer).annual_pay,
        open_questions=offer.open_questions,
        must_ask_open=sum(
            1 for q in offer.questions if q.must_ask and q.status in ("open", "unclear")
        ),
        facts_known=sum(1 for f in offer.facts if f.known),
        letter_received=offer.letter.received,
        readiness=readiness(offer),
        undated_flags=len(undated_flags(offer)),
        meeting_ended=offer.meeting.ended_at,
        choice=offer.decision.choice,
        first_annual_pay=(
            first_terms(offer).annual_pay
            if first_terms(offer).annual_pay != latest_terms(offer).annual_pay
            else None
        ),
        timeline_data=timeline_of(offer).to_json(),
    )


def deadline_text(deadline: date | None, today: date) -> str:
    """A deadline as a person says it: "in 3 days", "today", "overdue"."""
    if deadline is None:
        return "—"
    days = (deadline - today).days
    if days < 0:
        return f"overdue {-days}d"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"
