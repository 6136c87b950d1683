"""The dialogs that pop up during a meeting: typing on after one appears must never
answer it, and must not be lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.widgets import Button, Label, TextArea

from offertui.screens.dialogs import ConfirmDialog, MessageDialog
from offertui.screens.help import HelpScreen
from offertui.screens.meeting import MeetingScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from tests.helpers import Notifications, open_screen, press, wait_until

AppFactory = Callable[..., Any]


async def _running_meeting(pilot: Any) -> MeetingScreen:
    screen = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
    await press(pilot, "f9")
    assert screen.running
    return screen


@pytest.mark.parametrize("key", ["escape", "ctrl+q", "f3", "f9"])
async def test_a_sentence_typed_after_a_dialog_pops_up_goes_into_the_notes(
    make_app: AppFactory, store: OfferStore, key: str
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        said = Notifications(app)
        screen = await _running_meeting(pilot)
        notes = screen.query_one("#notes", TextArea)
        await press(pilot, key)
        assert isinstance(app.screen, ConfirmDialog)
        # "y" used to say yes; "they pay" and "sorry" both hold one.
        await pilot.press(*"they pay, sorry", "enter", *"yes")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ConfirmDialog)
        # The enter that ended the line is the notes' too, not a press of a button.
        assert screen.offer.meeting.notes.endswith("they pay, sorry\nyes")
        assert said.any_contains("typed into the notes")
        await press(pilot, "escape")
        assert app.screen is screen and screen.running
        assert notes.has_focus


async def test_a_sentence_that_starts_with_a_space_keeps_it_in_its_place(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _running_meeting(pilot)
        await press(pilot, *"yes and")
        await press(pilot, "ctrl+q")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press(*" they pay")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert screen.offer.meeting.notes.endswith("yes and they pay")


async def test_a_new_line_typed_on_the_dialog_is_a_new_line_in_the_notes(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _running_meeting(pilot)
        await press(pilot, "escape")
        await pilot.press(*"ab", "enter", *"cd")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert screen.offer.meeting.notes.endswith("ab\ncd")


@pytest.mark.parametrize(("key", "lands_on"), [("f3", PrepScreen), ("f9", MeetingScreen)])
async def test_the_key_that_asked_pressed_again_says_yes(
    make_app: AppFactory, store: OfferStore, key: str, lands_on: type[Any]
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _running_meeting(pilot)
        await press(pilot, key)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert f"({key.upper()})" in str(dialog.query_one("#yes", Button).label).upper()
        await press(pilot, "f5" if key == "f3" else "f3")  # another screen's key: no answer
        assert app.screen is dialog
        await press(pilot, key)
        if key == "f9":
            await wait_until(pilot, lambda: not screen.running, what="the meeting ended")
            assert isinstance(app.screen, MessageDialog)  # the summary
        else:
            assert isinstance(app.screen, lands_on)


async def test_ctrl_q_twice_quits_and_enter_on_the_safe_button_stays(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _running_meeting(pilot)
        await press(pilot, "ctrl+q")
        assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "enter")  # the focus starts on Cancel
        assert app.screen is screen and app.is_running
        await press(pilot, "ctrl+q")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_f1_on_a_dialog_names_it_plainly_and_lists_how_to_answer(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _running_meeting(pilot)
        await press(pilot, "f3", "f1")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        title = str(help_screen.query_one(".dialog--title", Label).render())
        assert "Dialog" not in title and "Yes or no" in title
        keys = [str(label.render()) for label in help_screen.query(".help--key").results(Label)]
        assert "f3" in keys and "esc" in keys and "f5" not in keys
        text = " ".join(str(w.render()) for w in help_screen.query("Static, Label"))
        assert "Enter presses the highlighted button" in text
        assert "closes this help" in text


async def test_typing_on_a_dialog_over_a_list_says_it_was_not_typed(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        said = Notifications(app)
        await press(pilot, "delete")  # on the Offers list: asks first
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        await pilot.press(*"yes", "space", *"do")
        await pilot.pause()
        assert app.screen is dialog
        assert store.ids() == ["acme-dev"]
        refusals = [m for m in said.messages if m.startswith("Not typed")]
        assert len(refusals) == 1  # once per run of typing, not once per key
        await press(pilot, "delete")
        await wait_until(pilot, lambda: not store.ids(), what="the offer deleted")


async def test_the_notice_names_the_answer_box_by_its_name(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        said = Notifications(app)
        screen = await _running_meeting(pilot)
        answer = screen.query_one("#answer", TextArea)
        answer.focus()
        await press(pilot, *"yes", "escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press(*" they do")
        await pilot.pause()
        assert answer.text.endswith("yes they do")
        assert said.any_contains("Typed into the answer behind this dialog")
        assert not said.any_contains("✎")
