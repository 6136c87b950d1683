"""Search: one dialog finds text across every offer, and opens the one chosen on the
screen where the match is, with the match selected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Input, OptionList, Static, TextArea

from offertui.domain.offer import EmailDraft, Letter, Meeting
from offertui.screens.emails import EmailsScreen
from offertui.screens.letter import LetterScreen
from offertui.screens.meeting import MeetingScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.search import SearchDialog
from offertui.storage.store import OfferStore
from offertui.widgets.email_editor import EmailBody
from tests.commands import run_command
from tests.helpers import press, settle_home, wait_until
from tests.timeline_offers import write_offers

AppFactory = Callable[..., Any]


def _seed(store: OfferStore) -> None:
    acme = replace(
        store.create("Acme K.K.", "Backend Engineer"),
        meeting=Meeting(notes="Intro\n[14:05] 残業は月20時間ほど、固定残業代なし\nBye"),
    )
    globex = store.create("Globex", "SRE")
    question = replace(globex.questions[0], answer="The daily standup is at ten.")
    globex = replace(
        globex,
        questions=(question, *globex.questions[1:]),
        letter=Letter(received=True, text="労働条件通知書\n就業場所：東京都\n時間外労働：あり"),
        emails=(EmailDraft("accept", "en", "Acceptance", "Dear Tanaka,\nSee you at the STANDUP."),),
    )
    write_offers(store, [acme, globex])


async def _search(pilot: Any, query: str) -> SearchDialog:
    await press(pilot, "s")
    dialog = pilot.app.screen
    assert isinstance(dialog, SearchDialog)
    dialog.query_one("#search-query", Input).value = query
    await pilot.pause()
    return dialog


def _results(dialog: SearchDialog) -> list[str]:
    options = dialog.query_one("#search-results", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_japanese_note_opens_the_meeting_with_the_match_selected(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        dialog = await _search(pilot, "固定残業")
        assert _results(dialog) == [
            "Acme K.K. · Meeting notes: [14:05] 残業は月20時間ほど、固定残業代なし"
        ]
        await press(pilot, "enter")

        def shown() -> bool:
            return isinstance(app.screen, MeetingScreen) and app.screen.is_mounted

        await wait_until(pilot, shown, what="the Meeting")
        notes = app.screen.query_one("#notes", TextArea)
        await wait_until(pilot, lambda: notes.selected_text == "固定残業", what="the selection")
        assert notes.has_focus
        assert notes.selection.start == (1, 19)


async def test_across_offers_any_width_and_case_and_the_arrows_choose(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        dialog = await _search(pilot, "ｓｔａｎｄｕｐ")  # full width finds plain ASCII
        results = _results(dialog)
        assert [r.split(" · ")[1].split(":")[0] for r in results] == ["Answer", "Email"]
        assert all(r.startswith("Globex") for r in results)
        await press(pilot, "down", "enter")  # the second: the draft
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, EmailsScreen) and app.screen.is_mounted,
            what="Emails",
        )
        assert (app.screen.kind, app.screen.lang) == ("accept", "en")
        body = app.screen.query_one(EmailBody)
        await wait_until(pilot, lambda: body.selected_text == "STANDUP", what="the selection")


async def test_the_letter_and_nothing_found_and_escape(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        dialog = await _search(pilot, "no such words")
        assert _results(dialog) == []
        assert str(dialog.query_one("#search-status", Static).render()) == "Nothing found."
        await press(pilot, "escape")
        assert isinstance(app.screen, OffersScreen)
        # From an offer's screen too, by the palette.
        await press(pilot, "enter")
        await run_command(pilot, "Search offers")
        dialog = app.screen
        assert isinstance(dialog, SearchDialog)
        dialog.query_one("#search-query", Input).value = "時間外"
        await pilot.pause()
        await press(pilot, "enter")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, LetterScreen) and app.screen.is_mounted,
            what="Letter",
        )
        letter = app.screen.query_one("#letter-text", TextArea)
        await wait_until(pilot, lambda: letter.selected_text == "時間外", what="the selection")


async def test_the_palette_names_it(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Acme K.K.", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_home(pilot)
        await run_command(pilot, "Search offers")
        assert isinstance(app.screen, SearchDialog)
        assert "Type to search 1 offer." in str(app.screen.query_one("#search-status").render())
