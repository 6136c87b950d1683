"""The base of every screen of one offer, and the list of those screens.

An offer screen shows the header (which offer, its stage, a tab per screen), the
screen's own body and the footer. It edits the offer only through its session, which
saves it and tells the offer's other screens; when the file is read again from disk
(a conflict settled), the screen shows it afresh.

The screens of an open offer (`OFFER_SCREENS`, in tab order) are kept once made, so
going back to one only repaints it. Before a kept screen is shown again it takes the
offer as it is now (`take_offer`): in place when what it holds in fields is unchanged,
else it is made anew.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, getters
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Label, Tabs, TextArea

from offertui.base_app import OfferAppBase
from offertui.commands import BY_ID, bindings
from offertui.domain.wording import LANG_NAMES
from offertui.screens.compare import compare_with_others
from offertui.screens.export import export_brief
from offertui.screens.screen_registry import ScreenEntry, ScreenRegistry
from offertui.screens.typing_guard import TypingGuard, kind_of, refused_notice
from offertui.screens.widths import start_with_width_classes
from offertui.session import OfferChange, OfferSession
from offertui.widgets.conflict_banner import ConflictBanner
from offertui.widgets.fitting_footer import FittingFooter
from offertui.widgets.offer_header import OfferHeader

if TYPE_CHECKING:
    from offertui.domain.offer import Offer
    from offertui.domain.search import Match

TMUX_HINT = "In tmux this needs `set -g set-clipboard on`."


def clipboard_hint() -> str:
    """What a copy to the clipboard needs, said after each copy."""
    return TMUX_HINT if os.environ.get("TMUX") else "Sent with OSC 52. " + TMUX_HINT


class OfferScreen(Screen[None]):
    """Base of the per-offer screens: the header, the tabs, the keys between them."""

    NAME: ClassVar[str] = ""
    # A search result to select once open (set by the app when it opens the screen).
    found: Match | None = None
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("offer"))
    # Where the palette and F1 look for this screen's commands: each offer screen adds
    # its own name.
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer",)
    # The text field that typing goes to when the focus is on something that takes no
    # text (a list, a button); with none, such typing is refused with a notice.
    TYPING_HOME: ClassVar[str] = ""
    # Each screen places its focus itself as it mounts. Textual's first-focusable
    # default would first focus a scroll container around the fields and then blur
    # it: two restyles of everything inside, on every first visit.
    AUTO_FOCUS: ClassVar[str | None] = ""

    # The parts of the offer (attributes of `Offer`, dotted) that this screen holds in fields
    # as they are typed. When another screen changed one of them, this screen is made
    # anew before it is shown again; any other change it shows in place (`show_offer`).
    # None: any change made elsewhere has the screen made anew.
    FIELDS: ClassVar[tuple[str, ...] | None] = None

    app = getters.app(OfferAppBase)

    def __init__(self, session: OfferSession) -> None:
        super().__init__()
        start_with_width_classes(self)
        self.session = session
        # Read again from disk while another screen was on top: show it afresh on return.
        self._stale = False
        self._typing_guard = TypingGuard()
        # The offer as this screen last showed it.
        self._offer_shown: Offer = session.offer
        # The language it shows the questions in (Prep, the Meeting; see `show_lang`).
        self._lang_shown = session.shown_lang

    @property
    def offer(self) -> Offer:
        return self.session.offer

    def compose(self) -> ComposeResult:
        yield OfferHeader(
            self.offer,
            self.NAME,
            [(entry.name, entry.label) for entry in OFFER_SCREENS],
            read_only=self.session.read_only,
        )
        yield ConflictBanner()
        if self.session.read_only:
            yield Label(
                "Read-only: this offer is open in another offertui session. "
                "Close it there to edit here.",
                id="read-only-notice",
            )
        with Container(id="workspace-body", disabled=self.session.read_only):
            yield from self.compose_body()
        yield FittingFooter()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.session.changed.subscribe(self, self._offer_changed)
        self.show_conflict()
        if self.found is not None:
            # After the screen's own on_mount has placed the focus.
            self.call_after_refresh(self._show_found, self.found)

    def _show_found(self, match: Match) -> None:
        from offertui.screens.rounds import open_found_round
        from offertui.screens.search import select_found

        if not (open_found_round(self, match) or select_found(self, match)):
            self.notify(f"Found in {match.label}: “{match.found}”", markup=False, timeout=8)

    # --- the offer ---------------------------------------------------------------------

    def update(self, offer: Offer) -> None:
        """Make `offer` the offer's new state: shown in the header and saved soon."""
        self.session.update(offer, by=self)
        self._offer_shown = self.session.offer
        self.query_one(OfferHeader).show_offer(offer)

    def take_offer(self) -> bool:
        """Catch up with the offer before this kept screen is shown again. False when it
        cannot be done in place (the file was read again, or another screen changed
        what this one holds in fields): the screen is then made anew."""
        offer, shown = self.offer, self._offer_shown
        if self._stale or not self.is_mounted:
            return False
        if offer is shown:
            return True
        fields = self.FIELDS
        if fields is None or any(attrgetter(f)(offer) != attrgetter(f)(shown) for f in fields):
            return False
        self._offer_shown = offer
        self.show_offer(offer)
        return True

    def show_offer(self, offer: Offer) -> None:
        """Show `offer`, changed on another screen in nothing this one holds in fields:
        repaint what depends on it (lists, counts, the header)."""
        self.query_one(OfferHeader).show_offer(offer)

    def show_options(self, **options: Any) -> None:
        """Go where `options` say (a part, a draft) on a screen shown again."""

    def _offer_changed(self, change: OfferChange) -> None:
        if change.by is self:
            return
        if change.from_disk:
            if self.app.screen is self:
                self.reload()
            else:
                self._stale = True
            return
        self.query_one(OfferHeader).show_offer(change.offer)

    def reload(self) -> None:
        """Show the offer afresh (it was read again from disk): the screen is made anew,
        with the options that bring back what it showed."""
        self._stale = False
        self.app.show_offer_screen(self.session, self.NAME, **self.reopen_options())

    def reopen_options(self) -> dict[str, Any]:
        """The options that open this screen again where it is now (a part, a draft)."""
        return {}

    def on_screen_resume(self) -> None:
        if self._stale:
            self.reload()
        else:
            self.show_conflict()
            if self._lang_shown != self.session.shown_lang:
                # Switched on another screen of the offer, or set anew on Overview.
                self._lang_shown = self.session.shown_lang
                self.show_lang(self._lang_shown)

    # --- the file changed on disk ----------------------------------------------------

    def show_conflict(self) -> None:
        """Show the banner while the offer's file changed on disk, unsettled."""
        session = self.session
        reason = session.conflict if session.conflicted else ""
        banner = self.query_one(ConflictBanner)
        shown = banner.display
        banner.show(reason, self.settle_hint())
        self.query_one(OfferHeader).refresh_status()
        if banner.display != shown:  # the body grew or shrank
            self.call_after_refresh(self.keep_focus_in_sight)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.keep_focus_in_sight)

    def keep_focus_in_sight(self) -> None:
        """Scroll the focused field back into view once the body changed its height
        (the banner came or went, the terminal shrank): Textual does so only on focus."""
        focused = self.focused
        if focused is not None and not self.can_view_entire(focused):
            focused.scroll_visible(animate=False)

    def settle_hint(self) -> str:
        """How to settle a file changed on disk, in the palette's words."""
        palette = self.app.key_words(BY_ID["palette"]) or "The palette"
        names = [BY_ID[c].name for c in ("conflict_compare", "conflict_keep", "conflict_reload")]
        return f"{palette}: “{names[0]}”, “{names[1]}” or “{names[2]}”."

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action.startswith("conflict_"):
            return self.session.conflicted
        return True

    def action_conflict_compare(self) -> None:
        from offertui.screens.changed_file import ChangedFileDialog

        session = self.session

        def settle(keep_mine: bool | None) -> None:
            if keep_mine is not None:
                self.app.settle_conflict(session, keep_mine)

        diff = session.file.compare(session.offer)
        self.app.push_screen(ChangedFileDialog(session.conflict, diff), settle)

    def action_conflict_keep(self) -> None:
        self.app.settle_conflict(self.session, keep_mine=True)

    def action_conflict_reload(self) -> None:
        """Reload drops what was typed since the file changed: asked first, with the
        safe answer focused, unless nothing of it differs from the file."""
        from offertui.screens.dialogs import ConfirmDialog

        session = self.session
        if not session.file.compare(session.offer):
            self.app.settle_conflict(session, keep_mine=False)
            return

        def settle(reload: bool | None) -> None:
            if reload:
                self.app.settle_conflict(session, keep_mine=False)

        names = [BY_ID[c].name for c in ("conflict_compare", "conflict_keep")]
        self.app.push_screen(
            ConfirmDialog(
                "Drop your edits?",
                "Reload reads the file again and drops what you typed since it changed "
                f"on disk. “{names[1]}” keeps them as a copy instead; “{names[0]}” "
                "shows the difference.",
                yes="Reload, drop my edits",
                no="Keep editing",
                markup=False,
            ),
            settle,
        )

    def on_screen_suspend(self) -> None:
        self.app.save_all()

    # --- typing where nothing takes text ---------------------------------------------

    def on_key(self, event: events.Key) -> None:
        if self.take_typing(event):
            event.stop()
            event.prevent_default()

    def take_typing(self, event: events.Key, *, arriving: bool = False) -> bool:
        """Whether `event` is typing this screen takes from a widget that takes no text:
        sent on to the typing home, or refused with a notice.

        The app asks as each key arrives (`arriving`), before sending it to the focused
        widget: the keys of a burst are all sent on before the first is handled, so the
        focus must move at once for the rest to follow it. A drop-down keeps the keys
        typed into it (its own search) and is asked about when they reach the screen."""
        if arriving and kind_of(self.focused) == "a drop-down":
            return False
        starts = self._typing_guard.starts(self.focused)
        if not self._typing_guard.intercepts(event, self.focused):
            return False
        if event.character is None or not event.is_printable:
            return True  # the enter that ends a sentence typed where nothing took it
        home = self.query(self.TYPING_HOME).first() if self.TYPING_HOME else None
        if isinstance(home, TextArea) and not home.disabled and not home.read_only:
            self._typing_guard.typing = False
            self.set_focus(home)  # now, not after a refresh as `focus()` would
            self.typing_arrives(home)
            home.insert(event.character)
            label = home.border_title or "field"
            self.app.notify(
                f"Typing goes into the {str(label).lower()}.", timeout=3, replaces="typing"
            )
            return True
        if starts:
            notice = refused_notice(self.focused)
            self.app.notify(notice, severity="warning", timeout=4, replaces="typing")
        return True

    def typing_arrives(self, home: TextArea) -> None:
        """Ready the typing home for a sentence begun where nothing takes text."""

    # --- moving between screens ------------------------------------------------------

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        name = (event.tab.id or "").removeprefix("tab-")
        if name and name != self.NAME:
            self.action_goto(name)

    def action_goto(self, name: str) -> None:
        if name != self.NAME:
            self.app.show_offer_screen(self.session, name)

    def confirm_leaving(self, leave: Callable[[], object], what: str, again: str = "") -> None:
        """Run `leave` (going elsewhere, quitting); a screen may ask first (`what`
        names it: "Leave", "Quit"; `again` is the command that asked, whose key then
        says yes)."""
        leave()

    def action_back(self) -> None:
        self.app.close_offer(self.session)

    # --- shared commands -------------------------------------------------------------

    def action_compare(self) -> None:
        compare_with_others(self.app, self.offer)

    def action_export_brief(self) -> None:
        export_brief(self.app, self.offer)

    def action_copy_link(self) -> None:
        """Copy the meeting's video link, to open it in a browser."""
        link = self.offer.meeting.link.strip()
        if not link:
            self.notify("No meeting link yet: type it on Overview, under Offer meeting.", timeout=6)
            return
        self.app.copy_to_clipboard(link)
        self.notify(
            f"Copied the meeting link to the clipboard. {clipboard_hint()}",
            title="Copied",
            markup=False,
            timeout=8,
        )

    def action_record_revision(self) -> None:
        from offertui.screens.rounds import record_revision  # off the start-up path

        record_revision(self)

    def action_revision_rounds(self) -> None:
        """See each round recorded, to correct or remove one typed wrong."""
        from offertui.screens.rounds import RoundsDialog  # off the start-up path

        self.app.push_screen(RoundsDialog(self))

    def show_lang(self, lang: str) -> None:
        """Show the questions in `lang`, on a screen that shows questions."""

    def action_question_lang(self) -> None:
        """Switch the questions to the other language on every screen of the offer, and
        say for how long."""
        lang = self._lang_shown = self.session.switch_question_lang()
        self.show_lang(lang)
        meeting = self.session.meeting_lang
        if lang == meeting:
            self.notify(f"Questions in {LANG_NAMES[lang]}, the meeting's language.")
        else:
            self.notify(
                f"Questions in {LANG_NAMES[lang]} until you close the offer; the meeting "
                f"stays in {LANG_NAMES[meeting]} (Overview sets it).",
                timeout=5,
            )

    def show_terms(self, offer: Offer) -> None:
        """Show the offer's terms afresh after a revised offer was recorded (the screens
        that show them do)."""


OFFER_SCREENS = ScreenRegistry(
    OfferScreen,
    (
        ScreenEntry(name, f"offertui.screens.{name}", f"{name.capitalize()}Screen")
        for name in ("overview", "prep", "meeting", "decision", "emails", "pay", "letter")
    ),
)
