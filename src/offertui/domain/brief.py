"""The offer as a Markdown brief, to share with a partner, a mentor or a lawyer.

The brief holds everything someone else needs to give advice: the facts and where
they came from, the pay, the red flags, the questions with the company's answers,
the meeting notes, the decision and the email drafts. It reads well as plain text
and renders as Markdown; the user's own text is kept as typed, except that control
and bidi characters are shown as visible escapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Final

from offertui.domain.business_days import describe_deadline
from offertui.domain.emails import KIND_LABELS, LANG_LABELS
from offertui.domain.money import format_number, format_yen
from offertui.domain.offer import CHOICE_LABELS, STAGE_LABELS, Offer
from offertui.domain.pay import compute
from offertui.domain.prep import effective_must_ask
from offertui.domain.question_bank import FACTS, TOPICS, source_label, topic_label
from offertui.domain.red_flags import MustAsk, red_flags
from offertui.domain.revisions import first_terms, latest_terms
from offertui.domain.terminal_text import visible

__all__ = ["render_brief"]

_STATUS_LABELS: Final = {
    "open": "not asked yet",
    "answered": "answered",
    "unclear": "answer unclear",
    "skipped": "skipped",
}
_LETTER_LANGUAGES: Final = {"ja": "Japanese", "en": "English", "both": "Japanese and English"}
_FORMATS: Final = {"online": "online", "in-person": "in person"}
_TIMINGS: Final = {"during": "in the meeting", "after": "by email after the meeting"}


def _one_line(text: str) -> str:
    """User text for a list item or heading: one line, whitespace tidied."""
    return " ".join(text.split())


def _cell(text: str) -> str:
    """User text for a table cell: one line, with pipes that would split the cell escaped."""
    return _one_line(text).replace("|", "\\|") or "—"


def _indented(text: str, indent: str = "  ") -> str:
    """Multi-line user text under a list item, kept line for line."""
    lines = text.strip("\n").splitlines() or [""]
    return "\n".join(f"{indent}{line}".rstrip() for line in lines)


def _fenced(text: str, info: str = "text") -> str:
    """`text` in a code fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text.rstrip()}\n{fence}"


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else ""


def _section(title: str, body: Iterable[str]) -> list[str]:
    lines = list(body)
    return [f"## {title}", "", *lines, ""] if lines else []


def _header(offer: Offer, today: date) -> list[str]:
    lines = [f"# Offer brief: {_one_line(offer.title)}", ""]
    facts = [f"- Stage: {STAGE_LABELS.get(offer.stage, offer.stage)}"]
    if offer.reply_deadline is not None:
        facts.append(
            f"- Reply deadline: {offer.reply_deadline.isoformat()}, "
            f"{describe_deadline(today, offer.reply_deadline)}"
        )
    else:
        facts.append("- Reply deadline: not known")
    contact = offer.contact
    if contact.name or contact.email:
        who = _one_line(contact.name) or "—"
        if contact.role:
            who += f" ({_one_line(contact.role)})"
        if contact.email:
            who += f" <{contact.email}>"
        facts.append(f"- Contact: {who}")
    letter = offer.letter
    if letter.received:
        detail = [f"dated {letter.date.isoformat()}"] if letter.date else []
        if letter.language in _LETTER_LANGUAGES:
            detail.append(f"in {_LETTER_LANGUAGES[letter.language]}")
        facts.append("- Written offer letter: received" + "".join(f", {d}" for d in detail))
    else:
        facts.append("- Written offer letter: **not received**")
    lines += facts
    lines += [
        "",
        f"Prepared on {today.isoformat()} with offertui to ask for advice. It is the "
        "candidate's own record, not the company's wording; offertui gives information, "
        "not legal advice.",
        "",
    ]
    return lines


def _facts(offer: Offer) -> list[str]:
    rows = ["| Fact | What is known | Source | Confirmed |", "|---|---|---|---|"]
    for spec in FACTS:
        fact = offer.fact(spec.key)
        source = source_label(fact.source) if fact.source else ""
        confirmed = "yes" if fact.confirmed else ("no" if fact.known else "")
        rows.append(
            f"| {spec.label} | {_cell(fact.value) if fact.known else '**unknown**'} "
            f"| {_cell(source)} | {confirmed or '—'} |"
        )
    return _section("Key facts", rows)


