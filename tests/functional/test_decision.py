"""Deciding and comparing, driven by keys as a user would."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, OptionList, RadioButton, RadioSet, SelectionList

from offertui.domain.decision import DEFAULT_NEXT_STEPS
from offertui.domain.emails import KIND_LABELS
from offertui.domain.offer import Offer, Profile
from offertui.screens.compare import CompareScreen
from offertui.screens.decision import DecisionScreen
from offertui.screens.dialogs import ConfirmDialog, EmailProposalDialog
from offertui.screens.export import ExportDialog
from offertui.screens.offers import OffersScreen
from offertui.storage.store import OfferStore
from offertui.widgets.line_table import LineTable
from tests.commands import run_command
from tests.decision_offers import globex, initech, sakura, seed_three
from tests.helpers import NOW, Notifications, open_screen, return_to, shown_text

AppFactory = Callable[..., Any]


async def open_decision(pilot: Any, row: int = 0) -> DecisionScreen:
    return await open_screen(pilot, *["down"] * row, "enter", "f5", expect=DecisionScreen)


def on_disk(store: OfferStore, offer: Offer) -> dict[str, Any]:
    return tomllib.loads(store.path_for(offer.id).read_text("utf-8"))


async def pick(pilot: Any, screen: DecisionScreen, choice: str) -> None:
    """Choose with the keyboard: focus the radio buttons, move to `choice`, press enter."""
    radios = screen.query_one("#choice", RadioSet)
    radios.focus()
    await pilot.pause()
    buttons = list(radios.query(RadioButton))
    order = [b.id for b in buttons]
    # The button under the keyboard cursor is the one drawn as selected.
    current = next(i for i, b in enumerate(buttons) if b.has_class("-selected"))
    target = order.index(f"choice-{choice}")
    for _ in range(abs(target - current)):
        await pilot.press("down" if target > current else "up")
    await pilot.press("enter")
    await pilot.pause()


async def test_the_flags_shown_are_the_ones_the_data_implies(
    make_app: AppFactory, store: OfferStore
) -> None:
    sakura(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        keys = [flag.key for flag in screen.flags]
        assert keys == [
            "pressure",
            "must_ask_unasked",
            "must_ask_unclear",
            "responsibilities_unknown",
            "no_written_offer",
            "deadline_close",
            "annual_pay_mismatch",
            "slow_reply",
        ]
        assert screen.query_one("#flags", OptionList).option_count == len(keys)
        assert "Red flags · 8 (5 high)" in str(screen.query_one("#flags-title").content)
        detail = str(screen.query_one("#flag-detail").content)
        assert detail.startswith("Pressed to decide on the spot")
        await pilot.press("down")
        await pilot.pause()
        assert "must-ask" in str(screen.query_one("#flag-detail").content)
        countdown = screen.query_one("#countdown")
        assert "in 2 days (2 business days)" in str(countdown.content)
        assert countdown.has_class("-soon")
        assert "26 hours ago" in str(screen.query_one("#nudge").content)


async def test_a_calm_offer_says_there_is_nothing_to_flag(
    make_app: AppFactory, store: OfferStore
) -> None:
    globex(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        assert screen.flags == []
        assert "No red flags" in str(screen.query_one("#flag-detail").content)
        assert "thank them by Thu 10:05" in str(screen.query_one("#nudge").content)


async def test_declining_moves_the_stage_and_opens_the_decline_email(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = sakura(store)
    store.save_profile(Profile(name_en="Alex", email_lang="ja"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await pick(pilot, screen, "decline")
        dialog = app.screen
        assert isinstance(dialog, EmailProposalDialog)
        assert screen.offer.stage == "declined"
        assert screen.offer.decision.decided_at == NOW
        await pilot.press("enter")  # on "Write it", which has the focus
        await pilot.pause()
        emails = app.screen
        assert type(emails).__name__ == "EmailsScreen"
        assert (emails.kind, emails.lang) == ("decline", "ja")  # type: ignore[attr-defined]
        await pilot.press("ctrl+q")
    data = on_disk(store, offer)
    assert data["stage"] == "declined"
    assert data["decision"]["choice"] == "decline"
    assert data["decision"]["decided_at"] == NOW


@pytest.mark.parametrize(
    ("choice", "stage", "kind"),
    [("negotiate", "negotiating", "negotiate"), ("need-time", "deciding", "need-time")],
)
async def test_each_choice_proposes_its_email(
    make_app: AppFactory, store: OfferStore, choice: str, stage: str, kind: str
) -> None:
    sakura(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await pick(pilot, screen, choice)
        dialog = app.screen
        assert isinstance(dialog, EmailProposalDialog)
        assert f"“{KIND_LABELS[kind]}”" in shown_text(dialog)
        await return_to(pilot, screen, "escape")
        assert screen.offer.stage == stage
        assert screen.offer.decision.choice == choice


async def test_accepting_with_open_flags_asks_once_more(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = sakura(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await pick(pilot, screen, "accept")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        shown = shown_text(dialog)
        assert "8 red flags" in shown
        assert "Pressed to decide on the spot" in shown
        assert "and 3 more" in shown
        await pilot.press("escape")
        await pilot.pause()
        # Not accepted: the choice and the radio buttons are as they were.
        assert app.screen is screen
        assert screen.offer.decision.choice == "undecided"
        assert screen.offer.stage == "deciding"
        assert screen.query_one("#choice-undecided", RadioButton).value
        assert not screen.query_one("#choice-accept", RadioButton).value

        await pick(pilot, screen, "accept")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, EmailProposalDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.offer.stage == "accepted"
        assert screen.offer.decision.next_steps == tuple((s, False) for s in DEFAULT_NEXT_STEPS)
        assert screen.query_one("#next-steps-box").display

        steps = screen.query_one("#next-steps", SelectionList)
        steps.focus()
        await pilot.press("space")  # tick the first step
        await pilot.pause()
        await pilot.press("down", "delete")  # drop the visa step
        await pilot.pause()
        screen.query_one("#new-step", Input).value = "Give notice at my current job"
        screen.query_one("#new-step", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
    data = on_disk(store, offer)
    assert data["stage"] == "accepted"
    assert [(s["text"], s["done"]) for s in data["decision"]["next_steps"]] == [
        (DEFAULT_NEXT_STEPS[0], True),
        (DEFAULT_NEXT_STEPS[2], False),
        (DEFAULT_NEXT_STEPS[3], False),
        ("Give notice at my current job", False),
    ]


async def test_accepting_a_clean_offer_does_not_ask(
    make_app: AppFactory, store: OfferStore
) -> None:
    globex(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await pick(pilot, screen, "accept")
        assert isinstance(app.screen, EmailProposalDialog)
        assert screen.offer.stage == "accepted"


async def test_choices_from_the_palette(make_app: AppFactory, store: OfferStore) -> None:
    globex(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        for title in (
            "Choose: accept",
            "Choose: decline",
            "Choose: negotiate",
            "Choose: need more time",
            "Choose: undecided",
            "Add red flag",
            "Compare offers",
            "Export brief",
        ):
            assert titles.count(title) == 1, title
        command = next(c for c in app.get_system_commands(screen) if c.title == "Choose: decline")
        command.callback()
        await pilot.pause()
        assert screen.offer.decision.choice == "decline"
        assert screen.query_one("#choice-decline", RadioButton).value
        # The radio button's own message must not ask a second time.
        assert isinstance(app.screen, EmailProposalDialog)
        await return_to(pilot, screen, "escape")
        command = next(c for c in app.get_system_commands(screen) if c.title == "Choose: undecided")
        command.callback()
        await pilot.pause()
        assert screen.offer.stage == "deciding"
        assert screen.offer.decision.decided_at is None
        assert app.screen is screen  # no email for "undecided"


async def test_pros_cons_and_own_flags_are_added_and_removed(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = sakura(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await run_command(pilot, "Add red flag")
        field = screen.query_one("#new-flag", Input)
        assert field.has_focus
        field.value = "Reviews mention [late] nights"
        await pilot.press("enter")
        await pilot.pause()
        flags = screen.flags
        assert flags[-1].own and flags[-1].title == "Reviews mention [late] nights"
        assert field.value == ""
        # Blank and repeated entries are explained at the field and not added.
        await pilot.press("enter")
        await pilot.pause()
        error = screen.query_one("#new-flag-error")
        assert error.display and "Type a few words" in str(error.content)
        field.value = "reviews mention [LATE] nights"
        await pilot.pause()
        assert not error.display
        await pilot.press("enter")
        await pilot.pause()
        assert "already on the list" in str(error.content)
        assert len(screen.offer.decision.own_flags) == 1

        for list_id, text in (("new-pro", "Great team [b]really[/b]"), ("new-con", "Long commute")):
            box = screen.query_one(f"#{list_id}", Input)
            box.value = text
            box.focus()
            await pilot.press("enter")
            await pilot.pause()
        assert screen.offer.decision.pros == ("Great team [b]really[/b]",)
        # Shown as typed: brackets are text, not markup.
        pro = screen.query_one("#pros", OptionList).get_option_at_index(0).prompt
        assert str(pro) == "Great team [b]really[/b]"
        assert screen.offer.decision.cons == ("Long commute",)
        screen.query_one("#reason Input", Input).value = "The team"
        await pilot.pause()

        # A computed flag cannot be removed by hand; one's own can.
        flag_list = screen.query_one("#flags", OptionList)
        flag_list.focus()
        flag_list.highlighted = 0
        await pilot.press("delete")
        await pilot.pause()
        assert len(screen.flags) == 9
        flag_list.highlighted = 8
        await pilot.press("delete")
        await pilot.pause()
        assert screen.offer.decision.own_flags == ()

        cons = screen.query_one("#cons", OptionList)
        cons.focus()
        await pilot.press("delete")
        await pilot.pause()
        assert screen.offer.decision.cons == ()
        await pilot.press("ctrl+q")
    data = on_disk(store, offer)
    assert data["decision"]["pros"] == ["Great team [b]really[/b]"]
    assert data["decision"].get("cons", []) == []
    assert data["decision"]["reason"] == "The team"


async def test_compare_marked_offers_from_the_home(make_app: AppFactory, store: OfferStore) -> None:
    seed_three(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        home = app.screen
        assert isinstance(home, OffersScreen)
        table = home.query_one(LineTable)
        # Sorted by deadline: Initech, Sakura, Globex.
        await pilot.press("space")
        await pilot.pause()
        assert str(table.get_row_at(0)[0]) == "✓ Initech"
        await pilot.press("c")
        await pilot.pause()
        assert app.screen is home  # one marked offer is not a comparison
        await pilot.press("down", "down", "space")
        await pilot.pause()
        compare = await open_screen(pilot, "c", expect=CompareScreen)
        assert compare.comparison is not None
        assert compare.comparison.headings == ("Initech", "Globex Japan K.K.")
        flags = compare.comparison.row("flags")
        assert [c.best for c in flags.cells] == [False, True]
        await return_to(pilot, home, "escape")
        # Unmark both: with none marked, every offer is compared.
        await pilot.press("space", "up", "up", "space")
        await pilot.pause()
        assert home.marked == set()
        await open_screen(pilot, "c", expect=CompareScreen)
        assert len(app.screen.offers) == 3


async def test_compare_from_decision_uses_the_offer_as_edited(
    make_app: AppFactory, store: OfferStore
) -> None:
    first, _second, third = seed_three(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot, row=2)  # Globex
        await pick(pilot, screen, "accept")
        await pilot.press("escape")
        await pilot.pause()
        await run_command(pilot, "Compare offers")
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert compare.comparison is not None
        assert compare.comparison.ids[0] == screen.offer.id
        assert set(compare.comparison.ids[1:]) == {first.id, third.id}
        assert compare.comparison.row("stage").cells[0].text == "Accepted"
        await return_to(pilot, screen, "escape")


async def test_compare_needs_another_open_offer(make_app: AppFactory, store: OfferStore) -> None:
    globex(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await run_command(pilot, "Compare offers")
        assert app.screen is screen


async def test_export_brief_from_the_app(
    make_app: AppFactory, store: OfferStore, tmp_path: Path
) -> None:
    offer = sakura(store)
    app = make_app()
    notifications = Notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_decision(pilot)
        await run_command(pilot, "Export brief")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path_field = dialog.query_one("#export-path", Input)
        assert path_field.value == f"{offer.id}-brief.md"
        path_field.value = str(tmp_path / "missing" / "brief.md")
        await pilot.press("enter")
        await pilot.pause()
        assert "does not exist" in str(dialog.query_one("#export-error").content)
        assert app.screen is dialog
        target = tmp_path / "brief.md"
        path_field.value = str(target)
        await return_to(pilot, screen, "enter")
        assert notifications.any_contains(str(target))
    text = target.read_text("utf-8")
    assert text.startswith("# Offer brief: 株式会社サクラテック — Backend Engineer")
    assert "They asked me to decide today." in text
    assert "Pressed to decide on the spot" in text


async def test_export_brief_from_the_home_palette(
    make_app: AppFactory, store: OfferStore, tmp_path: Path
) -> None:
    initech(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Export brief")
        command.callback()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-path", Input).value = str(tmp_path / "b.md")
        await pilot.press("enter")
        await pilot.pause()
    assert (tmp_path / "b.md").read_text("utf-8").startswith("# Offer brief: Initech")


async def test_the_home_counts_red_flags(make_app: AppFactory, store: OfferStore) -> None:
    seed_three(store)
    app = make_app()
    async with app.run_test(size=(80, 24)):
        table = app.screen.query_one(LineTable)
        column = [str(table.get_row_at(i)[6]) for i in range(3)]
        assert column == ["3", "8", "0"]
