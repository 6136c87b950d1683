"""The offertui application: the store, autosave, global keys and palette commands."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from offertui.autosave import Autosaver, ExitOnSignal, SaveResult
from offertui.domain.profile import Profile
from offertui.storage.store import BrokenFile, ConflictError, OfferStore

if TYPE_CHECKING:
    from offertui.screens.workspace import WorkspaceScreen
    from offertui.session import OfferSession

Clock = Callable[[], datetime]


def styles_dir() -> Path:
    """The .tcss files: inside the installed package, or at the top of a source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "styles", here.parent.parent / "styles"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("offertui's styles folder is missing from the installation")


def local_now() -> datetime:
    """Now, in the user's time zone, to the second (what a person reads in the file)."""
    return datetime.now().astimezone().replace(microsecond=0)


# Keys typed while an offer screen opens wait at most this long for it to be ready.
OPENING_WAIT_SECONDS = 2.0

# If saving and exiting after a hang-up takes longer than this, the process ends anyway:
# with the terminal gone, restoring it can block forever.
EXIT_WATCHDOG_SECONDS = 3.0


class OfferTUI(App[None]):
    """Carries a candidate through the offer stage, one offer file at a time."""

    TITLE = "offertui"
    CSS_PATH: ClassVar = [str(styles_dir() / "app.tcss")]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f1", "help", "Help", tooltip="List every key of this screen", id="help", priority=True
        ),
        Binding(
            "ctrl+q", "quit", "Quit", tooltip="Save everything and quit", id="quit", priority=True
        ),
    ]

    def __init__(self, store: OfferStore, now: Clock = local_now) -> None:
        super().__init__()
        self.store = store
        self.now = now
        self.profile_error: BrokenFile | None = None
        try:
            self.profile = store.load_profile()
        except BrokenFile as error:
            self.profile = Profile()
            self.profile_error = error
        self.autosaver = Autosaver(self._report_save_threadsafe)
        # Saves and ends the process on SIGHUP/SIGTERM, even with the event loop stuck;
        # with the terminal gone, restoring it can block forever.
        self._exit_on_signal = ExitOnSignal(
            self.autosaver.flush, self._exit_from_signal, grace=EXIT_WATCHDOG_SECONDS
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self.sessions: dict[str, OfferSession] = {}
        # The offer screen being opened, until it has focus (see on_event).
        self._opening: Screen[Any] | None = None
        self.last_save: datetime | None = None
        self.save_problem: str = ""

    # --- start and stop --------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        # The home is the bottom of the stack itself, not pushed over a blank screen:
        # one screen to compose and lay out before the first frame instead of two.
        from offertui.screens.offers import OffersScreen

        return OffersScreen()

    def on_mount(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._exit_on_signal.install()
        if self.profile.theme in self.available_themes:
            self.theme = self.profile.theme
        # A theme picked anywhere (the palette's "Theme" too) is remembered.
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.call_after_refresh(_resume_gc)
        if self.profile_error is not None:
            self.notify(
                f"profile.toml is broken ({self.profile_error}); it is left as it is and "
                "profile changes will not be saved until it is fixed.",
                severity="error",
                timeout=15,
            )

    def preload_styles(self) -> None:
        """Read every screen's CSS now, while the home sits idle.

        Textual parses all of the app's CSS again whenever a screen first brings CSS
        of its own, which made the first visit to each offer screen 15-20 ms slower.
        Read here, the files are parsed once, in a fixed order, and no screen's first
        visit parses anything.
        """
        sheet = self.stylesheet
        paths = [p for p in sorted(styles_dir().glob("*.tcss")) if not sheet.has_source(str(p))]
        if not paths:
            return
        for path in paths:
            sheet.read(path)
        sheet.reparse()
        sheet.update(self)

    def _exit_from_signal(self, code: int) -> None:
        """The terminal went away (SSH dropped, tmux killed) or we were told to stop,
        and everything is saved: leave (from the thread of `ExitOnSignal`)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(partial(self.exit, return_code=code))

    def save_all(self) -> list[SaveResult]:
        """Save every pending change now, on this thread."""
        results = self.autosaver.flush()
        for result in results:
            self._report_save(result)
        return results

    async def action_quit(self) -> None:
        self.save_all()
        self.exit()

    def on_unmount(self) -> None:
        self._exit_on_signal.uninstall()
        self.autosaver.stop()
        for session in list(self.sessions.values()):
            session.close()

    # --- saving ----------------------------------------------------------------------

    def _report_save_threadsafe(self, result: SaveResult) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            # call_next runs the report inside the app's context (so it may push a
            # dialog) without making the saver thread wait for the UI.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.call_next, self._report_save, result)

    def _report_save(self, result: SaveResult) -> None:
        if result.error is None:
            if result.written:
                self.last_save = self.now()
            self.save_problem = ""
        elif isinstance(result.error, ConflictError):
            session = self.sessions.get(result.key)
            if session is not None:
                self.resolve_conflict(session, str(result.error))
        else:
            self.save_problem = str(result.error)
            self.notify(f"Not saved: {result.error}", severity="error", timeout=10)
        self.post_save_status()

    def post_save_status(self) -> None:
        from offertui.widgets.offer_header import OfferHeader

        # A save may be reported after the last screen is gone (on quit).
        if not self.screen_stack or not self.is_running:
            return
        for header in self.screen.query(OfferHeader):
            header.refresh_status()

    def resolve_conflict(self, session: OfferSession, reason: str) -> None:
        from offertui.screens.dialogs import ConflictDialog

        if session.conflicted:
            return
        session.conflicted = True

        def settle(keep_both: bool | None) -> None:
            if keep_both:
                copy = self.store.save_copy(session.offer)
                self.notify(f"Your version is kept as a new offer: {copy.id}")
            try:
                session.replace_from_disk()
            except (BrokenFile, OSError) as error:
                self.notify(f"Could not read the file again: {error}", severity="error")
                return
            finally:
                session.conflicted = False
            screen = self.screen
            refresh = getattr(screen, "reload_offer", None)
            if refresh is not None:
                refresh()

        self.push_screen(ConflictDialog(session.file.path.name, reason), settle)

    # --- offers ----------------------------------------------------------------------

    def open_session(self, offer_id: str) -> OfferSession:
        """The session for an offer, opening its file (and taking its lock) if needed."""
        from offertui.session import OfferSession

        session = self.sessions.get(offer_id)
        if session is None:
            session = OfferSession(self.store.open(offer_id), self.autosaver)
            self.sessions[offer_id] = session
        return session

    def close_session(self, offer_id: str) -> None:
        self.save_all()
        session = self.sessions.pop(offer_id, None)
        if session is not None:
            session.close()

    def open_offer(self, offer_id: str, screen: str = "overview", **options: Any) -> None:
        """Open the offer's workspace on one of its screens."""
        from offertui.screens.dialogs import MessageDialog

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
        self.show_workspace(session, screen, **options)

    def show_workspace(self, session: OfferSession, name: str, **options: Any) -> None:
        """Show one of the offer's screens; `options` go to the screen (an email kind)."""
        from offertui.screens.workspace import WORKSPACE_SCREENS, WorkspaceScreen

        new = WORKSPACE_SCREENS[name](session, **options)
        if isinstance(self.screen, WorkspaceScreen):
            self.save_all()
            self.switch_screen(new)
        else:
            self.push_screen(new)
        self._opening = new

    async def on_event(self, event: events.Event) -> None:
        # A key typed while an offer screen opens (the first words of a note, right
        # after `m`) would reach a screen with nothing focused yet and be dropped:
        # keys wait here, in order, until the screen has focused where typing goes.
        if isinstance(event, events.Key) and self._opening is not None:
            await self._until_focused(self._opening)
        await super().on_event(event)

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

    def _remember_theme(self, theme: Theme) -> None:
        self.update_profile(replace(self.profile, theme=theme.name))

    def update_profile(self, profile: Profile) -> None:
        if profile == self.profile:
            return
        self.profile = profile
        if self.profile_error is None:
            self.autosaver.schedule("profile", self._save_profile)

    def _save_profile(self) -> bool:
        self.store.save_profile(self.profile)
        return True

    # --- commands --------------------------------------------------------------------

    def action_help(self) -> None:
        from offertui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_profile(self) -> None:
        from offertui.screens.profile import ProfileScreen

        if not isinstance(self.screen, ProfileScreen):
            self.push_screen(ProfileScreen())

    def action_glossary(self, term: str | None = None) -> None:
        """Open the glossary over the current screen, on `term` if given."""
        from offertui.screens.glossary import GlossaryScreen

        if isinstance(self.screen, GlossaryScreen):
            if term:
                self.screen.show_term(term)
            return
        self.push_screen(GlossaryScreen(term))

    def action_guide(self) -> None:
        from offertui.screens.guide import GuideScreen

        if not isinstance(self.screen, GuideScreen):
            self.push_screen(GuideScreen(self.screen))

    def action_offers(self) -> None:
        from offertui.screens.offers import OffersScreen

        self.save_all()
        while not isinstance(self.screen, OffersScreen) and len(self.screen_stack) > 1:
            self.pop_screen()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from offertui.screens.offers import OffersScreen
        from offertui.screens.workspace import WorkspaceScreen

        yield SystemCommand("Help", "Every key of this screen", self.action_help)
        yield SystemCommand("Guide", "How the offer stage goes, step by step", self.action_guide)
        yield SystemCommand("Offers", "Back to the list of offers", self.action_offers)
        if isinstance(screen, OffersScreen):
            yield SystemCommand("New offer", "Add an offer", screen.action_new)
            yield SystemCommand(
                "Compare offers",
                "The offers marked with space side by side (all when none is marked)",
                screen.action_compare,
            )
            yield SystemCommand(
                "Export brief", "A Markdown brief of the selected offer", screen.action_export_brief
            )
        if isinstance(screen, WorkspaceScreen):
            yield from screen.workspace_commands()
            yield from self._offer_commands(screen)
        yield SystemCommand(
            "Glossary", "Japanese offer and contract terms explained", self.action_glossary
        )
        yield SystemCommand("Profile", "Your name, signature and theme", self.action_profile)
        yield SystemCommand("Quit", "Save everything and quit", self.action_quit)
        yield from (c for c in super().get_system_commands(screen) if c.title in ("Keys", "Theme"))

    def _offer_commands(self, screen: WorkspaceScreen) -> Iterable[SystemCommand]:
        """Compare and export, for the offer a workspace screen shows."""
        from offertui.screens.compare import compare_with_others
        from offertui.screens.export import export_brief

        yield SystemCommand(
            "Compare offers",
            "This offer side by side with your other offers",
            lambda: compare_with_others(self, screen.offer),
        )
        yield SystemCommand(
            "Export brief",
            "A Markdown brief of this offer, for a partner, mentor or lawyer",
            lambda: export_brief(self, screen.offer),
        )


def _resume_gc() -> None:
    """Turn the garbage collector back on if start-up turned it off (the command
    line does, until the first frame), leaving the objects of start-up out of its
    sweeps: they live as long as the app."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def make_app(data_dir: Path | None = None, now: Clock = local_now) -> OfferTUI:
    """The app, for the command line and the tests alike."""
    from offertui.storage.paths import data_dir as default_data_dir

    store = OfferStore(data_dir or default_data_dir())
    store.prepare()
    return OfferTUI(store, now=now)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(make_app().run() or 0)
