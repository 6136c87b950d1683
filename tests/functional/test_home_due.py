"""The home's line of what is due: the items of `offertui due`, as many as fit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from offertui.domain.due import DueItem, due_items, timeline_of
from offertui.storage.due import store_timelines
from offertui.storage.store import OfferStore
from offertui.widgets.due_line import DueLine, due_text, home_due_line
from offertui.widgets.offers_table import OffersTable
from tests.helpers import NOW, settle_home
from tests.timeline_offers import timeline_offers, write_offers

AppFactory = Callable[..., Any]


def test_the_line_keeps_what_fits_and_counts_the_rest() -> None:
    items = due_items([timeline_of(o) for o in timeline_offers()], NOW)
    lines = [home_due_line(item) for item in items]
    wide = due_text(items, 1000)
    assert wide.plain == "Due: " + " · ".join(lines)
    narrow = due_text(items, 110)
    assert narrow.plain.startswith(f"Due: {lines[0]} · {lines[1]}")
    shown = sum(1 for line in lines if line in narrow.plain)
    assert narrow.plain.endswith(f"+{len(lines) - shown} more")
    assert narrow.cell_len <= 110
    # Overdue items are red; the others are not.
    red = {narrow.plain[span.start : span.end] for span in narrow.spans if "red" in str(span.style)}
    assert lines[0] in red and lines[0].startswith("! ")


def test_the_line_names_companies_as_the_table_does() -> None:
    when = NOW.date()
    item = DueItem("reply", "x", "株式会社サイバーエージェント", when, "reply due today")
    assert home_due_line(item) == "サイバーエージェント: reply due today"
    assert home_due_line(DueItem("reply", "y", "Delta KK", when, "x")) == "Delta: x"


async def test_the_home_shows_what_is_due_at_the_top(
    make_app: AppFactory, store: OfferStore
) -> None:
    write_offers(store, timeline_offers())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        line = app.screen.query_one(DueLine)
        assert line.display
        drawn = line.render_line(0).text
        # At 80 columns the most pressing item, and how many more `offertui due` lists.
        assert drawn.rstrip() == "Due: ! Delta: reply deadline passed 2 days ago  +7 more"
        # Above the table, under the title.
        assert line.region.y < app.screen.query_one("#offers-table").region.y


async def test_nothing_due_no_line(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Iota", "Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        assert not app.screen.query_one(DueLine).display


async def test_the_line_is_worked_out_once_the_table_is_up(
    make_app: AppFactory, store: OfferStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading every offer's timeline waits until the home is mounted and its table
    # filled, so that the first frame does not wait for it.
    from offertui.storage import due

    write_offers(store, timeline_offers())
    seen: list[tuple[bool, int]] = []

    def timelines(*args: Any) -> Any:
        screen = app.screen
        seen.append((screen.is_mounted, screen.query_one("#offers-table", OffersTable).row_count))
        return store_timelines(*args)

    monkeypatch.setattr(due, "store_timelines", timelines)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        assert app.screen.query_one(DueLine).display
        assert seen[0] == (True, len(timeline_offers()))
