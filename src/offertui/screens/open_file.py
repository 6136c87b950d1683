"""A small dialog that asks for the path of a text file and returns the file's text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from offertui.commands import bindings
from offertui.storage.text_file import TextFileError, read_text_file, resolve_path


@dataclass(frozen=True)
class LoadedText:
    """A text file's contents and the name it was read from."""

    name: str
    text: str


class OpenTextFileDialog(ModalScreen[LoadedText | None]):
    """Asks for a path; a file that cannot be read as UTF-8 text is explained, not loaded."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)

    def __init__(self, title: str, hint: str, read: Callable[[Path], str] = read_text_file) -> None:
        super().__init__()
        self._title = title
        self._hint = hint
        # How the file becomes text: plain UTF-8 by default; the Letter screen reads PDFs,
        # Word files and any Japanese encoding. It raises TextFileError for the user.
        self._read_file = read

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog--title")
            yield Static(self._hint, classes="dialog--body")
            yield Input(
                placeholder="e.g. ~/Downloads/offer-letter.txt", id="path", select_on_focus=False
            )
            yield Static("", id="path-error", classes="dialog--error")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Load (enter)", variant="primary", id="load")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    @on(Input.Changed, "#path")
    def _typed(self) -> None:
        self.query_one("#path-error", Static).update("")

    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self._load()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "load":
            self._load()
        else:
            self.dismiss(None)

    def _load(self) -> None:
        try:
            path = resolve_path(self.query_one("#path", Input).value)
        except TextFileError as problem:
            self._show_error(str(problem))
            return
        self._read(path)

    @work(thread=True, exclusive=True, group="open-file")
    def _read(self, path: Path) -> None:
        try:
            text = self._read_file(path)
        except TextFileError as problem:
            self.app.call_from_thread(self._show_error, str(problem))
            return
        self.app.call_from_thread(self.dismiss, LoadedText(path.name, text))

    def _show_error(self, message: str) -> None:
        self.query_one("#path-error", Static).update(message)
        self.query_one("#path", Input).focus()

    def action_back(self) -> None:
        self.dismiss(None)
