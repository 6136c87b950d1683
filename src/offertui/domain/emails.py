"""Draft the polite emails a candidate sends during the offer stage, in English and Japanese.

The module is pure: it turns an :class:`EmailContext` (what the candidate knows so far) into a
:class:`RenderedEmail` (subject and body) for one of six situations, and can package a draft
as an ``.eml`` file. Anything the context does not know is written as a visible placeholder
such as ``[[your name]]`` or ``[[氏名]]`` so the candidate can see what is left to fill in.

Japanese drafts follow ordinary business-mail conventions: an addressee block (company, then
department and name with 様), お世話になっております, a self-introduction, keigo body, a formal
closing and the sender's name. The company is called 貴社 in the body.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate
from types import MappingProxyType

__all__ = [
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

KINDS: tuple[str, ...] = (
    "request-letter",
    "request-meeting",
    "need-time",
    "negotiate",
    "accept",
    "decline",
)
"""The situations a draft can be written for, in the order a candidate meets them."""

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

LANGS: tuple[str, ...] = ("en", "ja")
"""Languages a draft can be written in."""

LANG_LABELS: Mapping[str, str] = MappingProxyType({"en": "English", "ja": "日本語"})
"""Human labels for each language."""

PLACEHOLDERS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "contact_name": "[[recruiter's name]]",
                "name": "[[your name]]",
                "company": "[[company name]]",
                "position": "[[position]]",
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
addressee block when known.
"""

PLACEHOLDER_RE = re.compile(r"\[\[[^\[\]\n]*[^\[\]\s][^\[\]\n]*\]\]")
"""A placeholder: ``[[`` + non-blank text on one line without brackets + ``]]``.

Single brackets are ordinary text. In ``[[a [[b]] c]]`` only the innermost ``[[b]]`` counts,
and an unclosed ``[[a`` is not a placeholder.
"""


@dataclass(frozen=True)
class EmailContext:
    """Everything a draft may mention; every field is optional.

    Text fields use ``""`` for unknown; dates, amounts and ``visa_sponsored`` use ``None``.
    ``contact_role`` (e.g. 人事部) only appears in the Japanese addressee block.
    """

    company: str = ""
    contact_name: str = ""
    contact_role: str = ""
    position: str = ""
    meeting_date: date | None = None
    reply_by: date | None = None
    target_salary: int | None = None
    current_offer_salary: int | None = None
    negotiation_reasons: str = ""
    decline_reason: str = ""
    accept_reasons: str = ""
    name_en: str = ""
    name_ja: str = ""
    signature: str = ""
    visa_sponsored: bool | None = None


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


_SENTENCE_ENDS = (".", "!", "?", ":", ")", '"', "'", "。", "！", "？", "）", "」", "』")


def _sentence(text: str) -> str:
    """Finish a one-line free-text answer with a full stop if it lacks one.

    The stop follows the script of the text, not of the draft: a Japanese draft may quote a
    reason written in English (``… level.``) and vice versa (``…ため。``). Multi-line text is
    the candidate's own layout (e.g. a list) and is kept as written.
    """
    if "\n" in text or text.endswith(_SENTENCE_ENDS):
        return text
    return text + ("." if text[-1].isascii() else "。")


def _stop(text: str) -> str:
    """End an English sentence after ``text`` without doubling a final dot (``Acme K.K.``)."""
    return text if text.endswith(".") else text + "."


_HONORIFICS_EN = ("mr ", "mr. ", "ms ", "ms. ", "mrs ", "mrs. ", "dr ", "dr. ", "mx ", "mx. ")
_HONORIFIC_SUFFIXES = ("-san", " san", "様", "さん", "殿")


def _salute_en(contact: str) -> str:
    """Name the recruiter for an English greeting: ``Tanaka`` becomes ``Tanaka-san``.

    "-san" is the usual gender-neutral choice in English business mail in Japan. Names that
    already carry a title are kept; a name in Japanese script gets 様.
    """
    if contact.lower().startswith(_HONORIFICS_EN) or contact.endswith(_HONORIFIC_SUFFIXES):
        return contact
    return f"{contact}-san" if contact.isascii() else f"{contact}様"


