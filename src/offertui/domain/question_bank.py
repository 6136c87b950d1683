"""The built-in content for preparing an offer meeting (オファー面談).

This module holds the fixed vocabulary the rest of the app builds on:

* ``TOPICS``: the subjects an offer meeting covers, in the order they are usually discussed.
* ``FACTS``: the eight facts every candidate should have written down before the meeting.
* ``SOURCES``: where a piece of information came from, so the user can judge how firm it is.
* ``DEFAULT_QUESTIONS``: ready-made questions in English and Japanese, each an open-ended
  opener paired with a closed "So to confirm, …?" / 「〜という理解でよろしいでしょうか」
  follow-up that pins the answer down. They live in ``data/questions.toml`` and are read
  the first time they are needed (:func:`default_bank`).

:mod:`offertui.domain.wording` gives any question, built-in or the user's own, in the
language of the meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "DEFAULT_QUESTIONS",
    "FACTS",
    "SOURCES",
    "TOPICS",
    "DefaultQuestion",
    "FactSpec",
    "Topic",
    "default_bank",
    "default_question",
    "fact_spec",
    "questions_for_topic",
    "source_label",
    "topic_label",
]


@dataclass(frozen=True, slots=True)
class Topic:
    """A subject of the offer meeting, used to group questions and notes.

    ``key`` is the stable identifier stored in user data, ``label`` is shown in the UI
    (``label_ja`` when the meeting is held in Japanese) and ``hint`` is a one-line
    reminder of what the topic is about.
    """

    key: str
    label: str
    hint: str
    label_ja: str = ""


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One of the eight facts a candidate should know before accepting an offer.

    ``topic`` is the key of the ``Topic`` the fact belongs to, and ``hint`` says in one line
    what to write down for it.
    """

    key: str
    label: str
    topic: str
    hint: str


@dataclass(frozen=True, slots=True)
class DefaultQuestion:
    """A built-in question to ask in the offer meeting, in English and in Japanese.

    ``text`` / ``text_ja`` are open-ended so the company can explain in its own words;
    ``follow_up`` / ``follow_up_ja`` are the closed confirmations for when the answer
    needs to be pinned down. ``key`` is a stable slug so user data can refer to the
    question across versions.
    """

    key: str
    topic: str
    text: str
    follow_up: str
    text_ja: str = ""
    follow_up_ja: str = ""


TOPICS: tuple[Topic, ...] = (
    Topic(
        "deadline",
        "Reply deadline",
        "When the company needs your answer, how much room there is, and what the offer "
        "depends on.",
        "回答期限と内定の条件",
    ),
    Topic(
        "role",
        "Role and team",
        "The exact position, the team you would join and how big it is.",
        "ポジションと配属先",
    ),
    Topic(
        "contract",
        "Contract term",
        "Permanent or fixed-term, renewal, notice, non-compete and side work.",
        "雇用契約",
    ),
    Topic(
        "probation",
        "Probation",
        "Whether there is a trial period, how long it lasts and what happens at its end.",
        "試用期間",
    ),
    Topic(
        "responsibilities",
        "Responsibilities and manager",
        "What you would actually work on first, and who you would report to.",
        "業務内容と上司",
    ),
    Topic(
        "start",
        "Start date",
        "Your expected first day, how flexible it is, and how the visa timing fits it.",
        "入社日と在留資格",
    ),
    Topic(
        "hours",
        "Hours, location and remote work",
        "Working hours, how time is recorded, office days and the remote-work rules.",
        "勤務時間・勤務地・リモートワーク",
    ),
    Topic(
        "compensation",
        "Compensation",
        "The annual amount, its breakdown, overtime, the grade system and pay reviews.",
        "給与・報酬",
    ),
    Topic(
        "benefits",
        "Benefits and leave",
        "Allowances, visa and relocation support, language classes and every kind of leave.",
        "福利厚生・休暇",
    ),
    Topic(
        "other",
        "Other",
        "Anything that does not fit elsewhere, including next steps after you accept.",
        "その他",
    ),
)

