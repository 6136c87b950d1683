"""Getting ready for the offer meeting: what must be asked, and how ready the candidate is.

Pure functions over an `Offer`. The rule that ties the parts of Prep together: a fact the
candidate has not written down, or has not confirmed, makes every question on its topic
must-ask. That is *derived*; the user's own must-ask mark (`Question.must_ask`) is never
changed by it, so clearing the gap clears the derived mark and leaves the user's own.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable
from typing import Final

from offertui.domain.offer import Fact, Offer, Question
from offertui.domain.question_bank import FACTS, DefaultQuestion, default_bank
from offertui.domain.questions import question_for_doubt, question_from_default
from offertui.domain.readiness import Readiness

__all__ = [
    "MUST_ASK_BUDGET",
    "SECTIONS",
    "Readiness",
    "derived_must_ask_ids",
    "doubt_has_question",
    "doubt_question_id",
    "effective_must_ask",
    "fact_gap",
    "grouped",
    "guess_topic",
    "insert_question",
    "is_derived_must_ask",
    "missing_defaults",
    "move_question",
    "must_ask_reason",
    "next_step",
    "question_from_doubt",
    "readiness",
    "remove_question",
    "replace_question",
    "restore_default",
    "topic_order",
    "valid_question_text",
]

# The parts of the Prep screen, in the order a candidate works through them.
SECTIONS: tuple[str, ...] = ("letter", "facts", "questions", "doubts", "negotiation")

# Which facts each topic's questions depend on (a topic can have none: deadline, other).
_FACTS_BY_TOPIC: dict[str, tuple[str, ...]] = {}
for _spec in FACTS:
    _FACTS_BY_TOPIC[_spec.topic] = (*_FACTS_BY_TOPIC.get(_spec.topic, ()), _spec.key)

_FACT_LABELS: dict[str, str] = {spec.key: spec.label for spec in FACTS}


# --- must-ask -------------------------------------------------------------------------


def fact_gap(fact: Fact) -> str:
    """What is missing about a fact: "unknown", "unconfirmed", or "" when it is settled."""
    if not fact.known:
        return "unknown"
    if not fact.confirmed:
        return "unconfirmed"
    return ""


def _gaps(offer: Offer, topic: str) -> list[tuple[str, str]]:
    """(fact key, gap) for each unsettled fact that questions on `topic` depend on."""
    gaps = []
    for key in _FACTS_BY_TOPIC.get(topic, ()):
        gap = fact_gap(offer.fact(key))
        if gap:
            gaps.append((key, gap))
    return gaps


# How many questions are must-ask at most, the user's own marks included: what a
# one-hour meeting holds. The rest are kept as "if there is time".
MUST_ASK_BUDGET: Final = 10

_last_ranked: tuple[Offer, frozenset[str]] | None = None


def derived_must_ask_ids(offer: Offer) -> frozenset[str]:
    """The questions a gap in the facts makes must-ask, within `MUST_ASK_BUDGET`.

    Ranked so that every unsettled fact gets its first question before any gets a
    second, and an unknown fact before an unconfirmed one; the user's own order (Prep)
    decides which question of a topic comes first. Statuses are not considered, so the
    list holds still while the meeting marks questions answered."""
    global _last_ranked
    if _last_ranked is not None and _last_ranked[0] is offer:
        return _last_ranked[1]
    rank: dict[str, tuple[int, int]] = {}
    for order, spec in enumerate(FACTS):
        gap = fact_gap(offer.fact(spec.key))
        if gap:
            here = (0 if gap == "unknown" else 1, order)
            rank[spec.topic] = min(rank.get(spec.topic, here), here)
    own = sum(1 for q in offer.questions if q.must_ask)
    seen: dict[str, int] = {}
    ranked: list[tuple[tuple[int, int, int, int], str]] = []
    for index, question in enumerate(offer.questions):
        if question.must_ask or question.topic not in rank:
            continue
        place = seen.get(question.topic, 0)
        seen[question.topic] = place + 1
        ranked.append(((place, *rank[question.topic], index), question.id))
    ranked.sort()
    chosen = frozenset(qid for _key, qid in ranked[: max(0, MUST_ASK_BUDGET - own)])
    _last_ranked = (offer, chosen)
    return chosen


def is_derived_must_ask(offer: Offer, question: Question) -> bool:
    """Whether a gap in the facts makes `question` must-ask (the user's mark aside)."""
    return not question.must_ask and question.id in derived_must_ask_ids(offer)


def effective_must_ask(offer: Offer, question: Question) -> bool:
    """Whether `question` must be asked: the user marked it, or a fact on its topic is
    unknown or unconfirmed and it ranks within the budget (`derived_must_ask_ids`).
    The question's status is not considered."""
    return question.must_ask or is_derived_must_ask(offer, question)


def must_ask_reason(offer: Offer, question: Question) -> str:
    """Why a question is must-ask, in a few words for the screen ("" if it is not)."""
    gaps = _gaps(offer, question.topic)
    reasons = []
    if question.must_ask:
        reasons.append("you marked it")
    for key, gap in gaps:
        label = _FACT_LABELS[key]
        if gap == "unknown":
            reasons.append(f"{label} is not written down yet")
        else:
            reasons.append(f"{label} is not confirmed yet")
    return "; ".join(reasons)


# --- readiness ------------------------------------------------------------------------


def readiness(offer: Offer) -> Readiness:
    """How far the candidate has got with preparing this offer's meeting."""
    facts = [offer.fact(spec.key) for spec in FACTS]
    # As the meeting's summary counts them: a skipped must-ask is still unanswered.
    to_ask = [q for q in offer.questions if q.status != "answered"]
    must = [q for q in to_ask if effective_must_ask(offer, q)]
    return Readiness(
        facts_total=len(FACTS),
        facts_known=sum(1 for f in facts if f.known),
        facts_confirmed=sum(1 for f in facts if f.known and f.confirmed),
        must_ask=len(must),
        must_ask_own=sum(1 for q in must if q.must_ask),
        letter_received=offer.letter.received,
        doubts=len(offer.doubts),
        doubts_without_question=sum(1 for d in offer.doubts if not doubt_has_question(offer, d)),
    )


def next_step(offer: Offer) -> tuple[str, str]:
    """The section of Prep to work on next, and a sentence saying what to do there."""
    ready = readiness(offer)
    if not ready.letter_received:
        return (
            "letter",
            "First step: ask the company for the written offer, so you can read it before "
            "the meeting.",
        )
    unknown = ready.facts_total - ready.facts_known
    if unknown:
        return (
            "facts",
            f"Write down what you already know for the {unknown} empty "
            f"fact{'s' if unknown != 1 else ''}; the letter should answer most of them.",
        )
    if ready.doubts_without_question:
        return ("doubts", "Turn each doubt into a question, so it gets answered in the meeting.")
    return ("questions", "Put your must-ask questions in the order you want to ask them.")


# --- doubts ---------------------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def doubt_question_id(doubt: str) -> str:
    """The id of the question made from this doubt: the same doubt, the same id."""
    digest = hashlib.sha256(_normal(doubt).encode("utf-8")).hexdigest()
    return f"doubt-{digest[:10]}"


def doubt_has_question(offer: Offer, doubt: str) -> bool:
    """Whether the question made from `doubt` is still among the offer's questions."""
    qid = doubt_question_id(doubt)
    return any(q.id == qid for q in offer.questions)


# Words that point a doubt to a topic; the first topic with a match wins.
_TOPIC_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("compensation", ("salary", "pay", "bonus", "overtime", "yen", "万", "給", "残業", "grade")),
    ("probation", ("probation", "trial", "試用")),
    ("contract", ("contract", "renew", "fixed-term", "契約")),
    ("hours", ("remote", "office", "hours", "flex", "home", "location", "transfer", "勤務")),
    ("benefits", ("visa", "housing", "relocat", "leave", "holiday", "vacation", "allowance")),
    ("start", ("start date", "first day", "join date", "入社")),
    ("deadline", ("deadline", "reply by", "answer by", "decide")),
    ("responsibilities", ("responsib", "task", "manager", "report", "workload", "project")),
    ("role", ("team", "title", "position", "role")),
)