def _salute_ja(contact: str) -> str:
    """Name the recruiter for a Japanese addressee line: ``田中`` becomes ``田中様``."""
    return contact if contact.endswith(("様", "さん", "殿")) else f"{contact}様"


# --------------------------------------------------------------------------- resolved fields


@dataclass(frozen=True)
class _Fields:
    """The context resolved for one language: known values formatted, unknowns as placeholders."""

    greeting: str
    name: str
    signoff: str
    company: str
    position: str
    meeting: str
    reply_by: str
    current: str
    target: str
    negotiation_reasons: str
    accept_reasons: str
    decline_reason: str
    visa: bool | None


def _resolve(lang: str, ctx: EmailContext) -> _Fields:
    """Format what ``ctx`` knows for ``lang`` and mark what it does not know."""
    marks = PLACEHOLDERS[lang]

    def text(value: str, key: str, *, sentence: bool = False) -> str:
        value = value.strip()
        if not value:
            return marks[key]
        return _sentence(value) if sentence else value

    def amount(value: int | None, key: str) -> str:
        if value is None:
            return marks[key]
        return _yen_en(value) if lang == "en" else _yen_ja(value)

    def day(value: date | None, key: str) -> str:
        if value is None:
            return marks.get(key, "")
        return _date_en(value) if lang == "en" else _date_ja(value)

    contact = ctx.contact_name.strip()
    if lang == "en":
        name = text(ctx.name_en, "name")
        greeting = f"Dear {_salute_en(contact) if contact else marks['contact_name']},"
        company = text(ctx.company, "company")
    else:
        name = text(ctx.name_ja, "name") if ctx.name_ja.strip() else text(ctx.name_en, "name")
        role = ctx.contact_role.strip()
        addressee = _salute_ja(contact) if contact else "採用ご担当者様"
        lines = [ctx.company.strip(), f"{role} {addressee}" if role else addressee]
        greeting = "\n".join(line for line in lines if line)
        company = "貴社"
    signature = ctx.signature.strip("\n")
    return _Fields(
        greeting=greeting,
        name=name,
        signoff=signature if signature.strip() else name,
        company=company,
        position=text(ctx.position, "position"),
        meeting=day(ctx.meeting_date, "meeting_date"),
        reply_by=day(ctx.reply_by, "reply_by"),
        current=amount(ctx.current_offer_salary, "current_offer_salary"),
        target=amount(ctx.target_salary, "target_salary"),
        negotiation_reasons=text(ctx.negotiation_reasons, "negotiation_reasons", sentence=True),
        accept_reasons=text(ctx.accept_reasons, "accept_reasons", sentence=True),
        decline_reason=text(ctx.decline_reason, "decline_reason", sentence=True),
        visa=ctx.visa_sponsored,
    )


def _join(*paragraphs: str) -> str:
    """Join paragraphs with a blank line between them."""
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------- English drafts


def _en_letter(f: _Fields) -> RenderedEmail:
    """English: ask for the written offer before the offer meeting."""
    meeting = f"the offer meeting on {f.meeting}" if f.meeting else "an offer meeting"
    return RenderedEmail(
        f"Request for the written offer before our meeting ({f.name})",
        _join(
            f.greeting,
            f"Thank you very much for the offer for the {f.position} position at {f.company}, "
            f"and for arranging {meeting}. I am looking forward to speaking with you.",
            "To make the most of our time together, may I ask whether you could share the "
            "written offer (the offer letter, or 労働条件通知書) before the meeting? Reading it "
            "in advance would let me prepare my questions, so that we can spend the meeting on "
            "the points that matter most.",
            "If it is not convenient to send it beforehand, that is perfectly fine, and I am "
            "happy to go through it on the day. Please also let me know if there is anything I "
            "should prepare on my side.",
            f"Best regards,\n{f.signoff}",
        ),
    )


