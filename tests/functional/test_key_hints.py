"""Hints name the keys the user has: a key moved in profile.toml's [keys] table shows in
every hint that names it, and no screen or widget writes a command's key as fixed text."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.widgets import Input, Static

from offertui.domain.offer import Decision
from offertui.screens.decision import DecisionScreen
from offertui.screens.help import HelpScreen
from offertui.screens.meeting import MeetingScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.overview import OverviewScreen
from offertui.storage.store import OfferStore
from tests.helpers import keys_in_profile, press, shown_text, wait_until

AppFactory = Callable[..., Any]

# A key as a hint would write it: ctrl+n, ctrl+\, F9. ctrl+z is the text area's own
# undo, no command of offertui's, so it cannot be moved.
_KEY_IN_TEXT = re.compile(r"ctrl\+(?!z\b)[a-z\\]|\bF\d{1,2}\b")


def _strings(module: Any) -> list[tuple[int, str]]:
    """The string constants of a module's code, without its docstrings."""
    tree = ast.parse(inspect.getsource(module))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_screen_or_widget_writes_a_key_as_fixed_text() -> None:
    found: list[str] = []
    for package in ("offertui.screens", "offertui.widgets"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            module = importlib.import_module(info.name)
            for line, text in _strings(module):
                if _KEY_IN_TEXT.search(text):
                    found.append(f"{info.name}:{line}: {text!r}")
    assert found == []


async def test_the_link_hint_and_the_meeting_help_follow_remapped_keys(
    make_app: AppFactory, store: OfferStore, data_dir: Path
) -> None:
    store.create("Acme", "Dev")
    keys_in_profile(data_dir, 'copy_link = "f10"\nstart_or_end = "ctrl+f9"\npalette = "f11"')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.keymap.problems == ()
        await press(pilot, "enter")
        assert isinstance(app.screen, OverviewScreen)
        link = app.screen.query_one("#meeting_link Input", Input)
        assert link.placeholder.endswith("; F10 copies it")
        await press(pilot, "f4")
        assert isinstance(app.screen, MeetingScreen)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        about = shown_text(app.screen)
        assert "Start the meeting with ctrl+f9 so the clock runs" in about
        assert "end it with ctrl+f9" in about
        assert "F11 opens the command palette" in about
        assert "F9" not in about
        assert "Keys can be changed in profile.toml ([keys])" in about
        assert "ctrl+p" not in about


async def test_the_revised_offer_hint_names_the_key_given_to_it(
    make_app: AppFactory, store: OfferStore, data_dir: Path
) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    handle.save(replace(offer, annual_pay=9_000_000, decision=Decision(choice="negotiate")))
    handle.close()
    keys_in_profile(data_dir, 'record_revision = "f10"')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter", "f5")
        assert isinstance(app.screen, DecisionScreen)
        terms = app.screen.query_one("#terms", Static)
        assert str(terms.render()) == "When the company answers: F10."
    # Without a key of its own, the hint names the palette and the command.
    (data_dir / "profile.toml").write_text('name_en = "Alex"\n')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter", "f5")
        terms = app.screen.query_one("#terms", Static)
        assert str(terms.render()) == "When the company answers: ctrl+p, “Record revised offer”."


async def test_the_welcome_names_the_keys_of_the_offers_list(
    make_app: AppFactory, data_dir: Path
) -> None:
    keys_in_profile(data_dir, 'new_offer = "a"\nhelp = "f10"')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, OffersScreen), what="the home")
        welcome = " ".join(str(app.screen.query_one("#offers-empty", Static).render()).split())
        assert "Press a and type the company" in welcome
        assert "F10 lists the keys" in welcome
        # The glossary and profile keep their letters on the list.
        assert "or press g for the glossary" in welcome
        assert "p sets your name" in welcome


async def test_the_homes_help_shows_a_command_without_its_backticks(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        about = shown_text(app.screen)
        assert "(offertui due prints the same)" in about
        assert "`" not in about
