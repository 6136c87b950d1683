"""A key that moves the focus, and the typing queued right behind it: the typing belongs
where the key moved the focus to, in the order typed. A fast typist (or a slow SSH link
that delivers keys in a bunch) sends Enter and the next word with no gap between them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Input, TextArea

from offertui.screens.meeting import MeetingScreen
from offertui.storage.store import OfferStore
from tests.helpers import burst, keys_of, press, settle_home, wait_until

AppFactory = Callable[..., Any]


async def test_a_word_typed_right_after_enter_in_the_new_offer_company_is_the_position(
    make_app: AppFactory,
) -> None:
    from offertui.screens.dialogs import NewOfferDialog

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "n")
        await wait_until(pilot, lambda: isinstance(app.screen, NewOfferDialog), what="dialog")
        dialog = app.screen
        await wait_until(pilot, lambda: dialog.focused is not None, what="focus")
        burst(app, *"Acme", "enter", *"Dev")
        company = dialog.query_one("#company", Input)
        position = dialog.query_one("#position", Input)
        await wait_until(
            pilot,
            lambda: company.value == "Acme" and position.value == "Dev",
            what="each word in its own field",
        )
        assert dialog.focused is position


async def _running_meeting(pilot: Any) -> MeetingScreen:
    await press(pilot, "enter", "f4", "f9")
    meeting = pilot.app.screen
    assert isinstance(meeting, MeetingScreen) and meeting.running
    return meeting


async def test_a_role_typed_right_after_enter_on_the_attendee_name_is_the_role(
    make_app: AppFactory, store: OfferStore
) -> None:
    from offertui.screens.prompts import AttendeeDialog

    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await _running_meeting(pilot)
        meeting.action_add_attendee()
        await wait_until(pilot, lambda: isinstance(app.screen, AttendeeDialog), what="dialog")
        dialog = app.screen
        await wait_until(pilot, lambda: dialog.focused is not None, what="focus")
        burst(app, *"Sato", "enter", *"HR")
        name = dialog.query_one("#name", Input)
        role = dialog.query_one("#role", Input)
        await wait_until(
            pilot,
            lambda: name.value == "Sato" and role.value == "HR",
            what="the name and the role each in its field",
        )
        assert dialog.focused is role


async def test_an_answer_typed_right_after_enter_on_the_question_list_is_the_answer(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await _running_meeting(pilot)
        questions = meeting.query_one("#questions")
        meeting.set_focus(questions)
        await wait_until(pilot, lambda: meeting.focused is questions, what="the list focused")
        chosen = meeting.selected
        assert chosen is not None
        burst(app, "enter", *keys_of("Team of 8"))
        answer = meeting.query_one("#answer", TextArea)
        offer_id = meeting.offer.id
        await wait_until(
            pilot,
            lambda: any(
                q.id == chosen.id and q.answer == "Team of 8"
                for q in app.sessions[offer_id].offer.questions
            ),
            what="the whole answer, in order, in the chosen question",
        )
        assert answer.text == "Team of 8"
        assert meeting.focused is answer
        assert "Team" not in app.sessions[offer_id].offer.meeting.notes


async def test_a_word_typed_right_after_enter_on_the_email_kinds_goes_into_the_draft(
    make_app: AppFactory, store: OfferStore
) -> None:
    from textual.widgets import OptionList

    from offertui.screens.emails import EmailBody, EmailsScreen

    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        app.open_offer(offer.id, "emails")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, EmailsScreen) and bool(app.screen.query(EmailBody)),
            what="Emails shown",
        )
        screen = app.screen
        kinds = screen.query_one("#email-kinds", OptionList)
        screen.set_focus(kinds)
        await wait_until(pilot, lambda: screen.focused is kinds, what="the kinds focused")
        body = screen.query_one(EmailBody)
        before = body.text
        burst(app, "enter", *"Thanks")
        await wait_until(pilot, lambda: "Thanks" in body.text, what="the word in the draft")
        assert screen.focused is body
        assert body.text.replace("Thanks", "", 1) == before


async def test_a_note_typed_right_after_a_mark_or_the_pressure_key_is_a_line_of_its_own(
    make_app: AppFactory, store: OfferStore
) -> None:
    """ctrl+r and ctrl+g while writing the notes add nothing to them: the next words
    begin a new line, not glued to the last word, typed fast or slow."""
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await _running_meeting(pilot)
        notes = meeting.query_one("#notes", TextArea)
        assert meeting.focused is notes
        burst(app, *keys_of("Team of 8"), "ctrl+r", *keys_of("remote ok"), "ctrl+g")
        await wait_until(pilot, lambda: "remote ok" in notes.text, what="the second note")
        await press(pilot, *keys_of("by Friday"))
        offer_id = meeting.offer.id
        await wait_until(
            pilot,
            lambda: app.sessions[offer_id].offer.meeting.notes == "Team of 8\nremote ok\nby Friday",
            what="each note on its own line in the offer",
        )
        assert len(app.sessions[offer_id].offer.meeting.pressure) == 1


async def test_a_time_pressed_in_the_middle_of_a_burst_goes_after_the_words_before_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await _running_meeting(pilot)
        burst(app, *keys_of("Team of 8"), "ctrl+t", *keys_of("by Friday"))
        offer_id = meeting.offer.id
        await wait_until(
            pilot,
            lambda: app.sessions[offer_id].offer.meeting.notes == "Team of 8\n[14:05] by Friday",
            what="the words, then the time on a new line, then the words after it",
        )


async def test_an_answer_typed_right_after_enter_on_a_new_question_is_its_answer(
    make_app: AppFactory, store: OfferStore
) -> None:
    from offertui.screens.prompts import TextDialog

    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await _running_meeting(pilot)
        await press(pilot, "ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, TextDialog), what="dialog")
        dialog = app.screen
        await wait_until(pilot, lambda: dialog.focused is not None, what="focus")
        burst(app, *keys_of("On-call?"), "enter", *keys_of("Once a month"))
        offer_id = meeting.offer.id
        await wait_until(
            pilot,
            lambda: any(
                q.text == "On-call?" and q.answer == "Once a month"
                for q in app.sessions[offer_id].offer.questions
            ),
            what="the question as typed before Enter, the answer as typed after it",
        )
        answer = meeting.query_one("#answer", TextArea)
        assert app.screen is meeting
        assert meeting.focused is answer
        assert answer.text == "Once a month"
        assert "Once" not in app.sessions[offer_id].offer.meeting.notes


async def test_a_fact_typed_right_after_moving_to_a_part_of_prep_not_built_yet_is_kept(
    make_app: AppFactory, store: OfferStore
) -> None:
    """Prep builds a part on its first showing, and only then moves the focus into it:
    the keys typed behind the key that shows it must wait for the part, not go astray."""
    from offertui.screens.prep import PrepScreen

    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "f3")
        prep = app.screen
        assert isinstance(prep, PrepScreen)
        await wait_until(pilot, lambda: prep.section == "letter", what="the letter part")
        await wait_until(pilot, lambda: prep.focused is not None, what="focus")
        assert not prep.query("#facts-part")
        burst(app, "ctrl+n", *keys_of("12 days"))
        await wait_until(
            pilot,
            lambda: (
                prep.section == "facts"
                and isinstance(prep.focused, Input)
                and prep.focused.value == "12 days"
            ),
            what="the first fact's field holding every key typed, in order",
        )
        field = prep.focused
        assert field is not None and field.id is not None
        key = field.id.removeprefix("fact-").removesuffix("-value")
        await wait_until(
            pilot,
            lambda: app.sessions[offer.id].offer.fact(key).value == "12 days",
            what="the fact in the offer",
        )
