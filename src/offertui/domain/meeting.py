"""The offer meeting as it happens: question order, the clock, and the summary after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Final

from offertui.domain.offer import Meeting, Offer, Question

# Offer meetings in Japan usually take about an hour.
USUAL_LENGTH: Final = timedelta(minutes=60)
# When to start suggesting the user wraps up with the questions that matter most.
WRAP_UP_AT: Final = timedelta(minutes=50)

MustAsk = Callable[[Offer, Question], bool]


def _own_must_ask(offer: Offer, question: Question) -> bool:
    return question.must_ask


_DONE = ("answered", "skipped")


def meeting_order(offer: Offer, must_ask: MustAsk = _own_must_ask) -> list[Question]:
    """The questions as the meeting needs them: must-ask and unanswered first.

    Within each group the user's own order (from Prep) is kept.
    """
    indexed = list(enumerate(offer.questions))
    indexed.sort(
        key=lambda item: (
            item[1].status in _DONE,
            not must_ask(offer, item[1]),
            item[1].status == "unclear",
            item[0],
        )
    )
    return [q for _, q in indexed]


def next_open(
    ordered: list[Question],
    after: str | None,
    urgent: Callable[[Question], bool] | None = None,
) -> Question | None:
    """The next question still open after the one with id `after`, wrapping round.

    With `urgent` (must-ask), an urgent open question comes before any other: one
    marked unclear moves to the end of the must-ask questions, and the next one from
    there must not skip the must-ask ones still open above it."""
    if not ordered:
        return None
    start = 0
    for index, question in enumerate(ordered):
        if question.id == after:
            start = index + 1
            break
    waiting = [q for q in ordered[start:] + ordered[:start] if q.status == "open" and q.id != after]
    if urgent is not None:
        waiting.sort(key=lambda q: not urgent(q))  # stable: the order is kept within each
    return waiting[0] if waiting else None


def set_status(offer: Offer, question_id: str, status: str) -> Offer:
    """The offer with one question's status changed."""
    return replace(
        offer,
        questions=tuple(
            replace(q, status=status) if q.id == question_id else q for q in offer.questions
        ),
    )


def new_mark(question: Question, mark: str) -> str:
    """The status `question` gets when the user gives it `mark`.

    The same mark again takes it off. Skip means "move on": an answered or unclear
    question keeps its mark, so an unclear answer is still one to ask again."""
    if question.status == mark:
        return "open"
    if mark == "skipped" and question.status in ("answered", "unclear"):
        return question.status
    return mark


def set_answer(offer: Offer, question_id: str, answer: str) -> Offer:
    return replace(
        offer,
        questions=tuple(
            replace(q, answer=answer) if q.id == question_id else q for q in offer.questions
        ),
    )


def start(offer: Offer, now: datetime) -> Offer:
    """Start (or restart after an accidental end) the meeting."""
    meeting = replace(offer.meeting, started_at=offer.meeting.started_at or now, ended_at=None)
    stage = "meeting" if offer.stage in ("prep", "meeting", "deciding") else offer.stage
    return replace(offer, meeting=meeting, stage=stage)


def end(offer: Offer, now: datetime) -> Offer:
    meeting = replace(offer.meeting, ended_at=now)
    stage = "deciding" if offer.stage in ("prep", "meeting") else offer.stage
    return replace(offer, meeting=meeting, stage=stage)


def flag_pressure(offer: Offer, now: datetime) -> Offer:
    return replace(offer, meeting=replace(offer.meeting, pressure=(*offer.meeting.pressure, now)))


@dataclass(frozen=True)
class ClockState:
    """What the meeting clock shows."""

    text: str
    level: str  # "idle" | "running" | "wrap-up" | "over" | "ended"