def _pay(offer: Offer) -> list[str]:
    pay = offer.pay
    result = compute(pay)
    lines: list[str] = []
    first, latest = first_terms(offer), latest_terms(offer)
    if latest.revised and latest.annual_pay is not None and latest.annual_pay != first.annual_pay:
        when = f" on {latest.date.isoformat()}" if latest.date else ""
        lines.append(f"- Annual pay as revised{when}: {format_yen(latest.annual_pay)}")
        if first.annual_pay is not None:
            lines.append(f"- Annual pay first offered: {format_yen(first.annual_pay)}")
    elif latest.annual_pay is not None:
        lines.append(f"- Annual pay as offered: {format_yen(latest.annual_pay)}")
    if pay.basis == "annual" and pay.annual_salary is not None:
        lines.append(
            f"- Annual salary (年俸): {format_yen(pay.annual_salary)}, paid in "
            f"{pay.annual_parts} parts"
        )
    elif result.monthly_base is not None:
        lines.append(f"- Base pay (月給): {format_yen(result.monthly_base)} a month")
    if pay.has_fixed_overtime:
        hours = (
            f"{format_number(pay.fixed_overtime_hours)} hours"
            if pay.fixed_overtime_hours
            else "? hours"
        )
        amount = (
            format_yen(pay.fixed_overtime_amount) if pay.fixed_overtime_amount is not None else "?"
        )
        lines.append(f"- Fixed overtime (固定残業代): {hours} a month, {amount} a month")
    if result.annual_bonus is not None and pay.bonus_months is not None:
        kind = "guaranteed" if pay.bonus_guaranteed else "not guaranteed"
        lines.append(
            f"- Bonus: {format_number(pay.bonus_months)} months,"
            f" {format_yen(result.annual_bonus)} a year ({kind})"
        )
    allowances = (
        ("Commute allowance", pay.commute_allowance),
        ("Housing allowance", pay.housing_allowance),
        ("Other allowances", pay.other_allowance),
    )
    for label, amount_or_none in allowances:
        if amount_or_none:
            lines.append(f"- {label}: {format_yen(amount_or_none)} a month")
    if result.annual_guaranteed is not None:
        total = f"- Annual total from the parts: {format_yen(result.annual_guaranteed)} guaranteed"
        if result.annual_expected and result.annual_expected != result.annual_guaranteed:
            total += f", {format_yen(result.annual_expected)} with the bonus"
        lines.append(total)
    return _section("Pay", lines)


def _flags(offer: Offer, today: date, now: datetime | None, must_ask: MustAsk) -> list[str]:
    flags = red_flags(offer, today, now, must_ask)
    if not flags:
        return _section("Red flags", ["None found in what is recorded."])
    lines: list[str] = []
    for flag in flags:
        mine = " (my own)" if flag.own else ""
        lines.append(f"- **{flag.severity.capitalize()}**{mine}: {_one_line(flag.title)}")
        if not flag.own:
            lines.append(f"  - Why it matters: {flag.why}")
        lines.append(f"  - Next: {flag.next_step}")
    return _section("Red flags", lines)


