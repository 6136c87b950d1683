"""Exports: ask where, write the offer's Markdown brief or the calendar there, say where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from offertui.base_app import OfferAppBase
from offertui.domain.brief import render_brief
from offertui.domain.offer import Offer
from offertui.domain.terminal_text import visible
from offertui.screens.form_dialog import FormDialog
from offertui.screens.form_footer import WRITE_HINT, form_footer
from offertui.storage.calendar import calendar_file, load_all
from offertui.storage.export import ExportError, brief_file_name, export_path, write_export
from offertui.storage.paths import shown_folder
from offertui.storage.user_file import write_user_file

BRIEF_ABOUT = (
    "A Markdown file with the facts, pay, red flags, decision, questions and answers, "
    "meeting notes and email drafts, for a partner, mentor or lawyer. It holds your "
    "salary: share it with care."
)

CALENDAR_ABOUT = (
    "An iCalendar (.ics) file of every offer's meeting, reply deadline (reminded one "
    "business day before) and thank-you reminder. Import it into your calendar; "
    "importing a newer one updates the events instead of adding them twice."
)

#: The calendar's default file name.
CALENDAR_FILE = "offertui.ics"


class ExportDialog(FormDialog[Path]):
    """Where to write an export; a path that cannot be written is explained at the field."""

    OK_ID = "write"

    def __init__(
        self,
        title: str,
        default: str,
        write: Callable[[Path], Path],
        folder: Path,
        about: str = BRIEF_ABOUT,
    ) -> None:
        """`default` is a file name in `folder` (the export folder); `write` writes the
        path the user chose and returns where it wrote."""
        super().__init__()
        self._title = title
        self._about = about
        self._default = default
        self._write = write
        self._folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(visible(self._title, keep=""), classes="dialog--title", markup=False)
            yield Static(self._about, classes="dialog--body")
            yield Static(
                f"File name, in {shown_folder(self._folder)} (or a full path)",
                id="export-folder",
                markup=False,
            )
            # Compact, so that a long folder name still leaves the buttons on an 80x24 screen.
            yield Input(self._default, id="export-path", select_on_focus=False, compact=True)
            yield Static("", id="export-error", classes="dialog--error", markup=False)
            yield from form_footer(WRITE_HINT, "Write", "write")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Input.Changed, "#export-path")
    def _changed(self) -> None:
        self.query_one("#export-error", Static).update("")

    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self.submit()

    def submit(self) -> None:
        try:
            path = self._write(
                export_path(self.query_one("#export-path", Input).value, self._folder)
            )
        except ExportError as error:
            self.query_one("#export-error", Static).update(str(error))
            return
        self.dismiss(path)


def export_brief(app: OfferAppBase, offer: Offer) -> None:
    """Ask where to write `offer`'s brief, write it, and tell the user where it is."""

    def write(path: Path) -> Path:
        now = app.now()
        return write_export(path, render_brief(offer, now.date(), now))

    def done(path: Path | None) -> None:
        if path is not None:
            app.remember_export_folder(path)
            app.notify(f"Brief written to {path}", title="Export brief", timeout=10)

    title = f"Export brief: {offer.title}"
    dialog = ExportDialog(title, brief_file_name(offer.id), write, app.export_folder)
    app.push_screen(dialog, done)


def export_calendar(app: OfferAppBase) -> None:
    """Ask where to write every offer's calendar, write it, and say how many events."""
    offers, broken = load_all(app.store)
    counted: list[int] = []

    def write(path: Path) -> Path:
        events, data = calendar_file(offers, app.profile.new_year_closure)
        counted.append(len(events))
        return write_user_file(path, data)

    def done(path: Path | None) -> None:
        if path is None:
            return
        app.remember_export_folder(path)
        count = f"{counted[-1]} event" + ("" if counted[-1] == 1 else "s")
        skipped = f" {len(broken)} broken file(s) left out." if broken else ""
        app.notify(f"{count} written to {path}.{skipped}", title="Export calendar", timeout=10)

    about = CALENDAR_ABOUT
    if broken:
        about += f"\n\nLeft out, as they cannot be read: {', '.join(b.id for b in broken)}."
    dialog = ExportDialog("Export calendar", CALENDAR_FILE, write, app.export_folder, about)
    app.push_screen(dialog, done)
