"""A short, practical guide to the offer stage in Japan, shown inside the app.

``GUIDE`` is an ordered tuple of sections, read from ``data/guide.toml`` the first time it
is needed. Each one explains a single idea in a few short lines
and points to the screen where the user can act on it (``action_target``), with a button-style
``action_label`` describing what they will do there. An empty target means the section is
reading only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "GUIDE",
    "GUIDE_TARGETS",
    "GuideSection",
    "guide",
    "guide_section",
]

GUIDE_TARGETS: frozenset[str] = frozenset(
    {"prep", "meeting", "decision", "emails", "glossary", ""},
)
"""Screens a guide section may point to; the empty string means "no action"."""


@dataclass(frozen=True, slots=True)
class GuideSection:
    """One section of the in-app guide.

    ``body`` is plain text of a few short lines separated by newlines; bullet lines start with
    "• ". ``action_target`` is one of ``GUIDE_TARGETS`` and ``action_label`` says what the user
    does on that screen (both empty when the section has no action).
    """

    key: str
    title: str
    body: str
    action_label: str
    action_target: str

    @property
    def lines(self) -> tuple[str, ...]:
        """The body split into its display lines."""
        return tuple(self.body.splitlines())


GUIDE: tuple[GuideSection, ...]
"""The guide's sections in reading order: :func:`guide`, read on first use."""


def __getattr__(name: str) -> tuple[GuideSection, ...]:
    # GUIDE is read from its data file on first use, not when this module is imported
    # (PEP 562).
    if name == "GUIDE":
        return guide()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def guide() -> tuple[GuideSection, ...]:
    """The guide as ``data/guide.toml`` holds it.

    Raises ValueError if a section lacks a field or points to an unknown screen.
    """
    from offertui.domain.datafiles import read, text

    sections = []
    for index, entry in enumerate(read("guide.toml").get("sections", ()), 1):
        where = f"guide.toml, section {index}"
        lines = entry.get("lines")
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise ValueError(f"{where}: 'lines' should be a list of text")
        section = GuideSection(
            key=text(entry, "key", where),
            title=text(entry, "title", where),
            body="\n".join(lines),
            action_label=text(entry, "action_label", where),
            action_target=text(entry, "action_target", where),
        )
        if section.action_target not in GUIDE_TARGETS:
            raise ValueError(f"{where}: unknown action_target {section.action_target!r}")
        sections.append(section)
    return tuple(sections)


@cache
def _by_key() -> dict[str, GuideSection]:
    return {section.key: section for section in guide()}


def guide_section(key: str) -> GuideSection | None:
    """Return the guide section with this key, or ``None`` if there is none."""
    return _by_key().get(key)
