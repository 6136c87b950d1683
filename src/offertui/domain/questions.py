"""Questions as the offer holds them: the default bank, the user's own, and the one
builder that turns a finding (a missing letter item, a pay check, a doubt) into a
question with its English and Japanese forms."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from offertui.domain.offer import Offer, Question, clean_text
from offertui.domain.question_bank import DEFAULT_QUESTIONS, DefaultQuestion

if TYPE_CHECKING:
    from offertui.domain.letter_items import LetterItem
    from offertui.domain.pay_checks import PayFinding

#: Questions made from pay findings go under this topic of the question bank.
PAY_TOPIC = "compensation"

# The letter check groups its items by what the law lists; the question bank groups by
# what a candidate asks about. Where the names differ, this says where a question goes.
_LETTER_TOPICS = {"pay": "compensation", "place": "hours", "leaving": "contract"}


def new_offer(offer_id: str, company: str, position: str) -> Offer:
    """A fresh offer with the default question bank, ready for Prep."""
    return Offer(
        id=offer_id,
        company=clean_text(company.strip()),
        position=clean_text(position.strip()),
        questions=default_questions(),
    )


def default_questions() -> tuple[Question, ...]:
    """The default question bank as fresh, unanswered questions for a new offer."""
    return tuple(question_from_default(d) for d in DEFAULT_QUESTIONS)


def question_from_default(default: DefaultQuestion) -> Question:
    """A built-in question as the offer holds it, unanswered, marked with its key."""
    return Question(
        id=default.key,
        topic=default.topic,
        text=default.text,
        follow_up=default.follow_up,
        default=default.key,
    )


def new_question_id() -> str:
    return f"my-{uuid.uuid4().hex[:8]}"


def own_question(text: str, topic: str = "other", follow_up: str = "") -> Question:
    """A question the candidate writes, under a new id of its own."""
    return Question(
        id=new_question_id(),
        topic=topic,
        text=clean_text(text),
        follow_up=clean_text(follow_up),
    )


def build_question(
    question_id: str,
    topic: str,
    text: str,
    follow_up: str,
    text_ja: str,
    follow_up_ja: str,
    *,
    must_ask: bool = True,
) -> Question:
    """A question for the meeting made from a finding, in English and Japanese.

    Every finding-made question goes through here, so each has both forms: the open
    question and the closed "so to confirm" one, and the same in business Japanese.
    """
    if not (text and follow_up and text_ja and follow_up_ja):
        raise ValueError(f"question {question_id} needs both forms in both languages")
    return Question(
        id=question_id,
        topic=topic,
        text=text,
        follow_up=follow_up,
        must_ask=must_ask,
        text_ja=text_ja,
        follow_up_ja=follow_up_ja,
    )


def letter_question_id(key: str) -> str:
    return f"letter-{key}"


def letter_keys_asked(questions: Iterable[Question]) -> set[str]:
    """The keys of the letter items whose question is already on the list."""
    return _keys_asked(questions, letter_question_id(""))


def letter_question_topic(item: LetterItem) -> str:
    """The question-bank topic for a question made from a letter item."""
    return _LETTER_TOPICS.get(item.topic, item.topic)


def question_for_letter_item(item: LetterItem) -> Question:
    """The question a letter item the letter leaves out becomes."""
    return build_question(
        letter_question_id(item.key),
        letter_question_topic(item),
        item.question,
        item.follow_up,
        item.question_ja,
        item.follow_up_ja,
    )


def pay_question_id(key: str) -> str:
    return f"pay-{key}"


def pay_keys_asked(questions: Iterable[Question]) -> set[str]:
    """The keys of the pay findings whose question is already on the list."""
    return _keys_asked(questions, pay_question_id(""))


def _keys_asked(questions: Iterable[Question], prefix: str) -> set[str]:
    return {q.id.removeprefix(prefix) for q in questions if q.id.startswith(prefix)}


def question_for_pay_finding(finding: PayFinding) -> Question:
    """The question a pay finding becomes; must-ask when the finding is serious."""
    return build_question(
        pay_question_id(finding.key),
        PAY_TOPIC,
        finding.ask,
        finding.follow_up,
        finding.ask_ja,
        finding.follow_up_ja,
        must_ask=finding.severity in ("high", "medium"),
    )


def question_for_doubt(question_id: str, topic: str, doubt: str) -> Question:
    """The question a "what feels off" note becomes: open, then closed, in both languages."""
    point = doubt.strip().rstrip(".?!。？！")
    return build_question(
        question_id,
        topic,
        f"I would like to understand one point better: {point}. Could you tell me more about it?",
        f"So to confirm, on {point}: it is as you have just described?",
        f"「{point}」について、もう少し詳しく教えていただけますでしょうか。",
        f"「{point}」については、ただいまご説明いただいたとおりという理解でよろしいでしょうか。",
    )
