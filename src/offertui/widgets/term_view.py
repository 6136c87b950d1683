"""How a glossary term is shown: a one-line entry for lists, and the full entry."""

from __future__ import annotations

from textual.content import Content

from offertui.domain.glossary import Term


def term_prompt(term: Term) -> Content:
    """`基本給  base salary`: the word and its main English name, for a list."""
    english = term.english_names[0] if term.english_names else ""
    return Content.assemble((term.term, "bold"), "  ", (english, "$text-muted"))


def term_detail(term: Term) -> Content:
    """The whole entry: the word, its reading, its English names, meaning, what to check."""
    lines = [
        Content.styled(term.term, "bold $text-accent"),
        Content.assemble(term.kana, "  ·  ", (term.romaji, "italic")),
        Content.styled(term.english, "bold"),
        Content(""),
        Content.styled("Meaning", "bold $text-muted"),
        Content(term.meaning),
        Content(""),
        Content.styled("What to check or ask", "bold $text-muted"),
        Content(term.check),
    ]
    if term.aliases:
        lines += [
            Content(""),
            Content.assemble(("Also written ", "$text-muted"), "、".join(term.aliases)),
        ]
    return Content("\n").join(lines)
