"""The New Year closure is set in the profile, checked as typed, and kept in profile.toml."""

from __future__ import annotations

from textual.widgets import Input

from offertui.storage.store import OfferStore
from offertui.widgets.field import Field
from tests.functional.test_offers_flow import AppFactory


async def test_the_closure_is_set_in_the_profile(make_app: AppFactory, store: OfferStore) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        field = app.screen.query_one("#new_year_closure", Field)
        assert field.query_one(Input).value == "12-29..01-03"
        field.query_one(Input).value = "12/29"
        await pilot.pause()
        assert "MM-DD..MM-DD" in field.error  # refused where it was typed
        field.query_one(Input).value = "12-31~1-3"
        await pilot.pause()
        assert field.error == ""
        await pilot.press("escape")
        await pilot.pause()
    assert store.load_profile().new_year_closure == "12-31..01-03"  # written one way
