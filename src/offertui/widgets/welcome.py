"""What the Offers home shows while there is no offer: how to add one, and what
offertui then does, naming the user's own keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from textual.widgets import Static

__all__ = ["Welcome"]

_TEXT: Final = """\
[b]No offers yet.[/b]

Passed the final interview? Press [b]{new_offer}[/b] and type the company and position.
offertui then walks you through the offer stage:

  [b]Prep[/b]      what you know, what you will ask, how you will negotiate
  [b]Meeting[/b]   live notes during the offer meeting (オファー面談)
  [b]Decision[/b]  red flags, pros and cons, your choice
  [b]Emails[/b]    polite drafts in English and Japanese

New to offer meetings? Open the [b]Guide[/b] ({guide}), or press
[b]{glossary}[/b] for the glossary of Japanese contract terms. [b]{profile}[/b] sets your name
for emails, [b]{help}[/b] lists the keys, and [b]{palette}[/b] finds any command.
"""

#: The commands the welcome names, by id.
_NAMED: Final = ("new_offer", "guide", "glossary", "profile", "help", "palette")


class Welcome(Static):
    """The empty state: `how_to(command)` says how the user runs each command named."""

    def __init__(self, how_to: Callable[[str], str], *, id: str | None = None) -> None:
        super().__init__(_TEXT.format(**{name: how_to(name) for name in _NAMED}), id=id)
