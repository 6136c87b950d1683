"""Draft the polite emails a candidate sends during the offer stage, in English and Japanese.

The module is pure: it turns an :class:`EmailContext` (what the candidate knows so far) into a
:class:`RenderedEmail` (subject and body) for one of six situations, and can package a draft
as an ``.eml`` file. The wording lives in ``data/emails.toml``, paragraph by paragraph, each
written only when the fact it states is true (a meeting held, a revised offer, something
attached); this module decides those facts and fills in the blanks. Anything the context
does not know is written as a visible placeholder such as ``[[your name]]`` or ``[[氏名]]``
so the candidate can see what is left to fill in.

Japanese drafts follow ordinary business-mail conventions: an addressee block (company,
department, then the name with 様; see :mod:`offertui.domain.addressee`),
お世話になっております and a self-introduction, keigo body, and the sender's Japanese
name or signature. The company is called 貴社 in the body.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import formatdate
from types import MappingProxyType

from offertui.domain.addressee import addressee_ja, greeting_en
from offertui.domain.business_days import is_business_day
from offertui.domain.email_templates import CONDITIONS as CONDITIONS
from offertui.domain.email_templates import FIELDS as FIELDS
from offertui.domain.email_templates import KINDS as KINDS
from offertui.domain.email_templates import LANGS as LANGS
from offertui.domain.email_templates import holds, reason_patterns, template
from offertui.domain.japanese import is_japanese
from offertui.domain.phrases import fit, pick

__all__ = [
    "CONDITIONS",
    "FIELDS",
    "KINDS",
    "KIND_LABELS",
    "LANGS",
    "LANG_LABELS",
    "PLACEHOLDERS",
    "PLACEHOLDER_RE",
    "EmailContext",
    "RenderedEmail",
    "build_eml",
    "draft_as_text",
    "find_placeholders",
    "placeholder_spans",
    "render",
]

KIND_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "request-letter": "Request the offer letter",
        "request-meeting": "Request an offer meeting",
        "need-time": "Thank you, I need time",
        "negotiate": "Negotiate",
        "accept": "Accept",
        "decline": "Decline",
    }
)
"""Human labels for each kind, for menus and titles."""

LANG_LABELS: Mapping[str, str] = MappingProxyType({"en": "English", "ja": "日本語"})
"""Human labels for each language."""

PLACEHOLDERS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "contact_name": "[[recruiter's name in Latin letters]]",
                "name": "[[your name]]",
                "company": "[[company name]]",
                "position": "[[position]]",
                "meeting_date": "[[meeting date]]",
                "reply_by": "[[reply date]]",
                "current_offer_salary": "[[offered salary]]",
                "target_salary": "[[target salary]]",
                "negotiation_reasons": "[[your reasons (experience, market rate, other offers)]]",
                "accept_reasons": "[[one line on why you are accepting]]",
                "decline_reason": "[[brief reason for declining]]",
            }
        ),
        "ja": MappingProxyType(
            {
                "name": "[[氏名]]",
                "position": "[[職種名]]",
                "meeting_date": "[[面談日]]",
                "reply_by": "[[返答期限]]",
                "current_offer_salary": "[[提示年収]]",
                "target_salary": "[[希望年収]]",
                "negotiation_reasons": "[[希望理由（経験・市場水準・他社の状況など）]]",
                "accept_reasons": "[[承諾の理由（一文）]]",
                "decline_reason": "[[辞退の理由（簡潔に）]]",
            }
        ),
    }
)
"""The placeholder written for each unknown context field, per language.

Japanese drafts need no placeholder for the recruiter or the company: an unknown recruiter is
addressed as 採用ご担当者様, and the company is 貴社 in the body, its name appearing only in the
addressee block when known. English drafts need one for a recruiter whose name is known
only in Japanese script, until its romanised form is given.
"""

PLACEHOLDER_RE = re.compile(r"\[\[[^\[\]\n]*[^\[\]\s][^\[\]\n]*\]\]")
"""A placeholder: ``[[`` + non-blank text on one line without brackets + ``]]``.

