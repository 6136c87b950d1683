"""The Profile screen in a small terminal: every row in view at 80x24, the focused row
in view when the terminal is smaller still, and the save status always on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Label

from offertui.storage.store import OfferStore

AppFactory = Callable[..., Any]


def _status(app: Any) -> str:
    return str(app.screen.query_one("#profile-status", Label).content)


def _in_view(app: Any, widget: Any) -> bool:
    """Whether `widget` is drawn wholly inside the terminal, not cut or scrolled off."""
    region = widget.region
    screen = app.screen.region
    return bool(region.height) and screen.contains_region(region)


async def _open_profile(pilot: Any) -> None:
    await pilot.press("p")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "ProfileScreen"


async def test_every_row_fits_at_80x24_without_scrolling(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_profile(pilot)
        rows = app.screen.query_one("#profile", VerticalScroll)
        assert rows.max_scroll_y == 0
        fields = [w for w in rows.query("*") if w.focusable and w.display]
        assert fields[-1] is rows.query_one("#export_folder Input")  # the last row
        assert all(_in_view(app, field) for field in fields)


@pytest.mark.parametrize("height", [12, 16])
async def test_tab_keeps_the_focused_row_and_the_save_status_in_view(
    make_app: AppFactory, store: OfferStore, height: int
) -> None:
    app = make_app()
    async with app.run_test(size=(80, height)) as pilot:
        await _open_profile(pilot)
        assert app.screen.query_one("#profile", VerticalScroll).max_scroll_y > 0
        status = app.screen.query_one("#profile-status", Label)
        for _ in range(7):
            await pilot.press("tab")
            await pilot.pause()
            assert app.focused is not None and _in_view(app, app.focused)
        assert app.focused.id == "timestamp_notes"
        await pilot.press("space")  # tick the timestamps
        await pilot.pause()
        assert _in_view(app, status)
        app.save_all()
        await pilot.pause()
        assert _status(app).startswith("saved ")
        assert _in_view(app, status)
    assert store.load_profile().timestamp_notes is True


async def test_a_broken_profile_says_not_saved_at_the_top(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.profile_path.write_text("name_en = [unclosed", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_profile(pilot)
        assert _status(app) == "NOT SAVED: profile.toml is broken"
        await pilot.press(*"Alex")
        await pilot.pause()
        app.save_all()
        await pilot.pause()
        assert _status(app) == "NOT SAVED: profile.toml is broken"
    assert store.profile_path.read_text(encoding="utf-8") == "name_en = [unclosed"