def _en_meeting(f: _Fields) -> RenderedEmail:
    """English: ask for an offer meeting to go over the conditions."""
    return RenderedEmail(
        f"Request for an offer meeting ({f.name})",
        _join(
            f.greeting,
            f"Thank you very much for the offer for the {f.position} position at "
            f"{_stop(f.company)} I was delighted to receive it, and I am keen to move forward.",
            "Before I give you my answer, would it be possible to arrange an offer meeting? I "
            "would like to go over the conditions with you and ask a few questions about the "
            "role and the team.",
            "I am happy to fit around your schedule, in person or online. Please let me know a "
            "few times that would suit you.",
            "Thank you again, and I look forward to hearing from you.",
            f"Best regards,\n{f.signoff}",
        ),
    )


def _en_need_time(f: _Fields) -> RenderedEmail:
    """English: thank them for the meeting and say by when the answer will come."""
    when = f" on {f.meeting}" if f.meeting else ""
    return RenderedEmail(
        f"Thank you for the offer meeting ({f.name})",
        _join(
            f.greeting,
            f"Thank you for taking the time to meet me{when}, and for explaining the offer for "
            f"the {f.position} position so clearly.",
            f"I am genuinely interested in joining {_stop(f.company)} Because this is an important "
            "decision for my career, I would like to take a little time to think it through "
            "carefully.",
            f"I will give you my answer by {f.reply_by} at the latest. If you need to hear from "
            "me sooner, please let me know and I will do my best to accommodate.",
            "Thank you for your understanding.",
            f"Best regards,\n{f.signoff}",
        ),
    )


def _en_negotiate(f: _Fields) -> RenderedEmail:
    """English: open a friendly conversation about the salary."""
    if f.meeting:
        thanks = (
            f"Thank you again for the offer meeting on {f.meeting}, and for the offer for the "
            f"{f.position} position."
        )
    else:
        thanks = (
            f"Thank you again for the offer for the {f.position} position, and for the time "
            "you have given me throughout the process."
        )
    return RenderedEmail(
        f"A question about the offered compensation ({f.name})",
        _join(
            f.greeting,
            thanks,
            f"I remain very interested in joining {f.company}, and I would like to make this "
            "work. Before I give you my answer, I would like to talk with you about one point: "
            "the compensation.",
            f"The offer sets the annual salary at {f.current}. Would it be possible to consider "
            f"around {f.target}? My reasons are as follows:",
            f.negotiation_reasons,
            "I understand that many factors are involved on your side, so I would simply be "
            "grateful to know whether there is room to consider this. If it is easier to talk "
            "it over, I would be happy to arrange a short call.",
            "Thank you for your understanding. I look forward to continuing the conversation.",
            f"Best regards,\n{f.signoff}",
        ),
    )


def _en_accept(f: _Fields) -> RenderedEmail:
    """English: accept the offer, mention the signed form and ask about next steps."""
    when = f" on {f.meeting}" if f.meeting else ""
    steps = ["- Which documents you need from me, and by when"]
    if f.visa is True:
        steps.append("- The visa sponsorship process, and what I should prepare for it")
    elif f.visa is None:
        steps.append("- Whether any visa procedures are needed on my side")
    steps.append("- My start date, and what to expect on the first day")
    return RenderedEmail(
        f"Acceptance of the offer: {f.position} ({f.name})",
        _join(
            f.greeting,
            f"Thank you for taking the time to meet me{when}, and for answering my questions "
            "so carefully.",
            f"I am very pleased to accept your offer for the {f.position} position at "
            f"{_stop(f.company)} {f.accept_reasons}",
            "I have attached the signed acceptance form. Could you let me know the next steps? "
            "In particular:\n" + "\n".join(steps),
            "I am looking forward to joining the team and getting started.",
            f"Best regards,\n{f.signoff}",
        ),
    )


def _en_decline(f: _Fields) -> RenderedEmail:
    """English: decline gratefully and leave the door open."""
    return RenderedEmail(
        f"Regarding the offer for the {f.position} position ({f.name})",
        _join(
            f.greeting,
            f"Thank you very much for the offer for the {f.position} position at {f.company}, "
            "and for the time and care you have given me throughout the process.",
            f"After careful consideration, I have decided to decline the offer. {f.decline_reason}",
            "This was not an easy decision. Please pass on my thanks to everyone I met during "
            "the interviews; I enjoyed our conversations and appreciated the interest they "
            "showed in my work.",
            f"I wish {f.company} every success, and I hope our paths cross again.",
            f"Kind regards,\n{f.signoff}",
        ),
    )


