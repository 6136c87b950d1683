"""The wording of the email drafts, read from ``data/emails.toml`` and checked as it is read.

A template is a subject and paragraphs of lines; a subject, a paragraph or a line may be
written only when some facts hold (:data:`CONDITIONS`), and lines hold blanks
(:data:`FIELDS`) that :mod:`offertui.domain.emails` fills in. The file also holds, for each
draft that quotes the candidate's reason, the patterns that set it into a sentence
(:mod:`offertui.domain.phrases`).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from offertui.domain.phrases import FORMS

__all__ = [
    "CONDITIONS",
    "FIELDS",
    "KINDS",
    "LANGS",
    "REASON_KINDS",
    "Line",
    "Template",
    "holds",
    "reason_patterns",
    "template",
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

LANGS: tuple[str, ...] = ("en", "ja")
"""Languages a draft can be written in."""

REASON_KINDS: tuple[str, ...] = ("negotiate", "accept", "decline")
"""The drafts that set the candidate's own reason into a sentence."""

CONDITIONS: frozenset[str] = frozenset(
    {
        "meeting_held",
        "meeting_planned",
        "reply_off_day",
        "answered",
        "answer_dated",
        "revised",
        "revised_pay",
        "revised_terms",
        "attachment",
        "visa",
    }
)
"""The facts a subject, paragraph or line may depend on (described in ``data/emails.toml``)."""

FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "company",
        "company_end",
        "position",
        "meeting",
        "reply_by",
        "reply_business_day",
        "offered_pay",
        "target_pay",
        "revised_pay",
        "revised_terms",
        "answer_date",
        "attachment",
        "reason",
    }
)
"""The blanks a template may hold as ``{field}``."""


@dataclass(frozen=True)
class Line:
    """A line of a template (or a subject), written when every condition in ``when``
    holds; a condition starting with ``!`` must not hold."""

    text: str
    when: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    """One draft's wording: subjects to choose from (the first that holds), paragraphs
    (each with its own conditions), and the closing words before the signature."""

    subject: tuple[Line, ...]
    body: tuple[tuple[tuple[str, ...], tuple[Line, ...]], ...]
    closing: str = ""


def holds(when: tuple[str, ...], facts: frozenset[str]) -> bool:
    """Whether every condition in ``when`` is met by the set of ``facts`` that hold."""
    return all((c[1:] not in facts) if c.startswith("!") else (c in facts) for c in when)


def _conditions(value: Any, where: str) -> tuple[str, ...]:
    when = (value,) if isinstance(value, str) else tuple(value or ())
    for condition in when:
        if not isinstance(condition, str) or condition.lstrip("!") not in CONDITIONS:
            raise ValueError(f"{where}: unknown condition {condition!r}")
    return when


def _line(value: Any, where: str) -> Line:
    if isinstance(value, str):
        line = Line(value)
    elif isinstance(value, dict) and isinstance(value.get("text"), str):
        line = Line(value["text"], _conditions(value.get("when"), where))
    else:
        raise ValueError(f"{where}: a line should be text or {{ when, text }}")
    for _, field, _, _ in string.Formatter().parse(line.text):
        if field is not None and field not in FIELDS:
            raise ValueError(f"{where}: unknown field {{{field}}}")
    return line


def _template(table: Any, where: str) -> Template:
    if not isinstance(table, dict):
        raise ValueError(f"{where} is missing")
    subjects = table.get("subject")
    subjects = [subjects] if isinstance(subjects, str) else list(subjects or ())
    if not subjects or _line(subjects[-1], where).when:
        raise ValueError(f"{where}: the last subject must have no condition")
    body = tuple(
        (
            _conditions(paragraph.get("when"), where),
            tuple(_line(line, where) for line in paragraph.get("lines", ())),
        )
        for paragraph in table.get("body", ())
    )
    return Template(
        subject=tuple(_line(s, where) for s in subjects),
        body=body,
        closing=str(table.get("closing", "")),
    )


@cache
def _read() -> tuple[
    Mapping[tuple[str, str], Template], Mapping[tuple[str, str], Mapping[str, str]]
]:
    from offertui.domain.datafiles import read

    data = read("emails.toml")
    templates = {
        (kind, lang): _template(data.get(kind, {}).get(lang), f"emails.toml [{kind}.{lang}]")
        for kind in KINDS
        for lang in LANGS
    }
    reasons: dict[tuple[str, str], Mapping[str, str]] = {}
    for kind in REASON_KINDS:
        for lang in LANGS:
            patterns = data.get("reasons", {}).get(kind, {}).get(lang, {})
            needed = [f for f in FORMS if f != "koto" or lang == "ja"]
            if any(not isinstance(patterns.get(f), str) for f in needed):
                raise ValueError(f"emails.toml [reasons.{kind}.{lang}] needs {needed}")
            reasons[kind, lang] = MappingProxyType(dict(patterns))
    return MappingProxyType(templates), MappingProxyType(reasons)


def template(kind: str, lang: str) -> Template:
    """The wording of the draft of ``kind`` in ``lang``.

    The file is read and checked on first use; raises ValueError for a missing draft, an
    unknown condition or field, or a reason pattern that lacks a form, and KeyError for
    an unknown kind or language.
    """
    return _read()[0][kind, lang]


def reason_patterns(kind: str, lang: str) -> Mapping[str, str]:
    """The patterns, by phrase form, that set the candidate's reason into a draft of
    ``kind`` (one of :data:`REASON_KINDS`) in ``lang``."""
    return _read()[1][kind, lang]
