"""Offers to plain TOML data and back.

Reading goes through plain dicts (from `tomllib`, which is fast); `offer_to_data` gives
the plain data to write, which `storage.toml_write` merges into the document that was
read. This module does not import tomlkit, so listing offers never pays for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from offertui.domain.offer import (
    CHOICES,
    LETTER_LANGUAGES,
    MEETING_FORMATS,
    MEETING_LANGUAGES,
    NEGOTIATION_TIMINGS,
    QUESTION_STATUSES,
    SCHEMA_VERSION,
    STAGES,
    Attendee,
    Contact,
    Decision,
    EmailDraft,
    Fact,
    Letter,
    Meeting,
    Negotiation,
    Offer,
    Question,
    Revision,
)
from offertui.domain.pay import PayModel

# Re-exported: they live in a module light enough for the start-up path.
from offertui.storage.reader import FormatError as FormatError
from offertui.storage.reader import Reader as _Reader
from offertui.storage.reader import error_line as error_line
from offertui.storage.reader import line_of_key as line_of_key
from offertui.storage.reader import profile_from_data as profile_from_data
from offertui.storage.reader import profile_to_data as profile_to_data


def offer_from_data(offer_id: str, data: Mapping[str, Any]) -> Offer:
    """The offer held by parsed TOML `data`; `FormatError` says what is wrong if any."""
    version = data.get("schema_version")
    if version is None:
        raise FormatError("schema_version is missing", "schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError("schema_version should be a whole number", "schema_version")
    if version < 1:
        raise FormatError(
            f"schema_version is {version}; offertui writes schema {SCHEMA_VERSION}",
            "schema_version",
        )
    if version > SCHEMA_VERSION:
        raise FormatError(
            f"written by a newer offertui (schema {version}); this one reads schema "
            f"{SCHEMA_VERSION}",
            "schema_version",
        )
    top = _Reader(data)
    company = top.text("company")
    if not company.strip():
        raise FormatError("company is missing", "company")

    contact = top.table("contact")
    letter = top.table("letter")
    meeting = top.table("meeting")
    negotiation = top.table("negotiation")
    decision = top.table("decision")
    facts = top.table("facts")

    fact_list = []
    for key in facts.data:
        fact = facts.table(key)
        fact_list.append(
            Fact(
                key=key,
                value=fact.text("value"),
                source=fact.text("source"),
                confirmed=fact.flag("confirmed"),
            )
        )

    questions = []
    seen_ids: set[str] = set()
    for index, q in enumerate(top.tables("questions")):
        qid = q.text("id") or f"q{index + 1}"
        while qid in seen_ids:
            qid += "+"
        seen_ids.add(qid)
        questions.append(
            Question(
                id=qid,
                topic=q.text("topic", "other") or "other",
                text=q.text("text"),
                follow_up=q.text("follow_up"),
                must_ask=q.flag("must_ask"),
                status=q.choice("status", QUESTION_STATUSES, "open"),
                answer=q.text("answer"),
                default=q.text("default"),
                text_ja=q.text("text_ja"),
                follow_up_ja=q.text("follow_up_ja"),
            )
        )

    try:
        pay = PayModel.from_dict(top.table("pay").data)
    except ValueError as error:
        raise FormatError(f"pay: {error}", "pay") from None

    pressure = meeting._get("pressure", list, "a list of times") or []
    if not all(isinstance(p, datetime) for p in pressure):
        raise FormatError("meeting.pressure should hold only date-times", "pressure")

    return Offer(
        id=offer_id,
        company=company,
        position=top.text("position"),
        stage=top.choice("stage", STAGES, "prep"),
        contact=Contact(
            name=contact.text("name"),
            role=contact.text("role"),
            email=contact.text("email"),
            name_en=contact.text("name_en"),
        ),
        letter=Letter(
            received=letter.flag("received"),
            date=letter.day("date"),
            language=letter.choice("language", LETTER_LANGUAGES, ""),
            text=letter.text("text"),
            missing=letter.texts("missing"),
        ),
        reply_deadline=top.day("reply_deadline"),
        # The annual pay is kept in one place; files from before kept the letter's stated
        # total in [pay] as well, and that is where it comes from when it is the only one.
        annual_pay=top.integer("annual_pay") if "annual_pay" in data else _legacy_total(data),
        pay=pay,
        meeting=Meeting(
            scheduled=meeting.moment("scheduled"),
            format=meeting.choice("format", MEETING_FORMATS, ""),
            started_at=meeting.moment("started_at"),
            ended_at=meeting.moment("ended_at"),
            notes=meeting.text("notes"),
            attendees=tuple(
                Attendee(name=a.text("name"), role=a.text("role"))
                for a in meeting.tables("attendees")
            ),
            pressure=tuple(pressure),
            link=meeting.text("link"),
            place=meeting.text("place"),
            language=meeting.choice("language", MEETING_LANGUAGES, ""),
        ),
        facts=tuple(fact_list),
        questions=tuple(questions),
        doubts=top.table("prep").texts("doubts"),
        negotiation=Negotiation(
            target=negotiation.integer("target"),
            floor=negotiation.integer("floor"),
            timing=negotiation.choice("timing", NEGOTIATION_TIMINGS, ""),
            reasons=negotiation.text("reasons"),
            other_offers=negotiation.texts("other_offers"),
            reasons_ja=negotiation.text("reasons_ja"),
        ),
        revisions=tuple(
            Revision(
                date=r.day("date"),
                annual_pay=r.integer("annual_pay"),
                terms=r.text("terms"),
                note=r.text("note"),
            )
            for r in top.tables("revisions")
        ),
        visa_support=top._get("visa_support", bool, "true or false"),
        decision=Decision(
            choice=decision.choice("choice", CHOICES, "undecided"),
            decided_at=decision.moment("decided_at"),
            pros=decision.texts("pros"),
            cons=decision.texts("cons"),
            own_flags=decision.texts("own_flags"),
            next_steps=tuple(
                (s.text("text"), s.flag("done")) for s in decision.tables("next_steps")
            ),
            reason=decision.text("reason"),
            reason_ja=decision.text("reason_ja"),
            attachment=decision.text("attachment"),
            attachment_ja=decision.text("attachment_ja"),
        ),
        emails=tuple(
            EmailDraft(
                kind=e.text("kind"),
                lang=e.choice("lang", ("en", "ja"), "en"),
                subject=e.text("subject"),
                body=e.text("body"),
                sent=e.day("sent"),
            )
            for e in top.tables("emails")
        ),
    )


# --- writing ---------------------------------------------------------------------------

Plain = str | int | bool | date | datetime | list[Any] | dict[str, Any] | None


def _optional(value: Any) -> Any:
    """Drop empty values, so a file holds only what the user has written."""
    if value in ("", (), [], {}):
        return None
    return value


def offer_to_data(offer: Offer) -> dict[str, Plain]:
    """The offer as plain TOML-ready data, in the order a person reads the file."""
    m = offer.meeting
    n = offer.negotiation
    d = offer.decision
    return {
        "schema_version": SCHEMA_VERSION,
        "company": offer.company,
        "position": offer.position,
        "stage": offer.stage,
        "reply_deadline": offer.reply_deadline,
        "annual_pay": offer.annual_pay,
        "visa_support": offer.visa_support,
        "contact": {
            "name": offer.contact.name,
            "role": _optional(offer.contact.role),
            "email": _optional(offer.contact.email),
            "name_en": _optional(offer.contact.name_en),
        },
        "letter": {
            "received": offer.letter.received,
            "date": offer.letter.date,
            "language": _optional(offer.letter.language),
            "text": _optional(offer.letter.text),
            "missing": _optional(list(offer.letter.missing)) if offer.letter.text else None,
        },
        # Every pay key is named, so a value the user cleared is removed from the file.
        "pay": (
            {f.name: None for f in fields(PayModel)} | dict(offer.pay.to_dict())
            if offer.pay != PayModel()
            else None
        ),
        "meeting": {
            "scheduled": m.scheduled,
            "format": _optional(m.format),
            "started_at": m.started_at,
            "ended_at": m.ended_at,
            "pressure": _optional(list(m.pressure)),
            "link": _optional(m.link),
            "place": _optional(m.place),
            "language": _optional(m.language),
            "notes": m.notes,
            "attendees": [{"name": a.name, "role": a.role} for a in m.attendees] or None,
        },
        "facts": {
            f.key: {"value": f.value, "source": f.source, "confirmed": f.confirmed}
            for f in offer.facts
        }
        or None,
        "prep": {"doubts": _optional(list(offer.doubts))},
        "negotiation": {
            "target": n.target,
            "floor": n.floor,
            "timing": _optional(n.timing),
            "reasons": _optional(n.reasons),
            "reasons_ja": _optional(n.reasons_ja),
            "other_offers": _optional(list(n.other_offers)),
        },
        "revisions": [
            {
                "date": r.date,
                "annual_pay": r.annual_pay,
                "terms": _optional(r.terms),
                "note": _optional(r.note),
            }
            for r in offer.revisions
        ]
        or None,
        "decision": {
            "choice": d.choice,
            "decided_at": d.decided_at,
            "reason": _optional(d.reason),
            "reason_ja": _optional(d.reason_ja),
            "attachment": _optional(d.attachment),
            "attachment_ja": _optional(d.attachment_ja),
            "pros": _optional(list(d.pros)),
            "cons": _optional(list(d.cons)),
            "own_flags": _optional(list(d.own_flags)),
            "next_steps": [{"text": t, "done": done} for t, done in d.next_steps] or None,
        },
        "questions": [
            {
                "id": q.id,
                "topic": q.topic,
                "text": q.text,
                "follow_up": _optional(q.follow_up),
                "must_ask": q.must_ask,
                "status": q.status,
                "answer": q.answer,
                "default": _optional(q.default),
                "text_ja": _optional(q.text_ja),
                "follow_up_ja": _optional(q.follow_up_ja),
            }
            for q in offer.questions
        ],
        "emails": [
            {
                "kind": e.kind,
                "lang": e.lang,
                "subject": e.subject,
                "body": e.body,
                "sent": e.sent,
            }
            for e in offer.emails
        ],
    }


def _legacy_total(data: Mapping[str, Any]) -> int | None:
    """`pay.stated_annual_total` of an older file, read as the offer's annual pay."""
    pay = data.get("pay")
    value = pay.get("stated_annual_total") if isinstance(pay, Mapping) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
