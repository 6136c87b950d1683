"""What the tests share besides fixtures: the fixed "now", a clock moved by hand, and the
small steps that make a Pilot run or a snapshot independent of timing.

Fixtures live in `conftest.py`; everything a test imports lives here.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

JST = timezone(timedelta(hours=9))
# A Wednesday afternoon in Tokyo; every test sees the same "now".
NOW = datetime(2026, 11, 25, 14, 5, 0, tzinfo=JST)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = NOW) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


async def wait_until(
    pilot: Any, condition: Callable[[], bool], *, what: str, timeout: float = 30.0
) -> None:
    """Let the app run until `condition()` holds.

    For work the app does on a timer: rather than sleeping for a guessed time (which a
    loaded machine outruns), look at the outcome every few milliseconds. The timeout is
    only a backstop against a hang, and fails the test saying what never happened: it
    costs nothing while the app keeps up, so it is long enough for a machine running two
    workers beside other work, where whole Pilot tests take two to three times as long.
    """
    loop = asyncio.get_running_loop()
    give_up = loop.time() + timeout
    while not condition():
        if loop.time() > give_up:
            raise AssertionError(f"still waiting after {timeout} s: {what}")
        await pilot.pause(0.01)


async def settle_home(pilot: Any) -> None:
    """Let the home's after-start work (the holiday calendar, loaded after the first
    frame) finish, so the line under the table does not depend on timing."""
    from offertui.screens.offers import OffersScreen

    def settled() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, OffersScreen) and screen.calendar_ready

    await wait_until(pilot, settled, what="the home's holiday calendar")
    await no_blink(pilot)


async def press(pilot: Any, *keys: str) -> None:
    """Press `keys` one at a time, each once the screen the last one led to is open, as
    a person would who looks before typing. A key pressed while a screen is still being
    put together can reach the screen below it."""
    for key in keys:
        await pilot.press(key)
        await wait_until(pilot, lambda: pilot.app.screen.is_mounted, what=f"open after {key}")
        await pilot.pause()


async def type_text(pilot: Any, text: str, *, timeout: float = 30.0) -> None:
    """Type `text` in one burst, as a terminal delivers a fast typist's keys, and
    return once the app has handled every one of them.

    Each key is the event the terminal's input parser makes of the character (the same
    key name, so a binding on "?" or "/" sees what it would see live), queued where the
    driver queues it. `pilot.press(*text)` instead waits for the app to fall idle after
    every key, which costs a tenth of a second a key, more on a loaded machine.

    Returning "once handled" is checked, not guessed: a callback queued behind the keys
    runs when the app has passed each key on to the widget in focus, and a second one,
    queued on that widget, when the widget has taken them in. What the keys set off in
    turn (a field's check, the offer's update) is left to a `pilot.pause()` or, better,
    a `wait_until` on the outcome.
    """
    app = pilot.app
    for character in text:
        app.post_message(events.Key(_character_to_key(character), character))
    handled = asyncio.Event()

    def behind_the_focus() -> None:
        target = app.focused or app.screen
        target.call_later(handled.set)

    app.call_later(behind_the_focus)
    await wait_until(pilot, handled.is_set, what=f"the keys of {text!r} handled", timeout=timeout)
    await pilot.pause()


ScreenT = TypeVar("ScreenT", bound=Screen[Any])


async def open_screen(pilot: Any, *keys: str, expect: type[ScreenT]) -> ScreenT:
    """Press `keys` as `press` does and return the screen they led to, which must be an
    `expect`: for a test that opens an offer's screen before it looks at it.

    Waits for that screen to be open, rather than looking once the keys are handled: a
    key can push its screen from a callback that runs after the app looked idle."""
    await press(pilot, *keys)
    await _wait_for_screen(pilot, lambda screen: isinstance(screen, expect), keys, expect.__name__)
    screen = pilot.app.screen
    assert isinstance(screen, expect)
    return screen


async def return_to(pilot: Any, screen: Screen[Any], *keys: str) -> None:
    """Press `keys` as `press` does and wait until they lead back to `screen` (a dialog
    closed, a screen left), open again."""
    await press(pilot, *keys)
    await _wait_for_screen(pilot, lambda now: now is screen, keys, type(screen).__name__)


async def _wait_for_screen(
    pilot: Any, wanted: Callable[[Screen[Any]], bool], keys: tuple[str, ...], name: str
) -> None:
    def there() -> bool:
        now = pilot.app.screen
        return wanted(now) and now.is_mounted

    try:
        await wait_until(pilot, there, what=f"{keys} leading to the {name}")
    except AssertionError as error:
        led_to = type(pilot.app.screen).__name__
        raise AssertionError(f"{keys} led to {led_to}, not to the {name}") from error


async def no_blink(pilot: Any) -> None:
    """Wait until the current screen is open, then stop every cursor on it blinking, so
    the SVG does not depend on timing.

    Open means mounted: its on_mount has run, so its widgets exist and the focus is where
    the screen puts it. A screen pushed a moment ago may not be, however idle the app
    looks (seen on a loaded machine: the Emails screen caught with the focus still on
    its first field, before on_mount moved it to the body).
    """
    await wait_until(pilot, lambda: pilot.app.screen.is_mounted, what="the screen open")
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
        if isinstance(widget, TextArea):
            # A TextArea caches its rendered lines under a key that, for a cursor that
            # does not blink, leaves out whether the cursor is drawn at all: a line drawn
            # before the area had focus would keep showing no cursor, and whether it was
            # drawn that early depends on how busy the machine is. Draw them afresh.
            widget.notify_style_update()
            widget.refresh()
    await pilot.pause()


@dataclass(frozen=True)
class Notice:
    """One notification the app showed."""

    message: str
    severity: str


class Notifications:
    """Records what the app tells the user with `notify`, as the user would read it.

    Textual keeps its notifications in private state; this wraps the app's public
    `notify` (which every widget's `notify` goes through) instead.
    """

    def __init__(self, app: App[Any]) -> None:
        self.seen: list[Notice] = []
        original = app.notify

        def notify(message: str, *args: Any, **kwargs: Any) -> None:
            self.seen.append(Notice(str(message), str(kwargs.get("severity", "information"))))
            original(message, *args, **kwargs)

        app.notify = notify  # type: ignore[method-assign]

    @property
    def messages(self) -> list[str]:
        return [notice.message for notice in self.seen]

    def any_contains(self, text: str) -> bool:
        """Whether some notification's message contains `text` (case-insensitive)."""
        needle = text.casefold()
        return any(needle in message.casefold() for message in self.messages)


def keys_in_profile(data_dir: Path, keys: str) -> None:
    """Write a profile.toml whose [keys] table holds `keys` (TOML lines: id = "key")."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "profile.toml").write_text(f'name_en = "Alex"\n\n[keys]\n{keys}\n')


def shown_text(screen: Screen[Any]) -> str:
    """The text of every label and static on `screen`, one per line: what a user reads
    there (a dialog's title and message), without reaching into the screen's fields.
    Content made of Rich parts (a list laid out as a grid) is drawn as plain text, each
    line whole."""
    return "\n".join(_plain(widget) for widget in screen.query(Static))


def _plain(widget: Static) -> str:
    content = widget.content
    if isinstance(content, str):
        return str(widget.render())
    console = Console(width=1000, file=io.StringIO(), color_system=None)
    with console.capture() as drawn:
        console.print(content)
    return "\n".join(line.rstrip() for line in drawn.get().splitlines())


def unseen(screen: Screen[Any], widget: Widget) -> str | None:
    """Why `widget` cannot be seen whole on `screen` (off it, cut, or covered by another
    widget at a corner), or None when it can."""
    name = f"{type(widget).__name__}#{widget.id}" if widget.id else type(widget).__name__
    region = widget.region
    if not region.area:
        return f"{name} has no room on screen ({region})"
    if not screen.region.contains_region(region):
        return f"{name} is not all on screen ({region})"
    right, bottom = region.right - 1, region.bottom - 1
    for x, y in ((region.x, region.y), (right, region.y), (region.x, bottom), (right, bottom)):
        shown, _ = screen.get_widget_at(x, y)
        if shown is not widget and widget not in shown.ancestors:
            return f"{name} is covered at ({x}, {y}) by {type(shown).__name__}#{shown.id}"
    return None


async def wait_seen(
    pilot: Any, widget: Widget, *, why: Callable[[Screen[Any], Widget], str | None] = unseen
) -> None:
    """Let the app run until `widget` can be seen whole (a scroll to it may take a few
    frames); fail saying why it cannot. `why` may be stricter than `unseen`."""
    screen = widget.screen
    await wait_until(
        pilot, lambda: why(screen, widget) is None, what=str(why(screen, widget)), timeout=5
    )


def path_state(path: Path) -> object:
    """Everything a write could change at `path`, without following or opening it: its
    kind, inode, size and mtime; a link's own text and its target's state; a folder's
    names. Equal before and after means nothing was written there."""
    st = os.lstat(path) if os.path.lexists(path) else None
    if st is None:
        return "absent"
    state: tuple[object, ...] = (stat.S_IFMT(st.st_mode), st.st_ino, st.st_size, st.st_mtime_ns)
    if stat.S_ISLNK(st.st_mode):
        target = Path(os.path.realpath(path))
        return (*state, os.readlink(path), path_state(target) if target != path else None)
    if stat.S_ISDIR(st.st_mode):
        return (*state, sorted(os.listdir(path)))
    if stat.S_ISREG(st.st_mode):
        return (*state, hashlib.sha256(path.read_bytes()).hexdigest())
    return state


async def keep_version(pilot: Any, number: int) -> None:
    """Keep version `number` in the two-versions dialog as a user does: Tab to its
    button, then Enter (no key of its own keeps one)."""
    from textual.widgets import Button

    dialog = pilot.app.screen
    button = dialog.query_one(f"#keep-{number}", Button)
    assert not button.disabled, f"Keep {number} cannot be pressed"
    for _ in range(12):
        if dialog.focused is button:
            break
        await press(pilot, "tab")
    assert dialog.focused is button, f"Tab never reached Keep {number}"
    await press(pilot, "enter")


# As the terminal's input parser makes them (ctrl+n is the control character 0x0e).
CHARACTERS = {
    "ctrl+g": "\x07",
    "ctrl+n": "\x0e",
    "ctrl+r": "\x12",
    "ctrl+t": "\x14",
    "enter": "\r",
    "f2": None,
    "f4": None,
    "tab": "\t",
    "shift+tab": None,
    "space": " ",
}


def burst(app: Any, *keys: str) -> None:
    """Queue every key at once, as a terminal delivers a burst: none is handled before
    the last one is queued."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key)))


def keys_of(text: str) -> list[str]:
    """The keys of `text` as the terminal names them (a space is "space"), for `burst`."""
    return ["space" if c == " " else c for c in text]
