"""A footer's keys are styled as the footer is, once, when they are mounted: the footer
is built anew on every focus change, and restyling each key as it is built (twice: a
key starts compact, the footer is not) was a third of the app's start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.dom import DOMNode
from textual.widgets import Footer

from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from tests.helpers import open_screen, settle_home, wait_until

AppFactory = Callable[..., Any]


def _bound_keys(footer: Footer) -> list[DOMNode]:
    """The footer's keys but the palette's, which is not bound to the footer."""
    return [key for key in footer.query("FooterKey") if not key.has_class("-command-palette")]


async def test_a_footer_built_anew_restyles_none_of_its_keys(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_home(pilot)
        restyled: list[DOMNode] = []
        update_styles = app.update_styles

        def recording(node: DOMNode, animate: bool = True) -> None:
            restyled.append(node)
            update_styles(node, animate=animate)

        app.update_styles = recording  # type: ignore[method-assign]
        for screen_keys in ((), ("enter",)):
            if screen_keys:
                await open_screen(pilot, *screen_keys, expect=OverviewScreen)
            footer = app.screen.query_one(Footer)
            before = _bound_keys(footer)
            restyled.clear()
            # Built anew as Textual does it, from the footer's own message loop.
            footer.call_later(footer.recompose)
            await wait_until(
                pilot,
                lambda f=footer, old=before: (
                    bool(_bound_keys(f)) and not set(_bound_keys(f)) & set(old)
                ),
                what="the footer built anew",
            )
            await pilot.pause()
            keys = _bound_keys(footer)
            assert keys, type(app.screen).__name__
            assert [node for node in restyled if node in keys] == []
            # Styled as the footer all the same.
            assert all(key.has_class("-compact") == footer.compact for key in keys)
