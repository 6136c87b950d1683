"""The offer's header line at 80 columns: a long company and position give way, the
stage, the reply deadline and the save status stay whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from textual.widgets import Label

from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from tests.helpers import NOW, open_screen, press, wait_until

AppFactory = Callable[..., Any]


async def test_a_long_title_is_cut_before_the_stage_and_the_save_time(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("株式会社サンプルテクノロジーホールディングス", "Senior Backend Engineer")
    handle = store.open(offer.id)
    handle.save(replace(offer, reply_deadline=NOW.date() + timedelta(days=3)))
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", expect=OverviewScreen)
        await press(pilot, *"x")  # into the company: a save, so a save time to show
        status = screen.query_one("#save-status", Label)
        await wait_until(pilot, lambda: "saved" in status.render_line(0).text, what="saved")
        row = screen.query_one("#offer-title-row")
        line = "".join(child.render_line(0).text for child in row.children).rstrip()
        assert "Preparing  ·  reply in 3 days" in line, line
        assert line.endswith("saved 14:05"), line
        assert "…" in line and line.index("…") < line.index("Preparing"), line
