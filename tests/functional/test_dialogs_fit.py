"""Every dialog fits 80x24: its buttons and its key hint are on screen, whole, however
many fields it has, so a person can see how to answer it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Label

from offertui.domain.offer import Offer, Revision
from offertui.screens.changed_file import ChangedFileDialog
from offertui.screens.dialogs import (
    ConfirmDialog,
    EmailProposalDialog,
    MessageDialog,
    NewOfferDialog,
    WriteFileDialog,
)
from offertui.screens.export import ExportDialog
from offertui.screens.prep_dialogs import QuestionDialog
from offertui.screens.prompts import AttendeeDialog, TextDialog
from offertui.screens.revision import RevisionDialog
from offertui.storage.store import OfferStore
from offertui.widgets.prep.questions import topic_options
from tests.helpers import unseen, wait_until

AppFactory = Callable[..., Any]
Dialog = Callable[[Offer, Path], ModalScreen[Any]]


def _with_rounds(offer: Offer) -> Offer:
    rounds = tuple(
        Revision(date(2026, 11, day), 9_000_000 + day * 100_000, "Bonus twice a year")
        for day in (10, 17, 24)
    )
    return replace(offer, revisions=rounds)


DIALOGS: dict[str, Dialog] = {
    "attendee": lambda _offer, _folder: AttendeeDialog(),
    "question (Prep)": lambda offer, _folder: QuestionDialog("compensation", topic_options(offer)),
    "question (Meeting)": lambda _offer, _folder: TextDialog(
        "Add a question", "Question", "e.g. How is on-call arranged?"
    ),
    "revised offer": lambda offer, _folder: RevisionDialog(_with_rounds(offer), date(2026, 11, 25)),
    "new offer": lambda _offer, _folder: NewOfferDialog(),
    "yes or no": lambda _offer, _folder: ConfirmDialog(
        "Delete this offer?", "It goes to the trash folder, and can be brought back. " * 3
    ),
    "email proposal": lambda _offer, _folder: EmailProposalDialog(
        "Accept", "accept", "Accept the offer", "English"
    ),
    "message": lambda _offer, _folder: MessageDialog("After the meeting", "a line\n" * 60),
    "conflict": lambda _offer, _folder: ChangedFileDialog(
        "The file was changed by another program", "-before\n+after\n" * 30
    ),
    "export": lambda offer, folder: ExportDialog(
        "Export the brief", f"{offer.id}.md", lambda path: path, folder
    ),
    "save email": lambda _offer, folder: WriteFileDialog("Write the email", "email.txt", folder),
}


def _whole(screen: ModalScreen[Any], widget: Widget) -> bool:
    """Whether `widget` is drawn in full: not cut by the dialog or the terminal."""
    shown = screen.find_widget(widget).visible_region
    return widget.region.area > 0 and shown == widget.region


@pytest.mark.parametrize("name", list(DIALOGS))
async def test_the_dialog_shows_its_buttons_and_key_hint_at_80x24(
    make_app: AppFactory, store: OfferStore, tmp_path: Path, name: str
) -> None:
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = DIALOGS[name](offer, tmp_path)
        app.push_screen(dialog)
        await wait_until(pilot, lambda: app.screen is dialog, what=f"the {name} dialog")
        await pilot.pause()
        buttons = list(dialog.query(Button))
        assert buttons, f"the {name} dialog has no button"
        for button in buttons:
            assert _whole(dialog, button), f"{name}: the {button.label} button is cut off"
        hints = [hint for hint in dialog.query(".dialog--hint") if isinstance(hint, Label)]
        assert hints, f"the {name} dialog says nothing about its keys"
        for hint in hints:
            assert _whole(dialog, hint), f"{name}: its key hint is cut: {hint.render()}"
            assert "esc" in str(hint.render()) or "Enter" in str(hint.render())


async def test_the_attendee_dialog_adds_from_its_button(
    make_app: AppFactory, store: OfferStore
) -> None:
    store.create("Acme", "Dev")
    app = make_app()
    added: list[object] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(AttendeeDialog(), added.append)
        await wait_until(pilot, lambda: isinstance(app.screen, AttendeeDialog), what="dialog")
        await pilot.press(*"Tanaka", "tab", *"HR")
        await pilot.click("#add")
        await wait_until(pilot, lambda: bool(added), what="the attendee added")
        assert [(a.name, a.role) for a in added if a is not None] == [("Tanaka", "HR")]


@pytest.mark.parametrize("name", list(DIALOGS))
async def test_a_notice_leaves_the_dialogs_buttons_and_key_hint_in_sight(
    make_app: AppFactory, store: OfferStore, tmp_path: Path, name: str
) -> None:
    """A notice comes while a dialog waits (typing sent on to the notes behind it, a
    save that failed): it must not hide how to answer the dialog."""
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    app = make_app()
    # Tests run without toasts unless asked for.
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = DIALOGS[name](offer, tmp_path)
        app.push_screen(dialog)
        await wait_until(pilot, lambda: app.screen is dialog, what=f"the {name} dialog")
        app.notify(
            "Typed into the notes: the dialog waits for its own keys, and what you type "
            "goes on behind it.",
            timeout=30,
        )
        await wait_until(pilot, lambda: bool(dialog.query("Toast")), what="the notice shown")
        await pilot.pause()
        for widget in [*dialog.query(Button), *dialog.query(".dialog--hint")]:
            assert unseen(dialog, widget) is None, f"{name}: {unseen(dialog, widget)}"


async def test_a_notice_from_before_does_not_lie_over_the_text_a_dialog_gives_to_read(
    make_app: AppFactory, store: OfferStore
) -> None:
    """The end-of-meeting summary opens while the pressure notice is still up: the
    notice would cover its first lines; one that comes while it is open still shows."""
    store.create("株式会社サクラテック", "Backend Engineer")
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.notify("Noted at 14:05: pressed to decide now. You owe no answer.", timeout=30)
        await wait_until(pilot, lambda: bool(app.screen.query("Toast")), what="the notice")
        dialog = MessageDialog("After the meeting", "Answered: 1\nUnclear (1): Team size?")
        app.push_screen(dialog)
        await wait_until(pilot, lambda: app.screen is dialog, what="the summary")
        app.notify("Saved.", timeout=30)
        await wait_until(pilot, lambda: bool(dialog.query("Toast")), what="a new notice shown")
        await pilot.pause()
        shown = [
            " ".join(toast.render_line(y).text for y in range(toast.size.height))
            for toast in dialog.query("Toast")
        ]
        assert any("Saved." in text for text in shown)
        assert not any("pressed to decide" in text for text in shown), shown
