"""The offertui application: the store, autosave, global keys and palette commands."""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import SystemCommand
from textual.binding import BindingType
from textual.screen import ModalScreen, Screen

from offertui import commands
from offertui.autosave import ExitOnSignal
from offertui.base_app import Clock, OfferAppBase, local_now
from offertui.palette import palette_commands
from offertui.resources import stylesheet
from offertui.screens.offers import OffersScreen
from offertui.session import OfferSession
from offertui.storage.paths import data_dir as default_data_dir
from offertui.storage.store import BrokenFile, OfferStore

if TYPE_CHECKING:
    from offertui.domain.search import Match
    from offertui.screens.offer_screen import OfferScreen

# Keys typed while an offer screen opens wait at most this long for it to be ready.
OPENING_WAIT_SECONDS = 2.0

# If saving and exiting after a hang-up takes longer than this, the process ends anyway:
# with the terminal gone, restoring it can block forever.
EXIT_WATCHDOG_SECONDS = 3.0


class OfferTUI(OfferAppBase):
    """Carries a candidate through the offer stage, one offer file at a time."""

    TITLE = "offertui"
    CSS_PATH: ClassVar = [stylesheet("app")]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = list(commands.bindings("app"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("app",)

    def __init__(self, store: OfferStore, now: Clock = local_now) -> None:
        super().__init__(store, now)
        # Saves and ends the process on SIGHUP/SIGTERM, even with the event loop stuck;
        # with the terminal gone, restoring it can block forever.
        self._exit_on_signal = ExitOnSignal(
            self.save_before_exit, self._exit_from_signal, grace=EXIT_WATCHDOG_SECONDS
        )
        # The offer screen being opened, until it has focus (see on_event).
        self._opening: Screen[Any] | None = None
        # The screens of each open offer, by offer id and screen name, once made.
        self._kept: dict[str, dict[str, OfferScreen]] = {}

    # --- start and stop --------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        # The home is the bottom of the stack itself, not pushed over a blank screen:
        # one screen to compose and lay out before the first frame instead of two.
        return OffersScreen()

    def on_mount(self) -> None:
        self._exit_on_signal.install()
        self.call_after_refresh(_resume_gc)
        self.call_after_refresh(self._fit_notice)
        self._apply_user_keys()
        if self.profile_error is not None:
            self.notify(
                f"profile.toml is broken ({self.profile_error}); it is left as it is and "
                "profile changes will not be saved until it is fixed.",
                severity="error",
                timeout=15,
            )

    def _apply_user_keys(self) -> None:
        """The keys the profile's [keys] table sets: Textual's keymap moves the bound
        commands; one with no key of its own gets a binding here. What could not be
        used is said once, and the default stays."""
        keys = self.keymap.keys
        self.set_keymap({i: k for i, k in keys.items() if commands.BY_ID[i].key})
        for command_id, key in keys.items():
            command = commands.BY_ID[command_id]
            if not command.key:
                action = command.action_name
                self.bind(key, action if command.app_wide else f"screen.{action}", show=False)
        if self.keymap.problems:
            self.notify(
                "profile.toml: " + "; ".join(self.keymap.problems) + ".",
                title="Some keys were not changed",
                severity="warning",
                timeout=15,
                markup=False,
            )

    def _exit_from_signal(self, code: int) -> None:
        """The terminal went away (SSH dropped, tmux killed) or we were told to stop,
        and everything is saved: leave (from the thread of `ExitOnSignal`)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(partial(self.exit, return_code=code))

    async def action_quit(self) -> None:
        def leave() -> None:
            self.save_all()
            self.exit()

        from offertui.screens.offer_screen import OfferScreen  # off the start-up path

        # An offer's screen may ask first: a meeting that is still running does.
        if isinstance(self.screen, OfferScreen):
            self.screen.confirm_leaving(leave, "Quit", again="quit")
        else:
            leave()

    def on_unmount(self) -> None:
        # Before the base class stops the saver (a subclass's handler runs first).
        self._exit_on_signal.uninstall()

    # --- offers ----------------------------------------------------------------------

    def resolve_conflict(self, session: OfferSession, reason: str) -> None:
        # The offer screens (~8 ms of imports) are not needed before the home's first
        # frame; they are imported where they are first used.
        from offertui.screens.offer_screen import OfferScreen

        # No dialog: one popping up mid-sentence would take the keys being typed.
        # Edits go on in memory, unsaved; the offer's screens show a banner saying
        # how to settle it, with commands that typing cannot reach.
        session.conflicted = True
        session.conflict = reason
        if isinstance(self.screen, OfferScreen) and self.screen.session is session:
            self.screen.show_conflict()
        self.notify(
            f"{reason}. Nothing is lost: what you type stays here, unsaved, until you "
            "choose what to keep (the line at the top says how).",
            title="Not saved",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def open_offer(self, offer_id: str, screen: str = "overview", **options: Any) -> None:
        from offertui.screens.dialogs import MessageDialog  # not at start-up: see above

        try:
            session = self.open_session(offer_id)
        except BrokenFile as error:
            self.push_screen(
                MessageDialog(
                    "This offer file is broken",
                    f"{error}\n\nThe file is left exactly as it is. Fix it in a text "
                    "editor and it will load again.",
                )
            )
            return
        except OSError as error:
            self.notify(f"Could not open {offer_id}: {error}", severity="error")
            return
        self.show_offer_screen(session, screen, **options)

    def show_offer_screen(self, session: OfferSession, name: str, **options: Any) -> None:
        from offertui.screens.offer_screen import OFFER_SCREENS, OfferScreen  # see above

        # A search result to select once the screen is open (OfferScreen.on_mount); the
        # screen is then made anew, so that its on_mount selects it.
        found = options.pop("found", None)
        kept = self._kept.setdefault(session.id, {})
        screen = kept.get(name)
        if (
            found is None
            and screen is not None
            and screen is not self.screen
            and screen.take_offer()
        ):
            # Made before: a switch only repaints it.
            screen.show_options(**options)
            old = None
        else:
            old = screen
            screen = OFFER_SCREENS.screen_class(name)(session, **options)
            screen.found = found
            kept[name] = screen
            # Installed, a screen outlives the switch away from it (kept until the
            # offer is closed); the name only has to be unique.
            self.install_screen(screen, f"{session.id}/{name}/{id(screen)}")
            self._opening = screen
        if isinstance(self.screen, OfferScreen):
            self.save_all()
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        if old is not None:
            self._discard(old)

    def close_offer(self, session: OfferSession) -> None:
        self.save_all()
        leaving = self.screen
        self.pop_screen()
        for screen in self._kept.pop(session.id, {}).values():
            self._discard(screen, removed=screen is leaving)
        self.close_session(session.id)

    def _discard(self, screen: Screen[Any], removed: bool = False) -> None:
        """Forget a kept screen. One still on the stack (or just popped, `removed`)
        is removed by Textual as it leaves; any other is removed here."""
        if screen in self.screen_stack:
            return  # under a dialog: it stays until the offer is closed
        self.uninstall_screen(screen)
        if not removed and screen.is_attached:
            screen.remove()

    # --- a terminal too small --------------------------------------------------------

    def on_resize(self) -> None:
        # After Textual's own handler has taken the new size (this one runs first).
        self.call_later(self._fit_notice)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        shown = super().push_screen(*args, **kwargs)
        self.call_after_refresh(self._fit_notice)
        return shown

    def switch_screen(self, *args: Any, **kwargs: Any) -> Any:
        shown = super().switch_screen(*args, **kwargs)
        self.call_after_refresh(self._fit_notice)
        return shown

    def pop_screen(self) -> Any:
        popped = super().pop_screen()
        self.call_after_refresh(self._fit_notice)
        return popped

    def _fit_notice(self) -> None:
        from offertui.widgets.too_small import fit_notice  # off the start-up path

        if self.screen_stack:
            fit_notice(self.screen, self.size)

    async def on_event(self, event: events.Event) -> None:
        # A key typed while an offer screen opens (the first words of a note, right
        # after `m`) would reach a screen with nothing focused yet and be dropped:
        # keys wait here, in order, until the screen has focused where typing goes.
        if isinstance(event, events.Key) and self._opening is not None:
            await self._until_focused(self._opening)
        if isinstance(event, events.Key) and event.key in ("tab", "shift+tab"):
            from offertui.screens.typing_guard import move_focus_at_once  # off the start-up path

            # Tab moves the focus as it arrives, before the letters typed behind it.
            if move_focus_at_once(self.screen, event.key):
                return
        if isinstance(event, events.Key) and self._typing_taken(event):
            return
        await super().on_event(event)

    def _typing_taken(self, event: events.Key) -> bool:
        screen = self.screen
        if isinstance(screen, ModalScreen):
            # A dialog that asks in the middle of a sentence must not take its letters.
            from offertui.screens.dialog_typing import take_dialog_typing

            return take_dialog_typing(screen, event)
        if isinstance(screen, OffersScreen):
            return screen.take_typing(event)
        if not self._kept:
            return False
        from offertui.screens.offer_screen import OfferScreen  # off the start-up path

        return isinstance(screen, OfferScreen) and screen.take_typing(event, arriving=True)

    async def _until_focused(self, screen: Screen[Any]) -> None:
        loop = asyncio.get_running_loop()
        give_up = loop.time() + OPENING_WAIT_SECONDS
        # Open: mounted (its on_mount has placed the focus) and focused.
        while (
            not (screen.is_mounted and screen.focused is not None)
            and screen.is_attached
            and loop.time() < give_up
        ):
            await asyncio.sleep(0.005)
        if self._opening is screen:
            self._opening = None

    # --- commands --------------------------------------------------------------------
    # The screens these open are imported when first asked for: none is needed for
    # the home's first frame, and the glossary alone costs about 10 ms to import.

    def action_help(self) -> None:
        from offertui.screens.help import HelpScreen  # off the start-up path

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)  # F1 again closes it
        else:
            self.push_screen(HelpScreen(self.screen))

    def action_save(self) -> None:
        from offertui.screens.offer_screen import OfferScreen  # off the start-up path

        self.save_all()
        screen = self.screen
        if isinstance(screen, OfferScreen) and screen.session.conflicted:
            self.notify(
                f"Not saved: {screen.session.conflict}. {screen.settle_hint()}",
                severity="warning",
                timeout=8,
                markup=False,
            )
            return
        self.notify("Saved. offertui saves as you type, so there is no need to.", timeout=3)

    def action_profile(self) -> None:
        from offertui.screens.profile import ProfileScreen  # off the start-up path

        if not isinstance(self.screen, ProfileScreen):
            self.push_screen(ProfileScreen())

    def action_glossary(self, term: str | None = None) -> None:
        from offertui.screens.glossary import GlossaryScreen  # off the start-up path

        if isinstance(self.screen, GlossaryScreen):
            if term:
                self.screen.show_term(term)
            return
        self.push_screen(GlossaryScreen(term))

    def action_guide(self) -> None:
        from offertui.screens.guide import GuideScreen  # off the start-up path

        if not isinstance(self.screen, GuideScreen):
            self.push_screen(GuideScreen(self.screen))

    def action_search(self) -> None:
        from offertui.screens.search import SearchDialog, open_options  # see above
        from offertui.storage.calendar import load_all

        if isinstance(self.screen, ModalScreen):
            return  # one dialog at a time
        self.save_all()  # what is searched is read from the files

        def show(match: Match | None) -> None:
            if match is not None:
                self.open_offer(
                    match.offer_id, match.place.screen, found=match, **open_options(match)
                )

        self.push_screen(SearchDialog(*load_all(self.store)), show)

    def action_calendar(self) -> None:
        from offertui.screens.export import export_calendar  # off the start-up path

        self.save_all()  # the calendar is read from the files
        export_calendar(self)

    def action_offers(self) -> None:
        self.save_all()
        while not isinstance(self.screen, OffersScreen) and len(self.screen_stack) > 1:
            self.pop_screen()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette: every command declared for this screen (and the app's) that
        can run now, under its plain name, with its key if it has one."""
        return palette_commands(self, screen)


def _resume_gc() -> None:
    """Turn the garbage collector back on if start-up turned it off (the command
    line does, until the first frame), leaving the objects of start-up out of its
    sweeps: they live as long as the app."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def make_app(data_dir: Path | None = None, now: Clock = local_now) -> OfferTUI:
    """The app, for the command line and the tests alike."""
    store = OfferStore(data_dir or default_data_dir())
    store.prepare()
    return OfferTUI(store, now=now)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(make_app().run() or 0)
