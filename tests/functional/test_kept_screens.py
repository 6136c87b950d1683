"""An open offer's screens are made once and kept: a switch back shows the same screen,
caught up with what changed on the others and with the file when it is read again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Input, Label

from offertui.screens.letter import LetterScreen
from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.offer_header import OfferHeader
from offertui.widgets.question_list import QuestionList
from tests.helpers import press, wait_until

AppFactory = Callable[..., Any]


def _prompt_of(screen: PrepScreen, question_id: str) -> str:
    questions = screen.query_one(QuestionList)
    return str(questions.get_option(question_id).prompt)


async def test_an_answer_marked_on_meeting_shows_on_the_kept_prep_at_once(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter", "f3")
        prep = app.screen
        assert isinstance(prep, PrepScreen)
        await prep.action_show_section("questions")
        await pilot.pause()
        await press(pilot, "f4")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        asked = meeting.selected
        assert asked is not None
        assert "(answered)" not in _prompt_of(prep, asked.id)
        await press(pilot, "ctrl+r")
        assert meeting.selected is not None and meeting.selected.id != asked.id

        await press(pilot, "f3")
        # The very screen made before, not a new one, and it shows the answer's mark.
        assert app.screen is prep
        assert "(answered)" in _prompt_of(prep, asked.id)
        # And back: Meeting too is the one made before, its notes where they were.
        await press(pilot, "f4")
        assert app.screen is meeting


async def test_a_reload_from_disk_reaches_every_kept_screen(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter", "f3", "f4", "f2")
        overview = app.screen
        assert isinstance(overview, OverviewScreen)
        session = app.sessions[offer.id]
        # The file changes under the app; it is read again (as a settled conflict is).
        path = store.path_for(offer.id)
        path.write_text(path.read_text("utf-8").replace('"Acme"', '"Globex"'), "utf-8")
        session.replace_from_disk()
        await pilot.pause()
        await wait_until(
            pilot,
            lambda: app.screen.query_one("#company Input", Input).value == "Globex",
            what="the Overview showing the file's company",
        )
        await press(pilot, "f4")
        assert isinstance(app.screen, MeetingScreen)
        title = app.screen.query_one(OfferHeader).query_one("#offer-title", Label)
        assert "Globex" in str(title.content)
        await press(pilot, "f3")
        assert isinstance(app.screen, PrepScreen)
        # What Prep shows, not only the model it holds.
        title = app.screen.query_one(OfferHeader).query_one("#offer-title", Label)
        assert "Globex" in str(title.content)
        await press(pilot, "f2")
        assert app.screen.query_one("#company Input", Input).value == "Globex"


async def test_keys_typed_during_a_switch_reach_the_kept_screen(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter", "f4", "f2")
        # Back to the kept Meeting and typing at once, without waiting for it to show.
        await pilot.press("f4", *"hello")
        await pilot.pause()
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.meeting.notes.endswith("hello"),
            what="the notes holding what was typed",
        )


async def test_leaving_the_offer_removes_its_kept_screens(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        made = []
        for key in ("enter", "f3", "f4", "f5"):
            await press(pilot, key)
            made.append(app.screen)
        assert all(screen.is_attached for screen in made)
        await press(pilot, "escape")
        await wait_until(
            pilot,
            lambda: not any(s.is_attached for s in made if s is not app.screen),
            what="the offer's screens removed",
        )
        await press(pilot, "enter")
        assert isinstance(app.screen, OverviewScreen)
        assert app.screen not in made


async def test_the_letter_stays_kept_when_another_screen_changes_the_offer(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter", "f8")
        letter = app.screen
        assert isinstance(letter, LetterScreen)
        before = app.sessions[offer.id].offer
        await press(pilot, "f4", "ctrl+r")  # an answer marked on the Meeting
        assert app.sessions[offer.id].offer != before
        await press(pilot, "f8")
        assert app.screen is letter
        # The file read again makes it anew.
        app.sessions[offer.id].replace_from_disk()
        await press(pilot, "f4", "f8")
        assert isinstance(app.screen, LetterScreen) and app.screen is not letter
