"""Typing a sentence on an offer's screens, after any number of Tabs: it lands in a
field (and so in the offer) or is refused with a notice; it never navigates, opens a
dialog, writes a file or changes anything else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Input, TextArea

from offertui.screens.offer_screen import OFFER_SCREENS
from offertui.screens.typing_guard import kind_of
from offertui.storage.store import OfferStore
from tests.helpers import Notifications, type_text, wait_until

AppFactory = Callable[..., Any]

# Letters that were once commands (e c f d r k y n m g p s), a slash and digits.
SENTENCE = "Check: deadline by 5/12, yes or no? Mr Kondo defers"


def _field_text(widget: Widget | None) -> str | None:
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, TextArea):
        return widget.text
    return None


def _files(*roots: Path) -> set[Path]:
    return {p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("tabs", range(6))
@pytest.mark.parametrize("screen_name", [entry.name for entry in OFFER_SCREENS])
async def test_a_typed_sentence_lands_in_a_field_or_is_refused_out_loud(
    make_app: AppFactory,
    store: OfferStore,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screen_name: str,
    tabs: int,
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    offer = store.create("Acme K.K.", "Backend Engineer")
    offer_file = store.path_for(offer.id)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        # Straight to the screen, as the home's keys open it, and only once it has
        # placed its focus: a key pressed before then would race the opening.
        app.open_offer(offer.id, screen_name)
        kind = OFFER_SCREENS.screen_class(screen_name)

        def opened() -> bool:
            shown = app.screen
            return isinstance(shown, kind) and shown.is_mounted and shown.focused is not None

        await wait_until(pilot, opened, what=f"the {screen_name} screen open and focused")
        screen = app.screen
        for _ in range(tabs):
            await pilot.press("tab")
        await pilot.pause()
        app.save_all()
        before = screen.offer
        files = _files(data_dir, tmp_path / "home", cwd)
        notices = Notifications(app)
        target = app.focused

        if tabs == 0:
            # A slow typist, the app idle between keys: once a screen.
            await pilot.press(*SENTENCE)
            await pilot.pause()
        else:
            # A fast one, every key queued before the first is handled.
            await type_text(pilot, SENTENCE)

        assert app.screen is screen, "typing navigated or opened a dialog"
        app.save_all()
        assert _files(data_dir, tmp_path / "home", cwd) == files, "typing wrote a file"
        shown = _field_text(app.focused)
        where = f"{screen_name}, {tabs} tabs, {type(target).__name__}#{target and target.id}"
        if shown is not None and SENTENCE in shown:
            if screen.offer != before:
                assert SENTENCE in offer_file.read_text(encoding="utf-8"), where
        else:
            assert screen.offer == before, f"typing changed the offer: {where}"
            assert any("typ" in m.casefold() for m in notices.messages), where


async def test_each_sentence_typed_where_nothing_takes_text_is_told_about(
    make_app: AppFactory, store: OfferStore
) -> None:
    """A Tab never reaches the screen, so the run of typing must end with the focus: the
    sentence typed on the next widget that takes no text is refused out loud too."""
    offer = store.create("Acme K.K.", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_offer(offer.id, "decision")
        kind = OFFER_SCREENS.screen_class("decision")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, kind) and app.screen.focused is not None,
            what="the Decision screen open and focused",
        )
        screen = app.screen
        no_text = [w for w in screen.focus_chain if _field_text(w) is None]
        assert len(no_text) >= 2, "Decision has two widgets that take no text"
        notices = Notifications(app)
        for widget in no_text[:2]:
            widget.focus()
            await pilot.pause()
            await type_text(pilot, "hello there")
            await pilot.pause()
        refusals = [m for m in notices.messages if m.startswith("Not typed")]
        assert len(refusals) == 2


def _toasts_shown(app: Any) -> list[str]:
    """The text of each toast on the screen, as drawn."""
    return [
        " ".join(toast.render_line(y).text.strip() for y in range(toast.size.height))
        for toast in app.screen.query("Toast")
    ]


@pytest.mark.parametrize("other", ["", "Meeting started. The clock is running."])
async def test_a_new_not_typed_notice_takes_the_place_of_the_last(
    make_app: AppFactory, store: OfferStore, other: str
) -> None:
    """Two of them stacked covered the right half of an 80x24 screen, the very column
    the focus was in. A notice of another kind stays."""
    offer = store.create("Acme K.K.", "Backend Engineer")
    app = make_app()
    # Toasts are drawn only when the test asks for them.
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.open_offer(offer.id, "decision")
        kind = OFFER_SCREENS.screen_class("decision")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, kind) and app.screen.focused is not None,
            what="the Decision screen open and focused",
        )
        if other:
            app.notify(other)
        no_text = [w for w in app.screen.focus_chain if _field_text(w) is None]
        first = no_text[0]
        second = next(w for w in no_text if kind_of(w) != kind_of(first))
        for widget in (first, second):
            widget.focus()
            await pilot.pause()
            await type_text(pilot, "a b")
            await wait_until(
                pilot,
                lambda w=widget: any(f"on {kind_of(w)}," in t for t in _toasts_shown(app)),
                what=f"the notice about {kind_of(widget)} shown",
            )
        toasts = _toasts_shown(app)
        refused = [t for t in toasts if "Not typed" in t]
        if other:
            assert other in toasts
        else:
            assert len(refused) == 1 and f"on {kind_of(second)}," in refused[0], refused


async def test_a_space_typed_on_a_drop_down_does_not_open_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    """The space between two words typed on a drop-down must not open its menu over the
    screen; Down still does."""
    from textual.widgets import Select

    offer = store.create("Acme K.K.", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_offer(offer.id, "overview")
        kind = OFFER_SCREENS.screen_class("overview")
        await wait_until(
            pilot, lambda: isinstance(app.screen, kind) and app.screen.is_mounted, what="Overview"
        )
        drop_down = app.screen.query(Select).first()
        app.screen.set_focus(drop_down)
        await wait_until(pilot, lambda: drop_down.has_focus, what="the drop-down focused")
        value = drop_down.value
        notices = Notifications(app)
        await type_text(pilot, "a b c")
        await pilot.pause()
        assert not drop_down.expanded
        assert drop_down.value == value
        assert any("typ" in m.casefold() for m in notices.messages)
        await pilot.press("down")
        await wait_until(pilot, lambda: drop_down.expanded, what="Down opening the menu")
