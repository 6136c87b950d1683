"""The offer's file changed on disk: how it differs from the unsaved edits, and the choice.

Opened only from the palette (never by itself), and answered with its buttons: no
letter key, so a sentence typed on into it chooses nothing."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from offertui.commands import bindings
from offertui.domain.terminal_text import visible
from offertui.screens.versions import diff_text


class ChangedFileDialog(ModalScreen[bool | None]):
    """Dismissed with True (keep both), False (reload from disk) or None (later)."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)

    def __init__(self, reason: str, diff: str) -> None:
        super().__init__()
        self._reason = reason
        self._diff = diff

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog versions"):
            yield Label("The offer changed on disk", classes="dialog--title")
            yield Static(
                f"{visible(self._reason)}. offertui has not overwritten it. Keep both: "
                "your version is kept beside the file as its conflicting copy (compare and "
                "keep one on the Offers home) and the file is read again. Reload: "
                "the file is read again and your edits since are dropped.",
                classes="dialog--body",
                markup=False,
            )
            with VerticalScroll(id="changed-diff"):
                same = "The file cannot be read, or holds what you have."
                yield Static(diff_text(self._diff) if self._diff else same)
            yield Label(
                "↑ ↓ scroll · Tab picks a button, Enter presses it · esc: later",
                classes="dialog--hint",
            )
            with Horizontal(classes="dialog--buttons"):
                yield Button("Keep both", variant="primary", id="keep")
                yield Button("Reload from disk", variant="error", id="reload")
                yield Button("Later (esc)", id="later")

    def on_mount(self) -> None:
        # On the diff, so an enter typed on into the dialog presses no button.
        self.query_one("#changed-diff").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss({"keep": True, "reload": False}.get(event.button.id or ""))

    def action_back(self) -> None:
        self.dismiss(None)
