"""Below 80x24, a notice with the terminal's size and the size needed instead of a
broken layout; typing still reaches its field, and the screen comes back on resize."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Input

from offertui.screens.overview import OverviewScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.too_small import TooSmall
from tests.helpers import open_screen, wait_until

AppFactory = Callable[..., Any]


def _notice(app: Any) -> str | None:
    """The notice's text on the screen shown, or None when there is none."""
    found = list(app.screen.query(TooSmall))
    return str(found[0].render()) if found else None


async def test_a_small_terminal_says_so_and_typing_is_kept(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "enter", expect=OverviewScreen)
        assert _notice(app) is None  # 80x24 is enough
        field = app.screen.query_one("#contact_name Input", Input)
        field.focus()
        await pilot.press(*"Sa")
        await pilot.resize_terminal(79, 24)
        await wait_until(pilot, lambda: _notice(app) is not None, what="the notice")
        assert "It is 79x24; offertui needs at least 80x24" in (_notice(app) or "")
        await pilot.press(*"to")  # typed while the notice is up
        await pilot.resize_terminal(70, 18)
        await wait_until(pilot, lambda: "It is 70x18" in (_notice(app) or ""), what="70x18")
        await pilot.press("f3")  # another screen: it says so too
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen), what="Prep")
        await wait_until(pilot, lambda: _notice(app) is not None, what="the notice on Prep")
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, OverviewScreen), what="back")
        await pilot.resize_terminal(80, 24)
        await wait_until(pilot, lambda: _notice(app) is None, what="the notice gone")
        field = app.screen.query_one("#contact_name Input", Input)
        assert field.value == "Sato"
        await wait_until(pilot, lambda: store.load("acme-dev").contact.name == "Sato", what="saved")
