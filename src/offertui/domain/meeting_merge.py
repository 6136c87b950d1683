"""A running meeting's typing carried onto the offer's file as another program changed it.

When the file changes on disk mid-meeting and the user keeps both versions, the file is
read again; what was typed in the meeting since the file was last read or saved must
stay in front of the user, not only in the conflicting copy. It is carried onto what
the file now holds: the notes, each question's answer and status, the questions added,
the meeting's start, end and pressure flags. What the other program changed of those is
kept too: two sets of notes or of one answer are both kept, the other program's first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from offertui.domain.offer import Meeting, Offer, Question

T = TypeVar("T")


def running(offer: Offer) -> bool:
    """Whether the offer's meeting has started and not ended."""
    return offer.meeting.started_at is not None and offer.meeting.ended_at is None


def _chosen(base: T, mine: T, theirs: T) -> T:
    """A value changed here wins unless the other program changed it too."""
    return mine if theirs == base else theirs


def merged_text(base: str, mine: str, theirs: str) -> str:
    """Text changed here and perhaps by the other program, nothing of either lost.

    Lines typed on at the end here follow the other program's text; otherwise, when
    both changed it, the other program's text and then this one's, whole."""
    if mine == base or theirs == mine:
        return theirs
    if theirs == base:
        return mine
    added = mine[len(base) :] if mine.startswith(base) else mine
    if not theirs:
        return added.lstrip("\n")
    return theirs.rstrip("\n") + "\n" + added.lstrip("\n")


def _question(base: Question | None, mine: Question, theirs: Question) -> Question:
    if base is None:  # added here and there under one id: theirs, with what was typed
        base = replace(theirs, answer="", status="open")
    return replace(
        theirs,
        answer=merged_text(base.answer, mine.answer, theirs.answer),
        status=_chosen(base.status, mine.status, theirs.status),
    )


def carry_meeting(base: Offer, mine: Offer, theirs: Offer) -> Offer:
    """`theirs` (the file as read again) with the meeting typed here since `base` (the
    file as last read or saved here) carried onto it, from `mine` (the edits here)."""
    before = {q.id: q for q in base.questions}
    here = {q.id: q for q in mine.questions}
    there = {q.id for q in theirs.questions}
    questions = [
        _question(before.get(q.id), here[q.id], q) if q.id in here else q for q in theirs.questions
    ]
    # Added here (in the meeting: ctrl+o), and not removed there: the file never had them.
    questions += [q for q in mine.questions if q.id not in there and q.id not in before]
    old, new, now = base.meeting, mine.meeting, theirs.meeting
    meeting: Meeting = replace(
        now,
        notes=merged_text(old.notes, new.notes, now.notes),
        started_at=_chosen(old.started_at, new.started_at, now.started_at),
        ended_at=_chosen(old.ended_at, new.ended_at, now.ended_at),
        pressure=_chosen(old.pressure, new.pressure, now.pressure),
        attendees=_chosen(old.attendees, new.attendees, now.attendees),
    )
    stage = _chosen(base.stage, mine.stage, theirs.stage)
    return replace(theirs, meeting=meeting, questions=tuple(questions), stage=stage)
