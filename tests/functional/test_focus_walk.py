"""Tab through every offer screen at 80x24: each widget that takes the focus is on
screen and not covered when it has it, and Tab visits them in the order they are read.

The reading order is top to bottom, then left to right, measured where each widget sits
in its layout (its place on screen plus how far its containers are scrolled), so that a
column scrolled to show its end does not look as if it came first. Tab goes round in a
cycle, so the walk may start anywhere in it: the order is checked from its first widget.

The one exception is a layout in columns, where a column is read from top to bottom
before the next one starts (Decision: the red flags, then the choice and the lists
beside them; Emails: the kinds and languages, then the draft). The columns are named
below, each by its container; a widget inside one sits, for the order, where its column
begins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.containers import ScrollableContainer
from textual.geometry import Offset
from textual.screen import Screen
from textual.widget import Widget

from offertui.screens.offer_screen import OFFER_SCREENS
from offertui.storage.store import OfferStore
from tests.helpers import unseen, wait_seen, wait_until

AppFactory = Callable[..., Any]

# Each view: the screen, and for Prep the part shown.
VIEWS = [
    "overview",
    "prep:letter",
    "prep:facts",
    "prep:questions",
    "prep:doubts",
    "prep:negotiation",
    "meeting",
    "decision",
    "emails",
    "pay",
    "letter",
]

COLUMNS: dict[str, tuple[str, ...]] = {
    "decision": ("#decision-flags", "#decision-side"),
    "emails": ("#emails-side", "#emails-main"),
}

# More than any screen has: a walk that never comes back round is a failure, not a hang.
MOST_STOPS = 80


def _name(widget: Widget) -> str:
    return f"{type(widget).__name__}#{widget.id}" if widget.id else type(widget).__name__


def _hidden_by(screen: Screen[Any], widget: Widget) -> str | None:
    """Why `widget`, focused, cannot be seen on `screen`, or None when it can."""
    scroll = isinstance(widget, ScrollableContainer) and widget.can_focus_children
    if scroll and any(inner.focusable for inner in widget.query("*")):
        # Its fields take the focus themselves; on the scroll, it marks nothing.
        return f"{_name(widget)} is a stop of its own around fields that are stops"
    return unseen(screen, widget)


def _in_layout(widget: Widget) -> Offset:
    """Where `widget` sits in its layout: on screen, plus its containers' scrolling."""
    offset = widget.region.offset
    for container in widget.ancestors:
        if isinstance(container, Widget):
            offset += container.scroll_offset
    return offset


def _reading_key(screen: Screen[Any], widget: Widget, columns: tuple[str, ...]) -> tuple[int, ...]:
    here = _in_layout(widget)
    for selector in columns:
        column = screen.query_one(selector)
        if column in widget.ancestors:
            start = _in_layout(column)
            return (start.y, start.x, here.y, here.x)
    return (here.y, here.x, here.y, here.x)


def _with_a_pro(store: OfferStore) -> str:
    """A new offer with one pro and no con: a list with lines and an empty one."""
    offer = store.create("Acme K.K.", "Backend Engineer")
    pros = ("A team that reviews code with care",)
    handle = store.open(offer.id)
    handle.save(replace(offer, decision=replace(offer.decision, pros=pros)))
    handle.close()
    return offer.id


@pytest.mark.parametrize("view", VIEWS)
async def test_tab_shows_each_stop_and_follows_the_reading_order(
    make_app: AppFactory, store: OfferStore, data_dir: Path, view: str
) -> None:
    offer_id = _with_a_pro(store)
    name, _, part = view.partition(":")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_offer(offer_id, name)
        kind = OFFER_SCREENS.screen_class(name)

        def opened() -> bool:
            shown = app.screen
            return isinstance(shown, kind) and shown.is_mounted and shown.focused is not None

        await wait_until(pilot, opened, what=f"the {name} screen open and focused")
        screen = app.screen
        if part:
            await screen.action_show_section(part)
            await wait_until(
                pilot,
                lambda: (
                    screen.focused is not None and part in [a.id for a in screen.focused.ancestors]
                ),
                what=f"the focus in the {part} part",
            )
        start = screen.focused
        assert start is not None
        stops: list[Widget] = []
        keys: list[tuple[int, ...]] = []
        columns = COLUMNS.get(name, ())
        for _ in range(MOST_STOPS):
            await pilot.press("tab")
            focused = screen.focused
            assert focused is not None, (
                f"{view}: Tab after {stops and _name(stops[-1])} lost the focus"
            )
            await wait_seen(pilot, focused, why=_hidden_by)
            stops.append(focused)
            keys.append(_reading_key(screen, focused, columns))
            if focused is start:
                break
        else:
            pytest.fail(f"{view}: Tab never came back to {_name(start)}")

        first = keys.index(min(keys))
        order = stops[first:] + stops[:first]
        ordered = keys[first:] + keys[:first]
        assert ordered == sorted(ordered), f"{view}: Tab goes " + " → ".join(
            f"{_name(w)}{k[2:]}" for w, k in zip(order, ordered, strict=True)
        )
