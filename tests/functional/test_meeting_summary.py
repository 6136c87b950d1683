"""The summary after the meeting reads as a list at 80x24: each item wraps under its own
words, not back under the bullet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Static

from offertui.domain.prep import effective_must_ask
from offertui.screens.dialogs import MessageDialog
from offertui.screens.meeting import MeetingScreen
from offertui.storage.store import OfferStore
from tests.helpers import open_screen, press

AppFactory = Callable[..., Any]


async def test_summary_items_wrap_under_their_text(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        asked = {q.text for q in meeting.offer.questions if effective_must_ask(meeting.offer, q)}
        await press(pilot, "f9", "f9", "f9")
        assert isinstance(app.screen, MessageDialog)
        body = app.screen.query_one(".dialog--body", Static)
        lines = [body.render_line(y).text.rstrip() for y in range(body.size.height)]
        items: list[list[str]] = []
        in_item = False
        for line in lines:
            if line.startswith("  • "):
                items.append([line.removeprefix("  • ")])
                in_item = True
            elif in_item and line.startswith("    "):
                items[-1].append(line.strip())
            else:
                in_item = False  # a heading or a paragraph ends the item
        texts = [" ".join(parts) for parts in items]
        assert any(len(parts) > 1 for parts in items), "no item long enough to wrap"
        assert texts and set(texts) <= asked, texts
