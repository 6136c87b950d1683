"""Offers to plain TOML data and back.

Reading goes through plain dicts (from `tomllib`, which is fast); `offer_to_data` gives
the plain data to write, which `storage.toml_write` merges into the document that was
read. This module does not import tomlkit, so listing offers never pays for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from offertui.domain.offer import (
    CHOICES,
    LETTER_LANGUAGES,
    MEETING_FORMATS,
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
    Profile,
    Question,
    clean_text,
)
from offertui.domain.pay import PayModel


class FormatError(ValueError):
    """The file is TOML but does not hold an offer offertui can safely edit."""

    def __init__(self, reason: str, key: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.key = key


# --- reading ---------------------------------------------------------------------------


class _Reader:
    """Typed access to a mapping, naming the key path in every error."""

    def __init__(self, data: Mapping[str, Any], path: str = "") -> None:
        self.data = data
        self.path = path

    def _where(self, key: str) -> str:
        return f"{self.path}{key}"

    def _get(self, key: str, kind: type | tuple[type, ...], what: str) -> Any:
        value = self.data.get(key)
        if value is None:
            return None
        # bool is an int in Python; a count of `true` is never meant.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise FormatError(f"{self._where(key)} should be {what}, not true/false", key)
        if not isinstance(value, kind):
            raise FormatError(f"{self._where(key)} should be {what}", key)
        return value

    def text(self, key: str, default: str = "") -> str:
        value = self._get(key, str, "text")
        return clean_text(value) if value is not None else default

    def choice(self, key: str, allowed: Sequence[str], default: str) -> str:
        value = self.text(key, default)
        if value not in allowed:
            options = ", ".join(repr(a) for a in allowed if a)
            raise FormatError(f"{self._where(key)} is {value!r}; expected one of {options}", key)
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, bool, "true or false")
        return default if value is None else bool(value)

    def integer(self, key: str) -> int | None:
        value: int | None = self._get(key, int, "a whole number")
        if value is not None and value < 0:
            raise FormatError(f"{self._where(key)} should not be negative", key)
        return value

    def day(self, key: str) -> date | None:
        value: date | None = self._get(key, (date, datetime), "a date like 2026-12-01")
        if isinstance(value, datetime):
            return value.date()
        return value

    def moment(self, key: str) -> datetime | None:
        value = self._get(key, (datetime, date), "a date and time like 2026-12-01T14:00:00")
        if value is not None and not isinstance(value, datetime):
            return datetime(value.year, value.month, value.day)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, list, "a list of text")
        if value is None:
            return ()
        if not all(isinstance(v, str) for v in value):
            raise FormatError(f"{self._where(key)} should hold only text", key)
        return tuple(clean_text(v) for v in value)

    def table(self, key: str) -> _Reader:
        value = self._get(key, dict, "a table")
        return _Reader(value or {}, f"{self.path}{key}.")

    def tables(self, key: str) -> list[_Reader]:
        value = self._get(key, list, "an array of tables")
        if value is None:
            return []
        if not all(isinstance(v, dict) for v in value):
            raise FormatError(f"{self._where(key)} should be [[{self.path}{key}]] tables", key)
        return [_Reader(v, f"{self.path}{key}[{i + 1}].") for i, v in enumerate(value)]


def offer_from_data(offer_id: str, data: Mapping[str, Any]) -> Offer:
    """The offer held by parsed TOML `data`; `FormatError` says what is wrong if any."""
    version = data.get("schema_version")
    if version is None:
        raise FormatError("schema_version is missing", "schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError("schema_version should be a whole number", "schema_version")
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
            name=contact.text("name"), role=contact.text("role"), email=contact.text("email")
        ),
        letter=Letter(
            received=letter.flag("received"),
            date=letter.day("date"),
            language=letter.choice("language", LETTER_LANGUAGES, ""),
            text=letter.text("text"),
            missing=letter.texts("missing"),
        ),
        reply_deadline=top.day("reply_deadline"),
        annual_pay=top.integer("annual_pay"),
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
        ),
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


def profile_from_data(data: Mapping[str, Any]) -> Profile:
    """The profile held by parsed `profile.toml` data."""
    top = _Reader(data)
    return Profile(
        name_en=top.text("name_en"),
        name_ja=top.text("name_ja"),
        signature=top.text("signature"),
        email_lang=top.choice("email_lang", ("en", "ja"), "en"),
        theme=top.text("theme", "textual-dark") or "textual-dark",
        timestamp_notes=top.flag("timestamp_notes"),
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
        "contact": {
            "name": offer.contact.name,
            "role": _optional(offer.contact.role),
            "email": _optional(offer.contact.email),
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
            "other_offers": _optional(list(n.other_offers)),
        },
        "decision": {
            "choice": d.choice,
            "decided_at": d.decided_at,
            "reason": _optional(d.reason),
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


def profile_to_data(profile: Profile) -> dict[str, Plain]:
    return {
        "name_en": profile.name_en,
        "name_ja": profile.name_ja,
        "signature": profile.signature,
        "email_lang": profile.email_lang,
        "theme": profile.theme,
        "timestamp_notes": profile.timestamp_notes,
    }


_LINE_OF_ERROR = re.compile(r"\(at line (\d+), column \d+\)")


def error_line(message: str) -> int | None:
    """The line number `tomllib` names in a parse error, if any."""
    match = _LINE_OF_ERROR.search(message)
    return int(match.group(1)) if match else None


def line_of_key(text: str, key: str) -> int | None:
    """The first line of `text` that assigns `key`, to point a person at a bad value."""
    if not key:
        return None
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.MULTILINE)
    match = pattern.search(text)
    if match is None:
        pattern = re.compile(rf"^[ \t]*\[+[^\]]*\b{re.escape(key)}\b", re.MULTILINE)
        match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None
