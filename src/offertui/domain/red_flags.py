"""Red flags: what in an offer should make a candidate stop and ask before saying yes.

Each flag follows from what the offer file already holds (the meeting, the questions,
the facts, the letter, the deadline, the pay) or is one the user wrote down. A flag
says how serious it is, why it matters in one sentence, and what to do about it.
Nothing here reads a clock: the caller passes today (and, for the one rule that
counts hours, now).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, Literal

from offertui.domain.meeting import summarize_meeting
from offertui.domain.offer import Offer, Question
from offertui.domain.pay_checks import TOTAL_TOLERANCE_YEN, check
from offertui.domain.prep import effective_must_ask

# The date rules live in `timing` (the Offers home applies them to cached summaries);
# their constants are re-exported here for the screens that show them.
from offertui.domain.timing import (
    DEADLINE_WARNING_DAYS,
    REPLY_WITHIN,
    deadline_days,
    reply_overdue,
)

__all__ = [
    "ANNUAL_PAY_TOLERANCE_YEN",
    "DEADLINE_WARNING_DAYS",
    "FLAG_SEVERITIES",
    "REPLY_WITHIN",
    "MustAsk",
    "RedFlag",
    "Severity",
    "computed_flags",
    "own_flags",
    "red_flags",
]

Severity = Literal["high", "medium", "low"]

#: Most serious first; flags are sorted in this order.
FLAG_SEVERITIES: Final[tuple[Severity, ...]] = ("high", "medium", "low")

#: The annual pay on the Overview is often noted in 万, so a gap below one 万 against
#: the pay model's total is rounding, not a contradiction.
ANNUAL_PAY_TOLERANCE_YEN: Final = TOTAL_TOLERANCE_YEN

# Stages that mean the meeting has happened even if its clock was never started.
_AFTER_MEETING: Final = ("deciding", "negotiating", "accepted", "declined")

MustAsk = Callable[[Offer, Question], bool]


@dataclass(frozen=True)
class RedFlag:
    """One reason to be careful with an offer.

    ``key`` is stable (for tests and for telling flags apart), ``title`` a line for a
    list, ``why`` one sentence on why it matters, ``next_step`` what to do now.
    ``own`` marks a flag the user wrote by hand.
    """

    key: str
    severity: Severity
    title: str
    why: str
    next_step: str
    own: bool = False


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _meeting_started(offer: Offer) -> bool:
    meeting = offer.meeting
    return (
        meeting.started_at is not None
        or meeting.ended_at is not None
        or offer.stage in _AFTER_MEETING
    )


def _pressure(offer: Offer) -> list[RedFlag]:
    if not offer.meeting.pressure:
        return []
    times = len(offer.meeting.pressure)
    title = "Pressed to decide on the spot"
    if times > 1:
        title += f" ({times} times)"
    return [
        RedFlag(
            key="pressure",
            severity="high",
            title=title,
            why=(
                "Nobody owes an answer in the offer meeting, and how a company pushes a "
                "candidate hints at how it treats the people who work there."
            ),
            next_step=(
                "Thank them, say when you will reply, and take the time you need; ask for "
                "the reply deadline in writing."
            ),
        )
    ]


def _questions(offer: Offer, must_ask: MustAsk) -> list[RedFlag]:
    if not _meeting_started(offer):
        return []
    musts = [q for q in offer.questions if must_ask(offer, q)]
    # The same split as the meeting's summary: an answer typed but not marked is not
    # "never asked", so the two screens give the same counts.
    summary = summarize_meeting(offer, must_ask)
    never, skipped = summary.never_answered, summary.skipped_unanswered
    unclear = [q for q in summary.unclear if must_ask(offer, q)]
    # When most of what mattered is still open, the whole offer is uncertain.
    mostly_open = len(never) + len(skipped) + len(unclear) > len(musts) / 2
    flags: list[RedFlag] = []
    if never:
        flags.append(
            RedFlag(
                key="must_ask_unasked",
                severity="high" if mostly_open else "medium",
                title=f"{_plural(len(never), 'must-ask question')} never asked",
                why=(
                    "These are the questions that matter most (you marked them, or the fact "
                    "they cover is not settled); sign without the answers and you find out "
                    "after you start."
                ),
                next_step=(
                    "Send them by email before you reply (Prep lists them), and wait for the "
                    "answers in writing."
                ),
            )
        )
    if skipped:
        flags.append(
            RedFlag(
                key="must_ask_skipped",
                severity="medium",
                title=f"{_plural(len(skipped), 'must-ask question')} skipped in the meeting",
                why=(
                    "You left them out on purpose, and the answers are still missing; they "
                    "cover what you marked or a fact that is not settled."
                ),
                next_step=(
                    "Ask the ones that still matter by email before you reply, or mark them "
                    "open again if the answer came up after all."
                ),
            )
        )
    if unclear:
        flags.append(
            RedFlag(
                key="must_ask_unclear",
                severity="high" if mostly_open else "medium",
                title=f"{_plural(len(unclear), 'must-ask question')} answered unclearly",
                why=(
                    "A vague answer to a question you care about is a promise nobody made; "
                    "if your visa depends on the job, a broken one costs more."
                ),
                next_step=(
                    'Ask again by email with the closed follow-up ("So to confirm, …?") '
                    "and keep the written reply."
                ),
            )
        )
    return flags


def _responsibilities(offer: Offer) -> list[RedFlag]:
    fact = offer.fact("responsibilities")
    if fact.known and fact.confirmed:
        return []
    if offer.letter.text.strip() and "duties" not in offer.letter.missing:
        return []  # the checked letter states the duties: the company has put them in writing
    if not fact.known:
        return [
            RedFlag(
                key="responsibilities_unknown",
                severity="high",
                title="You do not know what you would be doing",
                why=(
                    "Taking a job whose work you cannot describe is the surest way to "
                    "burnout and to a role that does not fit your career."
                ),
                next_step=(
                    "Ask what you would work on in the first months and who you would report "
                    "to, then write it under the facts in Prep."
                ),
            )
        ]
    return [
        RedFlag(
            key="responsibilities_unconfirmed",
            severity="medium",
            title="Main responsibilities not confirmed",
            why=(
                "What you wrote down about the work has not been confirmed by the company, "
                "and a mismatch here is what wears people out."
            ),
            next_step=(
                "Check it against the offer letter or ask the company to confirm it, then "
                "mark the fact as confirmed in Prep."
            ),
        )
    ]


def _letter(offer: Offer) -> list[RedFlag]:
    if offer.letter.received:
        return []
    return [
        RedFlag(
            key="no_written_offer",
            severity="high",
            title="No written offer letter",
            why=(
                "Spoken terms are easy to forget or deny; the written offer (労働条件通知書) is "
                "what you can hold the company to."
            ),
            next_step="Ask for the offer letter before you answer (Emails: request the letter).",
        )
    ]


def _letter_items(offer: Offer) -> list[RedFlag]:
    """Items the law requires in writing that the checked letter leaves out."""
    missing = offer.letter.missing
    if not offer.letter.text.strip() or not missing:
        return []
    from offertui.domain.letter_items import ITEM_KEYS, item

    labels = [item(key).label_en for key in missing if key in ITEM_KEYS]
    if not labels:
        return []
    shown = ", ".join(labels[:3]) + (f" and {len(labels) - 3} more" if len(labels) > 3 else "")
    return [
        RedFlag(
            key="letter_missing_items",
            severity="high" if len(labels) >= 3 else "medium",
            title=f"The letter leaves out {_plural(len(labels), 'required item')}: {shown}",
            why=(
                "These must be given in writing (労働基準法15条, 施行規則5条, パート・有期雇用"
                "労働法6条); what is not written is hard to hold the company to."
            ),
            next_step=(
                "Ask for them in writing before you answer (Letter: enter on an item, or "
                "the palette's \u201cAdd all missing items as questions\u201d)."
            ),
        )
    ]


def _deadline(offer: Offer, today: date) -> list[RedFlag]:
    days = deadline_days(offer.reply_deadline, offer.stage, today)
    if days is None:
        return []
    if days < 0:
        return [
            RedFlag(
                key="deadline_past",
                severity="high",
                title=f"Reply deadline passed {_plural(-days, 'day')} ago",
                why="After the deadline the company may treat the offer as withdrawn.",
                next_step=(
                    "Write to the company today: apologise, give your answer or ask whether "
                    "the offer still stands."
                ),
            )
        ]
    when = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")
    return [
        RedFlag(
            key="deadline_close",
            severity="medium",
            title=f"Reply deadline is {when}",
            why="Deciding in a rush is how important questions go unasked.",
            next_step=(
                "Answer now, or ask for a few more days today (the need-time email) "
                "rather than on the last day."
            ),
        )
    ]


def _slow_reply(offer: Offer, today: date, now: datetime | None) -> list[RedFlag]:
    if not reply_overdue(offer.meeting.ended_at, offer.decision.choice, offer.stage, today, now):
        return []
    return [
        RedFlag(
            key="slow_reply",
            severity="low",
            title="Meeting over a day ago and no word sent yet",
            why=(
                "A short thank-you within about a day of the meeting is customary, and "
                "companies in Japan read its speed as interest. The decision itself is due "
                "by the reply deadline."
            ),
            next_step=(
                "Choose Need more time and send the need-time email today: thank them and "
                "say by when you will answer."
            ),
        )
    ]


def _pay(offer: Offer, today: date | None = None) -> list[RedFlag]:
    # The stated annual pay against the parts is one of the pay checks; its flag keeps
    # the name it has always had.
    renamed = {"annual_total_mismatch": "annual_pay_mismatch"}
    return [
        RedFlag(
            key=renamed.get(finding.key, f"pay_{finding.key}"),
            severity="high" if finding.severity == "high" else "medium",
            title=finding.title,
            why=finding.why,
            next_step=f"Ask: {finding.ask}",
        )
        for finding in check(offer.pay, today, offer.annual_pay)
        if finding.severity in ("high", "medium")
    ]


def own_flags(offer: Offer) -> list[RedFlag]:
    """The flags the user added by hand, in the order they were added."""
    return [
        RedFlag(
            key=f"own_{index}",
            severity="medium",
            title=text,
            why="You noted this yourself: something felt off, and that is worth settling.",
            next_step=(
                "Find out what is behind it and ask the company; remove the flag once it "
                "is settled."
            ),
            own=True,
        )
        for index, text in enumerate(offer.decision.own_flags)
    ]


def computed_flags(
    offer: Offer,
    today: date,
    now: datetime | None = None,
    must_ask: MustAsk = effective_must_ask,
) -> list[RedFlag]:
    """The flags the offer's data implies, most serious first.

    ``now`` makes the "no answer a day after the meeting" rule count hours; without it
    only whole days are counted. ``must_ask`` decides which questions count as must-ask:
    by default those the user marked and those on a topic whose fact is still unknown
    or unconfirmed (see :func:`offertui.domain.prep.effective_must_ask`).
    """
    flags = [
        *_pressure(offer),
        *_questions(offer, must_ask),
        *_responsibilities(offer),
        *_letter(offer),
        *_letter_items(offer),
        *_deadline(offer, today),
        *_slow_reply(offer, today, now),
        *_pay(offer, today),
    ]
    order = {severity: index for index, severity in enumerate(FLAG_SEVERITIES)}
    # sorted() is stable: flags of equal severity keep the order above.
    return sorted(flags, key=lambda flag: order[flag.severity])


def red_flags(
    offer: Offer,
    today: date,
    now: datetime | None = None,
    must_ask: MustAsk = effective_must_ask,
) -> list[RedFlag]:
    """Every red flag of the offer: the computed ones, then the user's own."""
    return [*computed_flags(offer, today, now, must_ask), *own_flags(offer)]


def undated_flags(offer: Offer, must_ask: MustAsk = effective_must_ask) -> list[RedFlag]:
    """The flags that do not depend on today's date: every flag but the deadline and
    slow-reply ones (see `offertui.domain.timing`), the user's own included."""
    return [
        *_pressure(offer),
        *_questions(offer, must_ask),
        *_responsibilities(offer),
        *_letter(offer),
        *_letter_items(offer),
        *_pay(offer),
        *own_flags(offer),
    ]
