"""The offer's terms through negotiation: the first ones, the latest ones, and each round.

An offer's `annual_pay` is what the company first offered. Each `Revision` in
`Offer.revisions` is the company's answer in one round of negotiation, oldest first: a
new annual pay if it changed, any other changed terms as the company put them, and the
candidate's note. The latest terms are the first ones with every round applied in
order, so a round that changes only the start date keeps the pay of the round before.

The screens, the brief, Compare and the emails read the terms through these helpers
rather than through `Offer.annual_pay`, so none of them speaks of the first offer once
the company has revised it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from offertui.domain.money import format_yen, parse_yen
from offertui.domain.offer import Offer, Revision, clean_text
from offertui.domain.parse import parse_date
from offertui.domain.terminal_text import visible

__all__ = [
    "RevisionError",
    "Terms",
    "first_terms",
    "is_blank",
    "last_revision",
    "latest_annual_pay",
    "latest_terms",
    "negotiation_round",
    "parse_revision",
    "pay_change",
    "pay_with_first",
    "revision_line",
    "terms_summary",
    "with_revision",
    "with_revision_corrected",
    "without_revision",
]


@dataclass(frozen=True)
class Terms:
    """The offer's terms at one point of the negotiation."""

    annual_pay: int | None
    # The changed terms the company wrote in each round so far, oldest first; empty for
    # the first offer.
    changes: tuple[str, ...]
    # When these terms were offered: the day of the last round, or for the first offer
    # the date of the offer letter; None when not recorded.
    date: date | None
    # 0 for the first offer, n after the company's n-th answer.
    round: int

    @property
    def revised(self) -> bool:
        return self.round > 0


def first_terms(offer: Offer) -> Terms:
    """The terms as the company first offered them."""
    letter_date = offer.letter.date if offer.letter.received else None
    return Terms(offer.annual_pay, (), letter_date, 0)


def latest_terms(offer: Offer) -> Terms:
    """The terms as they stand after every round recorded so far."""
    first = first_terms(offer)
    if not offer.revisions:
        return first
    pay = first.annual_pay
    changes: list[str] = []
    for revision in offer.revisions:
        if revision.annual_pay is not None:
            pay = revision.annual_pay
        if revision.terms.strip():
            changes.append(revision.terms.strip())
    return Terms(pay, tuple(changes), offer.revisions[-1].date, len(offer.revisions))


def latest_annual_pay(offer: Offer) -> int | None:
    """The annual pay on offer now: the last revised figure, else the first one."""
    return latest_terms(offer).annual_pay


def last_revision(offer: Offer) -> Revision | None:
    """The company's most recent answer, if it has answered a negotiation."""
    return offer.revisions[-1] if offer.revisions else None


def negotiation_round(offer: Offer) -> int:
    """The round a negotiation email opens now: 1 before the company has answered any
    request, 2 after its first answer, and so on."""
    return len(offer.revisions) + 1


def pay_change(offer: Offer) -> int | None:
    """How much the annual pay moved from the first offer to the latest, in yen; None
    when either figure is unknown or nothing was revised."""
    first, latest = first_terms(offer), latest_terms(offer)
    if not latest.revised or first.annual_pay is None or latest.annual_pay is None:
        return None
    return latest.annual_pay - first.annual_pay


def pay_with_first(offer: Offer) -> str:
    """The latest annual pay with the first beside it when they differ:
    "¥9,500,000 (first ¥9,000,000)"; just the figure when unrevised; "" when unknown."""
    first, latest = first_terms(offer).annual_pay, latest_annual_pay(offer)
    if latest is None:
        return ""
    if first is None or first == latest:
        return format_yen(latest)
    return f"{format_yen(latest)} (first {format_yen(first)})"


def terms_summary(offer: Offer) -> str:
    """The latest terms in a line, the first pay beside them: "Revised offer, round 2
    (2026-12-08): ¥9,500,000 (first ¥9,000,000); start in April"; "" when unrevised."""
    latest = latest_terms(offer)
    if not latest.revised:
        return ""
    when = f" ({latest.date.isoformat()})" if latest.date else ""
    parts = [
        pay_with_first(offer) or "pay not recorded",
        *(" ".join(c.split()) for c in latest.changes),
    ]
    return visible(f"Revised offer, round {latest.round}{when}: " + "; ".join(parts), keep="")


def is_blank(revision: Revision) -> bool:
    """True when a revision says nothing: no pay, no terms, no note."""
    return revision.annual_pay is None and not revision.terms.strip() and not revision.note.strip()


def revision_line(revision: Revision) -> str:
    """One round on one line: "2026-12-08: ¥9,500,000; start in April"."""
    parts = []
    if revision.annual_pay is not None:
        parts.append(format_yen(revision.annual_pay))
    if revision.terms.strip():
        parts.append(" ".join(revision.terms.split()))
    what = "; ".join(parts) or "no change recorded"
    what = visible(what, keep="")
    return f"{revision.date.isoformat()}: {what}" if revision.date else what


def with_revision(offer: Offer, revision: Revision) -> Offer:
    """A copy of `offer` with the company's answer `revision` recorded.

    The list stays oldest first: a dated answer goes before the first one recorded with
    a later date (so an answer entered late still lands in its place), an undated one
    goes last.
    """
    rounds = list(offer.revisions)
    position = len(rounds)
    if revision.date is not None:
        for index, existing in enumerate(rounds):
            if existing.date is not None and existing.date > revision.date:
                position = index
                break
    rounds.insert(position, revision)
    return replace(offer, revisions=tuple(rounds))


def without_revision(offer: Offer, index: int) -> Offer:
    """A copy of `offer` without its round `index` (from 0): a round recorded by mistake."""
    rounds = offer.revisions
    return replace(offer, revisions=rounds[:index] + rounds[index + 1 :])


def with_revision_corrected(offer: Offer, index: int, revision: Revision) -> Offer:
    """A copy of `offer` with its round `index` (from 0) replaced by `revision`, a
    mistyped figure or date set right. The round keeps its place unless its new date
    puts it before or after another round; it then moves to where that date belongs."""
    rounds = offer.revisions
    before = [r.date for r in rounds[:index] if r.date is not None]
    after = [r.date for r in rounds[index + 1 :] if r.date is not None]
    day = revision.date
    if day is None or (all(d <= day for d in before) and all(day <= d for d in after)):
        return replace(offer, revisions=(*rounds[:index], revision, *rounds[index + 1 :]))
    return with_revision(without_revision(offer, index), revision)


class RevisionError(ValueError):
    """What is wrong with a revision as typed, and in which field ("date", "pay")."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def parse_revision(date_text: str, pay_text: str, terms: str, note: str) -> Revision:
    """The company's answer as typed in a form: a date (2026-12-08, or empty if not
    known), an annual pay (9,500,000 or 950万; empty if it did not change), the changed
    terms and a note. Raises RevisionError naming the field at fault, also when nothing
    at all is filled in."""
    try:
        day = parse_date(date_text)
    except ValueError as error:
        raise RevisionError("date", str(error)) from None
    pay = None
    if pay_text.strip():
        try:
            pay = parse_yen(pay_text)
        except ValueError as error:
            raise RevisionError("pay", str(error)) from None
    revision = Revision(day, pay, clean_text(terms.strip()), clean_text(note.strip()))
    if is_blank(revision):
        raise RevisionError("pay", "Enter the revised pay or what else changed.")
    return revision
