"""A glossary of the Japanese words a candidate meets in an offer and a contract.

Each :class:`Term` gives the word, its reading in kana and romaji, short English
names, a plain-English meaning and what to check or ask. The terms themselves are
data, in ``data/glossary.toml``, read the first time they are needed. :func:`search`
finds terms however the user types them (Japanese, kana, romaji with or without long
vowels, English), and :func:`terms_in_text` lists the terms found in a letter.

The glossary is information, not legal advice; figures are those in force when
written (rates and limits do change).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

__all__ = ["GLOSSARY", "Term", "glossary", "search", "terms_in_text"]


@dataclass(frozen=True)
class Term:
    """One glossary entry.

    - ``term``: the word as written in Japanese documents.
    - ``kana``: its reading in hiragana.
    - ``romaji``: Hepburn romanisation with macrons (``kihonkyū``).
    - ``english``: one or more English names separated by `` / ``; the first is
      the main one.
    - ``meaning``: what it is, in one or two plain sentences.
    - ``check``: what to check in the letter or ask the company.
    - ``aliases``: other spellings found in letters (e.g. ``年休`` for
      ``年次有給休暇``), used for search and for finding the term in a text.
    """

    term: str
    kana: str
    romaji: str
    english: str
    meaning: str
    check: str
    aliases: tuple[str, ...] = ()

    @property
    def english_names(self) -> tuple[str, ...]:
        """The English names as separate strings."""
        return tuple(name.strip() for name in self.english.split(" / ") if name.strip())


GLOSSARY: tuple[Term, ...]
"""Every term, in the order a candidate meets them: :func:`glossary`, read on first use."""


def __getattr__(name: str) -> tuple[Term, ...]:
    # GLOSSARY is read from its data file on first use, not when this module is
    # imported (PEP 562).
    if name == "GLOSSARY":
        return glossary()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def glossary() -> tuple[Term, ...]:
    """The glossary as ``data/glossary.toml`` holds it, in its order.

    Raises ValueError if an entry lacks a field.
    """
    from offertui.domain.datafiles import read, text

    terms = []
    for index, entry in enumerate(read("glossary.toml").get("terms", ()), 1):
        where = f"glossary.toml, term {index}"
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{where}: 'aliases' should be a list of text")
        terms.append(
            Term(
                term=text(entry, "term", where),
                kana=text(entry, "kana", where),
                romaji=text(entry, "romaji", where),
                english=text(entry, "english", where),
                meaning=text(entry, "meaning", where),
                check=text(entry, "check", where),
                aliases=tuple(aliases),
            )
        )
    return tuple(terms)


# --- Matching helpers ------------------------------------------------------------

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
# Long-vowel spellings folded to one vowel so kyū, kyuu and kyu all match, and
# m before b/p/m (nempō) folded to n (nenpō).
_LONG_VOWELS = re.compile(r"([aeiou])\1+|ou")
_M_BEFORE_LABIAL = re.compile(r"m(?=[bpm])")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _to_hiragana(text: str) -> str:
    return _nfkc(text).translate(_KATAKANA_TO_HIRAGANA).replace("・", "").replace(" ", "")


def _fold_romaji(text: str) -> str:
    """Lower-case ASCII letters and digits only, with long vowels and n/m folded."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    ascii_only = "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
    folded = _LONG_VOWELS.sub(lambda m: "o" if m.group(0) == "ou" else m.group(1), ascii_only)
    folded = _M_BEFORE_LABIAL.sub("n", folded)
    return folded.replace("nn", "n")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _nfkc(text))


def _rank(term: Term, query: str) -> int | None:
    """0 exact, 1 prefix, 2 contained, 3 words found in the explanation; None: no match."""
    plain = _nfkc(query).replace(" ", "").replace("・", "")
    kana = _to_hiragana(query)
    folded = _fold_romaji(query)
    english = " ".join(_words(query))

    japanese = [_nfkc(t).replace("・", "") for t in (term.term, *term.aliases)]
    kana_forms = [_to_hiragana(term.kana), *(_to_hiragana(t) for t in (term.term, *term.aliases))]
    romaji = _fold_romaji(term.romaji)
    english_names = [" ".join(_words(name)) for name in term.english_names]

    exact = (
        (plain and plain in japanese)
        or (kana and kana in kana_forms)
        or (folded and folded == romaji)
        or (english and english in english_names)
    )
    if exact:
        return 0
    prefix = (
        (plain and any(j.startswith(plain) for j in japanese))
        or (kana and any(k.startswith(kana) for k in kana_forms))
        or (folded and romaji.startswith(folded))
        or (english and any(name.startswith(english) for name in english_names))
    )
    if prefix:
        return 1
    contained = (
        (plain and any(plain in j for j in japanese))
        or (kana and any(kana in k for k in kana_forms))
        or (len(folded) >= 3 and folded in romaji)
        or (english and any(english in name for name in english_names))
    )
    if contained:
        return 2
    query_words = [w for w in _words(query) if len(w) >= 3]
    if query_words:
        text_words = set(_words(term.meaning + " " + term.check))
        if all(any(tw.startswith(w) for tw in text_words) for w in query_words):
            return 3
    return None


def search(query: str) -> list[Term]:
    """Glossary terms matching ``query``, best matches first.

    Matches the Japanese term and its aliases, the kana reading (hiragana or
    katakana), the romaji (case, spaces, macrons and long-vowel spelling ignored,
    so ``kihonkyu``, ``kihonkyuu`` and ``kihon kyū`` all find 基本給) and the
    English names; failing those, English words in the explanation. Exact matches
    rank first, then prefix matches, then the rest; ties keep glossary order. An
    empty query returns the whole glossary in its order.
    """
    if not query.strip():
        return list(glossary())
    ranked: list[tuple[int, int, Term]] = []
    for index, term in enumerate(glossary()):
        rank = _rank(term, query.strip())
        if rank is not None:
            ranked.append((rank, index, term))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [term for _, _, term in ranked]


def _english_pattern(name: str) -> re.Pattern[str]:
    words = _words(name)
    # Whole words separated by spaces or hyphens; a plural ending is allowed.
    return re.compile(r"\b" + r"[\s\-]+".join(map(re.escape, words)) + r"(?:s|es)?\b")


@cache
def _english_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    return {
        term.term: tuple(_english_pattern(name) for name in term.english_names if _words(name))
        for term in glossary()
    }


def terms_in_text(text: str) -> list[Term]:
    """Glossary terms that appear in a letter, in glossary order.

    Japanese terms and aliases are matched after NFKC normalisation (so full-width
    ``３６協定`` counts); English names as whole words, ignoring case.
    """
    normalized = _nfkc(text)
    found: list[Term] = []
    patterns = _english_patterns()
    for term in glossary():
        japanese = (term.term, *term.aliases)
        if any(_nfkc(form) in normalized for form in japanese) or any(
            pattern.search(normalized) for pattern in patterns[term.term]
        ):
            found.append(term)
    return found