# --------------------------------------------------------------------------- Japanese drafts


def _ja_body(f: _Fields, *paragraphs: str) -> str:
    """Wrap Japanese paragraphs in the addressee block, greeting, self-introduction and name."""
    opening = (
        "お世話になっております。\n"
        f"{f.position}のポジションで内定のご連絡をいただきました、{f.name}です。"
    )
    return _join(f.greeting, opening, *paragraphs, f.signoff)


def _ja_letter(f: _Fields) -> RenderedEmail:
    """Japanese: ask for the 労働条件通知書 before the offer meeting."""
    meeting = f"{f.meeting}のオファー面談" if f.meeting else "オファー面談"
    return RenderedEmail(
        f"労働条件通知書の事前共有のお願い（{f.name}）",
        _ja_body(
            f,
            "このたびは内定のご連絡をいただき、誠にありがとうございます。\n"
            "貴社から評価をいただけたことを、大変うれしく思っております。\n"
            f"また、{meeting}の日程をご調整いただき、重ねて御礼申し上げます。",
            "面談に向けて、ひとつご相談がございます。\n"
            "可能でしたら、面談の前に労働条件通知書（オファーレター）をお送りいただくことは"
            "できますでしょうか。\n"
            "事前に内容を拝見し、確認したい点を整理したうえで面談に臨みたいと考えております。",
            "ご都合もあるかと存じますので、難しいようでしたら、当日ご説明いただく形でも"
            "問題ございません。\n"
            "また、私のほうで準備すべきものがございましたら、お気軽にお申し付けください。",
            "お忙しいところ恐れ入りますが、何卒よろしくお願い申し上げます。",
        ),
    )


def _ja_meeting(f: _Fields) -> RenderedEmail:
    """Japanese: ask for an オファー面談 to go over the conditions."""
    return RenderedEmail(
        f"オファー面談のお願い（{f.name}）",
        _ja_body(
            f,
            "このたびは内定のご連絡をいただき、誠にありがとうございます。\n"
            "大変うれしく思っており、貴社への入社を前向きに検討しております。",
            "つきましては、正式にお返事をする前に、オファー面談の機会を設けていただくことは"
            "可能でしょうか。\n"
            "労働条件について確認させていただくとともに、業務内容やチームについても"
            "いくつか質問させていただきたく存じます。",
            "日程はご都合に合わせて調整いたします。\n"
            "対面・オンラインのいずれでも構いませんので、候補日をいくつかお知らせいただけますと"
            "幸いです。",
            "お忙しいところ恐縮ですが、ご検討のほど何卒よろしくお願い申し上げます。",
        ),
    )


def _ja_need_time(f: _Fields) -> RenderedEmail:
    """Japanese: thank them for the meeting and promise an answer by the deadline."""
    when = f.meeting or "先日"
    return RenderedEmail(
        f"オファー面談のお礼と今後について（{f.name}）",
        _ja_body(
            f,
            f"{when}はお忙しい中、オファー面談のお時間をいただき、誠にありがとうございました。\n"
            "業務内容や条件について丁寧にご説明いただき、貴社で働くイメージをより具体的に"
            "持つことができました。",
            "貴社への入社を前向きに検討しております。\n"
            "一方で、今後のキャリアを左右する大切な決断ですので、少しお時間をいただき、"
            "慎重に考えたいと存じます。",
            f"遅くとも{f.reply_by}までには、お返事いたします。\n"
            "それより早いお返事が必要な場合は、お知らせいただけますと幸いです。",
            "お待たせしてしまい恐縮ですが、何卒よろしくお願い申し上げます。",
        ),
    )


