"""The offer's file changed on disk while it is open: a banner, never a dialog that
takes the keys being typed; settled from the palette; the changed file never overwritten."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import Input, Label, TextArea

from offertui.screens.changed_file import ChangedFileDialog
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.meeting import MeetingScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.versions import VersionsDialog
from offertui.storage.store import OfferStore, SyncConflict
from offertui.widgets.conflict_banner import ConflictBanner
from tests.commands import run_command
from tests.helpers import (
    Notifications,
    keep_version,
    open_screen,
    press,
    shown_text,
    type_text,
    wait_until,
)

AppFactory = Callable[..., Any]
CHOICES = ("Compare with the file on disk", "Keep both", "Reload from disk")


def _edit_by_hand(path: Path) -> bytes:
    """Another program changes the file; what it now holds."""
    path.write_text(path.read_text("utf-8").replace('"Dev"', '"Edited by hand"'), "utf-8")
    return path.read_bytes()


def _kept(store: OfferStore) -> list[str]:
    """The versions of acme-dev kept beside its file: conflicts of that offer, never
    offers of their own."""
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == ["acme-dev"]
    assert all(isinstance(b, SyncConflict) and b.offer_id == "acme-dev" for b in broken)
    return [b.id for b in broken]


def _palette(app: Any) -> set[str]:
    return {c.title for c in app.get_system_commands(app.screen)}


async def _changed_while_typing(pilot: Any, store: OfferStore) -> tuple[Input, bytes]:
    """Open acme-dev, have the file changed on disk, and type: the first save finds it
    changed and the banner is up. The field typed into, and the bytes on disk."""
    app = pilot.app
    await open_screen(pilot, "enter", expect=OverviewScreen)
    field = app.screen.query_one("#contact_name Input", Input)
    field.focus()
    theirs = _edit_by_hand(store.path_for("acme-dev"))
    await pilot.press(*"Sato")
    # The next save finds the file changed, and says so in a banner.
    banner = app.screen.query_one(ConflictBanner)
    await wait_until(pilot, lambda: banner.display, what="the banner")
    return field, theirs


async def test_typing_goes_on_into_the_field_and_nothing_pops_up(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    notes = Notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        field, theirs = await _changed_while_typing(pilot, store)
        screen = app.screen
        assert isinstance(screen, OverviewScreen)  # no dialog
        banner = screen.query_one(ConflictBanner)
        text = str(banner.render())
        assert "acme-dev.toml was changed by another program" in text
        assert all(name in text for name in CHOICES)
        # The careless user: the letters a dialog once took (r, k), enter, ctrl+s.
        await pilot.press(*" rk", "ctrl+s", *" san")
        await pilot.pause()
        assert app.screen is screen
        assert field.value == "Sato rk san"
        assert notes.any_contains("Not saved: acme-dev.toml was changed by another program")
        assert CHOICES[0] in notes.messages[-1]
        assert store.path_for("acme-dev").read_bytes() == theirs  # never overwritten
        assert set(CHOICES) <= _palette(app)
        await run_command(pilot, "Keep both")
        await wait_until(pilot, lambda: bool(_kept(store)), what="the copy")
        assert not app.screen.query_one(ConflictBanner).display
        assert not set(CHOICES) & _palette(app)  # gone once settled
        [copy] = _kept(store)
        assert copy.startswith("acme-dev.offertui-conflict-")
        assert store.load(copy).contact.name == "Sato rk san"
        assert store.load("acme-dev").position == "Edited by hand"
        assert store.load("acme-dev").contact.name == ""
        # Back on the home, the copy is a conflict of acme-dev, settled there.
        await press(pilot, "escape")
        home = app.screen
        assert isinstance(home, OffersScreen)
        assert [s.id for s in home.summaries] == ["acme-dev"]
        assert [b.id for b in home.broken] == [copy]
        await press(pilot, "down", "enter")
        assert isinstance(app.screen, VersionsDialog)
        shown = shown_text(app.screen)
        assert f"2  {copy}.toml (your version, kept by offertui)" in shown
        assert '+name = "Sato rk san"' in shown
        await keep_version(pilot, 2)
        assert isinstance(app.screen, OffersScreen)
        assert app.screen.broken == []
    assert store.ids() == ["acme-dev"]
    assert store.load("acme-dev").contact.name == "Sato rk san"
    assert b"Edited by hand" in b"".join(p.read_bytes() for p in store.trash_dir.iterdir())


def _save_status(app: Any) -> str:
    return str(app.screen.query_one("#save-status", Label).render())


async def test_the_header_says_edits_are_not_saved_until_it_is_settled(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        field, _theirs = await _changed_while_typing(pilot, store)
        assert _save_status(app) == "edits not saved"
        # Every later keystroke leaves it so: nothing of it is saved.
        await pilot.press(*" more")
        await wait_until(pilot, lambda: field.value == "Sato more", what="typed")
        app.save_all()
        assert _save_status(app) == "edits not saved"
        # Its full width shows at 80 columns beside the offer's title.
        assert app.screen.query_one("#save-status", Label).size.width == len("edits not saved")
        await run_command(pilot, "Reload from disk")
        await _say_yes(pilot)
        await wait_until(
            pilot, lambda: _save_status(app) != "edits not saved", what="the status back"
        )
        assert "not saved" not in _save_status(app).lower()


async def _say_yes(pilot: Any) -> None:
    """Press the yes button of the confirmation now open (Tab to it, Enter)."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog), what="asked")
    dialog = pilot.app.screen
    await press(pilot, "tab")
    assert dialog.focused is not None and dialog.focused.id == "yes"
    await press(pilot, "enter")


