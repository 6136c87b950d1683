"""The offer: everything a candidate knows, asks, notes and decides about one job offer.

These are frozen dataclasses, edited with `dataclasses.replace`. They know nothing of
files or screens: `offertui.storage` turns them into TOML and back, and the screens
show and edit them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Final

from offertui.domain.pay import PayModel

# Re-exported: these live in light modules, which the start-up path imports alone.
from offertui.domain.profile import Profile as Profile
from offertui.domain.profile import clean_text as clean_text
from offertui.domain.stages import STAGE_LABELS as STAGE_LABELS
from offertui.domain.stages import STAGES as STAGES

SCHEMA_VERSION: Final = 1

QUESTION_STATUSES: Final = ("open", "answered", "unclear", "skipped")
CHOICES: Final = ("undecided", "need-time", "negotiate", "accept", "decline")
CHOICE_LABELS: Final = {
    "undecided": "Undecided",
    "need-time": "Need more time",
    "negotiate": "Negotiate",
    "accept": "Accept",
    "decline": "Decline",
}
LETTER_LANGUAGES: Final = ("", "ja", "en", "both")
MEETING_FORMATS: Final = ("", "online", "in-person")
MEETING_LANGUAGES: Final = ("", "en", "ja")  # "" is English
NEGOTIATION_TIMINGS: Final = ("", "during", "after")

# A hard cap on what one offer may hold in text, so a runaway paste cannot make the
# file unreadable for other tools. 8 MiB is far beyond an hour of notes.
MAX_TEXT: Final = 8 * 1024 * 1024


@dataclass(frozen=True)
class Contact:
    """The company's person for this offer, usually a recruiter in HR."""

    name: str = ""  # as written, in any script: 田中 花子, Tanaka-san
    role: str = ""
    email: str = ""
    # The name in Latin letters for English drafts (Hana Tanaka), when `name` is not.
    name_en: str = ""


@dataclass(frozen=True)
class Letter:
    """Whether the written offer (offer letter, 労働条件通知書) has arrived."""

    received: bool = False
    date: date | None = None
    language: str = ""  # one of LETTER_LANGUAGES
    # The letter's text as pasted, and the keys of the items the letter check found
    # missing (domain.letter_check), kept so other tools can read the result.
    text: str = ""
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One of the eight things a candidate should know before signing."""

    key: str
    value: str = ""
    source: str = ""
    confirmed: bool = False

    @property
    def known(self) -> bool:
        return bool(self.value.strip())


@dataclass(frozen=True)
class Question:
    """A question for the offer meeting, and what the company answered."""

    id: str
    topic: str
    text: str
    follow_up: str = ""
    must_ask: bool = False
    status: str = "open"  # one of QUESTION_STATUSES
    answer: str = ""
    # The key of the default question this came from, so a deleted default can be
    # offered back; empty for the user's own questions.
    default: str = ""
    # The same question in Japanese, for a meeting held in Japanese; empty when the
    # question exists in one language only (then `text` holds it, in any language).
    text_ja: str = ""
    follow_up_ja: str = ""


@dataclass(frozen=True)
class Attendee:
    """Someone from the company at the offer meeting."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class Meeting:
    """The offer meeting: when, how, who, and the live notes."""

    scheduled: datetime | None = None
    format: str = ""  # one of MEETING_FORMATS
    started_at: datetime | None = None
    ended_at: datetime | None = None
    notes: str = ""
    attendees: tuple[Attendee, ...] = ()
    # Each time the user flagged being pressed to decide on the spot.
    pressure: tuple[datetime, ...] = ()
    # Where it happens: the video link of an online meeting, the address of one in person.
    link: str = ""
    place: str = ""
    # The language the meeting is held in (one of MEETING_LANGUAGES): Prep and the
    # Meeting show the questions in it.
    language: str = ""


@dataclass(frozen=True)
class Negotiation:
    """The plan for discussing pay: numbers in yen, when, why, and the leverage."""

    target: int | None = None
    floor: int | None = None
    timing: str = ""  # one of NEGOTIATION_TIMINGS
    reasons: str = ""  # as typed, in either language
    other_offers: tuple[str, ...] = ()  # ids of the user's other offers
    reasons_ja: str = ""  # the reasons in Japanese, for the Japanese email


@dataclass(frozen=True)
class Revision:
    """The company's answer in one round of negotiation: the offer's terms as revised."""

    date: date | None = None
    annual_pay: int | None = None  # yen, the revised annual pay if it changed
    terms: str = ""  # any other changed terms, as the company put them
    note: str = ""  # the user's own note on this round


@dataclass(frozen=True)
class Decision:
    """What the candidate decided, and what weighed on it."""

    choice: str = "undecided"  # one of CHOICES
    decided_at: datetime | None = None
    pros: tuple[str, ...] = ()
    cons: tuple[str, ...] = ()
    own_flags: tuple[str, ...] = ()
    next_steps: tuple[tuple[str, bool], ...] = ()
    reason: str = ""  # a line of why, used by the accept and decline emails
    reason_ja: str = ""  # the same in Japanese, for the Japanese emails
    # What goes with the reply (the signed acceptance form): the accept email mentions
    # an attachment only when this says what it is.
    attachment: str = ""
    attachment_ja: str = ""


@dataclass(frozen=True)
class EmailDraft:
    """A saved email draft for this offer."""

    kind: str
    lang: str
    subject: str = ""
    body: str = ""
    sent: date | None = None


@dataclass(frozen=True)
class Offer:
    """One job offer, as kept in `offers/<id>.toml`."""

    id: str
    company: str
    position: str
    stage: str = "prep"
    contact: Contact = field(default_factory=Contact)
    letter: Letter = field(default_factory=Letter)
    reply_deadline: date | None = None
    annual_pay: int | None = None
    pay: PayModel = field(default_factory=PayModel)
    meeting: Meeting = field(default_factory=Meeting)
    facts: tuple[Fact, ...] = ()
    questions: tuple[Question, ...] = ()
    doubts: tuple[str, ...] = ()
    negotiation: Negotiation = field(default_factory=Negotiation)
    # The company's answers to each round of negotiation, oldest first.
    revisions: tuple[Revision, ...] = ()
    # Whether the candidate needs the company's help with their status of residence
    # (a COE, a change of status or of employer); None when not known.
    visa_support: bool | None = None
    decision: Decision = field(default_factory=Decision)
    emails: tuple[EmailDraft, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.company} — {self.position}" if self.position else self.company

    def fact(self, key: str) -> Fact:
        """The fact with this key, blank if the user has not written it yet."""
        for fact in self.facts:
            if fact.key == key:
                return fact
        return Fact(key)

    def with_fact(self, fact: Fact) -> Offer:
        """A copy with `fact` set, replacing the one with the same key."""
        facts = [f for f in self.facts if f.key != fact.key]
        facts.append(fact)
        return replace(self, facts=tuple(facts))

    def draft(self, kind: str, lang: str) -> EmailDraft | None:
        for email in self.emails:
            if email.kind == kind and email.lang == lang:
                return email
        return None

    def with_draft(self, draft: EmailDraft) -> Offer:
        emails = [e for e in self.emails if (e.kind, e.lang) != (draft.kind, draft.lang)]
        emails.append(draft)
        return replace(self, emails=tuple(emails))

    @property
    def open_questions(self) -> int:
        return sum(1 for q in self.questions if q.status in ("open", "unclear"))
