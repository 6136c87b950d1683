"""The commands of the Glossary and Search."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command

# fmt: off
LOOKUP_DIALOGS: Final[tuple[Command, ...]] = (
    # --- the Glossary and Search: the arrows move through the results while typing ---
    Command(
        "next_term", "Next term", "The next term in the results", "Glossary",
        ("glossary", "search"), key="down", action="move(1)", palette=False,
        labels={"search": "Next match"},
    ),
    Command(
        "previous_term", "Previous term", "The previous term in the results", "Glossary",
        ("glossary", "search"), key="up", action="move(-1)", palette=False,
        labels={"search": "Previous match"},
    ),
)
# fmt: on