FACTS: tuple[FactSpec, ...] = (
    FactSpec(
        "position",
        "Position and team",
        "role",
        "The job title as the offer states it, and the team you would belong to.",
    ),
    FactSpec(
        "contract",
        "Contract type",
        "contract",
        "Full-time (正社員) or fixed-term (契約社員)? Any end date or renewal?",
    ),
    FactSpec(
        "probation",
        "Probation",
        "probation",
        "Is there one? How long, what differs during it, and what happens when it ends?",
    ),
    FactSpec(
        "responsibilities",
        "Main responsibilities",
        "responsibilities",
        "What you would work on in the first months, and who your manager would be.",
    ),
    FactSpec(
        "compensation",
        "Compensation",
        "compensation",
        "Annual amount and its parts: base salary, bonus, any fixed overtime (みなし残業).",
    ),
    FactSpec(
        "remote",
        "Remote-work policy",
        "hours",
        "Office days versus home days, where you may work from, equipment, core hours.",
    ),
    FactSpec(
        "start",
        "Start date",
        "start",
        "Your expected first day, and whether it can move if you need it to.",
    ),
    FactSpec(
        "benefits",
        "Benefits",
        "benefits",
        "Commute and housing allowances, visa and relocation help, paid leave days.",
    ),
)

SOURCES: tuple[tuple[str, str], ...] = (
    ("jd", "Job description"),
    ("interview", "Interview notes"),
    ("email", "Email from the company"),
    ("letter", "Offer letter"),
    ("online", "Online research"),
    ("meeting", "Offer meeting"),
)


_TOPIC_BY_KEY: dict[str, Topic] = {topic.key: topic for topic in TOPICS}
_FACT_BY_KEY: dict[str, FactSpec] = {fact.key: fact for fact in FACTS}
_SOURCE_LABELS: dict[str, str] = dict(SOURCES)

DEFAULT_QUESTIONS: tuple[DefaultQuestion, ...]
"""The built-in questions in bank order: :func:`default_bank`, read on first use."""


def __getattr__(name: str) -> tuple[DefaultQuestion, ...]:
    # DEFAULT_QUESTIONS is read from its data file on first use, not when this module
    # is imported (PEP 562).
    if name == "DEFAULT_QUESTIONS":
        return default_bank()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def default_bank() -> tuple[DefaultQuestion, ...]:
    """The built-in questions, in bank order, as ``data/questions.toml`` holds them.

    Raises ValueError if an entry lacks a field or names an unknown topic.
    """
    from offertui.domain.datafiles import read, text

    questions = []
    for index, entry in enumerate(read("questions.toml").get("questions", ()), 1):
        where = f"questions.toml, question {index}"
        question = DefaultQuestion(
            key=text(entry, "key", where),
            topic=text(entry, "topic", where),
            text=text(entry, "text", where),
            follow_up=text(entry, "follow_up", where),
            text_ja=text(entry, "text_ja", where),
            follow_up_ja=text(entry, "follow_up_ja", where),
        )
        if question.topic not in _TOPIC_BY_KEY:
            raise ValueError(f"{where}: unknown topic {question.topic!r}")
        questions.append(question)
    return tuple(questions)


@cache
def _bank_by_key() -> dict[str, DefaultQuestion]:
    return {q.key: q for q in default_bank()}


def default_question(key: str) -> DefaultQuestion | None:
    """Return the built-in question with this key, or ``None`` if there is none.

    Returning ``None`` lets callers cope with saved data that refers to a question removed in
    a later version.
    """
    return _bank_by_key().get(key)


def questions_for_topic(topic: str) -> tuple[DefaultQuestion, ...]:
    """Return the built-in questions for a topic key, in bank order (empty if none)."""
    return tuple(q for q in default_bank() if q.topic == topic)


def topic_label(key: str, lang: str = "en") -> str:
    """Return the display label for a topic key, in Japanese when ``lang`` is ``"ja"``.

    An unknown key is returned unchanged so that stale or hand-edited data still shows up
    rather than disappearing.
    """
    topic = _TOPIC_BY_KEY.get(key)
    if topic is None:
        return key
    return topic.label_ja if lang == "ja" and topic.label_ja else topic.label


def fact_spec(key: str) -> FactSpec:
    """Return the specification of one of the eight facts.

    Raises ``KeyError`` for an unknown key, since fact keys are a fixed set known in code.
    """
    try:
        return _FACT_BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown fact key: {key!r}") from None


def source_label(key: str) -> str:
    """Return the display label for an information source key (unknown keys unchanged)."""
    return _SOURCE_LABELS.get(key, key)