def _mmss(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def clock(meeting: Meeting, now: datetime) -> ClockState:
    """Elapsed time against the usual hour, with a gentle then a clear warning."""
    if meeting.started_at is None:
        return ClockState("not started", "idle")
    started = meeting.started_at
    if meeting.ended_at is not None:
        return ClockState(
            f"ended {meeting.ended_at:%H:%M} after {_mmss(meeting.ended_at - started)}", "ended"
        )
    if (started.tzinfo is None) != (now.tzinfo is None):
        now = now.replace(tzinfo=started.tzinfo)
    elapsed = now - started
    text = f"{_mmss(elapsed)} / {_mmss(USUAL_LENGTH)}"
    if elapsed >= USUAL_LENGTH:
        return ClockState(f"{text}  over time", "over")
    if elapsed >= WRAP_UP_AT:
        left = -int(-(USUAL_LENGTH - elapsed).total_seconds() // 60)  # rounded up
        return ClockState(f"{text}  ~{left} min left: must-asks?", "wrap-up")
    return ClockState(text, "running")


@dataclass(frozen=True)
class MeetingSummary:
    """What the meeting settled, and what it left open."""

    answered: list[Question]
    unclear: list[Question]
    must_ask_missed: list[Question]
    pressured: int
    # Must-ask questions left out on purpose: not "never asked", but still unanswered.
    must_ask_skipped: list[Question] = field(default_factory=list)

    # An answer typed but never marked is not "never asked": it only wants its mark.
    # The summary and Decision's red flags both read these four, so their counts agree.
    @property
    def never_answered(self) -> list[Question]:
        return [q for q in self.must_ask_missed if not q.answer.strip()]

    @property
    def noted_not_marked(self) -> list[Question]:
        return [q for q in self.must_ask_missed if q.answer.strip()]

    # A question skipped after its answer was typed is not "still unanswered".
    @property
    def skipped_unanswered(self) -> list[Question]:
        return [q for q in self.must_ask_skipped if not q.answer.strip()]

    @property
    def skipped_noted(self) -> list[Question]:
        return [q for q in self.must_ask_skipped if q.answer.strip()]

    @property
    def all_clear(self) -> bool:
        return (
            not self.unclear
            and not self.must_ask_missed
            and not self.must_ask_skipped
            and not self.pressured
        )


def summarize_meeting(offer: Offer, must_ask: MustAsk = _own_must_ask) -> MeetingSummary:
    questions = offer.questions
    return MeetingSummary(
        answered=[q for q in questions if q.status == "answered"],
        unclear=[q for q in questions if q.status == "unclear"],
        must_ask_missed=[q for q in questions if must_ask(offer, q) and q.status == "open"],
        pressured=len(offer.meeting.pressure),
        must_ask_skipped=[q for q in questions if must_ask(offer, q) and q.status == "skipped"],
    )


def _bulleted(heading: str, questions: list[Question]) -> list[str]:
    """A heading and one bullet per question, or nothing when there are none."""
    if not questions:
        return []
    return [heading, *(f"  • {q.text}" for q in questions)]


def summary_text(summary: MeetingSummary) -> str:
    """The summary as a few short paragraphs for a dialog or the brief."""
    unclear, never = summary.unclear, summary.never_answered
    noted, skipped = summary.noted_not_marked, summary.skipped_unanswered
    skipped_noted = summary.skipped_noted
    lines = [
        f"Answered: {len(summary.answered)}",
        *_bulleted(f"Unclear ({len(unclear)}), worth asking again by email:", unclear),
        *_bulleted(f"Must-ask never asked ({len(never)}):", never),
        *_bulleted(f"Must-ask with an answer noted, not marked ({len(noted)}):", noted),
        *_bulleted(f"Must-ask you skipped ({len(skipped)}), still unanswered:", skipped),
        *_bulleted(
            f"Must-ask you skipped, with an answer noted ({len(skipped_noted)}):", skipped_noted
        ),
    ]
    if summary.pressured:
        lines.append(
            "You were pressed to decide on the spot. That is a red flag: you owe no "
            "answer in the meeting."
        )
    lines.append("")
    lines.append(
        "A prompt thank-you reads as interest: thank them within about a day and say "
        "by when you will answer; decide by the reply deadline. Decision (F5) and Emails "
        "(F6) take it from here."
    )
    return "\n".join(lines)


def timestamp(now: datetime) -> str:
    return f"[{now:%H:%M}]"
