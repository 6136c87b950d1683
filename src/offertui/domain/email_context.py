"""What an email draft knows about an offer: the offer and profile mapped to an EmailContext.

`domain.emails` writes drafts from an :class:`EmailContext` and knows nothing of offers;
this module is the one place that decides which part of an offer fills which blank, and
which draft (the one the candidate saved, or a fresh one) an offer's email of a kind is.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from offertui.domain.emails import EmailContext, render
from offertui.domain.offer import EmailDraft, Offer, Profile

__all__ = ["context_for", "draft_for", "fresh_draft", "is_fresh"]

# Roles typed in English, as a Japanese addressee block writes them (人事部 採用担当 田中様).
_ROLES_JA: Final = MappingProxyType(
    {
        "hr": "人事部",
        "human resources": "人事部",
        "people": "人事部",
        "people team": "人事部",
        "recruiter": "採用担当",
        "recruiting": "採用担当",
        "recruitment": "採用担当",
        "talent acquisition": "採用担当",
        "hr recruiter": "人事部 採用担当",
    }
)


def _role_ja(role: str) -> str:
    """The contact's role for the Japanese addressee block.

    A role written in Japanese is used as it is; the usual English ones are translated;
    any other English role is left out, since "Engineering Manager 田中様" would read oddly
    and the block is correct without it.
    """
    role = role.strip()
    if not role.isascii():
        return role
    return _ROLES_JA.get(" ".join(role.lower().split()), "")


def context_for(offer: Offer, profile: Profile) -> EmailContext:
    """Everything the drafts for `offer` can say, signed with the candidate's `profile`.

    The meeting date is the day the meeting started, else the day it is scheduled. The
    reason in the decision is given to the accept draft only when the choice is to accept,
    and to the decline draft only when it is to decline, so a reason for one never ends up
    in the other. Visa sponsorship is left unknown: nothing in the offer records it yet.
    """
    meeting = offer.meeting.started_at or offer.meeting.scheduled
    decision = offer.decision
    reason = decision.reason.strip()
    return EmailContext(
        company=offer.company,
        contact_name=offer.contact.name,
        # Only the Japanese addressee block names the role, so it is given in Japanese.
        contact_role=_role_ja(offer.contact.role),
        position=offer.position,
        meeting_date=meeting.date() if meeting is not None else None,
        reply_by=offer.reply_deadline,
        target_salary=offer.negotiation.target,
        current_offer_salary=offer.annual_pay,
        negotiation_reasons=offer.negotiation.reasons,
        decline_reason=reason if decision.choice == "decline" else "",
        accept_reasons=reason if decision.choice == "accept" else "",
        name_en=profile.name_en,
        name_ja=profile.name_ja,
        signature=profile.signature,
        visa_sponsored=None,
    )


def fresh_draft(offer: Offer, profile: Profile, kind: str, lang: str) -> EmailDraft:
    """The draft of `kind` in `lang` as the template writes it from what is known now.

    Raises ValueError for an unknown kind or language.
    """
    rendered = render(kind, lang, context_for(offer, profile))
    return EmailDraft(kind=kind, lang=lang, subject=rendered.subject, body=rendered.body)


def draft_for(offer: Offer, profile: Profile, kind: str, lang: str) -> EmailDraft:
    """The draft the candidate saved for `kind` in `lang`, else a freshly filled one.

    Raises ValueError for an unknown kind or language.
    """
    saved = offer.draft(kind, lang)
    if saved is not None:
        return saved
    return fresh_draft(offer, profile, kind, lang)


def is_fresh(offer: Offer, kind: str, lang: str) -> bool:
    """True when no draft of `kind` in `lang` is saved: it is written anew each time."""
    return offer.draft(kind, lang) is None
