"""Next (ctrl+n) on the Meeting: the open must-ask questions come before the others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Static

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


async def test_an_open_question_with_an_answer_does_not_read_not_asked_after_a_restart(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    answered = tuple(replace(q, answer="By Friday") for q in offer.questions)
    handle = store.open(offer.id)
    handle.save(replace(offer, questions=answered))
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        assert screen.selected is not None and screen.selected.status == "open"
        text = str(screen.query_one("#q-text", Static).render())
        assert "not asked yet" not in text and "answer noted" in text
