"""Every place in the app that writes or reads a path the user types, against every
hostile target: a FIFO, a device, a folder, a symbolic link (to a file, and dangling).

Each writer refuses, says why in the dialog where the path was typed (the dialog stays
open, the path still in it), and leaves the target exactly as it was: same kind, inode,
size, mtime and bytes, a link still a link to an unchanged file. A reader never blocks
on a FIFO and never opens a device; the app goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from offertui.domain.offer import Offer
from offertui.screens.dialogs import ConfirmDialog, WriteFileDialog
from offertui.screens.export import ExportDialog
from offertui.screens.letter import LetterScreen
from offertui.screens.offer_screen import OfferScreen
from offertui.screens.open_file import OpenTextFileDialog
from offertui.storage.paths import shown_folder
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.devices import null_device
from tests.helpers import path_state, shown_text

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types")

AppFactory = Callable[..., Any]


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.md"
    os.mkfifo(path)
    return path


def _device(folder: Path) -> Path:
    return null_device(folder)


def _folder(folder: Path) -> Path:
    path = folder / "a-folder"
    path.mkdir()
    (path / "inside.txt").write_text("mine")
    return path


def _link_to_a_file(folder: Path) -> Path:
    target = folder / "elsewhere" / "notes.md"
    target.parent.mkdir()
    target.write_text("the user's own notes\n")
    path = folder / "link.md"
    path.symlink_to(target)
    return path


def _dangling_link(folder: Path) -> Path:
    path = folder / "dangling.md"
    path.symlink_to(folder / "nowhere.md")
    return path


# target -> (make it in a folder, what the message at the field says)
TARGETS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a FIFO": (_fifo, "named pipe"),
    "a device": (_device, "a device"),
    "a folder": (_folder, "is a folder"),
    "a link to a file": (_link_to_a_file, "is a symbolic link"),
    "a dangling link": (_dangling_link, "is a symbolic link"),
}


@dataclass
class Writer:
    """How to reach one in-app writer's dialog and where it shows its error."""

    open_dialog: Callable[[Any], Awaitable[None]]
    dialog: type[Any]
    field: str
    error: str


async def _open_offer(pilot: Any, screen: str) -> None:
    app = pilot.app
    app.open_offer(app.store.ids()[0], screen)
    await pilot.pause()
    assert isinstance(app.screen, OfferScreen)


async def _email_dialog(pilot: Any) -> None:
    await _open_offer(pilot, "emails")
    await run_command(pilot, "Write email to file")
    if isinstance(pilot.app.screen, ConfirmDialog):  # placeholders left: write anyway
        await pilot.click("#yes")
        await pilot.pause()


async def _brief_dialog_from_the_offer(pilot: Any) -> None:
    await _open_offer(pilot, "overview")
    await run_command(pilot, "Export brief")


async def _brief_dialog_from_the_home(pilot: Any) -> None:
    await pilot.pause()
    await run_command(pilot, "Export brief")


async def _calendar_dialog(pilot: Any) -> None:
    await pilot.pause()
    await run_command(pilot, "Export calendar")


WRITERS: dict[str, Writer] = {
    "Export calendar (home)": Writer(
        _calendar_dialog, ExportDialog, "#export-path", "#export-error"
    ),
    "Emails: write to file": Writer(_email_dialog, WriteFileDialog, "#path", "#path-error"),
    "Export brief (offer)": Writer(
        _brief_dialog_from_the_offer, ExportDialog, "#export-path", "#export-error"
    ),
    "Export brief (home)": Writer(
        _brief_dialog_from_the_home, ExportDialog, "#export-path", "#export-error"
    ),
}


@pytest.fixture
def offer(store: OfferStore) -> Offer:
    """Acme, with a reply deadline: every writer's file names it (the calendar too)."""
    offer = replace(store.create("Acme", "Dev"), reply_deadline=date(2026, 12, 4))
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    return offer


