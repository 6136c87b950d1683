"""Finding text across offers: the notes, answers, questions, doubts, letter and drafts.

Matching ignores case and character width: the text and the query are both compared in
NFKC form, case-folded, so "ＯＶＥＲＴＩＭＥ" finds "overtime", half-width "ｻﾞﾝｷﾞｮｳ" finds
"ザンギョウ", and "①" finds "1". That form is used to match only: each match is a span of
the text as it was typed, which the screen then selects, and what is shown is never
normalised.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from offertui.domain.offer import Offer

__all__ = [
    "MAX_MATCHES",
    "Match",
    "Place",
    "excerpt",
    "find_spans",
    "fold",
    "line_col",
    "search",
    "search_offer",
]

#: At most this many matches are returned, so a one-letter query stays quick to show.
MAX_MATCHES: Final = 500

# Characters that belong to the one before them: combining marks and the half-width
# sound marks (ﾞ ﾟ), which NFKC joins with the kana before them.
_JOINERS: Final = frozenset("\uff9e\uff9f\u3099\u309a")


@dataclass(frozen=True)
class Place:
    """Where a text lives: the screen that shows it, the field, and which item."""

    screen: str  # "overview" | "prep" | "meeting" | "decision" | "emails" | "letter"
    field: str  # e.g. "notes", "answer", "question", "doubt", "letter", "email_body"
    key: str = ""  # the question id, the doubt's index, "kind:lang" of a draft, ...


@dataclass(frozen=True)
class Match:
    """One place in one offer where the query was found."""

    offer_id: str
    company: str
    place: Place
    label: str  # what the field is, for a list: "Meeting notes", "Answer"
    text: str  # the whole text of the field, as typed
    start: int  # the match in `text`: text[start:end]
    end: int

    @property
    def found(self) -> str:
        return self.text[self.start : self.end]


def _fold_piece(piece: str) -> str:
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", piece).casefold())


def fold(text: str) -> str:
    """`text` in the form used for matching: NFKC, case-folded."""
    return _fold_piece(text)


def _folded_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text, and for each of its characters the start and end in `text` of
    the characters it came from (a base character with its combining marks)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index, size = 0, len(text)
    while index < size:
        stop = index + 1
        while stop < size and (text[stop] in _JOINERS or unicodedata.combining(text[stop])):
            stop += 1
        piece = _fold_piece(text[index:stop])
        pieces.append(piece)
        starts.extend([index] * len(piece))
        ends.extend([stop] * len(piece))
        index = stop
    return "".join(pieces), starts, ends


def _find(haystack: str, needle: str) -> Iterator[int]:
    at = haystack.find(needle)
    while at != -1:
        yield at
        at = haystack.find(needle, at + len(needle))


def find_spans(text: str, query: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Every match of `query` in `text` (the first `limit` if given), as (start, end)
    spans of `text` as typed."""
    needle = fold(query.strip())
    if not needle or not text:
        return []
    if text.isascii() and needle.isascii():
        # ASCII folds one character to one: the spans are those of the folded text.
        found = _find(text.casefold(), needle)
        return [(at, at + len(needle)) for at in itertools.islice(found, limit)]
    spans: list[tuple[int, int]] = []
    offset = 0
    # Line by line (no match crosses a line end), mapping offsets only in the lines that
    # hold a match: a megabyte of notes is folded at C speed, not character by character.
    for line in text.split("\n"):
        if needle in fold(line):
            haystack, starts, ends = _folded_with_map(line)
            for at in _find(haystack, needle):
                spans.append((offset + starts[at], offset + ends[at + len(needle) - 1]))
                if limit is not None and len(spans) >= limit:
                    return spans
        offset += len(line) + 1
    return spans


