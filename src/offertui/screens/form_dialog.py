"""The base of the dialogs that ask for a few fields and return what was typed.

Each of them answers the same keys: its primary button or Enter in the last field
submits, Cancel or Escape closes it with None. A dialog only says how it checks and
builds its result (`submit`), so none of them can answer a button differently."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import BindingType
from textual.screen import ModalScreen
from textual.widgets import Button

from offertui.commands import bindings

ResultT = TypeVar("ResultT")


class FormDialog(ModalScreen[ResultT | None]):
    """A form in a dialog: `OK_ID` names its primary button, `submit` checks the fields
    and dismisses with the result, or says at the field what is wrong."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)
    OK_ID: ClassVar[str] = "ok"

    def submit(self) -> None:
        """Dismiss with the result of the fields, or show why they can't be used."""
        raise NotImplementedError

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == self.OK_ID:
            self.submit()
        else:
            self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)