@pytest.mark.parametrize("target", sorted(TARGETS))
@pytest.mark.parametrize("writer", sorted(WRITERS))
async def test_an_in_app_writer_refuses_a_hostile_target_and_leaves_it_as_it_was(
    make_app: AppFactory, offer: Offer, tmp_path: Path, writer: str, target: str
) -> None:
    make, message = TARGETS[target]
    how = WRITERS[writer]
    folder = tmp_path / "out"
    folder.mkdir()
    path = make(folder)
    before = path_state(path)
    around = sorted(os.listdir(folder))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await how.open_dialog(pilot)
        dialog = app.screen
        assert isinstance(dialog, how.dialog)
        dialog.query_one(how.field, Input).value = str(path)
        await pilot.press("enter")
        await pilot.pause()
        # Refused where it was typed: the dialog is up (Emails asks again, with the
        # reason), the path still in it.
        dialog = app.screen
        assert isinstance(dialog, how.dialog)
        assert dialog.query_one(how.field, Input).value == str(path)
        shown = str(dialog.query_one(how.error).render())
        assert message in shown, shown
        assert str(path) in shown
    assert path_state(path) == before
    assert sorted(os.listdir(folder)) == around  # no temp file left beside it


@pytest.mark.parametrize("writer", sorted(WRITERS))
async def test_an_in_app_writer_still_writes_a_new_file_and_a_regular_one(
    make_app: AppFactory, offer: Offer, tmp_path: Path, writer: str
) -> None:
    """The refusals above are not a writer that writes nothing."""
    how = WRITERS[writer]
    new = tmp_path / "new.md"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await how.open_dialog(pilot)
        dialog = app.screen
        dialog.query_one(how.field, Input).value = str(new)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, how.dialog)
    assert "Acme" in new.read_text("utf-8")
    assert oct(new.stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.parametrize("target", ["a FIFO", "a device"])
async def test_loading_a_letter_never_blocks_on_a_fifo_or_opens_a_device(
    make_app: AppFactory, offer: Offer, tmp_path: Path, target: str
) -> None:
    path = TARGETS[target][0](tmp_path)
    before = path_state(path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_offer(pilot, "letter")
        assert isinstance(app.screen, LetterScreen)
        await run_command(pilot, "Load letter from file")
        dialog = app.screen
        assert isinstance(dialog, OpenTextFileDialog)
        dialog.query_one("#path", Input).value = str(path)
        await pilot.press("enter")
        # A read stuck on the FIFO would never complete (and the test would time out).
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is dialog
        shown = str(dialog.query_one("#path-error").render())
        assert TARGETS[target][1] in shown, shown
    assert path_state(path) == before


@pytest.mark.parametrize("writer", sorted(WRITERS))
async def test_a_writer_uses_the_export_folder_and_remembers_another_one(
    make_app: AppFactory,
    offer: Offer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    writer: str,
) -> None:
    """A bare name goes to the documents folder at first, never the current folder; a
    file written elsewhere makes that folder the one the next dialog shows and uses."""
    how = WRITERS[writer]
    documents = Path.home() / "Documents"
    documents.mkdir()
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    shared = tmp_path / "shared"
    shared.mkdir()

    async def write(folder: Path, typed: str | None = None) -> str:
        """Open the dialog, check it names `folder`, write; the name written."""
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await how.open_dialog(pilot)
            dialog = app.screen
            assert isinstance(dialog, how.dialog)
            assert f"in {shown_folder(folder)}" in shown_text(dialog)
            field = dialog.query_one(how.field, Input)
            name = field.value
            if typed is not None:
                field.value = typed
            await pilot.press("enter")
            await pilot.pause()
            assert not isinstance(app.screen, how.dialog)
            await pilot.press("ctrl+q")
        return name

    name = await write(documents)
    assert (documents / name).is_file()
    await write(documents, str(shared / "for-my-partner.txt"))
    assert (shared / "for-my-partner.txt").is_file()
    assert f'export_folder = "{shared}"' in (make_app().store.profile_path.read_text())
    name = await write(shared)
    assert (shared / name).is_file()
    assert list(started_in.iterdir()) == []
