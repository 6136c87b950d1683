"""Glossary: reached from anywhere, searched as you type in Japanese, by reading or English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input, OptionList

from offertui.domain.glossary import GLOSSARY
from offertui.domain.pay_rules import DISCLAIMER
from offertui.screens.glossary import GlossaryScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from tests.helpers import keys_of, open_screen, wait_until

AppFactory = Callable[..., Any]


def _glossary(app: Any) -> GlossaryScreen:
    assert isinstance(app.screen, GlossaryScreen)
    return app.screen


def _shown(app: Any) -> list[str]:
    return [t.term for t in _glossary(app).results]


async def test_g_on_the_home_screen_opens_it_and_escape_closes_it(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        glossary = _glossary(app)
        assert len(GLOSSARY) >= 40
        assert len(glossary.results) == len(GLOSSARY)
        assert str(glossary.query_one("#glossary-count").content) == f"{len(GLOSSARY)} terms"
        assert DISCLAIMER in str(glossary.query_one(".disclaimer").content)
        assert glossary.query_one("#glossary-search", Input).has_focus
        await open_screen(pilot, "escape", expect=OffersScreen)


@pytest.mark.parametrize(
    ("keys", "first"),
    [
        (["基", "本", "給"], "基本給"),  # Japanese
        (list("kihonkyu"), "基本給"),  # romaji, long vowel left out
        (["き", "ほ", "ん", "き", "ゅ", "う"], "基本給"),  # kana
        (list("base salary"), "基本給"),  # English
        (list("minashi"), "みなし残業"),
        (list("fixed overtime"), "固定残業代"),
        (["ザ", "ン", "ギ", "ョ", "ウ"], "固定残業代"),  # katakana finds the hiragana reading
    ],
)
async def test_search_as_you_type_in_all_three_ways(
    make_app: AppFactory, keys: list[str], first: str
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*keys_of(keys))
        await pilot.pause()
        glossary = _glossary(app)
        assert _shown(app)[0] == first
        assert glossary.current is not None and glossary.current.term == first
        detail = str(glossary.query_one("#glossary-detail").content)
        term = glossary.current
        assert term.kana in detail and term.romaji in detail
        assert term.meaning in detail and term.check in detail
        assert "match" in str(glossary.query_one("#glossary-count").content)


async def test_keys_move_through_results_while_typing(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*"leave")
        await pilot.pause()
        glossary = _glossary(app)
        results = _shown(app)
        assert len(results) > 1
        await pilot.press("down")
        await pilot.pause()
        assert glossary.query_one("#glossary-search", Input).has_focus
        assert glossary.current is not None and glossary.current.term == results[1]
        await pilot.press("up")
        await pilot.pause()
        assert glossary.current is not None and glossary.current.term == results[0]
        await pilot.press("enter")  # to the list
        await pilot.pause()
        assert glossary.query_one(OptionList).has_focus
        await pilot.press("slash")  # back to the search
        await pilot.pause()
        assert glossary.query_one("#glossary-search", Input).has_focus


async def test_nothing_found_says_how_to_search(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*"zzzq")
        await pilot.pause()
        glossary = _glossary(app)
        assert glossary.results == []
        assert glossary.current is None
        detail = str(glossary.query_one("#glossary-detail").content)
        assert "No term matches “zzzq”" in detail and "kihonkyu" in detail


async def test_opens_on_a_term_and_clears_a_search_that_hides_it(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_glossary("退職金")
        await pilot.pause()
        glossary = _glossary(app)
        assert glossary.current is not None and glossary.current.term == "退職金"
        await pilot.press(*"bonus")
        await pilot.pause()
        glossary.show_term("住民税")
        await pilot.pause()
        assert glossary.query_one("#glossary-search", Input).value == ""
        assert glossary.current is not None and glossary.current.term == "住民税"
        app.action_glossary("内定")  # already open: moves to the term
        await pilot.pause()
        assert app.screen is glossary
        assert glossary.current is not None and glossary.current.term == "内定"


async def test_the_palette_finds_it_from_an_offer(make_app: AppFactory, store: OfferStore) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "enter", expect=OverviewScreen)
        await open_screen(pilot, "ctrl+p", expect=CommandPalette)
        await pilot.press(*"Glossary")
        # The palette searches in the background; Enter picks its first match.
        results = app.screen.query_one(CommandList)

        def glossary_first() -> bool:
            index = results.highlighted
            return index is not None and "Glossary" in str(
                results.get_option_at_index(index).prompt
            )

        await wait_until(pilot, glossary_first, what="the Glossary command found")
        await open_screen(pilot, "enter", expect=GlossaryScreen)
        await open_screen(pilot, "escape", expect=OverviewScreen)  # back where the user was


def test_every_key_has_an_id_and_a_tooltip() -> None:
    for binding in GlossaryScreen.BINDINGS:
        assert not isinstance(binding, tuple)
        assert binding.id and binding.tooltip, binding
