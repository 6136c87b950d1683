"""The built-in content for preparing an offer meeting (オファー面談).

This module holds the fixed vocabulary the rest of the app builds on:

* ``TOPICS``: the subjects an offer meeting covers, in the order they are usually discussed.
* ``FACTS``: the eight facts every candidate should have written down before the meeting.
* ``SOURCES``: where a piece of information came from, so the user can judge how firm it is.
* ``DEFAULT_QUESTIONS``: ready-made questions, each an open-ended opener paired with a closed
  "So to confirm, …?" follow-up that pins the answer down.

Everything here is plain immutable data; nothing is read from disk.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DEFAULT_QUESTIONS",
    "FACTS",
    "SOURCES",
    "TOPICS",
    "DefaultQuestion",
    "FactSpec",
    "Topic",
    "default_question",
    "fact_spec",
    "questions_for_topic",
    "source_label",
    "topic_label",
]


@dataclass(frozen=True, slots=True)
class Topic:
    """A subject of the offer meeting, used to group questions and notes.

    ``key`` is the stable identifier stored in user data, ``label`` is shown in the UI and
    ``hint`` is a one-line reminder of what the topic is about.
    """

    key: str
    label: str
    hint: str


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
    """A built-in question to ask in the offer meeting.

    ``text`` is open-ended so the company can explain in its own words; ``follow_up`` is a
    closed "So to confirm, …?" question for when the answer needs to be pinned down.
    ``key`` is a stable slug so user data can refer to the question across versions.
    """

    key: str
    topic: str
    text: str
    follow_up: str


TOPICS: tuple[Topic, ...] = (
    Topic(
        "deadline",
        "Reply deadline",
        "When the company needs your answer, and how much room there is around that date.",
    ),
    Topic(
        "role",
        "Role and team",
        "The exact position, the team you would join and how big it is.",
    ),
    Topic(
        "contract",
        "Contract term",
        "Permanent or fixed-term, and how and when a fixed term is renewed.",
    ),
    Topic(
        "probation",
        "Probation",
        "Whether there is a trial period, how long it lasts and what happens at its end.",
    ),
    Topic(
        "responsibilities",
        "Responsibilities and manager",
        "What you would actually work on first, and who you would report to.",
    ),
    Topic(
        "start",
        "Start date",
        "Your expected first day and how flexible it is.",
    ),
    Topic(
        "hours",
        "Hours, location and remote work",
        "Working hours, how time is recorded, office days and the remote-work rules.",
    ),
    Topic(
        "compensation",
        "Compensation",
        "The annual amount, its breakdown, overtime, the grade system and pay reviews.",
    ),
    Topic(
        "benefits",
        "Benefits and leave",
        "Allowances, visa and relocation support, language classes and every kind of leave.",
    ),
    Topic(
        "other",
        "Other",
        "Anything that does not fit elsewhere, including next steps after you accept.",
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


def _q(key: str, topic: str, text: str, follow_up: str) -> DefaultQuestion:
    """Build a ``DefaultQuestion``; exists only to keep the table below compact."""
    return DefaultQuestion(key=key, topic=topic, text=text, follow_up=follow_up)


DEFAULT_QUESTIONS: tuple[DefaultQuestion, ...] = (
    # Reply deadline
    _q(
        "deadline-reply-by",
        "deadline",
        "By when would you like to hear my decision, and how should I send it to you?",
        "So to confirm, the date written in the offer is the last day for my answer?",
    ),
    _q(
        "deadline-flexibility",
        "deadline",
        "How much room is there on that date if I need a few more days to think it over?",
        "So to confirm, it would be all right to ask for a short extension if I need one?",
    ),
    # Role and team
    _q(
        "role-team",
        "role",
        "Could you tell me about the team I would join and where it sits in the company?",
        "So to confirm, I would belong to that team from my first day?",
    ),
    _q(
        "role-team-size",
        "role",
        "How many people are on the team at the moment, and what does each of them focus on?",
        "So to confirm, the team is planning to grow after I join?",
    ),
    # Contract term
    _q(
        "contract-type",
        "contract",
        "Could you walk me through the type of contract you are offering and how long it runs?",
        "So to confirm, this is a permanent, full-time (正社員) contract with no end date?",
    ),
    _q(
        "contract-renewal",
        "contract",
        "How does renewal work when a contract term comes to an end?",
        "So to confirm, the contract is renewed automatically unless one of us says otherwise?",
    ),
    _q(
        "contract-renewal-notice",
        "contract",
        "When and how would I find out whether my contract is going to be renewed?",
        "So to confirm, you would tell me about renewal in writing well before the end date?",
    ),
    # Probation
    _q(
        "probation-overview",
        "probation",
        "Could you explain how the probation period works for this position?",
        "So to confirm, the probation period lasts exactly as long as the offer letter says?",
    ),
    _q(
        "probation-conditions",
        "probation",
        "What changes during probation, for example in salary, benefits or working conditions?",
        "So to confirm, my pay and benefits during probation are the same as after it?",
    ),
    _q(
        "probation-end",
        "probation",
        "What happens at the end of probation, and how is that decision made?",
        "So to confirm, I become a regular employee automatically when probation ends unless "
        "I hear otherwise?",
    ),
    # Responsibilities and manager
    _q(
        "responsibilities-main",
        "responsibilities",
        "Could you walk me through the main responsibilities of this role?",
        "So to confirm, the responsibilities in the job description are still accurate?",
    ),
    _q(
        "responsibilities-first-months",
        "responsibilities",
        "What would my first three months look like in terms of tasks and goals?",
        "So to confirm, my main focus at the start would be the project you just described?",
    ),
    _q(
        "responsibilities-manager",
        "responsibilities",
        "Who would I be reporting to, and how do they usually work with the team?",
        "So to confirm, I would report directly to the person you just mentioned?",
    ),
    # Start date
    _q(
        "start-date",
        "start",
        "What start date do you have in mind, and how much flexibility is there around it?",
        "So to confirm, my first day would be the date written in the offer letter?",
    ),
    # Hours, location and remote work
    _q(
        "hours-schedule",
        "hours",
        "What do typical working hours look like for the team?",
        "So to confirm, there is a flextime system with fixed core hours?",
    ),
    _q(
        "hours-recording",
        "hours",
        "How are working hours reported and recorded, for example with a time-tracking tool?",
        "So to confirm, I record my own start and finish times every day?",
    ),
    _q(
        "hours-office-remote",
        "hours",
        "How many days a week does the team usually spend in the office, and how many at home?",
        "So to confirm, the number of office days you mentioned is a fixed rule for everyone?",
    ),
    _q(
        "hours-remote-rules",
        "hours",
        "What does the remote-work policy cover, such as where I can work from, what equipment "
        "the company provides and how core hours apply on remote days?",
        "So to confirm, I can work from anywhere in Japan as long as I am online in core hours?",
    ),
    _q(
        "hours-location",
        "hours",
        "Which office would I be based at, and how often do people get transferred to another "
        "location?",
        "So to confirm, there is no plan to transfer me to another city?",
    ),
    # Compensation
    _q(
        "compensation-breakdown",
        "compensation",
        "Could you walk me through how the annual amount in the offer is put together?",
        "So to confirm, any bonus would be paid on top of that annual amount?",
    ),
    _q(
        "compensation-base-salary",
        "compensation",
        "How much of that total is base salary, and how is it paid across the year?",
        "So to confirm, my monthly base salary is the annual base divided by twelve?",
    ),
    _q(
        "compensation-overtime",
        "compensation",
        "How is overtime handled in this role, and how many hours of fixed overtime "
        "(みなし残業), if any, are built into the offered pay?",
        "So to confirm, any overtime beyond those hours is paid separately?",
    ),
    _q(
        "compensation-scheme",
        "compensation",
        "Could you explain how the pay scheme and grade system work, and where this offer sits "
        "within them?",
        "So to confirm, my salary is tied to the grade you just mentioned?",
    ),
    _q(
        "compensation-review",
        "compensation",
        "How often are salaries reviewed, and when would I first have a chance to talk about my "
        "compensation?",
        "So to confirm, my first pay review would come at the next evaluation after I join?",
    ),
    _q(
        "compensation-bonus",
        "compensation",
        "What does the bonus depend on, and how has it been paid out in recent years?",
        "So to confirm, the bonus amount is not guaranteed and depends on company results?",
    ),
    # Benefits and leave
    _q(
        "benefits-commute",
        "benefits",
        "How does the commute allowance work, and what limit applies to it?",
        "So to confirm, my commuting costs are covered in full up to that limit?",
    ),
    _q(
        "benefits-housing",
        "benefits",
        "What kind of housing support does the company offer, such as a housing allowance or "
        "company housing?",
        "So to confirm, I would receive the housing allowance from my first month?",
    ),
    _q(
        "benefits-relocation",
        "benefits",
        "What relocation support could you offer for moving to Japan or to a new city?",
        "So to confirm, the company covers my travel and moving costs for the relocation?",
    ),
    _q(
        "benefits-visa",
        "benefits",
        "How would the company support my visa, and who would take care of the paperwork?",
        "So to confirm, the company will sponsor my work visa and pay for the application?",
    ),
    _q(
        "benefits-japanese",
        "benefits",
        "What support is there for learning Japanese, such as classes or a study budget?",
        "So to confirm, the company pays for Japanese classes?",
    ),
    _q(
        "benefits-paid-leave",
        "benefits",
        "How many days of paid leave would I have in my first year, and when are they granted?",
        "So to confirm, my first paid leave days are granted six months after I start?",
    ),
    _q(
        "benefits-special-leave",
        "benefits",
        "What other kinds of leave are available, for example bereavement leave or menstrual "
        "leave?",
        "So to confirm, bereavement leave and menstrual leave are both paid?",
    ),
    _q(
        "benefits-family-leave",
        "benefits",
        "Could you tell me about parental leave, childcare leave and nursing-care leave, and how "
        "people on the team have used them?",
        "So to confirm, I would be eligible for these kinds of leave during my first year?",
    ),
    # Other
    _q(
        "other-next-steps",
        "other",
        "What are the next steps after I accept, and which documents should I get ready?",
        "So to confirm, you will send me a list of the documents you need from me?",
    ),
)

_TOPIC_BY_KEY: dict[str, Topic] = {topic.key: topic for topic in TOPICS}
_FACT_BY_KEY: dict[str, FactSpec] = {fact.key: fact for fact in FACTS}
_QUESTION_BY_KEY: dict[str, DefaultQuestion] = {q.key: q for q in DEFAULT_QUESTIONS}
_SOURCE_LABELS: dict[str, str] = dict(SOURCES)


def default_question(key: str) -> DefaultQuestion | None:
    """Return the built-in question with this key, or ``None`` if there is none.

    Returning ``None`` lets callers cope with saved data that refers to a question removed in
    a later version.
    """
    return _QUESTION_BY_KEY.get(key)


def questions_for_topic(topic: str) -> tuple[DefaultQuestion, ...]:
    """Return the built-in questions for a topic key, in bank order (empty if none)."""
    return tuple(q for q in DEFAULT_QUESTIONS if q.topic == topic)


def topic_label(key: str) -> str:
    """Return the display label for a topic key.

    An unknown key is returned unchanged so that stale or hand-edited data still shows up
    rather than disappearing.
    """
    topic = _TOPIC_BY_KEY.get(key)
    return topic.label if topic is not None else key


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
