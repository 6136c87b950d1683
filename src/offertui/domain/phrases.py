"""The candidate's own words, set into a draft's sentence in either language.

A reason is typed however it comes to mind: a whole sentence, a clause 「〜ため」 or
"because …", a clause 「〜こと」, a bare noun phrase 「技術スタックと裁量の大きさ」, or a
few lines of bullets. :func:`form` tells which, and :func:`fit` sets the words into the
pattern the draft has for that form (the patterns are data, in ``data/emails.toml``), so
the result is always a complete sentence and never a fragment such as 「〜ため。」.

:func:`pick` chooses the words for a draft from a field's two versions (as typed, and in
Japanese), and marks English prose in a Japanese draft (or the reverse) as a visible
placeholder instead of pasting it in silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from offertui.domain.japanese import is_japanese

__all__ = ["FORMS", "attached", "fit", "form", "in_japanese", "pick"]

FORMS = ("sentence", "reason", "koto", "noun", "list")
"""The forms a phrase can take; English phrases are never "koto"."""

_JA_STOPS = ("。", "．", ".", "！", "？", "!", "?")
_JA_REASON = ("ため", "ので", "から")
# Polite sentence endings: a phrase ending so is a whole sentence missing its 。.
_JA_SENTENCE = (
    "です",
    "ます",
    "ました",
    "でした",
    "ません",
    "ございます",
    "おります",
    "おりました",
    "ください",
)
# Plain endings of a verb or adjective clause, which need こと to stand as a noun:
# 「技術スタックに惹かれた」 → 「技術スタックに惹かれたこと」.
_JA_CLAUSE = ("た", "だ", "る", "ない", "たい")

_EN_REASON = re.compile(
    r"(?i)^(because|since|as|given|considering|in light of|in view of|due to|owing to)\b"
)
# A finite verb or a subject pronoun marks an English phrase as a sentence.
_EN_SENTENCE = re.compile(
    r"(?i)(^(i|we|it|they|he|she|this|that|there)\b)"
    r"|\b(is|are|was|were|am|have|has|had|will|would|can|could|do|does|did|bring|offer|"
    r"offers|want|wants|believe|feel|think|matches|fits|gives|lets)\b|'(m|re|ve|ll|d)\b"
)
# First words of a sentence about an attachment rather than the attachment's name.
_EN_NOT_A_NAME = {"i", "i'm", "i've", "we", "please", "attached", "here", "this", "it"}
_EN_DETERMINERS = {"the", "a", "an", "my", "your", "its", "their", "this", "that", "our"}


def form(text: str) -> str:
    """Which of :data:`FORMS` the (stripped, non-empty) `text` is written in."""
    if "\n" in text.strip():
        return "list"
    text = text.strip()
    if is_japanese(text):
        # A stop does not make a sentence of a fragment: 「〜ため。」 is still a clause.
        text = text.rstrip("".join(_JA_STOPS))
        if text.endswith(_JA_REASON):
            return "reason"
        if text.endswith("こと"):
            return "koto"
        if text.endswith(_JA_SENTENCE):
            return "sentence"
        return "noun"
    if _EN_REASON.match(text):
        return "reason"
    # A sentence starts with a capital: "the scope I would have" is a noun phrase, "I
    # bring eight years of experience" a sentence.
    if text.endswith((".", "!", "?")) or (text[0].isupper() and _EN_SENTENCE.search(text)):
        return "sentence"
    return "noun"


def _phrase(text: str, shape: str) -> str:
    """The words as the pattern for `shape` takes them: a whole sentence ends with its
    stop, a phrase inside a sentence loses it, and an English phrase set mid-sentence
    loses a leading capital ("The team's …" → "the team's …")."""
    if shape == "list":
        return text.strip("\n")
    if shape == "sentence":
        if text.endswith((*_JA_STOPS, "」", "）", ")", '"')):
            return text
        return text + ("。" if is_japanese(text) else ".")
    text = text.rstrip("".join(_JA_STOPS))
    if is_japanese(text):
        return text
    first, _, rest = text.partition(" ")
    if first.lower() in _EN_DETERMINERS or _EN_REASON.match(first):
        return first.lower() + (" " + rest if rest else "")
    return text


def fit(text: str, patterns: Mapping[str, str]) -> str:
    """`text` set into the pattern for its form; `patterns` maps each form to a pattern
    with ``{text}`` in it. A Japanese こと-clause uses the "noun" pattern when the
    language has no "koto" one. Text with a [[placeholder]] is returned as it is."""
    text = text.strip()
    if text.startswith("[[") and text.endswith("]]"):
        return text
    shape = form(text)
    bare = text.rstrip("".join(_JA_STOPS))
    if shape == "noun" and is_japanese(text) and bare.endswith(_JA_CLAUSE):
        # A bare clause (「技術スタックに惹かれた」) becomes a noun with こと.
        text, shape = bare + "こと", "koto"
    if shape == "koto" and "koto" not in patterns:
        shape = "noun"
    return patterns[shape].replace("{text}", _phrase(text, shape))


def _flag(text: str, lang: str) -> str:
    """A placeholder that shows words written in the other language, so they are seen
    and rewritten rather than sent: ``[[日本語に直してください：I bring …]]``."""
    flat = " / ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    flat = flat.replace("[", "(").replace("]", ")")
    if lang == "ja":
        return f"[[日本語に直してください：{flat}]]"
    return f"[[rewrite in English: {flat}]]"


def pick(typed: str, japanese: str, lang: str, placeholder: str) -> str:
    """The words a draft in `lang` uses for a field with two versions: `typed` (as the
    candidate wrote it, in either language) and `japanese` (its Japanese version).

    A Japanese draft takes the Japanese version, else the typed one when it is Japanese;
    an English draft takes the typed one when it is English. Words found only in the
    other language come back as a visible placeholder holding them (:func:`_flag`);
    nothing at all gives `placeholder`.
    """
    typed, japanese = typed.strip(), japanese.strip()
    if lang == "ja":
        if japanese:
            return japanese if is_japanese(japanese) else _flag(japanese, "ja")
        if typed:
            return typed if is_japanese(typed) else _flag(typed, "ja")
        return placeholder
    if typed and not is_japanese(typed):
        return typed
    other = typed or japanese
    return _flag(other, "en") if other else placeholder


def in_japanese(text: str) -> str:
    """A field's Japanese version as the user typed it: empty, or Japanese.

    Raises ValueError with a message for the user when it is written in another
    language: the Japanese draft would only show it as a placeholder to rewrite.
    """
    text = text.strip()
    if text and not is_japanese(text):
        raise ValueError(
            "This one is for the Japanese email: write it in Japanese, or leave it empty "
            "(the field above takes either language)."
        )
    return text


def attached(text: str) -> str:
    """What the reply has attached, named as a noun phrase (「内定承諾書」, "the signed
    acceptance form"): the draft writes the sentence around it.

    Raises ValueError with a message for the user when it is a sentence or a clause.
    """
    text = " ".join(text.split()).rstrip("".join(_JA_STOPS))
    if not text:
        return text
    if is_japanese(text):
        sentence = form(text) != "noun" or text.endswith(("添付", "を"))
    else:
        first, *_rest = text.casefold().split()
        sentence = first in _EN_NOT_A_NAME or text.casefold().endswith(" attached")
    if sentence:
        raise ValueError(
            "Name only what is attached (the signed acceptance form, 内定承諾書); "
            "the email writes the sentence around it."
        )
    return text
