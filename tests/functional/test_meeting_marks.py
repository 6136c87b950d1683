"""Marks given in the meeting keep what they say: Skip after Unclear moves on, and the
question is still one to ask again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import TextArea

from offertui.domain.prep import effective_must_ask
from offertui.domain.red_flags import red_flags
from offertui.screens.dialogs import MessageDialog
from offertui.screens.meeting import MeetingScreen
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import NOW, Notifications, open_screen, press, shown_text, wait_until

AppFactory = Callable[..., Any]


async def test_skip_after_unclear_keeps_it_unclear_and_moves_on(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        said = Notifications(app)
        meeting = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        await press(pilot, "f9", "shift+tab")
        answer = meeting.query_one("#answer", TextArea)
        assert meeting.focused is answer
        first = meeting.selected
        assert first is not None and effective_must_ask(meeting.offer, first)
        await press(pilot, *"Around 3 people", "ctrl+l")
        await run_command(pilot, "Skip question")

        def kept() -> Any:
            return next(q for q in app.sessions[offer.id].offer.questions if q.id == first.id)

        await wait_until(pilot, lambda: kept().answer == "Around 3 people", what="the answer")
        assert kept().status == "unclear"
        following = meeting.selected
        assert following is not None and following.id != first.id
        assert said.any_contains("Kept as unclear")
        flags = {f.key for f in red_flags(meeting.offer, NOW.date(), NOW)}
        assert "must_ask_unclear" in flags and "must_ask_skipped" not in flags

        await press(pilot, "f9", "f9")
        assert isinstance(app.screen, MessageDialog)
        summary = shown_text(app.screen)
        unclear, _, rest = summary.partition("Must-ask")
        assert "Unclear (1), worth asking again" in unclear
        assert first.text[:30] in unclear
        assert "skipped" not in rest
