"""The offer workspace: the screens of one offer, and how to move between them."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Label, Tabs

from offertui.domain.offer import Offer
from offertui.widgets.offer_header import OfferHeader

if TYPE_CHECKING:
    from offertui.app import OfferTUI
    from offertui.session import OfferSession

# (name, tab label, module, class, key): the order of the tabs and their keys.
_ALL_SCREENS: tuple[tuple[str, str, str, str, str], ...] = (
    ("overview", "Overview", "overview", "OverviewScreen", "f2"),
    ("prep", "Prep", "prep", "PrepScreen", "f3"),
    ("meeting", "Meeting", "meeting", "MeetingScreen", "f4"),
    ("decision", "Decision", "decision", "DecisionScreen", "f5"),
    ("emails", "Emails", "emails", "EmailsScreen", "f6"),
    ("pay", "Pay", "pay", "PayScreen", "f7"),
    ("letter", "Letter", "letter", "LetterScreen", "f8"),
)
# Only the screens this installation has.
SCREENS = tuple(
    s for s in _ALL_SCREENS if importlib.util.find_spec(f"offertui.screens.{s[2]}") is not None
)


class _Registry(dict[str, type["WorkspaceScreen"]]):
    """Screen classes by name, imported on first use so start-up imports none of them."""

    def __missing__(self, name: str) -> type[WorkspaceScreen]:
        for screen_name, _label, module, cls, _key in SCREENS:
            if screen_name == name:
                screen: type[WorkspaceScreen] = getattr(
                    importlib.import_module(f"offertui.screens.{module}"), cls
                )
                self[name] = screen
                return screen
        raise KeyError(name)


WORKSPACE_SCREENS = _Registry()


class WorkspaceScreen(Screen[None]):
    """Base of the per-offer screens: the header, the tabs, the keys between them."""

    NAME: ClassVar[str] = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "back", "Offers", tooltip="Back to the list of offers", id="workspace.back"
        ),
        *(
            Binding(
                key,
                f"goto('{name}')",
                label,
                show=False,
                priority=True,
                tooltip=f"Go to {label}",
                id=f"workspace.{name}",
            )
            for name, label, _m, _c, key in SCREENS
        ),
    ]

    def __init__(self, session: OfferSession) -> None:
        super().__init__()
        self.session = session

    @property
    def tui(self) -> OfferTUI:
        return self.app  # type: ignore[return-value]

    @property
    def offer(self) -> Offer:
        return self.session.offer

    def compose(self) -> ComposeResult:
        yield OfferHeader(
            self.offer,
            self.NAME,
            [(name, label) for name, label, _m, _c, _k in SCREENS],
            read_only=self.session.read_only,
        )
        if self.session.read_only:
            yield Label(
                "Read-only: this offer is open in another offertui session. "
                "Close it there to edit here.",
                id="read-only-notice",
            )
        with Container(id="workspace-body", disabled=self.session.read_only):
            yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def update(self, offer: Offer) -> None:
        """Make `offer` the offer's new state: shown in the header and saved soon."""
        self.session.update(offer)
        self.query_one(OfferHeader).show_offer(offer)

    def reload_offer(self) -> None:
        """Show the offer afresh after it was read again from disk."""
        self.tui.show_workspace(self.session, self.NAME)

    def on_screen_suspend(self) -> None:
        self.tui.save_all()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        name = (event.tab.id or "").removeprefix("tab-")
        if name and name != self.NAME:
            self.action_goto(name)

    def action_goto(self, name: str) -> None:
        if name != self.NAME:
            self.tui.show_workspace(self.session, name)

    def action_back(self) -> None:
        self.tui.save_all()
        self.app.pop_screen()
        self.tui.close_session(self.session.file.id)

    def workspace_commands(self) -> Iterable[SystemCommand]:
        for name, label, _m, _c, key in SCREENS:
            yield SystemCommand(
                label,
                f"{label} of {self.offer.title} ({key.upper()})",
                partial(self.action_goto, name),
            )
