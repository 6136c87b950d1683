"""The base of a part of an offer's screen (a tab of Prep, say): it shows the offer it
is given and posts each edit it makes, for its screen to apply and save."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import getters
from textual.message import Message
from textual.widget import Widget

from offertui.base_app import OfferAppBase

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

#: An edit, as a function from the offer as it is to the offer as it should be: it is
#: applied to the screen's latest offer, so edits made in two parts never undo each other.
Change = Callable[["Offer"], "Offer"]


class OfferPart(Widget):
    """Shows `offer`; `edit` changes it and tells the screen with `OfferPart.Edited`.

    The screen hands every part the new offer after each edit (`offer` is set) and asks
    a part to repaint what depends on it with `show_offer` when it comes into view.
    """

    DEFAULT_CSS = """
    OfferPart { height: 1fr; }
    """

    app = getters.app(OfferAppBase)

    @dataclass
    class Edited(Message):
        """The part changed the offer."""

        part: OfferPart
        change: Change

        @property
        def control(self) -> OfferPart:
            return self.part

    def __init__(self, offer: Offer, *, read_only: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.offer = offer
        self.read_only = read_only

    def edit(self, change: Change) -> None:
        """Make `change` to the offer (shown here at once) and post it to the screen."""
        self.offer = change(self.offer)
        self.post_message(self.Edited(self, change))

    def show_offer(self, offer: Offer) -> None:
        """Show `offer`: repaint what depends on it (lists, hints), never a field that
        may be in the middle of an edit."""
        self.offer = offer

    def first_focus(self) -> Widget | None:
        """Where typing starts when the part is shown."""
        return None

    def editable(self) -> bool:
        """Whether edits may be made here; says why not when they may not."""
        if self.read_only:
            self.notify("This offer is read-only here: it is open in another offertui.")
            return False
        return True