def _fields(offer: Offer) -> Iterator[tuple[Place, str, str]]:
    """Every searchable text of `offer`, with its place and label, in screen order."""
    meeting = offer.meeting
    yield Place("overview", "company"), "Company", offer.company
    yield Place("overview", "position"), "Position", offer.position
    yield Place("overview", "contact"), "Contact", offer.contact.name
    yield Place("overview", "place"), "Meeting place", meeting.place
    yield Place("overview", "link"), "Meeting link", meeting.link
    for fact in offer.facts:
        yield Place("prep", "fact", fact.key), f"Fact: {fact.key}", fact.value
    for question in offer.questions:
        for field, label, text in (
            ("question", "Question", question.text),
            ("question_ja", "Question (日本語)", question.text_ja),
            ("follow_up", "Follow-up", question.follow_up),
            ("follow_up_ja", "Follow-up (日本語)", question.follow_up_ja),
        ):
            yield Place("prep", field, question.id), label, text
    for index, doubt in enumerate(offer.doubts):
        yield Place("prep", "doubt", str(index)), "What feels off", doubt
    yield Place("prep", "reasons"), "Negotiation reasons", offer.negotiation.reasons
    yield Place("prep", "reasons_ja"), "Negotiation reasons (日本語)", offer.negotiation.reasons_ja
    yield Place("meeting", "notes"), "Meeting notes", meeting.notes
    for question in offer.questions:
        yield Place("meeting", "answer", question.id), "Answer", question.answer
    decision = offer.decision
    for field, label, items in (
        ("pro", "Pro", decision.pros),
        ("con", "Con", decision.cons),
        ("own_flag", "Red flag", decision.own_flags),
        ("next_step", "Next step", tuple(text for text, _done in decision.next_steps)),
    ):
        for index, item in enumerate(items):
            yield Place("decision", field, str(index)), label, item
    yield Place("decision", "reason"), "Reason", decision.reason
    yield Place("decision", "reason_ja"), "Reason (日本語)", decision.reason_ja
    for index, revision in enumerate(offer.revisions):
        key = str(index)
        yield Place("decision", "revision_terms", key), "Revised terms", revision.terms
        yield Place("decision", "revision_note", key), "Note on a revision", revision.note
    for draft in offer.emails:
        key = f"{draft.kind}:{draft.lang}"
        yield Place("emails", "email_subject", key), "Email subject", draft.subject
        yield Place("emails", "email_body", key), "Email", draft.body
    yield Place("letter", "letter"), "Offer letter", offer.letter.text


def search_offer(offer: Offer, query: str, limit: int = MAX_MATCHES) -> list[Match]:
    """The matches of `query` in `offer`, field by field in screen order."""
    matches: list[Match] = []
    for place, label, text in _fields(offer):
        for start, end in find_spans(text, query, limit - len(matches)):
            matches.append(Match(offer.id, offer.company, place, label, text, start, end))
            if len(matches) >= limit:
                return matches
    return matches


def search(offers: Iterable[Offer], query: str, limit: int = MAX_MATCHES) -> list[Match]:
    """The matches of `query` across `offers`, offer by offer, at most `limit`."""
    matches: list[Match] = []
    for offer in offers:
        matches += search_offer(offer, query, limit - len(matches))
        if len(matches) >= limit:
            break
    return matches


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The (line, column) of `offset` in `text`, both from 0, as a text area counts."""
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return line, column


def excerpt(match: Match, width: int = 60) -> tuple[str, str, str]:
    """The match in its line, cut to about `width` characters around it: the text
    before, the match itself and the text after, each on one line."""
    text = match.text
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.end)
    if line_end == -1:
        line_end = len(text)
    hit = text[match.start : match.end]
    room = max(width - len(hit), 10)
    before, after = text[line_start : match.start], text[match.end : line_end]
    # The text before gets a third of the room, or more when the text after is short.
    keep_before = max(room - len(after), room // 3)
    if len(before) > keep_before:
        before = "…" + before[len(before) - max(keep_before - 1, 0) :]
    keep_after = max(room - len(before), 1)
    if len(after) > keep_after:
        after = after[: keep_after - 1] + "…"
    return before, hit, after
