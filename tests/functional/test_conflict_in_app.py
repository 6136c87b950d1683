"""A conflicting copy on the Offers home: Enter on its row compares the two versions
and keeps one, as `offertui conflict` does. The copy is never opened as an offer."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.geometry import Region
from textual.widgets import Button

from offertui.screens.offer_screen import OfferScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.versions import VersionsDialog
from offertui.storage.store import OfferStore, SyncConflict
from tests.helpers import Notifications, keep_version, press, shown_text

AppFactory = Callable[..., Any]
COPY = "acme-dev.sync-conflict-20261201-120000-ABCDEF7.toml"


def _with_copy(store: OfferStore, extra: bytes = b"") -> tuple[bytes, Path]:
    """acme-dev and Syncthing's copy of it, in which the stage moved on (and `extra`
    was added at the end)."""
    offer = store.create("Acme", "Dev")
    original = store.path_for(offer.id).read_bytes()
    copy = store.offers_dir / COPY
    copy.write_bytes(original.replace(b'stage = "prep"', b'stage = "meeting"') + extra)
    return original, copy


async def _open_the_conflict(pilot: Any) -> VersionsDialog:
    home = pilot.app.screen
    assert isinstance(home, OffersScreen)
    row = next(i for i, b in enumerate(home.summaries + home.broken) if isinstance(b, SyncConflict))
    await press(pilot, *["down"] * row, "enter")
    dialog = pilot.app.screen
    assert isinstance(dialog, VersionsDialog)
    return dialog


async def test_enter_on_a_conflict_compares_and_changes_nothing(
    make_app: AppFactory, store: OfferStore
) -> None:
    original, copy = _with_copy(store)
    copied = copy.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_conflict(pilot)
        shown = shown_text(app.screen)
        assert "acme-dev has two versions" in shown
        assert "1  acme-dev.toml" in shown
        assert f"2  {COPY} (Syncthing's copy)" in shown
        assert '-stage = "prep"' in shown and '+stage = "meeting"' in shown
        await press(pilot, "escape")
        assert isinstance(app.screen, OffersScreen)
        assert not any(isinstance(s, OfferScreen) for s in app.screen_stack)
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.read_bytes() == copied
    assert list(store.trash_dir.iterdir()) == []


async def test_keeping_the_copy_makes_it_the_offer(make_app: AppFactory, store: OfferStore) -> None:
    original, copy = _with_copy(store)
    app = make_app()
    notifications = Notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_conflict(pilot)
        await keep_version(pilot, 2)
        home = app.screen
        assert isinstance(home, OffersScreen)
        assert home.broken == []
        assert [s.id for s in home.summaries] == ["acme-dev"]
        assert notifications.any_contains("trash")
    assert store.load("acme-dev").stage == "meeting"
    assert not copy.exists()
    assert original in [p.read_bytes() for p in store.trash_dir.iterdir()]


async def test_keeping_the_offers_file_moves_the_copy_to_the_trash(
    make_app: AppFactory, store: OfferStore
) -> None:
    original, copy = _with_copy(store)
    copied = copy.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_conflict(pilot)
        await keep_version(pilot, 1)
        assert isinstance(app.screen, OffersScreen)
        assert app.screen.broken == []
    assert store.path_for("acme-dev").read_bytes() == original
    assert not copy.exists()
    assert [p.read_bytes() for p in store.trash_dir.iterdir()] == [copied]


async def test_nothing_is_kept_while_the_offer_is_open_elsewhere(
    make_app: AppFactory, store: OfferStore
) -> None:
    original, copy = _with_copy(store)
    elsewhere = store.open("acme-dev")  # a second offertui has it open
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            dialog = await _open_the_conflict(pilot)
            await keep_version(pilot, 2)
            assert app.screen is dialog
            assert "open in an offertui" in str(dialog.query_one("#versions-error").render())
    finally:
        elsewhere.close()
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.exists()


async def test_a_copy_with_raw_control_characters_is_shown_escaped_and_never_kept(
    make_app: AppFactory, store: OfferStore
) -> None:
    original, copy = _with_copy(store, b"# \x1b]52;c;aGk=\x07 \x1b[2J\n")
    copied = copy.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_the_conflict(pilot)
        shown = shown_text(dialog)
        assert "\\x1b]52;c;aGk=\\x07" in shown  # drawn as escapes, never sent raw
        assert "\x1b" not in shown and "\x07" not in shown
        assert "cannot be kept" in shown
        assert dialog.query_one("#keep-2", Button).disabled
        await press(pilot, "2")  # a digit keeps nothing, and the button is off
        assert app.screen is dialog
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.read_bytes() == copied


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
async def test_a_copy_that_is_a_fifo_is_shown_as_unreadable_and_never_blocks(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    original = store.path_for("acme-dev").read_bytes()
    os.mkfifo(store.offers_dir / COPY)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_the_conflict(pilot)
        shown = shown_text(dialog)
        assert "cannot be kept: it is a named pipe (FIFO)" in shown
        assert "One version could not be read." in shown
        assert dialog.query_one("#keep-2", Button).disabled
        await keep_version(pilot, 1)  # the offer's file stays; the FIFO goes to the trash
        assert isinstance(app.screen, OffersScreen)
    assert store.path_for("acme-dev").read_bytes() == original
    assert [p.is_fifo() for p in store.trash_dir.iterdir()] == [True]


async def test_a_merge_left_in_the_file_is_compared_and_theirs_kept_on_the_home(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    merged = path.read_text("utf-8").replace(
        'stage = "prep"',
        '<<<<<<< HEAD\nstage = "meeting"\n=======\nstage = "deciding"\n>>>>>>> laptop',
    )
    path.write_text(merged, "utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_the_conflict(pilot)
        shown = shown_text(dialog)
        assert "ours (HEAD)" in shown
        assert "theirs (laptop)" in shown
        await keep_version(pilot, 2)
        home = app.screen
        assert isinstance(home, OffersScreen)
        assert home.broken == []
        assert [s.id for s in home.summaries] == [offer.id]
    assert store.load(offer.id).stage == "deciding"
    assert [p.read_text("utf-8") for p in store.trash_dir.iterdir()] == [merged]


async def test_a_digit_typed_on_while_the_versions_open_keeps_neither(
    make_app: AppFactory, store: OfferStore
) -> None:
    """Enter on the conflict line and a sentence with a "2" in it, typed on at once: the
    offer's file and its copy both stay, and the dialog waits for a button."""
    original, copy = _with_copy(store)
    copied = copy.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_the_conflict(pilot)
        await press(pilot, *"meet at 2pm, 1 hour")
        assert app.screen is dialog
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.read_bytes() == copied
    assert list(store.trash_dir.iterdir()) == []


async def test_a_conflict_row_alone_drops_the_legal_form_as_the_offers_rows_do(
    make_app: AppFactory, store: OfferStore
) -> None:
    # The offer's own file holds a merge, so no row of the offer names the company: the
    # conflict's row is named from the file, which begins with the company's name.
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    path = store.path_for(offer.id)
    merged = path.read_text("utf-8").replace(
        'stage = "prep"', '<<<<<<< HEAD\nstage = "meeting"\n=======\nstage = "deciding"\n>>>>>>> b'
    )
    path.write_text(merged, "utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)):
        home = app.screen
        assert isinstance(home, OffersScreen)
        assert [type(b) for b in home.broken] == [SyncConflict] and home.summaries == []
        table = home.table
        width, height = table.size
        drawn = [
            "".join(segment.text for segment in strip)
            for strip in table.render_lines(Region(0, 0, width, height))
        ]
        row = next(line for line in drawn if "conflict" in line)
        assert row.split()[0].startswith("サクラテック"), row
        assert "株式会社" not in row
