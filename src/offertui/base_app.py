"""The app as screens and widgets reach it: the store, the profile, open offers, saving.

Screens and widgets never import `offertui.app` (the command line does). They get the
running app through `textual.getters.app(OfferAppBase)`, typed, and ask it for what
lives here. `offertui.app.OfferTUI` is the one subclass: it adds the screens, the keys
and the palette, and fills in the navigation declared at the end of this class.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.keys import key_to_character
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.signal import Signal
from textual.theme import Theme
from textual.widget import Widget

from offertui.autosave import Autosaver, SaveResult
from offertui.colours import legible_variables
from offertui.commands import BY_ID, Command, user_keymap
from offertui.domain.profile import Profile
from offertui.domain.terminal_text import visible
from offertui.parsed_css import SharedStylesheet
from offertui.resources import styles_dir
from offertui.session import OfferSession
from offertui.storage.paths import export_folder
from offertui.storage.store import BrokenFile, ConflictError, OfferStore

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in the user's time zone, to the second (what a person reads in the file)."""
    return datetime.now().astimezone().replace(microsecond=0)


def _spoken(key: str) -> str:
    if key[:1] == "f" and key[1:].isdigit():
        return key.upper()
    # A punctuation key as its sign (ctrl+backslash reads ctrl+\ in a sentence).
    *modifiers, base = key.split("+")
    sign = "\\" if base == "backslash" else key_to_character(base) if len(base) > 1 else None
    if sign is not None and sign.strip() and not sign.isalnum():
        return "+".join([*modifiers, sign])
    return key


#: Where a hint names a command's key: `{key:copy_link}`.
_KEY_MARK = re.compile(r"\{key:(\w+)\}")


def _mark_row(widget: Widget) -> None:
    """Mark, with the class -focused, the row of a form whose field `widget` is: the
    row's label is then the focus mark of a field drawn without a border. A class, not
    :focus-within, because Textual restyles a row's label when the row's classes
    change, not when the focus moves inside it."""
    for node in widget.ancestors_with_self:
        if not isinstance(node, Widget) or isinstance(node, Screen):
            return
        if node.query_children(".field--label"):
            # From where the focus is now, not from which event came: moving between two
            # fields of one row, the old field's blur can come after the new one's focus.
            now = widget.app.focused
            node.set_class(now is not None and node in now.ancestors_with_self, "-focused")
            return


