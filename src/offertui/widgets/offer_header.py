"""The top of every workspace screen: which offer, its stage, the screens, save status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import getters
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Tab, Tabs

from offertui.base_app import OfferAppBase
from offertui.domain.stages import STAGE_LABELS
from offertui.domain.summary import deadline_text
from offertui.domain.terminal_text import visible
from offertui.domain.timing import SETTLED

if TYPE_CHECKING:
    from offertui.domain.offer import Offer


class OfferHeader(Vertical):
    """Offer title, stage and deadline, a tab per offer screen, and save status."""

    app = getters.app(OfferAppBase)

    def __init__(
        self, offer: Offer, current: str, tabs: list[tuple[str, str]], *, read_only: bool = False
    ) -> None:
        super().__init__()
        self._offer = offer
        self._current = current
        self._tabs = tabs
        self._read_only = read_only
        self._shown_title = ("", "")
        self._shown_status = ("", False)

    def compose(self) -> ComposeResult:
        self._shown_title = title, stage = self._title()
        with Horizontal(id="offer-title-row"):
            # The company and position as typed: "[infra]" is text, not markup. They
            # give way first on a narrow terminal (see `_fit_title`).
            yield Label(title, id="offer-title", markup=False)
            yield Label(stage, id="offer-stage", markup=False)
            yield Label("", id="save-status")
        yield Tabs(
            *(Tab(label, id=f"tab-{name}") for name, label in self._tabs),
            active=f"tab-{self._current}",
        )

    def on_mount(self) -> None:
        self.query_one(Tabs).can_focus = False
        self.refresh_status()
        self.app.save_reported.subscribe(self, lambda _: self.refresh_status())

    def _title(self) -> tuple[str, str]:
        """The offer's title, and its stage and reply deadline to follow it."""
        offer = self._offer
        parts = ["", STAGE_LABELS.get(offer.stage, offer.stage)]
        if offer.reply_deadline is not None and offer.stage not in SETTLED:
            today = self.app.now().date()
            parts.append(f"reply {deadline_text(offer.reply_deadline, today)}")
        # A title from a file that holds control characters shows them as escapes.
        return visible(offer.title, keep=""), "  ·  ".join(parts)

    def _fit_title(self) -> None:
        """Leave the title only the room the stage and the save status do not need: a
        long company and position end in an ellipsis, the stage and the time stay whole."""
        _title, stage = self._shown_title
        status, _warning = self._shown_status
        # The row's padding, and the save status's margin when it shows.
        room = self.size.width - 2 - cell_len(stage) - (cell_len(status) + 2 if status else 0)
        self.query_one("#offer-title", Label).styles.max_width = max(room, 1)

    def on_resize(self) -> None:
        self._fit_title()

    def show_offer(self, offer: Offer) -> None:
        """Show `offer`'s title; called on every keystroke, so it repaints only when
        the title itself changed."""
        if offer is self._offer:
            return
        self._offer = offer
        shown = self._title()
        if shown != self._shown_title:
            self._shown_title = title, stage = shown
            self.query_one("#offer-title", Label).update(title)
            self.query_one("#offer-stage", Label).update(stage)
            self._fit_title()

    def refresh_status(self) -> None:
        app = self.app
        problem = app.save_problem
        session = app.sessions.get(self._offer.id)
        if self._read_only:
            text, warning = "read-only: open in another offertui", True
        elif session is not None and session.conflicted:
            # The file changed on disk: edits are kept in memory until it is settled,
            # and a "saved" time would claim what is not so.
            text, warning = "edits not saved", True
        elif problem:
            text, warning = "NOT SAVED", True
        else:
            saved = app.last_save
            # To the minute: a label that changed with every autosave would repaint
            # the header twice a second while the user types.
            text, warning = (f"saved {saved:%H:%M}" if saved else ""), False
        if (text, warning) != self._shown_status:
            self._shown_status = (text, warning)
            label = self.query_one("#save-status", Label)
            label.update(text)
            label.set_class(warning, "-warning")
            self._fit_title()
