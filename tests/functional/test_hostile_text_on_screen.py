"""Control and bidi characters from an offer file never reach the terminal from an
offer's screens: the header, a one-line field and the notes draw them visibly, and the
file keeps them, byte for byte, until the user changes that text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Input, Label, TextArea

from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from tests.helpers import open_screen, wait_until

AppFactory = Callable[..., Any]
# A clipboard write, a screen clear, an 8-bit CSI and a right-to-left override.
HOSTILE = "Evil\x1b]52;c;aGVsbG8=\x07\x1b[2J\x9b31m\u202eK.K."
NOTES = f"first line\n{HOSTILE}\nlast line"


def _printable(text: str) -> bool:
    return all(ch.isprintable() for ch in text)


async def test_an_offers_screens_draw_control_characters_visibly_and_keep_them(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create(HOSTILE, "Dev")
    handle = store.open(offer.id)
    handle.save(replace(handle.offer, meeting=replace(handle.offer.meeting, notes=NOTES)))
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", expect=OverviewScreen)
        title = str(screen.query_one("#offer-title", Label).render())
        assert title.startswith("Evil\\x1b]52;c;aGVsbG8=\\x07\\x1b[2J\\u009b31m\\u202eK.K."), title
        company = screen.query_one("#company Input", Input)
        assert company.value == HOSTILE  # the value is what the file holds
        drawn = company.render_line(0).text
        assert _printable(drawn), repr(drawn)
        assert "Evil␛]52;c;aGVsbG8=" in drawn and "␛[2J" in drawn
        meeting = await open_screen(pilot, "f4", expect=MeetingScreen)
        notes = meeting.query_one("#notes", TextArea)
        assert notes.text == NOTES
        lines = [notes.render_line(y).text for y in range(notes.size.height)]
        assert any("␛[2J" in line for line in lines), lines
        assert all(_printable(line) for line in lines), lines
        # Typing elsewhere saves the offer: the company and the notes keep their text.
        await open_screen(pilot, "f2", expect=OverviewScreen)
        position = app.screen.query_one("#position Input", Input)
        position.value = "Dev Lead"
        await wait_until(pilot, lambda: store.load(offer.id).position == "Dev Lead", what="saved")
    saved = store.load(offer.id)
    assert saved.company == HOSTILE
    assert saved.meeting.notes == NOTES