def guess_topic(text: str) -> str:
    """The topic a free-text doubt most likely belongs to ("other" if none fits)."""
    normal = _normal(text)
    for topic, words in _TOPIC_WORDS:
        if any(word in normal for word in words):
            return topic
    return "other"


def question_from_doubt(doubt: str) -> Question:
    """An open-ended question that asks the company about a doubt, marked must-ask."""
    return question_for_doubt(doubt_question_id(doubt), guess_topic(doubt), doubt)


# --- editing the question list --------------------------------------------------------


def valid_question_text(text: str) -> str:
    """The question as it will be kept; `ValueError` with a message if it is empty."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError("A question can't be empty: write what you want to ask.")
    return cleaned


def topic_order(questions: Iterable[Question]) -> list[str]:
    """Topics in the order their first question appears: the order they will be asked."""
    seen: dict[str, None] = {}
    for q in questions:
        seen.setdefault(q.topic, None)
    return list(seen)


def grouped(questions: Iterable[Question]) -> list[tuple[str, list[Question]]]:
    """The questions grouped by topic, topics in `topic_order`, each in list order."""
    groups: dict[str, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.topic, []).append(q)
    return list(groups.items())


def move_question(
    questions: tuple[Question, ...],
    question_id: str,
    step: int,
    among: Callable[[Question], bool] = lambda _q: True,
) -> tuple[Question, ...]:
    """Swap a question with its nearest neighbour `among` the given ones, one `step` up
    (-1) or down (+1). Returns `questions` unchanged when there is nowhere to go."""
    index = next((i for i, q in enumerate(questions) if q.id == question_id), None)
    if index is None:
        return questions
    other = index + step
    while 0 <= other < len(questions) and not among(questions[other]):
        other += step
    if not 0 <= other < len(questions):
        return questions
    moved = list(questions)
    moved[index], moved[other] = moved[other], moved[index]
    return tuple(moved)


def insert_question(
    questions: tuple[Question, ...], question: Question, after: str | None = None
) -> tuple[Question, ...]:
    """Add `question` right after the question `after` if that one is on the same topic,
    otherwise after the last question on its topic, otherwise at the end."""
    items = list(questions)
    position = None
    for i, q in enumerate(items):
        if q.id == after and q.topic == question.topic:
            position = i + 1
            break
    if position is None:
        same = [i for i, q in enumerate(items) if q.topic == question.topic]
        position = same[-1] + 1 if same else len(items)
    items.insert(position, question)
    return tuple(items)


def replace_question(questions: tuple[Question, ...], question: Question) -> tuple[Question, ...]:
    """The list with the question of the same id replaced by `question`."""
    return tuple(question if q.id == question.id else q for q in questions)


def remove_question(questions: tuple[Question, ...], question_id: str) -> tuple[Question, ...]:
    return tuple(q for q in questions if q.id != question_id)


def missing_defaults(questions: Iterable[Question]) -> tuple[DefaultQuestion, ...]:
    """The built-in questions the user has deleted, in bank order."""
    present = {q.default for q in questions if q.default} | {q.id for q in questions}
    return tuple(d for d in default_bank() if d.key not in present)


def restore_default(questions: tuple[Question, ...], key: str) -> tuple[Question, ...]:
    """Put a deleted built-in question back at the end of its topic (no-op if present)."""
    for default in missing_defaults(questions):
        if default.key == key:
            return insert_question(questions, question_from_default(default))
    return questions


# --- negotiation ----------------------------------------------------------------------


def floor_above_target(target: int | None, floor: int | None) -> bool:
    """Whether the least the candidate would accept is more than what they aim for."""
    return target is not None and floor is not None and floor > target
