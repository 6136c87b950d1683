"""The Meeting screen, driven by the keys a candidate uses while HR talks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static, TextArea

from offertui.domain.offer import Profile
from offertui.domain.prep import MUST_ASK_BUDGET
from offertui.screens.dialogs import ConfirmDialog, MessageDialog
from offertui.screens.meeting import MeetingScreen
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import NOW, FakeClock, open_screen, shown_text, wait_until

AppFactory = Callable[..., Any]


async def _open_meeting(pilot: Any) -> MeetingScreen:
    await pilot.press("enter")
    await pilot.pause()
    screen = await open_screen(pilot, "f4", expect=MeetingScreen)
    return screen


async def test_a_whole_meeting_by_keyboard(
    make_app: AppFactory, store: OfferStore, clock: FakeClock
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        notes = screen.query_one("#notes", TextArea)
        assert notes.has_focus

        await pilot.press("f9")
        await pilot.pause()
        assert screen.offer.stage == "meeting"
        assert screen.offer.meeting.started_at == NOW

        await pilot.press(*"Salary 9M")
        await pilot.press("ctrl+t")
        await pilot.press(*"ok")
        await pilot.pause()
        assert screen.offer.meeting.notes == "Salary 9M\n[14:05] ok"

        first = screen.selected
        assert first is not None
        screen.query_one("#answer", TextArea).text = "By Friday, by email"
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        answered = next(q for q in screen.offer.questions if q.id == first.id)
        assert answered.status == "answered"
        assert answered.answer == "By Friday, by email"
        second = screen.selected
        assert second is not None and second.id != first.id

        await pilot.press("ctrl+l")
        await pilot.pause()
        assert next(q for q in screen.offer.questions if q.id == second.id).status == "unclear"
        await pilot.press("ctrl+n")
        await pilot.pause()
        third = screen.selected
        assert third is not None and third.status == "open" and third.id != second.id
        await pilot.press("ctrl+s")  # out of habit: saves, and changes nothing
        await pilot.pause()
        assert next(q for q in screen.offer.questions if q.id == third.id).status == "open"
        await run_command(pilot, "Skip question")
        assert next(q for q in screen.offer.questions if q.id == third.id).status == "skipped"

        clock.advance(minutes=20)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert screen.offer.meeting.pressure == (NOW.replace(minute=25),)
        assert "pressured 14:25" in str(screen.query_one("#pressure").content)

        await pilot.press("f12")
        await pilot.pause()
        assert screen.query_one("#q-follow").display

        clock.advance(minutes=40)
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("f9")  # the key that asked, again
        await pilot.pause()
        assert screen.offer.stage == "deciding"
        assert screen.offer.meeting.ended_at == NOW.replace(hour=15, minute=5)
        body = shown_text(app.screen)
        assert "Unclear (1)" in body
        assert "pressed to decide" in body
        await pilot.press("escape")
        await pilot.press("ctrl+q")

    saved = store.load(offer.id)
    assert saved.stage == "deciding"
    assert saved.meeting.notes == "Salary 9M\n[14:05] ok"
    statuses = {q.id: q.status for q in saved.questions}
    assert statuses[first.id] == "answered"
    assert statuses[second.id] == "unclear"
    assert statuses[third.id] == "skipped"
    assert sorted(s for s in statuses.values() if s != "open") == [
        "answered",
        "skipped",
        "unclear",
    ]


async def test_add_question_and_attendee_on_the_fly(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        count = len(screen.offer.questions)
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press("enter")  # empty is refused where it was typed
        await pilot.pause()
        assert "Type the question" in str(app.screen.query_one("#text-error").content)
        app.screen.query_one("#text", Input).value = "How is on-call handled?"
        await pilot.press("enter")
        await pilot.pause()
        assert len(screen.offer.questions) == count + 1
        assert screen.selected is not None
        assert screen.selected.text == "How is on-call handled?"

        await run_command(pilot, "Add attendee")
        await pilot.press(*"Tanaka", "enter", *"HR", "enter")
        await pilot.pause()
        assert screen.offer.meeting.attendees[0].name == "Tanaka"
        assert screen.offer.meeting.attendees[0].role == "HR"
        assert "Tanaka (HR)" in str(screen.query_one("#attendees").content)


async def test_every_new_line_can_start_with_the_time(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    store.save_profile(Profile(timestamp_notes=True))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        await pilot.press(*"a", "enter", *"b")
        await pilot.pause()
        assert screen.offer.meeting.notes == "a\n[14:05] b"


async def test_japanese_and_emoji_notes_save_exactly(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    app = make_app()
    text = "給与は年俸制、16分割。\t賞与なし 🎌\n残業: みなし45時間"
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        screen.query_one("#notes", TextArea).text = text
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert store.load(offer.id).meeting.notes == text


async def test_wrap_up_warning_near_the_hour(
    make_app: AppFactory, store: OfferStore, clock: FakeClock
) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    handle.save(replace(offer, meeting=replace(offer.meeting, started_at=NOW)))
    handle.close()
    clock.advance(minutes=55)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        assert screen.query_one("#clock").has_class("-wrap-up")
        clock.advance(minutes=10)
        # The clock is redrawn every second: the hour is up at the next tick.
        await wait_until(
            pilot, lambda: screen.query_one("#clock").has_class("-over"), what="the hour up"
        )


async def test_m_on_the_home_opens_the_meeting_directly(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "m", expect=MeetingScreen)
        assert app.screen.query_one("#notes", TextArea).has_focus


async def test_words_typed_while_the_meeting_opens_reach_the_notes(
    make_app: AppFactory, store: OfferStore
) -> None:
    from textual import events
    from textual.screen import Screen

    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        typed_while_opening: list[bool] = []

        def type_at_once(screen: Screen[Any]) -> None:
            # The moment the Meeting becomes the current screen it is not composed yet:
            # nothing has focus, and a key handled now would go nowhere. The keys are
            # queued right here, behind the `m` that opened it, as a fast typist's are.
            if isinstance(screen, MeetingScreen) and not typed_while_opening:
                typed_while_opening.append(screen.focused is None)
                for key, character in [("h", "h"), ("i", "i"), ("exclamation_mark", "!")]:
                    app.post_message(events.Key(key, character))

        app.screen_change_signal.subscribe(app, type_at_once, immediate=True)
        await pilot.press("m")
        await pilot.pause()
        assert typed_while_opening == [True]
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.query_one("#notes", TextArea).text == "hi!"


async def _start_meeting(pilot: Any) -> MeetingScreen:
    screen = await _open_meeting(pilot)
    await pilot.press("f9")
    await pilot.pause()
    assert screen.running
    return screen


@pytest.mark.parametrize("key", ["escape", "f3", "ctrl+q"])
async def test_leaving_a_running_meeting_asks_first(
    make_app: AppFactory, store: OfferStore, key: str
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _start_meeting(pilot)
        await open_screen(pilot, key, expect=ConfirmDialog)
        await pilot.press("escape")  # no: stay in the meeting
        await pilot.pause()
        assert app.screen is screen and app.is_running
        await pilot.press(key)
        await pilot.pause()
        if key == "escape":
            await pilot.click("#yes")
        else:
            await pilot.press(key)  # the key that asked, again
        await pilot.pause()
        if key == "ctrl+q":
            assert not app.is_running
        else:
            assert not isinstance(app.screen, (MeetingScreen, ConfirmDialog))


async def test_leaving_a_meeting_not_running_does_not_ask(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_meeting(pilot)
        await pilot.press("f3")
        await pilot.pause()
        assert type(app.screen).__name__ == "PrepScreen"


async def test_the_question_being_answered_says_so(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        question = screen.selected
        assert question is not None
        text = screen.query_one("#q-text", Static)
        assert "Answering" not in str(text.render())
        screen.query_one("#answer", TextArea).focus()
        await pilot.pause()
        assert "Answering" in str(text.render())
        options = screen.query_one("#questions", OptionList)
        line = options.get_option(question.id).prompt
        assert str(line).startswith("✎")
        screen.query_one("#notes", TextArea).focus()
        await pilot.pause()
        assert "Answering" not in str(text.render())
        assert not str(options.get_option(question.id).prompt).startswith("✎")


async def test_must_ask_is_marked_as_in_prep_and_the_rest_is_if_there_is_time(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_meeting(pilot)
        options = screen.query_one("#questions", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert prompts[0] == "Must-ask"
        later = prompts.index("If there is time")
        assert later == MUST_ASK_BUDGET + 1
        assert all("◇" in p or "★" in p for p in prompts[1:later])
        assert not any("◇" in p or "★" in p for p in prompts[later + 1 :])


async def test_the_summary_scrolls_and_says_how_to_close(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _start_meeting(pilot)
        await pilot.press("f9")
        await pilot.pause()
        dialog = await open_screen(pilot, "f9", expect=MessageDialog)  # the key that asked, again
        assert "esc or OK closes" in shown_text(dialog)
        body = dialog.query_one(".dialog--scroll", VerticalScroll)
        assert body.has_focus and body.max_scroll_y > 0  # ten must-ask do not fit
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await open_screen(pilot, "escape", expect=MeetingScreen)


async def _footer_laid_out(pilot: Any, key: str) -> Widget:
    """The footer of the screen `key` opened, once it has made its keys and laid them
    out: it makes them after the screen is mounted, and places them a refresh later."""
    app = pilot.app

    def laid_out() -> bool:
        screen = app.screen
        if not screen.is_mounted:
            return False
        footer = screen.query_one("Footer")
        keys = list(footer.query("FooterKey"))
        return bool(keys) and footer.region.width > 0 and all(k.region.width for k in keys)

    await wait_until(pilot, laid_out, what=f"the footer laid out after {key}")
    await pilot.pause()
    return app.screen.query_one("Footer")


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_footer_shows_f1_and_only_whole_keys(
    make_app: AppFactory, store: OfferStore, size: tuple[int, int]
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        for key in ("f2", "f3", "f4", "f5", "f6", "f7", "f8"):
            await pilot.press(key)
            footer = await _footer_laid_out(pilot, key)
            keys = list(footer.query("FooterKey"))
            assert any(k.key == "f1" for k in keys), key
            for k in keys:
                region = k.region
                assert region.width > 0 and region.right <= footer.region.right, (key, k.key)
            regions = sorted((k.region for k in keys), key=lambda r: r.x)
            for left, right in pairwise(regions):
                assert left.right <= right.x, (key, left, right)  # none under another


async def test_a_kept_screen_keeps_its_footer_and_a_change_of_keys_redraws_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f7")
        first = list((await _footer_laid_out(pilot, "f7")).query("FooterKey"))
        await pilot.press("f2")
        await _footer_laid_out(pilot, "f2")
        await pilot.press("f7")
        again = list((await _footer_laid_out(pilot, "f7")).query("FooterKey"))
        # The same keys on a kept screen: the very widgets, not a footer made anew.
        assert [id(k) for k in again] == [id(k) for k in first]

        # Decision's lists have a Remove key that its text fields do not: moving the
        # focus from one to the other changes the keys, and the footer follows.
        await pilot.press("f5")
        footer = await _footer_laid_out(pilot, "f5")

        def shown() -> set[str]:
            return {k.key for k in footer.query("FooterKey")}

        before = shown()
        for _ in range(8):
            await pilot.press("tab")
            await pilot.pause()
            if ("delete" in before) != ("delete" in shown()):
                break
        await wait_until(
            pilot,
            lambda: ("delete" in before) != ("delete" in shown()),
            what="the footer's keys after the focus left a list",
        )