Single brackets are ordinary text. In ``[[a [[b]] c]]`` only the innermost ``[[b]]`` counts,
and an unclosed ``[[a`` is not a placeholder.
"""


@dataclass(frozen=True)
class EmailContext:
    """Everything a draft may mention; every field is optional.

    Text fields use ``""`` for unknown; dates, amounts and ``visa_support`` use ``None``.
    A field with a ``_ja`` twin holds the candidate's words as typed (in either language)
    beside their Japanese version; see :func:`offertui.domain.phrases.pick`.
    ``contact_role`` (e.g. 人事部) only appears in the Japanese addressee block.
    ``meeting_date`` is the day of the meeting, held (``meeting_held``) or scheduled.
    ``answered`` says the company has answered a round of negotiation: ``answer_date``
    is its latest answer, ``revised_salary`` the pay as revised (``None`` if no round
    changed it) and ``revised_terms`` every other term it changed, oldest first.
    """

    company: str = ""
    contact_name: str = ""
    contact_name_en: str = ""
    contact_role: str = ""
    position: str = ""
    meeting_date: date | None = None
    meeting_held: bool = False
    reply_by: date | None = None
    target_salary: int | None = None
    current_offer_salary: int | None = None
    answered: bool = False
    answer_date: date | None = None
    revised_salary: int | None = None
    revised_terms: tuple[str, ...] = ()
    negotiation_reasons: str = ""
    negotiation_reasons_ja: str = ""
    accept_reasons: str = ""
    accept_reasons_ja: str = ""
    decline_reason: str = ""
    decline_reason_ja: str = ""
    attachment: str = ""
    attachment_ja: str = ""
    name_en: str = ""
    name_ja: str = ""
    signature: str = ""
    signature_ja: str = ""
    visa_support: bool | None = None


@dataclass(frozen=True)
class RenderedEmail:
    """A finished draft: the subject line and the plain-text body."""

    subject: str
    body: str


# --------------------------------------------------------------------------- placeholders


def find_placeholders(text: str) -> list[str]:
    """Return the distinct placeholders in ``text`` (brackets included), in order of first use."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER_RE.finditer(text):
        seen.setdefault(match.group(0), None)
    return list(seen)


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of every placeholder occurrence, for highlighting."""
    return [match.span() for match in PLACEHOLDER_RE.finditer(text)]


# --------------------------------------------------------------------------- formatting

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAYS_JA = ("月", "火", "水", "木", "金", "土", "日")


def _date_en(day: date) -> str:
    """Format a date as ``1 December 2026 (Tue)``, independent of the system locale."""
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year} ({_WEEKDAYS_EN[day.weekday()]})"


def _date_ja(day: date) -> str:
    """Format a date as ``12月1日（火）``."""
    return f"{day.month}月{day.day}日（{_WEEKDAYS_JA[day.weekday()]}）"


def _yen_en(amount: int) -> str:
    """Format yen as ``¥9,500,000``."""
    return f"¥{amount:,}"


def _yen_ja(amount: int) -> str:
    """Format yen the way salaries are written in Japanese: ``950万円``, ``1億2,000万円``.

    Amounts that are not whole 万 are written in full (``9,555,500円``).
    """
    if amount <= 0 or amount % 10_000:
        return f"{amount:,}円"
    oku, man = divmod(amount // 10_000, 10_000)
    if not oku:
        return f"{man:,}万円"
    return f"{oku:,}億{man:,}万円" if man else f"{oku:,}億円"


def _stop(text: str) -> str:
    """End an English sentence after ``text`` without doubling a final dot (``Acme K.K.``)."""
    return text if text.endswith(".") else text + "."


def _last_business_day(day: date) -> date:
    """The latest business day on or before ``day``."""
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day


def _signoff(lang: str, ctx: EmailContext, name: str) -> str:
    """The signature for a draft in ``lang``: that language's signature, else the name.

    Older profiles hold one signature for both languages; it signs a Japanese draft only
    when it is written in Japanese, so a Japanese email never ends in a Latin block.
    """
    if lang == "ja":
        signature = ctx.signature_ja if ctx.signature_ja.strip() else ""
        if not signature and is_japanese(ctx.signature):
            signature = ctx.signature
    else:
        signature = ctx.signature if not is_japanese(ctx.signature) else ""
    signature = signature.strip("\n")
    return signature if signature.strip() else name


# --------------------------------------------------------------------------- filling in


def _facts(ctx: EmailContext) -> frozenset[str]:
    """The conditions that hold for ``ctx``."""
    facts = {
        "meeting_held": ctx.meeting_held,
        "meeting_planned": not ctx.meeting_held and ctx.meeting_date is not None,
        "reply_off_day": ctx.reply_by is not None and not is_business_day(ctx.reply_by),
        "answered": ctx.answered,
        "answer_dated": ctx.answered and ctx.answer_date is not None,
        "revised_pay": ctx.answered and ctx.revised_salary is not None,
        "revised_terms": ctx.answered and any(t.strip() for t in ctx.revised_terms),
        "attachment": bool(ctx.attachment.strip() or ctx.attachment_ja.strip()),
        "visa": ctx.visa_support is True,
    }
    facts["revised"] = facts["revised_pay"] or facts["revised_terms"]
    return frozenset(name for name, holds in facts.items() if holds)


# Which reason each kind sets into its {reason}: the typed and the Japanese field of the
# context, and the placeholder for none.
_REASONS: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "negotiate": ("negotiation_reasons", "negotiation_reasons_ja", "negotiation_reasons"),
        "accept": ("accept_reasons", "accept_reasons_ja", "accept_reasons"),
        "decline": ("decline_reason", "decline_reason_ja", "decline_reason"),
    }
)


def _fields(kind: str, lang: str, ctx: EmailContext) -> dict[str, str]:
    """Every blank of a draft of ``kind`` in ``lang``, filled from ``ctx`` or marked."""
    marks = PLACEHOLDERS[lang]
    ja = lang == "ja"

    def day(value: date | None, key: str) -> str:
        if value is None:
            return marks.get(key, "")
        return _date_ja(value) if ja else _date_en(value)

    def amount(value: int | None, key: str) -> str:
        if value is None:
            return marks.get(key, "")
        return _yen_ja(value) if ja else _yen_en(value)

    if ja:
        name = ctx.name_ja.strip() or ctx.name_en.strip() or marks["name"]
    else:
        name = ctx.name_en.strip() or marks["name"]
    company = ctx.company.strip() or marks.get("company", "")
    fields = {
        "name": name,
        "company": company,
        "company_end": _stop(company),
        "position": ctx.position.strip() or marks["position"],
        "meeting": day(ctx.meeting_date, "meeting_date"),
        "reply_by": day(ctx.reply_by, "reply_by"),
        "reply_business_day": day(ctx.reply_by and _last_business_day(ctx.reply_by), ""),
        "offered_pay": amount(ctx.current_offer_salary, "current_offer_salary"),
        "target_pay": amount(ctx.target_salary, "target_salary"),
        "revised_pay": amount(ctx.revised_salary, ""),
        # One changed term a line, each after the bullet its template line starts with.
        "revised_terms": ("\n・" if ja else "\n- ").join(
            pick(term, "", lang, "") for term in ctx.revised_terms if term.strip()
        ),
        "answer_date": day(ctx.answer_date, ""),
        "attachment": pick(ctx.attachment, ctx.attachment_ja, lang, ""),
        "reason": "",
    }
    if kind in _REASONS:
        typed, japanese, mark = _REASONS[kind]
        words = pick(getattr(ctx, typed), getattr(ctx, japanese), lang, marks[mark])
        fields["reason"] = fit(words, reason_patterns(kind, lang))
    return fields


def _greeting(lang: str, ctx: EmailContext) -> str:
    if lang == "ja":
        return addressee_ja(ctx.company, ctx.contact_role, ctx.contact_name, ctx.contact_name_en)
    return greeting_en(ctx.contact_name, ctx.contact_name_en, PLACEHOLDERS["en"]["contact_name"])


def render(kind: str, lang: str, ctx: EmailContext) -> RenderedEmail:
    """Write the draft of ``kind`` (one of :data:`KINDS`) in ``lang`` (one of :data:`LANGS`).

    Raises ValueError for an unknown kind or language.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown email kind {kind!r}; expected one of: {', '.join(KINDS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown email language {lang!r}; expected one of: {', '.join(LANGS)}")
    wording = template(kind, lang)
    facts = _facts(ctx)
    fields = _fields(kind, lang, ctx)
    subject = next(line for line in wording.subject if holds(line.when, facts))
    paragraphs = [_greeting(lang, ctx)]
    for when, lines in wording.body:
        if holds(when, facts):
            written = [ln.text.format_map(fields) for ln in lines if holds(ln.when, facts)]
            paragraphs.append("\n".join(written))
    signoff = _signoff(lang, ctx, fields["name"])
    paragraphs.append(f"{wording.closing}\n{signoff}" if wording.closing else signoff)
    return RenderedEmail(subject.text.format_map(fields), "\n\n".join(paragraphs))


# --------------------------------------------------------------------------- export


def build_eml(subject: str, body: str, *, to: str = "", sender: str = "") -> bytes:
    """Package a draft as an RFC 5322 ``.eml`` message that a mail client can open.

    The body is UTF-8 text, a non-ASCII subject is RFC 2047 encoded, and lines end in CRLF.
    ``X-Unsent: 1`` asks clients that understand it (Outlook) to open the file as a draft.
    """
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = subject
    if sender:
        message["From"] = sender
    if to:
        message["To"] = to
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8")
    return message.as_bytes()


def draft_as_text(subject: str, body: str) -> str:
    """Format a draft as plain text for copying or saving: ``Subject: …``, a blank line, body.

    The result ends with exactly one newline.
    """
    return f"Subject: {subject}\n\n{body.rstrip()}\n"
