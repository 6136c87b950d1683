"""Dialogs that ask for a line or two of text and return it with `dismiss`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from offertui.domain.offer import Attendee, clean_text
from offertui.screens.form_dialog import FormDialog
from offertui.screens.form_footer import ADD_HINT, form_footer
from offertui.widgets.enter_moves_on import NextOnEnter
from offertui.widgets.visible import SHOWN_SAFE


class TextDialog(FormDialog[str]):
    """One line of text; an empty one is refused with `empty_error` at the field."""

    def __init__(
        self,
        title: str,
        label: str,
        placeholder: str = "",
        *,
        value: str = "",
        empty_error: str = "This cannot be empty.",
    ) -> None:
        super().__init__()
        self._title = title
        self._label = label
        self._placeholder = placeholder
        self._value = value
        self._empty_error = empty_error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog--title")
            yield Label(self._label)
            yield Input(
                self._value,
                placeholder=self._placeholder,
                id="text",
                highlighter=SHOWN_SAFE,
                select_on_focus=False,
            )
            yield Label("", id="text-error", classes="dialog--error")
            yield from form_footer("Enter: OK · esc cancels", "OK", "ok")

    def on_input_submitted(self) -> None:
        self.submit()

    def on_input_changed(self) -> None:
        self.query_one("#text-error", Label).update("")

    def submit(self) -> None:
        text = clean_text(self.query_one("#text", Input).value.strip())
        if not text:
            self.query_one("#text-error", Label).update(self._empty_error)
            return
        self.dismiss(text)


ROLES = ("HR", "Recruiter", "Hiring manager", "Team lead", "Founder", "CTO", "CEO")


class AttendeeDialog(FormDialog[Attendee]):
    """Name and role of someone at the meeting; the role can be typed or picked."""

    OK_ID = "add"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Who is attending?", classes="dialog--title")
            yield Label("Name")
            yield NextOnEnter(
                placeholder="e.g. Tanaka", id="name", select_on_focus=False, next_id="role"
            )
            yield Label("", id="name-error", classes="dialog--error")
            yield Label("Role (→ completes: " + ", ".join(ROLES[:4]) + " …)")
            yield Input(
                placeholder="e.g. HR, hiring manager, founder",
                suggester=SuggestFromList(ROLES, case_sensitive=False),
                id="role",
                select_on_focus=False,
            )
            yield from form_footer(ADD_HINT, "Add", "add")

    def on_input_submitted(self) -> None:
        # Only the role's Enter (the name's moves on to the role at once): as the Input's
        # own message, after all keys typed before enter (see NewOfferDialog).
        self.submit()

    def submit(self) -> None:
        name = self.query_one("#name", Input)
        if not name.value.strip():
            self.query_one("#name-error", Label).update("A name is needed.")
            self.set_focus(name)
            return
        role = self.query_one("#role", Input).value.strip()
        self.dismiss(Attendee(clean_text(name.value.strip()), clean_text(role)))