class OfferAppBase(App[None]):
    """State and services shared by every screen; no screen is imported here."""

    def __init__(self, store: OfferStore, now: Clock = local_now) -> None:
        # The profile first: its [keys] table may move the palette's key, which the
        # App's own set-up reads.
        self.profile_error: BrokenFile | None = None
        try:
            self.profile = store.load_profile()
        except BrokenFile as error:
            self.profile = Profile()
            self.profile_error = error
        self.keymap = user_keymap(self.profile.keys)
        # Textual reads the palette's key from this class variable while it sets up;
        # set on the instance, a key from the profile moves it for this app alone.
        setattr(self, "COMMAND_PALETTE_BINDING", self.keymap.key_for(BY_ID["palette"]))  # noqa: B010
        super().__init__()
        # The same rules, with each piece of CSS parsed once in the process (see there).
        self.stylesheet = SharedStylesheet(variables=self.theme_variables)
        self.store = store
        self.now = now
        self.autosaver = Autosaver(self._report_save_threadsafe)
        self._loop: asyncio.AbstractEventLoop | None = None
        self.sessions: dict[str, OfferSession] = {}
        self._keeping = threading.Lock()  # see _keep_unsettled
        self.last_save: datetime | None = None
        self.save_problem: str = ""
        # Until when each toast shows, and its kind (see `notify`).
        self._toasts: list[tuple[float, str]] = []
        # Published after each save is reported: the offer header shows the status.
        self.save_reported: Signal[None] = Signal(self, "save-reported")

    def on_mount(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self.profile.theme in self.available_themes:
            self.theme = self.profile.theme
        # A theme picked anywhere (the palette's "Theme" too) is remembered.
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    # --- saving ----------------------------------------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        replaces: str = "",
    ) -> None:
        """Every toast goes through here (a widget's `notify` calls the app's): one that
        quotes an offer (a company, a round) shows its control characters as escapes.

        A toast of a kind (`replaces`, such as "typing") takes the place of the ones of
        its kind still shown rather than stacking over the screen. Textual clears only
        every toast at once, so it does so only while no toast of another kind shows."""
        now = time.monotonic()
        self._toasts = [(until, kind) for until, kind in self._toasts if until > now]
        if replaces and self._toasts and all(kind == replaces for _, kind in self._toasts):
            self.clear_notifications()
            self._toasts = []
        shown_for = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self._toasts.append((now + shown_for, replaces))
        super().notify(
            visible(message),
            title=visible(title, keep=""),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def save_all(self) -> list[SaveResult]:
        """Save every pending change now, on this thread."""
        results = self.autosaver.flush()
        for result in results:
            self._report_save(result)
        return results

    def save_before_exit(self) -> None:
        """Save everything on the way out after a signal, from its thread, with or
        without a running event loop: pending changes written, and the edits to an
        offer whose file changed on disk, unsettled, kept as a conflicting copy (the
        changed file left as it is), as closing the offer would."""
        self.autosaver.flush()
        for session in list(self.sessions.values()):
            self._keep_unsettled(session)

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
            # Not said yet (the saver marks the session conflicted as it finds it).
            if session is not None and session.conflicted and not session.conflict:
                self.resolve_conflict(session, str(result.error))
        else:
            self.save_problem = str(result.error)
            self.notify(f"Not saved: {result.error}", severity="error", timeout=10)
        # A save may be reported after the last screen is gone (on quit).
        if self.screen_stack and self.is_running:
            self.save_reported.publish(None)

    # --- open offers -----------------------------------------------------------------

    def open_session(self, offer_id: str) -> OfferSession:
        """The session for an offer, opening its file (and taking its lock) if needed."""
        session = self.sessions.get(offer_id)
        if session is None:
            session = OfferSession(self.store.open(offer_id), self.autosaver, self)
            self.sessions[offer_id] = session
        return session

    def close_session(self, offer_id: str) -> None:
        self.save_all()
        session = self.sessions.pop(offer_id, None)
        if session is not None:
            self._keep_unsettled(session)
            session.close()

    def on_unmount(self) -> None:
        self.autosaver.stop()
        for session in list(self.sessions.values()):
            self._keep_unsettled(session)
            session.close()

    # --- a file changed on disk ------------------------------------------------------

    def settle_conflict(self, session: OfferSession, keep_mine: bool) -> None:
        """Settle a file changed on disk: read it again, after keeping the edits made
        here as a conflicting copy beside the file when `keep_mine`. The changed file is
        never overwritten."""
        from offertui.domain.meeting_merge import carry_meeting, running

        carry: Callable[[Offer], Offer] | None = None
        with self._keeping:  # not kept a second time by a signal's save meanwhile
            if not session.conflicted:
                return
            if keep_mine:
                mine, base = session.offer, session.file.offer
                try:
                    copy = self.store.save_copy(mine)
                except OSError as error:
                    self.notify(f"Your version could not be kept: {error}", severity="error")
                    return
                where = f"Your version is kept beside the file, as {copy.id}.toml"
                if running(mine):
                    # What is typed in a live meeting stays in front of the user.
                    carry = partial(carry_meeting, base, mine)
                    self.notify(
                        f"{where}. The file is read again, with your meeting notes,"
                        " answers and marks carried onto it",
                        markup=False,
                        timeout=10,
                    )
                else:
                    self.notify(
                        f"{where}: on the Offers home, once this offer is closed, compare"
                        " and keep one",
                        markup=False,
                    )
            session.conflicted = False
        session.conflict = ""
        try:
            # The offer's screens hear of it through the session and show it afresh.
            session.replace_from_disk(carry)
        except (BrokenFile, OSError) as error:
            self.notify(f"Could not read the file again: {error}", severity="error")

    def _keep_unsettled(self, session: OfferSession) -> None:
        """Closing an offer whose file changed on disk, not yet settled: the edits made
        here are kept as a conflicting copy beside the file rather than lost (the file
        is left as it is), settled on the home as a sync tool's copy is."""
        # Once, whoever gets here first: the signal's thread or the app closing.
        with self._keeping:
            if session.conflicted and not session.read_only:
                with contextlib.suppress(OSError):
                    self.store.save_copy(session.offer)
                session.conflicted = False

    # --- the profile and styles ------------------------------------------------------

    def _remember_theme(self, theme: Theme) -> None:
        self.update_profile(replace(self.profile, theme=theme.name))

    def update_profile(self, profile: Profile) -> None:
        if profile == self.profile:
            return
        self.profile = profile
        if self.profile_error is None:
            self.autosaver.schedule("profile", self._save_profile)

    @property
    def export_folder(self) -> Path:
        """Where exports and written emails go: the profile's export folder, else the
        user's documents folder (never the folder offertui was started in)."""
        return export_folder(self.profile.export_folder)

    def remember_export_folder(self, written: Path) -> None:
        """The user wrote `written`: its folder is the export folder from now on."""
        folder = written.parent
        if folder != self.export_folder:
            self.update_profile(replace(self.profile, export_folder=str(folder)))

    def _save_profile(self) -> bool:
        self.store.save_profile(self.profile)
        return True

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

    # --- the focus mark ----------------------------------------------------------------

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        _mark_row(event.widget)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        _mark_row(event.widget)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's colours, its headings and focus mark made legible on every
        background (see `offertui.colours`); Content styles read them here too."""
        variables = legible_variables(super().get_css_variables())
        self.theme_variables = variables
        return variables

    def key_text(self, command: Command, scope: str = "") -> str:
        """The keys of `command` in `scope` as the footer writes them ("^o", "f9",
        "d / del"), the user's own if they set some; empty when it has none."""
        if command.id in self.keymap.keys:
            keys = self.keymap.keys[command.id]
        elif command.key_display:
            return command.key_display
        else:
            keys = command.keys_in(scope) if scope else command.key
        if not keys:
            return ""
        return " / ".join(self.get_key_display(Binding(k, "")) for k in keys.split(","))

    def key_words(self, command: Command) -> str:
        """The key of `command` as a sentence names it ("ctrl+o", "F9"), the user's own
        if they set one; empty when it has none."""
        keys = self.keymap.key_for(command)
        return " or ".join(_spoken(k) for k in keys.split(",")) if keys else ""

    def how_to(self, command_id: str, scope: str = "") -> str:
        """How a sentence tells the user to run a command: its key in `scope` ("ctrl+j",
        "F9", "g" on the Offers list), the user's own if they set one, or else the palette
        and the command's name ("ctrl+p, “Add attendee”")."""
        command = BY_ID[command_id]
        keys = self.keymap.keys.get(command_id) or command.keys_in(scope)
        if keys:
            return " or ".join(_spoken(k) for k in keys.split(","))
        return f"{self.key_words(BY_ID['palette'])}, “{command.name}”"

    def with_keys(self, text: str, scope: str = "") -> str:
        """`text` with each `{key:ID}` written as `how_to(ID, scope)` says it, so a hint
        names the keys the user has, not the ones offertui came with."""
        return _KEY_MARK.sub(lambda found: self.how_to(found[1], scope), text)

    # --- navigation, which needs the screens: OfferTUI does it -----------------------

    def resolve_conflict(self, session: OfferSession, reason: str) -> None:
        """The offer's file changed on disk: say so, and how to settle it, without
        taking a key from what is being typed."""
        raise NotImplementedError

    def open_offer(self, offer_id: str, screen: str = "overview", **options: Any) -> None:
        """Open the offer on one of its screens (`options` go to the screen)."""
        raise NotImplementedError

    def show_offer_screen(self, session: OfferSession, name: str, **options: Any) -> None:
        """Show one of an open offer's screens; `options` go to the screen."""
        raise NotImplementedError

    def close_offer(self, session: OfferSession) -> None:
        """Leave the offer shown on top for the home: its screens go, its file closes."""
        raise NotImplementedError

    def action_glossary(self, term: str | None = None) -> None:
        """Open the glossary over the current screen, on `term` if given."""
        raise NotImplementedError
