"""What an email draft knows about an offer: the offer and profile mapped to an EmailContext.

`domain.emails` writes drafts from an :class:`EmailContext` and knows nothing of offers;
this module is the one place that decides which part of an offer fills which blank, and
which draft (the one the candidate saved, or a fresh one) an offer's email of a kind is.
"""

from __future__ import annotations

from datetime import date

from offertui.domain.addressee import role_ja
from offertui.domain.emails import EmailContext, render
from offertui.domain.offer import EmailDraft, Offer, Profile

__all__ = ["context_for", "draft_for", "fresh_draft", "is_fresh"]


def _latest_terms(offer: Offer) -> tuple[date | None, int | None, str]:
    """The company's latest answer to the negotiation: its date, and the annual pay and
    other terms as they now stand (each the most recent round that changed it)."""
    revisions = offer.revisions
    if not revisions:
        return None, None, ""
    pay = next((r.annual_pay for r in reversed(revisions) if r.annual_pay is not None), None)
    terms = next((r.terms for r in reversed(revisions) if r.terms.strip()), "")
    return revisions[-1].date, pay, terms


def context_for(offer: Offer, profile: Profile) -> EmailContext:
    """Everything the drafts for `offer` can say, signed with the candidate's `profile`.

    The meeting counts as held when the file records its start or end, and its date is
    that day; otherwise the scheduled day, if any, is a meeting still to come. The
    reason in the decision is given to the accept draft only when the choice is to
    accept, and to the decline draft only when it is to decline, so a reason for one
    never ends up in the other. The offered pay is the first offer's; the company's
    answers to the negotiation (`Offer.revisions`) give the revised terms.
    """
    meeting = offer.meeting
    held = meeting.started_at or meeting.ended_at
    when = held or meeting.scheduled
    decision = offer.decision
    accept = decision.choice == "accept"
    decline = decision.choice == "decline"
    answer_date, revised_pay, revised_terms = _latest_terms(offer)
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
        current_offer_salary=offer.annual_pay,
        answered=bool(offer.revisions),
        answer_date=answer_date,
        revised_salary=revised_pay,
        revised_terms=revised_terms,
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
