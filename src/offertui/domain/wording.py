"""A question in the language of the meeting, and the user's words put in one language.

A question keeps its English (or only) form in ``text`` / ``follow_up`` and its Japanese
form in ``text_ja`` / ``follow_up_ja``. A question the user wrote in Japanese alone has it
in ``text`` (so a file edited by hand, or by another tool, reads as expected) and nothing
in ``text_ja``. A built-in question saved without its Japanese takes the bank's, but only
while its English is still the bank's own: a question the user has reworded would
otherwise be shown in Japanese saying something else. Nothing is written back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from offertui.domain.japanese import is_japanese
from offertui.domain.offer import Question
from offertui.domain.question_bank import default_question

__all__ = ["LANGS", "Wording", "other_lang", "with_words", "wording", "words_in"]

#: The languages a question can be asked in.
LANGS: Final = ("en", "ja")
LANG_NAMES: Final = {"en": "English", "ja": "日本語"}


@dataclass(frozen=True, slots=True)
class Wording:
    """A question as it reads in one language.

    ``lang`` is the language the words are in; when it differs from the language asked
    for, the question has no form in that one yet and the screen says so.
    ``follow_up`` may be empty: the user's own questions need not have one.
    """

    text: str
    follow_up: str
    lang: str


def other_lang(lang: str) -> str:
    return "en" if lang == "ja" else "ja"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _japanese_only(question: Question) -> bool:
    return not question.text_ja and is_japanese(question.text)


def words_in(question: Question, lang: str) -> tuple[str, str]:
    """The question and its follow-up in ``lang`` (``"en"`` or ``"ja"``), each empty
    where the question has none in that language."""
    if _japanese_only(question):
        return ("", "") if lang != "ja" else (question.text, question.follow_up)
    if lang != "ja":
        return question.text, question.follow_up
    text, follow_up = question.text_ja, question.follow_up_ja
    bank = default_question(question.default) if question.default else None
    if bank is not None:
        if not text and _same(question.text, bank.text):
            text = bank.text_ja
        if not follow_up and _same(question.follow_up, bank.follow_up):
            follow_up = bank.follow_up_ja
    return text, follow_up


def wording(question: Question, lang: str) -> Wording:
    """``question`` in ``lang``, or in the other language if that is all it has."""
    text, follow_up = words_in(question, lang)
    if text:
        return Wording(text, follow_up, "ja" if lang == "ja" else "en")
    other = other_lang(lang)
    text, follow_up = words_in(question, other)
    return Wording(text, follow_up, other)


def with_words(
    question: Question, lang: str, *, text: str | None = None, follow_up: str | None = None
) -> Question:
    """``question`` with its ``text`` or ``follow_up`` in ``lang`` replaced.

    Giving English to a question written in Japanese alone moves the Japanese to its
    Japanese fields first. Raises ValueError for a follow-up in English before the
    English question: the follow-up would otherwise stand in for the Japanese one.
    """
    changes: dict[str, str] = {}
    keys = ("text", "follow_up")
    if lang == "ja":
        if not _japanese_only(question):
            keys = ("text_ja", "follow_up_ja")
    else:
        if _japanese_only(question):
            if text is None:
                raise ValueError("Write the question in English first, then its follow-up.")
            changes = {
                "text_ja": question.text,
                "follow_up_ja": question.follow_up,
                "follow_up": "",
            }
    if text is not None:
        changes[keys[0]] = text
    if follow_up is not None:
        changes[keys[1]] = follow_up
    return replace(
        question,
        text=changes.get("text", question.text),
        follow_up=changes.get("follow_up", question.follow_up),
        text_ja=changes.get("text_ja", question.text_ja),
        follow_up_ja=changes.get("follow_up_ja", question.follow_up_ja),
    )
