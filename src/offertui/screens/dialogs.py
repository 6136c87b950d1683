"""Small modal dialogs that return a typed answer with `dismiss`."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


class ConfirmDialog(ModalScreen[bool]):
    """Asks a yes/no question; y/enter confirms, n/escape declines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No", tooltip="Do not do it", id="dialog.no"),
        Binding("y", "answer(True)", "Yes", tooltip="Do it", id="dialog.yes"),
    ]

    def __init__(self, title: str, message: str, yes: str = "Yes", no: str = "Cancel") -> None:
        super().__init__()
        self._title = title
        self._message = message
        self._yes = yes
        self._no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog--title")
            yield Static(self._message, classes="dialog--body")
            with Horizontal(classes="dialog--buttons"):
                yield Button(f"{self._yes} (y)", variant="error", id="yes")
                yield Button(f"{self._no} (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class MessageDialog(ModalScreen[None]):
    """Tells the user something that needs reading; any of enter/escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "close", "Close", tooltip="Close", id="dialog.close"),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self._title = title
        self._message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog--title")
            yield Static(self._message, classes="dialog--body", markup=False)
            with Horizontal(classes="dialog--buttons"):
                yield Button("OK", variant="primary", id="ok")

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ConflictDialog(ModalScreen[bool]):
    """The file changed on disk under us: take the disk's version, or keep both."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r",
            "answer(False)",
            "Reload",
            tooltip="Use the file as it is now",
            id="conflict.reload",
        ),
        Binding(
            "k",
            "answer(True)",
            "Keep both",
            tooltip="Save yours as a copy, then reload",
            id="conflict.keep",
        ),
    ]

    def __init__(self, file_name: str, reason: str) -> None:
        super().__init__()
        self._file_name = file_name
        self._reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("The offer changed on disk", classes="dialog--title")
            yield Static(
                f"{self._reason}.\n\noffertui has not overwritten it. Reload to use the "
                "file as it is now (your unsaved changes are dropped), or keep both: your "
                "version is saved as a new offer and the file is reloaded.",
                classes="dialog--body",
                markup=False,
            )
            with Horizontal(classes="dialog--buttons"):
                yield Button("Keep both (k)", variant="primary", id="keep")
                yield Button("Reload (r)", id="reload")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "keep")

    def action_answer(self, keep_both: bool) -> None:
        self.dismiss(keep_both)


class NewOfferDialog(ModalScreen[tuple[str, str] | None]):
    """Company and position for a new offer; the company is required."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Do not add an offer", id="new.cancel"),
        # A priority binding moves focus before the next queued key is delivered, so
        # fast typing (or a paste) after enter lands in the next field, not this one.
        Binding(
            "enter", "next", "Next", tooltip="Next field, then add", id="new.next", priority=True
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("New offer", classes="dialog--title")
            yield Label("Company")
            yield Input(placeholder="e.g. 株式会社サンプル or Sample K.K.", id="company")
            yield Label("", id="company-error", classes="dialog--error")
            yield Label("Position")
            yield Input(placeholder="e.g. Backend Engineer", id="position")
            yield Label("", id="position-error", classes="dialog--error")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Add (enter)", variant="primary", id="add")
                yield Button("Cancel (esc)", id="cancel")

    def action_next(self) -> None:
        focused = self.focused
        if isinstance(focused, Button):
            focused.press()
        elif focused is not None and focused.id == "company":
            self.set_focus(self.query_one("#position", Input))
        else:
            self._submit()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one(f"#{event.input.id}-error", Label).update("")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        company = self.query_one("#company", Input).value.strip()
        position = self.query_one("#position", Input).value.strip()
        if not company:
            self.query_one("#company-error", Label).update("Company is required.")
            self.set_focus(self.query_one("#company", Input))
            return
        if not position:
            self.query_one("#position-error", Label).update(
                "Position is required (the job title on the offer)."
            )
            self.set_focus(self.query_one("#position", Input))
            return
        self.dismiss((company, position))

    def action_cancel(self) -> None:
        self.dismiss(None)
