"""The meeting's language: set on Overview, it is the language Prep and the Meeting show
the questions in, with the other language one key away; the user's own questions take
both languages from the keyboard."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Select, Static

from offertui.domain.offer import Offer, Question
from offertui.domain.question_bank import default_question
from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.question_list import QuestionList
from offertui.widgets.text_field import TextField
from tests.commands import run_command
from tests.helpers import Notifications, open_screen

AppFactory = Callable[..., Any]
GYM = Question(id="my-gym", topic="benefits", text="Is there a gym for staff?")


def _seed(store: OfferStore, language: str = "") -> Offer:
    offer = store.create("Acme K.K.", "Backend Engineer")
    handle = store.open(offer.id)
    offer = replace(
        offer,
        meeting=replace(offer.meeting, language=language),
        questions=(*offer.questions, GYM),
    )
    handle.save(offer)
    handle.close()
    return offer


def _shown(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_the_meeting_language_set_on_overview_is_the_meetings(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        overview = await open_screen(pilot, "f2", expect=OverviewScreen)
        language = overview.query_one("#meeting_language", Select)
        assert language.value == "en"  # an offer that says nothing is held in English
        language.value = "ja"
        await pilot.pause()
        assert overview.offer.meeting.language == "ja"

        meeting = await open_screen(pilot, "f4", expect=MeetingScreen)
        selected = meeting.selected
        assert selected is not None and selected.default
        bank = default_question(selected.default)
        assert bank is not None
        assert bank.text_ja in _shown(meeting, "#q-text")
        await pilot.press("f12")
        await pilot.pause()
        assert _shown(meeting, "#q-follow") == bank.follow_up_ja

        await pilot.press("ctrl+backslash")  # the other language, while the notes have focus
        await pilot.pause()
        assert bank.text in _shown(meeting, "#q-text")
        assert _shown(meeting, "#q-follow") == bank.follow_up
        assert meeting.query_one("#notes").has_focus
        await pilot.press("ctrl+backslash")
        await pilot.pause()
        assert bank.text_ja in _shown(meeting, "#q-text")
    assert store.load(offer.id).meeting.language == "ja"


async def test_a_question_without_japanese_says_so_in_a_japanese_meeting(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store, language="ja")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        meeting = await open_screen(pilot, "f4", expect=MeetingScreen)
        meeting.query_one("#questions").focus()
        await pilot.pause()
        while meeting.selected is not None and meeting.selected.id != GYM.id:
            await pilot.press("down")
        shown = _shown(meeting, "#q-text")
        assert GYM.text in shown and "only in English" in shown


async def test_the_users_question_takes_its_japanese_on_prep(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        prep = await open_screen(pilot, "f3", expect=PrepScreen)
        await run_command(pilot, "Prep: Questions")
        questions = prep.query_one(QuestionList)
        questions.select_question(GYM.id)
        await pilot.pause()
        text = prep.query_one("#question-text", TextField)
        assert text.value_text == GYM.text

        await pilot.press("ctrl+backslash")
        await pilot.pause()
        assert text.value_text == ""  # no Japanese yet; the English shows through
        assert text.area.placeholder == GYM.text
        assert "[en]" in str(questions.get_option(GYM.id).prompt)
        text.area.focus()
        await pilot.press(*"社員が使えるジムはありますか")
        # Textual's test pilot cannot press 。 (it names it by its Unicode name); an
        # input method sends it as text, as insert does.
        text.area.insert("。")
        await pilot.press("enter")
        await pilot.pause()
        assert "[en]" not in str(questions.get_option(GYM.id).prompt)
        assert "社員が使えるジムはありますか。" in str(questions.get_option(GYM.id).prompt)

        await pilot.press("ctrl+backslash")  # back to English: the English is as it was
        await pilot.pause()
        assert text.value_text == GYM.text
    saved = tomllib.loads(store.path_for(offer.id).read_text(encoding="utf-8"))
    gym = next(q for q in saved["questions"] if q["id"] == GYM.id)
    assert (gym["text"], gym["text_ja"]) == (GYM.text, "社員が使えるジムはありますか。")


async def test_the_switch_is_a_look_on_every_screen_until_the_offer_is_closed(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = _seed(store, language="ja")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        notices = Notifications(app)
        await pilot.press("enter")
        prep = await open_screen(pilot, "f3", expect=PrepScreen)
        await run_command(pilot, "Prep: Questions")
        assert prep.questions.lang == "ja"  # the meeting's language, from Overview
        meeting = await open_screen(pilot, "f4", expect=MeetingScreen)
        selected = meeting.selected
        assert selected is not None and selected.default
        bank = default_question(selected.default)
        assert bank is not None
        await pilot.press("ctrl+backslash")
        await pilot.pause()
        assert "until you close the offer" in notices.messages[-1]
        assert "stays in 日本語" in notices.messages[-1]

        await pilot.press("f3")  # the Prep kept since: it follows the switch
        await pilot.pause()
        assert app.screen is prep
        assert prep.questions.lang == "en"
        await pilot.press("ctrl+backslash")  # back to the meeting's own, from Prep
        await pilot.pause()
        assert prep.questions.lang == "ja"
        assert "the meeting's language" in notices.messages[-1]
        await pilot.press("f4")
        await pilot.pause()
        assert app.screen is meeting
        assert bank.text_ja in _shown(meeting, "#q-text")

        await pilot.press("ctrl+backslash")  # a look at the English, then close the offer
        await pilot.pause()
        assert bank.text in _shown(meeting, "#q-text")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter", "f4")
        await pilot.pause()
        reopened = app.screen
        assert isinstance(reopened, MeetingScreen) and reopened is not meeting
        assert bank.text_ja in _shown(reopened, "#q-text")
    # The look never changes what is stored.
    assert store.load(offer.id).meeting.language == "ja"


async def test_a_language_set_on_overview_reaches_the_kept_screens(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        prep = await open_screen(pilot, "f3", expect=PrepScreen)
        await run_command(pilot, "Prep: Questions")
        await pilot.press("ctrl+backslash")  # a look at the Japanese
        await pilot.pause()
        assert prep.questions.lang == "ja"
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one("#meeting_language", Select).value = "ja"
        await pilot.pause()
        app.screen.query_one("#meeting_language", Select).value = "en"  # the meeting: English
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert app.screen is prep
        assert prep.questions.lang == "en"  # the stored choice wins over the look
