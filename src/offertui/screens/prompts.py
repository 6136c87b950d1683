"""Dialogs that ask for a line or two of text and return it with `dismiss`."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from offertui.domain.offer import Attendee, clean_text
from offertui.screens.form_dialog import FormDialog
from offertui.screens.form_footer import ADD_HINT, form_footer
from offertui.widgets.enter_moves_on import NextOnEnter, SubmitOnEnter
from offertui.widgets.visible import SHOWN_SAFE


class TextDialog(FormDialog[str]):
    """One line of text; an empty one is refused with `empty_error` at the field.

    With `take`, Enter closes the dialog at once and hands `take` the text to come, not
    a callback run later: where `take` puts the focus is where the keys typed right
    behind Enter go. The keys typed before Enter may still wait in the field's queue, so
    the text is known only once the field has taken them (at most a moment later)."""

    def __init__(
        self,
        title: str,
        label: str,
        placeholder: str = "",
        *,
        value: str = "",
        empty_error: str = "This cannot be empty.",
        take: Callable[[Awaitable[str]], object] | None = None,
    ) -> None:
        super().__init__()
        self._title = title
        self._label = label
        self._placeholder = placeholder
        self._value = value
        self._empty_error = empty_error
        self._take = take

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog--title")
            yield Label(self._label)
            yield SubmitOnEnter(
                self._value,
                placeholder=self._placeholder,
                id="text",
                highlighter=SHOWN_SAFE,
                select_on_focus=False,
                submit=self._enter,
            )
            yield Label("", id="text-error", classes="dialog--error")
            yield from form_footer("Enter: OK · esc cancels", "OK", "ok")

    def on_input_changed(self) -> None:
        self.query_one("#text-error", Label).update("")

    def _text(self) -> str:
        return clean_text(self.query_one("#text", Input).value.strip())

    def submit(self) -> None:
        text = self._text()
        if not text:
            self.query_one("#text-error", Label).update(self._empty_error)
            return
        if self._take is None:
            self.dismiss(text)
            return
        typed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        typed.set_result(text)
        self.dismiss(None)
        self._take(_within_a_moment(typed))

    def _enter(self) -> None:
        field = self.query_one("#text", Input)
        if not field.message_queue_size:
            self.submit()  # every key typed before Enter is in the field already
            return
        if self._take is None:
            field.call_later(self.submit)  # after the keys still queued for the field
            return
        typed: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def taken() -> None:
            if not typed.done():
                typed.set_result(self._text())

        field.call_later(taken)  # after the keys still queued for the field
        self.dismiss(None)
        self._take(_within_a_moment(typed))


async def _within_a_moment(typed: asyncio.Future[str]) -> str:
    """The text, once the field has taken every key typed before Enter: a moment at
    most; "" if the dialog went away before that."""
    try:
        return await asyncio.wait_for(typed, timeout=2.0)
    except TimeoutError:
        return ""


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