def _items(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return []
    return [f"### {title}", "", *(f"- {_one_line(item)}" for item in items), ""]


def _decision(offer: Offer) -> list[str]:
    decision = offer.decision
    lines = [f"- Choice: **{CHOICE_LABELS.get(decision.choice, decision.choice)}**"]
    if decision.decided_at is not None:
        lines[0] += f" (chosen {_when(decision.decided_at)})"
    if decision.reason.strip():
        lines.append(f"- Why: {_one_line(decision.reason)}")
    lines.append("")
    lines += _items("Pros", decision.pros)
    lines += _items("Cons", decision.cons)
    if decision.next_steps:
        lines += ["### Next steps", ""]
        lines += [
            f"- [{'x' if done else ' '}] {_one_line(text)}" for text, done in decision.next_steps
        ]
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return _section("Decision", lines)


def _negotiation(offer: Offer) -> list[str]:
    plan = offer.negotiation
    lines: list[str] = []
    if plan.target is not None:
        lines.append(f"- Target: {format_yen(plan.target)}")
    if plan.floor is not None:
        lines.append(f"- Lowest acceptable: {format_yen(plan.floor)}")
    if plan.timing in _TIMINGS:
        lines.append(f"- When: {_TIMINGS[plan.timing]}")
    if plan.reasons.strip():
        lines += ["- Reasons:", _indented(plan.reasons, "  ")]
    if plan.other_offers:
        lines.append(f"- Other offers: {', '.join(plan.other_offers)}")
    return _section("Negotiation plan", lines)


def _revisions(offer: Offer) -> list[str]:
    lines: list[str] = []
    for number, revision in enumerate(offer.revisions, start=1):
        when = f", {revision.date.isoformat()}" if revision.date else ""
        lines.append(f"- Round {number}{when}:")
        if revision.annual_pay is not None:
            lines.append(f"  - Annual pay: {format_yen(revision.annual_pay)}")
        if revision.terms.strip():
            lines += ["  - Changed terms:", _indented(revision.terms, "    ")]
        if revision.note.strip():
            lines += ["  - My note:", _indented(revision.note, "    ")]
    return _section("The company's answers in negotiation", lines)


def _questions(offer: Offer, must_ask: MustAsk) -> list[str]:
    if not offer.questions:
        return []
    topics = [t.key for t in TOPICS]
    order = {key: index for index, key in enumerate(topics)}
    grouped: dict[str, list[str]] = {}
    for question in sorted(offer.questions, key=lambda q: order.get(q.topic, len(order))):
        status = _STATUS_LABELS.get(question.status, question.status)
        star = " (must ask)" if must_ask(offer, question) else ""
        entry = [f"- **{_one_line(question.text)}**{star} — {status}"]
        if question.answer.strip():
            entry.append(_indented(question.answer, "  > "))
        grouped.setdefault(question.topic, []).extend(entry)
    lines: list[str] = []
    for topic, entries in grouped.items():
        lines += [f"### {topic_label(topic)}", "", *entries, ""]
    while lines and lines[-1] == "":
        lines.pop()
    return _section("Questions and answers", lines)


def _doubts(offer: Offer) -> list[str]:
    return _section("What feels off", [f"- {_one_line(d)}" for d in offer.doubts if d.strip()])


def _meeting(offer: Offer) -> list[str]:
    meeting = offer.meeting
    lines: list[str] = []
    if meeting.started_at is not None:
        held = f"- Held: {_when(meeting.started_at)}"
        if meeting.ended_at is not None:
            held += f" to {meeting.ended_at:%H:%M}"
        lines.append(held)
    elif meeting.scheduled is not None:
        lines.append(f"- Scheduled: {_when(meeting.scheduled)}")
    if meeting.format in _FORMATS:
        lines.append(f"- Format: {_FORMATS[meeting.format]}")
    if meeting.attendees:
        people = ", ".join(
            _one_line(a.name) + (f" ({_one_line(a.role)})" if a.role else "")
            for a in meeting.attendees
        )
        lines.append(f"- Attendees: {people}")
    if meeting.pressure:
        times = ", ".join(f"{moment:%H:%M}" for moment in meeting.pressure)
        lines.append(f"- **Pressed to decide on the spot** (noted at {times})")
    if meeting.notes.strip():
        lines += ["", "### Notes", "", _fenced(meeting.notes)]
    return _section("Offer meeting", lines)


def _emails(offer: Offer) -> list[str]:
    lines: list[str] = []
    for draft in offer.emails:
        kind = KIND_LABELS.get(draft.kind, draft.kind)
        lang = LANG_LABELS.get(draft.lang, draft.lang)
        sent = f", sent {draft.sent.isoformat()}" if draft.sent else ", draft"
        lines += [f"### {kind} ({lang}{sent})", ""]
        if draft.subject.strip():
            lines += [f"Subject: {_one_line(draft.subject)}", ""]
        lines += [_fenced(draft.body), ""]
    while lines and lines[-1] == "":
        lines.pop()
    return _section("Email drafts", lines)


def render_brief(
    offer: Offer,
    today: date,
    now: datetime | None = None,
    must_ask: MustAsk = effective_must_ask,
) -> str:
    """The whole offer as a Markdown document, ending with a newline.

    Control and bidi characters in the offer's text are shown as escapes (`\\x1b`,
    `\\u202e`): the brief is shared, printed and opened in terminals, and must read
    the same everywhere."""
    parts = [
        *_header(offer, today),
        *_facts(offer),
        *_pay(offer),
        *_flags(offer, today, now, must_ask),
        *_decision(offer),
        *_negotiation(offer),
        *_revisions(offer),
        *_doubts(offer),
        *_meeting(offer),
        *_questions(offer, must_ask),
        *_emails(offer),
    ]
    return visible("\n".join(parts).rstrip("\n") + "\n")
