"""What feels off about an offer, one doubt a line, each marked once it became a question."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from offertui.commands import bindings
from offertui.domain.offer import Offer
from offertui.domain.prep import doubt_has_question
from offertui.domain.terminal_text import visible


class DoubtList(OptionList):
    """The offer's doubts; delete asks for the highlighted one to go."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("doubt_list"))

    @dataclass
    class DeleteAsked(Message):
        """Delete the highlighted doubt (the screen asks first)."""

    def action_delete(self) -> None:
        self.post_message(self.DeleteAsked())

    def show_offer(self, offer: Offer, select: int | None = None) -> None:
        """Fill the list from `offer`, highlighting the doubt at `select` (or the same row)."""
        keep = self.highlighted if select is None else select
        options = []
        for doubt in offer.doubts:
            if doubt_has_question(offer, doubt):
                line = Content.assemble(
                    ("✓ ", "$text-success"),
                    visible(doubt, keep=""),
                    ("  (in Questions)", "$foreground-muted"),
                )
            else:
                line = Content.assemble(("? ", "bold $text-warning"), visible(doubt, keep=""))
            options.append(Option(line))
        self.set_options(options)
        if options:
            self.highlighted = min(keep or 0, len(options) - 1)