def _ja_negotiate(f: _Fields) -> RenderedEmail:
    """Japanese: ask, as a consultation, whether the salary could be reconsidered."""
    if f.meeting:
        thanks = f"{f.meeting}はオファー面談のお時間をいただき、誠にありがとうございました。"
    else:
        thanks = "このたびは内定のご連絡をいただき、誠にありがとうございます。"
    return RenderedEmail(
        f"ご提示条件についてのご相談（{f.name}）",
        _ja_body(
            f,
            thanks,
            "貴社への入社を前向きに考えております。\n"
            "そのうえで、大変恐縮ではございますが、年収について一点ご相談させていただきたく、"
            "ご連絡いたしました。",
            f"ご提示いただいた年収は{f.current}でしたが、{f.target}程度でご検討いただくことは"
            "難しいでしょうか。\n"
            "そのように考えた理由は、以下のとおりです。",
            f.negotiation_reasons,
            "貴社のご事情もあるかと存じますので、ご検討の余地があるかどうかだけでも"
            "お聞かせいただけますと幸いです。\n"
            "お電話やオンラインでお話しさせていただくことも可能です。",
            "引き続き前向きにお話を進めさせていただきたく存じますので、"
            "何卒よろしくお願い申し上げます。",
        ),
    )


def _ja_accept(f: _Fields) -> RenderedEmail:
    """Japanese: accept the offer, attach the 内定承諾書 and ask about next steps."""
    when = f.meeting or "先日"
    steps = ["・提出が必要な書類と、その期限"]
    if f.visa is True:
        steps.append("・就労ビザの手続きと、私のほうで準備すべき書類")
    elif f.visa is None:
        steps.append("・就労ビザに関して必要な手続きの有無")
    steps.append("・入社日と、入社当日までの流れ")
    return RenderedEmail(
        f"内定承諾のご連絡（{f.name}）",
        _ja_body(
            f,
            f"{when}はオファー面談のお時間をいただき、誠にありがとうございました。",
            "ご説明いただいた内容をもとに検討いたしました結果、貴社からの内定を謹んで"
            "お受けしたく、ご連絡いたしました。\n"
            f"{f.accept_reasons}",
            "署名済みの内定承諾書を本メールに添付いたしましたので、ご査収ください。",
            "今後の流れについて、以下の点をご教示いただけますと幸いです。\n" + "\n".join(steps),
            "貴社の一員として貢献できるよう、精一杯努めてまいります。\n"
            "今後ともご指導のほど、何卒よろしくお願い申し上げます。",
        ),
    )


def _ja_decline(f: _Fields) -> RenderedEmail:
    """Japanese: decline the offer politely and close with good wishes for the company."""
    return RenderedEmail(
        f"内定辞退のご連絡（{f.name}）",
        _ja_body(
            f,
            "このたびは内定のご連絡をいただき、誠にありがとうございました。",
            "大変恐縮ではございますが、慎重に検討を重ねた結果、今回は内定を辞退させていただきたく、"
            "ご連絡いたしました。\n"
            f"{f.decline_reason}\n"
            "高く評価していただいたにもかかわらず、このようなお返事となり、誠に申し訳ございません。",
            "選考を通じてお時間を割いてくださった面接官の皆様にも、心より御礼申し上げます。\n"
            "本来であれば直接お詫びすべきところ、メールでのご連絡となりますことをご容赦ください。",
            "末筆ではございますが、貴社の益々のご発展を心よりお祈り申し上げます。",
        ),
    )


_RENDERERS: Mapping[tuple[str, str], Callable[[_Fields], RenderedEmail]] = MappingProxyType(
    {
        ("request-letter", "en"): _en_letter,
        ("request-meeting", "en"): _en_meeting,
        ("need-time", "en"): _en_need_time,
        ("negotiate", "en"): _en_negotiate,
        ("accept", "en"): _en_accept,
        ("decline", "en"): _en_decline,
        ("request-letter", "ja"): _ja_letter,
        ("request-meeting", "ja"): _ja_meeting,
        ("need-time", "ja"): _ja_need_time,
        ("negotiate", "ja"): _ja_negotiate,
        ("accept", "ja"): _ja_accept,
        ("decline", "ja"): _ja_decline,
    }
)


def render(kind: str, lang: str, ctx: EmailContext) -> RenderedEmail:
    """Write the draft of ``kind`` (one of :data:`KINDS`) in ``lang`` (one of :data:`LANGS`).

    Raises ValueError for an unknown kind or language.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown email kind {kind!r}; expected one of: {', '.join(KINDS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown email language {lang!r}; expected one of: {', '.join(LANGS)}")
    return _RENDERERS[kind, lang](_resolve(lang, ctx))


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
