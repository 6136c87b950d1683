"""Search opens a match in a list on its item: Prep's questions and doubts, Decision's
pros, cons and the user's own red flags are highlighted, focused and scrolled into view;
a fact and the negotiation reasons are selected in their field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from textual.widgets import Input, OptionList, TextArea

from offertui.domain.offer import Decision, Fact, Negotiation, Question
from offertui.screens.decision import DecisionScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from tests.helpers import press, settle_home, wait_until

AppFactory = Callable[..., Any]

# Many items before each searched one, so that it is off screen until scrolled to.
_FILLER = tuple(f"Filler item number {n}" for n in range(30))


def _seed(store: OfferStore) -> str:
    offer = store.create("Acme K.K.", "Backend Engineer")
    own = Question(id="my-oncall", topic="other", text="How is the zebra rota arranged?")
    offer = replace(
        offer,
        questions=(*offer.questions, own),
        doubts=(*_FILLER, "Nobody named the walrus team lead"),
        negotiation=Negotiation(
            reasons="Market rate for\nplatypus skills",
            reasons_ja="同業他社の水準と\nこれまでの経験",
        ),
        decision=Decision(
            pros=(*_FILLER, "Kind narwhal manager"),
            cons=(*_FILLER[:3], "Long okapi commute"),
            own_flags=("First own flag", "The lemur clause in section 9"),
            next_steps=(("Sign the form", True), ("Return the iguana badge", False)),
            reason="The team",
            reason_ja="チームの雰囲気と裁量の大きさ",
        ),
    )
    offer = offer.with_fact(Fact("remote", "Tokyo, near the capybara park", "letter"))
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    return offer.id


async def _open(pilot: Any, query: str, screen: type) -> Any:
    await settle_home(pilot)
    await press(pilot, "s")
    pilot.app.screen.query_one("#search-query", Input).value = query
    await pilot.pause()
    await press(pilot, "enter")
    await wait_until(
        pilot,
        lambda: isinstance(pilot.app.screen, screen) and pilot.app.screen.is_mounted,
        what=f"the {screen.__name__}",
    )
    return pilot.app.screen


async def _highlighted(pilot: Any, screen: Any, selector: str) -> OptionList:
    options = screen.query_one(selector, OptionList)
    await wait_until(pilot, lambda: options.has_focus, what=f"{selector} focused")
    await pilot.pause()
    return options


def _row_shown(options: OptionList, screen: Any) -> bool:
    """Whether the highlighted option (one line each here) is drawn on the screen: inside
    the list's own scrolled window and inside the part of the screen its column shows."""
    assert options.highlighted is not None
    y = options.content_region.y + options.highlighted - options.scroll_offset.y
    inside_list = options.content_region.y <= y < options.content_region.bottom
    column = options.parent
    while column is not None and not getattr(column, "is_scrollable", False):
        column = column.parent
    visible = screen.region if column is None else column.content_region
    return inside_list and visible.y <= y < visible.bottom


@pytest.mark.parametrize(
    ("query", "selector", "option_id", "index"),
    [
        ("zebra", "#question-list", "my-oncall", None),
        ("walrus", "#doubt-list", None, 30),
    ],
)
async def test_a_prep_item_is_highlighted(
    make_app: AppFactory,
    store: OfferStore,
    query: str,
    selector: str,
    option_id: str | None,
    index: int | None,
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, query, PrepScreen)
        options = await _highlighted(pilot, screen, selector)
        assert options.highlighted is not None
        chosen = options.get_option_at_index(options.highlighted)
        if option_id is not None:
            assert chosen.id == option_id
        else:
            assert options.highlighted == index
        assert query in str(chosen.prompt)
        if index is not None:
            assert _row_shown(options, screen)


@pytest.mark.parametrize(
    ("query", "selector", "index"),
    [
        ("narwhal", "#pros", 30),
        ("okapi", "#cons", 3),
        ("iguana", "#next-steps", 1),
    ],
)
async def test_a_pro_or_con_is_highlighted(
    make_app: AppFactory, store: OfferStore, query: str, selector: str, index: int
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, query, DecisionScreen)
        options = await _highlighted(pilot, screen, selector)
        assert options.highlighted == index
        assert query in str(options.get_option_at_index(index).prompt)
        assert _row_shown(options, screen)


async def test_an_own_red_flag_is_highlighted(make_app: AppFactory, store: OfferStore) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, "lemur", DecisionScreen)
        flags = await _highlighted(pilot, screen, "#flags")
        assert flags.highlighted is not None
        chosen = flags.get_option_at_index(flags.highlighted)
        assert chosen.id == "own_1"
        assert "lemur" in str(chosen.prompt)


@pytest.mark.parametrize(
    ("query", "selector", "kind"),
    [
        ("capybara", "#fact-remote-value", Input),
        ("platypus", "#negotiation-reasons", TextArea),
        ("これまで", "#negotiation-reasons-ja", TextArea),
    ],
)
async def test_a_fact_or_the_reasons_are_selected_in_their_field(
    make_app: AppFactory, store: OfferStore, query: str, selector: str, kind: type
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, query, PrepScreen)
        field = screen.query_one(selector, kind)
        await wait_until(pilot, lambda: field.has_focus, what=f"{selector} focused")
        assert field.selected_text == query


async def test_the_japanese_reason_is_selected_on_decision(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, "雰囲気と裁量", DecisionScreen)
        field = screen.query_one("#reason-ja Input", Input)
        await wait_until(pilot, lambda: field.has_focus, what="the Japanese reason focused")
        assert field.selected_text == "雰囲気と裁量"
