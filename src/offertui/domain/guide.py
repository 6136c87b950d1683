"""A short, practical guide to the offer stage in Japan, shown inside the app.

``GUIDE`` is an ordered tuple of sections. Each one explains a single idea in a few short lines
and points to the screen where the user can act on it (``action_target``), with a button-style
``action_label`` describing what they will do there. An empty target means the section is
reading only.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GUIDE",
    "GUIDE_TARGETS",
    "GuideSection",
    "guide_section",
]

GUIDE_TARGETS: frozenset[str] = frozenset(
    {"prep", "meeting", "decision", "emails", "glossary", ""},
)
"""Screens a guide section may point to; the empty string means "no action"."""


@dataclass(frozen=True, slots=True)
class GuideSection:
    """One section of the in-app guide.

    ``body`` is plain text of a few short lines separated by newlines; bullet lines start with
    "• ". ``action_target`` is one of ``GUIDE_TARGETS`` and ``action_label`` says what the user
    does on that screen (both empty when the section has no action).
    """

    key: str
    title: str
    body: str
    action_label: str
    action_target: str

    @property
    def lines(self) -> tuple[str, ...]:
        """The body split into its display lines."""
        return tuple(self.body.splitlines())


def _body(*lines: str) -> str:
    """Join body lines with newlines; keeps the section table below readable."""
    return "\n".join(lines)


GUIDE: tuple[GuideSection, ...] = (
    GuideSection(
        key="what",
        title="What an offer meeting is",
        body=_body(
            "An offer meeting (オファー面談) is a conversation after the final interview where "
            "the company presents its offer and you do most of the asking.",
            "• It is not a box-ticking step before signing: it is your best chance to see the "
            "job clearly.",
            "• It is not only about salary. Role, contract, hours and benefits all belong here.",
            "• Not every company schedules one. Asking for one yourself is normal in Japan and "
            "does not signal doubt.",
        ),
        action_label="Open Emails to ask the company for an offer meeting",
        action_target="emails",
    ),
    GuideSection(
        key="who",
        title="Who attends, and for how long",
        body=_body(
            "• Expect someone from HR, often with the manager you would work for. At a startup "
            "the founder or another executive may join.",
            "• Plan for roughly an hour, either by video call or at the office. In person, you "
            "may also get a short tour.",
            "• Keep the offer letter open in front of you. HR often goes through it section by "
            "section and pauses for questions.",
        ),
        action_label="Open Meeting to set up your notes",
        action_target="meeting",
    ),
    GuideSection(
        key="prepare",
        title="Preparing: facts before feelings",
        body=_body(
            "• If the written offer has not arrived, politely ask for it before the meeting.",
            "• Write down what you already know about the eight facts: position, contract, "
            "probation, responsibilities, pay, remote work, start date and benefits.",
            "• Note where each fact came from: job description, interview notes, emails, the "
            "letter or online research. Gaps become your questions.",
            "• If something feels off, keep digging until you can name the cause. A vague "
            "worry is hard to ask about; a specific one is easy.",
        ),
        action_label="Open Prep to fill in the eight facts",
        action_target="prep",
    ),
    GuideSection(
        key="letter-in-japanese",
        title="When the letter is in Japanese",
        body=_body(
            "Offer letters are often written only in Japanese, or in Japanese with a "
            "translation next to it.",
            "• Getting the letter early gives you time to look up unfamiliar terms calmly.",
            "• Mark any word you are unsure of and ask about it in the meeting.",
        ),
        action_label="Open Glossary to look up terms from your letter",
        action_target="glossary",
    ),
    GuideSection(
        key="questions",
        title="Asking questions that get real answers",
        body=_body(
            "• Open with a question that invites an explanation rather than a yes or no.",
            "• If the answer stays vague, follow up with a closed question that starts "
            '"So to confirm, …".',
            "• A string of blunt yes/no questions can feel like pressure in Japanese "
            "conversation. Open questions keep the tone relaxed and often surface extra "
            "details in your favour.",
            '• Open: "How is overtime handled, and how many hours are built into the pay?"',
            '• Closed: "So to confirm, overtime beyond those hours is paid separately?"',
        ),
        action_label="Open Prep to choose the questions you will ask",
        action_target="prep",
    ),
    GuideSection(
        key="negotiate",
        title="Negotiating: in the meeting or after it",
        body=_body(
            "Companies expect pay to come up at this stage, so raising it is not rude. You can "
            "negotiate in the meeting, afterwards, or both.",
            "• In the meeting: suits people who are at ease speaking on the spot, especially "
            "when the company has shown it really wants you.",
            "• By email afterwards: suits people who like to think first, or who are waiting "
            "on other offers.",
            "• First time? Use the meeting to ask questions, say you are keen but want to "
            "reflect, then send your request by email.",
        ),
        action_label="Open Emails to draft a negotiation email",
        action_target="emails",
    ),
    GuideSection(
        key="no-decision-on-the-spot",
        title="You owe no answer on the spot",
        body=_body(
            "• Nothing obliges you to accept or decline during the meeting. Being pushed to "
            "decide there and then is a warning sign.",
            "• Close by thanking them, saying you are interested, and telling them when you "
            "will reply.",
            "• Companies read how quickly you answer as a sign of interest. If you want the "
            "job, aim to reply within about a day.",
        ),
        action_label="Open Decision to weigh the offer",
        action_target="decision",
    ),
    GuideSection(
        key="red-flags",
        title="Red flags before you sign",
        body=_body(
            "• Pressure: how a company treats a candidate hints at how it treats staff.",
            "• Questions still unanswered after you asked twice. This matters even more when "
            "the company sponsors your visa, since a broken promise can affect your status.",
            "• Unclear responsibilities: not knowing what is expected of you is a common road "
            "to burnout. Pushback when you ask is itself a warning.",
        ),
        action_label="Open Decision to review what is still unclear",
        action_target="decision",
    ),
    GuideSection(
        key="after-deciding",
        title="After you decide",
        body=_body(
            "• Accepting: reply before the deadline, and as soon as you have decided. Attach "
            "any signed documents they asked for.",
            "• Declining: thank them, give a short reason, and wish them well. Let them know "
            "early if you are weighing other offers.",
            "• HR will then explain the next steps. If they sponsor your visa, have your "
            "documents ready so the application can start quickly.",
        ),
        action_label="Open Emails to write your acceptance or decline",
        action_target="emails",
    ),
)

_SECTION_BY_KEY: dict[str, GuideSection] = {section.key: section for section in GUIDE}


def guide_section(key: str) -> GuideSection | None:
    """Return the guide section with this key, or ``None`` if there is none."""
    return _SECTION_BY_KEY.get(key)
