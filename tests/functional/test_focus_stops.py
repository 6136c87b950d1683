"""Fields that show what they are: a closed field says why Tab skips it, a list with
nothing in it is no stop at all, and a figure that cannot be read is explained in full
where it was typed; and the field being typed in stays in sight when the screen
changes around it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widgets import Checkbox, Input, Label, OptionList, Select

from offertui.screens.decision import DecisionScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.pay import PayScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.conflict_banner import ConflictBanner
from offertui.widgets.field import Field
from tests.helpers import open_screen, wait_seen, wait_until

AppFactory = Callable[..., Any]


async def test_the_letters_closed_rows_say_how_to_open_them(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme K.K.", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f3", expect=PrepScreen)
        date = screen.query_one("#letter-date Input", Input)
        language = screen.query_one("#letter-language", Select)
        open_label = screen.query_one("#reply-deadline .field--label").styles.color
        closed = ("#letter-date .field--label", "#letter-language-row .field--label")
        assert "tick the box" in date.placeholder.casefold()
        assert "tick the box" in language.prompt.casefold()
        assert all(screen.query_one(c).styles.color != open_label for c in closed)
        screen.query_one("#letter-received", Checkbox).focus()
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#reply-deadline Input")

        await pilot.press("shift+tab", "space")
        await wait_until(pilot, lambda: not date.disabled, what="the date open once ticked")
        assert date.placeholder == "YYYY-MM-DD"
        assert "tick" not in language.prompt.casefold()
        assert all(screen.query_one(c).styles.color == open_label for c in closed)
        await pilot.press("tab")
        assert screen.focused is date


async def test_an_emptied_list_hands_the_focus_to_its_field(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme K.K.", "Backend Engineer")
    handle = store.open(offer.id)
    handle.save(replace(offer, decision=replace(offer.decision, pros=("A kind team",))))
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f5", expect=DecisionScreen)
        pros = screen.query_one("#pros", OptionList)
        cons = screen.query_one("#cons", OptionList)
        assert pros.focusable and not cons.focusable  # one line, and none
        pros.focus()
        await pilot.press("delete")
        await wait_until(pilot, lambda: not screen.offer.decision.pros, what="the pro deleted")
        assert screen.focused is screen.query_one("#new-pro", Input)
        assert not pros.focusable


async def test_a_bad_figure_in_any_pay_field_is_explained_in_full_under_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme K.K.", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f7", expect=PayScreen)
        fields = [f for f in screen.query_one("#pay-form").query(Field) if f.display]
        assert len(fields) >= 10
        for field in fields:
            await _refused_in_full(pilot, field)


async def _refused_in_full(pilot: Any, field: Field[Any]) -> None:
    field.input.focus()
    field.input.value = "abc"
    await wait_until(pilot, lambda: bool(field.error), what=f"{field.label}: refused")
    line = field.query_one(".field--error", Label)
    await wait_seen(pilot, line)
    assert str(line.render()) == field.error
    field.input.value = ""
    await wait_until(pilot, lambda: not field.error, what=f"{field.label}: cleared")


async def test_the_field_being_typed_in_stays_in_sight_when_the_banner_comes(
    make_app: AppFactory, store: OfferStore
) -> None:
    """The file-changed banner takes lines from the body mid-typing: the field must
    not be pushed out of sight under the user's fingers."""
    offer = store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", expect=OverviewScreen)
        field = screen.query_one("#contact_name Input", Input)
        field.focus()
        await wait_seen(pilot, field)
        path = store.path_for(offer.id)
        path.write_text(path.read_text("utf-8").replace('"Dev"', '"Edited by hand"'), "utf-8")
        await pilot.press(*"Sato")  # the save finds the change
        banner = screen.query_one(ConflictBanner)
        await wait_until(pilot, lambda: banner.display, what="the banner")
        await wait_seen(pilot, field)
        assert field.value == "Sato"
