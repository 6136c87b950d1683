"""Questions as the offer holds them, made from the default bank and the user's own."""

from __future__ import annotations

import uuid

from offertui.domain.offer import Question


def default_questions() -> tuple[Question, ...]:
    """The default question bank as fresh, unanswered questions for a new offer."""
    from offertui.domain.question_bank import DEFAULT_QUESTIONS

    return tuple(
        Question(
            id=d.key,
            topic=d.topic,
            text=d.text,
            follow_up=d.follow_up,
            default=d.key,
        )
        for d in DEFAULT_QUESTIONS
    )


def new_question_id() -> str:
    return f"my-{uuid.uuid4().hex[:8]}"
