"""What the Offers home shows of each offer, small enough to keep for a thousand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from offertui.domain.offer import Offer
from offertui.domain.prep import Readiness, readiness
from offertui.domain.red_flags import red_flags


@dataclass(frozen=True)
class OfferSummary:
    """One row of the Offers table."""

    id: str
    company: str
    position: str
    stage: str
    reply_deadline: date | None
    annual_pay: int | None
    open_questions: int
    must_ask_open: int
    facts_known: int
    letter_received: bool
    readiness: Readiness = field(default_factory=Readiness)
    red_flags: int = 0


def summarize(offer: Offer, now: datetime | None = None) -> OfferSummary:
    """The row for `offer`; red flags that depend on the date are counted as of `now`
    (the system clock if not given)."""
    now = now or datetime.now().astimezone()
    return OfferSummary(
        id=offer.id,
        company=offer.company,
        position=offer.position,
        stage=offer.stage,
        reply_deadline=offer.reply_deadline,
        annual_pay=offer.annual_pay,
        open_questions=offer.open_questions,
        must_ask_open=sum(
            1 for q in offer.questions if q.must_ask and q.status in ("open", "unclear")
        ),
        facts_known=sum(1 for f in offer.facts if f.known),
        letter_received=offer.letter.received,
        readiness=readiness(offer),
        red_flags=len(red_flags(offer, now.date(), now)),
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
