"""Keys typed in one burst with the key that switches screens all reach the new screen:
a fast typist presses Enter or an F-key and goes on typing before the screen is drawn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Input, TextArea

from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from tests.helpers import burst, press, wait_until

AppFactory = Callable[..., Any]


async def test_typing_right_after_enter_on_the_home_reaches_the_overview(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        burst(app, "enter", "a", "b", "c")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, OverviewScreen)
                and [i.value for i in app.screen.query("#company Input").results(Input)]
                == ["Acmeabc"]
            ),
            what="the Overview's company holding every key typed",
        )
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.company == "Acmeabc",
            what="the offer holding every key typed",
        )


async def test_typing_right_after_f4_reaches_the_meeting_notes_on_its_first_visit(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, OverviewScreen)
        burst(app, "f4", "a", "b", "c")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, MeetingScreen)
                and [a.text for a in app.screen.query("#notes").results(TextArea)] == ["abc"]
            ),
            what="the notes holding every key typed",
        )
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.meeting.notes == "abc",
            what="the offer's notes holding every key typed",
        )


async def test_typing_right_after_switching_back_reaches_the_kept_overview(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter", "f4")
        assert isinstance(app.screen, MeetingScreen)
        burst(app, "f2", "x", "y")
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.company == "Acmexy",
            what="the company holding every key typed",
        )
        assert isinstance(app.screen, OverviewScreen)


async def test_a_tab_in_a_burst_moves_the_typing_to_the_next_field(
    make_app: AppFactory, store: OfferStore
) -> None:
    from offertui.screens.dialogs import NewOfferDialog

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "n")
        await wait_until(pilot, lambda: isinstance(app.screen, NewOfferDialog), what="dialog")
        await wait_until(pilot, lambda: app.screen.focused is not None, what="focus")
        # One burst, as a paste-speed typist or a slow SSH link delivers it.
        burst(app, "A", "c", "m", "e", "tab", "D", "e", "v", "shift+tab")
        dialog = app.screen
        await wait_until(
            pilot,
            lambda: (
                dialog.query_one("#company", Input).value == "Acme"
                and dialog.query_one("#position", Input).value == "Dev"
                and dialog.focused is dialog.query_one("#company", Input)
            ),
            what="each word in its own field",
        )


async def test_a_sentence_typed_in_a_burst_on_the_question_list_reaches_the_notes_whole(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        await press(pilot, "f4")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        questions = meeting.query_one("#questions")
        meeting.set_focus(questions)
        await wait_until(pilot, lambda: meeting.focused is questions, what="the list focused")
        burst(app, "T", "e", "a", "m", "space", "o", "f", "space", "8")
        notes = meeting.query_one("#notes", TextArea)
        await wait_until(pilot, lambda: "Team of 8" in notes.text, what="the whole sentence")
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.meeting.notes.endswith("Team of 8"),
            what="the sentence in the offer",
        )


async def test_an_answer_typed_in_a_burst_after_two_tabs_from_the_notes_is_kept(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        await press(pilot, "f4")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        notes = meeting.query_one("#notes", TextArea)
        meeting.set_focus(notes)
        await wait_until(pilot, lambda: meeting.focused is notes, what="the notes focused")
        burst(app, "tab", "tab", "f", "o", "u", "r")
        answer = meeting.query_one("#answer", TextArea)
        await wait_until(pilot, lambda: meeting.focused is answer, what="the answer focused")
        await wait_until(
            pilot,
            lambda: any(q.answer == "four" for q in app.sessions[offer.id].offer.questions),
            what="the typed answer in the offer",
        )
        assert answer.text == "four"


async def _from_the_palette(pilot: Any, title: str) -> None:
    """Run `title` as a person does: ctrl+p, its name, Enter on the first match."""
    from textual.command import CommandList, CommandPalette

    await press(pilot, "ctrl+p")
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    await pilot.press(*title)
    results = palette.query_one(CommandList)

    def first_match() -> bool:
        index = results.highlighted
        return index is not None and title in str(results.get_option_at_index(index).prompt)

    await wait_until(pilot, first_match, what=f"{title!r} found in the palette")
    await press(pilot, "enter")


async def test_a_note_typed_right_after_the_time_once_an_attendee_is_added_is_kept(
    make_app: AppFactory, store: OfferStore
) -> None:
    from offertui.screens.prompts import AttendeeDialog

    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "f4", "f9")
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen) and meeting.running
        await press(pilot, "shift+tab")
        answer = meeting.query_one("#answer", TextArea)
        assert meeting.focused is answer
        await press(pilot, *"Around 3 people", "ctrl+l")
        await _from_the_palette(pilot, "Skip question")
        await _from_the_palette(pilot, "Add attendee")
        assert isinstance(app.screen, AttendeeDialog)
        await press(pilot, *"Sato", "tab", *"Recruiter", "enter")
        await wait_until(pilot, lambda: app.screen is meeting, what="the dialog closed")
        # The time and the sentence after it in one burst, as a fast typist sends them.
        burst(app, "ctrl+t", *"by Friday")
        notes = meeting.query_one("#notes", TextArea)
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.meeting.notes.endswith("[14:05] by Friday"),
            what="the sentence after the time in the offer's notes",
        )
        assert notes.text.endswith("[14:05] by Friday")
        assert meeting.focused is notes
        assert not any("Friday" in q.answer for q in app.sessions[offer.id].offer.questions)


async def test_a_sentence_typed_right_after_ctrl_n_on_the_letter_reaches_its_text(
    make_app: AppFactory, store: OfferStore
) -> None:
    """ctrl+n from the check to the letter's text and typing on in one burst: the keys
    after it are the letter's, not refused on the list being left."""
    from dataclasses import replace

    from offertui.domain.offer import Letter
    from offertui.screens.letter import LetterScreen

    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    handle.save(replace(offer, letter=Letter(text="労働条件通知書\n就業の場所: 東京本社\n")))
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "f8")
        letter = app.screen
        assert isinstance(letter, LetterScreen)
        await wait_until(pilot, lambda: letter.checklist.display, what="the check shown")
        if not letter.checklist.has_focus:
            await press(pilot, "ctrl+n")
        assert letter.checklist.has_focus
        burst(app, "ctrl+n", *"abc")
        text = letter.query_one("#letter-text", TextArea)
        await wait_until(pilot, lambda: "abc" in text.text, what="the keys in the letter's text")
        assert letter.focused is text