async def test_reload_from_disk_asks_before_it_drops_what_was_typed(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        field, theirs = await _changed_while_typing(pilot, store)
        screen = app.screen
        await run_command(pilot, "Reload from disk")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), what="asked")
        # A sentence typed on, then Enter, answers nothing but the safe button.
        await press(pilot, "enter")
        await wait_until(pilot, lambda: app.screen is screen, what="back to the offer")
        assert field.value == "Sato"
        assert store.path_for("acme-dev").read_bytes() == theirs
        await run_command(pilot, "Reload from disk")
        await _say_yes(pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, OverviewScreen), what="reloaded")
        name = app.screen.query_one("#contact_name Input", Input)
        await wait_until(pilot, lambda: name.value != "Sato", what="the typed name dropped")
        assert not app.screen.query_one(ConflictBanner).display
        assert store.path_for("acme-dev").read_bytes() == theirs


async def test_keep_both_in_a_running_meeting_keeps_what_was_typed_on_screen(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    path = store.path_for("acme-dev")
    app = make_app()
    notes = Notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = await open_screen(pilot, "enter", "f4", "f9", expect=MeetingScreen)
        await type_text(pilot, "Salary 9M")
        await wait_until(pilot, lambda: b"Salary 9M" in path.read_bytes(), what="saved")
        theirs = _edit_by_hand(path)
        await type_text(pilot, ", bonus twice a year")
        banner = meeting.query_one(ConflictBanner)
        await wait_until(pilot, lambda: banner.display, what="the banner")
        assert path.read_bytes() == theirs
        await run_command(pilot, "Keep both")
        await wait_until(pilot, lambda: bool(_kept(store)), what="the copy")
        shown = app.screen
        assert isinstance(shown, MeetingScreen)
        assert not shown.query_one(ConflictBanner).display
        typed = "Salary 9M, bonus twice a year"
        # The lines typed since the change are still on screen, and the meeting runs on.
        assert shown.query_one("#notes", TextArea).text == typed
        assert shown.offer.meeting.started_at is not None
        assert shown.offer.meeting.ended_at is None
        # The file keeps the other program's change, and gets the notes typed here.
        await wait_until(pilot, lambda: typed.encode() in path.read_bytes(), what="saved")
        on_disk = store.load("acme-dev")
        assert on_disk.position == "Edited by hand"
        assert on_disk.meeting.notes == typed
        # The copy holds this version whole, and the toast says what went where.
        [copy] = _kept(store)
        assert store.load(copy).position == "Dev"
        assert store.load(copy).meeting.notes == typed
        said = notes.messages[-1]
        assert f"{copy}.toml" in said and "carried onto it" in said
        # Typing goes on into the notes and is saved in the offer's file.
        await type_text(pilot, "; starts in April")
        await wait_until(pilot, lambda: b"starts in April" in path.read_bytes(), what="saved again")


async def test_compare_shows_the_diff_and_reload_takes_the_file(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        field, _theirs = await _changed_while_typing(pilot, store)
        await run_command(pilot, "Compare with the file on disk")
        dialog = app.screen
        assert isinstance(dialog, ChangedFileDialog)
        shown = shown_text(dialog)
        assert '-position = "Edited by hand"' in shown
        assert '+position = "Dev"' in shown
        assert '+name = "Sato"' in shown
        # Letters and enter typed on into it choose nothing.
        await pilot.press(*"rk", "enter")
        await pilot.pause()
        assert app.screen is dialog
        await pilot.click("#reload")
        await wait_until(pilot, lambda: isinstance(app.screen, OverviewScreen), what="back")
        await pilot.pause()
        assert app.screen.offer.position == "Edited by hand"
        assert not app.screen.query_one(ConflictBanner).display
        field = app.screen.query_one("#contact_name Input", Input)
        assert field.value == ""
        # Saving works again, on the file as it is now.
        field.value = "Kato"
        await wait_until(
            pilot, lambda: b"Kato" in store.path_for("acme-dev").read_bytes(), what="saved"
        )
    assert store.ids() == ["acme-dev"]
    assert b"Edited by hand" in store.path_for("acme-dev").read_bytes()


async def test_quitting_before_choosing_keeps_your_version_beside_the_file(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        _field, theirs = await _changed_while_typing(pilot, store)
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("ctrl+q")
    assert store.path_for("acme-dev").read_bytes() == theirs
    [copy] = _kept(store)
    assert store.load(copy).contact.name == "Sato"
