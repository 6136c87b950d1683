"""What an email draft knows about an offer: the offer and profile mapped to an EmailContext.

`domain.emails` writes drafts from an :class:`EmailContext` and knows nothing of offers;
this module is the one place that decides which part of an offer fills which blank, and
which draft (the one the candidate saved, or a fresh one) an offer's email of a kind is.
"""

from __future__ import annotations

from dataclasses import replace

from offertui.domain.addressee import role_ja
from offertui.domain.emails import EmailContext, render
from offertui.domain.offer import EmailDraft, Offer, Profile
from offertui.domain.revisions import first_terms, is_blank, latest_terms

__all__ = ["context_for", "draft_for", "fresh_draft", "is_fresh"]


def context_for(offer: Offer, profile: Profile) -> EmailContext:
    """Everything the drafts for `offer` can say, signed with the candidate's `profile`.

    The meeting counts as held when the file records its start or end, and its date is
    that day; otherwise the scheduled day, if any, is a meeting still to come. The
    reason in the decision is given to the accept draft only when the choice is to
    accept, and to the decline draft only when it is to decline, so a reason for one
    never ends up in the other. The offered pay is the first offer's; the company's
    answers to the negotiation give the terms as they now stand
    (:func:`offertui.domain.revisions.latest_terms`).
    """
    meeting = offer.meeting
    held = meeting.started_at or meeting.ended_at
    when = held or meeting.scheduled
    decision = offer.decision
    accept = decision.choice == "accept"
    decline = decision.choice == "decline"
    # A round the user started but left empty says nothing the company answered.
    answered = replace(offer, revisions=tuple(r for r in offer.revisions if not is_blank(r)))
    latest = latest_terms(answered)
    pay_revised = any(r.annual_pay is not None for r in answered.revisions)
    return EmailContext(
        company=offer.company,
        contact_name=offer.contact.name,
        contact_name_en=offer.contact.name_en,
        # Only the Japanese addressee block names the role, so it is given in Japanese.
        contact_role=role_ja(offer.contact.role),
        position=offer.position,
        meeting_date=when.date() if when is not None else None,
        meeting_held=held is not None,
        reply_by=offer.reply_deadline,
        target_salary=offer.negotiation.target,
        current_offer_salary=first_terms(offer).annual_pay,
        answered=latest.revised,
        answer_date=latest.date,
        revised_salary=latest.annual_pay if pay_revised else None,
        revised_terms=latest.changes,
        negotiation_reasons=offer.negotiation.reasons,
        negotiation_reasons_ja=offer.negotiation.reasons_ja,
        accept_reasons=decision.reason if accept else "",
        accept_reasons_ja=decision.reason_ja if accept else "",
        decline_reason=decision.reason if decline else "",
        decline_reason_ja=decision.reason_ja if decline else "",
        attachment=decision.attachment,
        attachment_ja=decision.attachment_ja,
        name_en=profile.name_en,
        name_ja=profile.name_ja,
        signature=profile.signature,
        signature_ja=profile.signature_ja,
        visa_support=offer.visa_support,
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
