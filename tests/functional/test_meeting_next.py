"""Next (ctrl+n) on the Meeting: the open must-ask questions come before the others."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from offertui.domain.prep import effective_must_ask
from offertui.screens.meeting import MeetingScreen
from offertui.storage.store import OfferStore
from tests.helpers import open_screen, press

AppFactory = Callable[..., Any]


async def test_next_after_unclear_goes_to_an_open_must_ask_question(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        first = screen.selected
        assert first is not None and effective_must_ask(screen.offer, first)
        await press(pilot, "ctrl+l", "ctrl+n")
        chosen = screen.selected
        assert chosen is not None and chosen.id != first.id
        assert chosen.status == "open" and effective_must_ask(screen.offer, chosen)
