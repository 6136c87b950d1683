"""What feels off about an offer, one doubt a line, each marked once it became a question."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from offertui.domain.offer import Offer
from offertui.domain.prep import doubt_has_question


class DoubtList(OptionList):
    """The offer's doubts; the keys act on the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "q",
            "screen.doubt_to_question",
            "To question",
            tooltip="Turn the doubt into a must-ask question",
            id="doubts.to_question",
        ),
        Binding("a", "screen.add_doubt", "Add", tooltip="Write down a new doubt", id="doubts.add"),
        Binding(
            "e", "screen.edit_doubt", "Edit", tooltip="Change the selected doubt", id="doubts.edit"
        ),
        Binding(
            "d,delete",
            "screen.delete_doubt",
            "Delete",
            tooltip="Delete the selected doubt (asks first)",
            id="doubts.delete",
        ),
    ]

    def show_offer(self, offer: Offer, select: int | None = None) -> None:
        """Fill the list from `offer`, highlighting the doubt at `select` (or the same row)."""
        keep = self.highlighted if select is None else select
        options = []
        for doubt in offer.doubts:
            if doubt_has_question(offer, doubt):
                line = Content.assemble(
                    ("✓ ", "$text-success"), doubt, ("  (in Questions)", "$foreground-muted")
                )
            else:
                line = Content.assemble(("? ", "bold $text-warning"), doubt)
            options.append(Option(line))
        self.set_options(options)
        if options:
            self.highlighted = min(keep or 0, len(options) - 1)
