"""Tab into a field that already holds text, and type: the words go after the text,
not glued before its first word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Input, OptionList, TextArea

from offertui.domain.offer import Offer
from offertui.screens.emails import EmailsScreen
from offertui.screens.meeting import MeetingScreen
from offertui.storage.store import OfferStore
from tests.helpers import open_screen, wait_until

AppFactory = Callable[..., Any]


def _save(store: OfferStore, offer: Offer) -> None:
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()


async def _tab_to(pilot: Any, widget: Any, *, most: int = 8) -> None:
    for _ in range(most):
        if pilot.app.screen.focused is widget:
            return
        await pilot.press("tab")
        await pilot.pause()
    raise AssertionError(f"Tab never reached {widget}")


async def test_tab_into_a_filled_answer_box_types_after_the_answer(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    answered = tuple(replace(q, answer="By Friday") for q in offer.questions)
    _save(store, replace(offer, questions=answered))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        screen.query_one("#questions", OptionList).focus()
        await pilot.pause()
        answer = screen.query_one("#answer", TextArea)
        await _tab_to(pilot, answer)
        await pilot.press(*" by mail")
        await pilot.pause()
        assert answer.text == "By Friday by mail"


async def test_enter_on_the_question_list_types_after_the_answer(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    answered = tuple(replace(q, answer="Two\nlines") for q in offer.questions)
    _save(store, replace(offer, questions=answered))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        screen.query_one("#questions", OptionList).focus()
        await pilot.pause()
        await pilot.press("enter")
        answer = screen.query_one("#answer", TextArea)
        await wait_until(pilot, lambda: answer.has_focus, what="the answer box focused")
        await pilot.press(*"!")
        await pilot.pause()
        assert answer.text == "Two\nlines!"


async def test_tab_into_the_email_subject_and_body_types_after_their_text(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot, "enter", "f6", expect=EmailsScreen)
        subject = screen.query_one("#email-subject", Input)
        body = screen.query_one("#email-body", TextArea)
        before_subject, before_body = subject.value, body.text
        assert before_subject and before_body
        await _tab_to(pilot, subject)
        await pilot.press(*"XY")
        await pilot.pause()
        assert subject.value == before_subject + "XY"
        await _tab_to(pilot, body)
        await pilot.press(*"ZW")
        await pilot.pause()
        assert body.text == before_body + "ZW"


async def test_typing_sent_from_the_question_list_starts_a_new_line_in_the_notes(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    _save(store, replace(offer, meeting=replace(offer.meeting, notes="Salary 9M")))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f4", expect=MeetingScreen)
        notes = screen.query_one("#notes", TextArea)
        notes.move_cursor((0, 3))  # in the middle of the last line
        questions = screen.query_one("#questions", OptionList)
        questions.focus()
        await wait_until(pilot, lambda: questions.has_focus, what="the list focused")
        await pilot.press(*"Bonus 2x")
        await wait_until(pilot, lambda: notes.text.endswith("2x"), what="the typing")
        assert notes.text == "Salary 9M\nBonus 2x"
        # After an empty last line, nothing more is added.
        questions.focus()
        await wait_until(pilot, lambda: questions.has_focus, what="the list focused")
        notes.text = "Salary 9M\n"
        await pilot.press(*"Car")
        await wait_until(pilot, lambda: notes.text.endswith("Car"), what="the typing")
        assert notes.text == "Salary 9M\nCar"
