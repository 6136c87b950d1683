"""Deciding on an offer: the choice and what follows from it, the reply countdown, and
the small lists (pros, cons, own red flags, next steps) the Decision screen edits.

Pure functions over an `Offer`; the caller passes the time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final, Literal, TypeVar

from offertui.domain.business_days import (
    DEFAULT_CLOSURE,
    Closure,
    deadline_warning,
    describe_deadline,
)
from offertui.domain.offer import CHOICE_LABELS, CHOICES, STAGE_LABELS, Offer
from offertui.domain.red_flags import DEADLINE_WARNING_DAYS, REPLY_WITHIN

__all__ = [
    "DEFAULT_NEXT_STEPS",
    "EMAIL_FOR_CHOICE",
    "STAGE_FOR_CHOICE",
    "Countdown",
    "add_item",
    "choose",
    "countdown",
    "nudge",
    "remove_item",
]

#: The stage an offer moves to when the choice is made.
STAGE_FOR_CHOICE: Final = {"accept": "accepted", "decline": "declined", "negotiate": "negotiating"}
#: The email each choice calls for (the kinds of `domain.emails`).
EMAIL_FOR_CHOICE: Final = {
    "need-time": "need-time",
    "negotiate": "negotiate",
    "accept": "accept",
    "decline": "decline",
}
#: What usually follows an acceptance; the user edits the list.
DEFAULT_NEXT_STEPS: Final = (
    "Return the signed documents",
    "Send visa documents, if sponsored",
    "Confirm start date and first day",
    "Tell the other companies",
)

T = TypeVar("T")

# Stages a choice of "undecided" or "need more time" takes an offer back from.
_CHOSEN_STAGES: Final = frozenset(STAGE_FOR_CHOICE.values())


def choose(offer: Offer, choice: str, now: datetime) -> Offer:
    """The offer with `choice` made at `now`, its stage following the choice.

    Accepting fills the next-steps checklist the first time. Going back to undecided or
    "need more time" takes an accepted, declined or negotiating offer back to deciding.
    """
    if choice not in CHOICES:
        raise ValueError(f"Unknown choice {choice!r}.")
    decision = replace(
        offer.decision,
        choice=choice,
        decided_at=None if choice == "undecided" else now,
    )
    if choice == "accept" and not decision.next_steps:
        decision = replace(decision, next_steps=tuple((s, False) for s in DEFAULT_NEXT_STEPS))
    stage = STAGE_FOR_CHOICE.get(choice)
    if stage is None:
        stage = "deciding" if offer.stage in _CHOSEN_STAGES else offer.stage
    return replace(offer, decision=decision, stage=stage)


def add_item(items: tuple[str, ...], text: str) -> tuple[str, ...]:
    """`items` with `text` added at the end; ValueError (for the user) if blank or there."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError("Type a few words first.")
    if cleaned.casefold() in (item.casefold() for item in items):
        raise ValueError("That is already on the list.")
    return (*items, cleaned)


def remove_item(items: tuple[T, ...], index: int) -> tuple[T, ...]:
    """`items` without the one at `index` (unchanged if there is none)."""
    if not 0 <= index < len(items):
        return items
    return items[:index] + items[index + 1 :]


@dataclass(frozen=True)
class Countdown:
    """The reply deadline as the Decision screen shows it: a line and how urgent it is."""

    text: str
    level: Literal["none", "ok", "soon", "overdue", "done"]


def countdown(offer: Offer, today: date, closure: Closure = DEFAULT_CLOSURE) -> Countdown:
    """The time left to reply, in calendar and business days (the New Year `closure`
    skipped), and a word when the deadline falls on a day off."""
    deadline = offer.reply_deadline
    if deadline is None:
        return Countdown("Reply deadline not known: ask for it, and note it on Overview.", "none")
    when = f"{deadline:%a} {deadline.day} {deadline:%b %Y}"
    if offer.stage in ("accepted", "declined", "withdrawn"):
        stage = STAGE_LABELS.get(offer.stage, offer.stage)
        return Countdown(f"Reply deadline {when}: answered ({stage}).", "done")
    days = (deadline - today).days
    level: Literal["ok", "soon", "overdue"] = (
        "overdue" if days < 0 else "soon" if days <= DEADLINE_WARNING_DAYS else "ok"
    )
    text = f"Reply by {when}: {describe_deadline(today, deadline, closure)}"
    warning = deadline_warning(deadline, closure) if days >= 0 else None
    return Countdown(f"{text}. {warning}" if warning else text, level)


def _ago(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours < 1:
        return "less than an hour ago"
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    return f"{hours // 24} days ago"


def nudge(offer: Offer, now: datetime) -> str:
    """A line on what is due after the meeting, fitted to where the offer stands: a
    thank-you within about a day, the decision by the reply deadline."""
    decision = offer.decision
    if decision.choice != "undecided":
        label = CHOICE_LABELS.get(decision.choice, decision.choice)
        when = f" on {decision.decided_at:%Y-%m-%d %H:%M}" if decision.decided_at else ""
        return f"You chose {label}{when}."
    ended = offer.meeting.ended_at
    if ended is None:
        return (
            "After the offer meeting, thank them within about a day and say by when you "
            "will answer; the decision itself is due by the reply deadline."
        )
    if (ended.tzinfo is None) != (now.tzinfo is None):
        now = now.replace(tzinfo=ended.tzinfo)
    since = now - ended
    if since > REPLY_WITHIN:
        return (
            f"The meeting ended {_ago(since)}. Send your thanks today (the need-time "
            "email says by when you will answer), and decide by the reply deadline."
        )
    reply_by = ended + REPLY_WITHIN
    return (
        f"The meeting ended {_ago(since)}: thank them by {reply_by:%a %H:%M} and say by "
        "when you will answer; decide by the reply deadline."
    )
