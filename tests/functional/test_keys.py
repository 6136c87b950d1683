"""One key map: a key means one thing everywhere, typing is never a command on an
offer's screens, the footer, F1 and the palette show the declared commands, and a user's
[keys] table moves them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Select, Static

from offertui.commands import BY_ID, COMMANDS, LIST_SCOPES, for_screen, printable, user_keymap
from offertui.screens.help import HelpScreen
from offertui.screens.meeting import MeetingScreen
from offertui.screens.offer_screen import OFFER_SCREENS, OfferScreen
from offertui.storage.store import OfferStore
from offertui.widgets.enter_moves_on import ChooseOnEnter, NextOnEnter, SubmitOnEnter
from tests.helpers import keys_in_profile, open_screen, press, wait_until

AppFactory = Callable[..., Any]

# The cursor keys a list moves by, as Textual's own lists have them: not commands.
NAVIGATION = {"up", "down", "pageup", "pagedown", "home", "end"}


def _offertui_classes() -> list[type[DOMNode]]:
    """Every screen and widget class offertui defines."""
    found: list[type[DOMNode]] = []
    for package in ("offertui.screens", "offertui.widgets"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            module = importlib.import_module(info.name)
            for _name, value in inspect.getmembers(module, inspect.isclass):
                if issubclass(value, DOMNode) and value.__module__ == info.name:
                    found.append(value)
    found.append(importlib.import_module("offertui.app").OfferTUI)
    return found


def _own_bindings(cls: type[DOMNode]) -> list[Binding]:
    return [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]


def _keys(binding: Binding) -> list[str]:
    return [k.strip() for k in binding.key.split(",")]


def test_a_key_means_one_command_in_the_whole_app() -> None:
    meaning: dict[str, set[str]] = {}
    for command in COMMANDS:
        for key in (command.key, command.letter):
            if key:
                meaning.setdefault(key, set()).add(command.id)
    assert {k: ids for k, ids in meaning.items() if len(ids) > 1} == {}


def test_every_binding_is_a_declared_command_with_its_declared_keys() -> None:
    actions: dict[str, set[str]] = {}
    classes = _offertui_classes()
    assert len(classes) > 30  # the walk found the screens and widgets
    for cls in classes:
        for binding in _own_bindings(cls):
            if binding.id is None:
                # Only a list's own cursor keys go undeclared, the Enter that opens a
                # drop-down's menu, as Textual's own Select has it, and the Enter of a
                # field or list that moves on to the next field or submits, as any form's does.
                local_enter = issubclass(cls, (Select, NextOnEnter, ChooseOnEnter, SubmitOnEnter))
                allowed = NAVIGATION | ({"enter"} if local_enter else set())
                assert set(_keys(binding)) <= allowed, (cls.__name__, binding.key)
                continue
            command = BY_ID.get(binding.id)
            assert command is not None, (cls.__name__, binding.id)
            assert set(_keys(binding)) <= {command.key, command.letter}, (cls, binding.key)
            for key in _keys(binding):
                actions.setdefault(key, set()).add(command.id)
    assert {k: ids for k, ids in actions.items() if len(ids) > 1} == {}


def test_no_command_takes_keys_that_terminals_tmux_or_readline_need() -> None:
    reserved = {f"ctrl+{c}" for c in "abdefhkuwyzcvx"} | {"f10", "f11"}
    taken = {c.id: c.key for c in COMMANDS if c.key in reserved}
    assert taken == {}
    # ctrl+s is there, but only to say that saving needs no key.
    assert BY_ID["save"].key == "ctrl+s" and BY_ID["save"].action_name == "save"


def test_printable_keys_are_declared_only_where_nothing_is_typed() -> None:
    for command in COMMANDS:
        for key in (command.key, command.letter):
            if key and printable(key):
                used = set(command.scopes) if key == command.key else {"home"}
                assert used <= LIST_SCOPES, (command.id, key)


def _seed(store: OfferStore) -> None:
    store.create("Acme K.K.", "Backend Engineer")
    store.create("Globex", "SRE")


def _footer(screen: Screen[Any]) -> set[str]:
    return {str(key.description) for key in screen.query("FooterKey")}


async def test_typing_on_an_offer_screen_never_meets_a_command_key(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        for entry in OFFER_SCREENS:
            # Each screen checked once it is open: a screen still being put together
            # would be a look at the one before it.
            screen = await open_screen(
                pilot, BY_ID[entry.name].key, expect=OFFER_SCREENS.screen_class(entry.name)
            )
            assert isinstance(screen, OfferScreen)
            # Whatever has focus, after any number of Tabs: no key of offertui's is a
            # printable one (the widgets' own, such as a check box's space, aside).
            for _ in range(6):
                for key, active in screen.active_bindings.items():
                    if type(active.node).__module__.startswith("offertui"):
                        assert not printable(key), (entry.name, key)
                await pilot.press("tab")


def _palette_names(screen: Screen[Any]) -> tuple[set[str], set[str]]:
    """The palette names declared for `screen`, and those of commands it says it
    cannot run just now (asking for a letter that has come)."""
    names: set[str] = set()
    idle: set[str] = set()
    for command in for_screen(screen.COMMAND_SCOPES):  # type: ignore[attr-defined]
        if not command.palette:
            continue
        if command.each:
            names.update(
                command.name.format(label) for _arg, label in getattr(screen, command.each)()
            )
            continue
        names.add(command.name)
        name, _, _rest = command.action_name.partition("(")
        if hasattr(screen, f"action_{name}") and not screen.check_action(name, ()):
            idle.add(command.name)
    return names, idle


async def _check_declared(pilot: Any) -> None:
    app = pilot.app
    screen = app.screen
    # The footer makes its keys after the screen is mounted, on a later turn of the loop.
    await wait_until(pilot, lambda: bool(_footer(screen)), what="the footer's keys")
    scopes = screen.COMMAND_SCOPES
    declared = for_screen(scopes)
    # The palette: the declared names, and only those (less what cannot run now).
    titles = [c.title for c in app.get_system_commands(screen)]
    names, idle = _palette_names(screen)
    assert len(titles) == len(set(titles)), scopes
    assert set(titles) == names - idle, scopes
    # The footer: declared commands, under their declared labels.
    labels = {c.label(s) for c in declared for s in c.footer_scopes}
    shown = _footer(screen) - {"palette"}
    assert shown and shown <= labels, scopes
    # F1: one row for each declared command that can run here, and no other.
    await press(pilot, "f1")
    help_screen = app.screen
    assert isinstance(help_screen, HelpScreen)
    rows = [
        str(row.query_one(".help--what", Static).render())
        for row in help_screen.query(".help--row")
    ]
    listed = help_screen.commands()
    assert listed and {c.id for c in listed} <= {c.id for c in declared}
    assert len(rows) == len(listed)
    for command, row in zip(listed, rows, strict=True):
        assert command.tooltip(command.scope_on(scopes)) in row, command.id
    await press(pilot, "f1")  # F1 again closes it
    assert app.screen is screen
    assert app.screen is screen


async def test_footer_f1_and_palette_show_the_declared_commands(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _check_declared(pilot)  # the Offers list
        await press(pilot, "enter")
        for entry in OFFER_SCREENS:
            await press(pilot, BY_ID[entry.name].key)
            assert type(app.screen).__name__ == entry.class_name
            await _check_declared(pilot)


async def test_keys_from_the_profile_move_the_commands(
    make_app: AppFactory, store: OfferStore, data_dir: Path
) -> None:
    store.create("Acme", "Dev")
    # Answered moves to F10, and Skip, which has no key, gets ctrl+r, now free.
    keys_in_profile(data_dir, 'answered = "f10"\nskip = "ctrl+r"')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, "m", expect=MeetingScreen)
        first = screen.selected
        assert first is not None
        await pilot.press("f10")
        await pilot.pause()
        assert next(q for q in screen.offer.questions if q.id == first.id).status == "answered"
        second = screen.selected
        assert second is not None and second.id != first.id
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert next(q for q in screen.offer.questions if q.id == second.id).status == "skipped"
        assert "Answered" in _footer(screen)
        assert any(str(k.key) == "f10" for k in screen.query("FooterKey"))
        assert app.keymap.problems == ()


async def test_bad_keys_in_the_profile_keep_the_defaults(
    make_app: AppFactory, store: OfferStore, data_dir: Path
) -> None:
    store.create("Acme", "Dev")
    keys_in_profile(data_dir, 'no_such = "f10"\nanswered = "x"\nunclear = "ctrl+t"\ntime = 3')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert len(app.keymap.problems) == 4
        screen = await open_screen(pilot, "m", expect=MeetingScreen)
        first = screen.selected
        assert first is not None
        await pilot.press("ctrl+l")  # unclear, still on its own key
        await pilot.pause()
        assert next(q for q in screen.offer.questions if q.id == first.id).status == "unclear"


@pytest.mark.parametrize(
    ("entries", "problem"),
    [
        ([("nothing", "f10")], "there is no command called 'nothing'"),
        ([("answered", "ctrl+")], "is not a key"),
        ([("answered", "hyper+super+nope")], "is not a key"),
        ([("answered", "x")], "would act while you type"),
        ([("answered", "ctrl+t")], "time already has that key"),
        ([("answered", "f10"), ("unclear", "f10")], "already has that key"),
    ],
)
def test_a_bad_entry_is_refused_with_a_reason(entries: list[tuple[str, str]], problem: str) -> None:
    keymap = user_keymap(entries)
    assert any(problem in line for line in keymap.problems), keymap.problems
    assert "answered" not in keymap.keys


def test_keys_can_be_swapped_and_the_list_keys_take_letters() -> None:
    keymap = user_keymap(
        [("answered", "ctrl+l"), ("unclear", "ctrl+r"), ("new_offer", "a"), ("skip", "f10,f12")]
    )
    # F12 is the follow-up's: of the two keys asked for Skip, that one clashes.
    assert keymap.keys == {"answered": "ctrl+l", "unclear": "ctrl+r", "new_offer": "a"}
    assert [p.split(":")[0] for p in keymap.problems] == ["keys.skip"]


def test_the_readme_key_table_lists_every_key() -> None:
    readme = Path(__file__).resolve().parents[2] / "README.md"
    table = readme.read_text(encoding="utf-8").split("## Keys", 1)[1].split("\n## ", 1)[0]
    rows = {
        m.group(1): m.group(2) for m in re.finditer(r"^\| `([a-z_]+)` \| ([^|]*) \|", table, re.M)
    }
    for command in COMMANDS:
        assert command.id in rows, command.id
        for key in (command.key, command.letter):
            if key:
                assert f"`{key}`" in rows[command.id], (command.id, key)
    # And no row for a command or a key that is not declared (dialogs once had a `y`).
    for command_id, keys in rows.items():
        assert command_id in BY_ID, command_id
        command = BY_ID[command_id]
        declared = {k for k in (*command.key.split(","), command.letter) if k}
        assert set(re.findall(r"`([^`]+)`", keys)) == declared, (command_id, keys)


def test_a_key_worded_for_a_screens_footer_is_in_that_footer() -> None:
    """A footer label written for an offer's screen is there to be shown: a command given
    one where it has a key must be in that screen's footer (Letter's Next once was not,
    though F1 and the palette listed it)."""
    screens = {entry.name for entry in OFFER_SCREENS}
    for command in COMMANDS:
        for scope in screens & set(command.labels):
            if scope in command.scopes and command.keys_in(scope):
                assert scope in command.footer_scopes, (command.id, scope)


async def test_the_letters_footer_shows_next_part_at_80x24(
    make_app: AppFactory, store: OfferStore
) -> None:
    _seed(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(
            pilot, "enter", BY_ID["letter"].key, expect=OFFER_SCREENS.screen_class("letter")
        )
        await wait_until(pilot, lambda: bool(_footer(screen)), what="the footer's keys")
        assert "Next part" in _footer(screen)
